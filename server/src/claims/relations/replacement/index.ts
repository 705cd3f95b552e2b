import type { Entity } from '../../../kb/types';
import { uniqueSources } from '../../knowledge';
import { lexicon, lexiconWords } from '../../lexicon';
import type { Mention } from '../../sentence';
import { findPhrase } from '../../words';
import type { Relation } from '../types';

// "ICANS replaced CRES in 2019", "CARTOX-10 was superseded by the ICE score", "CRES is the older term that ICANS
// replaced": which of two terms replaced the other, against the outdated one's recorded replacement.

const VERBS = lexicon('replacement-verbs');
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are']);
const RELATIVES = lexiconWords('relative-pronouns');
const CUE = /replac|supersed|supplant|succeed/i;
// Terms with a recorded successor, or a successor of one.
const replaced = (e: Entity) => e.deprecated?.replacedBy;

const relation: Relation = {
  meta: {
    id: 'replacement',
    description:
      'Which of two terms replaced the other ("ICANS replaced CRES"), against the outdated term\'s recorded replacement.',
    messages: {
      reversed: '{{newer}} replaced {{older}} ({{by}}), not the other way round.',
      denied: '{{newer}} did replace {{older}} ({{by}}).',
    },
  },
  applies: (text, mentions) => CUE.test(text) && mentions.some((m) => replaced(m.entity)),
  check({ sentence, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const verb = findPhrase(words, VERBS, clause.from, clause.to);
      if (!verb) continue;
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      const before = mentions.filter((m) => m.to <= verb.at);
      const after = mentions.filter((m) => m.from >= verb.at + verb.length);
      const claim = claimed(words, verb, before, after);
      if (!claim) continue;
      const [newer, older] = claim;
      if (newer.entity === older.entity) continue;
      const negated = sentence.negatedAt(verb.at);
      const truth = replaced(older.entity) === newer.entity.id;
      const reversedTruth = replaced(newer.entity) === older.entity.id;
      // Only a pair the knowledge base links is judged.
      if (!truth && !reversedTruth) continue;
      if (truth !== negated) continue;
      const [actualNewer, actualOlder] = truth ? [newer.entity, older.entity] : [older.entity, newer.entity];
      const deprecation = actualOlder.deprecated!;
      // An unverified deprecation never flags.
      if (deprecation.unverified) continue;
      report({
        messageId: negated ? 'denied' : 'reversed',
        data: { newer: shortName(actualNewer), older: shortName(actualOlder), by: deprecation.by ?? 'on record' },
        sources: uniqueSources(deprecation.sources),
        correction: `${shortName(actualNewer)} replaced ${shortName(actualOlder)} (${deprecation.by ?? 'on record'}).`,
      });
    }
  },
};
export default relation;

/**
 * The claimed [newer, older] pair around a replacement verb: "A replaced B"; "B was replaced by A"; "B was replaced
 * with A" and "B, a term the consensus replaced with A"; "A, which B replaced" and "A is the older term that B replaced" (the verb's object is the relative clause's antecedent).
 */
function claimed(
  words: readonly { lower: string }[],
  verb: { at: number; length: number },
  before: readonly Mention[],
  after: readonly Mention[],
): [Mention, Mention] | undefined {
  const subject = before.at(-1);
  // "replaced B with A", "B was replaced with A", "B, a term the consensus replaced with A": the object of "with" is the
  // newer term; the verb's object is the older, after the verb or, where the object is gapped, the subject before it.
  const replacement = after.find(
    (m) =>
      words[m.from - 1]?.lower === 'with' ||
      (words[m.from - 1]?.lower === 'the' && words[m.from - 2]?.lower === 'with'),
  );
  if (replacement) {
    const older = after.find((m) => m.from < replacement.from) ?? subject;
    return older ? [replacement, older] : undefined;
  }
  if (!subject) return undefined;
  // "B was replaced by A", and the participle of "B, replaced by A in 2019" or "B, replaced in 2019 by A": a past
  // participle whose first term after it is the object of "by" is passive, with an adjunct between them or none.
  const agentFirst = after[0] !== undefined && byBefore(words, after[0].from);
  const passive =
    PASSIVE.has(words[verb.at - 1]?.lower ?? '') ||
    words[verb.at + verb.length]?.lower === 'by' ||
    (agentFirst && /ed$/.test(words[verb.at + verb.length - 1]?.lower ?? ''));
  if (passive) {
    // "B was replaced by A"
    const agent = after.find((m) => byBefore(words, m.from));
    return agent ? [agent, subject] : undefined;
  }
  const object = after[0];
  if (object) return [subject, object];
  // "A is the older term that B replaced": B right after the relative pronoun, A before it.
  const antecedent = before.at(-2);
  if (antecedent && RELATIVES.has(words[subject.from - 1]?.lower ?? '')) return [subject, antecedent];
  if (antecedent && RELATIVES.has(words[subject.from - 2]?.lower ?? '') && words[subject.from - 1]?.lower === 'the')
    return [subject, antecedent];
  return undefined;
}

/** Whether "by" (or "by the") comes right before the word at `at`. */
const byBefore = (words: readonly { lower: string }[], at: number) =>
  words[at - 1]?.lower === 'by' || (words[at - 1]?.lower === 'the' && words[at - 2]?.lower === 'by');

/** The term as writers abbreviate it: its abbreviation alias, else its name. */
function shortName(entity: Entity): string {
  return (
    entity.aliases.find((a) => a.kind === 'abbreviation')?.text ??
    entity.aliases.find((a) => a.kind === 'deprecated' && a.case === 'exact')?.text ??
    entity.name
  );
}
