import type { KnowledgeIndex } from '../../../kb/index';
import type { Entity, Quantity, QuantityMeasure, QuantityUnit } from '../../../kb/types';
import { notAsserted } from '../../assertion';
import type { Clause } from '../../clauses';
import { hedgesIn } from '../../modality';
import { capitalize, defaultRegulator, isTherapy, monthYear, uniqueSources } from '../../knowledge';
import { qualifiersOf } from '../../qualifiers';
import { lexicon, lexiconWords } from '../../lexicon';
import { NEGATION_WORDS } from '../../negation';
import { cardinal, TIME_UNIT_WORDS, timeUnit } from '../../numbers';
import { frontedDateOf } from '../../period';
import type { ClaimSentence, Mention } from '../../sentence';
import { phraseAlternation } from '../../../util/alternation';
import { findAllPhrases, findPhrase, mayHavePhrase, phraseAt, phraseStartingAt, type Word } from '../../words';
import type { Relation, RelationContext } from '../types';

// What each measure is called in a sentence (data/lexicon). "Monitored for 2 weeks, daily for the first" gives two
// amounts in one clause, which is not judged (one amount per clause).
const MEASURE_CUES: Partial<Record<QuantityMeasure, readonly string[]>> = {
  'driving-restriction': lexicon('quantity-driving-cues'),
  'stay-near-center': lexicon('quantity-stay-near-cues'),
  'long-term-follow-up': lexicon('quantity-follow-up-cues'),
  monitoring: lexicon('quantity-monitoring-cues'),
  'daily-monitoring': lexicon('quantity-daily-monitoring-cues'),
  // Read only before "for" and a new malignancy (see cueOf).
  'malignancy-monitoring': lexicon('surveillance-words'),
};
const MEASURE_NAMES: Record<QuantityMeasure, string> = {
  'driving-restriction': 'the driving restriction after infusion',
  'stay-near-center': 'the stay near the treatment center after infusion',
  monitoring: 'monitoring after infusion',
  'daily-monitoring': 'daily monitoring after infusion',
  'long-term-follow-up': 'long-term follow-up',
  'malignancy-monitoring': 'monitoring for new malignancies',
};
// A stay, a follow-up: an instruction only with a requirement (or as an imperative); a trial's "median follow-up of
// 24 months" is an observation.
const NEEDS_REQUIREMENT = new Set<QuantityMeasure>([
  'stay-near-center',
  'long-term-follow-up',
  'monitoring',
  'daily-monitoring',
  'malignancy-monitoring',
]);
const PLACES = lexiconWords('quantity-place-nouns');
// Measures whose amount is read only after the cue: "monitor" is often a purpose of another rule.
const ORDERED = new Set<QuantityMeasure>(['monitoring', 'daily-monitoring']);
const REQUIREMENT = lexicon('quantity-requirement-cues');
const PAST = lexicon('quantity-past-cues');
const PAST_VERBS = lexiconWords('quantity-past-verbs');
const NOW = lexicon('time-now-cues');
const RANGE = lexicon('score-range-cues');
const MAXIMUM = lexicon('score-maximum-cues');
// Wording that permits at once what a rule forbids, or says there is no rule (data/lexicon), for the measures that
// have it.
const MEASURE_PERMISSIONS: Partial<
  Record<QuantityMeasure, { permits: readonly string[]; absences: readonly string[] }>
> = {
  'driving-restriction': {
    permits: lexicon('quantity-driving-permissions'),
    absences: lexicon('quantity-driving-absences'),
  },
};
const PERMISSION_PHRASES = Object.values(MEASURE_PERMISSIONS).flatMap((p) => [...p.permits, ...p.absences]);
const IMMEDIATE = lexicon('time-immediacy-cues');
// "You can drive …", "Patients may drive …": the modal is the permission itself, not a hedge.
const PERMISSION_MODALS = ['can', 'may'];
// A rule's own modality: "you should not drive", "you will need to stay near …", "plan to stay near …" are the label's
// instructions.
const OWN_MODALS = ['should', 'will', 'plan'];
// Negations that deny the rule itself ("no longer need to …"), apart from the "not" inside a driving cue.
const NEGATIONS = new Set(NEGATION_WORDS);

const UNIT_DAYS: Record<QuantityUnit, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
// Between "for" and the amount: "for at least 2 weeks", "for up to 15 years".
const AMOUNT_LEADS = [
  'at least the first',
  'at least',
  'a minimum of',
  'up to',
  'about',
  'around',
  'approximately',
  'roughly',
  'the first',
  'only',
];
// The words that tie a rule in a sentence naming no therapy to an infusion.
const ANCHORS = lexicon('infusion-anchors');
const INFUSION_TEXT = new RegExp(`\\b(?:${ANCHORS.join('|')})\\b`, 'i');
// An amount as amountsIn reads it: "for", a lead and a count, then a unit ("for at least 2 weeks"); a count joined to
// its unit by a dash ("15-year"); or a count and unit before "of" ("15 years of follow-up", begun at a word's start so
// that a long word is not re-read from each of its letters). Any non-word characters may stand between the words, so
// the test is looser than the words': a unit without one ("followed for a median of 17 months") lets the sentence skip
// its preparation.
// A unit word ends at a word's end: "mo" is not the start of "more".
const UNIT_NAMES = `(?:${TIME_UNIT_WORDS.join('|')})(?![\\p{L}\\p{N}])`;
const BETWEEN = '[^\\p{L}\\p{N}]+';
const LEAD_NAMES = phraseAlternation(AMOUNT_LEADS, BETWEEN);
// Leads that count one unit when no count follows: "for the first month" is one month.
const ORDINAL_LEADS = AMOUNT_LEADS.filter((lead) => lead.endsWith(' first'));
const ORDINAL_NAMES = phraseAlternation(ORDINAL_LEADS, BETWEEN);
// "for", a duration verb ("lasts 15 years"), or a verb that ends the rule ("stop after 5 years", "ends 1 year after").
const AMOUNT_HEADS = phraseAlternation(
  [
    'for',
    ...lexicon('quantity-duration-links'),
    ...lexicon('rule-end-verbs').flatMap((verb) => [verb, ...lexicon('rule-end-points').map((p) => `${verb} ${p}`)]),
  ],
  BETWEEN,
);
// Built on first use, as are the unit, change and denial patterns: their letter classes under /iu cost milliseconds to
// construct, at every start-up, and most files never reach them. Compiling them costs as much again, class by class:
// the heads and leads are factored by words, and the two readings after a head share it.
let amountReading: RegExp | undefined;
const AMOUNT_READING = () =>
  (amountReading ??= new RegExp(
    `(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]+${BETWEEN}(?:${UNIT_NAMES})${BETWEEN}of(?![\\p{L}\\p{N}])|:${BETWEEN}[\\p{L}\\p{N}]+${BETWEEN}(?:${UNIT_NAMES})|(?:${AMOUNT_HEADS})${BETWEEN}(?:(?:(?:${LEAD_NAMES})${BETWEEN})?[\\p{L}\\p{N}]+(?:[.,][0-9]+)*|${ORDINAL_NAMES})${BETWEEN}(?:${UNIT_NAMES})|[\\p{L}\\p{N}][^\\p{L}\\p{N}\\s](?:${UNIT_NAMES})`,
    'iu',
  ));
// Every amount names a unit: the literal test is cheap, the amount's pattern is not (it tries each position).
let unitText: RegExp | undefined;
const UNIT_TEXT = () => (unitText ??= new RegExp(`(?<![\\p{L}\\p{N}])${UNIT_NAMES}`, 'iu'));
// A score's points or a range or maximum cue: without one (or an amount) the sentence gives nothing this relation reads.
// Each cue needs all its words ("a maximum of"), so a cue's first word alone ("a", "out") does not let a sentence
// through.
const POINTS_TEXT = /\bpoints?\b/i;
const SCORE_CUES = [...RANGE, ...MAXIMUM];
const scoreReading = (text: string) => POINTS_TEXT.test(text) || mayHavePhrase(text, SCORE_CUES);
// An amount is judged only after a measure's cue: one word of each cue, in the text as written (any case). A word can
// stand for other text ("n't" reads "not", "won't" "will not"): such words are not keys; a cue of only those lets
// every sentence through.
const DERIVED_WORDS = new Set(['not', 'can', 'will', 'shall']);
const CUE_KEYS = (() => {
  const keys = Object.values(MEASURE_CUES).flatMap((cues) =>
    cues.map((cue) =>
      cue
        .split(' ')
        .filter((w) => !DERIVED_WORDS.has(w))
        .reduce((a, b) => (b.length > a.length ? b : a), ''),
    ),
  );
  if (keys.includes('')) return /(?:)/;
  return new RegExp([...new Set(keys)].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');
})();
// A change of amount: "from 8 to 2 weeks", "from 8 weeks to 2 weeks" (quantity-change-verbs before it).
// Its first word alone, which most sentences with a unit lack, is scanned first: a literal is found many times faster.
const FROM = /from/iu;
let changeReading: RegExp | undefined;
const CHANGE_READING = () =>
  (changeReading ??= new RegExp(
    `\\bfrom${BETWEEN}[\\p{L}\\p{N}]+(?:${BETWEEN}(?:${UNIT_NAMES}))?${BETWEEN}to${BETWEEN}[\\p{L}\\p{N}]+${BETWEEN}(?:${UNIT_NAMES})`,
    'iu',
  ));
// A rule denied (quantity-rule-denials), which needs no amount.
let denialText: RegExp | undefined;
const DENIAL_TEXT = () =>
  (denialText ??= new RegExp(
    `\\b(?:${lexicon('quantity-rule-denials')
      .map((d) => d.split(' ').join(BETWEEN))
      .join('|')})\\b`,
    'iu',
  ));
// The longest word of each denial, alone: every match of the denial's pattern holds one, and a plain alternation is
// scanned many times faster than one behind \b and separators (most sentences with a cue deny nothing).
let denialKeys: RegExp | undefined;
const deniesRule = (text: string) =>
  (denialKeys ??= new RegExp(
    lexicon('quantity-rule-denials')
      .map((d) => `(?:${d.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '')})`)
      .filter((key, i, keys) => keys.indexOf(key) === i)
      .join('|'),
    'iu',
  )).test(text) && DENIAL_TEXT().test(text);
// Months and years round: an amount within a tenth of the recorded one is that amount ("one month" for 4 weeks).
const TOLERANCE = 0.1;

const relation: Relation = {
  meta: {
    id: 'quantity',
    description:
      'Amounts with units the knowledge base records: how long post-infusion rules last ("do not drive for 8 weeks"), how long patients are followed, and a score\'s range ("the ICE score ranges from 0 to 5").',
    messages: {
      amount: '{{What}} is {{value}}, not {{claimed}}.',
      outdated: '{{What}} was {{claimed}} until {{until}}; since then it is {{value}}.',
      amountThen: '{{What}} was {{value}} in {{when}}, not {{claimed}}.',
      scoreRange: 'The {{score}} runs from {{min}} to {{max}}, not {{claimed}}.',
      remains: '{{What}} still applies: {{value}}.',
      change: '{{What}} went from {{before}} to {{value}}, not from {{claimedBefore}} to {{claimed}}.',
    },
    regulated: true,
    unnamed: true,
  },
  // What `check` needs before it can report: a range cue or points (checkScoreRange), or an amount or a denial and a cue
  // (checkAmount).
  // The amount's pattern, which tries every position, last.
  // A sentence naming nothing may still be about its paragraph's or section's therapy (the topic, asked last).
  applies: (text, mentions, topic) =>
    (scoreReading(text) ||
      (CUE_KEYS.test(text) &&
        ((UNIT_TEXT().test(text) &&
          (AMOUNT_READING().test(text) || (FROM.test(text) && CHANGE_READING().test(text)))) ||
          deniesRule(text))) ||
      mayHavePhrase(text, PERMISSION_PHRASES)) &&
    (mentions.length > 0 || INFUSION_TEXT.test(text) || topic?.() !== undefined),
  check(context) {
    const asserted = context.assertedClauses(OWN_MODALS);
    for (const clause of asserted) {
      checkScoreRange(context, clause);
      checkAmount(context, clause);
    }
    // "Patients may not drive for 8 weeks": "may" before a rule that is itself a "not" (a prohibition) is the rule's
    // deontic modal, not a doubt.
    for (const clause of context.clauses)
      if (!asserted.includes(clause) && prohibitionOnly(context.sentence, clause)) checkAmount(context, clause);
    for (const clause of context.assertedClauses(PERMISSION_MODALS)) checkPermission(context, clause);
  },
};
export default relation;

interface Amount {
  at: number;
  to: number;
  days: number;
  text: string;
  /** Read after a duration verb ("follow-up lasts 15 years"): the rule before it is its subject. */
  linked?: boolean;
  /** Read with a verb that ends the rule ("can stop after 5 years"): the sentence states the rule's end. */
  ends?: boolean;
  /** Joined by a dash to the noun after it ("15-year follow-up"): it measures that noun. */
  modifier?: boolean;
  /** The value of a label line ("No driving: 8 weeks"): the rule must name the line. */
  label?: boolean;
}

const LINKS = lexicon('quantity-duration-links');
const LONG_TERM = lexicon('quantity-long-term-modifiers');
// What may stand before a rule that names a label line: "The driving restriction: 2 weeks", "Long-term follow-up: …".
const LABEL_OPENERS = new Set([...lexiconWords('determiners'), ...LONG_TERM.flatMap((m) => m.split(' '))]);

const PROHIBITING_MODALS = new Set(['may']);

/**
 * Whether the clause's only hedges are a modal of permission right before a rule's own "not" ("may not drive"), and
 * nothing else keeps it from being asserted (notAsserted gives 'hedged').
 */
function prohibitionOnly(sentence: ClaimSentence, clause: Clause): boolean {
  const { words } = sentence;
  if (notAsserted(sentence, clause, OWN_MODALS) !== 'hedged') return false;
  const hedges = hedgesIn(words, clause).filter((h) => !OWN_MODALS.includes(h.phrase));
  return (
    hedges.length > 0 &&
    hedges.every(
      (h) =>
        PROHIBITING_MODALS.has(h.phrase) &&
        words[h.at + 1]?.lower === 'not' &&
        Object.values(MEASURE_CUES).some((cues) => phraseStartingAt(words, h.at + 1, cues)?.phrase.startsWith('not ')),
    )
  );
}

/** "the ICE score ranges from 0 to 5", "ICE scores range between 0 and 20 points", "the 5-point ICE score". */
function checkScoreRange({ sentence, report }: RelationContext, clause: Clause): void {
  const { words } = sentence;
  for (const mention of sentence.mentions) {
    const range = mention.entity.scoreRange;
    if (mention.clause !== sentence.clauses.indexOf(clause) || mention.mark || !range || range.unverified) continue;
    const claimed =
      rangeAfter(words, mention.to, clause.to) ??
      pointsBefore(words, mention.from) ??
      pointsPredicate(words, mention.to) ??
      maximumAfter(words, mention.to, clause.to);
    if (!claimed || sentence.negatedAt(claimed.at)) continue;
    if (claimed.min === range.min && claimed.max === range.max) continue;
    report({
      messageId: 'scoreRange',
      data: { score: mention.match.text, min: String(range.min), max: String(range.max), claimed: claimed.text },
      sources: uniqueSources(range.sources),
      correction: range.text,
    });
  }
}

/** A score's range as the sentence gives it: where it is said, its bounds and how to write them. */
interface StatedRange {
  at: number;
  min: number;
  max: number;
  text: string;
}

/** A range cue, then "from N to M", "between N and M" or "N–M". */
function rangeAfter(words: readonly Word[], from: number, to: number): StatedRange | undefined {
  const cue = findPhrase(words, RANGE, from, to);
  if (!cue) return undefined;
  let k = cue.at + cue.length;
  if (words[k]?.lower === 'from' || words[k]?.lower === 'between') k++;
  const low = numberAt(words, k);
  const joiner = words[k + 1];
  const high = numberAt(words, k + 2);
  if (low === undefined || high === undefined || k + 2 >= to) {
    // "0–5": a dash joins the two numbers into one word pair.
    const dashed = numberAt(words, k + 1);
    if (low === undefined || dashed === undefined || !words[k + 1]!.hyphenBefore) return undefined;
    return { at: cue.at, min: low, max: dashed, text: `${low}–${dashed}` };
  }
  if (joiner?.lower !== 'to' && joiner?.lower !== 'and') return undefined;
  return { at: cue.at, min: low, max: high, text: `${low} to ${high}` };
}

/** "the 5-point ICE score": the amount of points the score is said to have, from 0. */
function pointsBefore(words: readonly Word[], at: number): StatedRange | undefined {
  if (words[at - 1]?.lower !== 'point' || !words[at - 1]!.hyphenBefore) return undefined;
  const max = numberAt(words, at - 2);
  return max === undefined ? undefined : { at: at - 2, min: 0, max, text: `${max} points` };
}

/** "ICE is scored out of 5", "a maximum of 20 points": the highest score, from 0; the number ends its phrase or
 * comes before "points" ("out of 5 patients" is a count, not a score). */
function maximumAfter(words: readonly Word[], from: number, to: number): StatedRange | undefined {
  const cue = findPhrase(words, MAXIMUM, from, to);
  if (!cue) return undefined;
  const at = cue.at + cue.length;
  const max = numberAt(words, at);
  const next = words[at + 1];
  if (max === undefined || !(at + 1 >= to || next!.punct || next!.lower === 'points' || next!.lower === 'point'))
    return undefined;
  return { at, min: 0, max, text: `${max} points` };
}

/**
 * "the ICE score is a 100-point scale", "ICE is a 0–5 scale", "the ICE score, a 0-5 point scale,": the points or the
 * range a copula or an appositive gives the score. A range needs the scale's noun after it ("ICE, 0–5 in the trial"
 * may be the scores seen).
 */
function pointsPredicate(words: readonly Word[], at: number): StatedRange | undefined {
  const link = words[at]?.lower;
  if (link !== 'is' && link !== 'was' && link !== ',') return undefined;
  const k = words[at + 1]?.lower === 'a' || words[at + 1]?.lower === 'an' ? at + 2 : at + 1;
  // An appositive is a noun phrase: "ICE, a 0–5 scale", not "ICE, 5 points".
  if (link === ',' && k === at + 1) return undefined;
  const first = numberAt(words, k);
  if (first === undefined) return undefined;
  if (words[k + 1]?.lower === 'point' && words[k + 1]!.hyphenBefore)
    return { at: k, min: 0, max: first, text: `${first} points` };
  const high = words[k + 1]?.hyphenBefore ? numberAt(words, k + 1) : undefined;
  if (high === undefined) return undefined;
  const noun = words[k + 2]?.lower === 'point' || words[k + 2]?.lower === 'points' ? k + 3 : k + 2;
  if (words[noun]?.lower !== 'scale') return undefined;
  return { at: k, min: first, max: high, text: `${first}–${high}` };
}

function numberAt(words: readonly Word[], at: number): number | undefined {
  const lower = words[at]?.lower;
  if (lower === undefined) return undefined;
  if (/^\d+$/.test(lower)) return Number(lower);
  return cardinal(lower);
}

const STUDY_NOUNS = lexiconWords('quantity-study-nouns');

/**
 * Whether a study is what requires the rule: a study's noun before the requirement ("The trial protocol requires …",
 * "In the study, patients had to …"), not the rule's own head ("Long-term follow-up studies are required …").
 */
function studyRequires(words: readonly Word[], clause: Clause, cue: { at: number; phrase: string }): boolean {
  const required = findPhrase(words, REQUIREMENT, clause.from, clause.to);
  if (!required) return false;
  const ruleEnd = cue.at + cue.phrase.split(' ').length;
  for (let i = clause.from; i < required.at; i++)
    if (STUDY_NOUNS.has(words[i]!.lower) && !(i >= cue.at && i <= ruleEnd)) return true;
  return false;
}

/** A rule's duration ("do not drive for 8 weeks") against the amounts recorded for the therapy named. */
function checkAmount({ sentence, index, report }: RelationContext, clause: Clause): void {
  const { words } = sentence;
  const cued = (Object.keys(MEASURE_CUES) as QuantityMeasure[]).flatMap((measure) => {
    const cue = cueOf(sentence, clause, measure);
    return cue ? [{ measure, cue }] : [];
  });
  // Two rules in one clause ("do not drive and stay near the center for 2 weeks"): whose amount is unclear.
  if (cued.length !== 1) return;
  const { measure, cue } = cued[0]!;
  const amounts = amountsIn(words, clause);
  const change = changeIn(words, clause);
  if (change) {
    changedRule({ sentence, index, report } as RelationContext, clause, measure, change);
    return;
  }
  const denial = ruleDenial(words, clause, cue);
  if (denial) {
    deniedRule({ sentence, index, report } as RelationContext, clause, measure, cue, denial, amounts);
    return;
  }
  if (amounts.length !== 1) return;
  const amount = amounts[0]!;
  // "Median follow-up: 24 months": a label line's value is the rule's only when the rule names the line.
  if (amount.label && !words.slice(clause.from, cue.at).every((w) => LABEL_OPENERS.has(w.lower))) return;
  // "stay … for 7 days so that your team can monitor you": monitoring's duration follows its verb.
  if (ORDERED.has(measure) && amount.at < cue.at) return;
  // "Blood tests are required for the first 3 months after the infusion, and follow-up …": a duration after "for"
  // measures the predicate before it, so a measure named only later is not what it measures. One opening the clause
  // ("For 15 years, patients are followed") looks ahead.
  if (!amount.ends && !amount.modifier && amount.to <= cue.at && amount.at > clause.from) return;
  if (
    NEEDS_REQUIREMENT.has(measure) &&
    !amount.ends &&
    !findPhrase(words, REQUIREMENT, clause.from, clause.to) &&
    cue.at !== clause.from &&
    !(amount.linked && cue.at < amount.at)
  )
    return;
  // The amounts are the default regulator's labels: "in the EU, patients are told not to drive for 8 weeks" is
  // another regulator's rule.
  const regulator = qualifiersOf(sentence, clause).regulator;
  if (regulator && regulator !== defaultRegulator(index)) return;
  // "Patients in ZUMA-1 were followed for 2 years": a trial's schedule, not the label's rule; so is one a study requires
  // ("The trial protocol calls for follow-up visits for 5 years").
  if (sentence.mentions.some((m) => m.entity.type === 'trial') || studyRequires(words, clause, cue)) return;
  // "You no longer need to …", "it is not true that …": the rule itself denied.
  for (let i = clause.from; i < cue.at; i++) if (NEGATIONS.has(words[i]!.lower)) return;
  if (sentence.negatedAt(cue.at) && !cue.phrase.split(' ').some((w) => NEGATIONS.has(w))) return;
  // "should not stop after 5 years": the end denied.
  if (amount.ends && sentence.negatedAt(amount.at)) return;
  const facts = ownOrTopicFacts(sentence, index, measure);
  // "After your infusion, do not stay near the center for 8 weeks": no therapy named, the rule of the one class that
  // records it. Only an amount it never had is judged: an earlier one may be told in an undated text of its time.
  // A topic without such a rule (a transplant's section) is another therapy's.
  const anonymous =
    !facts.length &&
    !sentence.topic &&
    !sentence.mentions.some((m) => isTherapy(m.entity)) &&
    !!findPhrase(words, ANCHORS);
  if (anonymous) facts.push(...soleRecord(index, measure));
  // "as the current label requires": the rule of now, not one an undated text may tell of its time.
  // A period the sentence, its frame or its document gives ("| Rule | Since July 2025 |") dates it as well.
  const fronted = frontedDateOf(words);
  const unnamed = anonymous && !findPhrase(words, NOW) && !sentence.statedPeriod && !fronted;
  if (!facts?.length) return;
  // "In 2024, labels told patients to …": the amounts in force at some time that year (a year not over by the
  // knowledge base's date is judged as now).
  if (fronted && fronted.to < index.asOf) {
    const then = facts.filter((q) => (!q.since || q.since <= fronted.to) && (!q.until || fronted.from < q.until));
    if (!then.length || then.some((q) => near(amount.days, q)) || then.some((q) => q.value !== then[0]!.value)) return;
    report({
      messageId: 'amountThen',
      data: {
        What: capitalize(MEASURE_NAMES[measure]),
        value: amountText(then[0]!),
        claimed: amount.text,
        when: fronted.from.slice(0, 4),
      },
      sources: uniqueSources(then[0]!.sources),
      correction: then[0]!.text,
      span: { from: Math.min(cue.at, amount.at), to: Math.max(cue.at + cue.length, amount.to) },
    });
    return;
  }
  const asOf = index.asOf;
  const current = inForce(facts, asOf);
  // A rule told in the past ("patients were told not to drive for 8 weeks") is judged against every amount recorded;
  // one the sentence dates ("until 2025, patients had to …") against those of its date, the knowledge base's state.
  // "the current label asks you to stay close to the hospital where you were treated": a rule said of the current label
  // is told now, whatever tense a clause inside it has.
  const past =
    (!!findPhrase(words, PAST, clause.from, clause.to) || simplePastTelling(words, clause)) &&
    !findPhrase(words, NOW, clause.from, clause.to);
  const dated = sentence.statedPeriod !== undefined;
  const held = past && !dated ? facts : current;
  if (!current.length || held.some((q) => near(amount.days, q))) return;
  const now = current[0]!;
  const earlier = facts.find((q) => q.until && q.until <= asOf && near(amount.days, q));
  if (earlier && unnamed) return;
  const what = capitalize(MEASURE_NAMES[measure]);
  const value = earlier || !now.since ? amountText(now) : `${amountText(now)} (since ${monthYear(now.since)})`;
  report({
    messageId: earlier ? 'outdated' : 'amount',
    data: { What: what, value, claimed: amount.text, until: earlier?.until ? monthYear(earlier.until) : '' },
    sources: uniqueSources(now.sources, earlier?.sources),
    correction: now.text,
    span: { from: Math.min(cue.at, amount.at), to: Math.max(cue.at + cue.length, amount.to) },
  });
}

/**
 * "You can drive the day after your infusion", "There is no driving restriction after CAR-T": a rule the label sets
 * now, denied by permitting at once what it forbids or by saying there is none. Not judged with an amount ("you can
 * drive again 2 weeks after"), a date or the past, a negation before the wording, another regulator's rule or a trial.
 */
function checkPermission({ sentence, index, report }: RelationContext, clause: Clause): void {
  const { words } = sentence;
  for (const [measure, wording] of Object.entries(MEASURE_PERMISSIONS) as [
    QuantityMeasure,
    { permits: readonly string[]; absences: readonly string[] },
  ][]) {
    const absence = findPhrase(words, wording.absences, clause.from, clause.to);
    const permit = absence ? undefined : findPhrase(words, wording.permits, clause.from, clause.to);
    const cue = absence ?? permit;
    if (!cue) continue;
    if (permit && (!immediateAfterInfusion(sentence, clause) || sentence.negatedAt(permit.at))) continue;
    if (words.slice(clause.from, cue.at).some((w) => NEGATIONS.has(w.lower))) continue;
    if (!patientSubject(words, clause, cue.at, !!absence) || !forPatient(words, cue.at + cue.length)) continue;
    const clauseIndex = sentence.clauses.indexOf(clause);
    const inClause = sentence.mentions.filter((m) => m.clause === clauseIndex && isTherapy(m.entity));
    // "You can drive the day after a lumbar puncture, but not after a CAR-T infusion": a therapy set apart.
    if (inClause.some((m) => m.mark)) continue;
    // The rule's therapy or infusion in this clause: "no driving restriction after a blood test, but after Yescarta …".
    if (!inClause.length && !findPhrase(words, ANCHORS, clause.from, clause.to)) continue;
    // Any amount of time ("two weeks after their infusion") may be the restriction's length.
    if (words.some((_, i) => i >= clause.from && amountAt(words, i, clause.to))) continue;
    if (sentence.statedPeriod || frontedDateOf(words) || findPhrase(words, PAST, clause.from, clause.to)) continue;
    const { regulator, date } = qualifiersOf(sentence, clause);
    if (date || (regulator && regulator !== defaultRegulator(index))) continue;
    if (sentence.mentions.some((m) => m.entity.type === 'trial')) continue;
    const current = inForce(recordedFacts(sentence, index, measure), index.asOf);
    if (!current.length || current.some((q) => q.value === undefined)) continue;
    reportRemains(report, measure, current[0]!, { from: cue.at, to: cue.at + cue.length });
  }
}

/**
 * A time of immediacy (time-immediacy-cues) that follows the infusion: bare ("straight away") or, when it says after
 * what ("the day after …", "immediately after …"), followed by a therapy or the infusion before the next punctuation
 * ("right after the consultation" follows something else).
 */
function immediateAfterInfusion(sentence: ClaimSentence, clause: Clause): boolean {
  const { words } = sentence;
  const cue = findPhrase(words, IMMEDIATE, clause.from, clause.to);
  if (!cue) return false;
  let k = cue.at + cue.length;
  if (!cue.phrase.endsWith(' after')) {
    if (words[k]?.lower !== 'after') return true;
    k++;
  }
  for (let end = k; end < clause.to && !words[end]!.punct; end++)
    if (ANCHORS.includes(words[end]!.lower) || sentence.mentions.some((m) => m.from === end && isTherapy(m.entity)))
      return true;
  return false;
}

/** "no driving restriction for caregivers": a rule's absence said of someone other than the patient. */
function forPatient(words: readonly Word[], at: number): boolean {
  if (words[at]?.lower !== 'for') return true;
  let k = at + 1;
  while (DETERMINERS.has(words[k]?.lower ?? '')) k++;
  return PATIENT_WORDS.has(words[k]?.lower ?? '');
}

const DETERMINERS = lexiconWords('determiners');
const PATIENT_WORDS = new Set([
  ...lexiconWords('patient-heads'),
  ...lexicon('reader-recipients').map((r) => r.split(' ').at(-1)!),
]);
const AUXILIARIES = lexiconWords('auxiliaries');
// The dummy subjects of "there is no driving restriction", "it is safe to drive".
const DUMMY_SUBJECTS = new Set(['there', 'it']);

/**
 * Whether the rule's wording is said of the patient: a patient or the reader ("patients may drive", "you are free
 * to drive"), a dummy subject, or none ("Driving is allowed …"); a caregiver may drive at once. An absence may have one
 * verb between ("patients face no limits on driving").
 */
function patientSubject(words: readonly Word[], clause: Clause, at: number, absence: boolean): boolean {
  let k = at - 1;
  while (k >= clause.from && AUXILIARIES.has(words[k]!.lower)) k--;
  if (k < clause.from || words[k]!.punct) return true;
  if (PATIENT_WORDS.has(words[k]!.lower) || DUMMY_SUBJECTS.has(words[k]!.lower)) return true;
  return absence && k - 1 >= clause.from && PATIENT_WORDS.has(words[k - 1]!.lower);
}

function cueOf(sentence: ClaimSentence, clause: Clause, measure: QuantityMeasure) {
  if (measure === 'malignancy-monitoring') return malignancyMonitoringIn(sentence, clause);
  const cues = MEASURE_CUES[measure]!;
  const cue = findPhrase(sentence.words, cues, clause.from, clause.to);
  // "monitoring for new cancers": monitoring for new malignancies, not the monitoring in the weeks after an infusion.
  if (cue && measure === 'monitoring' && malignancyMonitoringIn(sentence, clause)) return undefined;
  // "monitored daily": daily monitoring, not monitoring in general.
  if (
    cue &&
    measure === 'monitoring' &&
    findPhrase(sentence.words, MEASURE_CUES['daily-monitoring']!, clause.from, clause.to)
  )
    return undefined;
  // "long-term monitoring: 15 years": not the monitoring in the weeks after an infusion.
  if (
    cue &&
    measure === 'monitoring' &&
    LONG_TERM.some((m) => phraseAt(sentence.words, cue.at - m.split(' ').length, m))
  )
    return undefined;
  if (!cue && measure === 'driving-restriction') return drivingPreventionIn(sentence, clause);
  if (!cue || measure !== 'stay-near-center') return cue;
  // Near a place of treatment: "stay close to your family" is not the rule.
  for (let i = cue.at + cue.length; i < clause.to; i++) if (PLACES.has(sentence.words[i]!.lower)) return cue;
  return undefined;
}

// The class of prohibiting with its object and "from driving" ("the label keeps her from driving"), and a negated verb
// of the class of permitting with its object and "drive" ("don't let Breyanzi patients drive"): the driving restriction.
const PROHIBITING = lexicon('prohibiting-verbs');
const PERMITTING = lexicon('permitting-verbs');
// Words an object may take between the verb and its act: "keeps Mrs Jones and her husband from driving".
const OBJECT_REACH = 6;

function drivingPreventionIn(
  sentence: ClaimSentence,
  clause: Clause,
): { at: number; length: number; phrase: string } | undefined {
  const { words } = sentence;
  const act = (from: number, forms: readonly string[]) => {
    for (let k = from + 1; k < Math.min(clause.to, from + OBJECT_REACH + 1); k++)
      if (forms.some((f) => phraseAt(words, k, f)))
        return k + forms.find((f) => phraseAt(words, k, f))!.split(' ').length;
    return undefined;
  };
  for (const verb of findAllPhrases(words, PROHIBITING, clause.from, clause.to)) {
    if (sentence.negatedAt(verb.at)) continue;
    const end = act(verb.at + verb.length - 1, ['from driving']);
    if (end !== undefined) return { at: verb.at, length: end - verb.at, phrase: 'prohibited from driving' };
  }
  for (const verb of findAllPhrases(words, PERMITTING, clause.from, clause.to)) {
    if (!sentence.negatedAt(verb.at)) continue;
    // The negation opens the cue: "do not let", "doesn't allow".
    let neg = verb.at - 1;
    while (neg >= clause.from && neg >= verb.at - 3 && !NEGATIONS.has(words[neg]!.lower)) neg--;
    if (neg < clause.from || neg < verb.at - 3) continue;
    const end = act(verb.at + verb.length - 1, ['to drive', 'drive']);
    if (end !== undefined) return { at: neg, length: end - neg, phrase: 'not allowed to drive' };
  }
  return undefined;
}

const CHANGES = lexicon('quantity-change-verbs');

interface Change {
  at: number;
  to: number;
  before: Amount;
  after: Amount;
}

/** A change verb, then "from A to B <unit>" or "from A <unit> to B <unit>" (A takes B's unit when it has none). */
function changeIn(words: readonly Word[], clause: Clause): Change | undefined {
  for (const verb of findAllPhrases(words, CHANGES, clause.from, clause.to)) {
    // "cut the driving restriction from 8 to 2 weeks": the object may stand between.
    let k = verb.at + verb.length;
    while (k < clause.to && k < verb.at + verb.length + 8 && words[k]!.lower !== 'from') k++;
    if (words[k]?.lower !== 'from') continue;
    const firstCount = words[k + 1];
    const withUnit = amountAt(words, k + 1, clause.to);
    const toAt = withUnit ? withUnit.to : k + 2;
    if (words[toAt]?.lower !== 'to') continue;
    const after = amountAt(words, toAt + 1, clause.to);
    if (!after || !firstCount) continue;
    let before = withUnit;
    if (!before) {
      const value = /^\d+(?:\.\d+)?$/.test(firstCount.lower) ? Number(firstCount.lower) : cardinal(firstCount.lower);
      if (value === undefined) continue;
      const unitDays = after.days / numberOf(words[toAt + 1]!.lower)!;
      before = { at: k + 1, to: k + 2, days: value * unitDays, text: `${firstCount.text} ${words[toAt + 2]!.text}` };
    }
    return { at: verb.at, to: after.to, before, after };
  }
  return undefined;
}

function numberOf(word: string): number | undefined {
  return /^\d+(?:\.\d+)?$/.test(word) ? Number(word) : word === 'a' || word === 'an' ? 1 : cardinal(word);
}

/**
 * "The stay near the center was shortened from 8 to 2 weeks": the new amount against the current one, the old against
 * the one the label set until then. Judged only when the record has both, and not for another regulator's rule.
 */
function changedRule(
  { sentence, index, report }: RelationContext,
  clause: Clause,
  measure: QuantityMeasure,
  change: Change,
): void {
  const { words } = sentence;
  const regulator = qualifiersOf(sentence, clause).regulator;
  if (regulator && regulator !== defaultRegulator(index)) return;
  if (sentence.mentions.some((m) => m.entity.type === 'trial') || sentence.negatedAt(change.at)) return;
  const facts = recordedFacts(sentence, index, measure);
  const asOf = index.asOf;
  const current = inForce(facts, asOf);
  const earlier = facts.filter((q) => q.until && q.until <= asOf);
  if (current.length !== 1 || earlier.length !== 1) return;
  const now = current[0]!;
  const then = earlier[0]!;
  if (near(change.after.days, now) && near(change.before.days, then)) return;
  report({
    messageId: 'change',
    data: {
      What: capitalize(MEASURE_NAMES[measure]),
      before: amountText(then),
      value: amountText(now),
      claimedBefore: change.before.text,
      claimed: change.after.text,
    },
    sources: uniqueSources(now.sources, then.sources),
    correction: now.text,
  });
}

const DENIALS = lexicon('quantity-rule-denials');
const NO_LONGER = 'no longer';
const REMS_QUALIFIERS = lexicon('quantity-rems-qualifiers');

/** "no longer" anywhere in the clause; the other denials after the rule's noun ("the driving restriction was dropped"). */
function ruleDenial(words: readonly Word[], clause: Clause, cue: { at: number; length: number }) {
  const noLonger = findPhrase(words, [NO_LONGER], clause.from, clause.to);
  if (noLonger) return noLonger;
  return findPhrase(words, DENIALS, cue.at + cue.length, clause.to);
}

/**
 * A rule denied now ("patients no longer need to stay near the center", "the driving restriction was dropped"): false
 * while the label sets it, and so is a denied amount that is the current one ("the 2-week restriction no longer
 * applies"). A denied amount the label set only before ("the 8-week restriction was dropped") is true. A denial dated or
 * told in the past, or of another regulator's rule, is not judged.
 */
function deniedRule(
  { sentence, index, report }: RelationContext,
  clause: Clause,
  measure: QuantityMeasure,
  cue: { at: number; length: number },
  denial: { at: number },
  amounts: readonly Amount[],
): void {
  const { words } = sentence;
  // "no longer monitored in the ICU": monitoring is said of many places and schedules; its denial is not read.
  if (ORDERED.has(measure) || amounts.length > 1 || sentence.statedPeriod || frontedDateOf(words)) return;
  // "patients no longer stay near …" tells a habit; a stay or a follow-up is denied as a rule with a requirement
  // ("no longer need to", "is no longer required") or as the rule's noun ("the stay near the center was dropped").
  if (
    NEEDS_REQUIREMENT.has(measure) &&
    !findPhrase(words, REQUIREMENT, clause.from, clause.to) &&
    !(denial.at > cue.at)
  )
    return;
  if (qualifiersOf(sentence, clause).date) return;
  const regulator = qualifiersOf(sentence, clause).regulator;
  if (regulator && regulator !== defaultRegulator(index)) return;
  if (sentence.mentions.some((m) => m.entity.type === 'trial')) return;
  // "The REMS no longer requires patients to stay near a certified center": the REMS's requirement, which did end.
  if (findPhrase(words, REMS_QUALIFIERS, clause.from, clause.to)) return;
  // "After your infusion, you no longer need to …": the rule of the one class that records it.
  const current = inForce(recordedFacts(sentence, index, measure), index.asOf);
  if (!current.length || current.some((q) => q.value === undefined)) return;
  const amount = amounts[0];
  if (amount && !current.some((q) => near(amount.days, q))) return;
  reportRemains(report, measure, current[0]!);
}

/** The rule still applies, at its current amount. */
function reportRemains(
  report: RelationContext['report'],
  measure: QuantityMeasure,
  now: Quantity,
  span?: { from: number; to: number },
): void {
  report({
    messageId: 'remains',
    data: {
      What: capitalize(MEASURE_NAMES[measure]),
      value: now.since ? `${amountText(now)} (since ${monthYear(now.since)})` : amountText(now),
    },
    sources: uniqueSources(now.sources),
    correction: now.text,
    ...(span ? { span } : {}),
  });
}

/**
 * The amounts recorded for what the sentence names; with no therapy named but an infusion, those of the one entity
 * that records the measure.
 */
function recordedFacts(sentence: ClaimSentence, index: KnowledgeIndex, measure: QuantityMeasure): Quantity[] {
  const facts = ownOrTopicFacts(sentence, index, measure);
  if (
    !facts.length &&
    !sentence.topic &&
    !sentence.mentions.some((m) => isTherapy(m.entity)) &&
    findPhrase(sentence.words, ANCHORS)
  )
    facts.push(...soleRecord(index, measure));
  return facts;
}

/** The amounts in force on `asOf`. */
function inForce(facts: readonly Quantity[], asOf: string): Quantity[] {
  return facts.filter((q) => (!q.since || q.since <= asOf) && (!q.until || asOf < q.until));
}

const RULE_ENDS = lexicon('rule-end-verbs');
// "stop after 5 years", "ends at five years" (data/lexicon).
const RULE_END_POINTS = lexiconWords('rule-end-points');
const SURVEILLANCE = lexicon('surveillance-words');
const NEW_MALIGNANCIES = lexicon('new-malignancy-nouns');
const SECONDARY_MALIGNANCY = 'secondary-hematological-malignancy';

/**
 * "checks for new cancers", "monitored for secondary T-cell malignancies": a surveillance word, "for", then (past
 * determiners) a new malignancy named by the lexicon or by a secondary-malignancy term.
 */
function malignancyMonitoringIn(sentence: ClaimSentence, clause: Clause) {
  const { words } = sentence;
  const determiners = lexiconWords('determiners');
  for (let i = clause.from; i < clause.to; i++) {
    const cue = phraseStartingAt(words, i, SURVEILLANCE);
    if (!cue || words[i + cue.length]?.lower !== 'for') continue;
    let k = i + cue.length + 1;
    while (k < clause.to && determiners.has(words[k]!.lower)) k++;
    const named =
      phraseStartingAt(words, k, NEW_MALIGNANCIES) !== undefined ||
      sentence.mentions.some((m) => m.from === k && m.entity.id === SECONDARY_MALIGNANCY) ||
      sentence.mentions.some((m) => m.from === k && (m.entity.parents ?? []).includes(SECONDARY_MALIGNANCY));
    if (named) return { at: i, length: cue.length, phrase: cue.phrase };
  }
  return undefined;
}

/**
 * The durations a clause gives a rule: "for [at least] N weeks", "N-year" before a noun ("15-year follow-up"), and
 * the end a verb gives it ("can stop after 5 years", "ends at five years", "ends 1 year after treatment"). A range ("2–4 weeks") or a vague
 * amount ("a few weeks") is none.
 */
function amountsIn(words: readonly Word[], clause: Clause): Amount[] {
  const found: Amount[] = [];
  for (let i = clause.from; i < clause.to; i++) {
    const end = phraseStartingAt(words, i, RULE_ENDS);
    if (end) {
      const after = i + end.length;
      const amount =
        words[after] && RULE_END_POINTS.has(words[after]!.lower)
          ? amountAt(words, after + 1, clause.to)
          : words[after + 2]?.lower === 'after'
            ? amountAt(words, after, clause.to)
            : undefined;
      if (amount) {
        found.push({ ...amount, at: i, ends: true });
        i = amount.to - 1;
        continue;
      }
    }
    // "No driving: 8 weeks", "Driving restriction after infusion: 2 weeks": a label line's value.
    if (words[i]!.lower === ':') {
      const amount = amountAt(words, i + 1, clause.to);
      if (amount && amount.to === clause.to - (words[clause.to - 1]?.punct ? 1 : 0)) {
        found.push({ ...amount, at: i, linked: true, label: true });
        i = amount.to - 1;
        continue;
      }
    }
    const link = words[i]!.lower === 'for' ? undefined : phraseStartingAt(words, i, LINKS);
    if (words[i]!.lower === 'for' || link) {
      const after = i + (link?.length ?? 1);
      const lead = findPhrase(words, AMOUNT_LEADS, after, after + 1);
      const at = lead ? after + lead.length : after;
      const amount =
        amountAt(words, at, clause.to) ??
        (lead && ORDINAL_LEADS.includes(lead.phrase) ? oneUnitAt(words, at, clause.to) : undefined);
      if (amount) found.push({ ...amount, at: i, ...(link ? { linked: true } : {}) });
      if (link) i += link.length - 1;
    } else if (timeUnit(words[i]!.lower) && words[i]!.hyphenBefore && !/^\d+$/.test(words[i - 2]?.lower ?? '')) {
      const amount = amountAt(words, i - 1, clause.to);
      if (amount && words[i + 1] && words[i + 1]!.lower !== 'old') found.push({ ...amount, modifier: true });
    } else if (timeUnit(words[i]!.lower) && words[i + 1]?.lower === 'of' && measureAfterOf(words, i + 2)) {
      // "15 years of follow-up", "two weeks of daily monitoring": the amount measures the rule named after "of", as
      // the dashed "15-year follow-up" does ("within two hours of the centre" is a distance).
      const amount = amountAt(words, i - 1, clause.to);
      if (amount) found.push({ ...amount, modifier: true });
    }
  }
  return found;
}

// Up to two modifiers between "of" and the rule: "of long-term follow-up", "of daily monitoring".
const MAX_RULE_MODIFIERS = 2;

/** Whether a measure's cue starts at `at` or after at most two modifier words. */
function measureAfterOf(words: readonly Word[], at: number): boolean {
  for (let k = at; k <= at + MAX_RULE_MODIFIERS && k < words.length && !words[k]!.punct; k++)
    if (Object.values(MEASURE_CUES).some((cues) => phraseStartingAt(words, k, cues))) return true;
  return false;
}

/** The amounts of `measure` when a single entity records them (with no `appliesTo`-only copies elsewhere). */
function soleRecord(index: KnowledgeIndex, measure: QuantityMeasure): Quantity[] {
  let owner: Entity | undefined;
  for (const entity of index.entities() as Iterable<Entity>) {
    if (!entity.quantities?.some((q) => q.measure === measure && !q.unverified)) continue;
    if (owner) return [];
    owner = entity;
  }
  return owner?.quantities?.filter((q) => q.measure === measure && !q.unverified) ?? [];
}

function amountAt(words: readonly Word[], at: number, to: number): Amount | undefined {
  const count = words[at]?.lower;
  const unit = timeUnit(words[at + 1]?.lower ?? '');
  if (count === undefined || !unit || at + 1 >= to) return undefined;
  const value = /^\d+(?:\.\d+)?$/.test(count) ? Number(count) : count === 'a' || count === 'an' ? 1 : cardinal(count);
  // "a few weeks", "2–4 weeks": no single amount.
  if (value === undefined || (words[at]!.hyphenBefore && /^\d/.test(words[at - 1]?.lower ?? ''))) return undefined;
  return { at, to: at + 2, days: value * UNIT_DAYS[unit], text: `${count} ${words[at + 1]!.text}` };
}

/** "the first month": a unit with no count after an ordinal lead is one of it. */
function oneUnitAt(words: readonly Word[], at: number, to: number): Amount | undefined {
  const unit = timeUnit(words[at]?.lower ?? '');
  // "the first weeks" counts none.
  if (!unit || at >= to || words[at]!.lower.endsWith('s')) return undefined;
  return { at, to: at + 1, days: UNIT_DAYS[unit], text: `1 ${words[at]!.text}` };
}

function near(days: number, q: Quantity): boolean {
  // No amount is life-long.
  if (q.value === undefined || q.unit === undefined) return false;
  const recorded = q.value * UNIT_DAYS[q.unit];
  return Math.abs(days - recorded) <= recorded * TOLERANCE;
}

function amountText(q: Quantity): string {
  if (q.value === undefined || q.unit === undefined) return 'lifelong';
  const amount = `${q.value} ${q.unit}${q.value === 1 ? '' : 's'}`;
  return q.bound === 'at-least' ? `at least ${amount}` : q.bound === 'up-to' ? `up to ${amount}` : amount;
}

/**
 * The recorded amounts of `measure` for what the sentence names: its own, or those whose `appliesTo` lists it. Undefined when it names a therapy with none recorded beside one with some ("Aucatzyl and Kymriah"), or
 * nothing with any.
 */
/**
 * The amounts of the measure recorded for what the sentence names, or for its topic when it names no therapy ("## After
 * your CAR-T infusion" over "Do not drive for 8 weeks.": judged as if it named it); none when which one is unknown.
 */
function ownOrTopicFacts(sentence: ClaimSentence, index: KnowledgeIndex, measure: QuantityMeasure): Quantity[] {
  const own = factsFor(sentence, index, measure);
  const { topic } = sentence;
  if (!own || own.length || !topic || sentence.mentions.some((m) => isTherapy(m.entity))) return own ?? [];
  return (quantitiesOf(index).get(topic.id) ?? []).filter((q) => q.measure === measure && !q.unverified);
}

function factsFor(sentence: ClaimSentence, index: KnowledgeIndex, measure: QuantityMeasure): Quantity[] | undefined {
  const byEntity = quantitiesOf(index);
  const facts: Quantity[] = [];
  let unknown = false;
  for (const mention of sentence.mentions as Mention[]) {
    if (mention.mark) continue;
    const own = (byEntity.get(mention.entity.id) ?? []).filter((q) => q.measure === measure && !q.unverified);
    if (own.length) facts.push(...own);
    else if (isTherapy(mention.entity)) unknown = true;
  }
  // A therapy without the class's record beside one with it: which amount the sentence means is unknown. Amounts
  // recorded on the measured thing itself (long-term follow-up) hold whatever therapy is named.
  if (unknown && facts.some((q) => q.appliesTo)) return undefined;
  return facts;
}

const cache = new WeakMap<KnowledgeIndex, Map<string, Quantity[]>>();

/** Each entity's quantities: its own, and those whose `appliesTo` lists it. */
function quantitiesOf(index: KnowledgeIndex): Map<string, Quantity[]> {
  let map = cache.get(index);
  if (map) return map;
  map = new Map();
  const add = (id: string, q: Quantity) => {
    const list = map!.get(id);
    if (list) list.push(q);
    else map!.set(id, [q]);
  };
  for (const entity of index.entities() as Iterable<Entity>)
    for (const q of entity.quantities ?? []) {
      add(entity.id, q);
      for (const id of q.appliesTo ?? []) add(id, q);
    }
  cache.set(index, map);
  return map;
}

/**
 * "The Kymriah label told patients not to drive for 8 weeks": a verb of telling in the simple past; an auxiliary just
 * before it ("patients are told", "the label has required") tells the rule now.
 */
function simplePastTelling(words: readonly Word[], clause: Clause): boolean {
  for (let k = clause.from; k < clause.to; k++)
    if (
      PAST_VERBS.has(words[k]!.lower) &&
      !AUXILIARIES.has(words[k - 1]?.lower ?? '') &&
      !AUXILIARIES.has(words[k - 2]?.lower ?? '')
    )
      return true;
  return false;
}
