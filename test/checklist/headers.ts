// Table headers as writers word them, not as a list of names: a small noun phrase whose head names the fact and
// whose modifiers qualify it ("Antigen targeted", "Year first licensed in the US", "Who the FDA approved it for").
// Each fact of each approved product is written in a two-row table (a neighbour's true row above) under several such
// headers; the false row must be flagged, its true twin stay clean. Precision: the same false row under a header that
// names a stage of research or a word the engine cannot read, or about an unknown product, stays clean.
import type { Case, Expect } from './generate';
import type { Entity, Knowledge } from './knowledge';
import { displayName, longName, shortName } from './knowledge';
import { capitalize, MONTHS } from '../../server/src/util/text';
import { type Fact, type Profile, profiles } from './writers';

const at = <T>(items: readonly T[], i: number): T => items[i % items.length]!;

/** Headers read by their structure: head noun, participle or question word, place, "first", "label". */
const HEADERS: Partial<Record<Fact, string[]>> = {
  target: ['Antigen targeted', 'What it targets', 'Antigen the CAR recognizes', 'Target antigen on the label'],
  indication: [
    'Cancers the FDA approved it for',
    'What it is approved to treat',
    'Diseases approved in the US',
    'Labeled indications',
  ],
  year: [
    'Year first licensed in the US',
    'When the FDA first approved it',
    'Year of initial US approval',
    'Date first authorized by the FDA',
  ],
  sponsor: ['Company marketing it', 'Marketed in the US by', 'Licence holder', 'Brand owner'],
  vector: ['Vector used to add the CAR', 'How the CAR gene is delivered', 'Gene delivery vector'],
  costimulatory: ['Costimulatory domain used', 'Costimulatory signalling domain'],
  infusions: ['Dosing', 'Infusions given', 'Dosing schedule'],
  origin: ['Where the cells come from', 'Cells sourced from', 'Source of the T cells'],
  population: ['Who the FDA approved it for', 'Patients covered by the label', 'Ages on the US label'],
  line: ['Earliest line allowed by the FDA label', 'Earliest line on the label', 'Approved line of therapy'],
  'boxed-warning': ['Boxed warning on the label', 'Boxed warning (US label)'],
};

/** Headers whose column is not the approved fact: research, a word the engine does not know. */
const UNREAD: Partial<Record<Fact, string[]>> = {
  target: ['Antigen targeted in earlier trials', 'Former target'],
  indication: ['Indication under study', 'Indications being explored'],
  population: ['Patients enrolled in the pivotal trial'],
  line: ['Line being studied'],
  year: ['Year the trial started'],
};

/** A cell as a writer fills it ("Single infusion", "The patient's own T cells"). */
function cell(fact: Fact, value: string, v: number): string {
  switch (fact) {
    case 'infusions':
      return at([value === '1' ? 'Single infusion' : '2 infusions', value === '1' ? 'One infusion' : 'Split dose'], v);
    case 'origin':
      return at([value, value === 'Autologous' ? "The patient's own T cells" : 'Healthy donor cells'], v);
    default:
      return value;
  }
}

export function headerCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const all = profiles(kb, approved);
  all.forEach((p: Profile, seed) => {
    const neighbour = all[(seed + 1) % all.length]!;
    (Object.keys(HEADERS) as Fact[]).forEach((fact, k) => {
      const truth = p.truth[fact];
      const wrong = p.wrong[fact];
      const other = neighbour.truth[fact];
      if (!truth || !wrong || !other) return;
      const v = seed + k;
      const basis = `products.json#${p.product.id} ${fact} = ${truth}`;
      const table = (header: string, subject: string, value: string) =>
        [
          `| ${at(['Product', 'Brand', 'CAR-T'], v)} | ${header} |`,
          '| --- | --- |',
          `| ${displayName(neighbour.product)} | ${cell(fact, other, v)} |`,
          `| ${subject} | ${cell(fact, value, v)} |`,
        ].join('\n');
      const push = (capability: string, test: Case['test'], expect: Expect, text: string) =>
        cases.push({ capability, test, fact: `header-${fact}`, expect, text, basis });
      const name = at(p.names, v);
      for (const [i, header] of HEADERS[fact]!.entries()) {
        push('genre:table-header', 'MFT', 'flag', table(header, name, wrong));
        push('genre:table-header', 'INV', 'clean', table(header, at(p.names, v + i), truth));
      }
      for (const header of UNREAD[fact] ?? [])
        push('genre:table-header-scope', 'INV', 'clean', table(header, name, wrong));
      // An unknown product under a header that is read, and its twin about the product.
      push('genre:table-header-scope', 'INV', 'clean', table(at(HEADERS[fact]!, v), `ABC-${101 + seed}`, wrong));
      push('genre:table-header-scope', 'MFT', 'flag', table(at(HEADERS[fact]!, v), name, wrong));
    });
  });
  return cases;
}

/**
 * Headers read as a frame with an open slot, each filled from the knowledge base (capability
 * `genre:table-header-frame`): a predicate the row's yes or no answers ("Made from donor cells"), a kind of thing
 * ("Kind of cells"), a first beside the product that was it ("| Milestone | Product |"), a toxicity beside the drug
 * approved for it, a running total by year ("| End of year | FDA-approved CAR-T products |") and a scale's most
 * points. Each true table has a false twin; a twin whose slot stays open (a part of a scale, a bare year) stays clean.
 */
export function frameHeaderCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const push = (fact: string, expect: Expect, text: string, basis: string) =>
    cases.push({ capability: 'genre:table-header-frame', test: 'MFT', fact, expect, text, basis });
  const table = (header: [string, string], rows: [string, string][]) =>
    [`| ${header[0]} | ${header[1]} |`, '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
  const carT = approved.filter((p) => p.modality === 'car-t');
  carT.forEach((p, seed) => {
    const name = displayName(p);
    const basis = `products.json#${p.id}`;
    if (p.design?.origin === 'autologous')
      for (const [header, yes] of [
        ['Made from donor cells', false],
        ["Made from the patient's own cells", true],
      ] as const) {
        push('header-origin', 'clean', table(['Product', header], [[name, yes ? 'Yes' : 'No']]), basis);
        push('header-origin', 'flag', table(['Product', header], [[name, yes ? 'No' : 'Yes']]), basis);
      }
    const kind = at(['Kind of cells', 'Cell type', 'What kind of therapy'], seed);
    push('header-class', 'clean', table(['Product', kind], [[name, 'CAR T cells']]), `${basis} modality car-t`);
    push(
      'header-class',
      'flag',
      table(['Product', kind], [[name, at(['Tumor-infiltrating lymphocytes', 'TCR-engineered T cells'], seed)]]),
      `${basis} modality car-t`,
    );
    const other = at(carT, seed + 1);
    for (const first of p.firsts ?? []) {
      if (first.regulator !== 'FDA' || first.class !== 'car-t' || first.unverified || other === p) continue;
      const milestone = `First ${first.text}`;
      push('header-first', 'clean', table(['Milestone', 'Product'], [[milestone, name]]), `${basis} firsts`);
      push(
        'header-first',
        'flag',
        table(['Milestone', 'Product'], [[milestone, displayName(other)]]),
        `${basis} firsts`,
      );
    }
  });
  // Running totals: the FDA-approved CAR-T products first approved by the end of each year.
  const firstApproved = carT
    .map((p) => (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && a.date).map((a) => a.date!.slice(0, 4)))
    .map((years) => years.sort()[0])
    .filter((y): y is string => !!y);
  const basis = `products.json: first FDA approval year of each of ${carT.length} CAR-T products`;
  for (const year of [...new Set(firstApproved)].sort()) {
    const n = firstApproved.filter((y) => y <= year).length;
    const header = at(['End of year', 'As of the end of'], Number(year));
    const column = at(['FDA-approved CAR-T products', 'Number of CAR-T products approved by the FDA'], Number(year));
    push('header-count', 'clean', table([header, column], [[year, String(n)]]), basis);
    push('header-count', 'flag', table([header, column], [[year, String(n + 1)]]), basis);
    // A bare "Year": the count may be of that year alone, not judged.
    push('header-count', 'clean', table(['Year', column], [[year, String(n + 1)]]), basis);
  }
  for (const e of kb.entities.values()) {
    const range = e.scoreRange;
    if (range && !range.unverified && e.type === 'grading') {
      const scale = displayName(e);
      const b = `${e.id} scoreRange = ${range.min}-${range.max}`;
      push('header-score', 'clean', table(['Scale', 'Highest possible score'], [[scale, String(range.max)]]), b);
      push('header-score', 'flag', table(['Scale', 'Highest possible score'], [[scale, String(range.max - 5)]]), b);
      push('header-score', 'flag', table(['Assessment', 'Points'], [[`${scale} total`, String(range.max - 5)]]), b);
      // A part of the scale, not its total.
      push('header-score', 'clean', table(['Assessment', 'Points'], [[`${scale} items`, String(range.max - 5)]]), b);
    }
    // A toxicity beside the drug the FDA approved for it, and beside one it is recorded as not approved for.
    if (e.type !== 'drug') continue;
    const drug = displayName(e);
    for (const a of e.approvals ?? []) {
      const syndrome = kb.entities.get(a.indication);
      if (a.regulator !== 'FDA' || a.unverified || syndrome?.type !== 'syndrome') continue;
      const header: [string, string] = ['Toxicity', 'FDA-approved drug'];
      push('header-toxicity', 'clean', table(header, [[displayName(syndrome), drug]]), `drugs.json#${e.id} approvals`);
    }
    for (const use of e.uses ?? []) {
      const syndrome = kb.entities.get(use.for);
      if (use.status !== 'not-approved' || use.unverified || syndrome?.type !== 'syndrome') continue;
      const header: [string, string] = ['Complication', 'Drug the FDA approved for it'];
      push('header-toxicity', 'flag', table(header, [[displayName(syndrome), drug]]), `drugs.json#${e.id} uses`);
    }
  }
  return cases;
}

/**
 * Table frames beyond "| Product | attribute |" (capability `genre:table-row-frame`, Markdown and HTML): a row naming
 * its product and one indication ("Kymriah, large B-cell lymphoma") under an approval year; the kind of the first
 * approval, of an approval dated by its month in the header, and a kind asked yes or no ("Accelerated approval" over
 * ✓); a condition's approved CAR-T as "Yes (<product>)". Each true table has a false twin; the false row under another
 * regulator's header or about an unknown product stays clean.
 */
export function rowFrameCases(kb: Knowledge, approved: Entity[]): Case[] {
  const cases: Case[] = [];
  const markdown = (header: [string, string], row: [string, string]) =>
    [`| ${header[0]} | ${header[1]} |`, '| --- | --- |', `| ${row[0]} | ${row[1]} |`].join('\n');
  const html = (header: [string, string], row: [string, string]) =>
    `<table><tr><th>${header[0]}</th><th>${header[1]}</th></tr><tr><td>${row[0]}</td><td>${row[1]}</td></tr></table>`;
  const push = (fact: string, expect: Expect, header: [string, string], row: [string, string], basis: string) => {
    for (const table of [markdown, html])
      cases.push({ capability: 'genre:table-row-frame', test: 'MFT', fact, expect, text: table(header, row), basis });
  };
  const other = (kind: string) => (kind === 'accelerated' ? 'regular' : 'accelerated');
  approved.forEach((p, seed) => {
    const name = displayName(p);
    const fda = (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && a.date && !a.unverified);
    const basis = `products.json#${p.id} approvals`;
    for (const [i, a] of fda.entries()) {
      const disease = kb.entities.get(a.indication);
      if (!disease) continue;
      const row = `${name}${at([', ', ' – '], seed + i)}${at([shortName, longName], seed + i)(disease)}`;
      const approvedIn = Number(a.date!.slice(0, 4));
      const header: [string, string] = [
        at(['Product, indication', 'Use'], i),
        at(['US approval year', 'Year of FDA approval'], seed),
      ];
      const sameDisease = fda.filter((b) => b.indication === a.indication).map((b) => Number(b.date!.slice(0, 4)));
      push('row-indication-year', 'clean', header, [row, String(approvedIn)], basis);
      if (!sameDisease.includes(approvedIn - 1))
        push('row-indication-year', 'flag', header, [row, String(approvedIn - 1)], basis);
      // The kind of this approval, dated in the header by its month.
      if (!a.approvalType) continue;
      const month = capitalize(MONTHS[Number(a.date!.slice(5, 7)) - 1]!);
      const dated: [string, string] = ['Product, indication', `Type of FDA approval (${month} ${approvedIn})`];
      push('dated-approval-type', 'clean', dated, [row, a.approvalType], basis);
      push('dated-approval-type', 'flag', dated, [row, other(a.approvalType)], basis);
    }
    // The kind of the first approval, which a later conversion does not change.
    const first = fda.filter((a) => a.date === fda.map((b) => b.date!).sort()[0]);
    const kinds = new Set(first.map((a) => a.approvalType));
    const [kind] = kinds;
    if (kind && kinds.size === 1) {
      const header: [string, string] = ['Product', at(['Type of first FDA approval', 'First FDA approval type'], seed)];
      push('first-approval-type', 'clean', header, [name, capitalize(kind)], basis);
      push('first-approval-type', 'flag', header, [name, capitalize(other(kind))], basis);
      push(
        'first-approval-type',
        'clean',
        ['Product', 'Type of first EU approval'],
        [name, capitalize(other(kind))],
        basis,
      );
      push('first-approval-type', 'clean', header, [`ABC-${201 + seed}`, capitalize(other(kind))], basis);
    }
    // "Accelerated approval" over ✓: only a product whose every approval is recorded as regular is flagged.
    if (fda.length && fda.every((a) => a.approvalType === 'regular')) {
      const mark = at(['✓', 'Yes'], seed);
      push('kind-asked', 'flag', ['Product', 'Accelerated approval'], [name, mark], basis);
      push('kind-asked', 'clean', ['Product', 'Accelerated approval'], [name, at(['—', 'No'], seed)], basis);
    } else if (fda.some((a) => a.approvalType === 'accelerated'))
      push('kind-asked', 'clean', ['Product', 'Accelerated approval'], [name, '✓'], basis);
  });
  // A condition's approved CAR-T, and a CAR-T the complete record does not approve for it or anything near it.
  const carT = approved.filter((p) => p.modality === 'car-t');
  if (!kb.completeFdaModalities.has('car-t')) return cases;
  const treats = (p: Entity, disease: string) =>
    (p.approvals ?? []).some(
      (a) => a.regulator === 'FDA' && (kb.lineage(a.indication).has(disease) || kb.lineage(disease).has(a.indication)),
    );
  const diseases = [
    ...new Set(carT.flatMap((p) => (p.approvals ?? []).filter((a) => a.regulator === 'FDA').map((a) => a.indication))),
  ];
  diseases.forEach((id, seed) => {
    const disease = kb.entities.get(id);
    const yes = carT.find((p) => treats(p, id));
    const no = carT.find((p, i) => i >= seed % carT.length && !treats(p, id)) ?? carT.find((p) => !treats(p, id));
    if (!disease || !yes || !no) return;
    const header: [string, string] = [at(['Condition', 'Disease'], seed), 'FDA-approved CAR-T'];
    const basis = `products.json approvals of ${displayName(yes)} and ${displayName(no)} for ${id}`;
    push('condition-product', 'clean', header, [longName(disease), `Yes (${displayName(yes)})`], basis);
    push('condition-product', 'flag', header, [longName(disease), `Yes (${displayName(no)})`], basis);
  });
  // A product approved for the condition but of another class, under a header naming the class and one that does not.
  for (const [seed, p] of approved.filter((e) => e.modality && e.modality !== 'car-t').entries())
    for (const a of (p.approvals ?? []).filter((x) => x.regulator === 'FDA' && !x.unverified)) {
      const disease = kb.entities.get(a.indication);
      if (!disease) continue;
      const basis = `products.json#${p.id} modality ${p.modality}`;
      const row: [string, string] = [longName(disease), `Yes (${displayName(p)})`];
      push('condition-product-class', 'flag', [at(['Condition', 'Disease'], seed), 'FDA-approved CAR-T'], row, basis);
      push(
        'condition-product-class',
        'clean',
        [at(['Condition', 'Disease'], seed), 'FDA-approved therapy'],
        row,
        basis,
      );
    }
  return cases;
}
