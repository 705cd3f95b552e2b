import { frontedAside, frontedEventBound } from './adjunct';
import { asidesIn, type Clause, dashedStatementStart } from './clauses';
import { lexicon, lexiconWords } from './lexicon';
import { isVerb, nounPhrasesOf } from './phrases';
import { phraseStartingAt, type Word } from './words';
import { wordClass } from './word-classes';

// Negation cues (data/lexicon/negation-cues.json). "not only" is additive, not negation.
const PREDICATE_CUES = lexicon('negation-cues');
/** First words of the predicate negation cues: text without one of them (or "n't") negates no predicate. */
export const NEGATION_WORDS: readonly string[] = [...new Set(PREDICATE_CUES.map((cue) => cue.split(' ')[0]!))];
/** A cheap test of raw text for a possible predicate negation, before any word-level work. */
export const NEGATION_TEXT = new RegExp(`(?<!\\p{L})(?:${NEGATION_WORDS.join('|')})(?![\\p{L}\\p{N}])|n['’]t`, 'iu');
const NOT_NEGATION = ['not only', 'not just', 'no doubt', 'not all', 'not every', 'not always', 'not yet been shown'];
// Cues that negate the entity right after them, not the predicate: "Carvykti targets BCMA, not CD19".
const ENTITY_CUES = lexicon('contrast-cues');
// Cues that take the entity out of the claim altogether: "Unlike Kymriah, Abecma targets BCMA".
// Companions and points of comparison are not the subject either: "(with tocilizumab)", "on the same day as Kymriah",
// "CAR-Ts are HLA-restricted, similar to TCR-T products".
// "Indications exclude PCNSL": the excluded condition is not claimed.
const EXCLUSION_CUES = lexicon('exclusion-cues');
const COORDINATORS = wordClass('coordinators');
const FINITE_VERBS = lexiconWords('negation-verbs');
const FILLER = new Set(['a', 'an', 'the', 'any', 'for', 'in', 'to', 'of', 'with', 'by', 'as']);
// "but not yet for myeloma": an adverb between a contrastive "not" and its mention is skipped like a filler.
const ADVERBS = lexiconWords('negation-adverbs');
const skippable = (word: Word) => FILLER.has(word.lower) || ADVERBS.has(word.lower);

export interface NegationCue {
  at: number;
  length: number;
}

/** Negation cues in [from, to) that scope over a predicate (entity-level "…, not X" excluded). */
export function predicateNegations(
  words: readonly Word[],
  clause: Clause,
  entityStarts: ReadonlySet<number>,
): NegationCue[] {
  const cues: NegationCue[] = [];
  for (let i = clause.from; i < clause.to; i++) {
    if (phraseStartingAt(words, i, NOT_NEGATION)) {
      i += 1;
      continue;
    }
    const hit = phraseStartingAt(words, i, PREDICATE_CUES);
    if (!hit || isAnswerParticle(words, i) || (hit.phrase === 'zero' && !countsNone(words, i))) continue;
    const cue = hit.phrase;
    const length = hit.length;
    if (
      cue === 'not' &&
      (entityLevelNot(words, i, clause, entityStarts) || correctsMention(words, i, clause, entityStarts))
    )
      continue;
    cues.push({ at: i, length });
    i += length - 1;
  }
  return cues;
}

const ANSWER_PARTICLES = lexiconWords('answer-particles');
const PREPOSITIONS = lexiconWords('prepositions');

/**
 * "zero" at `at` counts none of the noun it determines ("there are zero approved CAR-Ts", "zero of them"), after a verb,
 * a preposition or nothing; a number it names ("on day zero", "from zero to ten") negates nothing.
 */
export function countsNone(words: readonly Word[], at: number): boolean {
  const next = words[at + 1];
  const before = words[at - 1];
  if (!next || next.punct || /^\d/.test(next.text) || COORDINATORS.has(next.lower)) return false;
  if (PREPOSITIONS.has(next.lower) && next.lower !== 'of') return false;
  return !before || before.punct || isVerb(before) || PREPOSITIONS.has(before.lower);
}

/** "No, it is approved for myeloma": an answer word before a comma or a stop determines no noun and negates nothing. */
export function isAnswerParticle(words: readonly Word[], at: number): boolean {
  return ANSWER_PARTICLES.has(words[at]!.lower) && words[at + 1]?.punct === true && words[at + 1]!.lower !== '(';
}

/**
 * The coordinator at `at` joins two clauses, each with its own finite verb, and the second has its own subject before
 * the predicate: "there is no cure or current treatments do not work in all cases". A coordinated subject or object
 * ("no product for NETs or solid tumours is approved") has no finite verb before the coordinator.
 */
function joinsClauses(words: readonly Word[], from: number, at: number, predicate: number): boolean {
  let left = false;
  for (let k = from; k < at && !left; k++) left = FINITE_VERBS.has(words[k]!.lower);
  if (!left) return false;
  for (let k = at + 2; k < predicate; k++) {
    if (words[k]!.punct) return false;
    if (FINITE_VERBS.has(words[k]!.lower)) return true;
  }
  return false;
}

/**
 * "not" right before an entity, after a comma, a conjunction or the first of a pair of spaced dashes ("Kymriah — not
 * Abecma — is …"): it negates that entity only.
 */
function entityLevelNot(
  words: readonly Word[],
  at: number,
  clause: Clause,
  entityStarts: ReadonlySet<number>,
): boolean {
  const before = words[at - 1]?.lower;
  if (
    at > clause.from &&
    before !== ',' &&
    before !== 'but' &&
    before !== 'and' &&
    before !== 'or' &&
    before !== '(' &&
    !(words[at]!.dashBefore && words.some((w, k) => k > at && w.dashBefore))
  )
    return false;
  return entityStarts.has(skipFiller(words, at + 1, clause.to));
}

function skipFiller(words: readonly Word[], from: number, to: number): number {
  let i = from;
  while (i < to && skippable(words[i]!)) i++;
  return i;
}

/**
 * True when the predicate at word `predicate` is negated: an odd number of predicate-level cues
 * stand in its clause before it ("is not approved", "has yet to be approved", "No CAR-T is approved",
 * "Neither X nor Y is approved"), or one stands right after it ("approved for no indication").
 */
export function isPredicateNegated(
  words: readonly Word[],
  clause: Clause,
  predicate: number,
  entityStarts: ReadonlySet<number>,
): boolean {
  // A coordinated predicate has its own polarity: "is not a CAR-T and is not FDA-approved".
  let from = clause.from;
  for (let i = predicate - 1; i > clause.from; i--) {
    if (
      COORDINATORS.has(words[i]!.lower) &&
      (FINITE_VERBS.has(words[i + 1]?.lower ?? '') || joinsClauses(words, clause.from, i, predicate))
    ) {
      from = i + 1;
      break;
    }
  }
  // "No REMS was required when Aucatzyl was approved": a temporal clause has its own polarity. One inside an aside that
  // does not hold the predicate ("Anakinra, which doctors give when ICANS does not improve, is …") is the aside's.
  const outer = asidesIn(words, clause);
  const elsewhere = (at: number) =>
    outer.some((a) => a.from <= at && at < a.to && !(a.from <= predicate && predicate < a.to));
  for (let i = predicate - 1; i > from; i--)
    if (TEMPORAL_OPENERS.has(words[i]!.lower) && !elsewhere(i)) {
      from = i + 1;
      break;
    }
  // "Since the FDA declined to approve tab-cel, patients cannot get it as a licensed product": a fronted subordinate
  // clause and the main clause after its comma each have their own polarity.
  const main = mainClauseAfterFronted(words, from, predicate);
  if (main !== undefined) from = main;
  // "The policy does not cover CAR-T for NETs, for which no CAR-T is approved": a relative clause after a comma has
  // its own polarity.
  const relative = relativeClauseBefore(words, from, predicate);
  if (relative !== undefined) from = relative;
  // "Kymriah is not approved for myeloma, since it targets CD19": a reason (or result) clause has its own polarity.
  const reason = reasonClauseBefore(words, from, predicate);
  if (reason !== undefined) from = reason;
  // "The product cannot be stocked: none of the CAR-Ts is allogeneic": a colon between two clauses, each with a verb
  // of its own, starts one with its own polarity.
  const afterColon = clauseAfterColon(words, from, predicate);
  if (afterColon !== undefined) from = afterColon;
  const afterDash = dashedStatementStart(words, from, predicate);
  if (afterDash !== undefined) from = afterDash;
  // A negation inside an aside scopes over the aside only: "Kymriah, which is not approved for myeloma, targets CD19".
  const asides = asidesIn(words, { from, to: clause.to });
  const asideOf = (at: number) => asides.find((a) => a.from <= at && at < a.to);
  const own = asideOf(predicate);
  const cues = predicateNegations(words, { from, to: clause.to }, entityStarts).filter((c) => asideOf(c.at) === own);
  const label = clauseAfterLabel(words, from, predicate);
  // "neither … nor" is one negation, not two.
  const counted = cues.filter(
    (c) =>
      c.at < predicate &&
      !(words[c.at]!.lower === 'nor' && cues.some((d) => words[d.at]!.lower === 'neither')) &&
      !inComplementOfNo(words, c.at, predicate) &&
      !inSubjectRelative(words, from, c.at, predicate) &&
      !correctedByBut(words, c.at, predicate, entityStarts) &&
      !prepositionBeforeVerb(words, c.at, predicate) &&
      !(c.at < label && LABEL_QUALIFIERS.has(words[c.at]!.lower)),
  );
  // A negating prefix written as a word ("a non-genetically modified therapy") negates the modifier after it only;
  // "non-approved" is already a cue of the clause.
  const prefixed =
    NEGATING_PREFIXES.has(words[predicate - 1]?.lower ?? '') && !cues.some((c) => c.at === predicate - 1);
  const negated =
    ((counted.length % 2 === 1) !== negatedArgumentAfter(words, predicate, clause.to)) !==
    valueDeniesLabel(words, predicate, clause.to);
  return negated !== (prefixed !== (excludedPhraseAt(words, from, predicate) !== undefined));
}

const QUANTIFIER_EXCEPTIONS = lexicon('quantifier-exceptions');
// Negative quantifiers that stand for their noun ("nothing but X", "none other than X"); "no" needs one ("no drug but").
const NEGATIVE_PRONOUNS = new Set(['none', 'nothing', 'nobody']);
const NEGATIVE_DETERMINERS = new Set(['no', 'zero']);
// How far an exception stands from its quantifier: "none of the seven approved CAR-Ts apart from Yescarta".
const MAX_EXCEPTED_PHRASE = 8;

/**
 * "No drug but tocilizumab is approved for CRS", "Nothing except X holds …", "None of the CAR-Ts apart from X uses
 * …", "Not one CAR-T other than X …": a negative quantifier whose noun phrase excepts a mention denies the predicate of
 * the rest and affirms it of the mention only. The exception's words [at, end) for the quantifier at `cue`, before
 * `limit` and before any finite verb; undefined when it has none.
 */
export function quantifierException(
  words: readonly Word[],
  cue: number,
  limit: number,
): { at: number; end: number } | undefined {
  const lower = words[cue]?.lower ?? '';
  const next = words[cue + 1]?.lower;
  let from: number;
  if (NEGATIVE_PRONOUNS.has(lower)) from = cue + 1;
  else if (NEGATIVE_DETERMINERS.has(lower)) from = cue + 2;
  else if (lower === 'not' && next === 'one') from = cue + 2;
  else if (lower === 'not' && next === 'a' && words[cue + 2]?.lower === 'single') from = cue + 4;
  else return undefined;
  if (isAnswerParticle(words, cue)) return undefined;
  for (let k = cue + 1; k < limit && k - cue <= MAX_EXCEPTED_PHRASE; k++) {
    const word = words[k]!;
    if (k >= from) {
      const hit = phraseStartingAt(words, k, QUANTIFIER_EXCEPTIONS);
      const after = words[k + (hit?.length ?? 0)];
      if (hit && after && !after.punct) return { at: k, end: k + hit.length };
    }
    if (FINITE_VERBS.has(word.lower) || (word.punct && word.lower !== ',' && !word.hyphenBefore)) return undefined;
  }
  return undefined;
}

/**
 * The mention `span` is the one a negative quantifier's exception names ("no drug but tocilizumab", "none of the CAR-Ts
 * apart from Yescarta"): it is set apart from the quantified class, not an argument of the denial.
 */
function exceptedByQuantifier(words: readonly Word[], clause: Clause, span: WordSpan): boolean {
  for (let q = span.from - 1; q >= clause.from && span.from - q <= MAX_EXCEPTED_PHRASE + 2; q--)
    if (quantifierException(words, q, clause.to)?.end === span.from) return true;
  return false;
}

/**
 * Where the exception of a negative quantifier whose phrase holds word `at` starts ("no CAR-T other than Kymriah": at
 * "other"), or undefined: the quantified class is the class less the excepted members.
 */
export function exceptionAfter(words: readonly Word[], from: number, at: number): number | undefined {
  for (let q = at; q >= from && at - q <= MAX_EXCEPTED_PHRASE; q--) {
    const exception = quantifierException(words, q, words.length);
    if (exception && exception.at > at) return exception.at;
  }
  return undefined;
}

const TIME_BEFORE = byLastWord(lexicon('time-before-cues'));

/**
 * "No BCMA CAR-T reached the market before Abecma": the mention a time cue bounds, after a clause opened by a negative
 * quantifier, is the point the claim is set against (here, the first), not an argument of its predicate.
 */
function boundOfNegativeQuantifier(words: readonly Word[], clause: Clause, span: WordSpan): boolean {
  let k = span.from - 1;
  while (k > clause.from && FILLER.has(words[k]!.lower) && !TIME_BEFORE.has(words[k]!.lower)) k--;
  if (!cueEndsAt(words, k, TIME_BEFORE)) return false;
  for (let q = clause.from; q < k; q++) {
    const lower = words[q]!.lower;
    if (
      NEGATIVE_PRONOUNS.has(lower) ||
      NEGATIVE_DETERMINERS.has(lower) ||
      (lower === 'not' && words[q + 1]?.lower === 'one')
    )
      return !isAnswerParticle(words, q);
  }
  return false;
}

/**
 * "Fever without hypotension or hypoxia is grade 1": "without" is a preposition qualifying the noun before it, so it
 * negates no verb after it; it negates a predicate noun in its own phrase ("still without approval").
 */
function prepositionBeforeVerb(words: readonly Word[], cue: number, predicate: number): boolean {
  if (words[cue]!.lower !== 'without') return false;
  for (let k = cue + 1; k <= predicate; k++) {
    const word = words[k]!;
    // "without it being displayed": a non-finite verb is the preposition's own clause, which it negates.
    if (isVerb(word)) return !NON_FINITE.has(word.lower) && !word.lower.endsWith('ing');
  }
  return false;
}
const NON_FINITE = new Set(['be', 'been', 'being']);

// "not X but also Y" adds Y; it does not correct X.
const ADDITIVE_AFTER_BUT = new Set(['also', 'not', 'too']);

/**
 * "Amtagvi is not a CAR-T but a TIL therapy approved for melanoma": "not … but" corrects a phrase, and the negation
 * denies the phrase before "but" only, not a predicate inside or after the phrase that replaces it. A verb between them
 * ("is not approved but is …") leaves the clause to the coordination rule.
 */
function correctedByBut(
  words: readonly Word[],
  cue: number,
  predicate: number,
  entityStarts: ReadonlySet<number>,
): boolean {
  if (words[cue]!.lower !== 'not') return false;
  // What "not" corrects is a noun phrase: "not a CAR-T but …"; "not indicated in 2L but only after …" denies its verb.
  const next = words[cue + 1]?.lower ?? '';
  return (
    (INDEFINITE.has(next) || next === 'the' || entityStarts.has(cue + 1)) && correctingBut(words, cue, predicate) >= 0
  );
}

/** "not a CAR-T but a TIL therapy": the "not" of a correction right before a mention negates that mention only. */
function correctsMention(
  words: readonly Word[],
  at: number,
  clause: Clause,
  entityStarts: ReadonlySet<number>,
): boolean {
  const mention = skipFiller(words, at + 1, clause.to);
  return entityStarts.has(mention) && correctingBut(words, at, clause.to) > mention;
}

/** The "but" of a "not X but Y" correction whose "not" is at `cue`, before word `limit`; -1 when none. */
function correctingBut(words: readonly Word[], cue: number, limit: number): number {
  for (let k = cue + 1; k < limit; k++) {
    const word = words[k]!;
    if (word.lower === 'but') {
      const next = words[k + 1];
      return k > cue + 1 && !!next && !next.punct && !ADDITIVE_AFTER_BUT.has(next.lower) && !isVerb(next) ? k : -1;
    }
    if (isVerb(word) || (word.punct && word.lower !== ',')) return -1;
  }
  return -1;
}

// Negations that qualify a noun of their own ("ICANS without CRS", "no prior therapy"), unlike "not" or "never",
// which may reject the statement a label introduces ("Not true: …").
const LABEL_QUALIFIERS = new Set(['without', 'no']);

/**
 * "ICANS without CRS: corticosteroids are the mainstay": where the clause after a verbless label's colon starts, when
 * it has its own verb before the predicate; -1 otherwise. The label's noun qualifiers do not deny that clause.
 */
function clauseAfterLabel(words: readonly Word[], from: number, predicate: number): number {
  let colon = -1;
  for (let k = from; k < predicate && colon < 0; k++) {
    if (words[k]!.lower === ':') colon = k;
    else if (isVerb(words[k])) return -1;
  }
  if (colon < 0) return -1;
  for (let k = colon + 1; k < predicate; k++) if (isVerb(words[k])) return colon + 1;
  return -1;
}

/**
 * Where the clause after the last colon before the predicate starts, when a verb (or a verb of saying, data/lexicon/
 * source-statement-verbs) stands on both sides of it.
 */
function clauseAfterColon(words: readonly Word[], from: number, predicate: number): number | undefined {
  let colon = predicate - 1;
  while (colon > from && words[colon]!.lower !== ':') colon--;
  if (colon <= from || words[colon]!.lower !== ':') return undefined;
  const saying = lexiconWords('source-statement-verbs');
  const verbIn = (a: number, b: number) => words.slice(a, b).some((w) => isVerb(w) || saying.has(w.lower));
  return verbIn(from, colon) && verbIn(colon + 1, predicate + 1) ? colon + 1 : undefined;
}

const FRONTED_OPENERS = lexicon('fronted-clause-openers');

/**
 * Where the main clause starts when words [from, predicate) open with a subordinate clause (a conjunction, a subject and
 * a verb) closed by a comma before the predicate; undefined otherwise ("Since 2017, …" has no verb: no clause).
 */
function mainClauseAfterFronted(words: readonly Word[], from: number, predicate: number): number | undefined {
  const opener = phraseStartingAt(words, from, FRONTED_OPENERS);
  if (!opener) return undefined;
  let verb = false;
  for (let k = from + opener.length; k < predicate; k++) {
    const word = words[k]!;
    if (word.lower === ',') return verb ? k + 1 : undefined;
    if (word.punct) return undefined;
    // A past form after the conjunction's subject: "As the FDA declined …" ("As expected," has no subject).
    verb ||= isVerb(word) || (k > from + opener.length && word.lower.endsWith('ed'));
  }
  return undefined;
}

const RELATIVE_OPENERS = new Set(['who', 'whose', 'whom', 'that', 'which']);
// Relative words that open a non-restrictive relative clause after a comma ("that" does not).
const COMMA_RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'where']);
// Prepositions a relative word may follow: ", for which no CAR-T is approved", ", in whom".
const RELATIVE_PREPOSITIONS = new Set(['for', 'in', 'of', 'to', 'with', 'by', 'from', 'on', 'at', 'under']);

/**
 * Where the words of a relative clause holding the predicate start, after its relative word: one after a comma, or
 * after a comma and a preposition (", for which no CAR-T has approval"), with no punctuation between it and the
 * predicate. Undefined when none.
 */
function relativeClauseBefore(words: readonly Word[], from: number, predicate: number): number | undefined {
  for (let i = predicate - 1; i > from; i--) {
    const word = words[i]!;
    if (word.punct) return undefined;
    if (!COMMA_RELATIVES.has(word.lower)) continue;
    const before = words[i - 1]!;
    if (
      before.lower === ',' ||
      (RELATIVE_PREPOSITIONS.has(before.lower) && i - 2 > from && words[i - 2]!.lower === ',')
    )
      return i + 1;
  }
  return undefined;
}
const AUXILIARIES = lexiconWords('auxiliaries');

/**
 * "Patients whose lymphoma did not respond to chemotherapy can receive Yescarta": a negation in a relative clause on the
 * subject (a relative word before it, and no verb before that) scopes over the relative clause only when another verb
 * group, the main one, starts between it and the predicate.
 */
function inSubjectRelative(words: readonly Word[], from: number, at: number, predicate: number): boolean {
  let relative = -1;
  for (let k = from; k < at && relative < 0; k++) {
    // "Under ASTCT, CRS that needs no vasopressor is grade 3": the subject starts after a fronted phrase's comma.
    if (words[k]!.lower === ',') continue;
    if (words[k]!.punct || AUXILIARIES.has(words[k]!.lower)) return false;
    if (RELATIVE_OPENERS.has(words[k]!.lower)) relative = k;
  }
  // "CRS requiring no vasopressor is grade 2": a present participle right before "no" opens a reduced relative, whose
  // verb group is the participle; the main one is the next auxiliary.
  if (
    relative < 0 &&
    at - 1 > from &&
    NEGATIVE_DETERMINERS.has(words[at]!.lower) &&
    /ing$/.test(words[at - 1]!.lower)
  ) {
    for (let k = at + 1; k < predicate; k++) if (AUXILIARIES.has(words[k]!.lower)) return true;
    return false;
  }
  if (relative < 0) return false;
  // "Note that none of the CAR-Ts is allogeneic": a quantifier right after the relative word opens the clause's
  // subject, so its first verb group is its own; only a later one is a main verb.
  let k = at + 1;
  if (relative === at - 1 && phraseStartingAt(words, at, NEGATIVE_QUANTIFIERS)) {
    while (k < predicate && !AUXILIARIES.has(words[k]!.lower)) k++;
    if (k >= predicate) return false;
  }
  // Past the negated verb group ("did not respond"), an auxiliary opens the main one ("can receive").
  while (k < predicate && AUXILIARIES.has(words[k]!.lower)) k++;
  for (k++; k < predicate; k++) if (AUXILIARIES.has(words[k]!.lower)) return true;
  return false;
}

const REASON_OPENERS = [...lexicon('reason-clause-openers'), ...lexicon('result-clause-openers')];
const REASON_OPENER_STARTS = new Set(REASON_OPENERS.map((p) => p.split(' ')[0]!));
// Words that cannot start a reason or result clause's subject: "as of 2024", "as a first-line therapy", "since 2017",
// "so far", "so-called".
const NOT_A_SUBJECT = /^(?:of|a|an|the|well|in|for|to|with|by|on|at|part|such|far|much|many|long|called|\d.*)$/;

/**
 * Where a reason or result clause holding the predicate starts: its conjunction after a comma ("because" also without one),
 * a subject after it, and no punctuation between it and the predicate. Undefined when none.
 */
export function reasonClauseBefore(words: readonly Word[], from: number, predicate: number): number | undefined {
  for (let i = predicate - 1; i > from; i--) {
    if (words[i]!.punct) return undefined;
    if (!REASON_OPENER_STARTS.has(words[i]!.lower)) continue;
    const opener = phraseStartingAt(words, i, REASON_OPENERS);
    if (!opener || i + opener.length >= predicate) continue;
    const subject = words[i + opener.length]!;
    if (NOT_A_SUBJECT.test(subject.lower) || subject.punct || subject.hyphenBefore) continue;
    if (words[i - 1]?.lower === ',' || words[i]!.lower === 'because') return i + opener.length;
  }
  return undefined;
}

const NEGATIVE_QUANTIFIERS = lexicon('negative-quantifiers');
// Prepositions that join a predicate to its own argument ("approved for no solid tumor"); after any other word the
// argument belongs to that word ("approved for patients with no prior therapy").
const ARGUMENT_LINKS = new Set(['for', 'in', 'to', 'as', 'by']);
// A noun's own complement links it the same way: "is an (approved) indication of neither Kymriah nor Yescarta".
const isArgumentLink = (words: readonly Word[], at: number) =>
  ARGUMENT_LINKS.has(words[at]!.lower) || (words[at]!.lower === 'of' && !isVerb(words[at - 1]));
// "approved no later than 2020", "for no more than two weeks": a comparison, not a negated argument.
const COMPARATIVES = lexiconWords('negative-quantifier-comparatives');
// An object named between the predicate and its negated argument is short: "approved Kymriah for no solid tumor".
const MAX_OBJECT_WORDS = 5;

/**
 * "The FDA has approved no CAR-T for NETs", "Kymriah is approved for no solid tumor", "approved neither Kymriah nor
 * Yescarta": a negatively quantified argument of the predicate, right after it (after an object or a linking
 * preposition at most), denies the predicate. A hyphenated "no-option patients" is a modifier, not a quantifier.
 */
function negatedArgumentAfter(words: readonly Word[], predicate: number, to: number): boolean {
  let k = predicate + 1;
  let objectSkipped = false;
  while (k < to) {
    const word = words[k]!;
    if (isArgumentLink(words, k) || ADVERBS.has(word.lower)) {
      k++;
      continue;
    }
    const quantifier = phraseStartingAt(words, k, NEGATIVE_QUANTIFIERS);
    if (quantifier) {
      const next = words[k + quantifier.length];
      return !!next && !next.punct && !next.hyphenBefore && !COMPARATIVES.has(next.lower);
    }
    // One object before the preposition: "approved Kymriah for …".
    if (objectSkipped || word.punct || isVerb(word)) return false;
    objectSkipped = true;
    let end = k + 1;
    while (end < to && end - k < MAX_OBJECT_WORDS && !isArgumentLink(words, end)) end++;
    if (end >= to || !isArgumentLink(words, end)) return false;
    k = end;
  }
  return false;
}

const NONE_VALUES = new Set(lexicon('label-none-values'));

/**
 * "Solid-tumour CAR-T approvals (FDA): none": the predicate stands in a label whose whole value, after its colon to the
 * clause's end, counts none of it (data/lexicon/label-none-values).
 */
function valueDeniesLabel(words: readonly Word[], predicate: number, to: number): boolean {
  let colon = predicate + 1;
  while (colon < to && words[colon]!.lower !== ':') {
    if (isVerb(words[colon])) return false;
    colon++;
  }
  let end = to;
  while (end > colon + 1 && words[end - 1]!.lower === '.') end--;
  if (colon >= to || end - colon - 1 > MAX_NONE_VALUE_WORDS) return false;
  return NONE_VALUES.has(
    words
      .slice(colon + 1, end)
      .map((w) => w.lower)
      .join(' '),
  );
}
const MAX_NONE_VALUE_WORDS = 3;

// "is excluded from", "falls outside" (data/lexicon/exclusion-predicates).
const EXCLUSION_PREDICATES = lexicon('exclusion-predicates');
// An excluded noun phrase is short: "Kymriah's approved lymphoma indications".
const MAX_EXCLUDED_PHRASE_WORDS = 6;

/**
 * "PCNSL is excluded from Yescarta's approved indications": the noun phrase an exclusion predicate puts its subject
 * outside of, when the word at `at` stands in it (as words [from, to)). A predicate in it is denied for the subject;
 * what else it names describes the phrase ("Kymriah's lymphoma indication"). Words outside that phrase ("patients
 * excluded from the trial were …") are not in it.
 */
export function excludedPhraseAt(
  words: readonly Word[],
  from: number,
  at: number,
): { from: number; to: number } | undefined {
  const boundaries = lexiconWords('noun-phrase-boundaries');
  const inPhrase = (word: Word | undefined) => !!word && !word.punct && !isVerb(word) && !boundaries.has(word.lower);
  if (!inPhrase(words[at])) return undefined;
  for (let start = at; start >= from && at - start <= MAX_EXCLUDED_PHRASE_WORDS; start--) {
    for (let i = Math.max(from, start - 3); i < start; i++) {
      const hit = phraseStartingAt(words, i, EXCLUSION_PREDICATES);
      if (!hit || i + hit.length !== start) continue;
      let end = at + 1;
      while (end < words.length && end - start <= MAX_EXCLUDED_PHRASE_WORDS && inPhrase(words[end])) end++;
      return { from: start, to: end };
    }
    if (!inPhrase(words[start - 1])) return undefined;
  }
  return undefined;
}
const NEGATING_PREFIXES = lexiconWords('negating-prefixes');
const NOUN_COMPLEMENT_PREPOSITIONS = lexiconWords('noun-complement-prepositions');

/**
 * "The FDA has no concerns about approved oncology uses": "no" negates its own noun; a predicate used as a modifier
 * inside that noun's complement ("about approved uses") keeps its polarity. A verb between them ("no product for NETs
 * is approved") or a predicate after its noun ("no CAR-T for NETs approved by the FDA") is still negated.
 */
function inComplementOfNo(words: readonly Word[], cue: number, predicate: number): boolean {
  if (words[cue]!.lower !== 'no') return false;
  const between = words.slice(cue + 1, predicate);
  if (!between.some((w) => NOUN_COMPLEMENT_PREPOSITIONS.has(w.lower))) return false;
  if (between.some((w) => FINITE_VERBS.has(w.lower) || w.punct)) return false;
  const next = words[predicate + 1];
  return next !== undefined && !next.punct && /^\p{L}/u.test(next.lower) && !PREDICATE_FOLLOWERS.has(next.lower);
}
// Words after a predicate that show it is not a modifier of the next noun ("approved by", "approved for").
const PREDICATE_FOLLOWERS = lexiconWords('predicate-followers');
const TEMPORAL_OPENERS = lexiconWords('temporal-clause-openers');

/** A mention's word range [from, to). */
export interface WordSpan {
  from: number;
  to: number;
}

/**
 * How an entity mention is individually marked: negated ("not X", "BCMA rather than X", "not X or Y")
 * or excluded ("unlike X", "other than X"). Unmarked mentions take the predicate's polarity.
 */
export function entityMark(
  words: readonly Word[],
  clause: Clause,
  span: WordSpan,
  spans: readonly WordSpan[],
): 'negated' | 'excluded' | undefined {
  // A coordinated mention takes the mark of the one before it, recursively: remembered per clause and mention list,
  // a run of "X and Y and Z …" costs one reading per mention instead of one per earlier conjunct.
  let bySpans = markMemo.get(clause);
  if (!bySpans) markMemo.set(clause, (bySpans = new WeakMap()));
  let bySpan = bySpans.get(spans);
  if (!bySpan) bySpans.set(spans, (bySpan = new Map()));
  if (bySpan.has(span)) return bySpan.get(span);
  const mark = markOf(words, clause, span, spans);
  bySpan.set(span, mark);
  return mark;
}

const markMemo = new WeakMap<Clause, WeakMap<readonly WordSpan[], Map<WordSpan, 'negated' | 'excluded' | undefined>>>();

function markOf(
  words: readonly Word[],
  clause: Clause,
  span: WordSpan,
  spans: readonly WordSpan[],
): 'negated' | 'excluded' | undefined {
  // "but not for relapsed myeloma", "not for relapsed or refractory myeloma": the mention's own modifiers, coordinated
  // ones included, stand between it and its cue.
  const phrases = nounPhrasesOf(words);
  // Back from word `at` over the words of a phrase starting at `from` that are no cue.
  const backOver = (at: number, from: number) => {
    let k = at;
    while (k >= Math.max(from, clause.from) && !cueWord(words[k]!.lower)) k--;
    return k;
  };
  let i = backOver(span.from - 1, phrases.at(span.from)?.from ?? span.from);
  for (let other = phrases.at(i - 1); COORDINATORS.has(words[i]?.lower ?? '') && other; other = phrases.at(i - 1)) {
    const { from, to } = other;
    if (from < clause.from || spans.some((s) => s.from < to && s.to > from)) break;
    const k = backOver(i - 1, from);
    if (k >= from) break;
    i = k;
  }
  while (i >= clause.from && skippable(words[i]!)) i--;
  const before = words[i]?.lower;
  // Cues that end in a filler word ("compared with", "same day as") end right before the mention.
  const adjacent = span.from - 1 >= clause.from && LAST_WORDS.has(words[span.from - 1]!.lower) ? span.from - 1 : -1;
  if (exceptedByQuantifier(words, clause, span)) return 'excluded';
  if (boundOfNegativeQuantifier(words, clause, span)) return 'excluded';
  if (comparedByLike(words, clause, span)) return 'excluded';
  // "not for solid tumors, including NETs": an example takes the mark of the phrase it exemplifies.
  const example = exemplified(words, clause, span, spans);
  if (example) return entityMark(words, clause, example, spans);
  // "unlike CD19-directed CAR-Ts": a mention modified by the one before it ("CD19") shares that one's mark.
  let modifierEnd = span.from;
  while (modifierEnd > clause.from && words[modifierEnd - 1]!.hyphenBefore) modifierEnd--;
  const modifier = spans.find((s) => s.to === modifierEnd && s.from >= clause.from && s !== span);
  if (modifier) {
    const mark = entityMark(words, clause, modifier, spans);
    if (mark) return mark;
  }
  if (comparisonStandard(words, clause, span.from)) return 'excluded';
  // "Before Abecma, no CAR-T …", "Before the FDA approved Tecelra in August 2024, no engineered cell therapy …": the
  // event that bounds the time is not an argument of the claim.
  if (span.from <= MAX_BOUND_MENTION_AT) {
    const bound = frontedEventBound(words);
    if (bound && bound.from <= span.from && span.to <= bound.to) return 'excluded';
  }
  // "With Kymriah for ALL, no other CAR-T …": what an opening aside names is not an argument of the claim either.
  const aside = frontedAside(words);
  if (aside && aside.from <= span.from && span.to <= aside.to) return 'excluded';
  // Most mentions follow no cue word at all: one set lookup decides.
  if (
    adjacent < 0 &&
    (before === undefined ||
      (!LAST_WORDS.has(before) && before !== 'not' && before !== 'or' && before !== 'nor' && before !== 'and'))
  )
    return undefined;
  if (cueEndsAt(words, i, EXCLUSION_BY_LAST) || cueEndsAt(words, adjacent, EXCLUSION_BY_LAST)) return 'excluded';
  if (cueEndsAt(words, i, ENTITY_BY_LAST) || cueEndsAt(words, adjacent, ENTITY_BY_LAST)) return 'negated';
  if (
    before === 'not' &&
    (entityLevelNot(words, i, clause, new Set(spans.map((s) => s.from))) ||
      correctingBut(words, i, clause.to) > span.from)
  )
    return 'negated';
  // Coordinated with a marked mention: "not X or Y", "unlike X and Y".
  if (before === 'or' || before === 'nor' || before === 'and') {
    const previous = spans.find((s) => s.to === i);
    if (previous && previous.from >= clause.from) return entityMark(words, clause, previous, spans);
  }
  return undefined;
}

// How far into a sentence a mention may stand in its opening time bound ("Before the FDA approved Tecelra").
const MAX_BOUND_MENTION_AT = 8;

const INDEFINITE = wordClass('indefinite-articles');
// How far back from "like" the article of "a CD19 CAR-T like Kymriah" may stand.
const MAX_LIKE_PHRASE = 5;

/**
 * "Obe-cel, like Kymriah, …", "Like Kymriah, obe-cel …", "obe-cel, a CD19 CAR-T like Kymriah, …": "like" opening the
 * clause, after a comma, or after a singular indefinite noun phrase compares with the mention; it is not the subject.
 * After a plural ("CAR-Ts like Kymriah are …") it gives an example (data/lexicon/inclusion-cues).
 */
function comparedByLike(words: readonly Word[], clause: Clause, span: WordSpan): boolean {
  let k = span.from - 1;
  while (k > clause.from && FILLER.has(words[k]!.lower)) k--;
  if (words[k]?.lower !== 'like' || k < clause.from) return false;
  const before = words[k - 1];
  if (k === clause.from || !before || before.lower === ',' || before.lower === '(') return true;
  for (let j = k - 1; j >= clause.from && k - j <= MAX_LIKE_PHRASE; j--) {
    const word = words[j]!;
    if (INDEFINITE.has(word.lower)) return true;
    if (word.punct || isVerb(word)) return false;
  }
  return false;
}

/** A word that can end a cue marking the mention after it ("not", "rather than", "unlike"). */
const cueWord = (word: string) => word === 'not' || word === 'no' || COORDINATORS.has(word) || LAST_WORDS.has(word);

const STANDARD_LINKS = lexiconWords('comparison-standard-links');
// A comparison's standard is a short phrase: "similar to that seen with anti-CD19 CAR-T".
const MAX_STANDARD_LINK = 4;

/**
 * The mention at `from` is the standard of a comparison reached through linking words: "similar to that of
 * anti-CD19 CAR-T", "comparable to those seen with Kymriah" (a cue right before it is handled by the caller).
 */
function comparisonStandard(words: readonly Word[], clause: Clause, from: number): boolean {
  let linked = false;
  for (let k = from - 1; k >= clause.from && from - k <= MAX_STANDARD_LINK + 2; k--) {
    const lower = words[k]!.lower;
    if (STANDARD_LINKS.has(lower)) linked = true;
    else if (!FILLER.has(lower)) return linked && cueEndsAt(words, k, EXCLUSION_BY_LAST);
    if (linked && cueEndsAt(words, k, EXCLUSION_BY_LAST)) return true;
  }
  return false;
}

const INCLUSION_CUES = lexicon('inclusion-cues');
const INCLUSION_LAST_WORDS = new Set(INCLUSION_CUES.map((c) => c.split(' ').pop()!));

/** The mention an inclusion cue right before `span` exemplifies ("solid tumors, including NETs"), if any. */
function exemplified(
  words: readonly Word[],
  clause: Clause,
  span: WordSpan,
  spans: readonly WordSpan[],
): WordSpan | undefined {
  let last = span.from - 1;
  while (last >= clause.from && (words[last]!.lower === ',' || words[last]!.lower === ':')) last--;
  if (last < clause.from || !INCLUSION_LAST_WORDS.has(words[last]!.lower)) return undefined;
  let start = -1;
  for (let k = Math.max(clause.from, last - 2); k <= last && start < 0; k++)
    if (phraseStartingAt(words, k, INCLUSION_CUES)?.length === last - k + 1) start = k;
  if (start < 0) return undefined;
  let end = start;
  while (end > clause.from && (words[end - 1]!.lower === ',' || words[end - 1]!.punct)) end--;
  const mention = spans.find((s) => s.to === end && s.from >= clause.from && s !== span);
  if (mention) return mention;
  // "Unlike TCR-T products such as afami-cel", "unlike lentiviral products such as Kymriah": the phrase exemplified
  // has a head noun after its mention, or no mention at all; its words before the head carry its cue.
  const phrase = nounPhrasesOf(words).at(end - 1);
  return phrase && phrase.to === end && phrase.from >= clause.from ? phrase : undefined;
}

const LAST_WORDS = new Set([...EXCLUSION_CUES, ...ENTITY_CUES].map((c) => c.split(' ').pop()!));

/** Cue phrases by their last word, as word lists: a mention's cue is looked up by the word before it. */
function byLastWord(cues: readonly string[]): Map<string, string[][]> {
  const byLast = new Map<string, string[][]>();
  for (const cue of cues) {
    const parts = cue.split(' ');
    const list = byLast.get(parts[parts.length - 1]!) ?? [];
    list.push(parts);
    byLast.set(parts[parts.length - 1]!, list);
  }
  return byLast;
}
const EXCLUSION_BY_LAST = byLastWord(EXCLUSION_CUES);
const ENTITY_BY_LAST = byLastWord(ENTITY_CUES);

/** Whether one of the cues ends at word `last`. */
function cueEndsAt(words: readonly Word[], last: number, byLast: Map<string, string[][]>): boolean {
  if (last < 0 || !words[last]) return false;
  const cues = byLast.get(words[last]!.lower);
  if (!cues) return false;
  return cues.some(
    (parts) =>
      last - parts.length + 1 >= 0 && parts.every((part, k) => words[last - parts.length + 1 + k]!.lower === part),
  );
}

// Words that rank a noun among others: "not the first CAR-T" denies the rank, not the class or the target.
const RANKS = new Set(['first', 'only', 'last', 'second', 'third', 'sole', 'earliest', 'latest', 'newest', 'oldest']);
const RANK_COPULAS = wordClass('copulas-with-remain');

/**
 * "Tecartus was not the first CD19 CAR-T", "Carvykti, which was not the first BCMA CAR-T, …": a rank word within a few
 * words before the noun at `at` (and after its copula) is what a negation of the phrase denies; the noun's class and
 * target are presupposed.
 */
export function rankBefore(words: readonly Word[], at: number, from: number): boolean {
  for (let i = at - 1; i >= Math.max(from, at - 4); i--) {
    if (RANKS.has(words[i]!.lower)) return true;
    if (RANK_COPULAS.has(words[i]!.lower)) return false;
  }
  return false;
}
