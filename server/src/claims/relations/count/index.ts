import { approvalStateIn } from '../../adjunct';
import { isYear } from '../../../util/text';
import type { Approval, Entity } from '../../../kb/types';
import {
  anyUnverifiedApproval,
  approvalMatches,
  exclusionLiftedAmong,
  classProducts,
  firstApprovals,
  isCondition,
  label,
  monthYear,
  uniqueSources,
} from '../../knowledge';
import { monthOf, qualifiersOf } from '../../qualifiers';
import { lexicon, lexiconWords } from '../../lexicon';
import { passivesWithBy } from '../../verb-classes';
import { asidesIn } from '../../clauses';
import { findPhrase, phraseAt, type Word } from '../../words';
import type { Relation, RelationContext } from '../types';
import type { Mention } from '../../sentence';
import type { Regulator } from '../../../kb/types';
import { fitting, listWithin } from '../../../util/messages';
import { cardinal } from '../../numbers';
import { sentencePeriodOf } from '../../period';

// "Seven CAR-T products are FDA-approved", "the FDA has approved six CAR-Ts as of 2026", "two BCMA CAR-Ts are approved
// for myeloma".
const APPROVED = ['approved', 'licensed', 'authorized', 'authorised'];
const OBJECT_PREPOSITIONS = new Set(['for', 'to', 'with', 'on', 'about', 'across', 'covering']);
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
const NOT_EXACT = lexiconWords('count-not-exact');
const NEW_WORDS = lexiconWords('count-new-words');
const NON_PRODUCT_HEADS = lexiconWords('count-non-product-heads');
// Nouns of an approval as an event ("Carvykti's approval in February 2022").
const APPROVAL_EVENTS = lexiconWords('approval-event-nouns');
// A cut-off date: "as of 2026", "by May 2024", "through 2025" (a count up to then).
const CUT_OFF = new Set(['of', 'by', 'through', 'until', 'till']);
// Present or perfect tense: the count is the current one ("are approved", "have been approved", "there are").
const CURRENT = new Set(['is', 'are', 'have', 'has', 'exist', 'now', 'currently', 'today']);

// Words without which the relation has nothing to judge (a cheap test before any word-level work).
const CUE_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b/i;
const APPROVAL_WORDS = /approved|licensed|authori[sz]ed|approval/i;
// "have FDA approval", "received FDA approval": an approval noun held or won (data/lexicon/count-approval-predicates).
const APPROVAL_PREDICATES = lexicon('count-approval-predicates');
// "Kite markets two …", "Kite now markets two …" (data/lexicon/sponsor-links, sponsor-current-links).
const SPONSOR_LINKS = [
  ...lexicon('sponsor-links'),
  ...passivesWithBy('making-verbs'),
  ...lexicon('sponsor-current-links'),
];
const endsAt = (words: readonly Word[], last: number, phrase: string) => {
  const start = last - phrase.split(' ').length + 1;
  return start >= 0 && phraseAt(words, start, phrase);
};
// "Aucatzyl joins six other FDA-approved CAR-Ts" (data/lexicon/count-join-verbs).
const JOIN_VERBS = lexicon('count-join-verbs');

const relation: Relation = {
  meta: {
    id: 'count',
    regulated: true,
    description:
      'How many products of a class are approved ("seven CAR-Ts are FDA-approved", "two for myeloma"), counted from the approvals recorded, up to a cut-off date when one is given.',
    messages: {
      countDiffers: '{{count}} {{kind}} {{products}} {{were}} {{scope}}, not {{claimed}}{{list}}.',
      othersDiffer:
        '{{product}} joined {{count}} other {{kind}} products when it was approved ({{date}}), not {{claimed}}.',
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => m.entity.type === 'therapy-class') && CUE_WORDS.test(text) && APPROVAL_WORDS.test(text),
  check(context) {
    const { sentence, index, assertedClauses, report } = context;
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      for (const classMention of mentions.filter((m) => m.entity.type === 'therapy-class')) {
        // The number right before the class, past antigen mentions and approval words.
        let k = classMention.from - 1;
        let antigen: Entity | undefined;
        // "three new CAR-T products": products first approved in the period, not new indications.
        let fresh = false;
        // "joins six other CAR-Ts": the members before the product that joins.
        let other = false;
        while (k >= clause.from) {
          const antigenHere = mentions.find((m) => m.entity.type === 'antigen' && m.to === k + 1);
          if (antigenHere) {
            antigen = antigenHere.entity;
            k = antigenHere.from - 1;
          } else if (BETWEEN.has(words[k]!.lower)) k--;
          else if (words[k]!.lower === 'other' && !other) {
            other = true;
            k--;
          } else if (NEW_WORDS.has(words[k]!.lower)) {
            fresh = true;
            k--;
          } else break;
        }
        // "brought the number of FDA-approved CAR-Ts to four": the count follows the class.
        const numberOf = words[k]?.lower === 'of' && words[k - 1]?.lower === 'number';
        if (numberOf) k = countAfter(words, classMention.to, clause.to) ?? k;
        // "one CAR-T" is mostly "a CAR-T"; as the approval verb's object ("had approved one CAR-T") it is a count.
        const claimed = numberOf
          ? countAt(words[k], 1)
          : (countAt(words[k]) ?? (APPROVED.includes(words[k - 1]?.lower ?? '') ? countAt(words[k], 1) : undefined));
        // "one of five BCMA CAR-Ts": the number after "one of" is the class's whole count.
        const part = words[k - 1]?.lower === 'of' && countAt(words[k - 2], 1) !== undefined;
        const approvedAt =
          findPhrase(words, APPROVED, clause.from, clause.to) ??
          findPhrase(words, APPROVAL_PREDICATES, clause.from, clause.to);
        if (claimed === undefined || !approvedAt || sentence.negatedAt(approvedAt.at)) continue;
        // "three CAR-T indications", "17 CAR-T approvals": a count of something other than products.
        if (NON_PRODUCT_HEADS.has(words[classMention.to]?.lower ?? '')) continue;
        const total = openingPartitive(words, k, approvedAt.at, classMention.to);
        // A partitive's count is of the set it names: the diseases after its comma are what the rest says of it.
        const scopeEnd = total ? total.comma : clause.to;
        if (!numberOf && NOT_EXACT.has(words[k - 1]?.lower ?? '') && !part && !total) continue;
        // "the REMS for six approved CAR T cell therapies": an attributive count in another predicate's prepositional
        // object describes the products that predicate is about; it claims no count of approvals.
        const attributive = !numberOf && approvedAt.at > k && approvedAt.at < classMention.from;
        if (attributive && OBJECT_PREPOSITIONS.has(words[k - 1]?.lower ?? '')) continue;
        // "Kite now markets two FDA-approved CAR-Ts": a count in a company's object counts that company's products.
        if (attributive && SPONSOR_LINKS.some((link) => endsAt(words, k - 1, link))) continue;
        const { regulator } = qualifiersOf(sentence, clause);
        if (!regulator) continue;
        if (other) {
          joinedCount(context, clause, mentions, classMention, antigen, regulator, claimed, k);
          continue;
        }
        const written = periodIn(words, clause.from, clause.to, numberOf);
        // "In June 2025, the FDA listed six approved CAR-Ts": the year dates the listing; the products are those
        // approved by then.
        const period = attributive && written?.from ? { to: written.to } : written;
        // Without a period, only a present or perfect tense claims today's count ("were approved" tells a past event);
        // a past perfect counts up to the time the sentence names ("Before 2021, the FDA had approved three"), which
        // the knowledge base it is judged by already stands at.
        const tenseCounts = words
          .slice(clause.from, clause.to)
          .some((w) => CURRENT.has(w.lower) || (w.lower === 'had' && typeof sentencePeriodOf(words) === 'object'));
        if (!period && !tenseCounts) continue;
        const ranked = classProducts(index, classMention.entity, antigen, regulator);
        if (!ranked) continue;
        const conditions = new Set(
          mentions
            .filter((m) => isCondition(m.entity) && m.from > classMention.from && m.from < scopeEnd)
            .map((m) => m.entity),
        );
        // "six CAR-Ts for leukemia, lymphoma and myeloma": a count over a list of diseases is not judged.
        if (conditions.size > 1) continue;
        const condition = [...conditions][0];
        // "Two CAR-Ts are approved for bladder cancer": a disease the knowledge base does not know is not counted.
        if (
          !condition &&
          sentence.unknownConditions.some(
            (u) => u.clause === clauseIndex && u.from > classMention.from && u.from < scopeEnd,
          )
        )
          continue;
        // A limitation of use lifted since: the count for that disease changed without a new approval.
        if (condition && exclusionLiftedAmong(index, ranked.members, condition.id, regulator)) continue;
        const counts = (a: Approval) =>
          approvalMatches(index, a, condition, regulator) && (!period || within(a.date, period));
        if (anyUnverifiedApproval(ranked.members, counts)) continue;
        const matches = (a: Approval) => approvalMatches(index, a, condition, regulator);
        // A product counts in a period when its first approval falls in it.
        const counted = firstApprovals(ranked.members, matches).filter(
          (c) => !period || within(c.approval.date, period),
        );
        if (counted.length === claimed) continue;
        // "In 2024, the FDA approved four CAR-Ts" may count new indications too: judged only when no reading fits.
        if (
          !fresh &&
          period?.from &&
          claimed > counted.length &&
          claimed <=
            ranked.members.filter((m) => (m.approvals ?? []).some((a) => matches(a) && within(a.date, period))).length
        )
          continue;
        const scope = `${regulator}-approved${condition ? ` for ${condition.name}` : ''}${periodText(period)}`;
        report({
          messageId: 'countDiffers',
          data: fitting(
            'count',
            relation.meta.messages,
            'countDiffers',
            [70, 35, 0].map((max) => ({
              // "No allogeneic CAR-T product was FDA-approved, not 2", not "0 … products were".
              count: counted.length || 'No',
              kind: ranked.kind,
              products: counted.length > 1 ? 'products' : 'product',
              were: counted.length > 1 ? 'were' : 'was',
              scope,
              claimed,
              list:
                max && counted.length
                  ? `: ${listWithin(
                      counted.map((c) => `${label(index, c.member)} (${monthYear(c.approval.date)})`),
                      max,
                    )}`
                  : '',
            })),
          ),
          // With none counted, the class's own record (its list of members is complete) is the source.
          sources: counted.length
            ? uniqueSources(...counted.map((c) => c.approval.sources))
            : uniqueSources(classMention.entity.sources),
        });
      }
    }
  },
};
export default relation;

/**
 * "Aucatzyl joins six other FDA-approved CAR-Ts": the one product that joins, its subject, against the members first
 * approved before it. Not judged without a join verb between the product and the count, or with more than one product.
 */
function joinedCount(
  { sentence, index, report }: RelationContext,
  clause: { from: number; to: number },
  mentions: readonly Mention[],
  classMention: Mention,
  antigen: Entity | undefined,
  regulator: Regulator,
  claimed: number,
  countAt: number,
): void {
  const { words } = sentence;
  const join = findPhrase(words, JOIN_VERBS, clause.from, countAt);
  if (!join || sentence.negatedAt(join.at)) return;
  const products = [
    ...new Set(mentions.filter((m) => m.to <= join.at && m.entity.type === 'product').map((m) => m.entity)),
  ];
  if (products.length !== 1) return;
  const ranked = classProducts(index, classMention.entity, antigen, regulator);
  if (!ranked?.members.includes(products[0]!)) return;
  const matches = (a: Approval) => approvalMatches(index, a, undefined, regulator);
  if (anyUnverifiedApproval(ranked.members, matches)) return;
  const firsts = firstApprovals(ranked.members, matches);
  const own = firsts.find((c) => c.member === products[0]);
  if (!own) return;
  const before = firsts.filter((c) => c.approval.date < own.approval.date);
  if (before.length === claimed) return;
  report({
    messageId: 'othersDiffer',
    data: {
      product: label(index, own.member),
      count: String(before.length),
      kind: ranked.kind,
      date: monthYear(own.approval.date),
      claimed: String(claimed),
    },
    sources: uniqueSources(own.approval.sources, ...before.map((c) => c.approval.sources)),
  });
}

interface Period {
  from?: string;
  to: string;
}

const within = (date: string, period: Period) => (!period.from || date >= period.from) && date <= period.to;

function periodText(period: Period | undefined): string {
  if (!period) return '';
  if (!period.from) return ` by ${monthYear(period.to)}`;
  const [fromYear, toYear] = [period.from.slice(0, 4), period.to.slice(0, 4)];
  return fromYear === toYear ? ` in ${fromYear}` : ` between ${fromYear} and ${toYear}`;
}

/**
 * "Of the seven CAR-Ts the FDA has approved, …", "Of the six FDA-approved CAR-Ts, …": a definite count opening the
 * sentence as a partitive, with the approval inside it, presupposes that the count is all there are.
 */
function openingPartitive(
  words: readonly Word[],
  countAt: number,
  approvedAt: number,
  classTo: number,
): { comma: number } | undefined {
  if (countAt !== 2 || words[0]?.lower !== 'of' || words[1]?.lower !== 'the') return undefined;
  const comma = words.findIndex((w, i) => i > countAt && w.punct);
  if (comma <= approvedAt || words[comma]?.lower !== ',') return undefined;
  // Only the approval may follow the class ("the FDA has approved", "approved in the US"): "in our survey" restricts it.
  const onlyApproval = words
    .slice(classTo, comma)
    .every((w) => PARTITIVE_APPROVAL.has(w.lower) || APPROVED.includes(w.lower) || THERAPY_HEADS.has(w.lower));
  return onlyApproval ? { comma } : undefined;
}

// The words of an approval after the class of an opening partitive: "that the FDA has approved", "approved by the FDA".
const THERAPY_HEADS = lexiconWords('therapy-heads');
const PARTITIVE_APPROVAL = new Set([
  'that',
  'which',
  'the',
  'fda',
  'us',
  'u.s',
  'has',
  'have',
  'had',
  'been',
  'by',
  'in',
]);
// What may stand between "the number of …" and its count: "rose to", "reached", "is now", "stood at".
const NUMBER_LINKS = new Set(['to', 'at', 'reached', 'hit', 'is', 'was', 'now']);
// How far after the class the count of "the number of …" may stand: "the number of CAR-Ts approved by the FDA to five".
const NUMBER_WINDOW = 8;

/** The count of "the number of <class> … to N": its index, the first number a link word puts after the class. */
function countAfter(words: readonly Word[], from: number, to: number): number | undefined {
  for (let i = from; i < Math.min(to, from + NUMBER_WINDOW); i++) {
    if (words[i]!.punct) return undefined;
    if (NUMBER_LINKS.has(words[i - 1]?.lower ?? '') && countAt(words[i], 1) !== undefined) return i;
  }
  return undefined;
}

function countAt(word: Word | undefined, min = 2): number | undefined {
  if (!word) return undefined;
  if (/^\d{1,2}$/.test(word.lower)) return Number(word.lower);
  return cardinal(word.lower, min, 12);
}

/** An ISO date prefix that compares with approval dates: the first or the last day of `year` (or of its `month`). */
function dayOf(year: string, month: number | undefined, end: boolean): string {
  if (!month) return end ? `${year}-12-31` : `${year}-01-01`;
  return `${year}-${String(month).padStart(2, '0')}-${end ? '31' : '01'}`;
}

/** "May 2024", "2021" at `at`: the date and the index past it. */
function dateAt(words: readonly Word[], at: number): { year: string; month?: number; end: number } | undefined {
  const month = monthOf(words[at]?.lower ?? '');
  const year = words[month ? at + 1 : at]?.lower ?? '';
  return isYear(year) ? { year, month, end: month ? at + 2 : at + 1 } : undefined;
}

/**
 * The approvals counted: up to a cut-off ("as of 2026", "by May 2024", "by the end of 2021"), between two dates
 * ("between 2017 and 2022"), or within one year told as a past event ("in 2017, the FDA approved …"); as ISO date
 * prefixes that compare with approval dates.
 */
function periodIn(words: readonly Word[], from: number, to: number, numberOf: boolean): Period | undefined {
  // "Kymriah, which was approved in 2017, remains one of seven …": a relative or participle aside dates its own
  // predicate, not the count (a parenthesis may hold the count's cut-off: "(as of 2024)").
  const asides = asidesIn(words, { from, to }).filter((a) => words[a.from]!.lower === ',');
  const inAside = (at: number) => asides.some((a) => a.from <= at && at < a.to);
  const current = words.slice(from, to).some((w) => CURRENT.has(w.lower) || w.lower === 'had');
  // "With Carvykti's approval in February 2022, the FDA had approved six", "Tecartus's approval in July 2020 brought
  // the number … to three": a dated approval is the time a past perfect or a changed number counts up to.
  const counted = numberOf || words.slice(from, to).some((w) => w.lower === 'had');
  // "Six CAR-Ts held FDA approval in 2023": the products that held one then, those approved by its end.
  const held = approvalStateIn(words, from, to);
  for (let i = from; i < to; i++) {
    if (inAside(i)) continue;
    const word = words[i]!.lower;
    // "The number … rose to seven in 2024": the number as it stood then.
    if (word === 'in' && (numberOf || held || (counted && APPROVAL_EVENTS.has(words[i - 1]?.lower ?? '')))) {
      const date = dateAt(words, i + 1);
      if (date) return { to: dayOf(date.year, date.month, true) };
    }
    if (word === 'between') {
      const start = dateAt(words, i + 1);
      const end = start && words[start.end]?.lower === 'and' ? dateAt(words, start.end + 1) : undefined;
      if (start && end) return { from: dayOf(start.year, start.month, false), to: dayOf(end.year, end.month, true) };
      continue;
    }
    if (word === 'in' && !current) {
      const date = dateAt(words, i + 1);
      if (!date) continue;
      // "in 2021 and 2022", "in 2021-2022": the years from the first to the last.
      const last = ['and', 'or', 'to', '-', '–'].includes(words[date.end]?.lower ?? '')
        ? (dateAt(words, date.end + 1) ?? date)
        : words[date.end]?.hyphenBefore
          ? (dateAt(words, date.end) ?? date)
          : date;
      return { from: dayOf(date.year, date.month, false), to: dayOf(last.year, last.month, true) };
    }
    if (!CUT_OFF.has(word) || (word === 'of' && words[i - 1]?.lower !== 'as')) continue;
    // "by the end of 2021"
    const at = phraseAt(words, i + 1, 'the end of') ? i + 4 : i + 1;
    const date = dateAt(words, at);
    if (date) return { to: dayOf(date.year, date.month, true) };
  }
  return undefined;
}
