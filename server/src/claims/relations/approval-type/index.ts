import type { Entity, Approval } from '../../../kb/types';
import { isYear } from '../../../util/text';
import { label, regulatorOf, uniqueSources } from '../../knowledge';
import { lexicon } from '../../lexicon';
import { findPhrase, type Word } from '../../words';
import type { Relation } from '../types';
import { ownFirstApproval } from '../../qualifiers';

// "Tecartus received accelerated approval for B-cell ALL": the type of an FDA approval (accelerated or regular, as
// recorded at the time of approval). "Full approval" is judged only for an approval dated in the year the clause
// names: an accelerated approval may have been converted since, and the record of conversions is not complete.

const ACCELERATED = lexicon('accelerated-approval-cues');
const REGULAR = lexicon('regular-approval-cues');
const CUE_TEXT = /accelerated|full|regular|traditional/i;

const relation: Relation = {
  meta: {
    id: 'approval-type',
    description: 'Accelerated vs regular FDA approval of a product, against the type recorded for each approval.',
    messages: {
      otherType: '{{product}} received {{recorded}} approval{{scope}}, not {{claimed}} approval.',
    },
    regulated: true,
  },
  applies: (text, mentions) => mentions.some((m) => m.entity.type === 'product') && CUE_TEXT.test(text),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const view = withoutGlosses(words, clause.from, clause.to);
      const accelerated = findPhrase(view, ACCELERATED);
      const regular = findPhrase(view, REGULAR);
      const cue = accelerated ?? regular;
      if (!cue || (accelerated && regular) || sentence.negatedAt(words.indexOf(view[cue.at]!))) continue;
      const claimed = accelerated ? 'accelerated' : 'regular';
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      const products = [...new Set(mentions.filter((m) => m.entity.type === 'product').map((m) => m.entity))];
      if (products.length !== 1) continue;
      // Another regulator's approval is not judged by the FDA's record.
      if (mentions.some((m) => (regulatorOf(m.entity) ?? 'FDA') !== 'FDA')) continue;
      const diseases = mentions.filter((m) => m.entity.type === 'indication').map((m) => m.entity.id);
      const years = words
        .slice(clause.from, clause.to)
        .filter((w) => isYear(w.lower))
        .map((w) => w.lower);
      // "Tecelra was first approved with regular approval": the kind of the earliest approval, which stays as it was.
      const first =
        ownFirstApproval(
          view,
          (at) => sentence.mentions.find((m) => m.from === at && m.entity.type === 'product')?.to,
        ) !== undefined;
      if (claimed === 'regular' && years.length === 0 && !first) continue;
      const product = products[0]!;
      const earliest = fdaApprovals(product).reduce<string | undefined>(
        (date, a) => (date === undefined || a.date < date ? a.date : date),
        undefined,
      );
      const approvals = fdaApprovals(product).filter(
        (a) =>
          (!first || a.date === earliest) &&
          // "its approval in ALL": a named disease means the approvals for it, for a kind of it (B-ALL) or for a
          // disease it is a kind of.
          (diseases.length === 0 || diseases.some((d) => index.isA(a.indication, d) || index.isA(d, a.indication))) &&
          (years.length === 0 || years.includes(a.date.slice(0, 4))),
      );
      // Every approval the clause can mean has a recorded type, and none is the one claimed.
      if (!approvals.length || approvals.some((a) => !a.approvalType || a.unverified || a.approvalType === claimed))
        continue;
      const recorded = approvals[0]!.approvalType!;
      const scope =
        approvals.length === 1
          ? ` for ${indicationName(index, approvals[0]!)} (${approvals[0]!.date.slice(0, 4)})`
          : '';
      report({
        messageId: 'otherType',
        data: { product: label(index, product), recorded, claimed, scope },
        sources: uniqueSources(...approvals.map((a) => a.sources)),
      });
    }
  },
};
export default relation;

// A gloss of up to this many words in parentheses inside a phrase: "regular (full) approval".
const MAX_GLOSS = 3;

/** The clause's words without short parenthetical glosses between two words, so a cue split by one still matches. */
function withoutGlosses(words: readonly Word[], from: number, to: number): Word[] {
  const kept: Word[] = [];
  for (let i = from; i < to; i++) {
    if (words[i]!.lower === '(' && i > from) {
      let close = i + 1;
      while (close < to && close - i <= MAX_GLOSS + 1 && words[close]!.lower !== ')') close++;
      if (words[close]?.lower === ')' && close + 1 < to && !words[close + 1]!.punct) {
        i = close;
        continue;
      }
    }
    kept.push(words[i]!);
  }
  return kept;
}

const fdaApprovals = (product: Entity): Approval[] => (product.approvals ?? []).filter((a) => a.regulator === 'FDA');

function indicationName(index: Parameters<typeof label>[0], approval: Approval): string {
  const entity = index.entity(approval.indication);
  return entity ? label(index, entity) : approval.indication;
}
