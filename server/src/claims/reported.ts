import { isYear, MONTHS } from '../util/text';
import { lexicon, lexiconWords } from './lexicon';
import { isVerb, placePhraseEnd } from './phrases';
import type { ClaimSentence } from './sentence';
import { type Clause, findPhrase, longestPhraseStartingAt, phraseStartingAt, type Word } from './words';
import { wordClass } from './word-classes';

// Reported or refuted speech: the sentence talks about a claim instead of making it. "Critics say …",
// "advertisements suggest …": a speaker and a verb of saying, someone else's statement.
// A speaker's verb: one of saying, or a finite one of describing ("Bloggers call Carvykti a CD19 CAR-T", "Some writers
// describe Breyanzi as …"); the '-ing' form of a verb of describing names ("a website calling itself …").
const DESCRIBING_VERBS = [...lexicon('description-verbs'), ...lexicon('description-as-verbs')];
const SPEAKER_VERBS = [...lexicon('reporting-verbs'), ...DESCRIBING_VERBS.filter((verb) => !/ing\b/.test(verb))];
const SPEAKER_CUES = new Set(
  lexicon('reporting-speakers').flatMap((speaker) => SPEAKER_VERBS.map((verb) => `${speaker} ${verb}`)),
);
const REPORTING = [...lexicon('reporting-cues'), ...SPEAKER_CUES];

const SPEAKERS = lexiconWords('reporting-speakers');
// The first words of the verbs of describing ("refer" of "refer to").
const DESCRIBING = new Set(DESCRIBING_VERBS.map((verb) => verb.split(' ')[0]!));
const SAYING = lexiconWords('reporting-verbs');

export interface ReportedCue {
  at: number;
  length: number;
  phrase: string;
}

// A sentence's own cue, asked for by every relation's check of every clause.
const wholeSentenceCue = new WeakMap<readonly Word[], ReportedCue | null>();

/** The first cue at or after word `from` showing the sentence reports or refutes a claim rather than making it. */
export function reportedIn(words: readonly Word[], from = 0): ReportedCue | undefined {
  if (from > 0) return findReportedCue(words, from);
  let cue = wholeSentenceCue.get(words);
  if (cue === undefined) wholeSentenceCue.set(words, (cue = findReportedCue(words, 0) ?? null));
  return cue ?? undefined;
}

function findReportedCue(words: readonly Word[], from: number): ReportedCue | undefined {
  for (let at = from; at < words.length; ) {
    const cue = findPhrase(words, REPORTING, at) ?? thatCueAcrossAside(words, at);
    if (!cue) break;
    if (!ownedThatReport(words, cue) && !namingRelativeBefore(words, cue.at)) return cue;
    at = cue.at + 1;
  }
  const opinion = speakerOpinionAt(words, from);
  if (opinion) return opinion;
  // A speaker word before a plural noun: "some writers believe", "many clinicians say", "some writers describe".
  for (let i = from; i + 2 < words.length; i++)
    if (
      SPEAKERS.has(words[i]!.lower) &&
      !namingRelativeBefore(words, i) &&
      /^[a-z]{3,}s$/.test(words[i + 1]!.lower) &&
      phraseStartingAt(words, i + 2, SPEAKER_VERBS) &&
      !endorsedAfter(words, i + 3)
    )
      return { at: i, length: 3, phrase: `${words[i]!.lower} ${words[i + 1]!.lower} ${words[i + 2]!.lower}` };
  const relative = relativeReportAt(words, from) ?? examinedSourceAt(words, from);
  if (relative) return relative;
  const denied = deniedThatClause(words, from);
  if (denied) return denied;
  // Quoted: the claim stands inside quotation marks.
  const open = words.findIndex((w, k) => k >= from && (w.lower === '“' || w.lower === '"'));
  const close = open < 0 ? -1 : words.findIndex((w, k) => k > open && (w.lower === '”' || w.lower === '"'));
  if (close >= 0 && !plainlyAttributed(words, open, close)) return { at: open, length: 1, phrase: 'quotation' };
  return undefined;
}

// The verbs of the "claims that" cues (data/lexicon/reporting-cues).
const THAT_VERBS = new Set(
  lexicon('reporting-cues')
    .filter((p) => p.endsWith(' that') && p.split(' ').length === 2)
    .map((p) => p.split(' ')[0]!),
);
// An aside between a verb and its "that" is short: "without evidence", "on page 4 of the brief".
const MAX_ASIDE_WORDS = 8;

/**
 * "The defendant claims, without evidence, that P": an aside set off by commas between the verb of a "claims that" cue
 * and its "that" leaves the cue whole, unless it endorses P ("claimed, rightly, that P").
 */
function thatCueAcrossAside(words: readonly Word[], from: number): ReportedCue | undefined {
  for (let i = from; i + 3 < words.length; i++) {
    if (words[i + 1]!.lower !== ',' || !THAT_VERBS.has(words[i]!.lower)) continue;
    for (let j = i + 2; j < words.length - 1 && j <= i + 2 + MAX_ASIDE_WORDS; j++) {
      if (!words[j]!.punct) continue;
      // "It has been claimed, rightly, that P": an endorsing aside makes P the writer's.
      const endorsed = words.slice(i + 2, j).some((w) => ENDORSING_ADVERBS.has(w.lower));
      if (words[j]!.lower === ',' && words[j + 1]!.lower === 'that' && j > i + 2 && !endorsed)
        return { at: i, length: j + 2 - i, phrase: `${words[i]!.lower} that` };
      break;
    }
  }
  return undefined;
}

/**
 * "Tecartus, which some writers refer to as brexu-cel, targets BCMA": a relative word right before a speaker makes
 * the speaker's verb of describing name the antecedent, in an aside; the main clause is the writer's.
 */
function namingRelativeBefore(words: readonly Word[], speaker: number): boolean {
  if (!RELATIVES.has(words[speaker - 1]?.lower ?? '')) return false;
  const verb = words[speaker + 1]?.lower ?? '';
  const next = words[speaker + 2]?.lower ?? '';
  return DESCRIBING.has(verb) || (!SAYING.has(verb) && DESCRIBING.has(next));
}

const OPINION_VERBS = lexiconWords('opinion-report-verbs');
const PREPOSITIONS = lexiconWords('prepositions');
const EVIDENCE_NOUNS = lexiconWords('evidence-nouns');
const AUXILIARIES = lexiconWords('auxiliaries');
const NON_SPEAKERS = wordClass('demonstratives');
const VERB_GROUP_ADVERBS = wordClass('verb-group-adverbs');
// "contended at the tumour board that": a prepositional adjunct between the verb and its "that" is short.
const MAX_ADJUNCT_WORDS = 6;
// "A second-year fellow on the ward": the noun phrase naming a speaker is short.
const MAX_SPEAKER_WORDS = 6;

/**
 * Where the "that" of the verb at `verb` is: right after it, or after a prepositional adjunct without punctuation
 * ("contended at the tumour board that P").
 */
function thatAfterVerb(words: readonly Word[], verb: number): number | undefined {
  if (words[verb + 1]?.lower === 'that') return verb + 1;
  if (!PREPOSITIONS.has(words[verb + 1]?.lower ?? '')) return undefined;
  for (let k = verb + 2; k < words.length && k <= verb + 1 + MAX_ADJUNCT_WORDS; k++) {
    if (words[k]!.lower === 'that') return k;
    if (words[k]!.punct || isVerb(words[k])) return undefined;
  }
  return undefined;
}

/** Where the subject before the verb at `verb` ends: before its auxiliaries and adverbs ("has long argued"). */
function subjectEndBefore(words: readonly Word[], verb: number, from: number): number {
  let end = verb;
  while (
    end > from &&
    (AUXILIARIES.has(words[end - 1]!.lower) ||
      isLyAdverb(words[end - 1]!) ||
      VERB_GROUP_ADVERBS.has(words[end - 1]!.lower))
  )
    end--;
  return end;
}

/**
 * "One trainee argued that P", "Several nurses believe that P": a verb of arguing or believing
 * (data/lexicon/opinion-report-verbs) with its "that", whose subject is a short noun phrase naming a third party, gives
 * P as that speaker's view; a "claims that" verb does whatever its subject, also with an adjunct before its "that"
 * ("contended at the tumour board that P"). The writer ("We argue that"), a demonstrative ("This argues
 * that"), a noun of evidence ("The data argue that", data/lexicon/evidence-nouns), an endorsing adverb ("rightly
 * argued") or a clause endorsing it after ("…, and she was right") leaves P the writer's.
 */
function speakerOpinionAt(words: readonly Word[], from: number): ReportedCue | undefined {
  for (let i = from + 1; i + 1 < words.length; i++) {
    const distancing = THAT_VERBS.has(words[i]!.lower);
    if (!distancing && !OPINION_VERBS.has(words[i]!.lower)) continue;
    const that = thatAfterVerb(words, i);
    if (that === undefined) continue;
    const cue = { at: i, length: that + 1 - i, phrase: `${words[i]!.lower} that` };
    // "The plaintiff contended at the hearing that P": a "claims that" verb distances whoever its subject is.
    if (distancing) {
      if (!ownedThatReport(words, cue)) return cue;
      continue;
    }
    const end = subjectEndBefore(words, i, from);
    if (words.slice(end, i).some((w) => ENDORSING_ADVERBS.has(w.lower))) continue;
    let start = end;
    while (start > from && !words[start - 1]!.punct) start--;
    if (end === start || end - start > MAX_SPEAKER_WORDS) continue;
    const subject = words.slice(start, end);
    const head = subject[subject.length - 1]!.lower;
    if (subject.some((w) => isVerb(w) || WRITER.has(w.lower))) continue;
    if (NON_SPEAKERS.has(head) || head === 'it' || EVIDENCE_NOUNS.has(head)) continue;
    if (endorsedAfter(words, that + 1)) continue;
    return cue;
  }
  return undefined;
}

/**
 * Whether a "claims that" cue is the writer's own statement: the writer is its subject ("We maintain that P", "I insist
 * that P"), or a clause after it endorses it ("The rep claimed that P, and she was right").
 */
function ownedThatReport(words: readonly Word[], cue: ReportedCue): boolean {
  // "Critics say P, and they are right": a clause after a speaker's report endorses it.
  if (SPEAKER_CUES.has(cue.phrase)) return endorsedAfter(words, cue.at + cue.length);
  if (!cue.phrase.endsWith(' that') || !THAT_VERBS.has(words[cue.at]!.lower)) return false;
  const subjectEnd = subjectEndBefore(words, cue.at, 0);
  const subject = words[subjectEnd - 1]?.lower;
  if (WRITER.has(subject ?? '') && (subjectEnd === 1 || words[subjectEnd - 2]!.punct)) return true;
  return endorsedAfter(words, cue.at + cue.length);
}

/**
 * Whether a clause set off by a comma or semicolon after word `from`, before `to`, endorses what was said before it
 * ("…, and she was right", "…, which it was"). The clause runs to the next comma or semicolon; with `closing`, to `to`:
 * inside the report's own clause, the endorsing clause is the last thing in it ("told me X, which it was").
 */
function endorsedAfter(words: readonly Word[], from: number, to = words.length, closing = false): boolean {
  const setsOff = (k: number) => words[k]!.lower === ',' || words[k]!.lower === ';';
  for (let k = from; k < to; k++) {
    if (!setsOff(k)) continue;
    let end = closing ? to : k + 1;
    while (end < to && !setsOff(end)) end++;
    if (endorsesAt(words, k + 1, end)) return true;
  }
  return false;
}

const RELATIVES = wordClass('relatives-that-which-who');
const TELLING = lexiconWords('relative-report-verbs');
const WRITER = wordClass('writer-pronouns');
const INDEFINITES = wordClass('indefinite-determiners');
// How far back an indefinite determiner may open the relative's antecedent: "a printout", "a chart of doses".
const ANTECEDENT_REACH = 4;

/**
 * "a website that says P", "a reader who insists P", "the post, which claims P": a verb of saying or telling
 * (data/lexicon: reporting-verbs, relative-report-verbs) right after a relative word whose antecedent is indefinite or set off by a comma gives P as that
 * source's statement, which the writer neither makes nor endorses by naming the source.
 */
function relativeReportAt(words: readonly Word[], from: number): ReportedCue | undefined {
  for (let i = Math.max(from, 1); i + 1 < words.length; i++) {
    const verb = words[i + 1]!.lower;
    if (!RELATIVES.has(words[i]!.lower) || !(SAYING.has(verb) || TELLING.has(verb))) continue;
    // Set off by a comma, a definite source is someone else's unless the writer owns it before ("we shipped the new
    // safety page, which says P").
    let source = words[i - 1]!.lower === ',' && !words.slice(0, i).some((w) => WRITER.has(w.lower));
    for (let k = i - 1; !source && k >= Math.max(0, i - ANTECEDENT_REACH); k--) {
      if (words[k]!.punct || isVerb(words[k])) break;
      source = INDEFINITES.has(words[k]!.lower);
    }
    if (source) return { at: i, length: 2, phrase: `${words[i]!.lower} ${words[i + 1]!.lower}` };
  }
  return undefined;
}

const EXAMINING = lexiconWords('examining-verbs');
const ARTICLE_LIKE = lexiconWords('determiners');
// "The patient leaflet we reviewed": the source's noun phrase before its relative clause is short.
const MAX_SOURCE_HEAD_WORDS = 4;

/**
 * "The patient leaflet we reviewed says P", "A website that I checked claims P": a source the writer examined (a
 * relative clause whose subject is the writer and whose verb is one of examining, data/lexicon/examining-verbs)
 * before a verb of saying (data/lexicon/source-statement-verbs) gives P as what that source says, not what the
 * writer holds. A source the writer made ("the leaflet that we wrote says P") speaks for the writer, and an endorsing
 * adverb ("…correctly says") or an "as" before the source ("As the leaflet we reviewed says, …") endorses P.
 */
function examinedSourceAt(words: readonly Word[], from: number): ReportedCue | undefined {
  for (let v = from + 3; v < words.length; v++) {
    if (!SOURCE_VERBS.has(words[v]!.lower) || !EXAMINING.has(words[v - 1]!.lower)) continue;
    let writer = v - 2;
    if (!WRITER.has(words[writer]!.lower)) continue;
    if (RELATIVES.has(words[writer - 1]?.lower ?? '')) writer--;
    let start = writer;
    while (start > from && writer - start < MAX_SOURCE_HEAD_WORDS && !ARTICLE_LIKE.has(words[start - 1]!.lower)) {
      if (words[start - 1]!.punct || isVerb(words[start - 1])) return undefined;
      start--;
    }
    if (start === from || !ARTICLE_LIKE.has(words[start - 1]!.lower) || start === writer) continue;
    if (words[start - 2]?.lower === 'as') continue;
    return { at: v - 1, length: 2, phrase: `${words[v - 1]!.lower} ${words[v]!.lower}` };
  }
  return undefined;
}

const FALSEHOODS = lexiconWords('falsehood-adjectives');
const BE_FINITE = wordClass('be-finite');

/**
 * "It is simply false that Abecma was the first CAR-T approved": an expletive subject, a copula, an adverb or two and an
 * adjective that calls it false (data/lexicon/falsehood-adjectives) before a that-clause deny the clause; what it says
 * is not the writer's.
 */
function deniedThatClause(words: readonly Word[], from: number): ReportedCue | undefined {
  for (let i = from; i + 3 < words.length; i++) {
    if (words[i]!.lower !== 'it' || !BE_FINITE.has(words[i + 1]!.lower)) continue;
    let k = i + 2;
    while (k < i + 4 && words[k] && !words[k]!.punct && /^[a-z]+ly$|^just$/.test(words[k]!.lower)) k++;
    if (FALSEHOODS.has(words[k]?.lower ?? '') && words[k + 1]?.lower === 'that')
      return {
        at: i,
        length: k + 2 - i,
        phrase: words
          .slice(i, k + 2)
          .map((w) => w.lower)
          .join(' '),
      };
  }
  return undefined;
}

// Words of a source after a quotation: "the company", "investigators", "Dr Smith".
const MAX_SOURCE_WORDS = 4;

/**
 * "\"Tecartus is approved for adults,\" investigators said.": a quotation that opens the sentence and is closed by its
 * source and a plain speech verb (data/lexicon/quote-attribution-verbs) and nothing else, as its indirect form is.
 */
function plainlyAttributed(words: readonly Word[], open: number, close: number): boolean {
  if (open !== 0) return false;
  let end = words.length;
  while (end > close + 1 && words[end - 1]!.punct) end--;
  const source = words.slice(close + 1, end);
  const verb = source.findIndex((w) => lexiconWords('quote-attribution-verbs').has(w.lower));
  return (
    verb >= 0 &&
    source.length - 1 <= MAX_SOURCE_WORDS &&
    source.every((w, k) => k === verb || (!w.punct && !SPEAKERS.has(w.lower) && !SAYING.has(w.lower)))
  );
}

const SOURCE_VERBS = lexiconWords('source-statement-verbs');
// "REMS certification to give CAR-T": an infinitive has no speaker of its own and gives no source's statement.
const INFINITIVE = wordClass('infinitive-markers');
const CORRECTION_LINKS = lexiconWords('correction-links');
const CORRECTION_ADVERBS = lexicon('correction-adverbs');
const CORRECTION_FRAMES = lexicon('correction-frames');
const CORRECTED_WORDINGS = lexicon('corrected-wording-frames');
const THERAPY_TYPES = new Set(['product', 'drug', 'therapy-class']);

/**
 * Where the writer's correction of a source's statement starts, or undefined: "Several outlets dated Kymriah's approval
 * to 2018, but the FDA approved it in 2017"; "An earlier version said Carvykti was approved in 2021; it was approved in
 * 2022". The first clause (from `from`) is a source's: a reporting cue, or a subject naming no therapy before a verb of
 * saying or recording (data/lexicon/source-statement-verbs). A later clause opened by a correction link
 * (data/lexicon/correction-links), or after a semicolon when it has a correcting adverb
 * (data/lexicon/correction-adverbs) or both sides name a date, or one holding a correction (data/lexicon/correction-frames:
 * "the speaker corrects him: …"), is the writer's own statement; the source's clause,
 * set against it, is not.
 */
export function correctionStart(sentence: ClaimSentence, from: number): number | undefined {
  const { words, clauses, mentions } = sentence;
  const first = sourceClauseIndex(sentence, from);
  const source = clauses[first];
  if (!source) return;
  const verb = reportVerbIn(sentence, source, from);
  if (verb === undefined || endorsedReport(sentence, first, verb)) return;
  const reverted = revertLabelEnd(words) <= verb;
  for (let k = first + 1; k < clauses.length; k++) {
    const clause = clauses[k]!;
    const link = [words[clause.from - 1]?.lower, words[clause.from]?.lower];
    // A semicolon, a colon or a lone spaced dash ("… Abecma targets CD19 — it targets BCMA") sets the writer's clause
    // beside the source's.
    const beside = link[0] === ';' || link[0] === ':' || words[clause.from]!.dashBefore === true;
    const corrects =
      link.some((w) => w !== undefined && CORRECTION_LINKS.has(w)) ||
      // "…; the speaker corrects him: it targets GPRC5D", "…, and the lecturer points out that …"
      findPhrase(words, CORRECTION_FRAMES, clause.from, clause.to) !== undefined ||
      // "…; it should have read 4-1BB"
      phraseStartingAt(words, clause.from + 1, CORRECTED_WORDINGS) !== undefined ||
      // "…, and the editor changed it to CD19"
      reportEditIn(words, clause.from, clause.to) !== undefined ||
      ((link[0] === ';' || words[clause.from]!.dashBefore === true) &&
        (findPhrase(words, CORRECTION_ADVERBS, clause.from, clause.to) !== undefined ||
          (namesDate(words, source.from, source.to) && namesDate(words, clause.from, clause.to)))) ||
      (beside && restatesReport(words.slice(verb + 1, clause.from), words, clause.from)) ||
      // "Reverted: the previous edit claimed P; its label covers adults": beside a report its label says was undone,
      // the writer's clause is the writer's own.
      (beside && reverted);
    if (!corrects) continue;
    // The correcting clause must be the writer's own, and the sentence must name a therapy (an edit or an update of the
    // report corrects whatever it names).
    if (reportedIn(words, clause.from)) return;
    if (reportEditIn(words, clause.from, clause.to) !== undefined) return clause.from;
    // "An older leaflet gives the REMS as still in force; it ended in June 2025": an update of the report refers back to
    // it, whatever the sentence names.
    if (beside && updatesAt(words, clause.from, clause.to)) return clause.from;
    return mentions.some((m) => THERAPY_TYPES.has(m.entity.type) && m.from < clause.to) ? clause.from : undefined;
  }
  // "Reverted: the previous edit claimed P.": the report its label says was undone is all the sentence says.
  if (reverted) return words.length;
  // "…wrote that P, and the editor changed it to Q", "…wrote that P, then corrected himself: Q": an edit or a
  // correction of the report coordinated inside the source's clause starts the writer's own words after the comma or
  // semicolon before it.
  const edit =
    reportEditIn(words, verb + 1, source.to) ?? findPhrase(words, CORRECTION_FRAMES, verb + 1, source.to)?.at;
  if (edit === undefined || !mentions.some((m) => m.from > verb && m.from < edit)) return;
  let own = edit;
  // "…a draft claiming P and corrected it to Q": a coordinator before the edit's verb ends the report as a comma does.
  while (own > verb + 1 && !CLAUSE_ENDS.has(words[own - 1]!.lower) && !EDIT_COORDINATORS.has(words[own - 1]!.lower))
    own--;
  return own > verb + 1 ? own : undefined;
}

const REVERT_LABELS = lexicon('revert-labels');
// "Reverted vandalism:", "Undid revision 1182 by Example:": a revert label is short.
const MAX_REVERT_LABEL_WORDS = 5;

/**
 * Where an opening label saying the change it reports was undone ends (data/lexicon/revert-labels): "Reverted:",
 * "Rolled back vandalism —", "Undid revision 1182:", a revert word first, a few words without a verb, then a colon or a
 * dash; Infinity without one.
 */
function revertLabelEnd(words: readonly Word[]): number {
  const revert = phraseStartingAt(words, 0, REVERT_LABELS);
  if (!revert) return Number.POSITIVE_INFINITY;
  for (let k = revert.length; k < words.length && k <= MAX_REVERT_LABEL_WORDS; k++) {
    const word = words[k]!;
    if (word.dashBefore === true) return k;
    if (word.lower === ':' || word.lower === '—' || word.lower === '–') return k + 1;
    if (word.punct || isVerb(word)) break;
  }
  return Number.POSITIVE_INFINITY;
}

const ENDORSING_ADVERBS = lexiconWords('endorsing-manner-adverbs');
const ENDORSEMENTS = lexicon('endorsement-predicates');

/**
 * "Your pharmacist told me, correctly, that P, but nobody told me …", "The leaflet calls Abecma the first CAR-T, which
 * it was, but …": a report the writer endorses, by a manner adverb set off after its verb
 * (data/lexicon/endorsing-manner-adverbs) or by a clause of a referring subject, a copula and an endorsing predicate
 * (data/lexicon/endorsement-predicates; ", which it was" elides it) before any later clause, is the writer's own
 * statement: a but-clause after it adds to it and corrects nothing.
 */
function endorsedReport(sentence: ClaimSentence, first: number, verb: number): boolean {
  const { words, clauses } = sentence;
  const source = clauses[first]!;
  for (let k = verb + 1; k < source.to; k++) {
    const word = words[k]!;
    if (ENDORSING_ADVERBS.has(word.lower) && (words[k - 1]!.lower === ',' || words[k + 1]?.lower === ',')) return true;
  }
  if (endorsedAfter(words, verb + 1, source.to, true)) return true;
  const next = clauses[first + 1];
  return next !== undefined && endorsesAt(words, next.from, next.to);
}

/**
 * Whether the words [from, to) are a whole clause endorsing what was said before it: "and she was right", "which is
 * correct", "which it was" (a referring subject, a copula and an endorsing predicate, or a relative whose predicate the
 * report's own ellipsis supplies), nothing after it but punctuation.
 */
export function endorsesAt(words: readonly Word[], from: number, to: number): boolean {
  let k = from;
  if (words[k]?.lower === 'and') k++;
  const relative = words[k]?.lower === 'which';
  if (relative && REJECTING_SUBJECTS.has(words[k + 1]?.lower ?? '') && words[k + 1]!.lower !== 'which') {
    const group = copulaGroupEnd(words, k + 2);
    if (group !== undefined && restIsPunctuation(words, group, to)) return true;
  }
  // "and that argument is correct": a determiner and a noun of what was said, as "that" alone.
  if (SUBJECT_DETERMINERS.has(words[k]?.lower ?? '') && PROPOSITION_NOUNS.has(words[k + 1]?.lower ?? '')) k++;
  else if (!REJECTING_SUBJECTS.has(words[k]?.lower ?? '')) return false;
  // "and she's right": the contracted copula is no word of its own.
  k = copulaGroupEnd(words, k + 1) ?? k + 1;
  if (isDegreeAdverb(words[k]) && !phraseStartingAt(words, k, ENDORSEMENTS)) k++;
  const predicate = phraseStartingAt(words, k, ENDORSEMENTS);
  return predicate !== undefined && restIsPunctuation(words, k + predicate.length, to);
}

const restIsPunctuation = (words: readonly Word[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (!words[k]!.punct) return false;
  return true;
};

/**
 * The clause that may give a source's statement: the first (from `from`) naming a therapy, after any label or address
 * before it ("Correction: We first reported that …", "Sir, your correspondent wrote that …"), else the first.
 */
function sourceClauseIndex(sentence: ClaimSentence, from: number): number {
  const first = sentence.clauses.findIndex((c) => c.to > from);
  const therapy = sentence.mentions.find((m) => m.from >= from && THERAPY_TYPES.has(m.entity.type));
  if (first < 0 || !therapy) return first;
  const holding = sentence.clauses.findIndex((c, k) => k >= first && c.from <= therapy.from && therapy.from < c.to);
  return holding < 0 ? first : holding;
}

/**
 * Where the verb of saying is when the clause (from `from`) gives a source's statement: a reporting cue, or
 * "An earlier version of this story said Carvykti …", a verb of saying after a subject that names no therapy.
 */
function reportVerbIn(sentence: ClaimSentence, clause: Clause, from: number): number | undefined {
  const cue = reportedIn(sentence.words, from);
  if (cue !== undefined && cue.at < clause.to) return cue.at + cue.length - 1;
  const passive = passiveReportIn(sentence, clause, from);
  if (passive !== undefined) return passive;
  // The subject starts after any opener or label ("In short, the glossary says …"); a therapy before the verb makes
  // it no source's statement ("Kymriah's label says …").
  let start = Math.max(from, clause.from);
  // "A story about cancer cell therapy said …": a therapy after a topic preposition is what the source was about.
  const topic = (m: { from: number }) =>
    sentence.words.slice(start + 1, m.from).some((w) => TOPIC_PREPOSITIONS.has(w.lower));
  for (let i = start + 1; i < clause.to; i++) {
    if (sentence.mentions.some((m) => m.from < i && m.from >= start && THERAPY_TYPES.has(m.entity.type) && !topic(m)))
      return;
    if (sentence.words[i]!.punct) start = i + 1;
    else if (i > start && sourceVerb(sentence.words[i]!.lower) && !INFINITIVE.has(sentence.words[i - 1]!.lower))
      return i;
  }
  return;
}

/**
 * Whether words [from, to) are the subject of the statement a verb of saying right before them gives ("The brochure says
 * Breyanzi targets CD19", "the vendor insisted that Kymriah is …"): a verb of saying or of a source's statement
 * (data/lexicon/reporting-verbs, source-statement-verbs), or any verb and "that", before them, and a verb after them
 * ("gave Kymriah to …" has it as an object).
 */
export function reportedSubjectAt(words: readonly Word[], from: number, to: number): boolean {
  if (!isVerb(words[to])) return false;
  const verb = words[from - 1]?.lower ?? '';
  return thatClauseAt(words, from) || SAYING.has(verb) || sourceVerb(verb);
}

/**
 * Whether word `k` opens a "that" clause of a verb of saying, conceding or correcting ("wrote that …", "later conceded
 * that …"; data/lexicon/reporting-verbs, source-statement-verbs, reporting-cues, correction-frames) or of a finite verb.
 */
export function thatClauseAt(words: readonly Word[], k: number): boolean {
  if (words[k - 1]?.lower !== 'that' || !words[k - 2]) return false;
  const verb = words[k - 2]!.lower;
  return (
    isVerb(words[k - 2]) ||
    SAYING.has(verb) ||
    sourceVerb(verb) ||
    THAT_VERBS.has(verb) ||
    lexiconWords('correction-frames').has(verb)
  );
}

const TOPIC_PREPOSITIONS = lexiconWords('topic-prepositions');
const PAST_PASSIVE = new Set(['was', 'were']);
const PASSIVE_LINKS = new Set(['as', 'with']);

/**
 * "Abecma was listed as a CD19-directed product", "Kymriah was shown with a CD28 domain", "Its approval was dated
 * 2024": a past passive of a verb of saying, recording or depicting whose object is given after "as" or "with" (a date
 * after "dated") gives a text's statement about the therapy it names; where the participle is, or undefined.
 */
function passiveReportIn(sentence: ClaimSentence, clause: Clause, from: number): number | undefined {
  const { words } = sentence;
  for (let i = Math.max(from, clause.from) + 1; i < clause.to - 1; i++) {
    const word = words[i]!.lower;
    if (!PAST_PASSIVE.has(words[i - 1]!.lower) || !(sourceVerb(word) || DEPICTING.has(word))) continue;
    if (!PASSIVE_LINKS.has(words[i + 1]!.lower) && word !== 'dated') continue;
    return sentence.mentions.some((m) => m.from >= clause.from && m.from < i && THERAPY_TYPES.has(m.entity.type))
      ? i
      : undefined;
  }
  return undefined;
}

/**
 * Whether a sentence opens by giving a source's statement ("The flyer claimed Abecma targets CD19."): what it reports,
 * from its verb of saying to its end, or undefined.
 */
export function reportedStatementOf(sentence: ClaimSentence): readonly Word[] | undefined {
  const source = sentence.clauses[sourceClauseIndex(sentence, 0)];
  const verb = source && reportVerbIn(sentence, source, 0);
  return verb === undefined ? undefined : sentence.words.slice(verb + 1);
}

const DEPICTING = lexiconWords('depiction-verbs');
// A verb of saying, or a depiction's past ("The first draft showed Breyanzi as BCMA-directed; we corrected it to CD19"):
// what an earlier version showed is a source's statement as what it said is.
const sourceVerb = (word: string) => SOURCE_VERBS.has(word) || (DEPICTING.has(word) && word.endsWith('ed'));

const RESTATING_SUBJECTS = lexiconWords('restating-subjects');
const COPULAS_AND_AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
]);
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '.']);

/** Where the clause opening at `at` ends: at its first comma, semicolon, colon, dash or full stop. */
export function clauseEndAt(words: readonly Word[], at: number): number {
  let end = at;
  while (end < words.length && !CLAUSE_ENDS.has(words[end]!.lower)) end++;
  return end;
}

/**
 * Whether the writer's words from `at` restate what a source said (`reported`, the words after its verb of saying)
 * with their own value: a subject referring back (data/lexicon/restating-subjects) and the reported verb again
 * ("An earlier draft said Breyanzi uses CD28. It uses 4-1BB."), or a clause rejecting it ("It is not: …", "That was an
 * error."). The writer's clause is judged on its own; the source's is not the writer's claim.
 */
export function restatesReport(reported: readonly Word[], words: readonly Word[], at: number): boolean {
  const end = clauseEndAt(words, at);
  if (rejectsAt(words, at, end) || updatesAt(words, at, end) || reassignsAt(words, at, end)) return true;
  if (restatedByAgent(reported, words, at, end) || roleReassignedAt(reported, words, at)) return true;
  if (restatedByPossessive(reported, words, at)) return true;
  // The subject refers back to the report's: a pronoun, or the name the report gave its subject ("A magazine reported
  // that Carvykti targets CD19. Carvykti targets BCMA.").
  if (!RESTATING_SUBJECTS.has(words[at]?.lower ?? '') && !namedIn(reported, words[at])) return false;
  let v = at + 1;
  while (v < end && isAdverb(words[v]!)) v++;
  const verb = words[v];
  if (!verb || verb.punct) return false;
  // "It is not off-label", "It does not target CD19": the reported predicate denied. "We described lifileucel as
  // genetically engineered. It is a TIL therapy …": what a source called it, described again.
  // "The last card said your Tecartus was made from a donor; it was made from your own cells": the reported verb
  // group again.
  if (COPULAS_AND_AUXILIARIES.has(verb.lower))
    return (
      restatedVerbGroup(reported, words, v + 1, end) ||
      (words[v + 1]?.lower === 'not' &&
        words[v + 2] !== undefined &&
        reported.some((w) => sameWord(w, words[v + 2]!))) ||
      (INDEFINITE.has(words[v + 1]?.lower ?? '') && reported.some((w) => w.lower === 'as' || w.lower === 'a'))
    );
  return reported.some((w) => sameWord(w, verb));
}

const RESTATING_POSSESSIVES = lexiconWords('restating-possessives');
// The words of the possessive's noun phrase, and of an aside set off by commas after it ("Its first approval, in
// August 2017, was …").
const MAX_POSSESSED_WORDS = 4;
const MAX_POSSESSED_ASIDE = 6;

/**
 * "A commenter insisted Kymriah was first approved for lymphoma. Its first approval, in August 2017, was for B-ALL.": a
 * possessive referring back (data/lexicon/restating-possessives) heading a short noun phrase that takes up a word of
 * the report, an optional aside set off by commas, a copula, then a word the report does not hold: the writer
 * restates the report with their own value. The report's own words again ("Its first approval was for lymphoma")
 * endorse it.
 */
function restatedByPossessive(reported: readonly Word[], words: readonly Word[], at: number): boolean {
  if (!RESTATING_POSSESSIVES.has(words[at]?.lower ?? '')) return false;
  let k = at + 1;
  while (k < words.length && k - at <= MAX_POSSESSED_WORDS && !words[k]!.punct && !BE_FINITE.has(words[k]!.lower)) k++;
  const possessed = words.slice(at + 1, k);
  if (!possessed.length || !possessed.some((w) => reported.some((r) => sameWord(r, w)))) return false;
  if (words[k]?.lower === ',') {
    const close = words.findIndex((w, j) => j > k && j - k <= MAX_POSSESSED_ASIDE + 1 && w.lower === ',');
    if (close < 0) return false;
    k = close + 1;
  }
  if (!BE_FINITE.has(words[k]?.lower ?? '')) return false;
  const end = clauseEndAt(words, k + 1);
  return words.slice(k + 1, end).some((w) => !w.punct && !reported.some((r) => sameWord(r, w)));
}

const ROLE_WORDS = lexiconWords('reassigned-role-words');
const CLAUSE_VERBS = lexiconWords('clause-verbs');

/**
 * "A reader letter said Tecartus was the first CAR-T approved by the FDA. Kymriah, approved in 2017, was the first.":
 * a name the report does not hold as the subject, a short aside set off by commas after it, then a verb and a role only
 * one holder can have (data/lexicon/reassigned-role-words), the role the report gave its own subject after its verb.
 * The writer gives the role to another holder: the report is set against it, and the writer's clause is judged alone.
 */
function roleReassignedAt(reported: readonly Word[], words: readonly Word[], at: number): boolean {
  const subject = words[at];
  if (!subject || subject.punct || !/^\p{Lu}/u.test(subject.text) || namedIn(reported, subject)) return false;
  let v = at + 1;
  if (words[v]?.lower === ',') {
    let close = v + 1;
    while (close < words.length && close - v <= MAX_ASIDE_WORDS && words[close]!.lower !== ',') close++;
    if (words[close]?.lower !== ',') return false;
    v = close + 1;
  }
  const verb = words[v];
  if (!verb || verb.punct || !(isVerb(verb) || CLAUSE_VERBS.has(verb.lower))) return false;
  let role = v + 1;
  if (words[role]?.lower === 'the') role++;
  const word = words[role]?.lower ?? '';
  if (!ROLE_WORDS.has(word)) return false;
  // The report gave the role after its own verb: "Tecartus was the first …", "Abecma came first".
  const given = reported.findIndex((w, k) => w.lower === word && k > 0);
  if (given <= 0 || !reported.slice(0, given).some((w) => isVerb(w) || CLAUSE_VERBS.has(w.lower))) return false;
  // The same role: nothing more ("was the first."), or the report's own words after it ("was the first CAR-T"), not
  // another ranking ("is the first in our list").
  const after = words[role + 1];
  return !after || after.punct || after.lower === reported[given + 1]?.lower;
}

/**
 * A name the report holds: the same word, written with a capital inside the report (which starts after its verb of
 * saying), not after punctuation where a quoted sentence may start.
 */
function namedIn(reported: readonly Word[], word: Word | undefined): boolean {
  if (!word || word.punct || !/^\p{Lu}/u.test(word.text)) return false;
  return reported.some((w, k) => w.text === word.text && (k === 0 || !reported[k - 1]!.punct));
}

// An agent before a restated participle: "the FDA", "FDA", "the agency".
const MAX_AGENT_WORDS = 2;
const PASSIVE_AUXILIARIES = wordClass('be-auxiliaries');

/**
 * "Several posts state that Yescarta was approved in 2019. The FDA approved it in October 2017.": an agent of a word
 * or two, the report's passive participle as its verb in the active, and as its object a pronoun or the name the
 * report gave (data/lexicon/restating-subjects), then words that differ from the report's after its participle (the
 * same words again endorse it). The report's passive is said again by the writer with the writer's value.
 */
function restatedByAgent(reported: readonly Word[], words: readonly Word[], at: number, end: number): boolean {
  for (let v = at + 1; v <= at + MAX_AGENT_WORDS && v + 1 < end; v++) {
    const verb = words[v]!;
    if (verb.punct) return false;
    const j = reported.findIndex(
      (w, k) => w.lower === verb.lower && k > 0 && PASSIVE_AUXILIARIES.has(reported[k - 1]!.lower),
    );
    if (j < 0 || !verb.lower.endsWith('ed')) continue;
    const object = words[v + 1]!;
    if (!RESTATING_SUBJECTS.has(object.lower) && !namedIn(reported, object)) return false;
    const said = reported.slice(j + 1).filter((w) => !w.punct);
    const own = words.slice(v + 2, end).filter((w) => !w.punct);
    const shared = Math.min(said.length, own.length);
    return said.slice(0, shared).some((w, k) => w.lower !== own[k]!.lower);
  }
  return false;
}

/**
 * "it was made from your own cells" after "…said your Tecartus was made from a donor": the word after the auxiliary at
 * `at` is the report's, and what follows it differs from what followed it there (the same words again endorse it).
 */
function restatedVerbGroup(reported: readonly Word[], words: readonly Word[], at: number, end: number): boolean {
  const word = words[at];
  if (!word || !/^[a-z]{3,}$/.test(word.lower) || word.lower === 'not' || COPULAS_AND_AUXILIARIES.has(word.lower))
    return false;
  const j = reported.findIndex((w) => sameWord(w, word));
  if (j < 0) return false;
  const said = reported.slice(j + 1).filter((w) => !w.punct);
  const own = words.slice(at + 1, end).filter((w) => !w.punct);
  const shared = Math.min(said.length, own.length);
  return said.slice(0, shared).some((w, k) => w.lower !== own[k]!.lower);
}

// The same word, or a verb and its -s form ("target", "targets").
const sameWord = (a: Word, b: Word) =>
  !a.punct && (a.lower === b.lower || a.lower === `${b.lower}s` || b.lower === `${a.lower}s`);

const CORRECTION_ADVERB_WORDS = new Set(CORRECTION_ADVERBS.filter((a) => !a.includes(' ')));
const isAdverb = (word: Word) => CORRECTION_ADVERB_WORDS.has(word.lower) || isLyAdverb(word);
// "simply", "actually": a word read as an adverb by its ending alone.
const isLyAdverb = (word: Word) => /^[a-z]{3,}ly$/.test(word.lower);

/**
 * Whether the next sentence of a block corrects a source's statement given in the sentence before it: it opens with a
 * correction adverb or link ("In fact, …", "But …"), its first clause holds a correction frame ("She corrected
 * herself: …", data/lexicon/correction-frames), it rejects it, or restates it with the writer's value.
 */
export function correctsReport(reported: readonly Word[], next: readonly Word[]): boolean {
  if (expectationAgainst(next)) return true;
  // "Counsel submitted that P. The tribunal does not accept that submission; Q."
  if (rejectingVerbEnd(next, 0, next.length) !== undefined) return true;
  // "The defence argued that P. That argument fails because Q."
  if (failedReportEnd(next, 0, next.length) !== undefined) return true;
  if (phraseStartingAt(next, 0, CORRECTION_ADVERBS) || lexiconWords('correction-openers').has(next[0]?.lower ?? ''))
    return true;
  if (reportEditIn(next, 0, clauseEndAt(next, 0)) !== undefined) return true;
  // "She corrected herself: it was August 2017", "The lecturer set the record straight: …", "It should have read 2017."
  const first = clauseEndAt(next, 0);
  if (findPhrase(next, CORRECTION_FRAMES, 0, first) !== undefined) return true;
  if (findPhrase(next, CORRECTED_WORDINGS, 0, first) !== undefined) return true;
  // "We checked the label: Aucatzyl is approved for adults only": the restatement after a clause that opens it.
  // "Wrong - Kymriah targets CD19.": a spaced dash opens the restatement as a colon does.
  const dash = next.findIndex((w, k) => k > 0 && k < first && w.dashBefore);
  return (
    restatesReport(reported, next, 0) ||
    (next[first]?.lower === ':' && restatesReport(reported, next, first + 1)) ||
    (dash > 0 && restatesReport(reported, next, dash))
  );
}

const OBSERVED_LABELS = lexicon('observed-labels');
const EXPECTATION_LABELS = lexicon('expectation-labels');
const UNCHANGED = lexicon('unchanged-expectations');

/** The number of words a label of `labels` and its colon take at the start of `words`, or 0. */
function labelLength(words: readonly Word[], labels: readonly string[]): number {
  const label = longestPhraseStartingAt(words, 0, labels);
  return label && words[label.length]?.lower === ':' ? label.length + 1 : 0;
}

/**
 * "Actual: the FAQ says P. Expected: it should say Q.": a bug report's expectation (data/lexicon/expectation-labels)
 * sets the sentence `words` against the line before it, unless it keeps that line (data/lexicon/unchanged-expectations:
 * "Expected: no change, the summary is correct").
 */
export function expectationAgainst(words: readonly Word[]): boolean {
  const label = labelLength(words, EXPECTATION_LABELS);
  return label > 0 && findPhrase(words, UNCHANGED, label) === undefined;
}

/** "Actual: …", "Observed: …": a line telling what a page or tool shows (data/lexicon/observed-labels). */
export const opensWithObservedLabel = (words: readonly Word[]) => labelLength(words, OBSERVED_LABELS) > 0;

// A year or a month: "…, but the approval came on March 26".
function namesDate(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isYear(words[i]!.lower) || MONTHS.includes(words[i]!.lower)) return true;
  return false;
}

const CONFIRMATIONS = lexicon('turn-confirmations');
// Where a rejection opening a sentence may end: a stop, or a colon, semicolon or dash before the writer's own words.
const REJECTION_ENDS = new Set(['.', ':', ';', '—', '–', '!']);

/**
 * "That is not true.", "This was incorrect: Abecma targets BCMA.", "Agreed, this was wrong; …": words whose first
 * clause (after a confirming word and its comma) rejects what came before them, ended by a stop, colon, semicolon or
 * dash. After a comma the clause may go on with its own scope ("This is not, however, the whole story").
 */
export function opensWithRejection(words: readonly Word[]): boolean {
  const confirmed = longestPhraseStartingAt(words, 0, CONFIRMATIONS);
  const from = confirmed && words[confirmed.length]?.lower === ',' ? confirmed.length + 1 : 0;
  let end = clauseEndAt(words, from);
  // A spaced dash is no word of its own: it ends the rejection as a dash word does ("Wrong - Kymriah targets CD19.").
  for (let k = from + 1; k < end; k++) if (words[k]!.dashBefore) end = k;
  if (
    (end >= words.length || REJECTION_ENDS.has(words[end]!.lower) || words[end]!.dashBefore === true) &&
    rejectsAt(words, from, end)
  )
    return true;
  // "That is an error, because it was approved in 2019.": a verdict whose reason follows its comma.
  return words[end]?.lower === ',' && openingVerdictAt(words, from).reason !== undefined;
}

/**
 * The verdict opening the words at `from`, read up to the next stop, colon, semicolon or dash (`close`): where its
 * reason starts, when it gives one ("That is an error, because it …"), and whether it rejects at all.
 */
function openingVerdictAt(words: readonly Word[], from: number): { rejects: boolean; reason?: number; close: number } {
  let close = from;
  while (close < words.length && !REJECTION_ENDS.has(words[close]!.lower)) close++;
  const verdict = rejectionVerdictEnd(words, from, close);
  return {
    rejects: verdict !== undefined,
    reason: verdict !== undefined && verdict < close ? verdict : undefined,
    close,
  };
}

/**
 * Where the writer's own words start after a verdict opening the words at `from` ("That is an error: it was approved in
 * 2021", "This is wrong, because it targets BCMA"): after its colon, semicolon or dash, or at its reason; undefined when
 * they open with no verdict or the verdict ends the sentence.
 */
export function afterOpeningVerdict(words: readonly Word[], from: number): number | undefined {
  const { rejects, reason, close } = openingVerdictAt(words, from);
  if (!rejects) return undefined;
  if (reason !== undefined) return reason;
  const separator = words[close]?.lower ?? '.';
  return separator !== '.' && separator !== '!' && close + 1 < words.length ? close + 1 : undefined;
}

/** Whether a text's first word may open a rejection: a referring subject, a determiner or a confirming word. */
export function mayOpenWithRejection(text: string): boolean {
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(text)?.[1]?.toLowerCase() ?? '';
  return (
    REJECTING_SUBJECTS.has(first) ||
    SUBJECT_DETERMINERS.has(first) ||
    CONFIRMATIONS.some((p) => p.split(' ')[0] === first)
  );
}

const REJECTIONS = lexicon('rejection-predicates');
const REJECTION_COPULAS = lexicon('rejection-copulas');
const REJECTING_SUBJECTS = lexiconWords('rejecting-subjects');
// "That claim is false", "These posts are wrong": a determiner and one noun as the subject.
const SUBJECT_DETERMINERS = new Set(['that', 'this', 'these', 'those', 'such', 'the']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'remain', 'remains']);
// One degree adverb before the predicate: "they are simply wrong", "both are all wrong".
const isDegreeAdverb = (word: Word | undefined) =>
  word !== undefined && !word.punct && (isLyAdverb(word) || word.lower === 'all' || word.lower === 'just');

/**
 * Whether the words [from, to) are a whole clause rejecting what was said before it: a referring subject
 * (data/lexicon/rejecting-subjects, or a determiner and a noun), a copula and a rejecting predicate
 * (data/lexicon/rejection-predicates), nothing after it but punctuation ("but they are wrong", "That is not true.").
 */
export function rejectsAt(words: readonly Word[], from: number, to: number): boolean {
  return rejectionVerdictEnd(words, from, to) !== undefined;
}

/**
 * Where the rejecting words of a clause [from, to) end (see rejectsAt): at `to`, or where a reason after the verdict
 * starts ("this is incorrect, as April 2024 was a label expansion": the reason is the writer's own statement);
 * undefined when the clause does not reject.
 */
export function rejectionVerdictEnd(words: readonly Word[], from: number, to: number): number | undefined {
  // "that is wrong", "that line was wrong": a referring word alone, or a determiner and a noun.
  // The copula may be a verb group: "has long been", or one that links as a copula does, "which turned out to be
  // wrong" (rejection-copulas).
  let k = from;
  let group: number | undefined;
  const referring = REJECTING_SUBJECTS.has(words[k]?.lower ?? '');
  if (referring && copulaGroupEnd(words, k + 1) !== undefined) group = copulaGroupEnd(words, k + 1);
  // "That's wrong", "it's not true": the contracted copula is no word of its own, only the gap it leaves.
  else if (referring && words[k + 1] && words[k + 1]!.start - words[k]!.end > 2) group = k + 1;
  else if (SUBJECT_DETERMINERS.has(words[k]?.lower ?? '') && words[k + 1] && !words[k + 1]!.punct)
    group = copulaGroupEnd(words, k + 2);
  else return undefined;
  if (group === undefined) return undefined;
  k = group;
  if (isDegreeAdverb(words[k]) && !phraseStartingAt(words, k, REJECTIONS)) k++;
  const errorNoun = errorNounPhraseAt(words, k);
  const predicate = Math.max(phraseStartingAt(words, k, REJECTIONS)?.length ?? 0, errorNoun);
  if (!predicate) return undefined;
  // "That is an error in the handout": a phrase placing the error adds nothing to the verdict ("That is not the case
  // for Yescarta" speaks of something else).
  const placed = errorNoun > 0;
  for (k += predicate; k < to; k++) {
    // "…; it is not (BELINDA missed its endpoint), and …": a parenthesis gives the writer's reason, not more predicate.
    if (words[k]!.lower === '(') k = parenthesisEnd(words, k, to);
    else if (placed && placeEndAt(words, k, to) !== undefined) k = placeEndAt(words, k, to)! - 1;
    // "that slide was wrong and has been replaced": a second predicate of the same subject, with its own verb.
    else if (words[k]!.lower === 'and' && isVerb(words[k + 1])) return to;
    // "this is incorrect, as April 2024 was a label expansion", "which is wrong since the drug targets BCMA": a reason
    // after a comma, or a reason clause with its own verb, is the writer's own statement.
    else if (reasonAt(words, k, to)) return k + 1;
    // "that has been outdated since April 2024": a time adjunct dates the verdict and adds nothing to it.
    else if (DATE_BOUNDS.has(words[k]!.lower)) return datedToEnd(words, k + 1, to) ? to : undefined;
    else if (!words[k]!.punct) return undefined;
  }
  return to;
}

/**
 * A reason link at `k` opening the writer's reason for a verdict: after a comma ("…, as April 2024 was …"), or without
 * one when a verb follows ("…wrong because it targets BCMA"; "…wrong since 2024" dates the verdict instead). "For" gives
 * a reason only after a comma ("That is not true for Yescarta" speaks of something else).
 */
function reasonAt(words: readonly Word[], k: number, to: number): boolean {
  const link = words[k]!.lower;
  if (!REASON_LINKS.has(link) || k + 1 >= to) return false;
  if (words[k - 1]!.lower === ',') return true;
  if (link === 'for') return false;
  for (let i = k + 1; i < to; i++) if (isVerb(words[i])) return true;
  return false;
}

const ARTICLES = wordClass('indefinite-articles');
const ERROR_NOUNS = lexiconWords('falsehood-nouns');

/**
 * The length of an indefinite noun of error at `k` ("a slip", "an honest mistake", "a misprint", data/lexicon/
 * falsehood-nouns; one adjective may stand before the noun), or 0: it names what was said before as an error.
 */
export function errorNounPhraseAt(words: readonly Word[], k: number): number {
  let n = ARTICLES.has(words[k]?.lower ?? '') ? 1 : 0;
  if (!ERROR_NOUNS.has(words[k + n]?.lower ?? '') && n && !words[k + n]?.punct) n++;
  return ERROR_NOUNS.has(words[k + n]?.lower ?? '') ? n + 1 : 0;
}

/** The index after a short place phrase at `k` ("an error in the handout."), ending at `to` or a stop. */
const placeEndAt = (words: readonly Word[], k: number, to: number) =>
  placePhraseEnd(words, k, (end) => end >= to || words[end]!.punct, to);

const DATE_BOUNDS = lexiconWords('date-bound-words');
// Adverbs inside a perfect copula: "has long been", "has since been", "is now".
const GROUP_ADVERBS = new Set(['now', 'long', 'since', 'already', 'also', 'still']);

/**
 * Where a copula's verb group starting at `at` ends: "is", "was", "has been", "has long been", "had since been", "turned
 * out to be"; undefined when none starts there.
 */
function copulaGroupEnd(words: readonly Word[], at: number): number | undefined {
  const linking = phraseStartingAt(words, at, REJECTION_COPULAS);
  if (linking) return at + linking.length;
  const first = words[at]?.lower ?? '';
  if (COPULAS.has(first)) return GROUP_ADVERBS.has(words[at + 1]?.lower ?? '') ? at + 2 : at + 1;
  if (!PERFECT_AUXILIARIES.has(first)) return undefined;
  let k = at + 1;
  if (GROUP_ADVERBS.has(words[k]?.lower ?? '')) k++;
  return words[k]?.lower === 'been' ? k + 1 : undefined;
}
const PERFECT_AUXILIARIES = wordClass('have-forms');

/** The words [from, to) name a date and hold no verb: "April 2024", "the 2024 line expansion". */
function datedToEnd(words: readonly Word[], from: number, to: number): boolean {
  let dated = false;
  for (let k = from; k < to; k++) {
    if (isVerb(words[k])) return false;
    dated ||= isYear(words[k]!.lower) || MONTHS.includes(words[k]!.lower);
  }
  return dated;
}

/** The index of the ')' closing the parenthesis opened at `open`, or `to` when it stays open. */
function parenthesisEnd(words: readonly Word[], open: number, to: number): number {
  for (let k = open + 1; k < to; k++) if (words[k]!.lower === ')') return k;
  return to;
}

const REASSIGNING = lexicon('reassigning-predicates');

/**
 * Whether the words [from, to) give the role a report assigned to someone else: a determiner and a role noun, any
 * adverbs, then a reassigning verb (data/lexicon/reassigning-predicates): "that honour belongs to Kymriah".
 */
function reassignsAt(words: readonly Word[], from: number, to: number): boolean {
  if (!SUBJECT_DETERMINERS.has(words[from]?.lower ?? '') || !words[from + 1] || words[from + 1]!.punct) return false;
  let k = from + 2;
  while (k < to && isAdverb(words[k]!)) k++;
  const verb = k < to ? phraseStartingAt(words, k, REASSIGNING) : undefined;
  // "that honour belongs to it": the role stays with what the report named.
  return verb !== undefined && !RESTATING_SUBJECTS.has(words[k + verb.length]?.lower ?? 'it');
}

const ENDING = lexicon('ending-predicates');
const INDEFINITE = wordClass('indefinite-articles');
// Auxiliaries and adverbs between an update's subject and its verb: "has since been lifted", "was quietly dropped".
const UPDATE_FILLERS = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'been',
  'since',
  'now',
  'already',
  'then',
]);

/**
 * Whether the words [from, to) are a clause saying that what was reported before it has since ended or changed: a
 * referring subject (data/lexicon/rejecting-subjects, or a determiner and a noun), auxiliaries or adverbs, and an
 * ending verb (data/lexicon/ending-predicates), then anything ("That requirement ended in June 2025").
 */
function updatesAt(words: readonly Word[], from: number, to: number): boolean {
  const starts: number[] = [];
  // "That requirement ended", "That changed in 2025".
  if (SUBJECT_DETERMINERS.has(words[from]?.lower ?? '') && words[from + 1] && !words[from + 1]!.punct)
    starts.push(from + 2);
  if (REJECTING_SUBJECTS.has(words[from]?.lower ?? '')) starts.push(from + 1);
  return starts.some((start) => {
    let k = start;
    while (k < to && (UPDATE_FILLERS.has(words[k]!.lower) || isAdverb(words[k]!))) k++;
    return k < to && phraseStartingAt(words, k, ENDING) !== undefined;
  });
}

/**
 * Where the writer's own statement starts after a clause rejecting the report before it ("Analysts keep repeating that
 * P, but they are wrong: Q" starts at Q), or 0 without one: what was rejected is not asserted.
 */
export function rejectionEnd(sentence: ClaimSentence): number {
  const { words, clauses } = sentence;
  const retracted = retractionEnd(words) || withheldEnd(sentence);
  if (retracted) return retracted;
  const reported = reportedStatementOf(sentence) !== undefined;
  for (let k = 1; k < clauses.length; k++) {
    const verdict = rejectionVerdictEnd(words, clauses[k]!.from, clauses[k]!.to);
    if (verdict !== undefined) return verdict < clauses[k]!.to ? verdict : (clauses[k + 1]?.from ?? words.length);
    // A rejecting verb rejects a report the sentence gives before it: "The defendant argued that P; the Court rejects …".
    const verb = reported ? rejectingVerbEnd(words, clauses[k]!.from, clauses[k]!.to) : undefined;
    if (verb !== undefined) return Math.max(verb, clauses[k + 1]?.from ?? words.length);
    // "The defence argues that P; that argument fails because Q": the reason is the writer's own statement.
    const failed = reported ? failedReportEnd(words, clauses[k]!.from, clauses[k]!.to) : undefined;
    if (failed !== undefined) return failed;
  }
  // A sentential relative is no clause of its own: "The glossary says P, which is wrong: Q" asserts Q.
  for (let i = 1; i < words.length; i++) {
    if (words[i - 1]!.lower !== ',' || words[i]!.lower !== 'which') continue;
    const end = clauseEndAt(words, i);
    // "…, which is wrong since the drug targets BCMA": the reason after the verdict is the writer's own.
    const verdict = rejectionVerdictEnd(words, i, end);
    if (verdict !== undefined && verdict < end) return verdict;
    if (verdict !== undefined || relativeEditAt(words, i, end)) return Math.min(end + 1, words.length);
  }
  return rejectedPropositionEnd(words);
}

const PROPOSITION_NOUNS = lexiconWords('proposition-nouns');
const REJECTING_VERBS = lexicon('rejecting-verbs');
// Words a rejecting verb's subject may hold: a short noun phrase ("the Court", "our pharmacist", "we") and auxiliaries
// before a negated acceptance ("does not accept").
const MAX_REJECTER_WORDS = 5;
const REJECTER_AUXILIARIES = new Set(['does', 'do', 'did', 'will', 'would', 'must', 'therefore', 'respectfully']);
// What may follow the rejection in its clause: a reason ("…, as Q", "…, because Q") or a new clause after a break.
const REASON_LINKS = new Set(['as', 'because', 'since', 'given', 'for']);

/**
 * "the Court rejects that characterisation, as Q", "The tribunal does not accept that submission; Q", "our pharmacist
 * disagrees, because Q": a clause [from, to) whose subject rejects (data/lexicon/rejecting-verbs) what was reported,
 * with nothing or a referring object (data/lexicon/rejecting-subjects, with one noun at most) after the verb. Where the
 * writer's own words start after it (after the break that ends it), or undefined. A rejection that goes on with a
 * predicate of its own ("rejects that and finds that P") is left to that predicate.
 */
export function rejectingVerbEnd(words: readonly Word[], from: number, to: number): number | undefined {
  return stanceVerbEnd(words, from, to, REJECTING);
}

/** A subject's stance on what was reported: its verbs, and whether an edit of the reported wording takes that stance. */
interface Stance {
  verbs: readonly string[];
  /** "the editor struck that line": an edit of the wording by a referring object takes it back as a rejection does. */
  edits: boolean;
}
const REJECTING: Stance = { verbs: REJECTING_VERBS, edits: true };

/**
 * The clause [from, to) as a subject's stance on what was reported: a verb of the stance after a short subject, with
 * nothing or a referring object after it. Where the clause's stance ends, or undefined.
 */
function stanceVerbEnd(words: readonly Word[], from: number, to: number, stance: Stance): number | undefined {
  const { verbs, edits } = stance;
  let k = from;
  while (k < to && (words[k]!.punct || REJECTION_OPENERS.has(words[k]!.lower))) k++;
  const subject = k;
  for (; k < to && k - subject <= MAX_REJECTER_WORDS; k++) {
    const verb = phraseStartingAt(words, k, verbs);
    if (verb && k > subject) return objectEnd(words, k + verb.length, to, PROPOSITION_NOUNS);
    // "the editor struck that line", "our reviewer deleted that sentence": an edit (data/lexicon/edit-old-verbs) of the
    // reported wording, named by a referring object, takes it back as a rejection does; the object is required.
    if (edits && k > subject && EDIT_OLD.has(words[k]!.lower) && REFERRING_OBJECTS.has(words[k + 1]?.lower ?? ''))
      return objectEnd(words, k + 1, to, EDITED_NOUNS);
    const word = words[k]!;
    if (word.punct || DENIALS.has(word.lower) || (isVerb(word) && !REJECTER_AUXILIARIES.has(word.lower)))
      return undefined;
  }
  return undefined;
}

/**
 * Whether the sentence's report is a speaker's statement that a later sentence could endorse ("One registrar argued
 * that P. She was right."): its cue is a verb of saying or arguing, not a word that calls it false ("wrongly", "myth").
 */
export function endorsableReportIn(words: readonly Word[]): boolean {
  const cue = reportedIn(words);
  if (!cue) return false;
  const verb = cue.phrase.endsWith(' that') ? cue.phrase.split(' ')[0]! : cue.phrase.split(' ').at(-1)!;
  return THAT_VERBS.has(verb) || OPINION_VERBS.has(verb) || SAYING.has(verb);
}

// "The panel accepted that contention": acceptance takes no edit (an edit of the wording takes it back).
const ACCEPTING: Stance = { verbs: lexicon('accepting-verbs'), edits: false };
const DENIALS = wordClass('aside-denials');

/**
 * "She was right.", "That is correct.", "The panel accepted that contention.": words that, as a whole sentence, endorse
 * what the sentence before them reported (a referring subject, a copula and an endorsing predicate; or a subject, a
 * verb of accepting, data/lexicon/accepting-verbs, and a referring object), so the report is the writer's statement.
 */
export function endorsesWhole(words: readonly Word[]): boolean {
  let end = words.length;
  while (end > 0 && words[end - 1]!.punct) end--;
  if (end === 0 || words.slice(end).some((w) => w.lower !== '.' && w.lower !== '!')) return false;
  return endorsesAt(words, 0, end) || stanceVerbEnd(words, 0, end, ACCEPTING) === end;
}
const REJECTION_OPENERS = new Set(['but', 'however', 'and', 'yet']);
const FAILING = lexicon('failing-predicates');
const DEMONSTRATIVES = wordClass('demonstratives');

/**
 * "that argument fails because Q", "the submission does not hold, since Q": a clause [from, to) whose subject is the
 * report itself ("that", "this", or a determiner and a noun of a proposition; "it" may be a therapy that failed) and whose predicate says it fails
 * (data/lexicon/failing-predicates), then nothing, a break or a reason. Where the writer's own words start after it,
 * or undefined. A subject naming anything else ("the treatment failed") rejects nothing.
 */
export function failedReportEnd(words: readonly Word[], from: number, to: number): number | undefined {
  let k = from;
  while (k < to && (words[k]!.punct || REJECTION_OPENERS.has(words[k]!.lower))) k++;
  if (DEMONSTRATIVES.has(words[k]?.lower ?? '') && !PROPOSITION_NOUNS.has(words[k + 1]?.lower ?? '')) k++;
  else if (SUBJECT_DETERMINERS.has(words[k]?.lower ?? '') && PROPOSITION_NOUNS.has(words[k + 1]?.lower ?? '')) k += 2;
  else return undefined;
  const verb = phraseStartingAt(words, k, FAILING);
  return verb ? objectEnd(words, k + verb.length, to, new Set()) : undefined;
}

// What an edit's object may be: a referring word or a determiner before a unit of text ("that line", "the sentence").
const REFERRING_OBJECTS = new Set([...REJECTING_SUBJECTS, ...SUBJECT_DETERMINERS]);
const EDITED_NOUNS: ReadonlySet<string> = new Set([...PROPOSITION_NOUNS, ...lexiconWords('text-unit-nouns')]);

/**
 * After a rejecting verb at `at`: its referring object, if any (a noun of it among `nouns`), then the clause's end;
 * where the next words start.
 */
function objectEnd(words: readonly Word[], at: number, to: number, nouns: ReadonlySet<string>): number | undefined {
  let k = at;
  // "that", "it", "that submission", "the argument": what was said, never a thing ("rejected the application").
  const referring = REJECTING_SUBJECTS.has(words[k]?.lower ?? '');
  if (referring || SUBJECT_DETERMINERS.has(words[k]?.lower ?? '')) {
    k++;
    if (nouns.has(words[k]?.lower ?? '')) k++;
    else if (!referring) return undefined;
  }
  if (k >= to) return to;
  const next = words[k]!;
  if (next.punct && next.lower !== '(') return k + 1;
  return REASON_LINKS.has(next.lower) ? k : undefined;
}

const RETRACTIONS = lexiconWords('retraction-imperatives');
const EARLIER_MESSAGES = lexiconWords('earlier-message-nouns');
const RETRACTION_OPENERS = new Set(['please', 'oh', 'sorry', 'so', 'ok', 'okay', ',']);
// Words between a retraction's verb and its object's noun: "my last message", "what I said earlier".
const MAX_RETRACTED_OBJECT = 4;

/**
 * "ignore my last message saying P, Q", "scratch what I said about P, Q": a sentence opening with a retraction
 * imperative (data/lexicon/retraction-imperatives) whose object is an earlier message (data/lexicon/
 * earlier-message-nouns) or "what" someone said. What it reports, up to the first clause break, is not asserted; the
 * index of the first word after that break, or 0.
 */
function retractionEnd(words: readonly Word[]): number {
  let k = 0;
  while (k < words.length && RETRACTION_OPENERS.has(words[k]!.lower)) k++;
  if (!RETRACTIONS.has(words[k]?.lower ?? '')) return 0;
  const verb = k;
  let object = false;
  for (k = verb + 1; k < words.length && k - verb <= MAX_RETRACTED_OBJECT && !object; k++) {
    const word = words[k]!;
    if (word.punct) return 0;
    object = EARLIER_MESSAGES.has(word.lower) || (words[verb + 1]!.lower === 'what' && SAID.has(word.lower));
  }
  if (!object) return 0;
  return Math.min(clauseEndAt(words, k) + 1, words.length);
}
const SAID = new Set(['said', 'wrote', 'posted', 'sent', 'told', 'typed', 'claimed']);

/**
 * "The author's claim that P is wrong: Q": a subject naming a proposition (data/lexicon/proposition-nouns) with its
 * "that" clause, then a copula and a rejecting predicate (data/lexicon/rejection-predicates) ending the clause. P is
 * rejected; the writer's own statement starts after the clause's end (at Q). 0 without one.
 */
function rejectedPropositionEnd(words: readonly Word[]): number {
  const noun = words.findIndex((w, k) => PROPOSITION_NOUNS.has(w.lower) && words[k + 1]?.lower === 'that');
  if (noun < 0) return 0;
  // The noun phrase is the subject: no verb and no clause break before it.
  for (let k = 0; k < noun; k++) if (isVerb(words[k]) || CLAUSE_ENDS.has(words[k]!.lower)) return 0;
  for (let k = noun + 3; k < words.length && !CLAUSE_ENDS.has(words[k]!.lower); k++) {
    if (!COPULAS.has(words[k]!.lower)) continue;
    let at = k + 1;
    if (isDegreeAdverb(words[at]) && !phraseStartingAt(words, at, REJECTIONS)) at++;
    const predicate = phraseStartingAt(words, at, REJECTIONS);
    if (!predicate) continue;
    const end = at + predicate.length;
    if (end < words.length && !CLAUSE_ENDS.has(words[end]!.lower)) continue;
    return Math.min(end + 1, words.length);
  }
  return 0;
}

const EDIT_OLD = lexiconWords('edit-old-verbs');
// A relative edit's subject is short: "which we", "which the editor".
const MAX_EDITOR_WORDS = 3;

/**
 * "The proof had Kymriah's first approval in 2018, which we changed to 2017": a sentential relative at `at` whose
 * subject edits it (data/lexicon/edit-old-verbs) to a new wording after "to" or "with" sets the writer's edit against
 * everything before it, which is then not asserted.
 */
function relativeEditAt(words: readonly Word[], at: number, to: number): boolean {
  for (let k = at + 2; k < to - 1 && k - at <= MAX_EDITOR_WORDS + 1; k++) {
    if (EDIT_OLD.has(words[k]!.lower)) return NEW_LINKS.has(words[k + 1]!.lower);
    if (isVerb(words[k])) return false;
  }
  return false;
}
const EDIT_COORDINATORS = new Set(['and', 'then']);
const REFERRING = wordClass('pronoun-subjects');
const NEW_LINKS = wordClass('edit-new-links');

/**
 * "the editor changed it to CD19", "I corrected that to 2024": an edit verb (data/lexicon/edit-old-verbs) whose object
 * refers back to what was reported and whose new wording follows "to" or "with" corrects the report. The index of the
 * new wording's first word in [from, to), or undefined.
 */
export function reportEditIn(words: readonly Word[], from: number, to: number): number | undefined {
  for (let k = from; k + 3 < to; k++)
    if (EDIT_OLD.has(words[k]!.lower) && REFERRING.has(words[k + 1]!.lower) && NEW_LINKS.has(words[k + 2]!.lower))
      return k + 3;
  return undefined;
}

const WITHHOLDING = lexicon('withholding-verbs');
const TEXT_UNITS = lexiconWords('text-unit-nouns');
const WORDING_FORMS = new Set([
  ...lexiconWords('content-wording-verbs'),
  ...lexiconWords('source-statement-verbs'),
  ...lexiconWords('wording-verbs'),
]);
const NEGATIONS = lexiconWords('negation-cues');
// Words between a withholding verb and its unit of text: "any line", "the English sentence", "every single mention".
const MAX_UNIT_WORDS = 4;

/**
 * "We avoided writing that P, because Q", "I left out any line saying P", "Deleted the tooltip stating that P": a
 * withholding verb (data/lexicon/withholding-verbs), not negated and with no therapy named before it, whose object is
 * a gerund of wording or a unit of text (data/lexicon/text-unit-nouns) with a participle or relative of saying, or a
 * proposition noun's "that" clause. What the withheld wording says, to its clause's end, is not asserted; the index
 * after that end, or 0.
 */
function withheldEnd(sentence: ClaimSentence): number {
  const { words, mentions } = sentence;
  for (let k = 0; k < words.length; k++) {
    const verb = phraseStartingAt(words, k, WITHHOLDING);
    if (!verb) continue;
    if (mentions.some((m) => m.from < k && THERAPY_TYPES.has(m.entity.type))) return 0;
    if ([k - 1, k - 2, k - 3].some((i) => NEGATIONS.has(words[i]?.lower ?? ''))) return 0;
    const content = withheldContent(words, k + verb.length);
    if (content === undefined) continue;
    return Math.min(clauseEndAt(words, content) + 1, words.length);
  }
  return 0;
}

/** Where the wording a withholding verb's object gives starts, from `at` (the word after the verb), or undefined. */
function withheldContent(words: readonly Word[], at: number): number | undefined {
  const saying = (word: Word | undefined) => word !== undefined && WORDING_FORMS.has(word.lower);
  // "avoided writing that P", "refrained from saying P".
  if (words[at]?.lower.endsWith('ing') && saying(words[at])) return words[at + 1]?.lower === 'that' ? at + 2 : at + 1;
  for (let k = at; k < words.length && k - at < MAX_UNIT_WORDS; k++) {
    const word = words[k]!;
    if (word.punct) return undefined;
    if (!TEXT_UNITS.has(word.lower)) continue;
    const next = words[k + 1];
    // "the line saying (that) P"
    if (next?.lower.endsWith('ing') && saying(next)) return words[k + 2]?.lower === 'that' ? k + 3 : k + 2;
    // "the line that says P", "the tooltip which stated that P"
    if ((next?.lower === 'that' || next?.lower === 'which') && saying(words[k + 2]))
      return words[k + 3]?.lower === 'that' ? k + 4 : k + 3;
    // "the claim that P", "the statement that P"
    if (next?.lower === 'that' && PROPOSITION_NOUNS.has(word.lower)) return k + 2;
    return undefined;
  }
  return undefined;
}
