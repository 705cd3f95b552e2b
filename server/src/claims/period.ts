import { isYear } from '../util/text';
import { KnowledgeIndex } from '../kb/index';
import type { Entity, KnowledgeBase } from '../kb/types';
import { defaultRegulator, isTherapy, membersOf } from './knowledge';
import {
  arrivalBoundAfterDenial,
  frontedCutOffClause,
  frontedEventBound,
  frontedStateTime,
  relativeCutOffAt,
  relativeSceneAt,
} from './adjunct';
import { isProduct } from './arrival-order';
import { eventClauseAt, REFERRING_PRONOUNS } from './clauses';
import { lexicon } from './lexicon';
import { datelineOf, monthOf } from './qualifiers';
import type { ClaimSentence } from './sentence';
import { breaksClause, type Clause, findPhrase, isClauseBreak, phraseStartingAt, type Word } from './words';

/**
 * When a sentence speaks: the days (ISO, inclusive) its statement is judged at. A verdict stands only when the
 * knowledge base as of every day in the period contradicts it, so a statement true at some point of its period
 * ("five CAR-Ts are approved" in a 2021 article) is not judged by what was approved later.
 */
export interface Period {
  from: string;
  to: string;
}

/**
 * A document's own time: `current` without a date (copy being written is judged as of the knowledge base's date),
 * `unknown` when its front matter says the date is not known (or writes one that cannot be read), else its period.
 */
export type DocumentTime = { kind: 'current' } | { kind: 'unknown' } | { kind: 'dated'; period: Period };

const DATE_LINE = /^date:[ \t]*["']?([^"'\r\n]*?)["']?[ \t]*$/m;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/;

/** The document's time from its front matter `date:` (YYYY, YYYY-MM, YYYY-MM-DD, or a timestamp). */
export function documentTimeOf(frontMatter: { text: string } | undefined): DocumentTime {
  const line = frontMatter && DATE_LINE.exec(frontMatter.text);
  if (!line) return { kind: 'current' };
  const iso = ISO.exec(line[1]!.trim());
  if (!iso) return { kind: 'unknown' };
  const [, year, month, day] = iso;
  return { kind: 'dated', period: periodOf(Number(year), month ? Number(month) : undefined, day) };
}

function periodOf(year: number, month?: number, day?: string): Period {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return { from: `${y}-01-01`, to: `${y}-12-31` };
  const m = String(month).padStart(2, '0');
  if (day) return { from: `${y}-${m}-${day}`, to: `${y}-${m}-${day}` };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${y}-${m}-01`, to: `${y}-${m}-${String(last).padStart(2, '0')}` };
}

function dayBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - 1)).toISOString().slice(0, 10);
}

// Cue lexicons (data/lexicon): "as of May 2024", "by 2023" (at the end of the date); "before 2024" (just before it);
// "at the time" (a past the sentence does not date).
const AT = lexicon('time-at-cues');
const JUST_BEFORE = lexicon('time-before-cues');
const UNDATED_PAST = lexicon('undated-past-cues');
const FORMER_VALUE = lexicon('former-value-cues');
const LATER_EVENT = lexicon('later-event-cues');
const ENDING_EVENT = lexicon('ending-event-cues');
const CUE_FIRST_WORDS = new Set(
  [...AT, ...JUST_BEFORE, ...UNDATED_PAST, ...lexicon('time-relative-scenes'), 'then'].map((p) => p.split(' ')[0]!),
);

/**
 * The period a sentence names for its statement, `unknown-past` for a past it does not date, or undefined when it
 * names none (the document's time applies).
 */
export function sentencePeriodOf(words: readonly Word[]): Period | 'unknown-past' | undefined {
  // "UPDATE, July 2025: the FDA has just dropped the REMS …": a statement with no date of its own after a dateline of
  // writing holds as of the dateline's date.
  const dateline = datelineOf(words);
  if (dateline && yearsIn(words, dateline.to, words.length) === 0) {
    const date = dateAt(words, dateline.date);
    if (date) return { from: date.to, to: date.to };
  }
  if (frontedEventBound(words)) return 'unknown-past';
  const scene = openingEventDate(words);
  if (scene) return scene;
  // "In 2019, Kymriah was approved only for …": the state through 2019.
  const state = frontedStateTime(words);
  if (state && yearsIn(words, 0, words.length) === 1) return dateAt(words, state.date);
  // A cut-off anywhere dates the past an undated cue leaves open ("No CAR-T had yet been approved for myeloma by 2020").
  let undated: 'unknown-past' | undefined;
  for (let i = 0; i < words.length; i++) {
    const lower = words[i]!.lower;
    if (!CUE_FIRST_WORDS.has(lower) || datesFormerValue(words, 0, i)) continue;
    const cut = cutOffAt(words, i);
    // A sentence that names other years too tells several times: the relations read each date themselves.
    if (cut && yearsIn(words, 0, words.length) === 1) return cut;
    if (phraseStartingAt(words, i, UNDATED_PAST)) undated = 'unknown-past';
    // "Then an experimental treatment, CAR T-cell therapy …": "then" opening a description, not a sequence.
    if (i === 0 && lower === 'then' && (words[1]?.lower === 'a' || words[1]?.lower === 'an')) undated = 'unknown-past';
  }
  return undated;
}

const EXISTENTIAL_VERBS = lexicon('existential-past-verbs');
const STATE_OPENERS = lexicon('state-time-openers');
const PART_OPENERS = lexicon('period-part-openers');
const EVENT_NOUNS = new Set(lexicon('dated-event-nouns'));

/**
 * "In 2019 there was no REMS for Kymriah", "There was no approved CAR-T for myeloma in 2020", "by the time of his
 * infusion in September 2025 there was no REMS for Yescarta": a past existential states what held at the one date its
 * clause puts after a time preposition ("in", "during", "by", "as of", "at the start of"); its clause is judged then.
 * Not when what it says existed is an event ("there was no CAR-T approval in 2019"): that date is the events'.
 */
export function existentialScopeOf(
  words: readonly Word[],
  clauses: readonly Clause[],
): { clause: Clause; period: Period } | undefined {
  const there = words.findIndex((_, i) => pastExistentialAt(words, i));
  const clause = there < 0 ? undefined : clauses.find((c) => c.from <= there && there < c.to);
  // One date in the clause; a clause telling another time ("…, which was approved that November") is not scoped.
  if (!clause || yearsIn(words, clause.from, clause.to) !== 1) return undefined;
  let year = clause.from;
  while (!isYear(words[year]!.lower)) year++;
  const start = dateStartBefore(words, year);
  for (let k = clause.from; k < clause.to; k++)
    if ((k < start || k > year) && monthOf(words[k]!.lower) !== undefined && words[k]!.text !== 'may') return undefined;
  // Nothing but a comma closing a fronted date between the date and the existential ("In 2019, there was …").
  const [from, to] = year < there ? [year + 1, there] : [there, start];
  for (let k = from; k < to; k++) {
    const word = words[k]!;
    if (breaksClause(word) || (word.lower === ',' && !(year < there && k === year + 1))) return undefined;
  }
  const end = year < there ? clauseEndAfter(words, there) : start;
  for (let k = there; k < end; k++) if (EVENT_NOUNS.has(words[k]!.lower)) return undefined;
  const period = datedByPreposition(words, start);
  return period && { clause, period };
}

/** "there was", "there had been", "there existed" at word `at` (data/lexicon/existential-past-verbs). */
export function pastExistentialAt(words: readonly Word[], at: number): boolean {
  return words[at]?.lower === 'there' && phraseStartingAt(words, at + 1, EXISTENTIAL_VERBS) !== undefined;
}

function clauseEndAfter(words: readonly Word[], at: number): number {
  let k = at;
  while (k < words.length && !isClauseBreak(words[k]!) && words[k]!.lower !== ',') k++;
  return k;
}

/**
 * The date starting at `start` as the object of a time preposition: the whole date after "in", "during"; its end
 * after a cut-off ("by", "as of"); a part of the year after "the start of", "mid", "late". Undefined without one.
 */
function datedByPreposition(words: readonly Word[], start: number): Period | undefined {
  const endingAt = (lists: readonly (readonly string[])[], at: number) => {
    for (let i = Math.max(0, at - 4); i < at; i++)
      for (const list of lists) if (phraseStartingAt(words, i, list)?.length === at - i) return list;
    return undefined;
  };
  for (let part = Math.max(0, start - 3); part < start; part++) {
    const approximate = approximateDateAt(words, part);
    if (approximate && endingAt([STATE_OPENERS, AT, PART_OPENERS], part) !== undefined) return approximate;
  }
  const date = dateAt(words, start);
  const cue = date && endingAt([STATE_OPENERS, AT], start);
  if (!date || !cue) return undefined;
  return cue === AT ? { from: date.to, to: date.to } : date;
}

const SCENE_OPENERS = lexicon('temporal-clause-openers');

/**
 * "When Yescarta was approved in 2017, it was not approved for FL": an opening event clause ("when", "once") dated by
 * the sentence's only year sets the time the rest of the sentence holds at.
 */
function openingEventDate(words: readonly Word[]): Period | undefined {
  const opener = phraseStartingAt(words, 0, SCENE_OPENERS);
  // As in the clause splitter, an event whose subject is a pronoun ("When it required …") is not set apart.
  if (!opener || eventClauseAt(words, 0)?.at !== 0 || REFERRING_PRONOUNS.has(words[opener.length]?.lower ?? ''))
    return undefined;
  const comma = words.findIndex((w) => w.lower === ',');
  if (comma < 0 || yearsIn(words, 0, words.length) !== 1 || yearsIn(words, 0, comma) !== 1) return undefined;
  let start = words.findIndex((w) => isYear(w.lower));
  while (start > 1 && (monthOf(words[start - 1]!.lower) !== undefined || /^\d{1,2}$/.test(words[start - 1]!.lower)))
    start--;
  return dateAt(words, start);
}

// After a fronted date, words that make it one end of a range ("In 2017 to 2020"), not the whole sentence's time.
const RANGE_JOINS = new Set(['to', 'and', 'through', 'or', '-', '–']);

/**
 * "In 2024, labels told patients …": a date opening the sentence, the only year in it. Of a state (a rule in force)
 * it is the time the statement holds; of an event ("In 2023, the FDA approved …") it is the event's date, which the
 * relations read themselves, so it is not a period for every relation.
 */
export function frontedDateOf(words: readonly Word[]): Period | undefined {
  if (!DURING.has(words[0]?.lower ?? '') || yearsIn(words, 0, words.length) !== 1) return undefined;
  const date = dateAt(words, 1);
  if (!date) return undefined;
  const year = words.findIndex((w) => isYear(w.lower));
  const next = words[year + 1];
  return next && !RANGE_JOINS.has(next.lower) && !next.hyphenBefore ? date : undefined;
}

const SINCE = lexicon('time-since-cues');
// Words that put a heading's date around what it frames: "Carvykti in 2025", "During 2024".
const DURING = new Set(['in', 'during', 'for']);

/**
 * The period a heading or a list's lead-in frames its bullets with, and the words that say it: "Cilta-cel in 2025"
 * (the year), "Since June 2025" (from then on), "Until 2024" (up to the day before), "As of 2023", "Kymriah (2019)",
 * "After the REMS was lifted (June 2025)" (a cue opening the line bounds its only date). None when the line names
 * another year too ("2017–2024"): it tells several times.
 */
export function framePeriodOf(
  words: readonly Word[],
  asOf: string,
): { period: Period; date: Period; from: number; to: number } | undefined {
  if (yearsIn(words, 0, words.length) !== 1) return undefined;
  const year = words.findIndex((w) => isYear(w.lower));
  // The date's first word: a day or a month before the year.
  let start = year;
  while (
    start > 0 &&
    start > year - 2 &&
    (monthOf(words[start - 1]!.lower) !== undefined || /^\d{1,2}$/.test(words[start - 1]!.lower))
  )
    start--;
  const date = dateAt(words, start);
  if (!date) return undefined;
  // The cue right before the date, or one opening the line.
  const cueAt = (at: number) => {
    for (let i = Math.max(0, at - 3); i < at; i++) {
      for (const list of [AT, JUST_BEFORE, SINCE]) {
        const cue = phraseStartingAt(words, i, list);
        if (cue && i + cue.length === at) return { i, kind: list };
      }
      if (i === at - 1 && (DURING.has(words[i]!.lower) || words[i]!.lower === 'after'))
        return { i, kind: words[i]!.lower };
    }
    return undefined;
  };
  const bracketed = words[start - 1]?.lower === '(';
  const adjacent = cueAt(bracketed ? start - 1 : start);
  const opening = adjacent ?? (start > 0 ? openingCue(words) : undefined);
  const from = opening?.i ?? start;
  const to = year + 1 + (words[year + 1]?.lower === ')' ? 1 : 0);
  const kind = opening?.kind;
  let period: Period;
  if (kind === AT) period = { from: date.to, to: date.to };
  else if (kind === JUST_BEFORE) period = { from: dayBefore(date.from), to: dayBefore(date.from) };
  else if (kind === SINCE) period = { from: date.from, to: asOf };
  else if (kind === 'after') period = { from: dayAfter(date.to), to: asOf };
  else period = date;
  return { period, date, from: bracketed && !adjacent ? start - 1 : from, to };
}

/** A period cue opening a line ("After the REMS was lifted (June 2025)", "Since the label change"). */
function openingCue(words: readonly Word[]): { i: number; kind: readonly string[] | string } | undefined {
  for (const list of [AT, JUST_BEFORE, SINCE]) if (phraseStartingAt(words, 0, list)) return { i: 0, kind: list };
  return words[0]?.lower === 'after' ? { i: 0, kind: 'after' } : undefined;
}

// "Since the REMS ended", "After REMS removal", "Following the end of the REMS" (data/lexicon).
const EVENT_OPENERS = [...lexicon('time-since-cues'), 'after', 'following'];
const REMS_ENDING = [...lexicon('rems-elimination-verbs'), ...lexicon('rems-end-nouns')];
// An opening adjunct is a short phrase: "Since the FDA lifted the REMS for CAR-Ts" is eight words.
const MAX_EVENT_WORDS = 8;

/**
 * "Since the REMS ended, …", a heading "Aftercare after REMS removal": words opening at `at` with the end of the REMS
 * (and no date of their own) speak of the time from the day the knowledge base records it, when every REMS it
 * records eliminated ended that day. Undefined otherwise.
 */
export function afterRemsEndOf(index: KnowledgeIndex, words: readonly Word[], at = 0): Period | undefined {
  const cue = phraseStartingAt(words, at, EVENT_OPENERS);
  if (!cue || yearsIn(words, 0, words.length) > 0) return undefined;
  let rems = false;
  let ending = false;
  const from = at + cue.length;
  for (let k = from; k < words.length && k <= from + MAX_EVENT_WORDS; k++) {
    if (words[k]!.lower === ',') break;
    if (words[k]!.lower === 'rems') rems = true;
    else if (phraseStartingAt(words, k, REMS_ENDING)) ending = true;
  }
  const day = rems && ending ? remsEndDay(index) : undefined;
  return day && day <= index.asOf ? { from: day, to: index.asOf } : undefined;
}

/**
 * "… before the REMS was lifted", "a year after the REMS for CAR-Ts ended": words [from, to) that name the end of the
 * REMS (the word and an ending verb or noun, before any comma), as the day the knowledge base records it. Undefined
 * when they do not, or when the recorded REMS ended on several days.
 */
export function remsEndNamed(
  index: KnowledgeIndex,
  words: readonly Word[],
  from: number,
  to: number,
): string | undefined {
  let rems = false;
  let ending = false;
  for (let k = from; k < Math.min(to, from + MAX_EVENT_WORDS); k++) {
    if (words[k]!.lower === ',') break;
    if (words[k]!.lower === 'rems') rems = true;
    else if (rems && phraseStartingAt(words, k, REMS_ENDING)) ending = true;
  }
  return rems && ending ? remsEndDay(index) : undefined;
}

const remsEnds = new WeakMap<KnowledgeIndex, string | null>();

/** The one day every eliminated REMS the knowledge base records ended, or undefined (none, or several days). */
function remsEndDay(index: KnowledgeIndex): string | undefined {
  let day = remsEnds.get(index);
  if (day === undefined) {
    const days = new Set<string>();
    for (const e of index.entities()) if (e.rems?.eliminated && !e.rems.unverified) days.add(e.rems.eliminated);
    day = days.size === 1 ? [...days][0]! : null;
    remsEnds.set(index, day);
  }
  return day ?? undefined;
}

/** The period a sentence states for itself: a date ("as of May 2024", "In 2024,") or a recorded event it opens with. */
export function ownPeriodOf(index: KnowledgeIndex, words: readonly Word[]): Period | 'unknown-past' | undefined {
  return sentencePeriodOf(words) ?? afterRemsEndOf(index, words);
}

/**
 * "No CAR-T had been approved for myeloma until Abecma's approval in March 2021": the clause a product's arrival
 * bounds speaks of the day before the product's own first approval by the default regulator (or, for an arrival not
 * resolved to a product, of any time from before the first approval of what it names); the arrival itself, and any
 * other clause, of the document's time.
 */
export function arrivalScopeOf(
  index: KnowledgeIndex,
  sentence: ClaimSentence,
): { clause: Clause; period: Period } | undefined {
  const { words, mentions, clauses } = sentence;
  const productAt = (at: number) => mentions.find((m) => m.from === at && isProduct(m.entity));
  const cue = arrivalBoundAfterDenial(words, (at) => productAt(at)?.to);
  if (cue === undefined) return undefined;
  const clause = clauses.find((c) => c.from < cue && cue <= c.to);
  const product = mentions.find((m) => m.from > cue && isProduct(m.entity))?.entity;
  const regulator = defaultRegulator(index);
  const arrival = product?.approvals
    ?.filter((a) => a.regulator === regulator)
    .map((a) => (a.date.length === 10 ? a.date : `${a.date}-01`))
    .sort()[0];
  // What was approved only grows: the denial holds up to the arrival if it holds the day before it.
  if (arrival) return clause && { clause, period: { from: dayBefore(arrival), to: dayBefore(arrival) } };
  const first = firstApprovalNamed(index, sentence);
  const from = first && dayBefore(first.length === 10 ? first : `${first}-01`.slice(0, 10));
  return clause && from && from <= index.asOf ? { clause, period: { from, to: index.asOf } } : undefined;
}

function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

/** "as of 2022", "by May 2024", "before 2024" at word `i`: the day the statement is judged at. */
function cutOffAt(words: readonly Word[], i: number): Period | undefined {
  // "in September 2026, by which time …": the end of the date before the comma.
  if (relativeCutOffAt(words, i)) {
    const date = dateAt(words, dateStartBefore(words, i - 2));
    return date && { from: date.to, to: date.to };
  }
  // "written in 2019, when Tecartus was not yet approved": the date before the comma, throughout.
  if (relativeSceneAt(words, i)) return dateAt(words, dateStartBefore(words, i - 2));
  // "By the time the ward opened in 2024, …": the end of the opening clause's date.
  const clause = i === 0 ? frontedCutOffClause(words) : undefined;
  if (clause) {
    const date = dateAt(words, dateStartBefore(words, clause.year));
    return date && { from: date.to, to: date.to };
  }
  const at = phraseStartingAt(words, i, AT);
  const before = at ? undefined : phraseStartingAt(words, i, JUST_BEFORE);
  const cue = at ?? before;
  if (!cue) return undefined;
  const anaphoric = before && anaphoricBefore(words, i + cue.length);
  if (anaphoric) return anaphoric;
  // "by mid-2023": the cut-off is some day within that part of the year, so every state in it is judged.
  const approximate = approximateDateAt(words, i + cue.length);
  if (approximate) return before ? { from: dayBefore(approximate.from), to: dayBefore(approximate.to) } : approximate;
  const date = dateAt(words, i + cue.length);
  if (!date) return undefined;
  // The end of the period, as a cut-off; "before" ends the day before it starts.
  return before ? { from: dayBefore(date.from), to: dayBefore(date.from) } : { from: date.to, to: date.to };
}

// "before that", "before then": the time the cue refers back to.
const BACK_REFERENCES = new Set(['that', 'then']);

/**
 * "Breyanzi approved for MZL in December 2025 — no CAR-T had been approved for MZL before": "before" with no date of its
 * own ("before", "before that", "before then", at the end of its clause) is just before the sentence's one date, which
 * an earlier clause names. Undefined otherwise.
 */
function anaphoricBefore(words: readonly Word[], at: number): Period | undefined {
  const end = BACK_REFERENCES.has(words[at]?.lower ?? '') ? at + 1 : at;
  if (end < words.length && !words[end]!.punct) return undefined;
  if (yearsIn(words, 0, words.length) !== 1) return undefined;
  const year = words.findIndex((w) => isYear(w.lower));
  if (year < 0 || year >= at) return undefined;
  const date = dateAt(words, dateStartBefore(words, year));
  return date && { from: dayBefore(date.from), to: dayBefore(date.from) };
}

/** The first word of the date whose year is at `year`: its month, or the day before or after it. */
function dateStartBefore(words: readonly Word[], year: number): number {
  let start = year;
  while (start > 0 && (monthOf(words[start - 1]!.lower) !== undefined || /^\d{1,2}$/.test(words[start - 1]!.lower)))
    start--;
  return start;
}

/**
 * "Until 2021 no CAR-T was approved for myeloma; Abecma changed that in March 2021": a sentence that names several
 * years, with a cut-off date that is the only year of its clause, bounds that clause's statement by it; the other
 * clauses speak at the document's time. With one year, a cut-off in the opening clause bounds the whole sentence
 * ("Before 2024, no CAR-T was approved for CLL; none was approved for MZL either").
 */
export function clausePeriodOf(
  words: readonly Word[],
  clauses: readonly Clause[],
): { clause: Clause; period: Period } | undefined {
  if (clauses.length < 2) return undefined;
  const severalYears = yearsIn(words, 0, words.length) > 1;
  // With one year, a cut-off in the opening clause bounds the whole sentence, unless a later clause says its event
  // came after ("By mid-2024, six CAR-Ts were approved; Aucatzyl came later"); one in a later clause only its own
  // ("Patients stay nearby for 2 weeks; before 2025 it was 4 weeks"). Nor does it bound a later clause naming the event
  // that ended the state it bounds ("Until 2021, no CAR-T was approved for myeloma; Abecma was the first").
  const openingOnly = clauses
    .slice(1)
    .some(
      (c) =>
        findPhrase(words, LATER_EVENT, c.from, c.to) !== undefined ||
        findPhrase(words, ENDING_EVENT, c.from, c.to) !== undefined,
    );
  for (const [c, clause] of clauses.entries()) {
    if (!severalYears && c === 0 && !openingOnly) continue;
    for (let i = clause.from; i < clause.to; i++) {
      if (!CUE_FIRST_WORDS.has(words[i]!.lower) || datesFormerValue(words, clause.from, i)) continue;
      const period = cutOffAt(words, i);
      // "… before that": the date it refers back to stands in an earlier clause.
      const own = yearsIn(words, clause.from, clause.to) === 1;
      if (period && (own || (!severalYears && yearsIn(words, clause.from, clause.to) === 0))) return { clause, period };
    }
  }
  return undefined;
}

/**
 * Whether a cue at word `at` follows a former or compared value ("2 weeks, down from 4 weeks before 2025"): its
 * date dates that value, not the statement.
 */
function datesFormerValue(words: readonly Word[], from: number, at: number): boolean {
  for (let k = from; k < at; k++) if (phraseStartingAt(words, k, FORMER_VALUE)) return true;
  return false;
}

// The parts of a year an approximation names ("early", "mid", "late" 2023), by their first and last months.
const YEAR_THIRDS: readonly { cues: readonly string[]; months: [number, number] }[] = [
  { cues: lexicon('period-early-cues'), months: [1, 4] },
  { cues: lexicon('period-mid-cues'), months: [5, 8] },
  { cues: lexicon('period-late-cues'), months: [9, 12] },
];

/** "mid-2023", "early 2022", "the middle of 2023" at `at`: the months that part of the year spans. */
function approximateDateAt(words: readonly Word[], at: number): Period | undefined {
  for (const { cues, months } of YEAR_THIRDS) {
    const cue = phraseStartingAt(words, at, cues);
    const year = cue && words[at + cue.length]?.lower;
    if (year && isYear(year))
      return { from: periodOf(Number(year), months[0]).from, to: periodOf(Number(year), months[1]).to };
  }
  return undefined;
}

function yearsIn(words: readonly Word[], from: number, to: number): number {
  let years = 0;
  for (let k = from; k < to; k++) if (isYear(words[k]!.lower)) years++;
  return years;
}

/** "2024", "May 2024", "March 30, 2024", "30 March 2024" starting at `at`. */
/** The date written at word `at` ("2022", "May 2022", "30 August 2017"), as the days it spans. */
export function dateAt(words: readonly Word[], at: number): Period | undefined {
  let k = at;
  if (words[k]?.lower === 'the' || words[k]?.lower === 'early' || words[k]?.lower === 'late') return undefined;
  let day: string | undefined;
  if (/^\d{1,2}$/.test(words[k]?.lower ?? '') && monthOf(words[k + 1]?.lower ?? '') !== undefined) {
    day = words[k]!.lower.padStart(2, '0');
    k++;
  }
  const month = monthOf(words[k]?.lower ?? '');
  if (month !== undefined && (words[k]!.lower !== 'may' || words[k]!.text === 'May')) {
    k++;
    if (!day && /^\d{1,2}$/.test(words[k]?.lower ?? '')) {
      day = words[k]!.lower.padStart(2, '0');
      k++;
      if (words[k]?.lower === ',') k++;
    }
  } else if (day) return undefined;
  const year = words[k]?.lower ?? '';
  if (!isYear(year)) return undefined;
  return periodOf(Number(year), month, month === undefined ? undefined : day);
}

/**
 * The knowledge base as it stood at the end of `day`: approvals, events and firsts after it do not exist yet, and a
 * REMS eliminated after it still applies. The view shares the base's term matcher and entity ids; views are kept
 * per day.
 */
export function knowledgeAsOf(index: KnowledgeIndex, day: string): KnowledgeIndex {
  const { dates, views } = datedOf(index);
  if (!dates.length || day >= dates[dates.length - 1]!) return index;
  // Days between two changes share one view: keyed by the last change on or before `day`.
  const key = lastChangeOnOrBefore(dates, day) ?? '';
  let view = views.get(key);
  if (!view) views.set(key, (view = new KnowledgeIndex(knowledgeBaseAsOf(index.kb, key || day), index.matcher)));
  return view;
}

function lastChangeOnOrBefore(dates: readonly string[], day: string): string | undefined {
  let found: string | undefined;
  for (const date of dates) if (date <= day) found = date;
  return found;
}

const dated = new WeakMap<KnowledgeIndex, { dates: string[]; views: Map<string, KnowledgeIndex> }>();

function datedOf(index: KnowledgeIndex): { dates: string[]; views: Map<string, KnowledgeIndex> } {
  let d = dated.get(index);
  if (!d) {
    const dates = new Set<string>();
    for (const e of index.entities()) for (const date of changeDatesOf(e)) dates.add(date);
    dated.set(index, (d = { dates: [...dates].sort(), views: new Map() }));
  }
  return d;
}

function changeDatesOf(e: Entity): string[] {
  return [
    ...(e.approvals ?? []).map((a) => a.date),
    // A limitation of use lifted from an approval changes what it covers.
    ...(e.approvals ?? []).flatMap((a) => (a.history ?? []).filter((h) => h.endsExclusions).map((h) => h.date)),
    ...(e.regulatoryEvents ?? []).flatMap((r) => (r.date ? [r.date] : [])),
    ...(e.firsts ?? []).flatMap((f) => (f.date ? [f.date] : [])),
    ...(e.rems?.eliminated ? [e.rems.eliminated] : []),
    ...(e.quantities ?? []).flatMap((q) => [q.since, q.until].filter((d): d is string => d !== undefined)),
  ];
}

function knowledgeBaseAsOf(kb: KnowledgeBase, day: string): KnowledgeBase {
  // A partial date ("2025-01") sorts before its days, so it counts from its first day.
  const past = (date: string | undefined) => date === undefined || date <= day;
  const entities = new Map<string, Entity>();
  for (const [id, e] of kb.entities) {
    if (!changeDatesOf(e).some((date) => !past(date))) {
      entities.set(id, e);
      continue;
    }
    const approvals = e.approvals
      ?.filter((a) => past(a.date))
      .map((a) =>
        a.history?.some((h) => h.endsExclusions && !past(h.date))
          ? { ...a, history: a.history.filter((h) => !h.endsExclusions || past(h.date)) }
          : a,
      );
    const approvedByFda = approvals?.some((a) => a.regulator === 'FDA');
    entities.set(id, {
      ...e,
      approvals,
      regulatoryEvents: e.regulatoryEvents?.filter((r) => past(r.date)),
      firsts: e.firsts?.filter((f) => past(f.date)),
      rems: e.rems && !past(e.rems.eliminated) ? { ...e.rems, eliminated: undefined } : e.rems,
      // Not yet approved, but whether under review or still in trials is not recorded.
      status: e.status === 'fda-approved' && !approvedByFda ? undefined : e.status,
    });
  }
  return { ...kb, meta: { ...kb.meta, asOf: day }, entities };
}

/**
 * The days a sentence is judged at, latest first: one knowledge-base state per change within its period. Empty when
 * it is judged as of the knowledge base's date. A past that is not dated starts at the first approval of what the
 * sentence names. `by-document` ignores the sentence's own date: it bounds another clause (clausePeriodOf).
 */
export function judgingDays(
  index: KnowledgeIndex,
  sentence: ClaimSentence,
  time: DocumentTime,
  dated: 'by-sentence' | 'by-document' = 'by-sentence',
): string[] {
  const own = dated === 'by-sentence' ? ownPeriodOf(index, sentence.words) : undefined;
  const documentPeriod = time.kind === 'dated' ? time.period : undefined;
  let period: Period | undefined;
  if (own === 'unknown-past' || (own === undefined && time.kind === 'unknown')) {
    const first = firstApprovalNamed(index, sentence);
    // From before the first approval of what it names: "not yet approved" may be said of that time.
    const from = first && dayBefore(first.length === 10 ? first : `${first}-01`.slice(0, 10));
    const to = own === 'unknown-past' && documentPeriod ? documentPeriod.to : index.asOf;
    period = from && from <= to ? { from, to } : undefined;
  } else period = own ?? documentPeriod;
  return period ? periodDays(index, period) : [];
}

/** The days a period is judged at, latest first (empty when only the knowledge base's own date is in it). */
export function periodDays(index: KnowledgeIndex, period: Period): string[] {
  const { dates } = datedOf(index);
  const to = earlier(period.to, index.asOf);
  const from = earlier(period.from, to);
  // The states in the period: as of its first day, and after each change within it.
  const days = [from, ...dates.filter((d) => d > from && d <= to)];
  if (days.length === 1 && (!dates.length || from >= dates[dates.length - 1]!)) return [];
  return days.reverse();
}

// ISO days compare as strings (by code unit: localeCompare goes through the collator and showed in the profile).
const earlier = (a: string, b: string) => (a <= b ? a : b);

function firstApprovalNamed(index: KnowledgeIndex, sentence: ClaimSentence): string | undefined {
  let first: string | undefined;
  for (const m of sentence.mentions) {
    if (!isTherapy(m.entity)) continue;
    for (const member of membersOf(index, m.entity))
      for (const a of member.approvals ?? []) if (first === undefined || a.date < first) first = a.date;
  }
  return first;
}

const times = new WeakMap<object, DocumentTime>();

/** The document time of a prose document, read once. */
export function documentTime(prose: { frontMatter?: { text: string } }): DocumentTime {
  let time = times.get(prose);
  if (!time) times.set(prose, (time = documentTimeOf(prose.frontMatter)));
  return time;
}

/** What a document's claim verdicts depend on beyond each sentence's text: its front matter (date, title). */
export function documentContextKey(prose: { frontMatter?: { text: string } }): string {
  return prose.frontMatter?.text ?? '';
}
