import { isEnglishWord } from '../terms/english';
import { EVENT_PREPOSITION_STARTS, eventPhraseAt } from './adjunct';
import { lexicon, lexiconWords } from './lexicon';
import { answerStart, hedgesIn } from './modality';
import { isVerb } from './phrases';
import { findPhrase, phraseStartingAt, type Clause, type Word } from './words';
import { wordClass } from './word-classes';

export type { Clause };

// Words that start a new clause with its own subject and predicate. "but"/"while" only after a comma,
// so "approved for adults but not children" stays one clause.
const ALWAYS = new Set(['whereas', 'although', 'though', 'however']);
// A subordinate clause that opens the sentence ends at its comma: "Although X and Y target BCMA, only Y …".
const OPENING = new Set(['whereas', 'although', 'though', 'while', 'because']);
// Openers of a clause stated as given ("Since Kymriah targets CD19, …"): asserted even in a question.
const PREMISE_OPENERS = lexicon('premise-openers');
const SUBORDINATORS = lexicon('subordinators');
// "since", "given that": a reason only before a subject and its verb ("since it is approved", not "since 2024").
const REASON_OPENERS = lexicon('reason-clause-openers');
const REFUTATION_OPENERS = lexicon('refutation-openers');
// "No REMS since 2025 · Black box warning": facts side by side on one line (data/lexicon/fact-separators).
const SEPARATORS = lexiconWords('fact-separators');
const EXPLANATORY = lexicon('explanatory-relatives');

/**
 * Where the writer's own statement starts after an opening "Contrary to some reports," (0 without one): the opener
 * is a clause of its own, and what it names is not asserted.
 */
export function refutationEnd(words: readonly Word[]): number {
  const opener = phraseStartingAt(words, 0, REFUTATION_OPENERS);
  if (!opener) return 0;
  const comma = words.findIndex((w, k) => k > opener.length && w.lower === ',');
  return comma > 0 ? comma + 1 : 0;
}
const AFTER_COMMA = new Set(['but', 'while', 'yet']);
const IMPERATIVES = lexiconWords('imperative-openers');
// ", which may explain …" closing the sentence: a relative clause with its own hedge.
const TRAILING_RELATIVE = new Set(['which', 'who']);
// "… when Kymriah was approved", "… on the same day the FDA approved Kymriah": a clause that only dates the main one.
const EVENT_OPENERS = lexicon('event-time-openers');
const EVENT_TIME_NOUNS = lexiconWords('event-time-nouns');
const PERIOD_BOUNDS = [
  ...lexicon('time-before-cues'),
  ...lexicon('time-at-cues'),
  ...lexicon('time-since-cues'),
  'after',
];
// Time prepositions whose event object has happened: "since", "after", "following" (not "before" or "until").
const PAST_EVENT_OPENERS = new Set(['since', 'after', 'following']);
// Negators that deny a reason right after them: "not because", "never because".
const REASON_NEGATORS = wordClass('reason-negators');
const CLAUSE_WORDS = new Set([
  ...ALWAYS,
  ...EVENT_OPENERS.map((phrase) => phrase.split(' ')[0]!),
  ...EVENT_TIME_NOUNS,
  ...EVENT_PREPOSITION_STARTS,
  ...OPENING,
  ...AFTER_COMMA,
  ...TRAILING_RELATIVE,
  ...SUBORDINATORS.map((phrase) => phrase.split(' ')[0]!),
  ...REASON_OPENERS.map((phrase) => phrase.split(' ')[0]!),
  ';',
  ...REASON_NEGATORS,
  'with',
  'and',
  'so',
  ':',
  '(',
  ',',
  '.',
]);
// Their first characters (all ASCII): a word starting otherwise skips the set lookup.
const CLAUSE_WORD_STARTS = new Uint8Array(128);
for (const word of CLAUSE_WORDS) CLAUSE_WORD_STARTS[word.charCodeAt(0)] = 1;

/**
 * Splits a sentence's words into clauses at semicolons, colons followed by a new statement, and
 * contrastive conjunctions. Relations are judged within one clause, so a negation or hedge in one
 * clause never reaches into the next.
 */
export function splitClauses(words: readonly Word[], namesTherapy?: (from: number, to: number) => boolean): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let premise = false;
  let event = false;
  let deniedReason = false;
  const cut = (at: number, skip: number) => {
    if (at > from) {
      const clause: Clause = { from, to: at };
      if (premise) clause.premise = true;
      if (event) clause.event = true;
      if (deniedReason) clause.deniedReason = true;
      clauses.push(clause);
    }
    from = at + skip;
    premise = false;
    event = false;
    deniedReason = false;
  };
  let openingEnd = refutationEnd(words) - 1;
  // '"Who makes Kymriah?" — Novartis makes it.': the answer after a question closed inside the sentence is a clause.
  const answered = answerStart(words) || -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // Most words can start no clause: one set lookup skips them.
    const opener = i === from && i !== openingEnd ? phraseStartingAt(words, i, PREMISE_OPENERS) : undefined;
    if (
      !opener &&
      i !== openingEnd &&
      i !== answered &&
      (CLAUSE_WORD_STARTS[word.lower.charCodeAt(0)] !== 1 || !CLAUSE_WORDS.has(word.lower)) &&
      !(word.punct && SEPARATORS.has(word.lower)) &&
      !word.dashBefore
    )
      continue;
    const subordinator = phraseStartingAt(words, i, SUBORDINATORS);
    const reason = subordinator ? undefined : phraseStartingAt(words, i, REASON_OPENERS);
    // "as the FDA requires" conforms rather than gives a reason: "as" is left to its other readings.
    const reasonClause =
      reason && reason.phrase !== 'as' && opensSubjectVerb(words, i + reason.length) ? reason : undefined;
    const eventOpener = namesTherapy && eventClauseAt(words, i);
    if (i === openingEnd) cut(i, 1);
    else if (i === answered) cut(i, 0);
    // "Satri-cel approved in China in 2026 — the FDA has not approved any CAR-T for gastric cancer": a lone spaced dash
    // before a statement of its own (a subject and its finite verb, or a denial) ends the clause; what follows keeps its
    // own regulator, subject and polarity. A pair of dashes sets off an aside, and "— the first TCR-T" describes; a
    // dateline ("SOMERSET, N.J., February 28, 2021 — The FDA …") or a name as a label ("Cabozantinib -- NET use: …")
    // says nothing of its own and frames what follows.
    else if (
      word.dashBefore &&
      namesTherapy?.(from, i) &&
      statesBefore(words, from, i) &&
      loneDash(words) &&
      opensStatement(words, i)
    )
      cut(i, 0);
    // "Since Tecartus's approval for mantle cell lymphoma, …": an opening time phrase whose object is a past event of a
    // named therapy takes that event as given; it is a premise clause of its own, its disease and date its own.
    else if (i === 0 && namesTherapy && PAST_EVENT_OPENERS.has(word.lower) && eventPhraseAt(words, i)) {
      const length = eventPhraseAt(words, i)!.length;
      const comma = words.findIndex((w, k) => k > i && w.lower === ',');
      if (
        comma > i + length &&
        !hasVerb(words, i + length, comma) &&
        namesTherapy(i + length, comma) &&
        nextStop(words, comma + 1) > comma + 2
      ) {
        from = i + length;
        openingEnd = comma;
        premise = true;
        event = true;
      }
    } else if (i === from && (opener || subordinator || OPENING.has(word.lower))) {
      const length = opener?.length ?? subordinator?.length ?? 1;
      const comma = words.findIndex((w, k) => k > i && w.lower === ',');
      // A concessive conjunction always opens a clause, whatever its verb ("Even though A and B come from Kite, …");
      // "as" and "since" may be prepositions, and need a verb to be one.
      // So does an opening "while": temporal or concessive, it is a clause of its own ("While A and B share …, only A …").
      const last = words[i + length - 1]!.lower;
      const clausal = ALWAYS.has(last) || last === 'while' || hasVerb(words, i + length, comma);
      if (comma > 0 && clausal && hasVerb(words, comma + 1, nextStop(words, comma + 1))) {
        from = i + length;
        openingEnd = comma;
        premise = !!opener;
      }
    } else if (event && word.lower === ',') cut(i, 1);
    // "When Abecma was approved in March 2021, Carvykti …": an opening event clause ends at its comma. One that bounds a
    // period ("Until the REMS was removed in June 2025, labels said …") dates the whole sentence and stays in it, unless
    // the event is past and the main clause takes up its subject ("After Tecartus was approved, it was never approved
    // for children"): the period runs to now, where the main clause is judged, and its predicate is not the event's.
    else if (
      i === from &&
      eventOpener &&
      eventOpener.at === i &&
      (!phraseStartingAt(words, i, PERIOD_BOUNDS) || takesUpPastEvent(words, i))
    ) {
      const comma = words.findIndex((w, k) => k > i && w.lower === ',');
      if (
        comma > 0 &&
        !REFERRING_PRONOUNS.has(words[i + eventOpener.length]!.lower) &&
        namesTherapy(comma + 1, nextStop(words, comma + 1))
      ) {
        from = i + eventOpener.length;
        openingEnd = comma;
        premise = true;
        event = true;
      }
    }
    // "Tocilizumab won its CRS label on the day the FDA approved Kymriah": the event is a clause of its own when the
    // main clause names a therapy and the event a subject of its own ("No REMS was required when Aucatzyl was approved"
    // is about Aucatzyl, "… after it was approved for FL" about the main clause's subject: each stays one clause).
    // A main clause with no verb before the opener is a subject still waiting for it: "Carvykti's approval after one
    // prior line rested on KarMMa-3" has one clause, whose "after" phrase qualifies the subject.
    // So is it when the main clause states an approval of its own ("An IL-6 receptor blocker won its CRS label the day
    // the FDA approved Kymriah"): a subject the knowledge base does not name leaves that approval unjudged; it is not
    // lent to the event clause's therapy.
    else if (
      eventOpener &&
      i > from &&
      (namesTherapy(from, i) || ownApprovalBefore(words, from, i)) &&
      !REFERRING_PRONOUNS.has(words[eventOpener.at + eventOpener.length]!.lower) &&
      mayHaveVerb(words, from, i)
    ) {
      cut(eventOpener.at, eventOpener.length);
      premise = true;
      event = true;
      i = from - 1;
    }
    // "Breyanzi was approved for FL in May 2024, two months after its CLL approval": a time phrase whose object is
    // another event is that event's clause; its disease, date and "first" are not the main clause's.
    else if (namesTherapy && i > from && eventPhraseAt(words, i) && namesTherapy(from, i)) {
      cut(i, eventPhraseAt(words, i)!.length);
      premise = true;
      event = true;
    } else if (word.lower === ';' || (word.punct && SEPARATORS.has(word.lower))) cut(i, 1);
    // "Kymriah was approved in August 2017, with Yescarta following that October": an absolute clause with a named
    // subject and a participle of its own is a clause of its own; the main clause's date and count are not its.
    else if (
      word.lower === 'with' &&
      words[i - 1]?.lower === ',' &&
      i - 1 > from &&
      namesTherapy &&
      hasVerb(words, from, i - 1) &&
      absoluteSubjectEnd(words, i + 1, namesTherapy) !== undefined
    )
      cut(i - 1, 2);
    // "She chose Yescarta not because it is approved for myeloma, but …": a denied reason, with its own subject and
    // verb, is a clause the writer neither asserts nor denies ("not only because" still gives the reason).
    else if (REASON_NEGATORS.has(word.lower) && deniedReasonAt(words, i + 1)) {
      if (i > from) cut(i, 0);
      deniedReason = true;
    }
    // "No CAR-T is approved for a solid tumor, which is why Dad's melanoma was treated with Amtagvi": after a clause
    // whose subject is denied, a sentential relative of reason or means (data/lexicon/explanatory-relatives) opens a
    // clause with its own subject and polarity (otherwise the two stay one clause: the relative's claim may need the
    // disease the clause before names).
    else if (
      word.lower === ',' &&
      i > from &&
      opensDenial(words, from) &&
      hasVerb(words, from, i) &&
      phraseStartingAt(words, i + 1, EXPLANATORY)
    ) {
      cut(i, 1 + phraseStartingAt(words, i + 1, EXPLANATORY)!.length);
      i = from - 1;
    }
    // "… not the US. still no FDA-approved CAR-T for solid tumors": posts and slides start a sentence in lower case,
    // which the sentence splitter keeps with the one before; it is a clause of its own, with its own subject.
    else if (word.lower === '.' && i > from && lowerCaseStartAfter(words, i)) cut(i, 1);
    else if (ALWAYS.has(word.lower) && i > from) cut(i, 1);
    else if (AFTER_COMMA.has(word.lower) && words[i - 1]?.lower === ',' && !isNegation(words[i + 1])) cut(i - 1, 2);
    // "but" without its comma between two clauses with their own verbs: "X is approved in the EU but is not approved
    // by the FDA" (the regulator of one is not the other's).
    else if (
      word.lower === 'but' &&
      i > from &&
      !isNegation(words[i + 1]) &&
      hasVerb(words, from, i) &&
      hasVerb(words, i + 1, nextStop(words, i + 1))
    )
      cut(i, 1);
    // "and" before a negatively quantified subject with its own verb: "Lanreotide eases symptoms, and no CAR-T is
    // approved for NETs" (the negation is that subject's, never the other conjunct's).
    else if (word.lower === 'and' && i > from && opensNegatedSubject(words, i + 1))
      words[i - 1]?.lower === ',' ? cut(i - 1, 2) : cut(i, 1);
    // ", and" after a clause whose subject is denied ("Nobody disputed it, and the FDA has not approved …", "no source
    // supports it, and …") before a subject and its verb: each conjunct has its own polarity, whatever its verb.
    else if (
      word.lower === 'and' &&
      words[i - 1]?.lower === ',' &&
      i - 1 > from &&
      opensDenial(words, from) &&
      opensSubjectVerb(words, i + 1)
    )
      cut(i - 1, 2);
    // ", and" joining two full clauses, each with its own verb: "There are no X, and Y remains Z".
    else if (
      word.lower === 'and' &&
      words[i - 1]?.lower === ',' &&
      hasVerb(words, from, i - 1) &&
      hasVerb(words, i + 1, nextStop(words, i + 1))
    )
      cut(i - 1, 2);
    // "and" joining two clauses, each with its own subject and verb: "Breyanzi targets CD19 and Abecma targets BCMA".
    else if (word.lower === 'and' && hasVerb(words, from, i) && opensSubjectClause(words, i + 1)) cut(i, 1);
    // A result clause without its comma: "Aucatzyl needs no REMS so the site can order it" (its hedge, negation and
    // subject are its own), not "so that" (a purpose) or "so effective that".
    else if (
      word.lower === 'so' &&
      i > from &&
      words[i + 1]?.lower !== 'that' &&
      hasVerb(words, from, i) &&
      (opensSubjectVerb(words, i + 1, true) || (words[i - 1]?.lower === ',' && opensResultClause(words, i + 1)))
    )
      cut(i, 1);
    // A comma before an instruction to the reader ("…, ask your oncologist about Carvykti"): a clause of its own.
    else if (word.lower === ',' && i > from && IMPERATIVES.has(words[i + 1]?.lower ?? '') && hasVerb(words, from, i))
      cut(i, 1);
    // A comma joining them the same way: "Tecartus was approved in July 2020, Breyanzi (liso-cel) was approved in
    // February 2021" (not after an opening subordinate or conditional clause, whose comma ends a premise).
    else if (
      word.lower === ',' &&
      i > from &&
      !opensDependentClause(words, from) &&
      hasVerb(words, from, i) &&
      // "At the time Kymriah was approved, it was …": after an opening event clause, "it" is the main clause's subject.
      (opensSubjectClause(words, i + 1) || (splicedSubjectAt(words, i + 1) && !eventClauseIn(words, from, i)))
    )
      cut(i, 1);
    // A colon between two statements: "Abecma was not the first: Kymriah was approved in 2017" (not before a list).
    // A verbless negative answer before one is a clause too: "Not for ALL: the approval for ALL covers patients up to
    // 25" denies what the question asked, not the statement after it.
    else if (
      word.lower === ':' &&
      (hasVerb(words, from, i) || negativeFragmentBefore(words, from, i)) &&
      hasVerb(words, i + 1, nextStop(words, i + 1))
    )
      cut(i, 1);
    // A closing parenthetical statement: "… for adults (Kymriah is the only CAR-T for children)."
    // After a verbless sign or heading, a closing parenthesis that is a clause with its own subject is judged alone:
    // "Solid Tumour Cell Therapy Trials -> Wing D (no CAR-T is FDA-approved for solid tumours)".
    else if (
      word.lower === '(' &&
      (hasVerb(words, from, i) || ownSubjectBeforeVerb(words, i)) &&
      closesSentence(words, i)
    )
      cut(i, 1);
    // A hedge in a closing non-restrictive relative clause hedges that clause only: "Axi-cel uses CD28, which may
    // explain …".
    // So does a hedge in a subordinate clause after the main one: "X is approved for Y because doctors may prefer it".
    else if (
      subordinator &&
      i > from &&
      hasVerb(words, from, i) &&
      hedgesIn(words, { from: i + subordinator.length, to: nextStop(words, i + 1) }).length
    )
      words[i - 1]?.lower === ',' ? cut(i - 1, 1) : cut(i, 0);
    // A reason or circumstance after a hedged main clause is stated as given, not hedged: "Breyanzi may be offered
    // because it targets CD19", "… since it is approved for CLL" ("since" before a subject and a verb).
    else if (
      (subordinator ?? reasonClause) &&
      i > from &&
      PREMISE_OPENERS.includes((subordinator ?? reasonClause)!.phrase) &&
      // A reason after a question is given too: "Can my daughter get Tecartus, since it is approved for children?"
      (hedgesIn(words, { from, to: i }).length || words.at(-1)?.lower === '?') &&
      hasVerb(words, from, i) &&
      hasVerb(words, i + (subordinator ?? reasonClause)!.length, nextStop(words, i + 1))
    ) {
      const length = (subordinator ?? reasonClause)!.length;
      cut(words[i - 1]?.lower === ',' ? i - 1 : i, words[i - 1]?.lower === ',' ? length + 1 : length);
      premise = true;
    }
    // A reason naming a therapy, with its own subject and verb, after a main clause with a verb is stated as given,
    // whatever the main clause does: "The wait was long because Carvykti is approved only after one line", "She could
    // not get Kymriah, because it is approved only for myeloma" (a pronoun the discourse layer resolved names it; the
    // main clause's hedge, negation or subject is not the reason's). After a verbless label ("Credit: 2025 REMS fee
    // refunded, since …") the two stay one clause: the label is read with its reason.
    else if (
      namesTherapy &&
      (subordinator ?? reasonClause) &&
      i > from &&
      REASON_OPENERS.includes((subordinator ?? reasonClause)!.phrase) &&
      hasVerb(words, from, i) &&
      opensSubjectVerb(words, i + (subordinator ?? reasonClause)!.length) &&
      namesTherapy(i + (subordinator ?? reasonClause)!.length, nextStop(words, i + 1))
    ) {
      const length = (subordinator ?? reasonClause)!.length;
      cut(words[i - 1]?.lower === ',' ? i - 1 : i, words[i - 1]?.lower === ',' ? length + 1 : length);
      premise = true;
    }
    // A reason after a negated main clause and its comma, with a named subject and its verb, is a clause of its own:
    // the main clause's negation does not reach it ("Hospitals no longer need certification, because the FDA eliminated the
    // REMS for autologous CAR-Ts" denies nothing of the CAR-Ts).
    else if (
      subordinator &&
      i > from &&
      words[i - 1]?.lower === ',' &&
      words.slice(from, i).some((w) => MAIN_NEGATIONS.has(w.lower)) &&
      namedSubjectAt(words, i + subordinator.length)
    ) {
      cut(i - 1, subordinator.length + 1);
      premise = true;
    } else if (
      TRAILING_RELATIVE.has(word.lower) &&
      words[i - 1]?.lower === ',' &&
      i - 1 > from &&
      closesClause(words, i) &&
      hedgesIn(words, { from: i + 1, to: nextStop(words, i + 1) }).length
    )
      cut(i - 1, 1);
  }
  cut(words.length, 0);
  return clauses;
}

// An absolute clause's subject is short: "Carvykti", "the BCMA product Carvykti".
const MAX_ABSOLUTE_SUBJECT_WORDS = 4;
const PARTICIPLE = /^[a-z]{2,}(?:ing|ed)$/;

/**
 * Where the subject of an absolute clause starting at `at` ends: a few words naming a therapy, then a participle
 * ("Carvykti following in 2022", "Breyanzi joining them"). Undefined when the words are not one.
 */
function absoluteSubjectEnd(
  words: readonly Word[],
  at: number,
  namesTherapy: (from: number, to: number) => boolean,
): number | undefined {
  for (let k = at + 1; k < words.length && k <= at + MAX_ABSOLUTE_SUBJECT_WORDS; k++) {
    const word = words[k]!;
    if (word.punct) return undefined;
    if (PARTICIPLE.test(word.text) && !word.hyphenBefore) return namesTherapy(at, k) ? k : undefined;
  }
  return undefined;
}

/** A reason clause opening at `at`: its conjunction, then a subject and its verb ("because it is approved"). */
function deniedReasonAt(words: readonly Word[], at: number): boolean {
  const reason = phraseStartingAt(words, at, REASON_OPENERS);
  return !!reason && opensSubjectVerb(words, at + reason.length);
}

// Words that may stand before a time noun that takes an event clause: "the day", "the same month", "that week", "the
// very day", "the exact week".
const TIME_NOUN_DETERMINERS = new Set(['the', 'same', 'that', 'very', 'exact']);
// Relative words between a time noun and its clause: "the day that", "the month in which".
const TIME_RELATIVES = ['that', 'when', 'in which', 'on which', 'during which'];
// An event clause whose subject refers to another's ("… after it was approved") shares that clause's subject.
export const REFERRING_PRONOUNS = new Set(['it', 'they', 'this', 'these', 'those', 'he', 'she']);
// An event clause's subject is short: "the FDA", "Kymriah", "the REMS for CAR-Ts".
const MAX_EVENT_SUBJECT_WORDS = 5;

/**
 * An event clause opening at word `at`: a conjunction ("when", "after", "by the time") or a time noun with its
 * relative word ("the same day", "the month in which"), then a subject and a finite verb. `at` is where the clause
 * starts (after a time noun, which stays in the main clause), `length` the opener words it skips.
 */
export function eventClauseAt(words: readonly Word[], i: number): { at: number; length: number } | undefined {
  const conjunction = phraseStartingAt(words, i, EVENT_OPENERS);
  if (conjunction)
    return opensSubjectVerb(words, i + conjunction.length) ? { at: i, length: conjunction.length } : undefined;
  if (!EVENT_TIME_NOUNS.has(words[i]!.lower) || !TIME_NOUN_DETERMINERS.has(words[i - 1]?.lower ?? '')) return undefined;
  const relative = phraseStartingAt(words, i + 1, TIME_RELATIVES);
  const length = relative?.length ?? 0;
  return opensSubjectVerb(words, i + 1 + length) ? { at: i + 1, length } : undefined;
}

/** An opening past event ("After X was approved,", "Since X was approved,") whose subject the main clause's pronoun is. */
function takesUpPastEvent(words: readonly Word[], at: number): boolean {
  if (!PAST_EVENT_OPENERS.has(words[at]!.lower)) return false;
  const comma = words.findIndex((w, k) => k > at && w.lower === ',');
  return comma > 0 && REFERRING_PRONOUNS.has(words[comma + 1]?.lower ?? '');
}

/** Whether an event clause opens in words [from, to) ("At the time Kymriah was approved"). */
function eventClauseIn(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (eventClauseAt(words, k)) return true;
  return false;
}

/**
 * The clause with the event clauses that follow it and date it ("Carvykti was approved a year after Abecma was"): a
 * relation that compares the two events reads them together.
 */
export function withEventClauses(clauses: readonly Clause[], clause: Clause): Clause {
  let to = clause.to;
  for (let c = clauses.indexOf(clause) + 1; c < clauses.length && clauses[c]!.event && clauses[c]!.from <= to + 3; c++)
    to = clauses[c]!.to;
  return to === clause.to ? clause : { from: clause.from, to };
}

/**
 * A subject of a few words, then a finite verb ("the FDA approved", "Kymriah was", "it received"); `finite`: a verb of
 * the finite-verb lists only, not a past form that may be a participle ("the first CAR-T approved").
 */
function opensSubjectVerb(words: readonly Word[], at: number, finite = false): boolean {
  const first = words[at];
  if (!first || first.punct || isFiniteVerb(first) || BOUNDARIES.has(first.lower)) return false;
  for (let k = at + 1; k < words.length && k <= at + MAX_EVENT_SUBJECT_WORDS; k++) {
    const word = words[k]!;
    if (finite ? isFiniteVerb(word) : isVerbForm(word)) return true;
    if (word.punct || BOUNDARIES.has(word.lower)) return false;
  }
  return false;
}

const BOUNDARIES = lexiconWords('noun-phrase-boundaries');
const PERSONAL_PRONOUNS = wordClass('personal-pronouns');
const RESULT_SUBJECT_DETERMINERS = lexiconWords('result-subject-determiners');
// How far a result clause's subject may run before its verb ("so the children's version of the leaflet is …").
const MAX_RESULT_SUBJECT_WORDS = 8;

/**
 * After ", so" a clause of its own: a pronoun and any verb ("so we drop the leaflet"), a definite subject ("so the
 * service depends on trials"), a one-word subject and a past form ("so marketing asked"), or a subject with its
 * complements ("so the children's version of the leaflet is not needed") and a finite verb before any punctuation.
 */
function opensResultClause(words: readonly Word[], at: number): boolean {
  const first = words[at];
  if (!first || first.punct || isFiniteVerb(first)) return false;
  // "so the service depends on trials": a definite subject, whatever its verb (data/lexicon/result-subject-determiners).
  if (RESULT_SUBJECT_DETERMINERS.has(first.lower)) return [1, 2].every((k) => !!words[at + k] && !words[at + k]!.punct);
  if (BOUNDARIES.has(first.lower)) return false;
  if (PERSONAL_PRONOUNS.has(first.lower)) return !!words[at + 1] && !words[at + 1]!.punct;
  for (let k = at + 1; k < words.length && k <= at + MAX_RESULT_SUBJECT_WORDS; k++) {
    // "so marketing asked for …": a one-word subject and a past form.
    if (isFiniteVerb(words[k]!) || (k === at + 1 && isVerbForm(words[k]))) return true;
    if (words[k]!.punct) return false;
  }
  return false;
}
const isFiniteVerb = (word: Word) => VERBS.has(word.lower) || isVerb(word);
// A finite verb or a past form ("approved", "needed"), not one joined by a hyphen ("Kymriah-treated").
const isVerbForm = (word: Word | undefined) =>
  !!word && (isFiniteVerb(word) || (/ed$/.test(word.lower) && !word.hyphenBefore));

// Words that keep a phrase going rather than start a subject: a relative clause or a prepositional phrase.
const NOT_IN_SUBJECT = new Set([
  'who',
  'that',
  'which',
  'whose',
  'with',
  'for',
  'of',
  'in',
  'to',
  'by',
  'after',
  'not',
]);

const PREDICATE_ADVERBS = lexiconWords('predicate-adverbs');

/**
 * A named subject and its verb right after "and" ("… and Abecma targets BCMA"): the subject starts with a capital
 * (a name), not a verb, and its verb follows within three words. A verb straight after "and" shares the subject.
 */
function opensSubjectClause(words: readonly Word[], at: number): boolean {
  const first = words[at];
  if (!first || VERBS.has(first.lower) || first.text[0] === first.text[0]!.toLowerCase()) return false;
  let end = Math.min(words.length, at + 4);
  for (let k = at + 1; k < end; k++) {
    const word = words[k]!;
    if (VERBS.has(word.lower)) return true;
    // An adverb before the verb: "… and Aucatzyl never needed one", "… and Carvykti later received …".
    if (PREDICATE_ADVERBS.has(word.lower) && isVerbForm(words[k + 1])) return true;
    // A parenthesis right after the name renames it ("Breyanzi (liso-cel, Juno) was approved"): its verb follows.
    if (k === at + 1 && word.lower === '(') {
      k = closingParen(words, k);
      end = Math.min(words.length, k + 4);
      continue;
    }
    if (word.punct || NOT_IN_SUBJECT.has(word.lower)) return false;
  }
  return false;
}

const NEGATIVE_QUANTIFIERS = lexicon('negative-quantifiers');
// Denials that open a statement after a dash ("— no CAR-T is approved …", "— nothing comparable"); "— not in the US"
// is elliptical, the clause before it denied.
const DENIAL_OPENERS = new Set(['nothing', 'nobody', 'none', 'nowhere']);
const DENIAL_ADVERBS = lexiconWords('negation-adverbs');

const PREPOSITIONS = lexiconWords('prepositions');

/** Words [from, to) say something of a therapy they name: a verb form or a preposition outside a parenthesis. */
function statesBefore(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (words[k]!.lower === '(') k = closingParen(words, k, to);
    else if (isVerbForm(words[k]) || PREPOSITIONS.has(words[k]!.lower)) return true;
  }
  return false;
}

/** A denied subject opens the clause at `from`: "no source", "none of the sources", "nobody", "nothing". */
function opensDenial(words: readonly Word[], from: number): boolean {
  return DENIAL_OPENERS.has(words[from]?.lower ?? '') || !!phraseStartingAt(words, from, NEGATIVE_QUANTIFIERS);
}

/**
 * Where a statement of its own opens after a lone spaced dash in words (from, predicate] ("No - Abecma targets BCMA",
 * "It doesn't – Yescarta targets CD19", "Breyanzi is not a BCMA product - it targets CD19"): it has its own polarity.
 */
export function dashedStatementStart(words: readonly Word[], from: number, predicate: number): number | undefined {
  for (let k = from + 1; k <= predicate; k++)
    if (words[k]!.dashBefore) return loneDash(words) && opensStatement(words, k) ? k : undefined;
  return undefined;
}

/** Only one spaced dash stands in the sentence: two set off an aside ("Breyanzi — not for children — is …"). */
function loneDash(words: readonly Word[]): boolean {
  let dashes = 0;
  for (const word of words) if (word.dashBefore) dashes++;
  return dashes === 1;
}

/**
 * A statement of its own opens at `at`: a subject and a finite verb ("the FDA has not approved …"), or a denial after
 * an adverb or none ("still no CAR-T approved …", "nothing comparable"). A noun phrase describing what came before ("the
 * first CAR-T approved for …") is none.
 */
function opensStatement(words: readonly Word[], at: number): boolean {
  let k = at;
  while (k < words.length && DENIAL_ADVERBS.has(words[k]!.lower)) k++;
  if (DENIAL_OPENERS.has(words[k]?.lower ?? '') || phraseStartingAt(words, k, NEGATIVE_QUANTIFIERS)) return true;
  // "— that is wrong", "— that was corrected in 2024": a demonstrative subject right before its finite verb (as a
  // complementizer "that" is never followed by one).
  if (words[at]?.lower === 'that' && words[at + 1] && isFiniteVerb(words[at + 1]!)) return true;
  return opensSubjectVerb(words, at, true);
}
// A subject noun phrase is short: "no approved CAR T-cell therapy".
const MAX_SUBJECT_WORDS = 8;

/** A negatively quantified subject and its verb at `at`: "no CAR T-cell therapy is", "none of them has". */
function opensNegatedSubject(words: readonly Word[], at: number): boolean {
  const quantifier = phraseStartingAt(words, at, NEGATIVE_QUANTIFIERS);
  if (!quantifier) return false;
  const end = Math.min(words.length, at + quantifier.length + MAX_SUBJECT_WORDS);
  for (let k = at + quantifier.length; k < end; k++) {
    const word = words[k]!;
    if (VERBS.has(word.lower) && !word.hyphenBefore) return k > at + quantifier.length;
    if ((word.punct && !word.hyphenBefore) || NOT_IN_SUBJECT.has(word.lower)) return false;
  }
  return false;
}

const SPLICE_SUBJECTS = wordClass('pronoun-subjects');

/**
 * A pronoun subject and its verb at `at` ("it is", "they target", "it's"): after a comma and a clause with its own verb,
 * a comma splice ("Kymriah is not approved for myeloma, it is approved for ALL") opens a clause with its own polarity.
 * "that is," glosses the phrase before it.
 */
export function splicedSubjectAt(words: readonly Word[], at: number): boolean {
  const subject = words[at];
  const next = words[at + 1];
  if (!subject || !next || !SPLICE_SUBJECTS.has(subject.lower)) return false;
  if (subject.lower === 'that' && words[at + 2]?.lower === ',') return false;
  // "it's", "that's": the word list leaves out the "'s", whose characters stand between the pronoun and the next word.
  return isVerb(next) || (subject.lower !== 'they' && next.start - subject.end >= CONTRACTED_GAP);
}
// "'s" and the space after it.
const CONTRACTED_GAP = 3;

// Words that open a clause stated as a condition, a time or a reason: its comma ends that clause, not a statement.
const DEPENDENT_OPENERS = [...lexicon('conditional-cues'), ...lexicon('temporal-clause-openers'), ...SUBORDINATORS];

/** Whether the clause at `from` opens with a subordinator or a conditional ("If X, …", "When X, …", "Although X, …"). */
function opensDependentClause(words: readonly Word[], from: number): boolean {
  const first = words[from]?.lower ?? '';
  return OPENING.has(first) || ALWAYS.has(first) || !!phraseStartingAt(words, from, DEPENDENT_OPENERS);
}

const NEGATION_CUE_WORDS = new Set(lexicon('negation-cues').map((cue) => cue.split(' ')[0]!));

/**
 * The words before the colon at `colon` (after an earlier colon, as in "A: Not with an approved product:") open with a
 * negation cue and hold no verb: an elliptical answer ("Not for ALL", "Never as first-line therapy").
 */
function negativeFragmentBefore(words: readonly Word[], from: number, colon: number): boolean {
  if (colon <= from) return false;
  let start = colon - 1;
  while (start > from && words[start - 1]!.lower !== ':') start--;
  return NEGATION_CUE_WORDS.has(words[start]!.lower) && !hasVerb(words, start, colon);
}

// ", but not Z" continues the clause: the negation belongs to Z.
function isNegation(word: Word | undefined): boolean {
  return word?.lower === 'not' || word?.lower === 'never';
}

// Finite verbs, including those that narrate an approval history ("and Yescarta followed in October").
const VERBS = lexiconWords('clause-verbs');

/**
 * A full stop at `at` ends a statement before a lower-case word: it follows a whole word (an English word, an
 * acronym or a number of two characters or more), not an abbreviation ("costim. domain", "approx. two weeks").
 */
function lowerCaseStartAfter(words: readonly Word[], at: number): boolean {
  const next = words[at + 1];
  const before = words[at - 1];
  if (!next || !before || before.punct || !/^\p{Ll}{2,}/u.test(next.text)) return false;
  const { text } = before;
  return /^\d{2,}$/.test(text) || /^\p{Lu}{2,}$/u.test(text) || (text.length >= 2 && isEnglishWord(text.toLowerCase()));
}
// The main clause's negation, which must not reach the reason after it.
const MAIN_NEGATIONS = new Set(['not', 'no', 'never', 'longer', 'without', 'none', "n't"]);
const REFERRING_WORDS = new Set([...REFERRING_PRONOUNS, 'its', 'their', 'that', 'the']);

/**
 * A clause at `at` whose subject is a name of its own ("the FDA has eliminated …", "Kite reported …") before its verb:
 * a capitalized word and no word that refers back ("it", "the product"), whose referent the main clause would give.
 */
function namedSubjectAt(words: readonly Word[], at: number): boolean {
  let named = false;
  for (let k = at; k < words.length && k < at + MAX_EVENT_SUBJECT_WORDS; k++) {
    const word = words[k]!;
    if (VERBS.has(word.lower)) return named && k > at;
    if (word.punct || (REFERRING_WORDS.has(word.lower) && !(word.lower === 'the' && k === at))) return false;
    if (/^\p{Lu}/u.test(word.text)) named = true;
  }
  return false;
}

function hasVerb(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (VERBS.has(words[i]!.lower) && !isMonthMay(words, i)) return true;
  return false;
}

/** A known verb, or a word that may be a past verb ("China approved satri-cel at a time when …"). */
// The words of an approval or a label (data/lexicon/approval-cues, label-heads) that a main clause may state of its own
// subject before an event clause dates it.
const OWN_APPROVAL_WORDS = new Set([...lexiconWords('approval-cues'), ...lexiconWords('label-heads')]);

/**
 * A main clause in words [from, to) that states an approval with a subject of its own: a subject word before an
 * approval or label word ("An IL-6 receptor blocker gained a CRS indication", "Roche's antibody won its CRS label"),
 * and a verb; a pronoun subject ("it was approved the day …") is left as it was.
 */
function ownApprovalBefore(words: readonly Word[], from: number, to: number): boolean {
  const first = words[from];
  if (!first || first.punct || REFERRING_PRONOUNS.has(first.lower)) return false;
  const at = words.findIndex((w, k) => k > from && k < to && OWN_APPROVAL_WORDS.has(w.lower));
  return at > from && mayHaveVerb(words, from, to);
}

function mayHaveVerb(words: readonly Word[], from: number, to: number): boolean {
  return hasVerb(words, from, to) || words.slice(from, to).some((w) => w.lower.length > 3 && w.lower.endsWith('ed'));
}

// "As of May 2022, …": the month before a day or year, not the modal verb.
const isMonthMay = (words: readonly Word[], at: number) =>
  words[at]!.text === 'May' && /^\d{1,4}$/.test(words[at + 1]?.lower ?? '');

// Words that open a relative clause ("a study in which Breyanzi was the comparator", "a trial where …", "a study that
// used …"); "that" only after a noun, not as a verb's complement.
const RELATIVE_OPENERS = new Set(['which', 'whom', 'whose', 'where', 'wherein', 'whereby', 'that']);
// A preposition that may stand before the relative word: "in which", "during which".
const RELATIVE_PREPOSITIONS = new Set([
  'in',
  'of',
  'for',
  'with',
  'by',
  'at',
  'during',
  'from',
  'to',
  'under',
  'after',
]);

/**
 * Whether a relative clause opens between words `from` and `to` whose head noun lies outside [`from`, `head`): what
 * it says belongs to that noun ("Novartis reported data from a study in which Breyanzi was the comparator": the study's,
 * not Novartis's). A relative clause of the word at `from` itself (", which markets Kymriah") does not part them.
 */
export function relativeParts(words: readonly Word[], from: number, head: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const word = words[k]!.lower;
    if (!RELATIVE_OPENERS.has(word)) continue;
    let j = k - 1;
    if (RELATIVE_PREPOSITIONS.has(words[j]?.lower ?? '')) j--;
    if (words[j]?.lower === ',') j--;
    if (word === 'that' && (j < 0 || words[j]!.punct || VERBS.has(words[j]!.lower))) continue;
    if (j < from || j >= head) return true;
  }
  return false;
}

// Auxiliaries and adverbs between a relative word and its verb ("that have since been approved").
const RELATIVE_VERB_FILLERS = wordClass('be-have-auxiliaries');
const RELATIVE_SUBJECT_WORDS = wordClass('relatives-that-which-who');

/**
 * The last word of the noun phrase a relative clause or a reduced relative (a participle right after a noun) whose verb
 * is at `verb` belongs to: "therapies" in "CAR T-cell therapies that have been approved for …" and in "CAR-T products
 * approved for leukemia". Undefined when the verb opens no such clause. `isNoun` tells a noun from a verb or other word.
 */
export function relativeHeadOf(
  words: readonly Word[],
  verb: number,
  from: number,
  isNoun: (at: number) => boolean,
): number | undefined {
  let k = verb - 1;
  while (k > from && RELATIVE_VERB_FILLERS.has(words[k]!.lower)) k--;
  if (RELATIVE_SUBJECT_WORDS.has(words[k]?.lower ?? '') && k > from) {
    const head = words[k - 1]!.lower === ',' ? k - 2 : k - 1;
    return head >= from && isNoun(head) ? head : undefined;
  }
  // A reduced relative: a past participle right after the noun (not a noun: "CAR-T approval").
  return k === verb - 1 && k >= from && /ed$/.test(words[verb]!.lower) && isNoun(k) ? k : undefined;
}

// Marks that bound a temporal clause inside a clause.
const EVENT_CLAUSE_BOUNDS = new Set([',', ';', ':', '(', ')', '—', '–']);

/**
 * The temporal clause that holds word `at` ("in 2017, before the REMS was lifted, every centre …" holds "lifted" in
 * "before the REMS was lifted"): from its opener (data/lexicon/event-time-openers) to the next comma or the clause's
 * end, or undefined when `at` is in none. A date outside it dates the clause around it, not its event.
 */
export function eventClauseAround(words: readonly Word[], clause: Clause, at: number): Clause | undefined {
  for (let i = at - 1; i >= clause.from; i--) {
    if (EVENT_CLAUSE_BOUNDS.has(words[i]!.lower)) return undefined;
    if (!phraseStartingAt(words, i, EVENT_OPENERS)) continue;
    let end = at;
    while (end < clause.to && !EVENT_CLAUSE_BOUNDS.has(words[end]!.lower)) end++;
    return { from: i, to: end };
  }
  return undefined;
}

/**
 * Where a subordinate clause of reason or circumstance starts inside a clause ("… a boxed warning now that the REMS
 * has ended"), or the clause's end without one: the main clause's tense and cues stop there.
 */
export function subordinateStart(words: readonly Word[], clause: Clause): number {
  const found = findPhrase(words, SUBORDINATORS, clause.from + 1, clause.to);
  return found?.at ?? clause.to;
}

// Words that open a comma-bounded aside about the mention before it: a relative clause (", which is not
// approved for myeloma,") or a participial appositive (", approved in August 2017,").
const RELATIVE = new Set(['which', 'who', 'whose', 'whom']);
const PARTICIPLES = lexiconWords('aside-openers');

/**
 * Asides inside a clause, as half-open word ranges that include their opening comma or parenthesis:
 * ", which … ," and ", approved in … ," (to the next comma, or for a relative clause the clause end),
 * "( … )", a pair of spaced dashes (the aside starting at the word after the first) and a summative appositive at the
 * clause end (", a point the authors should correct"). What they say belongs to the aside, not to the clause's main predicate.
 */
export function asidesIn(words: readonly Word[], clause: Clause): Clause[] {
  const asides: Clause[] = [];
  for (let i = clause.from; i < clause.to; i++) {
    const word = words[i]!.lower;
    const next = words[i + 1]?.lower ?? '';
    let close = -1;
    if (word === '(') {
      close = Math.min(closingParen(words, i, clause.to) + 1, clause.to);
    } else if (word === ',' && (RELATIVE.has(next) || PARTICIPLES.has(next))) {
      close = i + 1;
      while (close < clause.to && words[close]!.lower !== ',') close++;
      // "No REMS was ever attached to Aucatzyl, approved November 2024.": a participle aside may close the clause
      // after a main clause with a verb of its own; without one it is the row's own predicate ("Kymriah, approved
      // 2017").
      if (close >= clause.to && !RELATIVE.has(next) && !trailingParticipleAside(words, clause, i)) close = -1;
    } else if (word === ',' && (summativeAt(words, i + 1, clause.to) || commentAt(words, i + 1, clause.to))) {
      close = clause.to;
    } else if (word === ',') {
      close = subjectAsideEnd(words, clause, i);
      if (close < 0) close = objectAppositiveEnd(words, clause, i);
    } else if (words[i]!.dashBefore && i > clause.from) {
      // "No CAR-T — not even Kymriah — is approved for NETs": a pair of spaced dashes sets off an aside as commas do.
      close = i + 1;
      while (close < clause.to && !words[close]!.dashBefore) close++;
      if (close >= clause.to) close = -1;
    }
    if (close > i) {
      asides.push({ from: i, to: close });
      i = close - 1;
    }
  }
  return asides;
}

/**
 * Whether the participle after the comma at `comma` opens an aside that runs to the clause's end: a past participle
 * (not an adverb of the aside-openers) after a main clause that has a verb of its own.
 */
function trailingParticipleAside(words: readonly Word[], clause: Clause, comma: number): boolean {
  if (!/ed$|^(?:made|known|sold|given)$/.test(words[comma + 1]!.lower)) return false;
  // The verb must be the main part's, not an aside's: "The EU, where the FDA has no say, approved tab-cel" has none.
  let end = comma;
  for (let k = comma - 1; k >= clause.from - 1; k--) {
    if (k >= clause.from && words[k]!.lower !== ',') continue;
    const opener = words[k + 1]?.lower ?? '';
    const aside = k >= clause.from && (ASIDE_WH.has(opener) || PARTICIPLES.has(opener));
    if (!aside) for (let v = k + 1; v < end; v++) if (isVerb(words[v])) return true;
    end = k;
  }
  return false;
}

// Words that open an aside set off by commas: a relative or a wh-word ("…, where the FDA has no say, …").
const ASIDE_WH = new Set([...RELATIVE, 'where', 'when']);

// A comment clause is short: "as readers expect", "as the editors had wished".
const MAX_COMMENT_WORDS = 5;
const COMMENT_VERBS = lexiconWords('modality-hedges');

/**
 * ", as readers expect" at the end of a clause (from word `at` to `end`): an "as" comment clause whose last word is a
 * verb says how someone regards the clause before it; a hedge in it ("expect", "hope", "wished") does not hedge the
 * clause's own claim.
 */
function commentAt(words: readonly Word[], at: number, end: number): boolean {
  if (words[at]?.lower !== 'as') return false;
  let last = end - 1;
  while (last > at && words[last]!.punct) last--;
  if (last - at < 1 || last - at > MAX_COMMENT_WORDS) return false;
  for (let k = at + 1; k < last; k++) if (words[k]!.punct || /\d/.test(words[k]!.lower)) return false;
  return isVerb(words[last]) || COMMENT_VERBS.has(words[last]!.lower);
}

const SUMMATIVE_HEADS = lexiconWords('summative-appositive-heads');
const SUMMATIVE_DETERMINERS = new Set(['a', 'an', 'the', 'one']);

/**
 * ", a point the authors should correct" at the end of a clause (from word `at` to `end`, with no comma in it): a
 * summative appositive (data/lexicon/summative-appositive-heads) that takes the clause before it as its content.
 */
function summativeAt(words: readonly Word[], at: number, end: number): boolean {
  if (!SUMMATIVE_DETERMINERS.has(words[at]?.lower ?? '') || !SUMMATIVE_HEADS.has(words[at + 1]?.lower ?? ''))
    return false;
  for (let k = at + 2; k < end; k++) if (words[k]!.lower === ',' || words[k]!.lower === ';') return false;
  return true;
}

// Words that make an aside a statement of its own: a denial ("a CAR-T with no pediatric indication"; data/lexicon/
// word-classes.json: aside-denials).
const ASIDE_DENIALS = wordClass('aside-denials');

/**
 * The asides inside `range` that are statements of their own — a relative or participial clause, or an aside with a
 * verb or a denial ("whose label does not include myeloma", "(not indicated for children)") — as against a verbless
 * description of the mention before it ("Tecelra (TCR-T, synovial sarcoma)"). What they name is not the main
 * predicate's. An aside that spans the whole range is the range itself, not an aside in it.
 */
export function clausalAsidesIn(words: readonly Word[], range: Clause): Clause[] {
  return asidesIn(words, range).filter((aside) => {
    if (aside.from <= range.from && aside.to >= range.to) return false;
    const opener = words[aside.from + 1]?.lower ?? '';
    if (RELATIVE.has(opener) || PARTICIPLES.has(opener) || participialAt(words, aside.from + 1)) return true;
    for (let k = aside.from + 1; k < aside.to; k++)
      if (ASIDE_DENIALS.has(words[k]!.lower) || isVerb(words[k])) return true;
    return false;
  });
}

/**
 * The asides of a range opened by a comma and a relative word or a participle ("Abecma, which the FDA approved in the
 * same year as Breyanzi, targets BCMA"; "Kymriah, cleared before Yescarta, …"): a clause about the mention before it.
 */
export function relativeAsidesIn(words: readonly Word[], range: Clause): Clause[] {
  return clausalAsidesIn(words, range).filter((aside) => {
    const opener = words[aside.from + 1]?.lower ?? '';
    return words[aside.from]!.lower === ',' && (RELATIVE.has(opener) || PARTICIPLES.has(opener));
  });
}

// Articles that open an appositive noun phrase ("Lifileucel, a TIL product …, received …").
const APPOSITIVE_ARTICLES = wordClass('articles');
// Words that, inside an appositive noun phrase, open its own clause: a relative word ("a product that is not
// engineered") or a negated participle ("a CD19 CAR-T not approved for children").
const APPOSITIVE_CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whose', 'not', 'never']);
const SENTENCE_STOPS = new Set(['.', '?', '!']);
// Punctuation that may stand inside an appositive's own clause ("that is (unlike CAR-T) not engineered").
const INNER_PUNCTUATION = new Set(['(', ')', '/']);

/**
 * "The REMS programmes, in place since the first approvals in 2017, were removed in 2025": a verbless phrase between
 * commas after a verbless subject, right before the clause's verb, describes the subject. Where it ends (after its
 * closing comma), or -1. A list ("Kymriah, Yescarta and Tecartus were …") has no closing comma before the verb.
 * An appositive opened by an article may hold a clause of its own after its noun ("Lifileucel, a TIL product that is
 * not genetically engineered, received …"): its verbs and negation are the appositive's.
 */
function subjectAsideEnd(words: readonly Word[], clause: Clause, open: number): number {
  // A label before a colon ("Background: Lifileucel, …") leads in to the subject, and so does a frame's "that" ("It was
  // hard to hear that tocilizumab, the drug that might have helped, is …"): a that-clause has a subject of its own.
  for (let k = open - 1; k >= clause.from && words[k]!.lower !== ':' && words[k]!.lower !== 'that'; k--)
    if (words[k]!.punct || isVerb(words[k])) return -1;
  const appositive = APPOSITIVE_ARTICLES.has(words[open + 1]?.lower ?? '');
  // A participial aside ("rejected by the FDA", "twice rejected by the FDA"): its verbs are its own.
  let ownClause = participialAt(words, open + 1);
  for (let k = open + 1; k < clause.to; k++) {
    const word = words[k]!;
    if (word.lower === ',') {
      const next = words[k + 1];
      return k > open + 1 && (isVerb(next) || (ownClause && !!next && isFiniteVerb(next))) ? k : -1;
    }
    // A relative word, or an article right after the appositive's noun that opens a contact relative's subject ("a
    // therapy the FDA has twice declined").
    if (
      appositive &&
      k > open + 2 &&
      (APPOSITIVE_CLAUSE_OPENERS.has(word.lower) ||
        (APPOSITIVE_ARTICLES.has(word.lower) && opensContactRelative(words, k)))
    )
      ownClause = true;
    if (
      ownClause
        ? word.punct && !INNER_PUNCTUATION.has(word.lower)
        : word.punct || isVerb(word) || word.lower === 'and' || word.lower === 'or'
    )
      return -1;
  }
  return -1;
}

/** A past participle: an aside opener (data/lexicon/aside-openers) or a lower-case word in -ed (not "United"). */
export function isParticiple(word: Word | undefined): boolean {
  if (!word || word.punct) return false;
  return (
    PARTICIPLES.has(word.lower) || (word.text === word.lower && word.lower.length > 3 && word.lower.endsWith('ed'))
  );
}

/** Whether a participial phrase opens at `at`: a participle, or one after an adverb ("twice rejected by the FDA"). */
function participialAt(words: readonly Word[], at: number): boolean {
  return isParticiple(words[at]) || (adverbLike(words[at]) && isParticiple(words[at + 1]));
}

/** A lower-case word that is no article, boundary word or verb: before a participle, an adverb ("twice", "later"). */
function adverbLike(word: Word | undefined): boolean {
  return (
    !!word &&
    !word.punct &&
    word.text === word.lower &&
    !APPOSITIVE_ARTICLES.has(word.lower) &&
    !BOUNDARIES.has(word.lower) &&
    !isVerb(word)
  );
}

/** Whether the article at `at` follows a noun, not a preposition or verb, and a verb follows its phrase. */
function opensContactRelative(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  if (!before || before.punct || BOUNDARIES.has(before.lower) || isVerb(before)) return false;
  for (let k = at + 1; k < words.length && k <= at + 4; k++) {
    if (words[k]!.punct) return false;
    if (isVerb(words[k])) return k > at + 1;
  }
  return false;
}

/**
 * "Abecma is sometimes confused with arlo-cel, a myeloma CAR-T that has not been approved": an appositive after the
 * main verb's object, with a clause of its own after its noun, that runs to the clause's end describes that object;
 * its verbs and negation are not the main clause's. So does a verbless one ("We did not enrol anyone on Breyanzi, the
 * autologous product from BMS"): the main clause's negation does not deny what it says. Where it ends (the clause's
 * end), or -1.
 */
function objectAppositiveEnd(words: readonly Word[], clause: Clause, open: number): number {
  if (!APPOSITIVE_ARTICLES.has(words[open + 1]?.lower ?? '') || words[open - 1]?.punct) return -1;
  // A verb the lexicon may not know ("never stocks Carvykti, …") shows itself by the negation before it.
  let verb = false;
  for (let k = clause.from; k < open && !verb; k++) verb = isVerb(words[k]) || ASIDE_DENIALS.has(words[k]!.lower);
  if (!verb) return -1;
  // The sentence's closing stop is no part of the appositive.
  let end = clause.to;
  while (end > open && SENTENCE_STOPS.has(words[end - 1]!.lower)) end--;
  for (let k = open + 2; k < end; k++) {
    const word = words[k]!;
    if (APPOSITIVE_CLAUSE_OPENERS.has(word.lower)) {
      // Its own clause runs to the end: a comma or semicolon after it could close the appositive anywhere.
      for (let j = k + 1; j < clause.to; j++) if (words[j]!.lower === ',' || words[j]!.lower === ';') return -1;
      return clause.to;
    }
    if (word.punct || isVerb(word) || word.lower === 'and' || word.lower === 'or') return -1;
  }
  return end - open > 2 ? clause.to : -1;
}

/** The ")" closing the parenthesis opened at word `open`, or `to` when none does before it. */
export function closingParen(words: readonly Word[], open: number, to = words.length): number {
  // A parenthesis inside it is closed first: "(axicabtagene ciloleucel (Yescarta)'s approval, …)".
  let depth = 0;
  for (let close = open + 1; close < to; close++) {
    const word = words[close]!.lower;
    if (word === '(') depth++;
    else if (word === ')' && depth-- === 0) return close;
  }
  return to;
}

/** The parenthesis opened at `open` holds a statement and only punctuation follows it. */
function closesSentence(words: readonly Word[], open: number): boolean {
  const close = closingParen(words, open);
  if (close >= words.length || !hasVerb(words, open + 1, close)) return false;
  for (let i = close + 1; i < words.length; i++) if (!words[i]!.punct) return false;
  return true;
}

const PRONOUNS = wordClass('pronoun-subjects');

/**
 * The parenthesis opened at `open` holds a clause with a subject of its own: words before its first finite verb
 * ("no CAR-T is …", "Amtagvi is …"), not a pronoun standing for a name outside it, nor a verb first ("approved 24 July
 * 2020").
 */
function ownSubjectBeforeVerb(words: readonly Word[], open: number): boolean {
  const close = closingParen(words, open);
  for (let k = open + 1; k < close; k++) {
    const word = words[k]!;
    if (word.punct && !word.hyphenBefore) return false;
    // A pronoun subject ("(it targets BCMA)") stands for what is named outside: not a subject of its own.
    if (VERBS.has(word.lower) && !isMonthMay(words, k))
      return k > open + 1 && !(k === open + 2 && PRONOUNS.has(words[open + 1]!.lower));
  }
  return false;
}

/** No comma outside parentheses follows the word at `at` before the next semicolon or the sentence end. */
function closesClause(words: readonly Word[], at: number): boolean {
  let depth = 0;
  for (let i = at + 1; i < words.length && words[i]!.lower !== ';'; i++) {
    const word = words[i]!.lower;
    if (word === '(') depth++;
    else if (word === ')') depth = Math.max(0, depth - 1);
    else if (word === ',' && depth === 0) return false;
  }
  return true;
}

function nextStop(words: readonly Word[], from: number): number {
  for (let i = from; i < words.length; i++)
    if (words[i]!.lower === ';' || (words[i]!.lower === ',' && words[i + 1]?.lower === 'and')) return i;
  return words.length;
}
