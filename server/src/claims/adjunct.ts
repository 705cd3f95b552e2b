import { isYear, MONTHS } from '../util/text';
import { lexicon, lexiconWords } from './lexicon';
import { isVerb, nounPhrasesOf } from './phrases';
import { breaksClause, phraseStartingAt, type Word } from './words';
import { wordClass } from './word-classes';

const BEFORE = lexicon('time-before-cues');
const SINCE = lexicon('time-since-cues');
const ASIDE = lexicon('aside-adjunct-cues');
const PARTITIVE = lexicon('partitive-openers');
const FRAME = lexicon('frame-openers');
const COORDINATORS = wordClass('and-or');
const CLAUSE_COORDINATORS = wordClass('coordinators');
const STATE_OPENERS = lexicon('state-time-openers');
const STATE_MARKERS = lexiconWords('state-markers');
const STATE_CLAUSE_OPENERS = lexicon('state-clause-openers');
// Words a date may hold before its year: a day, a month, the comma of "March 30, 2022".
const isDatePart = (word: string) => word === ',' || /^\d{1,2}$/.test(word) || MONTHS.includes(word);
// An adjunct is a short phrase: "Prior to the approval of Kymriah," is seven words.
const MAX_ADJUNCT_WORDS = 8;
// One whose object is an event may carry that event's own qualifiers: "Since its approval for mantle cell lymphoma in
// July 2020,".
const MAX_EVENT_ADJUNCT_WORDS = 12;
// Time prepositions that may take an event noun phrase as their object.
const EVENT_PREPOSITIONS = [...BEFORE, ...SINCE, 'after', 'following'];
export const EVENT_PREPOSITION_STARTS = EVENT_PREPOSITIONS.map((phrase) => phrase.split(' ')[0]!);
const DATED_EVENT_NOUNS = lexiconWords('dated-event-nouns');
const RELATIVE_CUT_OFFS = lexicon('time-relative-cut-offs');
const RELATIVE_SCENES = lexicon('time-relative-scenes');
const CLAUSE_CUT_OFFS = lexicon('time-clause-cut-offs');
const CONJUNCT_VERBS = lexiconWords('conjunct-predicate-verbs');
const CONJUNCT_ADVERBS = lexiconWords('predicate-adverbs');

/**
 * "two months after its CLL approval", "a month before the anniversary of Abecma's approval": a time preposition at
 * `at` whose object is a noun phrase headed by an event noun. The phrase dates the clause it stands in by another
 * event; `length` is the preposition's.
 */
export function eventPhraseAt(words: readonly Word[], at: number): { at: number; length: number } | undefined {
  const preposition = phraseStartingAt(words, at, EVENT_PREPOSITIONS);
  if (!preposition) return undefined;
  const object = nounPhrasesOf(words).at(at + preposition.length);
  // A preposition the chunker does not know ("following") stays inside its object's phrase.
  if (!object || (object.from !== at + preposition.length && object.from !== at)) return undefined;
  return DATED_EVENT_NOUNS.has(words[object.to - 1]!.lower) ? { at, length: preposition.length } : undefined;
}

/**
 * The words after an opening time cue up to its comma ("Before Abecma," → "Abecma"), and whether they hold a number
 * or a year; undefined when the sentence does not open with one of `cues`.
 */
function frontedAdjunct(
  words: readonly Word[],
  cues: readonly string[],
  longest?: number,
): { from: number; to: number; number: boolean; year: boolean; event: boolean } | undefined {
  const cue = phraseStartingAt(words, 0, cues);
  if (!cue) return undefined;
  const from = cue.length;
  // "Before Breyanzi's CLL approval in March 2024,", "Before the FDA approved Tecelra in August 2024,": an approval is
  // an event, and its date dates it.
  const event = eventPhraseAt(words, 0) !== undefined || namesApproval(words, from);
  const most = longest ?? (event ? MAX_EVENT_ADJUNCT_WORDS : MAX_ADJUNCT_WORDS);
  let number = false;
  let year = false;
  for (let k = from; k < words.length && k <= from + most; k++) {
    const lower = words[k]!.lower;
    if (lower === ',') return k > from ? { from, to: k, number, year, event } : undefined;
    if (/\d/.test(lower)) number = true;
    if (isYear(lower)) year = true;
  }
  return undefined;
}

const APPROVAL_CUES = lexiconWords('approval-cues');
const ARRIVALS = lexicon('order-approval-predicates');

/**
 * An approval word among the words from `from` to the first comma, or an arrival ("Until Abecma arrived in 2021,"): the
 * adjunct names an approval.
 */
function namesApproval(words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length && k <= from + MAX_EVENT_ADJUNCT_WORDS; k++) {
    if (words[k]!.lower === ',') return false;
    if (APPROVAL_CUES.has(words[k]!.lower) || phraseStartingAt(words, k, ARRIVALS)) return true;
  }
  return false;
}

/**
 * "Before Abecma, no CAR-T had been approved for myeloma": a sentence that opens with a time bound that is an event,
 * not a date. Returns the words of the event: they are not an argument of the claim, and the claim speaks of a past
 * the sentence does not date. A number in it ("Before 2021,") is left to the dates, unless it dates the event the
 * bound names ("Before Breyanzi's CLL approval in March 2024,").
 */
export function frontedEventBound(words: readonly Word[]): { from: number; to: number } | undefined {
  const adjunct = frontedAdjunct(words, BEFORE);
  return adjunct && (!adjunct.number || adjunct.event) ? adjunct : undefined;
}

const NEGATIVE_QUANTIFIERS = lexicon('negative-quantifiers');
// "no longer", "no sooner": adverbs, not a quantifier over a class.
const NOT_QUANTIFIED = new Set(['longer', 'sooner', 'later', 'earlier', 'more', 'less']);
const EVENT_DETERMINERS = new Set(['the', 'its', 'their']);

/**
 * "No CAR-T had been approved for myeloma until Abecma's approval", "There was no BCMA CAR-T before Abecma": a time cue
 * after a negatively quantified clause whose object is a named product (`productEndAt` gives where a product's name
 * starting at a word ends) or an event of one ("until its approval"). What the clause denies holds only before that
 * arrival, a past the sentence does not date. The index of the cue, or undefined.
 */
export function arrivalBoundAfterDenial(
  words: readonly Word[],
  productEndAt: (at: number) => number | undefined,
): number | undefined {
  let denied = false;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    // A bound does not reach back across a clause break: the denial must be in its own clause.
    if (breaksClause(word)) denied = false;
    const quantifier = phraseStartingAt(words, k, NEGATIVE_QUANTIFIERS);
    // "No, …" answers; it quantifies nothing.
    if (quantifier && words[k + quantifier.length] && !words[k + quantifier.length]!.punct)
      denied ||= !NOT_QUANTIFIED.has(words[k + quantifier.length]!.lower);
    const cue = denied ? phraseStartingAt(words, k, BEFORE) : undefined;
    // "up to" bounds a quantity as often as a time ("up to 25 years").
    if (!cue || cue.phrase === 'up to') continue;
    let object = k + cue.length;
    if (EVENT_DETERMINERS.has(words[object]?.lower ?? '')) object++;
    // "until Abecma('s approval)", "until the approval of Abecma", "until its approval".
    if (productEndAt(object) !== undefined || DATED_EVENT_NOUNS.has(words[object]?.lower ?? '')) return k;
  }
  return undefined;
}

/**
 * "Since Kymriah's approval in 2017, the FDA has approved Yescarta, Tecartus …": a sentence that opens with the start
 * of a period. Returns the opening, cue included, when it holds a year: that date is where the period starts, not when
 * what the rest of the sentence says happened.
 */
export function frontedStartBound(words: readonly Word[]): { from: number; to: number } | undefined {
  const adjunct = frontedAdjunct(words, SINCE);
  return adjunct?.year ? { from: 0, to: adjunct.to } : undefined;
}

/**
 * "With Kymriah and Tecartus for ALL, Yescarta for lymphoma, and Abecma for myeloma, none of the FDA-approved CAR-Ts
 * …": a sentence that opens with an adjunct setting things beside the claim. Returns its words up to its comma, and
 * over the verbless list items that continue it: they are not arguments of the main clause's claim.
 */
export function frontedAside(words: readonly Word[]): { from: number; to: number } | undefined {
  const adjunct = frontedAdjunct(words, ASIDE) ?? listedPartitive(words);
  if (!adjunct) return undefined;
  let to = adjunct.to;
  // A following segment without a verb that ends at a comma is another item of the same list.
  for (;;) {
    let k = to + 1;
    while (k < words.length && words[k]!.lower !== ',' && !isVerb(words[k]) && k <= to + 1 + MAX_ADJUNCT_WORDS) k++;
    if (k >= words.length || words[k]!.lower !== ',' || k === to + 1) break;
    to = k;
  }
  return { from: adjunct.from, to };
}

/**
 * "For NETs, lanreotide is approved, and no CAR-T is": a sentence that opens with the frame its clauses speak in.
 * Returns the words after the preposition, up to the comma; an opening with a verb is a clause, not a frame.
 */
export function frontedFrame(words: readonly Word[]): { from: number; to: number } | undefined {
  const adjunct = frontedAdjunct(words, FRAME);
  if (!adjunct) return undefined;
  for (let k = adjunct.from; k < adjunct.to; k++) if (isVerb(words[k])) return undefined;
  return { from: adjunct.from, to: adjunct.to };
}

/** "Of Breyanzi and Aucatzyl, …": a partitive opening whose set is listed, not described. */
function listedPartitive(words: readonly Word[]): { from: number; to: number } | undefined {
  const adjunct = frontedAdjunct(words, PARTITIVE);
  if (!adjunct) return undefined;
  for (let k = adjunct.from; k < adjunct.to; k++) if (COORDINATORS.has(words[k]!.lower)) return adjunct;
  return undefined;
}

/**
 * "In 2019, Kymriah was approved only for B-cell ALL", "When Carvykti was first approved in 2022, it was limited to
 * …": a sentence that opens with a bare date ("In 2019,", "During March 2020,") or a clause holding a date, and
 * states a state ("only", "still", "limited"), not an event. Returns the opening, cue included, and where its date
 * starts: that date is the time the statement is judged at, not the date of an approval.
 */
export function frontedStateTime(words: readonly Word[]): { from: number; to: number; date: number } | undefined {
  const bare = frontedAdjunct(words, STATE_OPENERS);
  // Only a date: a month and a year, or a year.
  const dated =
    bare?.year && bare.to - bare.from <= 2 && isYear(words[bare.to - 1]!.lower)
      ? { to: bare.to, date: bare.from }
      : datedClause(words);
  if (!dated) return undefined;
  let end = dated.to + 1;
  while (end < words.length && words[end]!.lower !== ';') end++;
  for (let k = dated.to + 1; k < end; k++)
    if (STATE_MARKERS.has(words[k]!.lower)) return { from: 0, to: dated.to, date: dated.date };
  // "In 2022, Breyanzi held a CLL approval": an approval held is a state too.
  return approvalStateIn(words, dated.to + 1, end) ? { from: 0, to: dated.to, date: dated.date } : undefined;
}

/** "When Carvykti was first approved in 2022,": an opening clause with a verb and one year; where its date starts. */
function datedClause(words: readonly Word[]): { to: number; date: number } | undefined {
  const clause = frontedAdjunct(words, STATE_CLAUSE_OPENERS, MAX_EVENT_ADJUNCT_WORDS);
  if (!clause?.year) return undefined;
  let year = -1;
  let verb = false;
  for (let k = clause.from; k < clause.to; k++) {
    if (isYear(words[k]!.lower)) {
      if (year >= 0) return undefined;
      year = k;
    } else if (isVerb(words[k])) verb = true;
  }
  if (!verb) return undefined;
  // The date's first word: a month, or a day before or after it ("30 March 2022", "March 30, 2022").
  let date = year;
  while (date > clause.from && date > year - 3 && isDatePart(words[date - 1]!.lower)) date--;
  return { to: clause.to, date };
}

// Time words that open a clausal adjunct placing one event against another ("a year after it became …").
const SEQUENCE_OPENERS = new Set(['after', 'before']);

/**
 * "My daughter received Kymriah in 2018, a year after it became the first CAR-T the FDA approved": whether a time
 * adjunct opened after the date at `dateAt` holds the word at `at`, with no comma closing it before that word. The
 * date then dates the main clause, not what the adjunct says.
 */
export function inLaterTimeAdjunct(words: readonly Word[], dateAt: number, at: number): boolean {
  for (let k = at - 1; k > dateAt; k--) {
    const word = words[k]!.lower;
    // "a year before Kymriah, the first CAR-T, was approved": an appositive's commas do not close the adjunct.
    if (word === ',') {
      const open = appositiveOpenBefore(words, k, dateAt);
      if (open === undefined) return false;
      k = open;
      continue;
    }
    if (word === ';') return false;
    if (SEQUENCE_OPENERS.has(word)) return true;
  }
  return false;
}

const ARTICLES = wordClass('articles');
const APPROVAL_STATE_VERBS = lexiconWords('approval-state-verbs');
const APPROVAL_NOUNS = lexiconWords('approval-event-nouns');
// "held full FDA approval": words a holding verb's approval noun may have before it.
const MAX_APPROVAL_MODIFIERS = 2;

/**
 * "Six CAR-T products held FDA approval in 2023": whether words [from, to) hold a verb of holding before an approval
 * noun (data/lexicon/approval-state-verbs). The approval is a state then, and a year with it when it was held, not
 * when it was granted.
 */
export function approvalStateIn(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!APPROVAL_STATE_VERBS.has(words[k]!.lower)) continue;
    // "had received FDA approval in 2017" is an event told in the past perfect.
    for (let n = k + 1; n < to && n <= k + 1 + MAX_APPROVAL_MODIFIERS && !words[n]!.punct && !isVerb(words[n]); n++)
      if (APPROVAL_NOUNS.has(words[n]!.lower)) return true;
  }
  return false;
}

/**
 * The opening comma of an appositive noun phrase that the comma at `close` ends (", the first CAR-T," after a name),
 * no further back than `from`: an article after the opening comma and no verb inside.
 */
function appositiveOpenBefore(words: readonly Word[], close: number, from: number): number | undefined {
  for (let k = close - 1; k > from; k--) {
    const word = words[k]!;
    if (word.lower === ',') return ARTICLES.has(words[k + 1]?.lower ?? '') && k + 2 < close ? k : undefined;
    if ((word.punct && word.lower !== ')' && word.lower !== '(') || isVerb(word)) return undefined;
  }
  return undefined;
}

/**
 * "Kymriah, the first CAR-T approved by the FDA, reached patients": the appositive noun phrase holding word `at` (its
 * opening comma after a name and an article, up to the next punctuation), or undefined. What it says is its own: a
 * date or a disease outside it belongs to the clause around it.
 */
export function appositiveAround(words: readonly Word[], at: number): { from: number; to: number } | undefined {
  let open = -1;
  for (let k = at - 1; k > 0; k--) {
    const word = words[k]!;
    if (word.lower === ',') {
      open = k;
      break;
    }
    if (word.punct || isVerb(word)) return undefined;
  }
  if (open < 1 || !ARTICLES.has(words[open + 1]?.lower ?? '')) return undefined;
  const before = words[open - 1]!;
  if (before.punct ? before.lower !== ')' : !/^\p{Lu}/u.test(before.text)) return undefined;
  let close = at + 1;
  while (close < words.length && !(words[close]!.punct && words[close]!.lower !== '(' && words[close]!.lower !== ')'))
    close++;
  return { from: open, to: close };
}

/**
 * ", by which time …", ", by then …" at `at`: a relative cut-off that refers back to the date before its comma; the
 * clause it opens holds by that date. Returns the cue's length.
 */
export function relativeCutOffAt(words: readonly Word[], at: number): number | undefined {
  if (words[at - 1]?.lower !== ',' || !isYear(words[at - 2]?.lower ?? '')) return undefined;
  return phraseStartingAt(words, at, RELATIVE_CUT_OFFS)?.length;
}

/**
 * ", when … not yet …", ", at which time … still …" at `at`: a relative of time that refers back to the date before its
 * comma and states a state (data/lexicon/state-markers); the clause it opens holds during that date. An event in it
 * (", when the REMS was lifted") is dated by the date, which the relations read themselves. Returns the cue's length.
 */
export function relativeSceneAt(words: readonly Word[], at: number): number | undefined {
  if (words[at - 1]?.lower !== ',' || !isYear(words[at - 2]?.lower ?? '')) return undefined;
  const cue = phraseStartingAt(words, at, RELATIVE_SCENES);
  if (!cue) return undefined;
  for (let k = at + cue.length; k < words.length && !words[k]!.punct; k++)
    if (STATE_MARKERS.has(words[k]!.lower)) return cue.length;
  return undefined;
}

/**
 * "By the time the ward opened in 2024, …": a sentence opening with a clause whose one date bounds the clause after its
 * comma. Returns the comma and where the date's year stands.
 */
export function frontedCutOffClause(words: readonly Word[]): { comma: number; year: number } | undefined {
  const cue = phraseStartingAt(words, 0, CLAUSE_CUT_OFFS);
  if (!cue) return undefined;
  let year = -1;
  for (let k = cue.length; k < words.length && k <= cue.length + MAX_EVENT_ADJUNCT_WORDS; k++) {
    if (words[k]!.lower === ',') return year >= 0 ? { comma: k, year } : undefined;
    if (isYear(words[k]!.lower)) {
      if (year >= 0) return undefined;
      year = k;
    }
  }
  return undefined;
}

const EVENT_OPENERS = lexicon('event-time-openers');
const CLAUSE_VERBS = lexiconWords('clause-verbs');
const PRONOUN_SUBJECTS = wordClass('pronoun-subjects');

/**
 * "Until Carvykti arrived in 2022, …", "When Carvykti launched in 2022, …": a sentence opening with an event clause
 * (data/lexicon/event-time-openers, then a subject and a verb before its comma) whose subject names something of its
 * own, not a pronoun taking up the main clause's ("When it arrived in 2017, Kymriah …"). Returns its comma.
 */
export function frontedEventClause(words: readonly Word[]): number | undefined {
  const cue = phraseStartingAt(words, 0, EVENT_OPENERS);
  const subject = words[cue?.length ?? 0];
  if (!cue || !subject || subject.punct || PRONOUN_SUBJECTS.has(subject.lower)) return undefined;
  let verb = false;
  for (let k = cue.length + 1; k < words.length && k <= cue.length + MAX_EVENT_ADJUNCT_WORDS; k++) {
    const word = words[k]!;
    if (word.lower === ',') return verb ? k : undefined;
    verb ||= isVerb(word) || CLAUSE_VERBS.has(word.lower) || (/^\p{L}+ed$/u.test(word.lower) && !word.hyphenBefore);
  }
  return undefined;
}

/** A coordinator at `at` opening a predicate of its own: "and spent a decade …", "and later led …". */
function opensCoordinatedPredicate(words: readonly Word[], at: number): boolean {
  if (!CLAUSE_COORDINATORS.has(words[at]!.lower)) return false;
  let k = at + 1;
  while (k < words.length && CONJUNCT_ADVERBS.has(words[k]!.lower)) k++;
  const verb = words[k];
  return !!verb && !verb.hyphenBefore && (CONJUNCT_VERBS.has(verb.lower) || /^\p{L}+ed$/u.test(verb.lower));
}

/**
 * Whether the date at `dateAt` modifies a verb other than the event word at `at`: it stands in a later time adjunct
 * (`inLaterTimeAdjunct`) or an opening event clause before the word's comma, or a relative cut-off ("in September 2026, by which time …") or a coordinated predicate
 * ("joined Novartis in 2010 and spent a decade steering Yescarta through its approval") stands between them. A date
 * belongs to the clause whose verb it modifies, never to another clause's event.
 */
export function datesOtherPredicate(words: readonly Word[], dateAt: number, at: number): boolean {
  if (inLaterTimeAdjunct(words, dateAt, at)) return true;
  const appositive = appositiveAround(words, at);
  if (appositive && (dateAt < appositive.from || dateAt >= appositive.to)) return true;
  const fronted = frontedCutOffClause(words);
  if (fronted && dateAt < fronted.comma && at > fronted.comma) return true;
  // "Until Carvykti arrived in 2022, Abecma was the only CAR-T approved for myeloma": the date is the opening clause's.
  const event = frontedEventClause(words);
  if (event !== undefined && dateAt < event && at > event) return true;
  const from = Math.min(dateAt, at) + 1;
  const to = Math.max(dateAt, at);
  for (let k = from; k < to; k++) {
    if (words[k]!.lower === ';') return false;
    if ((dateAt < at && relativeCutOffAt(words, k)) || opensCoordinatedPredicate(words, k)) return true;
  }
  return false;
}
