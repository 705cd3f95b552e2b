import type { Approval, Entity, Regulator } from '../../../kb/types';
import type { KnowledgeIndex } from '../../../kb/index';
import {
  approvalsComplete,
  firstApprovalsRecorded,
  isCondition,
  monthYear,
  regulatorOf,
  shortName,
  uniqueSources,
} from '../../knowledge';
import { lexicon } from '../../lexicon';
import { countryRegulatorSpanAt, qualifiersOf } from '../../qualifiers';
import type { ClaimSentence } from '../../sentence';
import type { Clause } from '../../clauses';
import { phraseStartingAt } from '../../words';
import type { Relation } from '../types';

// "Yescarta was first approved by China's NMPA": which regulator approved a product first, against the dates of its
// recorded approvals. Judged only where the claimed regulator's first approval of the product is known (its
// approvals complete, or its first approvals recorded) and another regulator's recorded approval came earlier. A date
// or a disease in the clause makes "first" ambiguous ("first approved in China in 2021" is China's first approval),
// so it is not judged.

const APPROVAL = lexicon('approval-cues');
const LINKS = lexicon('place-links');
const HEADS = lexicon('first-regulator-heads');
const CUE_TEXT = /\bfirst\b/i;

const relation: Relation = {
  meta: {
    id: 'first-regulator',
    description:
      'Which regulator approved a product first ("Yescarta was first approved in China"), against the dates of its recorded approvals.',
    messages: {
      otherFirst:
        '{{product}} was first approved by the {{first}} ({{firstDate}}); the {{claimed}} approved it {{claimedDate}}.',
    },
  },
  applies: (text, mentions) => mentions.some((m) => m.entity.type === 'product') && CUE_TEXT.test(text),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      const products = mentions.filter((m) => m.entity.type === 'product');
      if (products.length !== 1 || mentions.some((m) => isCondition(m.entity))) continue;
      const q = qualifiersOf(sentence, clause);
      if (q.dates.length || q.since) continue;
      const subject = products[0]!;
      for (let i = clause.from; i + 1 < clause.to; i++) {
        if (words[i]!.lower !== 'first' || words[i + 1]!.hyphenBefore) continue;
        const claimed = i > subject.from ? firstApproved(sentence, i, clause.to) : firstToApprove(sentence, i, clause);
        if (!claimed) continue;
        const verdict = judge(index, subject.entity, claimed);
        if (verdict) report(verdict);
        break;
      }
    }
  },
};
export default relation;

/** "[Yescarta was] first approved by China's NMPA": the regulator after "first" and an approval word. */
function firstApproved(sentence: ClaimSentence, first: number, to: number): Regulator | undefined {
  const approval = phraseStartingAt(sentence.words, first + 1, APPROVAL);
  if (!approval || sentence.negatedAt(first + 1)) return undefined;
  return regulatorAfter(sentence, first + 1 + approval.length, to);
}

/** "China's NMPA was the first regulator to approve [Yescarta]": the one regulator before "first". */
function firstToApprove(sentence: ClaimSentence, first: number, clause: Clause): Regulator | undefined {
  const { words } = sentence;
  const head = phraseStartingAt(words, first + 1, HEADS);
  const to = head ? first + 1 + head.length : -1;
  if (!head || words[to]?.lower !== 'to' || !phraseStartingAt(words, to + 1, APPROVAL)) return undefined;
  if (sentence.negatedAt(to + 1)) return undefined;
  const found = new Set<Regulator>();
  for (let k = clause.from; k < first; k++) {
    const mention = sentence.mentions.find((m) => m.from === k);
    const regulator = mention ? regulatorOf(mention.entity) : countryRegulatorSpanAt(words, k)?.regulator;
    if (regulator) found.add(regulator);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The regulator named right after the approval word: "by the FDA", "in China", "by China's NMPA". */
function regulatorAfter(sentence: ClaimSentence, from: number, to: number): Regulator | undefined {
  let k = from;
  for (
    let link = phraseStartingAt(sentence.words, k, LINKS);
    link && k < to;
    link = phraseStartingAt(sentence.words, k, LINKS)
  )
    k += link.length;
  if (k >= to) return undefined;
  const mention = sentence.mentions.find((m) => m.from === k);
  if (mention) return regulatorOf(mention.entity);
  return countryRegulatorSpanAt(sentence.words, k)?.regulator;
}

function judge(index: KnowledgeIndex, product: Entity, claimed: Regulator) {
  const approvals = (product.approvals ?? []).filter((a) => !a.unverified);
  if (approvals.length !== (product.approvals ?? []).length) return undefined;
  if (!approvalsComplete(index, product, claimed) && !firstApprovalsRecorded(index, product, claimed)) return undefined;
  const earliest = (list: readonly Approval[]) => [...list].sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  const own = earliest(approvals.filter((a) => a.regulator === claimed));
  const other = earliest(approvals.filter((a) => a.regulator !== claimed));
  // Never approved by the claimed regulator: the approval relations judge that. Dates compare only when one ends
  // before the other begins ("2025-07" against "2025-07-12" does not).
  if (!other || (own && !before(other.date, own.date))) return undefined;
  const name = shortName(index, product.id);
  return {
    messageId: 'otherFirst',
    data: {
      product: name,
      first: other.regulator,
      firstDate: monthYear(other.date),
      claimed,
      claimedDate: own ? `in ${monthYear(own.date)}` : 'not at all',
    },
    sources: uniqueSources(other.sources, own?.sources),
  };
}

/** Whether a (possibly partial) ISO date ends before another begins. */
function before(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) < b.slice(0, length);
}
