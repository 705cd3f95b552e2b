import type { KnowledgeIndex } from '../../../kb/index';
import type { Entity } from '../../../kb/types';
import { isYear } from '../../../util/text';
import { capitalize, label } from '../../knowledge';
import { lexicon } from '../../lexicon';
import { findPhrase } from '../../words';
import type { Relation } from '../types';

// "IEC-HS was defined by EHA and EBMT in 2023": the bodies (and year) said to have defined a syndrome or grading
// system, against the consensus the knowledge base records. The bodies judged are those of its records (ASTCT, EHA,
// EBMT …), written in capitals; a clause is judged only when it names none of the entity's own bodies.

const ORIGIN = lexicon('definition-origin-cues');
const USE = lexicon('grading-use-cues');
const GRADED_AS = ['graded as'];
// What follows "graded" in a use cue: "graded according to" → "according to".
const USE_TAILS = USE.filter((p) => p.startsWith('graded ')).map((p) => p.slice('graded '.length));
const CUE_TEXT =
  /defined|developed|introduced|proposed|established|created|issued|coined|graded|c[oa]mes? from|originates|stems/i;

// Per knowledge base: every body a record names.
const bodiesOf = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();
function knownBodies(index: KnowledgeIndex): ReadonlySet<string> {
  let known = bodiesOf.get(index);
  if (!known) {
    known = new Set([...index.entities()].flatMap((e) => (e.definedBy?.unverified ? [] : (e.definedBy?.bodies ?? []))));
    bodiesOf.set(index, known);
  }
  return known;
}

const relation: Relation = {
  meta: {
    id: 'defined-by',
    description:
      'Who defined a syndrome or grading system, and when ("IEC-HS was defined by the ASTCT in 2023"), against the consensus recorded for it.',
    messages: {
      otherBody: '{{entity}} was defined by {{bodies}} ({{year}}), not {{claimed}}.',
      otherYear: '{{entity}} was defined by {{bodies}} in {{year}}, not {{claimed}}.',
    },
  },
  applies: (text, mentions) => CUE_TEXT.test(text) && mentions.some((m) => m.entity.definedBy !== undefined),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    const known = knownBodies(index);
    /**
     * "Hematotoxicity was graded as ICAHT using the ASTCT consensus": the syndrome named after "graded as", then the
     * rest of a use cue ("using", "according to"). The cue is read as ending after the syndrome.
     */
    const gradedAs = (clauseIndex: number, clause: { from: number; to: number }) => {
      const as = findPhrase(words, GRADED_AS, clause.from, clause.to);
      const named = as && sentence.mentions.find((m) => m.from === as.at + as.length && m.clause === clauseIndex);
      if (!as || !named?.entity.definedBy) return undefined;
      const tail = findPhrase(words, USE_TAILS, named.to, named.to + 1);
      return tail && { at: named.to, length: tail.length };
    };
    for (const clause of assertedClauses()) {
      const origin = findPhrase(words, ORIGIN, clause.from, clause.to);
      const clauseIndex = sentence.clauses.indexOf(clause);
      const cue = origin ?? findPhrase(words, USE, clause.from, clause.to) ?? gradedAs(clauseIndex, clause);
      if (!cue || sentence.negatedAt(cue.at)) continue;
      // The subject: what is defined stands before the participle ("IEC-HS was defined by …", "ICAHT: defined by …").
      const subjects = [
        ...new Set(
          sentence.mentions
            .filter((m) => m.clause === clauseIndex && !m.mark && m.to <= cue.at && m.entity.definedBy)
            .map((m) => m.entity),
        ),
      ];
      if (subjects.length !== 1) continue;
      const entity: Entity = subjects[0]!;
      const fact = entity.definedBy!;
      if (fact.unverified) continue;
      const after = words.slice(cue.at + cue.length, clause.to);
      const claimed = [...new Set(after.filter((w) => known.has(w.text)).map((w) => w.text))];
      const own = claimed.some((b) => fact.bodies.includes(b));
      const data = { entity: capitalize(label(index, entity)), bodies: fact.bodies.join('/'), year: fact.year };
      if (claimed.length && !own) {
        // A grading used may be anyone's: only another syndrome's or scale's consensus is a confusion.
        if (!origin && !claimed.some((b) => definesOther(index, entity, b))) continue;
        report({ messageId: 'otherBody', data: { ...data, claimed: claimed.join('/') }, sources: fact.sources });
        continue;
      }
      if (!origin || !own) continue;
      // A year in a name ("ASTCT 2019") is the name's.
      const years: string[] = [];
      for (let i = clause.from; i < clause.to; i++)
        if (isYear(words[i]!.lower) && !sentence.mentions.some((m) => m.from <= i && i < m.to))
          years.push(words[i]!.lower);
      if (years.length === 1 && years[0] !== fact.year)
        report({ messageId: 'otherYear', data: { ...data, claimed: years[0]! }, sources: fact.sources });
    }
  },
};
export default relation;

function definesOther(index: KnowledgeIndex, entity: Entity, body: string): boolean {
  for (const e of index.entities())
    if (e !== entity && e.definedBy && !e.definedBy.unverified && e.definedBy.bodies.includes(body)) return true;
  return false;
}
