// Outsider templates (issue 12): tables and slides as a medical writer makes them, written from the knowledge base
// alone, without reading the claim engine, so they probe shapes the engine was not tuned on. Every capability is
// `outsider-<shape>-<relation>`. A clean case states only what the knowledge base records; its flag twin changes one
// cell or fragment to a value a recorded fact contradicts. Where the knowledge base cannot decide (an absence, a
// regulator whose approvals it does not declare complete, a record marked unverified), no flag case is written.
import type { Case, Expect } from './generate';
import { type Entity, type Knowledge, longName, shortName } from './knowledge';
import { capitalize, MONTHS as MONTH_NAMES } from '../../server/src/util/text';

type Rel =
  | 'target'
  | 'indication'
  | 'year'
  | 'date'
  | 'regulator'
  | 'approved'
  | 'vector'
  | 'origin'
  | 'population'
  | 'line'
  | 'dosing'
  | 'sponsor'
  | 'costim'
  | 'rems'
  | 'rems-at-approval'
  | 'boxed'
  | 'hla'
  | 'edited';

/** One recorded fact of a product as a writer would put it: the true value, and a contradicting one when decidable. */
interface Fact {
  rel: Rel;
  product: Entity;
  truth: Value;
  wrong?: Value;
  basis: string;
}

/** A value, rendered per relation; `ind` is the indication a line or population value belongs to. */
type Value = {
  text?: string;
  ids?: string[];
  year?: number;
  date?: string;
  yes?: boolean;
  n?: number;
  ind?: string;
  reg?: string;
  adults?: boolean;
  pediatric?: boolean;
  maxAge?: number;
  /** "Adults only": the population excludes children. */
  only?: boolean;
};

const MONTHS = MONTH_NAMES.map(capitalize);
const at = <T>(items: readonly T[], i: number): T => items[((i % items.length) + items.length) % items.length]!;
const pad = (n: number) => String(n).padStart(2, '0');

/** Up to `count` items spread over the list, starting at `seed`: a stable sample. */
function pick<T>(items: T[], seed: number, count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, n) => items[Math.floor((seed + n * step) % items.length)]!);
}

/** Column headers per relation, as tables in decks, reviews and leaflets word them. */
const HEADERS: Record<Rel, string[]> = {
  target: [
    'Target',
    'Antigen',
    'Target antigen',
    'Targeted antigen',
    'CAR target',
    'Antigen target',
    'Directed against',
    'Tumour antigen',
    'Target (antigen)',
  ],
  indication: [
    'Indication',
    'FDA-approved indication(s)',
    'Approved for',
    'Licensed indication',
    'Label indication',
    'Indicated for',
    'US indication',
    'Approved use',
    'Disease (label)',
  ],
  year: [
    'Year',
    'Approval year',
    'FDA approval',
    'Year of FDA approval',
    'First approved',
    'US approval (year)',
    'Approved (FDA)',
    'Initial approval',
    'Approved in',
  ],
  date: [
    'Approval date',
    'Date of approval',
    'FDA approval date',
    'Approved on',
    'First FDA approval',
    'Date approved',
    'US approval date',
    'Initial approval date',
  ],
  regulator: [
    'Regulator',
    'Approving agency',
    'Approved by',
    'Regulatory agency',
    'Agency',
    'Authority',
    'Regulatory approval',
    'Licensing authority',
  ],
  approved: [
    'FDA-approved',
    'FDA approved?',
    'US approval',
    'Approved in the US',
    'FDA status',
    'Licensed (FDA)',
    'FDA approval status',
    'Approved by FDA',
  ],
  vector: [
    'Vector',
    'Viral vector',
    'Gene transfer vector',
    'Transduction vector',
    'Vector type',
    'Manufacturing (vector)',
    'CAR gene delivery',
    'Transduction',
  ],
  origin: [
    'Cell source',
    'Cell origin',
    'Source of cells',
    'Donor',
    'Autologous / allogeneic',
    'Starting material',
    'Manufacturing type',
    'Cells from',
  ],
  population: [
    'Population',
    'Patients',
    'Age group',
    'Eligible patients',
    'Ages',
    'Approved age range',
    'Patient population',
    'Label population',
  ],
  line: [
    'Line of therapy',
    'Line',
    'Prior lines required',
    'Treatment line',
    'Setting',
    'Place in therapy',
    'Prior therapy (label)',
    'Lines before',
  ],
  dosing: [
    'Dosing',
    'Dose schedule',
    'Administration',
    'Infusions',
    'Number of infusions',
    'Regimen',
    'Dosing schedule',
    'How it is given',
  ],
  sponsor: [
    'Sponsor',
    'Company',
    'Manufacturer',
    'Marketed by',
    'Developer',
    'Marketing authorisation holder',
    'Maker',
    'Licence holder',
  ],
  costim: [
    'Costimulatory domain',
    'Co-stim domain',
    'Costimulation',
    'Co-stimulatory domain',
    'Costim',
    'Costimulatory endodomain',
    'Costimulatory molecule',
    'Co-stimulation',
  ],
  // Present-tense wordings only: a bare "REMS" column could be a table of the status at approval.
  rems: [
    'REMS now',
    'REMS required',
    'REMS (current)',
    'Current REMS',
    'REMS today',
    'REMS in effect',
    'Currently under a REMS',
    'REMS (2026)',
  ],
  'rems-at-approval': [
    'REMS at approval',
    'REMS at launch',
    'Approved with REMS',
    'REMS (at approval)',
    'Initial REMS',
    'REMS when approved',
    'Launched under REMS',
    'Original REMS',
  ],
  boxed: [
    'Boxed warning',
    'Black box warning',
    'Boxed warning?',
    'BBW',
    'Black-box warning',
    'Boxed warning (label)',
    'Black box',
    'US boxed warning',
  ],
  hla: [
    'HLA-restricted',
    'HLA restriction',
    'Requires HLA typing',
    'HLA-restricted?',
    'HLA dependence',
    'MHC/HLA restriction',
    'HLA requirement',
    'HLA-dependent',
  ],
  edited: [
    'Gene-edited',
    'Gene editing',
    'Genome-edited',
    'Gene-edited?',
    'Edited cells',
    'Genome editing',
    'CRISPR/gene editing',
    'Gene edited',
  ],
};

const YES = ['Yes', '✓', 'Yes', '✔', 'Y'];
const NO = ['No', '✗', 'No', '✘', 'N'];

export function outsiderCases(kb: Knowledge): Case[] {
  const facts = readFacts(kb);
  const cases: Case[] = [];
  cases.push(...tableCases(kb, facts));
  cases.push(...gridCases(kb, facts));
  cases.push(...transposedCases(kb, facts));
  cases.push(...captionCases(kb));
  cases.push(...slideCases(kb, facts));
  cases.push(...bulletCases(kb, facts));
  cases.push(...headingCases(facts));
  cases.push(...combinedCases(kb, facts));
  cases.push(...indicationYearCases(kb));
  cases.push(...periodCases(kb));
  cases.push(...proseCases(kb));
  return cases;
}

// ---------------------------------------------------------------------------------------------------------------
// Facts from the knowledge base

const antigenName = (kb: Knowledge, id: string) =>
  kb.entities.get(id)?.aliases?.find((a) => a.kind === 'abbreviation')?.text ?? kb.entities.get(id)?.name ?? id;

/** Names a writer uses for a product: brand, generic, short and code names, and "Brand (generic)". */
function names(p: Entity): string[] {
  const of = (kind: string) => p.aliases?.filter((a) => a.kind === kind).map((a) => a.text) ?? [];
  const brand = of('brand')[0];
  const inn = of('inn')[0] ?? p.name;
  const short = of('short')[0] ?? of('abbreviation')[0];
  const code = of('code')[0];
  const out = [
    brand ?? inn,
    brand ? `${brand} (${inn})` : inn,
    inn,
    short,
    brand,
    code,
    short ? `${short}` : undefined,
  ];
  return [...new Set(out.filter((n): n is string => !!n))];
}

/** The FDA approvals the knowledge base declares complete, without records marked unverified. */
function fdaApprovals(kb: Knowledge, p: Entity) {
  if (!p.modality || !kb.completeFdaModalities.has(p.modality)) return [];
  return (p.approvals ?? []).filter((a) => a.regulator === 'FDA' && !a.unverified);
}

function readFacts(kb: Knowledge): Fact[] {
  const facts: Fact[] = [];
  const all = [...kb.entities.values()].filter((e) => e.type === 'product' || e.type === 'drug');
  const products = all.filter((e) => e.type === 'product').sort((a, b) => a.id.localeCompare(b.id));
  const approvedIndications = new Set<string>();
  for (const p of products) for (const a of fdaApprovals(kb, p)) approvedIndications.add(a.indication);
  const spareIndications = [
    ...approvedIndications,
    'breast-cancer',
    'glioblastoma',
    'aml',
    'hodgkin-lymphoma',
    'sle',
    'pancreatic-cancer',
  ];
  const sponsors = products.map((p) => ({ p, s: sponsorName(p) })).filter((x) => x.s);

  for (const p of products) {
    const d = p.design && !p.design.unverified ? p.design : undefined;
    const name = p.name;
    if (d?.targets?.length) {
      const wrong = ['cd19', 'bcma', 'ny-eso-1'].find((t) => !d.targets!.includes(t))!;
      facts.push({
        rel: 'target',
        product: p,
        truth: { text: d.targets.map((t) => antigenName(kb, t)).join(' / ') },
        wrong: { text: antigenName(kb, wrong) },
        basis: `${name} targets ${d.targets.join(', ')} (design.targets)`,
      });
    }
    if (d?.costimulatory) {
      const wrong = d.costimulatory === 'CD28' ? '4-1BB' : 'CD28';
      facts.push({
        rel: 'costim',
        product: p,
        truth: { text: d.costimulatory },
        wrong: { text: wrong },
        basis: `${name}: costimulatory domain ${d.costimulatory}`,
      });
    }
    if (d?.vector && (d.vector === 'lentiviral' || d.vector === 'gamma-retroviral')) {
      const wrong = d.vector === 'lentiviral' ? 'gamma-retroviral' : 'lentiviral';
      facts.push({
        rel: 'vector',
        product: p,
        truth: { text: d.vector },
        wrong: { text: wrong },
        basis: `${name}: ${d.vector} vector`,
      });
    }
    if (d?.origin === 'autologous' || d?.origin === 'allogeneic') {
      const wrong = d.origin === 'autologous' ? 'allogeneic' : 'autologous';
      facts.push({
        rel: 'origin',
        product: p,
        truth: { text: d.origin },
        wrong: { text: wrong },
        basis: `${name}: ${d.origin}`,
      });
    }
    if (d && typeof d.hlaRestricted === 'boolean')
      facts.push({
        rel: 'hla',
        product: p,
        truth: { yes: d.hlaRestricted },
        wrong: { yes: !d.hlaRestricted },
        basis: `${name}: hlaRestricted ${d.hlaRestricted}`,
      });
    if (d && typeof d.geneEdited === 'boolean')
      facts.push({
        rel: 'edited',
        product: p,
        truth: { yes: d.geneEdited },
        wrong: { yes: !d.geneEdited },
        basis: `${name}: geneEdited ${d.geneEdited}`,
      });
    const infusions = (p.dosing && !p.dosing.unverified ? p.dosing.infusions : undefined) ?? d?.infusions;
    if (infusions)
      facts.push({
        rel: 'dosing',
        product: p,
        truth: { n: infusions },
        wrong: { n: infusions === 1 ? 2 : 1 },
        basis: `${name}: ${infusions} infusion(s)`,
      });
    const sponsor = sponsorName(p);
    if (sponsor) {
      const others = sponsors.filter(
        (x) => x.p.id !== p.id && !sharesCompany(p.sponsor ?? '', x.p.sponsor ?? '') && x.s !== sponsor,
      );
      const other = others.length ? at(others, facts.length) : undefined;
      facts.push({
        rel: 'sponsor',
        product: p,
        truth: { text: sponsor },
        wrong: other ? { text: other.s } : undefined,
        basis: `${name}: sponsor ${p.sponsor}`,
      });
    }

    // Approvals. Positive regulator facts for every recorded approval; a false "FDA" only where FDA approvals are
    // declared complete for the product's modality and none is recorded.
    const regs = [...new Set((p.approvals ?? []).filter((a) => !a.unverified).map((a) => a.regulator))];
    const fda = fdaApprovals(kb, p);
    const fdaDecidable = !!p.modality && kb.completeFdaModalities.has(p.modality);
    for (const reg of regs)
      facts.push({
        rel: 'regulator',
        product: p,
        truth: { reg },
        wrong: reg !== 'FDA' && fdaDecidable && !fda.length ? { reg: 'FDA' } : undefined,
        basis: `${name}: approved by ${reg}${reg !== 'FDA' && fdaDecidable && !fda.length ? '; no FDA approval recorded (FDA approvals complete)' : ''}`,
      });
    if (fdaDecidable)
      facts.push({
        rel: 'approved',
        product: p,
        truth: { yes: fda.length > 0, text: p.status },
        wrong: { yes: fda.length === 0 },
        basis: `${name}: ${fda.length ? 'FDA-approved' : 'no FDA approval recorded'} (FDA approvals complete for ${p.modality})`,
      });
    if (!fda.length) continue;
    const dates = fda.map((a) => a.date!).filter(Boolean);
    const first = [...dates].sort()[0]!;
    const firstYear = Number(first.slice(0, 4));
    const years = new Set(dates.map((x) => Number(x.slice(0, 4))));
    const wrongYear = [firstYear - 2, firstYear + 3, firstYear - 1, firstYear + 1].find((y) => !years.has(y))!;
    facts.push({
      rel: 'year',
      product: p,
      truth: { year: firstYear },
      wrong: { year: wrongYear },
      basis: `${name}: first FDA approval ${first}; FDA approval years ${[...years].join(', ')}`,
    });
    const months = new Set(dates.map((x) => x.slice(0, 7)));
    const [y, m] = first.split('-').map(Number) as [number, number];
    const shifted = [`${y}-${pad(((m + 3 - 1) % 12) + 1)}`, `${y + 1}-${pad(m)}`, `${y - 1}-${pad(m)}`].find(
      (x) => !months.has(x) && x.slice(0, 4) === String(y),
    );
    const wrongMonth = shifted ?? `${wrongYear}-${pad(m)}`;
    facts.push({
      rel: 'date',
      product: p,
      truth: { date: first },
      wrong: { date: first.length > 7 ? `${wrongMonth}-${first.slice(8)}` : wrongMonth },
      basis: `${name}: first FDA approval ${first}; FDA approvals ${dates.join(', ')}`,
    });
    const inds = [...new Set(fda.map((a) => a.indication))];
    const overlaps = (c: string) => inds.some((t) => kb.lineage(t).has(c) || kb.lineage(c).has(t));
    const wrongInd = spareIndications.filter((c) => !overlaps(c));
    facts.push({
      rel: 'indication',
      product: p,
      truth: { ids: inds },
      // A list cell with one false value among true ones is as false as a cell with only the false one.
      wrong: wrongInd.length
        ? { ids: inds.length > 1 ? [inds[0]!, at(wrongInd, p.id.length)] : [at(wrongInd, p.id.length)] }
        : undefined,
      basis: `${name}: FDA indications ${inds.join(', ')} (FDA approvals complete)`,
    });
    // Population and line per indication: the widest population and the fewest prior lines any approval allows.
    for (const ind of inds) {
      const here = fda.filter((a) => a.indication === ind);
      const adults = here.some((a) => a.population?.adults);
      const pediatric = here.some((a) => a.population?.pediatric);
      const maxAge = here.find((a) => a.population?.maxAge)?.population?.maxAge;
      if (here.every((a) => a.population))
        facts.push({
          rel: 'population',
          product: p,
          truth: { ind, adults, pediatric, maxAge },
          wrong: pediatric
            ? { ind, adults: true, pediatric: false, only: true }
            : { ind, adults: true, pediatric: true },
          basis: `${name} in ${ind}: adults ${adults}, pediatric ${pediatric}${maxAge ? `, up to ${maxAge}` : ''}`,
        });
      const lines = here.map((a) => a.minPriorLines);
      if (lines.every((n) => typeof n === 'number')) {
        const min = Math.min(...(lines as number[]));
        facts.push({
          rel: 'line',
          product: p,
          truth: { ind, n: min, only: adults && !pediatric },
          wrong: min >= 1 ? { ind, n: min - 1, only: adults && !pediatric } : undefined,
          basis: `${name} in ${ind}: at least ${min} prior line(s) on every FDA label`,
        });
      }
    }
    const rems = p.rems && !p.rems.unverified ? p.rems : undefined;
    if (rems?.eliminated && rems.eliminated <= kb.asOf)
      facts.push({
        rel: 'rems',
        product: p,
        truth: { yes: false, date: rems.eliminated },
        wrong: { yes: true },
        basis: `${name}: REMS eliminated ${rems.eliminated} (knowledge base as of ${kb.asOf})`,
      });
    if (typeof rems?.atApproval === 'boolean')
      facts.push({
        rel: 'rems-at-approval',
        product: p,
        truth: { yes: rems.atApproval },
        wrong: { yes: !rems.atApproval },
        basis: `${name}: REMS at approval ${rems.atApproval}`,
      });
  }
  // Boxed warnings of every approved product or drug with a verified one on record.
  for (const p of all.sort((a, b) => a.id.localeCompare(b.id))) {
    const warnings = (p.boxedWarnings ?? []).filter((b) => !b.unverified);
    if (!warnings.length || p.status !== 'fda-approved') continue;
    const crs = warnings.some((b) => /cytokine release/i.test(b.text));
    const neuro = warnings.some((b) => /neurolog/i.test(b.text));
    facts.push({
      rel: 'boxed',
      product: p,
      truth: { yes: true, text: crs && neuro ? 'CRS, neurologic toxicity' : undefined },
      wrong: { yes: false },
      basis: `${p.name}: boxed warnings ${warnings.map((b) => b.text.split(/[,(]/)[0]).join('; ')}`,
    });
  }
  return facts;
}

/** The company a table names: the record's sponsor without notes ("Kite, a Gilead company" → "Kite"). */
function sponsorName(p: Entity): string | undefined {
  const s = p.sponsor?.split(/[;(/]/)[0]?.trim();
  if (!s) return undefined;
  return s.replace(/,.*$/, '').replace(/ and .*$/, '');
}

/** Whether two sponsor records name a company in common (a partner or parent is no contradiction). */
function sharesCompany(a: string, b: string): boolean {
  const words = (s: string) =>
    new Set(
      s
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => /^[A-Z]/.test(w) && w.length > 3 && !['Therapeutics', 'Biotherapeutics', 'Cell'].includes(w)),
    );
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering values as table cells and slide fragments

function indName(kb: Knowledge, id: string, i: number): string {
  const e = kb.entities.get(id)!;
  return i % 3 === 1 ? longName(e) : i % 3 === 2 ? `r/r ${shortName(e)}` : shortName(e);
}

function fmtDate(d: string, i: number): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number?];
  const mon = MONTHS[m - 1]!;
  if (!day) return at([`${mon} ${y}`, `${mon.slice(0, 3)} ${y}`, `${y}-${pad(m)}`, `${mon.slice(0, 3)}. ${y}`], i);
  return at(
    [
      `${y}-${pad(m)}-${pad(day)}`,
      `${day} ${mon.slice(0, 3)} ${y}`,
      `${mon} ${day}, ${y}`,
      `${pad(m)}/${pad(day)}/${y}`,
      `${day} ${mon} ${y}`,
      `${mon} ${y}`,
      `${mon.slice(0, 3)} ${day}, ${y}`,
    ],
    i,
  );
}

const VECTOR = {
  lentiviral: ['Lentiviral', 'Lentivirus', 'Lentiviral vector', 'LV (lentiviral)'],
  'gamma-retroviral': ['Gamma-retroviral', 'γ-retrovirus', 'Retroviral (gamma)', 'Gammaretroviral vector'],
} as Record<string, string[]>;
const ORIGIN = {
  autologous: ['Autologous', "Patient's own T cells", 'Autologous (patient-derived)', 'Auto'],
  allogeneic: ['Allogeneic', 'Healthy-donor cells', 'Allogeneic (donor-derived)', 'Allo'],
} as Record<string, string[]>;
const REG = {
  FDA: ['FDA', 'US FDA', 'FDA (US)', 'U.S. FDA'],
  NMPA: ['NMPA', 'NMPA (China)', 'China NMPA', 'NMPA, China'],
  EMA: ['EMA', 'EMA (EU)', 'European Commission (EMA)', 'EMA/EC'],
} as Record<string, string[]>;

function lineText(n: number, i: number): string {
  if (n === 0) return at(['First line', '1L', 'Newly diagnosed (first line)', 'Front line'], i);
  const words = ['', 'one', 'two', 'three', 'four'];
  const ord = ['', 'Second', 'Third', 'Fourth', 'Fifth'];
  return at(
    [
      `≥${n} prior line${n > 1 ? 's' : ''}`,
      `${n + 1}L+`,
      `${ord[n]} line or later`,
      `After ${words[n]} or more prior lines`,
      `After ≥${n} line${n > 1 ? 's' : ''} of therapy`,
    ],
    i,
  );
}

function populationText(v: Value, i: number): string {
  if (v.pediatric && v.maxAge) return at([`Up to ${v.maxAge} years`, `Children and young adults (≤${v.maxAge} y)`], i);
  if (v.pediatric && v.adults)
    return at(['Children and adults', 'Adults and children', 'All ages', 'Paediatric and adult'], i);
  if (v.pediatric) return at(['Children', 'Paediatric patients', 'Children only'], i);
  if (v.only) return at(['Adults only', 'Adults only (≥18 years)', '18 years and older only'], i);
  return at(['Adults', 'Adults (≥18 years)', 'Adult patients', '18 years and older', 'Adults only', '≥18 y'], i);
}

function dosingText(n: number, i: number): string {
  if (n === 1) return at(['Single infusion', 'One-time infusion', '1 infusion', 'Single IV dose', 'One dose'], i);
  if (n === 2)
    return at(['Two infusions (day 1 and day 10)', 'Split dose, 2 infusions', '2 infusions', 'Two doses'], i);
  return at([`${n} infusions`, `${n} IV infusions`], i);
}

/** A table cell for a value. */
function cell(kb: Knowledge, rel: Rel, v: Value, i: number): string {
  switch (rel) {
    case 'target':
      return at([v.text!, `anti-${v.text}`, `${v.text}`, `${v.text}-directed`], i);
    case 'costim':
      return at([v.text!, `${v.text} costimulation`, v.text === '4-1BB' ? '4-1BB (CD137)' : 'CD28', `${v.text}`], i);
    case 'vector':
      return at(VECTOR[v.text!]!, i);
    case 'origin':
      return at(ORIGIN[v.text!]!, i);
    case 'indication':
      return v.ids!.map((id) => indName(kb, id, i)).join(at(['; ', ', ', '<br>', ' / '], i));
    case 'year':
      return at([`${v.year}`, `${v.year} (FDA)`, `${v.year}`], i);
    case 'date':
      return fmtDate(v.date!, i);
    case 'regulator':
      return at(REG[v.reg!] ?? [v.reg!], i);
    case 'population':
      return populationText(v, i);
    case 'line':
      return lineText(v.n!, i);
    case 'dosing':
      return dosingText(v.n!, i);
    case 'sponsor':
      return v.text!;
    case 'rems':
      return v.yes
        ? at(['Yes', '✓', 'Required', 'Yes (REMS)'], i)
        : at(['No', '✗', `No (eliminated ${v.date!.slice(0, 4)})`, 'Not required'], i);
    case 'approved':
      return v.yes
        ? at([...YES, 'Approved'], i)
        : at([...NO, v.text === 'investigational' ? 'Investigational' : 'Not approved'], i);
    case 'rems-at-approval':
    case 'hla':
    case 'edited':
      return v.yes ? at(YES, i) : at(NO, i);
    case 'boxed':
      return v.yes ? (v.text && i % 3 === 2 ? `Yes (${v.text})` : at(YES, i)) : at(NO, i);
  }
}

/** A slide fragment for a value: the bullet a deck writes under a product's title. */
function fragment(kb: Knowledge, rel: Rel, v: Value, i: number): string {
  switch (rel) {
    case 'target':
      return at(
        [
          `${v.text}-directed`,
          `Targets ${v.text}`,
          `Target: ${v.text}`,
          `Anti-${v.text} CAR`,
          `${v.text}-targeted`,
          `Directed at ${v.text}`,
        ],
        i,
      );
    case 'costim':
      return at(
        [
          `${v.text} costimulatory domain`,
          `Costim: ${v.text}`,
          `${v.text} co-stimulation`,
          `Second-generation CAR, ${v.text}`,
        ],
        i,
      );
    case 'vector':
      return at(
        [
          `${at(VECTOR[v.text!]!, i)} vector`,
          `Vector: ${v.text}`,
          `${cap(v.text!)} transduction`,
          `Transduced with a ${v.text} vector`,
        ],
        i,
      );
    case 'origin':
      return at(
        [at(ORIGIN[v.text!]!, i), `Cell source: ${v.text}`, `${cap(v.text!)} product`, `${cap(v.text!)} T cells`],
        i,
      );
    case 'indication':
      return at(
        [
          `Label: ${v.ids!.map((id) => indName(kb, id, i)).join(', ')}`,
          `Approved for ${v.ids!.map((id) => indName(kb, id, i + 1)).join(' and ')}`,
          `Indication: ${v.ids!.map((id) => indName(kb, id, i)).join('; ')}`,
          `FDA-approved in ${v.ids!.map((id) => indName(kb, id, i)).join(', ')}`,
          `Licensed for ${v.ids!.map((id) => indName(kb, id, i + 1)).join(', ')}`,
        ],
        i,
      );
    case 'year':
      return at(
        [
          `Approved ${v.year} (FDA)`,
          `FDA approval: ${v.year}`,
          `First FDA approval in ${v.year}`,
          `US approval ${v.year}`,
          `${v.year}: FDA approval`,
        ],
        i,
      );
    case 'date':
      return at(
        [
          `FDA approval: ${fmtDate(v.date!, i)}`,
          `Approved ${fmtDate(v.date!, i)}`,
          `First approved by FDA: ${fmtDate(v.date!, i)}`,
        ],
        i,
      );
    case 'regulator':
      return at(
        [
          `Approved by ${at(REG[v.reg!]!, i)}`,
          `Regulator: ${at(REG[v.reg!]!, i)}`,
          `${v.reg}-approved`,
          `${v.reg} approval`,
        ],
        i,
      );
    case 'population':
      return at(
        [
          `Label: ${lc(populationText(v, i))} with ${indName(kb, v.ind!, i)}`,
          `${indName(kb, v.ind!, i)}: ${lc(populationText(v, i))}`,
          `Population (${indName(kb, v.ind!, i)}): ${populationText(v, i)}`,
        ],
        i,
      );
    case 'line':
      return at(
        [
          `${indName(kb, v.ind!, i)}: ${lc(lineText(v.n!, i))}`,
          `Label: ${indName(kb, v.ind!, i)}, ${lc(lineText(v.n!, i))}`,
          `${lineText(v.n!, i)} (${indName(kb, v.ind!, i)})`,
          v.only
            ? v.n
              ? `Label: adults after ≥${v.n} line${v.n > 1 ? 's' : ''} (${indName(kb, v.ind!, i)})`
              : `Label: adults with newly diagnosed ${indName(kb, v.ind!, i)}`
            : `${indName(kb, v.ind!, i)} — ${lc(lineText(v.n!, i))}`,
        ],
        i,
      );
    case 'dosing':
      return at([dosingText(v.n!, i), `Dosing: ${lc(dosingText(v.n!, i))}`, `Given as ${lc(dosingText(v.n!, i))}`], i);
    case 'sponsor':
      return at([`Sponsor: ${v.text}`, `Marketed by ${v.text}`, `Company: ${v.text}`, `Developed by ${v.text}`], i);
    case 'rems':
      return v.yes
        ? at(['REMS still required', 'REMS: required', 'Certified centres only (REMS)', 'Under a REMS today'], i)
        : at(
            [
              `REMS eliminated ${fmtDate(v.date!, 5)}`,
              `No REMS since ${v.date!.slice(0, 4)}`,
              'REMS: no longer required',
              `REMS removed (${v.date!.slice(0, 4)})`,
            ],
            i,
          );
    case 'rems-at-approval':
      return v.yes
        ? at(['Approved with a REMS', 'REMS at approval: yes', 'Launched under a REMS'], i)
        : at(['Approved without a REMS', 'REMS at approval: no', 'No REMS at launch'], i);
    case 'approved':
      return v.yes
        ? at(['FDA-approved', 'Approved in the US', 'FDA approval: yes'], i)
        : at(
            [
              'Not FDA-approved',
              'Not approved in the US',
              v.text === 'under-review'
                ? 'Under FDA review'
                : v.text === 'investigational'
                  ? 'Investigational'
                  : 'No FDA approval',
            ],
            i,
          );
    case 'hla':
      return v.yes
        ? at(['HLA-restricted', 'Requires HLA typing', 'HLA-restricted (TCR)'], i)
        : at(['Not HLA-restricted', 'No HLA typing needed', 'HLA-independent'], i);
    case 'edited':
      return v.yes
        ? at(['Gene-edited', 'CRISPR-edited cells', 'Genome-edited'], i)
        : at(['Not gene-edited', 'No gene editing', 'Unedited cells'], i);
    case 'boxed':
      return v.yes
        ? at([`Boxed warning${v.text ? `: ${v.text}` : ''}`, 'Carries a boxed warning', 'Black box warning'], i)
        : at(['No boxed warning', 'No black box warning', 'Boxed warning: none'], i);
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Lower-cases a fragment's first word inside a sentence, leaving abbreviations ("3L+", "IV") as they are. */
const lc = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

// ---------------------------------------------------------------------------------------------------------------
// Shapes

function push(cases: Case[], shape: string, f: { rel: string; basis: string }, expect: Expect, text: string) {
  cases.push({
    capability: `outsider-${shape}-${f.rel}`,
    test: 'MFT',
    fact: `outsider-${f.rel}`,
    expect,
    text,
    basis: expect === 'flag' ? `contradicts: ${f.basis}` : f.basis,
  });
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

/** Two-column tables, "Product | <attribute>", one product per table, several header and name wordings. */
function tableCases(kb: Knowledge, facts: Fact[]): Case[] {
  const cases: Case[] = [];
  const productHeaders = ['Product', 'Therapy', 'CAR-T product', 'Drug', 'Brand (generic)', 'Name'];
  facts.forEach((f, k) => {
    const ns = names(f.product);
    for (let i = 0; i < 3; i++) {
      const j = k + i * 5;
      const header = at(HEADERS[f.rel], k + i);
      const extraCol = f.rel === 'line' || f.rel === 'population';
      const head = extraCol ? [at(productHeaders, j), 'Indication', header] : [at(productHeaders, j), header];
      const render = (v: Value) =>
        extraCol ? [at(ns, j), indName(kb, v.ind!, j), cell(kb, f.rel, v, j)] : [at(ns, j), cell(kb, f.rel, v, j)];
      const table = (v: Value) => [row(head), rule(head.length), row(render(v))].join('\n');
      push(cases, 'table', f, 'clean', table(f.truth));
      if (f.wrong) push(cases, 'table', f, 'flag', table(f.wrong));
    }
  });
  return cases;
}

const GRID_RELS: Rel[][] = [
  ['target', 'costim', 'vector', 'origin'],
  // No year beside a list of indications: the row would date each indication, which only the first one matches.
  ['indication', 'target', 'origin'],
  ['target', 'date', 'dosing', 'boxed'],
  ['sponsor', 'year', 'rems', 'hla'],
  ['origin', 'edited', 'rems-at-approval', 'costim'],
];

/** Multi-column comparison tables of several products; a flag case has exactly one false cell. */
function gridCases(kb: Knowledge, facts: Fact[]): Case[] {
  const cases: Case[] = [];
  const byProduct = new Map<string, Map<Rel, Fact>>();
  for (const f of facts) {
    const m = byProduct.get(f.product.id) ?? new Map<Rel, Fact>();
    if (!m.has(f.rel)) m.set(f.rel, f);
    byProduct.set(f.product.id, m);
  }
  const approved = [...byProduct.keys()].filter((id) => byProduct.get(id)!.has('year')).sort();
  GRID_RELS.forEach((rels, g) => {
    for (let start = 0; start < approved.length; start += 3) {
      const group = [0, 1, 2, 3].map((k) => approved[(start + k + g) % approved.length]!);
      const unique = [...new Set(group)];
      const head = ['Product', ...rels.map((r, k) => at(HEADERS[r], g + start + k))];
      const render = (wrongAt?: [string, Rel]) =>
        [
          row(head),
          rule(head.length),
          ...unique.map((id, pi) => {
            const m = byProduct.get(id)!;
            const p = m.values().next().value!.product;
            return row([
              at(names(p), pi + g),
              ...rels.map((r, k) => {
                const f = m.get(r);
                if (!f) return '—';
                const v = wrongAt && wrongAt[0] === id && wrongAt[1] === r ? f.wrong! : f.truth;
                return cell(kb, r, v, g + pi + k);
              }),
            ]);
          }),
        ].join('\n');
      for (const r of rels) {
        const flagged = unique.filter((id) => byProduct.get(id)!.get(r)?.wrong);
        if (!flagged.length) continue;
        const f0 = byProduct.get(flagged[0]!)!.get(r)!;
        push(cases, 'grid', f0, 'clean', render());
        for (const id of flagged) push(cases, 'grid', byProduct.get(id)!.get(r)!, 'flag', render([id, r]));
      }
    }
  });
  return cases;
}

/** A product's fact sheet as a transposed table: attribute rows under the product's column or heading. */
function transposedCases(kb: Knowledge, facts: Fact[]): Case[] {
  const cases: Case[] = [];
  const byProduct = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.rel === 'line' || f.rel === 'population') continue;
    const list = byProduct.get(f.product.id) ?? [];
    if (!list.some((x) => x.rel === f.rel)) list.push(f);
    byProduct.set(f.product.id, list);
  }
  let k = 0;
  for (const list of byProduct.values()) {
    if (list.length < 3) continue;
    const p = list[0]!.product;
    for (const f of list) {
      if (!f.wrong) continue;
      k++;
      const others = list.filter((x) => x !== f);
      const rows = [f, others[k % others.length]!, others[(k + 1) % others.length]!];
      if (k % 2) rows.reverse();
      const form = k % 3;
      const render = (wrong: boolean) => {
        const body = rows.map((x, ri) =>
          row([at(HEADERS[x.rel], k + ri), cell(kb, x.rel, x === f && wrong ? f.wrong! : x.truth, k + ri)]),
        );
        if (form === 0) return [row(['', at(names(p), k)]), rule(2), ...body].join('\n');
        if (form === 1) return [`### ${at(names(p), k)}`, '', row(['Attribute', 'Value']), rule(2), ...body].join('\n');
        return [`**${at(names(p), k)} at a glance**`, '', row(['Feature', 'Detail']), rule(2), ...body].join('\n');
      };
      push(cases, 'transposed', f, 'clean', render(false));
      push(cases, 'transposed', f, 'flag', render(true));
    }
  }
  return cases;
}

/**
 * A caption or heading naming a regulator or country above a list of products. Listing a product under "FDA-approved"
 * when the knowledge base records no FDA approval (FDA approvals are complete for its modality) is false; listing it
 * under the regulator that approved it is true. A year under a country's heading is judged against that country's
 * first approval only when it is earlier than the first one recorded (NMPA first approvals are on record).
 */
function captionCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const products = kb
    .byType('product')
    .filter((p) => p.modality && kb.completeFdaModalities.has(p.modality))
    .sort((a, b) => a.id.localeCompare(b.id));
  const fdaFirst = (p: Entity) =>
    fdaApprovals(kb, p)
      .map((a) => a.date!)
      .sort()[0];
  const firstBy = (p: Entity, reg: string) =>
    (p.approvals ?? [])
      .filter((a) => a.regulator === reg && !a.unverified && a.date)
      .map((a) => a.date!)
      .sort()[0];
  const fda = products.filter((p) => fdaFirst(p));
  const elsewhere = products.filter((p) => !fdaFirst(p) && firstBy(p, 'NMPA'));
  const captions = {
    FDA: [
      'Table 1. CAR T-cell therapies approved by the FDA',
      '**US-approved cell therapies (FDA)**',
      '### FDA approvals to date',
      'Table 2: Products licensed in the United States',
      '*Approved by the U.S. Food and Drug Administration*',
    ],
    NMPA: [
      'Table 3. CAR T-cell therapies approved in China (NMPA)',
      '**NMPA-approved products**',
      '### Approvals in China',
      "Table 4: China's approved CAR-T products",
    ],
  };
  const yearHeaders = ['Year', 'Approved', 'Approval year', 'First approval'];
  elsewhere.forEach((p, k) => {
    const ns = names(p);
    const companion = at(fda, k);
    for (let i = 0; i < 3; i++) {
      const j = k + i;
      const nmpaYear = Number(firstBy(p, 'NMPA')!.slice(0, 4));
      const fact: Fact = {
        rel: 'regulator',
        product: p,
        truth: { reg: 'NMPA' },
        basis: `${p.name}: approved by NMPA ${firstBy(p, 'NMPA')}; no FDA approval recorded (FDA approvals complete)`,
      };
      const table = (caption: string, rowYear: number, compYear: number) =>
        [
          caption,
          '',
          row(['Product', at(yearHeaders, j)]),
          rule(2),
          ...(j % 2 ? [row([at(names(companion), j), String(compYear)])] : []),
          row([at(ns, j), String(rowYear)]),
        ].join('\n');
      const compFda = Number(fdaFirst(companion)!.slice(0, 4));
      const compNmpa = firstBy(companion, 'NMPA');
      // The companion row must be true under either caption: under China's only when it has an NMPA approval.
      const cnTable = (rowYear: number) =>
        compNmpa
          ? table(at(captions.NMPA, j), rowYear, Number(compNmpa.slice(0, 4)))
          : [
              at(captions.NMPA, j),
              '',
              row(['Product', at(yearHeaders, j)]),
              rule(2),
              row([at(ns, j), String(rowYear)]),
            ].join('\n');
      push(cases, 'caption', fact, 'clean', cnTable(nmpaYear));
      push(cases, 'caption', fact, 'flag', table(at(captions.FDA, j), nmpaYear, compFda));
      const yearFact: Fact = {
        rel: 'year',
        product: p,
        truth: { year: nmpaYear },
        basis: `${p.name}: first NMPA approval ${firstBy(p, 'NMPA')} (NMPA first approvals on record)`,
      };
      push(cases, 'caption', yearFact, 'clean', cnTable(nmpaYear));
      push(cases, 'caption', yearFact, 'flag', cnTable(nmpaYear - 2 - (i % 2)));
    }
  });
  // FDA-approved products under an FDA caption, with their first FDA approval year; a year matching none is false.
  fda.forEach((p, k) => {
    const dates = fdaApprovals(kb, p).map((a) => a.date!);
    const years = new Set(dates.map((d) => Number(d.slice(0, 4))));
    const y = Number(fdaFirst(p)!.slice(0, 4));
    const wrong = [y - 2, y + 3, y - 1].find((x) => !years.has(x))!;
    const f: Fact = {
      rel: 'year',
      product: p,
      truth: { year: y },
      basis: `${p.name}: first FDA approval ${fdaFirst(p)}`,
    };
    for (let i = 0; i < 2; i++) {
      const j = k + i;
      const t = (yy: number) =>
        [
          at(captions.FDA, j),
          '',
          row(['Product', at(yearHeaders, j + 1)]),
          rule(2),
          row([at(names(p), j), String(yy)]),
        ].join('\n');
      push(cases, 'caption', f, 'clean', t(y));
      push(cases, 'caption', f, 'flag', t(wrong));
    }
  });
  return cases;
}

/** Slides: a title naming the product, then fragment bullets; one fragment is false in a flag case. */
function slideCases(kb: Knowledge, facts: Fact[]): Case[] {
  const cases: Case[] = [];
  const byProduct = new Map<string, Fact[]>();
  for (const f of facts) byProduct.set(f.product.id, [...(byProduct.get(f.product.id) ?? []), f]);
  let k = 0;
  for (const list of byProduct.values()) {
    const p = list[0]!.product;
    const ns = names(p);
    for (const f of list) {
      if (!f.wrong) continue;
      const others = list.filter((x) => x.rel !== f.rel);
      for (let i = 0; i < 2; i++) {
        k++;
        const context = others.length
          ? [at(others, k), at(others, k + 2)].filter((x, xi, a) => a.indexOf(x) === xi)
          : [];
        const render = (wrong: boolean) => {
          const frags = [
            ...context.map((x, ci) => fragment(kb, x.rel, x.truth, k + ci)),
            fragment(kb, f.rel, wrong ? f.wrong! : f.truth, k),
          ];
          if (k % 2) frags.unshift(frags.pop()!);
          const style = k % 5;
          const title = at(
            [
              `## ${at(ns, k)}`,
              `# ${at(ns, k)}: key facts`,
              `### ${at(ns, k)} at a glance`,
              `**${at(ns, k)}**`,
              `Slide ${(k % 9) + 2} — ${at(ns, k)}`,
            ],
            k,
          );
          if (style === 0) return [title, '', ...frags.map((x) => `- ${x}`)].join('\n');
          if (style === 1) return [title, '', ...frags.map((x, n) => `${n + 1}. ${x}`)].join('\n');
          if (style === 2) return [title, '', ...frags.map((x) => `• ${x}`)].join('\n');
          if (style === 3)
            return ['## Product profile', '', `- ${at(ns, k)}`, ...frags.map((x) => `  - ${x}`)].join('\n');
          return [title, '', `- ${frags.slice(0, 2).join(' · ')}`, ...frags.slice(2).map((x) => `- ${x}`)].join('\n');
        };
        push(cases, 'slide', f, 'clean', render(false));
        push(cases, 'slide', f, 'flag', render(true));
      }
    }
  }
  return cases;
}

const TOPICS: Record<Rel, string> = {
  target: 'Targets',
  indication: 'Approved indications',
  year: 'FDA approvals by year',
  date: 'Approval dates',
  regulator: 'Regulatory status',
  approved: 'US approval status',
  vector: 'Manufacturing: vectors',
  origin: 'Cell source',
  population: 'Who is eligible',
  line: 'Line of therapy',
  dosing: 'Dosing',
  sponsor: 'Companies',
  costim: 'CAR design',
  rems: 'REMS status',
  'rems-at-approval': 'REMS at approval',
  boxed: 'Boxed warnings',
  hla: 'HLA restriction',
  edited: 'Gene editing',
};

// Yes/no facts and facts tied to an indication read as fragments after a product name, not as bare cells.
const FRAGMENT_IN_BULLETS = new Set<Rel>([
  'approved',
  'line',
  'population',
  'hla',
  'edited',
  'rems',
  'rems-at-approval',
  'boxed',
]);

/** "Product — fact" and "Product: fact" bullets under a topic title, several products per slide. */
function bulletCases(kb: Knowledge, facts: Fact[]): Case[] {
  const cases: Case[] = [];
  const byRel = new Map<Rel, Fact[]>();
  for (const f of facts) byRel.set(f.rel, [...(byRel.get(f.rel) ?? []), f]);
  let k = 0;
  for (const [rel, list] of byRel) {
    for (const f of list) {
      if (!f.wrong) continue;
      k++;
      const others = list.filter((x) => x.product.id !== f.product.id);
      const shown = [f, ...(others.length ? [at(others, k), at(others, k + 1)] : [])].filter(
        (x, xi, a) => a.indexOf(x) === xi,
      );
      if (k % 2) shown.reverse();
      const sep = at([' — ', ': ', ' – ', ' - '], k);
      const render = (wrong: boolean) =>
        [
          at([`## ${TOPICS[rel]}`, `### ${TOPICS[rel]} of selected products`, `**${TOPICS[rel]}**`], k),
          '',
          ...shown.map((x, n) => {
            const v = x === f && wrong ? f.wrong! : x.truth;
            const body = FRAGMENT_IN_BULLETS.has(rel) ? fragment(kb, rel, v, k + n) : cell(kb, rel, v, k + n);
            return `${k % 3 === 2 ? `${n + 1}.` : '-'} ${at(names(x.product), k + n)}${sep}${body}`;
          }),
        ].join('\n');
      push(cases, 'bullet', f, 'clean', render(false));
      push(cases, 'bullet', f, 'flag', render(true));
    }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------------------------
// Prose: one statement in the frame of a genre (leaflet, press release, abstract, news). The frames add no claim.

const GENRES: ((s: string) => string)[] = [
  (s) => `## What to expect\n\n${s} Your care team will explain each step before treatment.`,
  (s) => `PRESS RELEASE\n\n${s} The company will share further updates at upcoming medical meetings.`,
  (s) => `Background: ${s} Methods: We reviewed product labels and consensus publications.`,
  (s) => `${s} Specialists discussed the topic at a meeting of cancer doctors this week.`,
];

type Prose = { rel: string; truth: string[]; wrong: string[]; basis: string };

function proseCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const all = [
    ...gradingProse(kb),
    ...iceProse(kb),
    ...remsProse(kb),
    ...boxedProse(kb),
    ...monitoringProse(kb),
    ...countProse(kb),
    ...drugClassProse(kb),
    ...processProse(kb),
    ...regulatorProse(kb),
    ...roleProse(kb),
  ];
  all.forEach((p, k) => {
    const add = (expect: Expect, sentences: string[]) =>
      sentences.forEach((s, i) => {
        for (const g of [k + i, k + i + 2])
          cases.push({
            capability: `outsider-prose-${p.rel}`,
            test: 'MFT',
            fact: `outsider-${p.rel}`,
            expect,
            text: at(GENRES, g)(cap(s)),
            basis: expect === 'flag' ? `contradicts: ${p.basis}` : p.basis,
          });
      });
    add('clean', p.truth);
    add('flag', p.wrong);
  });
  return cases;
}

const abbreviation = (e: Entity) => e.aliases?.find((a) => a.kind === 'abbreviation')?.text ?? e.name;

/** Who defined a syndrome or grading, and when (ASTCT 2019, EHA/EBMT 2023 …). */
function gradingProse(kb: Knowledge): Prose[] {
  const out: Prose[] = [];
  for (const e of [...kb.entities.values()]) {
    const d = e.definedBy;
    if (!d || d.unverified) continue;
    const body = d.bodies.join('/');
    const other = d.bodies.includes('ASTCT') ? 'EHA/EBMT' : 'ASTCT';
    const y = Number(d.year);
    const isGrading = e.type === 'grading';
    const name = isGrading ? (e.aliases?.find((a) => a.kind === 'synonym')?.text ?? e.name) : abbreviation(e);
    const the = isGrading ? `The ${name}` : name;
    const verb = isGrading ? 'was introduced' : 'was defined';
    out.push({
      rel: 'grading',
      truth: [
        `${cap(the)} ${verb} by the ${body} in ${y}.`,
        `In ${y}, the ${body} consensus ${isGrading ? `introduced ${lcName(the)}` : `defined ${name}`}.`,
        `${cap(the)} comes from the ${y} ${body} consensus.`,
      ],
      wrong: [
        `${cap(the)} ${verb} by the ${body} in ${y - 3}.`,
        `${cap(the)} ${verb} by the ${other} in ${y}.`,
        `${cap(the)} comes from the ${y + 2} ${body} consensus.`,
      ],
      basis: `${e.name}: defined by ${body} in ${y}`,
    });
  }
  return out;
}
const lcName = (s: string) => s.replace(/^The /, 'the ');

/** The ICE score's range and the ICANS grade each band of it maps to. */
function iceProse(kb: Knowledge): Prose[] {
  const out: Prose[] = [];
  for (const e of kb.entities.values()) {
    const name = e.aliases?.find((a) => a.kind === 'synonym' && /score/.test(a.text))?.text ?? e.name;
    const r = e.scoreRange;
    if (r && !r.unverified)
      out.push({
        rel: 'ice',
        truth: [
          `The ${name} ranges from ${r.min} to ${r.max} points.`,
          `Patients are scored on the ${name}, which runs from ${r.min} (worst) to ${r.max} (normal).`,
          `The ${name} is a ${r.max}-point scale.`,
        ],
        wrong: [
          `The ${name} ranges from ${r.min} to ${r.max + 5} points.`,
          `Patients are scored on the ${name}, which runs from ${r.min + 1} to ${r.max}.`,
          `The ${name} is a ${r.max * 10}-point scale.`,
        ],
        basis: `${e.name}: range ${r.min}–${r.max}`,
      });
    const g = e.gradeRanges;
    if (g && !g.unverified) {
      const syndrome = abbreviation(kb.entities.get(g.syndrome)!);
      for (const band of g.grades) {
        const wrongGrade = band.grade === 1 ? 3 : band.grade - 1;
        out.push({
          rel: 'ice',
          truth: [
            `An ${name} of ${band.min}–${band.max} corresponds to grade ${band.grade} ${syndrome}.`,
            `A score of ${band.min} to ${band.max} on the ${name} indicates grade ${band.grade} ${syndrome}.`,
          ],
          wrong: [
            `An ${name} of ${band.min}–${band.max} corresponds to grade ${wrongGrade} ${syndrome}.`,
            `A score of ${band.min} to ${band.max} on the ${name} indicates grade ${wrongGrade} ${syndrome}.`,
          ],
          basis: `${e.name}: ${band.min}–${band.max} = ${g.syndrome} grade ${band.grade}`,
        });
      }
    }
  }
  return out;
}

const monthYear = (d: string) => `${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;

/** REMS status by date: required from approval until it was eliminated, not since; never for a product approved without. */
function remsProse(kb: Knowledge): Prose[] {
  const out: Prose[] = [];
  for (const p of kb.byType('product').sort((a, b) => a.id.localeCompare(b.id))) {
    const r = p.rems;
    if (!r || r.unverified) continue;
    const n = names(p)[0]!;
    const first = fdaApprovals(kb, p)
      .map((a) => a.date!)
      .sort()[0];
    if (r.atApproval && r.eliminated && first) {
      const endYear = Number(r.eliminated.slice(0, 4));
      const startYear = Number(first.slice(0, 4));
      const during = Math.min(endYear - 1, startYear + 1);
      out.push({
        rel: 'rems',
        truth: [
          `Since ${monthYear(r.eliminated)}, ${n} no longer requires a REMS.`,
          `Until ${monthYear(r.eliminated)}, ${n} was available only through a REMS program.`,
          `In ${during}, ${n} could be given only at REMS-certified centers.`,
          `The FDA removed the REMS requirement for ${n} in ${endYear}.`,
        ],
        wrong: [
          `${n} is still available only through a REMS program.`,
          `Since ${during}, ${n} has been available without a REMS.`,
          `In ${endYear + 1}, ${n} could be given only at REMS-certified centers.`,
          `The FDA removed the REMS requirement for ${n} in ${endYear - 2}.`,
        ],
        basis: `${p.name}: REMS from approval (${first}) until ${r.eliminated}`,
      });
    } else if (r.atApproval === false && first) {
      out.push({
        rel: 'rems',
        truth: [
          `${n} was approved without a REMS.`,
          `No REMS was required when ${n} was approved in ${first.slice(0, 4)}.`,
        ],
        wrong: [
          `${n} was approved with a REMS.`,
          `A REMS was required when ${n} was approved in ${first.slice(0, 4)}.`,
        ],
        basis: `${p.name}: no REMS at approval (${first})`,
      });
    }
  }
  return out;
}

/** Boxed warnings on record: the product carries one; "no boxed warning" is false. */
function boxedProse(kb: Knowledge): Prose[] {
  const out: Prose[] = [];
  const all = [...kb.entities.values()].filter(
    (e) => (e.type === 'product' || e.type === 'drug') && e.status === 'fda-approved',
  );
  for (const p of all.sort((a, b) => a.id.localeCompare(b.id))) {
    const w = (p.boxedWarnings ?? []).filter((b) => !b.unverified);
    if (!w.length) continue;
    const n = names(p)[0]!;
    const topic = w[0]!.text.split(/[,(:]/)[0]!.trim().toLowerCase();
    out.push({
      rel: 'boxed',
      truth: [`${n} carries a boxed warning for ${topic}.`, `The label of ${n} includes a boxed warning.`],
      wrong: [`${n} carries no boxed warning.`, `Unlike other products, ${n} has no boxed warning on its label.`],
      basis: `${p.name}: boxed warnings on record (${w.length})`,
    });
  }
  return out;
}

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const num = (n: number, i: number) => (i % 2 ? String(n) : (WORDS[n] ?? String(n)));
const MEASURES: Record<string, (n: string, unit: string) => string> = {
  'stay-near-center': (n, u) => `stay near the treatment center for ${n} ${u} after the infusion`,
  'driving-restriction': (n, u) => `not drive for ${n} ${u} after the infusion`,
  monitoring: (n, u) => `be monitored for at least ${n} ${u} after the infusion`,
  'daily-monitoring': (n, u) => `be monitored daily for at least ${n} ${u} after the infusion`,
};

/** Driving, staying near the center and monitoring after an infusion: the figures before and since the REMS change. */
function monitoringProse(kb: Knowledge): Prose[] {
  const out: Prose[] = [];
  const qs = [...kb.entities.values()]
    .flatMap((e) => e.quantities ?? [])
    .filter((q) => !q.unverified && MEASURES[q.measure]);
  qs.forEach((q, k) => {
    const say = MEASURES[q.measure]!;
    if (q.value === undefined) return;
    const value = q.value;
    const unit = (n: number) => `${q.unit}${n === 1 ? '' : 's'}`;
    const product = kb.entities.get(q.appliesTo?.find((id) => kb.entities.get(id)?.type === 'product') ?? '');
    const who = product ? `patients treated with ${names(product)[k % 2 ? 0 : 2] ?? names(product)[0]}` : 'patients';
    // The other period's figure for the same measure, or a doubled one: a figure the record contradicts.
    const twin = qs.find((o) => o !== q && o.measure === q.measure && o.value !== q.value);
    const wrong = twin?.value ?? value * 2;
    const change = monthYear(q.since ?? q.until!);
    const when = q.since
      ? [`Since the REMS was removed in ${change}, labels say ${who} should`, `Under current labels, ${who} should`]
      : [`Until the REMS was removed in ${change}, labels said ${who} should`, `Before ${change}, ${who} were told to`];
    out.push({
      rel: 'monitoring',
      truth: when.map((w, i) => `${cap(w)} ${say(num(value, k + i), unit(value))}.`),
      wrong: when.map((w, i) => `${cap(w)} ${say(num(wrong, k + i), unit(wrong))}.`),
      basis: `${q.measure}: ${q.value} ${q.unit}${q.since ? ` since ${q.since}` : ''}${q.until ? ` until ${q.until}` : ''}`,
    });
  });
  return out;
}

/** How many CAR-Ts the FDA had approved by a date, and how many target an antigen (FDA approvals are complete). */
function countProse(kb: Knowledge): Prose[] {
  const out: Prose[] = [];
  const cars = kb
    .byType('product')
    .filter((p) => p.modality === 'car-t' && kb.completeFdaModalities.has('car-t'))
    .map((p) => ({
      p,
      first: fdaApprovals(kb, p)
        .map((a) => a.date!)
        .sort()[0],
    }))
    .filter((x): x is { p: Entity; first: string } => !!x.first);
  const years = [...new Set(cars.map((x) => Number(x.first.slice(0, 4))))].sort();
  years.forEach((y, k) => {
    const n = cars.filter((x) => Number(x.first.slice(0, 4)) <= y).length;
    const wrong = k % 2 ? n + 1 : n - 1;
    const s = (m: number, i: number) => [
      `By the end of ${y}, the FDA had approved ${num(m, i)} CAR T-cell ${m === 1 ? 'therapy' : 'therapies'}.`,
      `As of December ${y}, ${num(m, i + 1)} CAR-T ${m === 1 ? 'product was' : 'products were'} FDA-approved.`,
    ];
    out.push({
      rel: 'count',
      truth: s(n, k),
      wrong: wrong > 0 ? s(wrong, k) : [],
      basis: `${n} CAR-Ts with an FDA approval by the end of ${y}: ${cars
        .filter((x) => Number(x.first.slice(0, 4)) <= y)
        .map((x) => x.p.name)
        .join(', ')}`,
    });
  });
  const total = cars.length;
  out.push({
    rel: 'count',
    truth: [
      `To date, ${num(total, 0)} CAR T-cell therapies have been approved by the FDA.`,
      `There are currently ${total} FDA-approved CAR-T products.`,
    ],
    wrong: [
      `To date, ${num(total + 2, 0)} CAR T-cell therapies have been approved by the FDA.`,
      `There are currently ${total - 2} FDA-approved CAR-T products.`,
    ],
    basis: `${total} CAR-Ts FDA-approved as of ${kb.asOf}`,
  });
  const byTarget = new Map<string, number>();
  for (const x of cars) for (const t of x.p.design?.targets ?? []) byTarget.set(t, (byTarget.get(t) ?? 0) + 1);
  [...byTarget].forEach(([t, n], k) => {
    const a = antigenName(kb, t);
    const s = (m: number) => [
      `${cap(num(m, k))} FDA-approved CAR-T ${m === 1 ? 'therapy targets' : 'therapies target'} ${a}.`,
      `The FDA has approved ${num(m, k + 1)} ${a}-directed CAR T-cell ${m === 1 ? 'product' : 'products'}.`,
    ];
    out.push({
      rel: 'count',
      truth: s(n),
      wrong: s(n + 1),
      basis: `${n} FDA-approved CAR-Ts target ${t}`,
    });
  });
  return out;
}

const CLASS_NAMES: Record<string, string> = {
  'monoclonal-antibody': 'a monoclonal antibody',
  'receptor-antagonist': 'an interleukin receptor antagonist',
  'kinase-inhibitor': 'a kinase inhibitor',
  corticosteroid: 'a corticosteroid',
  chemotherapy: 'a chemotherapy drug',
  'mtor-inhibitor': 'an mTOR inhibitor',
  'somatostatin-analog': 'a somatostatin analog',
};
const WRONG_CLASS: Record<string, string> = {
  'monoclonal-antibody': 'kinase-inhibitor',
  'receptor-antagonist': 'monoclonal-antibody',
  'kinase-inhibitor': 'monoclonal-antibody',
  corticosteroid: 'kinase-inhibitor',
  chemotherapy: 'monoclonal-antibody',
  'mtor-inhibitor': 'monoclonal-antibody',
  'somatostatin-analog': 'chemotherapy',
};

/** Supportive and other drugs named with their class: one recorded class each; another class is false. */
function drugClassProse(kb: Knowledge): Prose[] {
  const out: Prose[] = [];
  for (const d of kb.byType('drug').sort((a, b) => a.id.localeCompare(b.id))) {
    if (!d.modality || !CLASS_NAMES[d.modality] || d.unverified) continue;
    // A record standing for its class (corticosteroids) is not a member of it.
    if (d.aliases?.some((a) => a.kind === 'synonym' && CLASS_NAMES[d.modality!]!.endsWith(a.text))) continue;
    const n = d.aliases?.find((a) => a.kind === 'inn')?.text ?? d.name;
    const right = CLASS_NAMES[d.modality]!;
    const wrong = CLASS_NAMES[WRONG_CLASS[d.modality]!]!;
    const s = (c: string) => [
      `${cap(n)}, ${c}, may be part of the treatment plan.`,
      `${cap(n)} is ${c}.`,
      `Your doctor may give you ${n}, which is ${c}.`,
    ];
    out.push({ rel: 'drug-class', truth: s(right), wrong: s(wrong), basis: `${d.name}: ${d.modality}` });
  }
  return out;
}

/**
 * What an approved product targets, as role phrases ("Directed against X, …", "works by finding a protein called X", an
 * appositive before a hedged main clause); its line of therapy with prior treatments counted ("after one prior
 * therapy"); and a care team's offer of it for a disease ("Your doctor may offer you X for Y").
 */
function roleProse(kb: Knowledge): Prose[] {
  const out: Prose[] = [];
  const counts = ['', 'one', 'two', 'three', 'four'];
  for (const p of kb.byType('product').sort((a, b) => a.id.localeCompare(b.id))) {
    const approvals = fdaApprovals(kb, p);
    if (!approvals.length) continue;
    const n = names(p)[0]!;
    const targets = p.design && !p.design.unverified ? (p.design.targets ?? []) : [];
    const wrongTarget = ['cd19', 'bcma'].find((t) => !targets.includes(t));
    if (targets.length === 1 && wrongTarget) {
      const s = (t: string) => [
        `Directed against ${t}, ${n} has changed how doctors treat these cancers.`,
        `${n} works by finding a protein called ${t} on cancer cells.`,
        `${n}, a ${t}-directed cell therapy, is being studied in further trials.`,
      ];
      out.push({
        rel: 'target-role',
        truth: s(antigenName(kb, targets[0]!)),
        wrong: s(antigenName(kb, wrongTarget)),
        basis: `${p.name}: targets ${targets[0]}`,
      });
    }
    const byIndication = new Map<string, number>();
    for (const a of approvals)
      byIndication.set(a.indication, Math.min(byIndication.get(a.indication) ?? 99, a.minPriorLines ?? 0));
    for (const [indication, lines] of byIndication) {
      if (lines < 2 || lines > 4) continue;
      const ind = longName(kb.entities.get(indication)!);
      out.push({
        rel: 'line-prior-treatments',
        truth: [`${n} can treat ${ind} that returned after ${counts[lines]} or more prior therapies.`],
        wrong: [
          `${n} can treat ${ind} that returned after one prior therapy.`,
          `Patients with ${ind} can receive ${n} after only one previous regimen.`,
        ],
        basis: `${p.name}: ${indication} after >=${lines} prior lines`,
      });
    }
    // A two-word generic name with its second word misspelled ("brexucabtagene autoleucal") still names the product.
    const inn = p.aliases?.find((a) => a.kind === 'inn')?.text.split(' ');
    if (inn?.length === 2 && targets.length === 1 && wrongTarget) {
      const misspelled = `${cap(inn[0]!)} ${inn[1]!.replace(/e(?=[^e]*$)/, 'a')}`;
      out.push({
        rel: 'misspelled-generic',
        truth: [`${misspelled} targets ${antigenName(kb, targets[0]!)}.`],
        wrong: [`${misspelled} targets ${antigenName(kb, wrongTarget)}.`],
        basis: `${p.name}: targets ${targets[0]}`,
      });
    }
    const other = ['multiple-myeloma', 'mcl'].find((id) => !byIndication.has(id));
    const own = [...byIndication.keys()][0];
    if (other && own && p.modality && kb.completeFdaModalities.has(p.modality))
      out.push({
        rel: 'care-offer',
        truth: [
          `Your doctor may offer you ${n} for ${longName(kb.entities.get(own)!)}.`,
          `Your care team might suggest ${n} for ${longName(kb.entities.get(own)!)}.`,
        ],
        wrong: [
          `Your doctor may offer you ${n} for ${longName(kb.entities.get(other)!)}.`,
          `Your care team might suggest ${n} for ${longName(kb.entities.get(other)!)}.`,
        ],
        basis: `${p.name}: FDA-approved for ${[...byIndication.keys()].join(', ')}`,
      });
  }
  // What the approved members of a class treat, with a disease none of them is approved for at the end of the list.
  const approved = kb.byType('product').filter((p) => p.modality === 'car-t' && fdaApprovals(kb, p).length);
  const covered = new Set(approved.flatMap((p) => fdaApprovals(kb, p).map((a) => a.indication)));
  const listed = ['b-all', 'mcl', 'multiple-myeloma'].filter((id) => covered.has(id));
  const truthLast = ['mzl', 'fl'].find((id) => covered.has(id));
  if (listed.length === 3 && truthLast && kb.completeFdaModalities.has('car-t') && !covered.has('aml')) {
    const s = (last: string) =>
      `FDA-approved CAR-T therapies treat ${[...listed, last]
        .map((id) => longName(kb.entities.get(id)!))
        .join(', ')
        .replace(/, ([^,]*)$/, ' and $1')}.`;
    out.push({
      rel: 'approved-class-use',
      truth: [s(truthLast)],
      wrong: [s('aml')],
      basis: `FDA-approved CAR-Ts cover ${[...covered].join(', ')}; none covers AML`,
    });
  }
  return out;
}

/** How a product is made, in sentences: cell source, vector, gene editing. */
function processProse(kb: Knowledge): Prose[] {
  const out: Prose[] = [];
  for (const p of kb.byType('product').sort((a, b) => a.id.localeCompare(b.id))) {
    const d = p.design;
    if (!d || d.unverified) continue;
    const ns = names(p);
    const n = ns[0]!;
    if (d.origin === 'autologous' || d.origin === 'allogeneic') {
      const s = (auto: boolean) =>
        auto
          ? [`${n} is made from the patient's own cells.`, `${n} is an autologous therapy.`]
          : [`${n} is made from cells of a healthy donor.`, `${n} is an allogeneic, off-the-shelf therapy.`];
      out.push({
        rel: 'process',
        truth: s(d.origin === 'autologous'),
        wrong: s(d.origin !== 'autologous'),
        basis: `${p.name}: ${d.origin}`,
      });
    }
    if (d.vector === 'lentiviral' || d.vector === 'gamma-retroviral') {
      const s = (v: string) => [
        `To make ${at(ns, 1)}, T cells are modified with a ${v} vector.`,
        `${n} uses a ${v} vector to deliver the CAR gene.`,
      ];
      out.push({
        rel: 'process',
        truth: s(d.vector),
        wrong: s(d.vector === 'lentiviral' ? 'gamma-retroviral' : 'lentiviral'),
        basis: `${p.name}: ${d.vector} vector`,
      });
    }
    if (typeof d.geneEdited === 'boolean') {
      const s = (edited: boolean) =>
        edited
          ? [`${n} is made with gene editing.`, `The cells in ${n} are edited with CRISPR.`]
          : [`${n} does not use gene editing.`, `The cells in ${n} are not gene-edited.`];
      out.push({
        rel: 'process',
        truth: s(d.geneEdited),
        wrong: s(!d.geneEdited),
        basis: `${p.name}: geneEdited ${d.geneEdited}`,
      });
    }
  }
  return out;
}

/**
 * Approvals by regulators other than the FDA. A recorded one is true; one not recorded is not decidable where the
 * knowledge base does not declare that regulator complete, so it stays clean (Kymriah in the EU, Yescarta in Japan,
 * true outside the record). "FDA-approved" for a product approved only elsewhere is false (FDA approvals complete), and
 * an NMPA approval dated before the first one on record is false (NMPA first approvals are on record).
 */
function regulatorProse(kb: Knowledge): Prose[] {
  const out: Prose[] = [];
  const places: Record<string, string[]> = {
    NMPA: ["China's NMPA", 'Chinese regulators', 'the National Medical Products Administration'],
    EMA: ['the European Commission', 'EU regulators'],
  };
  const products = kb.byType('product').sort((a, b) => a.id.localeCompare(b.id));
  products.forEach((p, k) => {
    const n = names(p)[0]!;
    const fdaDecidable = !!p.modality && kb.completeFdaModalities.has(p.modality);
    const hasFda = fdaApprovals(kb, p).length > 0;
    for (const reg of ['NMPA', 'EMA']) {
      const a = (p.approvals ?? [])
        .filter((x) => x.regulator === reg && !x.unverified && x.date)
        .sort((x, y) => x.date!.localeCompare(y.date!))[0];
      if (!a) continue;
      const y = Number(a.date!.slice(0, 4));
      const ind = shortName(kb.entities.get(a.indication)!);
      const who = at(places[reg]!, k);
      out.push({
        rel: 'regulator',
        truth: [
          `${cap(who)} approved ${n} for ${ind} in ${y}.`,
          `${n} was approved in ${reg === 'NMPA' ? 'China' : 'the EU'} in ${y}.`,
        ],
        wrong: [
          ...(reg === 'NMPA' ? [`${cap(who)} approved ${n} for ${ind} in ${y - 2}.`] : []),
          ...(fdaDecidable && !hasFda
            ? [`The FDA approved ${n} for ${ind} in ${y}.`, `${n} is FDA-approved for ${ind}.`]
            : []),
        ],
        basis: `${p.name}: ${reg} approval ${a.date} for ${a.indication}${fdaDecidable && !hasFda ? '; no FDA approval (FDA approvals complete)' : ''}`,
      });
    }
  });
  // Approvals outside the record, by regulators the knowledge base does not declare complete: not judged.
  // The CAR-Ts the FDA approved by 2021 were all approved in the EU too, so the sentences are true, only unrecorded.
  const unrecorded = products.filter(
    (p) =>
      p.modality === 'car-t' &&
      fdaApprovals(kb, p).some((a) => a.date! < '2022') &&
      !(p.approvals ?? []).some((a) => a.regulator === 'EMA'),
  );
  unrecorded.forEach((p, k) => {
    const n = names(p)[0]!;
    out.push({
      rel: 'regulator',
      truth: [
        `${n} is also approved in the European Union.`,
        `${cap(at(['the European Commission has', 'EU regulators have'], k))} also approved ${n}.`,
      ],
      wrong: [],
      basis: `${p.name}: approvals outside the FDA are not complete in the knowledge base, so an unrecorded one is not judged`,
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Headings that carry the relation: a title states the value ("BCMA-directed CAR-Ts", "FDA approvals in 2021") and
// the bullets or rows under it only name products. A flag case lists one product the heading is false of.

const HEADING_TITLES: Partial<Record<Rel, (value: string, i: number) => string>> = {
  target: (v, i) =>
    at(
      [
        `## ${v}-directed cell therapies`,
        `### Targeting ${v}`,
        `**${v}-targeted products**`,
        `${v}-targeted therapies:`,
      ],
      i,
    ),
  origin: (v, i) =>
    at(
      v === 'autologous'
        ? [
            '## Autologous products',
            "### Made from the patient's own cells",
            '**Autologous therapies**',
            'Autologous (patient-derived):',
          ]
        : [
            '## Allogeneic products',
            '### Made from donor cells',
            '**Allogeneic therapies**',
            'Allogeneic (donor-derived):',
          ],
      i,
    ),
  vector: (v, i) =>
    at([`## ${cap(v)} vector products`, `### Made with a ${v} vector`, `**${cap(v)} transduction**`], i),
  costim: (v, i) =>
    at([`## CAR-Ts with a ${v} costimulatory domain`, `### ${v}-costimulated CARs`, `**${v} costimulation**`], i),
  approved: (_v, i) =>
    at(
      [
        '## FDA-approved cell therapies',
        '### Approved by the FDA',
        '**Currently FDA-approved**',
        'FDA-approved products:',
      ],
      i,
    ),
};

function headingCases(facts: Fact[]): Case[] {
  const cases: Case[] = [];
  const byRel = new Map<Rel, Fact[]>();
  for (const f of facts) if (HEADING_TITLES[f.rel]) byRel.set(f.rel, [...(byRel.get(f.rel) ?? []), f]);
  let k = 0;
  for (const [rel, list] of byRel) {
    const key = (f: Fact) => (rel === 'approved' ? String(f.truth.yes) : f.truth.text!);
    const values = [...new Set(list.map(key))].filter((v) => v !== 'false');
    for (const value of values) {
      const members = list.filter((f) => key(f) === value);
      // Only a product whose own record contradicts the heading can be the false line (a dual target would not be).
      const outsiders = pick(
        list.filter((f) => key(f) !== value && !(f.truth.text ?? '').includes(value)),
        value.length,
        6,
      );
      for (const wrong of outsiders) {
        k++;
        const shown = [at(members, k), at(members, k + 1)].filter((x, xi, a) => a.indexOf(x) === xi);
        const title = HEADING_TITLES[rel]!(rel === 'approved' ? '' : value, k);
        const line = (f: Fact, n: number) => {
          const name = at(names(f.product), k + n);
          return k % 3 === 1 ? `${n + 1}. ${name}` : k % 3 === 2 ? `• ${name}` : `- ${name}`;
        };
        const render = (withWrong: boolean) => {
          const items = withWrong ? [...shown.slice(0, 1), wrong, ...shown.slice(1)] : shown;
          return [title, '', ...items.map(line)].join('\n');
        };
        const basis = `${wrong.basis}; heading states ${rel} ${rel === 'approved' ? 'FDA-approved' : value}`;
        push(
          cases,
          'heading',
          { ...wrong, basis: `${members.map((m) => m.product.name).join(', ')}: ${rel} ${value}` },
          'clean',
          render(false),
        );
        push(cases, 'heading', { ...wrong, basis }, 'flag', render(true));
      }
    }
  }
  return cases;
}

/**
 * A period in the caption or title: "FDA approvals in 2021" above products and the indication each was approved for
 * that year. A product with no FDA approval in that year is false under it (FDA approvals are complete).
 */
function periodCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const products = kb
    .byType('product')
    .filter((p) => fdaApprovals(kb, p).length)
    .sort((a, b) => a.id.localeCompare(b.id));
  const approvals = products.flatMap((p) => fdaApprovals(kb, p).map((a) => ({ p, a, y: Number(a.date!.slice(0, 4)) })));
  const years = [...new Set(approvals.map((x) => x.y))].sort();
  let k = 0;
  for (const y of years) {
    const inYear = approvals.filter((x) => x.y === y);
    const others = products.filter((p) => !inYear.some((x) => x.p === p));
    for (const wrongP of others) {
      k++;
      const wrongA = fdaApprovals(kb, wrongP)[0]!;
      const shown = [at(inYear, k), at(inYear, k + 1)].filter((x, xi, a) => a.indexOf(x) === xi);
      const f = {
        rel: 'period',
        basis: `${wrongP.name}: FDA approvals ${fdaApprovals(kb, wrongP)
          .map((a) => a.date)
          .join(', ')}, none in ${y}`,
      };
      const clean = {
        ...f,
        basis: `FDA approvals in ${y}: ${inYear.map((x) => `${x.p.name} (${x.a.indication})`).join(', ')}`,
      };
      const ind = (id: string, n: number) => indName(kb, id, k + n);
      const rows = (withWrong: boolean) => {
        const items = shown.map((x) => ({ p: x.p, ind: x.a.indication }));
        if (withWrong) items.splice(1, 0, { p: wrongP, ind: wrongA.indication });
        return items;
      };
      const table = (withWrong: boolean) =>
        [
          at(
            [
              `Table 1. FDA approvals in ${y}`,
              `**New FDA approvals, ${y}**`,
              `### ${y}: approvals by the FDA`,
              `*Cell therapies approved by the FDA during ${y}*`,
            ],
            k,
          ),
          '',
          row(['Product', at(['Indication', 'Approved for', 'Indication approved'], k)]),
          rule(2),
          ...rows(withWrong).map((x, n) => row([at(names(x.p), k + n), ind(x.ind, n)])),
        ].join('\n');
      const slide = (withWrong: boolean) =>
        [
          at([`## ${y} FDA approvals`, `# What the FDA approved in ${y}`, `### Approvals in ${y} (FDA)`], k),
          '',
          ...rows(withWrong).map(
            (x, n) => `- ${at(names(x.p), k + n)}${at([' — ', ': ', ' for '], k)}${ind(x.ind, n)}`,
          ),
        ].join('\n');
      push(cases, 'caption', clean, 'clean', table(false));
      push(cases, 'caption', f, 'flag', table(true));
      push(cases, 'heading', clean, 'clean', slide(false));
      push(cases, 'heading', f, 'flag', slide(true));
    }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------------------------
// Several facts in one cell ("CD19 · 4-1BB · lentiviral · autologous"), and one row per approval.

const COMBINED: Rel[] = ['target', 'costim', 'vector', 'origin'];

function combinedCases(kb: Knowledge, facts: Fact[]): Case[] {
  const cases: Case[] = [];
  const headers = [
    'Design',
    'Construct',
    'Key features',
    'CAR design',
    'Profile',
    'Characteristics',
    'Summary',
    'At a glance',
  ];
  const seps = [' · ', ', ', ' / ', '; '];
  const byProduct = new Map<string, Fact[]>();
  for (const f of facts)
    if (COMBINED.includes(f.rel) && !byProduct.get(f.product.id)?.some((x) => x.rel === f.rel))
      byProduct.set(f.product.id, [...(byProduct.get(f.product.id) ?? []), f]);
  let k = 0;
  for (const list of byProduct.values()) {
    if (list.length < 3) continue;
    const p = list[0]!.product;
    for (const f of list) {
      if (!f.wrong) continue;
      for (let i = 0; i < 2; i++) {
        k++;
        const parts = (wrong: boolean) =>
          list.map((x) => cell(kb, x.rel, x === f && wrong ? f.wrong! : x.truth, k + COMBINED.indexOf(x.rel)));
        const render = (wrong: boolean) =>
          i === 0
            ? [row(['Product', at(headers, k)]), rule(2), row([at(names(p), k), parts(wrong).join(at(seps, k))])].join(
                '\n',
              )
            : [`## ${at(names(p), k)}`, '', `- ${parts(wrong).join(at(seps, k + 1))}`].join('\n');
        push(cases, 'combined', f, 'clean', render(false));
        push(cases, 'combined', f, 'flag', render(true));
      }
    }
  }
  return cases;
}

/**
 * One row or bullet per FDA approval: indication and year. A flag case gives one indication a year in which the
 * product had no FDA approval for it (often the year of its other indication).
 */
function indicationYearCases(kb: Knowledge): Case[] {
  const cases: Case[] = [];
  const products = kb
    .byType('product')
    .filter((p) => fdaApprovals(kb, p).length)
    .sort((a, b) => a.id.localeCompare(b.id));
  let k = 0;
  for (const p of products) {
    const rows = [
      ...new Map(
        fdaApprovals(kb, p)
          .sort((a, b) => a.date!.localeCompare(b.date!))
          .map((a) => [
            `${a.indication}/${a.date!.slice(0, 4)}`,
            { ind: a.indication, y: Number(a.date!.slice(0, 4)) },
          ]),
      ).values(),
    ];
    const yearsOf = (ind: string) => new Set(rows.filter((r) => r.ind === ind).map((r) => r.y));
    const allYears = [...new Set(rows.map((r) => r.y))];
    rows.forEach((r, ri) => {
      k++;
      const wrongY = [...allYears, r.y - 2, r.y + 2].find((y) => !yearsOf(r.ind).has(y))!;
      const basis = `${p.name}: FDA approvals ${rows.map((x) => `${x.ind} ${x.y}`).join(', ')}`;
      const f = { rel: 'indication-year', basis };
      const render = (wrong: boolean, shape: number) => {
        const shown = rows.map((x, xi) => ({ ...x, y: wrong && xi === ri ? wrongY : x.y }));
        if (shape === 0)
          return [
            row([
              'Product',
              at(['Indication', 'Approved for', 'Disease'], k),
              at(['FDA approval', 'Year', 'Approved'], k),
            ]),
            rule(3),
            ...shown.map((x, xi) =>
              row([xi === 0 || k % 2 ? at(names(p), k) : '', indName(kb, x.ind, k + xi), String(x.y)]),
            ),
          ].join('\n');
        return [
          at(
            [`## ${at(names(p), k)}: approvals`, `### ${at(names(p), k)} — FDA timeline`, `**${at(names(p), k)}**`],
            k,
          ),
          '',
          ...shown.map((x, xi) =>
            at(
              [
                `- ${x.y}: ${indName(kb, x.ind, k + xi)}`,
                `- ${indName(kb, x.ind, k + xi)} (${x.y})`,
                `- Approved ${x.y} for ${indName(kb, x.ind, k + xi)}`,
              ],
              k,
            ),
          ),
        ].join('\n');
      };
      push(cases, 'table', f, 'clean', render(false, 0));
      push(cases, 'table', f, 'flag', render(true, 0));
      push(cases, 'slide', f, 'clean', render(false, 1));
      push(cases, 'slide', f, 'flag', render(true, 1));
    });
  }
  return cases;
}
