import type { Approval, Entity } from '../../../kb/types';
import {
  anyUnverifiedApproval,
  approvalMatches,
  classProducts,
  defaultRegulator,
  exclusionLiftedAmong,
  firstApprovals,
  isCondition,
  isRecordedMember,
  label,
  uniqueSources,
} from '../../knowledge';
import { lexicon, lexiconWords } from '../../lexicon';
import { qualifiersOf } from '../../qualifiers';
import { type Clause, clausalAsidesIn } from '../../clauses';
import type { ClaimSentence, Mention } from '../../sentence';
import { findAllPhrases, type Word } from '../../words';
import { wordClass } from '../../word-classes';
import { isYear } from '../../../util/text';
import { joinAnd, listWithin } from '../../../util/messages';
import type { Relation, RelationContext } from '../types';

// "Carvykti is the only CAR-T approved for myeloma", "Among CAR-T therapies, only Breyanzi is approved for CLL": a
// product said to be its class's one member approved for a disease, judged from every member's approvals where the
// regulator's record of the class is complete. Said of now only: a date or a past verb leaves it to its period.
const CUES = lexicon('exclusive-cues');
const MARKS = lexiconWords('exclusive-holder-marks');
const NEUTRAL = lexiconWords('first-modifiers');
const APPROVAL = lexiconWords('approval-cues');
const SCOPE = lexiconWords('exclusive-scope-words');
const PRESENT = new Set([...wordClass('be-present'), 'remains', 'remain', 'has', 'have', 'carries', 'holds']);
// Words without which the relation has nothing to judge: each cue's last word ("only", "sole") and the holder marks.
const CUE_WORDS = new RegExp(
  `\\b(?:${[...new Set([...CUES.map((c) => c.split(' ').at(-1)!), ...MARKS])].join('|')})\\b`,
  'i',
);

const relation: Relation = {
  meta: {
    id: 'exclusive',
    regulated: true,
    description:
      '"The only CAR-T approved for …", "only X is approved for …": whether another member of the class holds an approval for that disease.',
    messages: {
      notTheOnly: '{{product}} is not the only {{kind}} {{approved}} for {{condition}}: {{others}} {{be}} too.',
    },
  },
  applies: (text, mentions) => CUE_WORDS.test(text) && mentions.some((m) => m.entity.type === 'product'),
  check(context) {
    const { sentence } = context;
    // A year anywhere puts the claim in its period ("In 2021, Yescarta was the only …"): not judged as of now.
    if (sentence.words.some((w) => isYear(w.lower))) return;
    for (const clause of context.assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && m.mark !== 'excluded');
      const products = mentions.filter((m) => m.entity.type === 'product');
      if (products.length !== 1) continue;
      const claim = exclusiveClaim(sentence, clause, products[0]!, mentions);
      if (claim) judge(context, clause, products[0]!.entity, claim);
    }
  },
};
export default relation;

interface Claim {
  cls: Mention;
  antigen?: Entity;
  condition: Mention;
}

/** The class, antigen and disease of "the only <class> … <disease>" or of "only <product>" / "<product> alone". */
function exclusiveClaim(
  sentence: ClaimSentence,
  clause: Clause,
  product: Mention,
  mentions: readonly Mention[],
): Claim | undefined {
  const { words } = sentence;
  const classes = mentions.filter((m) => m.entity.type === 'therapy-class');
  const cue = findAllPhrases(words, CUES, clause.from, clause.to)[0];
  if (cue) {
    if (sentence.negatedAt(cue.at)) return undefined;
    let at = cue.at + cue.length;
    let antigen: Entity | undefined;
    for (;;) {
      const a = mentions.find((m) => m.from === at && m.entity.type === 'antigen');
      if (a) {
        antigen ??= a.entity;
        at = a.to;
      } else if (at < clause.to && NEUTRAL.has(words[at]!.lower)) at++;
      else break;
    }
    const cls = classes.find((m) => m.from === at);
    if (!cls) return undefined;
    // The holder names the claim's time: "X is the only …" (present), not "X was", "X became", "X remained".
    if (product.to <= cue.at && !presentBetween(words, product.to, cue.at)) return undefined;
    if (product.from > cue.at && !presentAfter(words, product.to, clause.to)) return undefined;
    // "the only FDA-approved CAR-T for …": the approval may be written before the class.
    const approvedBefore = words.slice(cue.at + cue.length, cls.from).some((w) => APPROVAL.has(w.lower));
    const end = scopeEnd(words, cls.to, clause.to);
    const condition = conditionIn(sentence, mentions, cls.to, end, approvedBefore, product);
    return condition && { cls, antigen, condition };
  }
  // "only Breyanzi is …", "Breyanzi alone is …", with the class elsewhere in the clause.
  const before = words[product.from - 1]?.lower;
  const after = words[product.to]?.lower;
  const marked =
    before !== undefined && MARKS.has(before) && before !== 'alone'
      ? product.to
      : after !== undefined && MARKS.has(after) && after !== 'only'
        ? product.to + 1
        : undefined;
  if (marked === undefined || sentence.negatedAt(product.from) || classes.length !== 1) return undefined;
  if (!PRESENT.has(words[marked]?.lower ?? '')) return undefined;
  const cls = classes[0]!;
  const end = scopeEnd(words, marked + 1, clause.to);
  const condition = conditionIn(sentence, mentions, marked + 1, end, false, product, cls);
  return condition && { cls, condition };
}

/** "Breyanzi is the only …", "Breyanzi, which we give here, is the only …": a clausal aside is not the holder's verb. */
function presentBetween(words: readonly Word[], from: number, to: number): boolean {
  const asides = clausalAsidesIn(words, { from, to });
  const between = words
    .slice(from, to)
    .filter((w, k) => !w.punct && !asides.some((a) => a.from <= from + k && from + k < a.to))
    .map((w) => w.lower);
  return between.length > 0 && between.length <= 3 && PRESENT.has(between[0]!);
}

/** "The only CAR-T approved for FL, Yescarta, is given …": the verb after the holder is present. */
function presentAfter(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!words[k]!.punct) return PRESENT.has(words[k]!.lower);
  return false;
}

/** Up to the first comma or semicolon after `from`, or the clause's end. */
function scopeEnd(words: readonly Word[], from: number, to: number): number {
  let end = from;
  while (end < to && words[end]!.lower !== ',' && words[end]!.lower !== ';') end++;
  return end;
}

/**
 * The one disease the words from `from` to `to` name, when every other word there is an approval cue, a neutral scope
 * word, the class or the holder: anything else narrows the claim beyond the record.
 */
function conditionIn(
  sentence: ClaimSentence,
  mentions: readonly Mention[],
  from: number,
  to: number,
  approvedBefore: boolean,
  product: Mention,
  cls?: Mention,
): Mention | undefined {
  const { words } = sentence;
  if (sentence.unknownConditions.some((u) => u.from >= from && u.from < to)) return undefined;
  const conditions = mentions.filter((m) => isCondition(m.entity) && m.from >= from && m.to <= to);
  if (conditions.length !== 1 || conditions[0]!.mark) return undefined;
  let approval = false;
  for (let k = from; k < to; k++) {
    const word = words[k]!;
    const inside = [conditions[0]!, product, cls].find((m) => m && m.from <= k && k < m.to);
    if (inside) {
      k = inside.to - 1;
      continue;
    }
    if (word.punct) continue;
    if (APPROVAL.has(word.lower)) approval = true;
    else if (!SCOPE.has(word.lower)) return undefined;
  }
  // "the only CAR-T for myeloma" without an approval word may be a trial's, a centre's or a stock's.
  return approval || approvedBefore ? conditions[0] : undefined;
}

function judge(context: RelationContext, clause: Clause, product: Entity, claim: Claim): void {
  const { sentence, index } = context;
  const q = qualifiersOf(sentence, clause);
  // A line, an age bound or a period narrows the set beyond what is judged here.
  if (q.line || q.since || q.dates.length || q.maxAge !== undefined || q.minAge !== undefined) return;
  if (q.underAge !== undefined || q.onlyAges || (q.pediatric && q.adults)) return;
  const regulator = q.regulator ?? defaultRegulator(index);
  const ranked = classProducts(index, claim.cls.entity, claim.antigen, regulator);
  if (!ranked?.members.includes(product)) return;
  const condition = claim.condition.entity;
  if (exclusionLiftedAmong(index, ranked.members, condition.id, regulator)) return;
  const fits = (a: Approval) =>
    (!q.pediatric || a.population.pediatric) && (!q.adults || (a.population.adults && !a.population.youngAdultsOnly));
  const keep = (a: Approval) => approvalMatches(index, a, condition, regulator) && fits(a);
  if (anyUnverifiedApproval(ranked.members, keep)) return;
  const holders = firstApprovals(ranked.members, keep);
  // A product not approved there is the approval check's to judge.
  if (!holders.some((h) => h.member === product)) return;
  const others = holders.filter((h) => h.member !== product && isRecordedMember(claim.cls.entity, h.member));
  if (!others.length) return;
  const names = others.map((h) => label(index, h.member));
  const approved = `${regulator ? `${regulator}-` : ''}approved`;
  context.report({
    messageId: 'notTheOnly',
    data: {
      product: label(index, product),
      kind: ranked.kind,
      approved,
      condition: condition.name,
      others: listWithin(names, 60),
      be: names.length > 1 ? 'are' : 'is',
    },
    sources: uniqueSources(...holders.map((h) => h.approval.sources)),
    correction: `${joinAnd([label(index, product), ...names])} are ${approved} for ${condition.name}.`,
  });
}
