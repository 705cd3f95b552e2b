import type { KnowledgeIndex } from '../../../kb/index';
import type { Entity } from '../../../kb/types';
import { isYear } from '../../../util/text';
import { capitalize, label, shortName } from '../../knowledge';
import { lexicon } from '../../lexicon';
import { findAllPhrases, findPhrase } from '../../words';
import { wordClass } from '../../word-classes';
import type { ClaimSentence } from '../../sentence';
import type { Relation, RelationContext } from '../types';

// "IEC-HS was defined by EHA and EBMT in 2023": the bodies (and year) said to have defined a syndrome or grading
// system, against the consensus the knowledge base records. The bodies judged are those of its records (ASTCT, EHA,
// EBMT …), written in capitals; a clause is judged only when it names none of the entity's own bodies.

const ORIGIN = lexicon('definition-origin-cues');
// The class of defining in the active: "the EHA/EBMT consensus that defined IEC-HS", "the ASTCT defined ICANS".
const DEFINING = lexicon('defining-verbs');
const PASSIVE_AUXILIARIES = new Set(wordClass('be-have-auxiliaries'));
const RELATIVES = new Set(wordClass('relatives-that-which'));
const ARTICLES = new Set(wordClass('articles'));
// Words a body's name may take before a relative pronoun: "the EHA/EBMT consensus that …".
const RELATIVE_REACH = 5;
const USE = lexicon('grading-use-cues');
const GRADED_AS = ['graded as'];
// What follows "graded" in a use cue: "graded according to" → "according to".
const USE_TAILS = USE.filter((p) => p.startsWith('graded ')).map((p) => p.slice('graded '.length));
const CUE_TEXT =
  /defin|develop|introduc|propos|establish|creat|issued|coin|set out|graded|c[oa]mes? from|originates|stems/i;

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
      otherSyndrome: 'The {{scale}} grades {{graded}}, not {{claimed}}.',
    },
  },
  applies: (text, mentions) => mentions.some((m) => m.entity.definedBy !== undefined) && CUE_TEXT.test(text),
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
      const use = findPhrase(words, USE, clause.from, clause.to);
      const cue = origin ?? use ?? gradedAs(clauseIndex, clause);
      if (!cue) {
        activeDefinition(sentence, index, clause, known, report);
        continue;
      }
      if (sentence.negatedAt(cue.at)) continue;
      if (!origin && use) judgeScaleUse(index, sentence, clauseIndex, use, report);
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
      judgeYear(sentence, clause, fact, data, report);
    }
  },
};
export default relation;

/**
 * "CRS was graded with the ICE score": a score that sets one syndrome's grade (gradeRanges), said to grade another
 * syndrome. The one syndrome before the cue is judged; one the score's syndrome is a kind of, or a kind of it
 * ("neurotoxicity" for ICANS), is not another.
 */
function judgeScaleUse(
  index: KnowledgeIndex,
  sentence: ClaimSentence,
  clauseIndex: number,
  cue: { at: number; length: number },
  report: RelationContext['report'],
): void {
  const inClause = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
  const syndromes = [
    ...new Set(inClause.filter((m) => m.to <= cue.at && m.entity.type === 'syndrome').map((m) => m.entity)),
  ];
  const scales = [
    ...new Set(
      inClause.filter((m) => m.from >= cue.at + cue.length && m.entity.type === 'grading').map((m) => m.entity),
    ),
  ];
  if (syndromes.length !== 1 || scales.length !== 1) return;
  const [syndrome, scale] = [syndromes[0]!, scales[0]!];
  const ranges = scale.gradeRanges;
  if (!ranges || ranges.unverified) return;
  if (index.isA(syndrome.id, ranges.syndrome) || index.isA(ranges.syndrome, syndrome.id)) return;
  const graded = index.entity(ranges.syndrome);
  if (!graded) return;
  report({
    messageId: 'otherSyndrome',
    data: {
      scale: label(index, scale).replace(/ \(.*\)$/, ''),
      graded: shortName(index, graded.id),
      claimed: shortName(index, syndrome.id),
    },
    sources: ranges.sources,
  });
}

/**
 * "The EHA/EBMT consensus that defined IEC-HS", "the ASTCT defined ICAHT in 2023": a verb of the class of defining in
 * the active (no auxiliary before it, no "by" after it), the entity right after it (past an article or "term"), and
 * the bodies its subject names: the words of the clause before the verb, or, when a relative pronoun opens it, the few
 * words before the pronoun. Judged as the passive is: bodies none of which is the entity's own, or one of its own with
 * a single other year in the clause.
 */
function activeDefinition(
  sentence: ClaimSentence,
  index: KnowledgeIndex,
  clause: { from: number; to: number },
  known: ReadonlySet<string>,
  report: RelationContext['report'],
): void {
  const { words } = sentence;
  for (const verb of findAllPhrases(words, DEFINING, clause.from, clause.to)) {
    const before = words[verb.at - 1]?.lower ?? '';
    const after = verb.at + verb.length;
    if (PASSIVE_AUXILIARIES.has(before) || words[after]?.lower === 'by' || sentence.negatedAt(verb.at)) continue;
    let k = after;
    while (k < clause.to && (ARTICLES.has(words[k]!.lower) || words[k]!.lower === 'term')) k++;
    const defined = sentence.mentions.find((m) => m.from === k && !m.mark && m.entity.definedBy);
    if (!defined) continue;
    const fact = defined.entity.definedBy!;
    if (fact.unverified) continue;
    const relative = RELATIVES.has(before) && verb.at - 1 <= clause.from + 1;
    const subject = relative
      ? words.slice(Math.max(0, verb.at - 1 - RELATIVE_REACH), verb.at - 1)
      : words.slice(clause.from, verb.at);
    const claimed = [...new Set(subject.filter((w) => known.has(w.text)).map((w) => w.text))];
    if (!claimed.length) continue;
    const data = {
      entity: capitalize(label(index, defined.entity)),
      bodies: fact.bodies.join('/'),
      year: fact.year,
    };
    if (!claimed.some((b) => fact.bodies.includes(b))) {
      report({ messageId: 'otherBody', data: { ...data, claimed: claimed.join('/') }, sources: fact.sources });
      return;
    }
    judgeYear(sentence, clause, fact, data, report);
    return;
  }
}

/** A single year in the clause other than the definition's (a year in a name, "ASTCT 2019", is the name's). */
function judgeYear(
  sentence: ClaimSentence,
  clause: { from: number; to: number },
  fact: NonNullable<Entity['definedBy']>,
  data: Record<string, string>,
  report: RelationContext['report'],
): void {
  const years: string[] = [];
  for (let i = clause.from; i < clause.to; i++)
    if (isYear(sentence.words[i]!.lower) && !sentence.mentions.some((m) => m.from <= i && i < m.to))
      years.push(sentence.words[i]!.lower);
  if (years.length === 1 && years[0] !== fact.year)
    report({ messageId: 'otherYear', data: { ...data, claimed: years[0]! }, sources: fact.sources });
}

function definesOther(index: KnowledgeIndex, entity: Entity, body: string): boolean {
  for (const e of index.entities())
    if (e !== entity && e.definedBy && !e.definedBy.unverified && e.definedBy.bodies.includes(body)) return true;
  return false;
}
