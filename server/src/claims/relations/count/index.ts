import { isYear } from '../../../util/text';
import type { Approval, Entity } from '../../../kb/types';
import {
  anyUnverifiedApproval,
  approvalMatches,
  classProducts,
  firstApprovals,
  isCondition,
  label,
  monthYear,
  uniqueSources,
} from '../../knowledge';
import { monthOf, qualifiersOf } from '../../qualifiers';
import { findPhrase, type Word } from '../../words';
import type { Relation } from '../types';
import { fitting, listWithin } from '../../../util/messages';

// "Seven CAR-T products are FDA-approved", "the FDA has approved six CAR-Ts as of 2026", "two BCMA CAR-Ts are approved
// for myeloma".
const APPROVED = ['approved', 'licensed', 'authorized', 'authorised'];
const NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
// Between the number and the class: "seven FDA-approved CAR-T", "six commercial CAR-T".
const BETWEEN = new Set([
  'directed',
  'targeted',
  'targeting',
  'fda',
  'approved',
  'us',
  'u.s',
  'commercial',
  'commercially',
  'available',
  'licensed',
  'marketed',
  'autologous',
]);
// Before the number, a bound or a part, not an exact count: "more than six", "at least two", "two of the seven", "the
// first two".
const NOT_EXACT = new Set([
  'than',
  'least',
  'most',
  'over',
  'about',
  'around',
  'approximately',
  'nearly',
  'almost',
  'some',
  'first',
  'last',
  'the',
  'these',
  'those',
  'its',
  'their',
  'of',
  'to',
  'under',
  'roughly',
  'another',
  'additional',
  'other',
]);
// A cut-off date: "as of 2026", "by May 2024", "through 2025" (a count up to then).
const CUT_OFF = new Set(['of', 'by', 'through', 'until', 'till']);
// Present or perfect tense: the count is the current one ("are approved", "have been approved", "there are").
const CURRENT = new Set(['are', 'have', 'has', 'exist', 'now', 'currently', 'today']);

// Words without which the relation has nothing to judge (a cheap test before any word-level work).
const CUE_WORDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b/i;
const APPROVAL_WORDS = /approved|licensed|authori[sz]ed/i;

const relation: Relation = {
  meta: {
    id: 'count',
    regulated: true,
    description:
      'How many products of a class are approved ("seven CAR-Ts are FDA-approved", "two for myeloma"), counted from the approvals recorded, up to a cut-off date when one is given.',
    messages: {
      countDiffers: '{{count}} {{kind}} products {{were}} {{scope}}, not {{claimed}}{{products}}.',
    },
  },
  applies: (text, mentions) =>
    CUE_WORDS.test(text) && APPROVAL_WORDS.test(text) && mentions.some((m) => m.entity.type === 'therapy-class'),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      for (const classMention of mentions.filter((m) => m.entity.type === 'therapy-class')) {
        // The number right before the class, past antigen mentions and approval words.
        let k = classMention.from - 1;
        let antigen: Entity | undefined;
        while (k >= clause.from) {
          const antigenHere = mentions.find((m) => m.entity.type === 'antigen' && m.to === k + 1);
          if (antigenHere) {
            antigen = antigenHere.entity;
            k = antigenHere.from - 1;
          } else if (BETWEEN.has(words[k]!.lower)) k--;
          else break;
        }
        const claimed = countAt(words[k]);
        if (claimed === undefined || NOT_EXACT.has(words[k - 1]?.lower ?? '')) continue;
        const approvedAt = findPhrase(words, APPROVED, clause.from, clause.to);
        if (!approvedAt || sentence.negatedAt(approvedAt.at)) continue;
        const { regulator } = qualifiersOf(sentence, clause);
        if (!regulator) continue;
        const cutOff = cutOffIn(words, clause.from, clause.to);
        // Without a cut-off, only a present or perfect tense claims today's count ("were approved" tells a past event).
        if (!cutOff && !words.slice(clause.from, clause.to).some((w) => CURRENT.has(w.lower))) continue;
        const ranked = classProducts(index, classMention.entity, antigen, regulator);
        if (!ranked) continue;
        const condition = mentions.find((m) => isCondition(m.entity) && m.from > classMention.from)?.entity;
        // "Two CAR-Ts are approved for bladder cancer": a disease the knowledge base does not know is not counted.
        if (
          !condition &&
          sentence.unknownConditions.some((u) => u.clause === clauseIndex && u.from > classMention.from)
        )
          continue;
        const counts = (a: Approval) =>
          approvalMatches(index, a, condition, regulator) && (!cutOff || a.date <= cutOff);
        if (anyUnverifiedApproval(ranked.members, counts)) continue;
        const counted = firstApprovals(ranked.members, counts);
        if (counted.length === claimed) continue;
        const scope = `${regulator}-approved${condition ? ` for ${condition.name}` : ''}${cutOff ? ` by ${monthYear(cutOff)}` : ''}`;
        report({
          messageId: 'countDiffers',
          data: fitting(
            'count',
            relation.meta.messages,
            'countDiffers',
            [70, 35, 0].map((max) => ({
              count: counted.length,
              kind: ranked.kind,
              were: counted.length === 1 ? 'was' : 'were',
              scope,
              claimed,
              products:
                max && counted.length
                  ? `: ${listWithin(
                      counted.map((c) => `${label(index, c.member)} (${monthYear(c.approval.date)})`),
                      max,
                    )}`
                  : '',
            })),
          ),
          sources: uniqueSources(...counted.map((c) => c.approval.sources)),
        });
      }
    }
  },
};
export default relation;

function countAt(word: Word | undefined): number | undefined {
  if (!word) return undefined;
  if (/^\d{1,2}$/.test(word.lower)) return Number(word.lower);
  return NUMBERS[word.lower];
}

/** "as of 2026", "by May 2024": the last day counted, as an ISO date prefix that compares with approval dates. */
function cutOffIn(words: readonly Word[], from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) {
    if (!CUT_OFF.has(words[i]!.lower) || (words[i]!.lower === 'of' && words[i - 1]?.lower !== 'as')) continue;
    const month = monthOf(words[i + 1]?.lower ?? '');
    const year = words[month ? i + 2 : i + 1]?.lower ?? '';
    if (!isYear(year)) continue;
    return month ? `${year}-${String(month).padStart(2, '0')}-31` : `${year}-12-31`;
  }
  return undefined;
}
