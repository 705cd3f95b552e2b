// Tables and slide bullets as writers make them, generated from the knowledge base: multi-column comparison tables
// with varied headers, multi-value and yes/no cells, dates, generic and code names, captions naming a regulator, a
// pipeline or an unknown product; and slides of fragments under a title, nested bullets, "Product — fact" bullets.
// Each false case changes one cell or one fragment of an otherwise true table or slide, its true twin changes none.
import type { Case, Expect } from './generate';
import { displayName, type Entity, type Knowledge, shortName } from './knowledge';
import { capitalize, MONTHS as MONTHS_LOWER } from '../../server/src/util/text';

export type Fact =
  | 'target'
  | 'indication'
  | 'year'
  | 'sponsor'
  | 'vector'
  | 'costimulatory'
  | 'infusions'
  | 'origin'
  | 'population'
  | 'line'
  | 'boxed-warning'
  | 'rems'
  | 'hla'
  | 'gene-edited';

// Facts a table writes as a yes or a no ("✓", "No").
const YES_NO = new Set<Fact>(['boxed-warning', 'rems', 'hla', 'gene-edited']);

/** What the knowledge base records of one product, and a value for each fact that contradicts it. */
export interface Profile {
  product: Entity;
  names: string[];
  truth: Partial<Record<Fact, string>>;
  wrong: Partial<Record<Fact, string>>;
  /** Earliest FDA approval: year and month. */
  year?: number;
  month?: string;
  /** FDA indications, as table cells write them. */
  indications: string[];
}

const MONTHS = MONTHS_LOWER.map(capitalize);
const at = <T>(items: readonly T[], i: number): T => items[i % items.length]!;

/** Headers writers use for each fact (several wordings each). */
const HEADERS: Record<Fact, string[]> = {
  target: ['Target', 'Antigen', 'Target antigen', 'Targets'],
  indication: ['Indication', 'Licensed for', 'Approved indications', 'FDA-approved indications'],
  year: ['FDA approval (year)', 'Year approved', 'First approved', 'FDA approval'],
  sponsor: ['Company', 'Sponsor', 'Manufacturer', 'Marketed by'],
  vector: ['Vector', 'Viral vector'],
  costimulatory: ['Costimulatory domain', 'Co-stimulatory domain', 'Costim domain'],
  infusions: ['Infusions', 'Doses', 'Number of infusions'],
  origin: ['Cell source', 'Cell origin'],
  population: ['Population', 'Patients', 'Age group'],
  line: ['Line of therapy', 'Line', 'Line of treatment'],
  'boxed-warning': ['Boxed warning', 'Black box warning'],
  rems: ['REMS at approval', 'REMS at launch'],
  hla: ['HLA matching', 'HLA matching required'],
  'gene-edited': ['Gene-edited', 'Gene editing'],
};
const SUBJECT_HEADERS = ['Product', 'Brand', 'Therapy', 'CAR-T', 'Name'];
const GENERIC_HEADERS = ['Generic name', 'INN', 'Nonproprietary name'];

export function profiles(kb: Knowledge, approved: Entity[]): Profile[] {
  const sponsorOf = (p: Entity) => p.sponsor?.split(/[;(/,]/)[0]?.trim() || undefined;
  const companies = [...new Set(approved.map(sponsorOf).filter((c): c is string => !!c))].sort();
  const targets = [...new Set(approved.flatMap((p) => p.design?.targets ?? []))].sort();
  const related = (p: Entity, id: string) =>
    (p.approvals ?? []).some((a) => kb.lineage(a.indication).has(id) || kb.lineage(id).has(a.indication));
  const diseases = [...new Set(approved.flatMap((p) => (p.approvals ?? []).map((a) => a.indication)))].sort();
  return approved.map((p, seed) => {
    const fda = (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && !a.unverified);
    const design = p.design && !p.design.unverified ? p.design : undefined;
    const truth: Profile['truth'] = {};
    const wrong: Profile['wrong'] = {};
    const indications = [...new Set(fda.map((a) => a.indication))].map((id) => shortName(kb.entities.get(id)!));
    if (indications.length) {
      truth.indication = indications.join('; ');
      const other = diseases.filter((d) => !related(p, d));
      if (other.length) wrong.indication = shortName(kb.entities.get(at(other, seed))!);
    }
    const date = fda
      .map((a) => a.date)
      .filter((d): d is string => !!d)
      .sort()[0];
    const year = date ? Number(date.slice(0, 4)) : undefined;
    const month = date && date.length >= 7 ? MONTHS[Number(date.slice(5, 7)) - 1] : undefined;
    if (year) {
      truth.year = String(year);
      wrong.year = String(year - 2);
    }
    if (design?.targets?.length === 1) {
      truth.target = displayName(kb.entities.get(design.targets[0]!)!);
      const other = targets.filter((t) => t !== design.targets![0]);
      wrong.target = displayName(kb.entities.get(at(other, seed))!);
    }
    const company = sponsorOf(p);
    if (company) {
      truth.sponsor = company;
      const other = companies.filter((c) => !p.sponsor!.includes(c.split(' ')[0]!));
      if (other.length) wrong.sponsor = at(other, seed);
    }
    if (design?.vector === 'lentiviral' || design?.vector === 'gamma-retroviral') {
      truth.vector = design.vector === 'lentiviral' ? 'Lentiviral' : 'Gamma-retroviral';
      wrong.vector = design.vector === 'lentiviral' ? 'Gamma-retroviral' : 'Lentiviral';
    }
    if (design?.costimulatory === '4-1BB' || design?.costimulatory === 'CD28') {
      truth.costimulatory = design.costimulatory;
      wrong.costimulatory = design.costimulatory === '4-1BB' ? 'CD28' : '4-1BB';
    }
    if (design?.infusions === 1 || design?.infusions === 2) {
      truth.infusions = String(design.infusions);
      wrong.infusions = String(3 - design.infusions);
    }
    if (design?.origin === 'autologous') {
      truth.origin = 'Autologous';
      wrong.origin = 'Allogeneic';
    }
    // Whom and when in the course of the disease: every FDA approval's population and prior lines.
    if (fda.length && fda.every((a) => a.population?.pediatric === false)) {
      truth.population = 'Adults';
      wrong.population = 'Children';
    }
    const lines = fda.map((a) => a.minPriorLines);
    if (lines.length && lines.every((n) => n !== undefined && n >= 1)) {
      const fewest = Math.min(...(lines as number[]));
      truth.line = fewest === 1 ? 'Second line' : 'After two or more prior lines';
      wrong.line = 'First line';
    }
    const yesNo = (fact: Fact, value: boolean | undefined) => {
      if (value === undefined) return;
      truth[fact] = value ? 'Yes' : 'No';
      wrong[fact] = value ? 'No' : 'Yes';
    };
    yesNo('boxed-warning', (p.boxedWarnings ?? []).some((w) => !w.unverified) || undefined);
    yesNo('rems', p.rems && !p.rems.unverified ? p.rems.atApproval : undefined);
    yesNo('hla', design?.hlaRestricted);
    yesNo('gene-edited', design?.geneEdited === false ? false : undefined);
    const alias = (kind: string) => p.aliases?.find((a) => a.kind === kind)?.text;
    const brand = displayName(p);
    const names = [brand, alias('inn'), alias('code'), alias('inn') && `${brand} (${alias('inn')})`].filter(
      (n): n is string => !!n,
    );
    return { product: p, names: [...new Set(names)], truth, wrong, year, month, indications };
  });
}

/** A cell as a table writes the fact ("Aug 2017", "LBCL; FL", "Single infusion"). */
function cell(fact: Fact, value: string, profile: Profile, variant: number, isTrue: boolean): string {
  switch (fact) {
    case 'year':
      // A month only with the true year: the month of a wrong year is not a date the record has.
      return variant % 3 === 1 && profile.month && isTrue ? `${profile.month} ${value}` : value;
    case 'indication':
      return variant % 2 ? value.replace(/; /g, ', ') : value;
    case 'infusions':
      return at([value, value === '1' ? 'Single infusion' : '2 infusions (split dose)', `${value}`], variant);
    case 'vector':
      return variant % 2 ? value.toLowerCase() : value;
    default:
      return YES_NO.has(fact) && variant % 2 ? (value === 'Yes' ? '✓' : '✗') : value;
  }
}

/** A slide fragment stating the fact ("Targets: CD19", "CD19-directed", "Approved 2017 (FDA)"). */
function fragment(fact: Fact, value: string, profile: Profile, variant: number, isTrue: boolean): string {
  switch (fact) {
    case 'target':
      return at([`Targets: ${value}`, `${value}-directed`, `Target antigen — ${value}`], variant);
    case 'year':
      return at(
        [
          `Approved ${value} (FDA)`,
          profile.month && isTrue ? `FDA approval: ${profile.month} ${value}` : `FDA approval: ${value}`,
          `First approved in ${value}`,
        ],
        variant,
      );
    case 'indication': {
      const listed = value.replace(/; /g, ', ');
      return at([`Indications: ${listed}`, `Licensed for ${listed}`, `FDA-approved for ${listed}`], variant);
    }
    case 'sponsor':
      return at([`Company: ${value}`, `Marketed by ${value}`], variant);
    case 'vector':
      return at([`${value} vector`, `Vector: ${value.toLowerCase()}`], variant);
    case 'costimulatory':
      return at([`${value} costimulation`, `Costimulatory domain: ${value}`], variant);
    case 'infusions':
      return at([value === '1' ? 'Single infusion' : '2 infusions', `Infusions: ${value}`], variant);
    case 'population':
      return at([value === 'Adults' ? 'Adults only' : 'For children', `Population: ${value.toLowerCase()}`], variant);
    case 'line':
      return at([value, `Line of therapy: ${value.toLowerCase()}`], variant);
    case 'boxed-warning':
      return value === 'Yes'
        ? at(['Boxed warning: CRS, neurologic toxicities', 'Carries a boxed warning'], variant)
        : at(['No boxed warning', 'Boxed warning: none'], variant);
    case 'rems':
      return at(
        [`Approved ${value === 'Yes' ? 'with' : 'without'} a REMS`, `REMS at approval: ${value.toLowerCase()}`],
        variant,
      );
    case 'hla':
      return value === 'Yes'
        ? at(['Requires HLA matching', 'HLA matching: required'], variant)
        : at(['No HLA matching needed', 'HLA matching: not required'], variant);
    case 'gene-edited':
      return value === 'Yes'
        ? at(['Gene-edited', 'Gene editing: yes'], variant)
        : at(['Not gene-edited', 'Gene editing: no'], variant);
    case 'origin':
      return at(
        [`${value} cells`, `${value} • ${profile.truth.vector?.toLowerCase() ?? 'gene-modified'} cells`],
        variant,
      );
  }
}

export function writerCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const all = profiles(kb, approved);
  const facts = (p: Profile) => (Object.keys(p.wrong) as Fact[]).filter((f) => p.truth[f]);
  all.forEach((p, seed) => {
    const neighbour = all[(seed + 1) % all.length]!;
    const basis = (f: Fact) => `products.json#${p.product.id} ${f} = ${p.truth[f]}`;
    facts(p).forEach((fact, k) => {
      const v = seed + k;
      const name = at(p.names, v);
      for (const isTrue of [true, false]) {
        const expect: Expect = isTrue ? 'clean' : 'flag';
        const value = (f: Fact) => (f === fact && !isTrue ? p.wrong[f]! : p.truth[f]!);
        const push = (capability: string, text: string, e: Expect = expect) =>
          cases.push({ capability, test: 'INV', fact: `writer-${fact}`, expect: e, text, basis: basis(fact) });

        // A comparison table: the fact's column among others, a neighbour's true row above.
        const columns = [
          ...new Set<Fact>([
            fact,
            ...facts(p)
              .filter((f) => f !== fact)
              .slice(v % 3, (v % 3) + 3),
          ]),
        ]
          .filter((f) => neighbour.truth[f] || f === fact)
          .sort((a, b) => facts(p).indexOf(a) - facts(p).indexOf(b));
        const generic = v % 2 === 0 && p.product.aliases?.some((a) => a.kind === 'inn');
        const head = [
          at(SUBJECT_HEADERS, v),
          ...(generic ? [at(GENERIC_HEADERS, v)] : []),
          ...columns.map((f) => at(HEADERS[f], v + k)),
        ];
        const inn = (q: Profile) => q.product.aliases?.find((a) => a.kind === 'inn')?.text ?? '—';
        const row = (q: Profile, subject: string, of: (f: Fact) => string | undefined, own: boolean) =>
          `| ${[
            subject,
            ...(generic ? [inn(q)] : []),
            ...columns.map((f) => {
              const x = of(f);
              return x ? cell(f, x, q, v, own || f !== fact || isTrue) : '—';
            }),
          ].join(' | ')} |`;
        const rule = `|${head.map(() => ' --- ').join('|')}|`;
        const body = [
          row(neighbour, displayName(neighbour.product), (f) => neighbour.truth[f], true),
          row(p, name.includes('(') ? displayName(p.product) : name, value, false),
        ];
        const table = [`| ${head.join(' | ')} |`, rule, ...body].join('\n');
        push('genre:table-writer', table);
        // The same table under a caption naming the FDA, or as HTML.
        const caption = at(
          ['Table 1. FDA-approved CAR T-cell therapies', '## Cell therapies approved in the United States'],
          v,
        );
        push('genre:table-writer', `${caption}\n\n${table}`);
        const html = [
          '<table>',
          `  <tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>`,
          ...body.map(
            (r) =>
              `  <tr>${r
                .slice(2, -2)
                .split(' | ')
                .map((c) => `<td>${c}</td>`)
                .join('')}</tr>`,
          ),
          '</table>',
        ].join('\n');
        push('genre:table-writer', html);
        // Transposed: a column per product, a row per fact; the product as brands write it in a cell ("**Kymriah®**").
        const shown = (q: Profile) => at([displayName(q.product), `**${displayName(q.product)}®**`], v);
        const facing = columns.filter((f) => neighbour.truth[f]);
        if (facing.includes(fact)) {
          const lines = facing.map(
            (f) =>
              `| ${at(HEADERS[f], v + k)} | ${cell(f, neighbour.truth[f]!, neighbour, v, true)} | ${cell(f, value(f), p, v, f !== fact || isTrue)} |`,
          );
          push(
            'genre:table-writer',
            `| ${at(['Feature', 'Attribute', ''], v)} | ${shown(neighbour)} | ${shown(p)} |\n| --- | --- | --- |\n${lines.join('\n')}`,
          );
        }

        // Slides: the fact among two other true fragments.
        const others = facts(p)
          .filter((f) => f !== fact)
          .slice(v % 2, (v % 2) + 2);
        const frags = [...others.slice(0, 1), fact, ...others.slice(1)].map((f) =>
          fragment(f, value(f), p, v, f !== fact || isTrue),
        );
        const bullets = (indent: string) => frags.map((f) => `${indent}- ${f}`).join('\n');
        const other = facts(neighbour)
          .slice(0, 2)
          .map((f) => `  - ${fragment(f, neighbour.truth[f]!, neighbour, v, true)}`)
          .join('\n');
        const brand = displayName(p.product);
        push('genre:slide-writer', `## ${name}\n\n${bullets('')}`);
        push('genre:slide-writer', `**${brand}**${v % 2 ? '' : ' at a glance'}\n\n${bullets('')}`);
        push('genre:slide-writer', `Slide ${3 + (v % 5)}: ${name}\n\n${bullets('')}`);
        push('genre:slide-writer', `- ${displayName(neighbour.product)}\n${other}\n- ${name}\n${bullets('  ')}`);
        push('genre:slide-writer', `1. ${brand}\n${bullets('   ')}`);
        const own = fragment(fact, value(fact), p, v + 1, isTrue);
        push('genre:slide-writer', `Key facts\n\n- ${brand} — ${own}`);
        push(
          'genre:slide-writer',
          `- ${displayName(neighbour.product)}: ${fragment(facts(neighbour)[0]!, neighbour.truth[facts(neighbour)[0]!]!, neighbour, v, true)}\n- ${brand}: ${own}`,
        );
      }
      // Precision: the same wrong approval under another regulator, in a pipeline, or about an unknown product.
      if (fact === 'indication' || fact === 'year') {
        const push = (text: string, e: Expect) =>
          cases.push({
            capability: 'genre:table-scope',
            test: e === 'flag' ? 'MFT' : 'INV',
            fact: `writer-${fact}`,
            expect: e,
            text,
            basis: basis(fact),
          });
        // Headers that name no regulator: the caption says whose approvals the table lists.
        const header = `| Product | ${at(
          HEADERS[fact].filter((h) => !h.includes('FDA')),
          v,
        )} |\n| --- | --- |`;
        const bad = `| ${at(p.names, v).replace(/ \(.*/, '')} | ${p.wrong[fact]} |`;
        push(`Table 2. CAR-T therapies approved in the United States\n\n${header}\n${bad}`, 'flag');
        push(`Table 2. CAR-T therapies approved in the EU (EMA)\n\n${header}\n${bad}`, 'clean');
        push(`## Approvals in China (NMPA)\n\n${header}\n${bad}`, 'clean');
        if (fact === 'indication' && p.truth.target) {
          const row = `| ${displayName(p.product)} | ${p.truth.target} | ${p.wrong.indication} |`;
          push(
            `## Pipeline\n\n| Product | Target | Indication | Phase |\n| --- | --- | --- | --- |\n${row} Phase 1 |`,
            'clean',
          );
          push(
            `| Product | Target | Indication | Status |\n| --- | --- | --- | --- |\n${row} In development |`,
            'clean',
          );
          push(`| Product | Target | Indication | Status |\n| --- | --- | --- | --- |\n${row} FDA-approved |`, 'flag');
          push(
            `| Product | Target | Indication |\n| --- | --- | --- |\n| ABC-${101 + seed} | ${p.truth.target} | ${p.wrong.indication} |`,
            'clean',
          );
        }
      }
    });
  });
  return cases;
}
