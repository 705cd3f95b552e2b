import { isYear, MONTHS } from '../util/text';
import { lexicon, lexiconWords } from './lexicon';
import { isVerb } from './phrases';
import { type Clause, findAllPhrases, findPhrase, longestPhraseStartingAt, phraseStartingAt, type Word } from './words';
import { wordClass } from './word-classes';

// Cues that make a clause a possibility, plan, hope, test or recommendation rather than a statement of
// fact. "can" is ability ("can only be given at…") and stays an assertion.
export const HEDGES = lexicon('modality-hedges');
// "asked for Kymriah to be described as …": a request whose object an infinitive follows (data/lexicon/request-framing-verbs).
const REQUEST_FRAMES = lexicon('request-framing-verbs');
const REQUEST_FRAME_SET = new Set(REQUEST_FRAMES);
const INFINITIVE = wordClass('infinitive-markers');

// Cues that make what follows a condition or an open question, not a claim.
export const CONDITIONALS = lexicon('conditional-cues');

export interface ModalCue {
  at: number;
  length: number;
  phrase: string;
}

/** The first hedge in the clause, ignoring cues the caller owns as its own predicate (e.g. "investigational"). */
export function hedgeIn(words: readonly Word[], clause: Clause, ignore: readonly string[] = []): ModalCue | undefined {
  return hedgesIn(words, clause).find((cue) => !ignore.includes(cue.phrase));
}

/** Every hedge in the clause, in order. */
export function hedgesIn(words: readonly Word[], clause: Clause): ModalCue[] {
  const found = [
    ...findAllPhrases(words, HEDGES, clause.from, clause.to),
    ...findAllPhrases(words, REQUEST_FRAMES, clause.from, clause.to).filter((cue) =>
      framesInfinitive(words, cue, clause),
    ),
  ].sort((a, b) => a.at - b.at);
  if (!found.length) return found;
  const evidential = findAllPhrases(words, lexicon('evidential-hedges'), clause.from, clause.to).filter(
    (cue) => !(cue.phrase === 'may be approved' && (isPrediction(words, clause) || isRelative(words, cue))),
  );
  return found.filter(
    (cue) =>
      !asDiscourseMarker(words, cue) &&
      !isMonthMay(words, cue) &&
      !isAttributive(words, cue) &&
      !(GOAL_PREPOSITIONS.has(cue.phrase) && !isGoal(words, cue)) &&
      !aimsAtThing(words, cue) &&
      !isAdverbialEvidential(words, cue) &&
      !obligesSaying(words, cue) &&
      !evidential.some((e) => e.at <= cue.at && cue.at + cue.length <= e.at + e.length),
  );
}

/**
 * "asked for Kymriah to be described as allogeneic": an object, then an infinitive marker before any punctuation. A
 * thing asked for ("asks for a CD19 assay at screening") frames nothing.
 */
function framesInfinitive(words: readonly Word[], cue: ModalCue, clause: Clause): boolean {
  if (!REQUEST_FRAME_SET.has(cue.phrase)) return false;
  for (let k = cue.at + cue.length + 1; k < clause.to && !words[k]!.punct; k++)
    if (INFINITIVE.has(words[k]!.lower)) return true;
  return false;
}

// "should" and "shall" of the hedges are the modals of obligation.
const OBLIGATION_HEDGES = new Set(['should', 'shall']);
const SAYING = lexicon('content-wording-verbs');
const SOFTENERS = wordClass('prescriptive-softeners');

/**
 * "The leaflet should say that patients avoid driving for 2 weeks": a modal of obligation right before a verb of
 * saying (data/lexicon/content-wording-verbs) obliges the saying; what is to be said is the writer's statement, as
 * after "must". "should not say" keeps the hedge.
 */
function obligesSaying(words: readonly Word[], cue: ModalCue): boolean {
  if (!OBLIGATION_HEDGES.has(cue.phrase)) return false;
  let next = cue.at + cue.length;
  if (SOFTENERS.has(words[next]?.lower ?? '')) next++;
  return phraseStartingAt(words, next, SAYING) !== undefined;
}

/**
 * "Tecartus likely uses CD28", "Kymriah was likely the first": a modal word as an adverb before a finite verb or a
 * determiner hedges a stated fact, which stays judged; "is likely to be approved" predicts.
 */
function isAdverbialEvidential(words: readonly Word[], cue: ModalCue): boolean {
  if (!lexiconWords('adverbial-evidentials').has(cue.phrase)) return false;
  const next = words[cue.at + cue.length];
  return !!next && (isVerb(next) || lexiconWords('determiners').has(next.lower));
}

// "CAR-Ts that may be approved for lupus include …": the relative clause describes candidates, a hypothetical set.
const RELATIVE_PRONOUNS = wordClass('relatives-that-which-who');
function isRelative(words: readonly Word[], cue: ModalCue): boolean {
  return RELATIVE_PRONOUNS.has(words[cue.at - 1]?.lower ?? '');
}

const MONTH_NAMES = new Set(MONTHS);
// "may be approved in 2027 / in May / soon": a forecast of an approval, not a hedged claim that it exists.
function isPrediction(words: readonly Word[], clause: Clause): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    const word = words[i]!;
    if (isYear(word.lower) || (MONTH_NAMES.has(word.lower) && word.text !== word.lower)) return true;
  }
  return !!findPhrase(words, lexicon('prediction-times'), clause.from, clause.to);
}

const MONTH_PREPOSITIONS = new Set([
  'in',
  'since',
  'until',
  'by',
  'of',
  'from',
  'through',
  'during',
  'early',
  'mid',
  'late',
]);
// "in May 2024", "May 15, 2024", "in May": the month, not the modal.
function isMonthMay(words: readonly Word[], cue: ModalCue): boolean {
  if (cue.phrase !== 'may') return false;
  const next = words[cue.at + 1]?.lower ?? '';
  const before = words[cue.at - 1]?.lower ?? '';
  return /^\d{1,4}$/.test(next) || (words[cue.at]!.text === 'May' && MONTH_PREPOSITIONS.has(before));
}

// "As expected, …", "as planned": the writer vouches for what follows; the participle hedges nothing.
const AS_MARKERS = new Set(['expected', 'anticipated', 'planned', 'hoped', 'predicted', 'proposed', 'suggested']);
function asDiscourseMarker(words: readonly Word[], cue: ModalCue): boolean {
  return AS_MARKERS.has(cue.phrase) && words[cue.at - 1]?.lower === 'as';
}

// "Arlo-cel is an investigational GPRC5D CAR-T": an adjective after an article describes the noun; the sentence still
// asserts.
const ATTRIBUTIVE = new Set(['investigational', 'experimental']);
const INDEFINITE_ARTICLES = wordClass('indefinite-articles');
function isAttributive(words: readonly Word[], cue: ModalCue): boolean {
  const before = words[cue.at - 1]?.lower;
  return ATTRIBUTIVE.has(cue.phrase) && INDEFINITE_ARTICLES.has(before ?? '');
}

// "moving towards providing cures", "a step toward curing lupus": a gerund after "toward(s)" names a goal, not a
// state reached; so does any "toward(s)" after a word of motion or progress ("heading toward FDA approval", data/lexicon
// goal-motion-words). "directed towards CD19" takes a noun and asserts.
const GOAL_PREPOSITIONS = new Set(['towards', 'toward']);
function isGoal(words: readonly Word[], cue: ModalCue): boolean {
  const next = words[cue.at + 1]?.lower ?? '';
  return (
    (next.length > 5 && next.endsWith('ing')) || lexiconWords('goal-motion-words').has(words[cue.at - 1]?.lower ?? '')
  );
}

// "aimed at BCMA", "seeks out CD19": a hedge verb that opens a verb of acting on a target (data/lexicon/target-cues)
// states what is targeted; "aimed at improving access" names a goal.
const TARGET_VERBS = lexicon('target-cues');
function aimsAtThing(words: readonly Word[], cue: ModalCue): boolean {
  const verb = phraseStartingAt(words, cue.at, TARGET_VERBS);
  return !!verb && verb.length > cue.length && !isGoal(words, { ...cue, at: cue.at + verb.length - 1 });
}

// "If you look at the myeloma products, …": a speaker's "if" that only turns the listener's attention conditions nothing.
const ATTENTION_OPENERS = lexicon('attention-conditionals');

/** The first conditional cue in the clause. */
export function conditionalIn(words: readonly Word[], clause: Clause): ModalCue | undefined {
  const cue = findPhrase(words, CONDITIONALS, clause.from, clause.to);
  if (cue && !idleCue(words, cue)) return cue;
  return findAllPhrases(words, CONDITIONALS, clause.from, clause.to).find((c) => !idleCue(words, c));
}

const PROSCRIPTIVE = lexicon('proscriptive-verbs');
const WORDING_ACTS = lexicon('wording-acts');
const DESCRIBING = lexiconWords('description-verbs');
const QUOTE_MARKS = wordClass('opening-quote-marks');
const OBLIGATIONS = wordClass('obligation-words');

/**
 * "Avoid calling Aucatzyl a BCMA product", "Aucatzyl: steer clear of 'BCMA-directed'": a clause that opens (after a
 * label) with a proscriptive verb (data/lexicon/proscriptive-verbs) before a wording act (a quotation, an '-ing' verb of
 * describing, data/lexicon/wording-acts) keeps the reader from a wording and says nothing about the therapy, true or
 * false. A clause of fact that runs into one ("Kymriah targets CD19, so avoid …") keeps its claim.
 */
export function proscribedClause(words: readonly Word[], clause: Clause): boolean {
  let from = clause.from;
  const colon = words.findIndex((w, k) => k >= clause.from && k < clause.to && w.lower === ':');
  if (colon >= 0 && !words.slice(clause.from, colon).some((w) => isVerb(w))) from = colon + 1;
  // "Writers should avoid …", "Please avoid …": a subject with a modal of obligation, or a softener, before the verb.
  let at = from;
  while (at < clause.to && !isVerb(words[at]) && !OBLIGATIONS.has(words[at]!.lower)) at++;
  if (at < clause.to && OBLIGATIONS.has(words[at]!.lower)) from = at + 1;
  const cue = phraseStartingAt(words, from, PROSCRIPTIVE);
  if (!cue) return false;
  const next = from + cue.length;
  const act = words[next];
  if (!act || next >= clause.to) return false;
  return (
    QUOTE_MARKS.has(act.lower) ||
    (act.lower.endsWith('ing') && DESCRIBING.has(act.lower)) ||
    phraseStartingAt(words, next, WORDING_ACTS) !== undefined
  );
}

/** A cue that opens no condition: "once" counting how often, or an "if" that only turns attention. */
const idleCue = (words: readonly Word[], cue: ModalCue) =>
  (cue.phrase === 'once' && onceAsFrequency(words, cue.at)) ||
  (cue.phrase === 'if' && phraseStartingAt(words, cue.at, ATTENTION_OPENERS) !== undefined);

// "is infused once.", "given once, as a single dose", "once a week": "once" counts how often; "once the FDA approves
// it", "once approved" opens a condition.
const PARTICIPLE_ENDING = /[a-z](?:ed|en)$/;
const FREQUENCY_UNITS = new Set(['day', 'week', 'month', 'year', 'daily', 'only', 'again', 'more']);
function onceAsFrequency(words: readonly Word[], at: number): boolean {
  const next = words[at + 1];
  if (!next || next.punct || next.lower === 'and' || next.lower === 'or') return true;
  if (FREQUENCY_UNITS.has(next.lower)) return true;
  // Right after a verb and before a prepositional phrase ("is given once at the centre", "infused once in hospital")
  // it counts; opening a clause, or after a noun, it is the subordinator ("Once in remission, …", "… for myeloma once
  // at full capacity").
  const before = words[at - 1];
  if (
    before &&
    (isVerb(before) || PARTICIPLE_ENDING.test(before.lower)) &&
    wordClass('frequency-adjunct-prepositions').has(next.lower)
  )
    return true;
  return (
    (next.lower === 'a' || next.lower === 'per' || next.lower === 'every') &&
    FREQUENCY_UNITS.has(words[at + 2]?.lower ?? '')
  );
}

// "Q:", "Quiz 4.", "Front:", "User:" and "A:", "Answer key:", "Back:", "A3)": the labels of a question and of its
// answer in an FAQ, quiz, flashcard or chat (data/lexicon/question-labels, answer-labels), an item number after it.
const labelPattern = (name: 'question-labels' | 'answer-labels') =>
  [...lexicon(name)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(' ').join('\\s*'))
    .join('|');
const LABEL_MARK = '\\s*\\d{0,3}\\s*(?:[:.)]|[—–]|-\\s)\\s*';
/** An answer's label and its mark, unanchored (for a caller's own pattern). */
export const ANSWER_LABEL_PART = `(?:${labelPattern('answer-labels')})(?![\\p{L}])${LABEL_MARK}`;
export const QUESTION_LABEL = new RegExp(`^\\s*(?:${labelPattern('question-labels')})(?![\\p{L}])${LABEL_MARK}`, 'iu');
export const ANSWER_LABEL = new RegExp(`^\\s*${ANSWER_LABEL_PART}`, 'iu');

/** The number of words an answer's label ("A:", "Answer:", "Back:") takes at the start of `words`, or 0. */
export const answerLabelLength = (words: readonly Word[]) => labelLength(words, lexicon('answer-labels'));

/** The number of words a question's label ("Q:", "Question:", "Front:") takes at the start of `words`, or 0. */
export const questionLabelLength = (words: readonly Word[]) => labelLength(words, lexicon('question-labels'));

function labelLength(words: readonly Word[], labels: readonly string[]): number {
  const label = longestPhraseStartingAt(words, 0, labels);
  if (!label) return 0;
  const at = label.length + (/^\d{1,3}$/.test(words[label.length]?.lower ?? '') ? 1 : 0);
  const mark = words[at]?.lower;
  return mark === ':' || mark === ')' ? at + 1 : 0;
}

/**
 * A question: the sentence ends with a question mark (or a clause does). A question closed inside the sentence, with
 * its answer after it, asks only up to its mark (see answerStart).
 */
export function isQuestion(words: readonly Word[], clause?: Clause): boolean {
  const answered = answerStart(words);
  if (clause && clause.from < answered) return true;
  const last = clause ? words[clause.to - 1] : words[words.length - 1];
  if (last?.lower === '?') return true;
  const from = Math.max(clause?.from ?? 0, answered);
  for (let k = from; k < (clause?.to ?? words.length); k++) if (words[k]!.lower === '?') return true;
  return false;
}

const TRAILING_QUESTIONS = lexicon('trailing-question-openers');
const ASKING_OPENERS = new Set([...lexiconWords('auxiliaries'), ...lexiconWords('gap-wh-words'), 'why', 'how', 'when']);

/**
 * Where a question coordinated after a statement starts, or 0: "My oncologist says Kymriah is approved for LBCL, and
 * she's right, so why won't my insurer pay?" asks only from "so why" (data/lexicon/trailing-question-openers); the
 * clauses that end before its comma are stated. A sentence that opens as a question ("Is Kymriah approved for FL, and
 * if so, why?"), or asks before it, is a question throughout.
 */
export function trailingQuestionStart(words: readonly Word[]): number {
  if (words.at(-1)?.lower !== '?' || ASKING_OPENERS.has(words[questionLabelLength(words)]?.lower ?? '')) return 0;
  for (let k = 2; k < words.length - 1; k++) {
    if (words[k]!.lower === '?') return 0;
    if (words[k - 1]!.lower === ',' && phraseStartingAt(words, k, TRAILING_QUESTIONS)) return k;
  }
  return 0;
}

// What closes a question inside a sentence before its answer: a bracket or a quote, then a colon or a dash.
const QUESTION_CLOSERS = new Set([')', ']', '"', '\u201d', "'", '\u2019']);

/**
 * Where the answer to a question inside a sentence starts, or 0: "Q3 (Which antigen does it target?): Abecma targets
 * BCMA.", "Is it approved for NETs? — No, not in the US." The question mark, and any bracket or quote closing it, is
 * followed by a colon or a dash and then by words: those words answer the question and are said, as an FAQ's answer
 * after its "Q:" line is. A bracket alone ends an aside, not a question ("Abecma (or was it Carvykti?) targets …").
 */
export function answerStart(words: readonly Word[]): number {
  let start = 0;
  for (let k = 0; k < words.length - 1; k++) {
    if (words[k]!.lower !== '?') continue;
    let j = k + 1;
    while (j < words.length && QUESTION_CLOSERS.has(words[j]!.lower)) j++;
    // A spaced dash is no word: the word after it carries it.
    const at = words[j]?.lower === ':' ? j + 1 : words[j]?.dashBefore ? j : -1;
    if (at > 0 && at < words.length && !words[at]!.punct) start = at;
  }
  return start;
}
