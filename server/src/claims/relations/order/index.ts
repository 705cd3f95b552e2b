import type { KnowledgeIndex } from '../../../kb/index';
import type { Approval, Entity, Regulator } from '../../../kb/types';
import { approvalsComplete, firstApprovals, isCondition, label, monthYear, uniqueSources } from '../../knowledge';
import { qualifiersOf } from '../../qualifiers';
import { findPhrase } from '../../words';
import type { Relation } from '../types';

// "Abecma was approved before Kymriah", "Yescarta was FDA-approved after Breyanzi".
const APPROVED = ['approved', 'licensed', 'authorized', 'authorised', 'cleared'];
const ORDER: readonly { phrase: string; before: boolean }[] = [
  { phrase: 'before', before: true },
  { phrase: 'earlier than', before: true },
  { phrase: 'prior to', before: true },
  { phrase: 'ahead of', before: true },
  { phrase: 'after', before: false },
  { phrase: 'later than', before: false },
];
const ORDER_PHRASES = ORDER.map((o) => o.phrase);
const BETWEEN = new Set(['the', 'that', 'of', 'was', 'were', 'had', 'been', 'did']);

// Words without which the relation has nothing to judge (a cheap test before any word-level work).
const CUE_WORDS = /before|after|earlier than|prior to|ahead of|later than/i;
const isProduct = (e: Entity) => e.type === 'product' || e.type === 'drug';

const relation: Relation = {
  meta: {
    id: 'order',
    regulated: true,
    description:
      'Which of two therapies was approved first ("Abecma was approved before Kymriah"), against their first approval dates.',
    messages: {
      approvedBefore:
        '{{first}} was first approved before {{second}}: {{first}} in {{firstDate}}, {{second}} in {{secondDate}}.',
      approvedAfter:
        '{{first}} was first approved after {{second}}: {{first}} in {{firstDate}}, {{second}} in {{secondDate}}.',
    },
  },
  applies: (text, mentions) => mentions.filter((m) => isProduct(m.entity)).length >= 2 && CUE_WORDS.test(text),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const cue = findPhrase(words, APPROVED, clause.from, clause.to);
      if (!cue) continue;
      const order = findPhrase(words, ORDER_PHRASES, cue.at + cue.length, clause.to);
      if (!order) continue;
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      // A named disease makes it a question of that indication's dates: not judged here.
      if (mentions.some((m) => isCondition(m.entity))) continue;
      const subjects = mentions.filter((m) => isProduct(m.entity) && m.to <= cue.at);
      let k = order.at + order.length;
      while (k < clause.to && BETWEEN.has(words[k]!.lower)) k++;
      const other = mentions.find((m) => m.from === k && isProduct(m.entity));
      if (!subjects.length || !other) continue;
      const claimsBefore = ORDER[ORDER_PHRASES.indexOf(order.phrase)]!.before !== sentence.negatedAt(cue.at);
      const regulator = qualifiersOf(sentence, clause).regulator;
      for (const subject of subjects) {
        const dates = comparableFirstApprovals(index, subject.entity, other.entity, regulator);
        if (!dates || dates[0].date === dates[1].date) continue;
        const wasBefore = dates[0].date < dates[1].date;
        if (wasBefore === claimsBefore) continue;
        const [a, b] = [label(index, subject.entity), label(index, other.entity)];
        const when = (approval: Approval) => `${monthYear(approval.date)} (${approval.regulator})`;
        report({
          messageId: wasBefore ? 'approvedBefore' : 'approvedAfter',
          data: { first: a, second: b, firstDate: when(dates[0]), secondDate: when(dates[1]) },
          sources: uniqueSources(dates[0].sources, dates[1].sources),
          correction: `${a} (${monthYear(dates[0].date)}) was approved ${wasBefore ? 'before' : 'after'} ${b} (${monthYear(dates[1].date)}).`,
        });
      }
    }
  },
};
export default relation;

/**
 * Both first approvals by one regulator: the one named, else the FDA when both have one, else any both share; only
 * where the knowledge base declares both products' approvals by it complete, and neither date is unverified.
 */
function comparableFirstApprovals(
  index: KnowledgeIndex,
  a: Entity,
  b: Entity,
  named: Regulator | undefined,
): [Approval, Approval] | undefined {
  const first = (e: Entity, regulator: Regulator) => firstApprovals([e], (x) => x.regulator === regulator)[0]?.approval;
  const regulators: Regulator[] = named ? [named] : ['FDA', ...new Set((a.approvals ?? []).map((x) => x.regulator))];
  for (const regulator of regulators) {
    const [x, y] = [first(a, regulator), first(b, regulator)];
    if (x && y)
      return x.unverified ||
        y.unverified ||
        !approvalsComplete(index, a, regulator) ||
        !approvalsComplete(index, b, regulator)
        ? undefined
        : [x, y];
  }
  return undefined;
}
