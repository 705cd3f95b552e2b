import type { KnowledgeIndex } from '../../../kb/index';
import type { Approval, Entity, Regulator } from '../../../kb/types';
import {
  approvalMatches,
  approvalsComplete,
  firstApprovals,
  isCondition,
  label,
  monthYear,
  uniqueSources,
} from '../../knowledge';
import { qualifiersOf } from '../../qualifiers';
import { lexicon, lexiconWords } from '../../lexicon';
import { cardinal } from '../../numbers';
import { ARRIVAL_PREDICATES, isProduct, ORDER_CUE, orderComparison } from '../../arrival-order';
import { withEventClauses } from '../../clauses';
import { findAllPhrases, findPhrase, type Word } from '../../words';
import type { Relation, RelationContext } from '../types';
import type { ClaimSentence } from '../../sentence';
import { isYear } from '../../../util/text';
import { remsEndNamed } from '../../period';

const relation: Relation = {
  meta: {
    id: 'order',
    regulated: true,
    description:
      'Which of two therapies was approved first ("Abecma was approved before Kymriah"), against their first approval dates.',
    messages: {
      approvedBefore:
        '{{first}} was first approved{{scope}} before {{second}}: {{first}} in {{firstDate}}, {{second}} in {{secondDate}}.',
      approvedAfter:
        '{{first}} was first approved{{scope}} after {{second}}: {{first}} in {{firstDate}}, {{second}} in {{secondDate}}.',
      gapDiffers:
        '{{first}} was first approved{{scope}} {{gap}} {{order}} {{second}}, not {{claimed}}: {{first}} in {{firstDate}}, {{second}} in {{secondDate}}.',
      sameDay: '{{first}} was approved{{scope}} on the same day as {{second}} ({{date}}), not {{claimed}}.',
    },
  },
  // Two products, or one and the REMS's end it is dated against.
  applies: (text, mentions) => {
    const products = mentions.filter((m) => isProduct(m.entity)).length;
    return (products >= 2 || (products === 1 && REMS_WORD.test(text))) && ORDER_CUE.test(text);
  },
  check(context) {
    const { sentence, index, assertedClauses, report } = context;
    const { words } = sentence;
    for (const own of assertedClauses()) {
      if (own.event) continue;
      // "… two years after Abecma was": the compared event is a clause of its own.
      const clause = withEventClauses(sentence.clauses, own);
      const cue = findPhrase(words, ARRIVAL_PREDICATES, clause.from, own.to);
      if (!cue) continue;
      const mentions = sentence.mentions.filter((m) => m.from >= clause.from && m.to <= clause.to && !m.mark);
      const order = orderComparison(words, mentions, cue.at + cue.length, clause.to);
      if (!order) {
        eventOrder(context, clause, own, cue);
        continue;
      }
      // A named disease makes it a question of that indication's dates ("Kymriah's FL approval came before
      // Yescarta's"): judged when each product has one approval for it, or the other none (its first approval is meant).
      const conditions = [...new Set(mentions.filter((m) => isCondition(m.entity)).map((m) => m.entity))];
      if (conditions.length > 1) continue;
      const condition = conditions[0];
      const gap = gapBefore(words, order.at, cue.at + cue.length) ?? gapAfter(words, order.other.to, clause.to);
      // "The FDA approved Carvykti a year after Abecma": without a subject before the verb, its object.
      const before = mentions.filter((m) => isProduct(m.entity) && m.to <= cue.at);
      const subjects = before.length
        ? before
        : mentions.filter((m) => isProduct(m.entity) && m.from >= cue.at + cue.length && m.to <= (gap?.at ?? order.at));
      const other = order.other;
      // "Breyanzi's marginal zone approval": a modifier the check does not read leaves which approval is meant open.
      if (!subjects.length || subjects.some((s) => unreadModifiers(sentence, s.to, cue))) continue;
      const negated = sentence.negatedAt(cue.at);
      // "Carvykti was not approved two years after Abecma" denies the gap, not the order.
      if (negated && gap) continue;
      const claimsBefore = order.before !== negated;
      const regulator = qualifiersOf(sentence, clause).regulator;
      for (const subject of subjects) {
        const dates = condition
          ? approvalsFor(index, subject.entity, other.entity, condition, regulator)
          : comparableFirstApprovals(index, subject.entity, other.entity, regulator);
        if (!dates) continue;
        const [a, b] = [label(index, subject.entity), label(index, other.entity)];
        const when = (approval: Approval) => `${monthYear(approval.date)} (${approval.regulator})`;
        const scope = condition ? ` for ${condition.name}` : '';
        if (dates[0].date === dates[1].date) {
          // "Tocilizumab was approved for CRS a year after Kymriah": both on one day.
          if (negated) continue;
          const said = words
            .slice(gap?.at ?? order.at, order.at + order.length)
            .map((w) => w.text)
            .join(' ');
          report({
            messageId: 'sameDay',
            data: { first: a, second: b, scope, date: monthYear(dates[0].date), claimed: said },
            sources: uniqueSources(dates[0].sources, dates[1].sources),
            correction: `${a} was approved${scope} on the same day as ${b}.`,
          });
          continue;
        }
        const wasBefore = dates[0].date < dates[1].date;
        if (wasBefore === claimsBefore) {
          // "Carvykti was approved two years after Abecma": the order holds; the gap is judged too, unless denied.
          const actual = gap && monthsBetween(dates[0].date, dates[1].date);
          if (!gap || actual === undefined || Math.abs(actual - gap.months) < tolerance(gap, dates)) continue;
          const direction = wasBefore ? 'before' : 'after';
          report({
            messageId: 'gapDiffers',
            data: {
              first: a,
              second: b,
              scope,
              gap: gapText(actual),
              order: direction,
              claimed: gap.text,
              firstDate: when(dates[0]),
              secondDate: when(dates[1]),
            },
            sources: uniqueSources(dates[0].sources, dates[1].sources),
            correction: `${a} was approved ${gapText(actual)} ${direction} ${b}.`,
          });
          continue;
        }
        report({
          messageId: wasBefore ? 'approvedBefore' : 'approvedAfter',
          data: { first: a, second: b, scope, firstDate: when(dates[0]), secondDate: when(dates[1]) },
          sources: uniqueSources(dates[0].sources, dates[1].sources),
          correction: `${a} (${monthYear(dates[0].date)}) was approved ${wasBefore ? 'before' : 'after'} ${b} (${monthYear(dates[1].date)}).`,
        });
      }
    }
  },
};
export default relation;

const APPROVAL_NOUNS = lexiconWords('approval-event-nouns');
// What may stand between a product and the approval noun it possesses: "Kymriah's first US approval", "its 2021 licence".
const PLAIN_MODIFIERS = new Set(['first', 'initial', 'original', 'us', 'u.s', 'fda']);

/**
 * Whether words between a product (ending at `from`) and the approval noun `cue` it possesses name something the check
 * does not read ("Breyanzi's marginal zone approval", "Carvykti's second-line approval"): which approval is meant is
 * then open. Mentions (a disease, a regulator) and years are read.
 */
function unreadModifiers(sentence: ClaimSentence, from: number, cue: { at: number; phrase: string }): boolean {
  if (!APPROVAL_NOUNS.has(cue.phrase)) return false;
  const { words } = sentence;
  // Only a possessed approval noun ("Breyanzi's … approval"): the tokenizer drops the "'s", read from the text.
  const owner = words[from - 1];
  if (!owner || !/^['’]s?(?!\w)/.test(sentence.text.slice(owner.end - sentence.start))) return false;
  for (let k = from; k < cue.at; k++) {
    const word = words[k]!;
    if (sentence.mentions.some((m) => m.from <= k && k < m.to)) continue;
    if (!word.punct && !PLAIN_MODIFIERS.has(word.lower) && !isYear(word.lower)) return true;
  }
  return false;
}

const REMS_WORD = /\bREMS\b/i;
const BEFORE_EVENT = lexicon('order-before-cues');
const EVENT_CUES = [...BEFORE_EVENT, ...lexicon('order-after-cues')];

/**
 * "Aucatzyl was approved a year after the REMS ended": one product's approval (its one approval for a named disease,
 * else its first) against the day the knowledge base records the REMS's end, named right after the order word.
 */
function eventOrder(
  { sentence, index, report }: RelationContext,
  clause: { from: number; to: number },
  own: { from: number; to: number },
  cue: { at: number; length: number; phrase: string },
): void {
  const { words } = sentence;
  const mentions = sentence.mentions.filter((m) => m.from >= clause.from && m.to <= clause.to && !m.mark);
  const named = mentions.filter((m) => isProduct(m.entity) && m.to <= cue.at);
  const products = [...new Set(named.map((m) => m.entity))];
  const conditions = [...new Set(mentions.filter((m) => isCondition(m.entity)).map((m) => m.entity))];
  if (products.length !== 1 || conditions.length > 1 || unreadModifiers(sentence, named.at(-1)!.to, cue)) return;
  // "before the REMS was eliminated" may be cut off as a clause of its own: the order word may open it.
  let end = own.to;
  while (end < words.length && words[end]!.lower !== '.' && words[end]!.lower !== ';') end++;
  const order = findAllPhrases(words, EVENT_CUES, cue.at + cue.length, Math.min(end, own.to + 1))[0];
  if (!order) return;
  let k = order.at + order.length;
  if (words[k]?.lower === 'the') k++;
  const day = remsEndNamed(index, words, k, end);
  if (!day) return;
  const subject = products[0]!;
  const regulator = qualifiersOf(sentence, clause).regulator ?? 'FDA';
  const condition = conditions[0];
  const approvals = condition
    ? (subject.approvals ?? []).filter((a) => approvalMatches(index, a, condition, regulator))
    : firstApprovals([subject], (a) => a.regulator === regulator).map((f) => f.approval);
  if (
    approvals.length !== 1 ||
    approvals[0]!.unverified ||
    (!condition && !approvalsComplete(index, subject, regulator))
  )
    return;
  const approval = approvals[0]!;
  const negated = sentence.negatedAt(cue.at);
  const gap = gapBefore(words, order.at, cue.at + cue.length);
  if (negated && gap) return;
  const claimsBefore = BEFORE_EVENT.includes(order.phrase) !== negated;
  const wasBefore = approval.date < day;
  const scope = condition ? ` for ${condition.name}` : '';
  const [a, b] = [label(index, subject), 'the end of the REMS'];
  const data = { first: a, second: b, scope, firstDate: monthYear(approval.date), secondDate: monthYear(day) };
  const sources = uniqueSources(
    approval.sources,
    ...[...index.entities()].flatMap((e) => (e.rems?.eliminated === day ? [e.rems.sources ?? []] : [])),
  );
  if (wasBefore !== claimsBefore) {
    report({ messageId: wasBefore ? 'approvedBefore' : 'approvedAfter', data, sources });
    return;
  }
  const actual = gap && monthsBetween(approval.date, day);
  if (!gap || actual === undefined || Math.abs(actual - gap.months) < gap.unit) return;
  report({
    messageId: 'gapDiffers',
    data: { ...data, gap: gapText(actual), order: wasBefore ? 'before' : 'after', claimed: gap.text },
    sources,
  });
}

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

/**
 * The subject's one approval for `condition`, and the other's one approval for it, else the other's first approval
 * when it has none for it; by the regulator named, else the FDA. Undefined when either side has several (which one is
 * meant is not said), when a date is unverified, or when the other's first approval cannot be compared.
 */
function approvalsFor(
  index: KnowledgeIndex,
  subject: Entity,
  other: Entity,
  condition: Entity,
  named: Regulator | undefined,
): [Approval, Approval] | undefined {
  const regulator = named ?? 'FDA';
  const forIt = (e: Entity) => (e.approvals ?? []).filter((a) => approvalMatches(index, a, condition, regulator));
  const own = forIt(subject);
  const others = forIt(other);
  if (own.length !== 1 || others.length > 1) return undefined;
  const compared = others[0] ?? comparableFirstApprovals(index, other, other, regulator)?.[0];
  if (!compared || own[0]!.unverified || compared.unverified) return undefined;
  return [own[0]!, compared];
}

/** "followed Abecma's by about a year": a gap after the other product. */
function gapAfter(words: readonly Word[], at: number, to: number): Gap | undefined {
  if (words[at]?.lower !== 'by') return undefined;
  let end = at + 1;
  while (end < to && !words[end]!.punct && !lexicon('interval-units').includes(words[end - 1]!.lower)) end++;
  return gapBefore(words, end, at + 1);
}

// A gap's unit in months (data/lexicon/interval-units).
const UNIT_MONTHS: Record<string, number> = { year: 12, years: 12, month: 1, months: 1 };
const NOT_EXACT = lexiconWords('count-not-exact');
const APPROXIMATE = lexiconWords('interval-approximators');

interface Gap {
  /** The written gap in months. */
  months: number;
  /** Its unit in months: the tolerance. */
  unit: number;
  text: string;
  /** Where the gap's number starts. */
  at: number;
}

/** "two years", "about a year", "11 months" right before the order word at `at`; none for a bound ("more than"). */
function gapBefore(words: readonly Word[], at: number, from: number): Gap | undefined {
  const unit = words[at - 1]?.lower ?? '';
  if (at - 2 < from || !lexicon('interval-units').includes(unit)) return undefined;
  const said = words[at - 2]!.lower;
  const count = /^\d{1,2}$/.test(said) ? Number(said) : said === 'a' || said === 'an' ? 1 : cardinal(said);
  if (!count) return undefined;
  // "1.5 years", "two and a half years", "more than two years": not one exact or approximate count.
  const lead = words[at - 3]?.lower;
  if (lead && at - 3 >= from && !APPROXIMATE.has(lead)) {
    if (NOT_EXACT.has(lead) || /^[\d.]/.test(lead) || lead === 'half' || lead === 'and') return undefined;
  }
  const months = UNIT_MONTHS[unit]!;
  return { months: count * months, unit: months, text: `${said} ${unit}`, at: at - 2 };
}

/** Months from one ISO date to the other (either order); a date without a day is taken at mid-month. */
function monthsBetween(a: string, b: string): number {
  const at = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return y! * 12 + (m! - 1) + ((d ?? 15) - 1) / 30;
  };
  return Math.abs(at(b) - at(a));
}

/** A whole unit, and a month more for a gap in months when a date on record has no day. */
const tolerance = (gap: Gap, dates: readonly Approval[]) =>
  gap.unit + (gap.unit === 1 && dates.some((d) => d.date.length < 10) ? 1 : 0);

/** "11 months", "3 years and 7 months". */
function gapText(months: number): string {
  const whole = Math.round(months);
  const [years, rest] = [Math.floor(whole / 12), whole % 12];
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (!years) return part(Math.max(rest, 1), 'month');
  return rest ? `${part(years, 'year')} and ${part(rest, 'month')}` : part(years, 'year');
}
