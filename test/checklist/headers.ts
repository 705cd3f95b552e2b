// Table headers as writers word them, not as a list of names: a small noun phrase whose head names the fact and
// whose modifiers qualify it ("Antigen targeted", "Year first licensed in the US", "Who the FDA approved it for").
// Each fact of each approved product is written in a two-row table (a neighbour's true row above) under several such
// headers; the false row must be flagged, its true twin stay clean. Precision: the same false row under a header that
// names a stage of research or a word the engine cannot read, or about an unknown product, stays clean.
import type { Case, Expect } from './generate';
import type { Entity, Knowledge } from './knowledge';
import { displayName } from './knowledge';
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
