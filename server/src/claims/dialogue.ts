import type { DocumentAnalysis, SentenceCueTest } from '../document/analysis';
import { type MaskedText, maskedOf } from '../text/prose';
import type { Sentence } from '../text/sentences';
import { perSentence } from '../util/memo';
import { lowerBound } from '../util/sorted';
import { MONTHS } from '../util/text';
import { isSlotName, lexicon, lexiconWords } from './lexicon';
import { cardinal } from './numbers';
import { clauseEndAt, endorsesAt, errorNounPhraseAt, rejectsAt } from './reported';
import { findPhrase, longestPhraseStartingAt, type Word, wordsOf } from './words';

// Speaker-labelled dialogue: teach-back scripts, interviews, debates, hearings. Each line that opens with a speaker's
// label ("Nurse:", "DR. PATEL:", "MODERATOR:") opens a turn. A question ending one speaker's turn and the next turn,
// by another speaker, are a question and its answer, read as unlabelled ones are (claims/bullets.ts). A turn after
// the answer, by another speaker, may confirm it ("Right.", "Correct — …": data/lexicon/turn-confirmations) or reject
// it ("Not quite.", "Actually, …": turn-rejections). Who asserts the answer: a confirmed answer is asserted; a rejected
// one is not (the correction is judged as a plain sentence); an unconfirmed one is its speaker's, unless the speaker
// is a learner being tested ("Patient:", "Student:": learner-speakers), whose answer is not the writer's claim.
// A tag question ("Host: Abecma targets CD19, correct?") that the next turn confirms is asserted as its statement.

// A speaker's label at a line's start, then a colon: one to three capitalised words ("Senator Hale:", "DR. RUIZ:"), or
// a forum or chat handle, one word with a "u/" or "@" before it or an underscore in it ("u/mm_dad:", "@hemedoc:",
// "Dr_CARTnurse:", "mcl_warrior:").
const SPEAKER =
  /^[ \t]*(\p{Lu}[\p{L}'\u2019-]*\.?(?:[ \t]+\p{Lu}[\p{L}'\u2019-]*\.?){0,2}|(?:u\/|@)[\p{L}\p{N}_.-]*[\p{L}\p{N}]|[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+)[ \t]*:[ \t]+(?=\S)/u;
// A chat log's line: a bracketed time, then any handle ("[10:02] devon: …", "[9:14 PM] maria_rn: …").
const CHAT_SPEAKER =
  /^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\][ \t]*([\p{L}\p{N}_.-]*[\p{L}\p{N}])[ \t]*:[ \t]+(?=\S)/u;
const MAX_LABEL_CHARS = 40;
// How many sentences back a turn's label is looked for ("Nurse: Good morning. Who makes your Yescarta?").
const MAX_TURN_SENTENCES = 4;
// Discourse markers a tag question's statement may open with ("And Abecma targets CD19, correct?").
const OPENING_MARKERS = /^(?:and|so|but|now|okay|ok)\b[\s,]*/i;

export interface Turn {
  /** The speaker's label, lower case, without its closing stop ("dr. patel"). */
  speaker: string;
  /** Where the turn's words start, after its label. */
  start: number;
  /** The sentence that opens the turn. */
  opening: Sentence;
}

/**
 * The turn `sentence` opens: a line of a paragraph or list item that starts with a speaker's label. Asked of a sentence
 * by most dialogue readings, and of the sentences before it by `turnOf`: read once per sentence.
 */
export const turnOpenedBy = perSentence((document: DocumentAnalysis, sentence: Sentence): Turn | undefined => {
  if (sentence.block !== 'paragraph' && sentence.block !== 'list-item') return undefined;
  if (!document.sentenceCue('may open a turn', sentence, mayOpenTurn)) return undefined;
  const masked = maskedOf(document.prose);
  const opening = masked.slice(sentence.start, sentence.start + MAX_LABEL_CHARS);
  const label = SPEAKER.exec(opening) ?? CHAT_SPEAKER.exec(opening);
  if (!label || !atLineStart(document, sentence)) return undefined;
  const speaker = label[1]!.toLowerCase().replace(/\.$/, '');
  // "October: …" dates a timeline's line, "Target: CD19" fills a slot: neither is a speaker. "Patient:" names a slot
  // too, and a speaker's role first; a debate's "FOR:" is only a header's filler word.
  if (MONTHS.includes(speaker) || (namesSlot(speaker) && !isRole(speaker))) return undefined;
  // "Three: Abecma, Carvykti and Breyanzi", "No: only adults": a count or a reply before a colon is an answer's head.
  if (cardinal(speaker) !== undefined || lexiconWords('answer-particles').has(speaker)) return undefined;
  return {
    speaker,
    start: sentence.start + label[0].length + apologyLength(speaker, opening, label[0].length),
    opening: sentence,
  };
});

/**
 * Whether a speaker's label may open the sentence: a colon within a label's length of its start. Told only when those
 * characters are in its block (after it, the document's next block may follow on the same line).
 */
const mayOpenTurn: SentenceCueTest = (_text, prose, start) =>
  start + MAX_LABEL_CHARS > prose.length || prose.slice(start, start + MAX_LABEL_CHARS).includes(':');

/**
 * "Edit: sorry, CD19.", "Update: my mistake, multiple myeloma.": under a correction's label (data/lexicon/correction-labels)
 * the words of an apology and their comma (data/lexicon/self-correction-openers) are no part of what the turn says.
 */
function apologyLength(speaker: string, opening: string, from: number): number {
  if (!isCorrectionLabel(speaker)) return 0;
  const words = wordsOf(opening.slice(from), from);
  const apology = longestPhraseStartingAt(words, 0, lexicon('self-correction-openers'));
  const comma = apology && words[apology.length];
  return comma && comma.lower === ',' ? comma.end - from + (/^\s/.test(opening.slice(comma.end)) ? 1 : 0) : 0;
}

/** The turn `sentence` belongs to: the one it opens, or the one a sentence before it on its line opens. */
export function turnOf(document: DocumentAnalysis, sentence: Sentence): Turn | undefined {
  let k = lowerBound(document.sentences, sentence.start);
  for (let n = 0; n < MAX_TURN_SENTENCES && k >= 0; n++, k--) {
    const s = document.sentences[k];
    if (!s || s.blockIndex !== sentence.blockIndex) return undefined;
    const turn = turnOpenedBy(document, s);
    if (turn) return turn;
    if (atLineStart(document, s)) return undefined;
  }
  return undefined;
}

/**
 * The question a turn answers: the sentence right before it ends another speaker's turn with a question mark. Its
 * span starts after that speaker's label ("Nurse: Who makes your Yescarta?" asks "Who makes your Yescarta?").
 */
export function questionAnswered(
  document: DocumentAnalysis,
  sentence: Sentence,
): { start: number; end: number } | undefined {
  const turn = turnOpenedBy(document, sentence);
  if (!turn) return undefined;
  const before = document.sentences[lowerBound(document.sentences, sentence.start) - 1];
  if (!before || !adjacent(before, sentence)) return undefined;
  if (!maskedOf(document.prose).slice(before.start, before.end).trimEnd().endsWith('?')) {
    // "A: BCMA." over "Edit: sorry, CD19.": a correction answers the question the answer it corrects did.
    const corrects = isCorrectionLabel(turn.speaker);
    return corrects && turnOpenedBy(document, before) ? questionAnswered(document, before) : undefined;
  }
  const asker = turnOf(document, before);
  if (!asker || asker.speaker === turn.speaker) return undefined;
  return { start: Math.max(before.start, asker.start), end: before.end };
}

/**
 * A turn that opens on a later line of `sentence` itself: a turn needs no stop to end ("Student: BCMA" over
 * "Marker: Incorrect." is one sentence of two turns).
 */
function turnInside(document: DocumentAnalysis, sentence: Sentence): Turn | undefined {
  const masked = maskedOf(document.prose);
  const text = masked.slice(sentence.start, sentence.end);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    const start = sentence.start + at + 1;
    const line: Sentence = { ...sentence, start, text: masked.slice(start, sentence.end) };
    const turn = turnOpenedBy(document, line);
    if (turn) return turn;
  }
  return undefined;
}

/** Where the words of the turn `sentence` opens end: before a turn that opens on a later line of it, or at its end. */
export function turnEnd(document: DocumentAnalysis, sentence: Sentence): number {
  const inside = turnInside(document, sentence);
  if (!inside) return sentence.end;
  return sentence.start + maskedOf(document.prose).slice(sentence.start, inside.opening.start).trimEnd().length;
}

/**
 * "My brother read that Yescarta comes from a donor. Is that so?" over "No. Yescarta …": a statement that the next
 * sentence only asks about (a tag alone as a question, data/lexicon/tag-questions) and that the answer after it, with or
 * without a speaker's label, rejects (data/lexicon/turn-rejections) is not asserted; the answer is judged as a plain
 * sentence.
 */
export function questionedAndRejected(document: DocumentAnalysis, sentence: Sentence): boolean {
  const k = lowerBound(document.sentences, sentence.start);
  const question = document.sentences[k + 1];
  const answer = document.sentences[k + 2];
  if (!question || !answer || !adjacent(sentence, question) || !adjacent(question, answer)) return false;
  const masked = maskedOf(document.prose);
  const questionText = masked.slice(question.start, question.end).trimEnd();
  // Most next sentences ask nothing: told by their text before it is split into words.
  if (!questionText.includes('?')) return false;
  const asked = wordsOf(questionText, question.start);
  if (asked.at(-1)?.lower !== '?') return false;
  const tag = longestPhraseStartingAt(asked, 0, lexicon('tag-questions'));
  if (tag?.length !== asked.length - 1) return false;
  const start = turnOpenedBy(document, answer)?.start ?? answer.start;
  const words = wordsOf(masked.slice(start, answer.end), start);
  const rejected = longestPhraseStartingAt(words, 0, lexicon('turn-rejections'));
  return !!rejected && closesVerdict(masked, words, rejected.length);
}

// "Right.", "Right, a healthy donor.", "Correct — that's …": a verdict at a turn's start is a whole clause of its own.
const closesVerdict = (masked: MaskedText, words: readonly Word[], n: number) =>
  !words[n] ||
  (words[n]!.punct && words[n]!.lower !== '?') ||
  /[—–-]/.test(masked.slice(words[n - 1]!.end, words[n]!.start));

/** Whether the turn right after `sentence`, by another speaker, confirms or rejects what it says, or neither. */
export function verdictOnTurn(document: DocumentAnalysis, sentence: Sentence): 'confirm' | 'reject' | undefined {
  const own = turnOf(document, sentence);
  if (!own) return undefined;
  const inside = turnInside(document, sentence);
  const next = inside ? inside.opening : document.sentences[lowerBound(document.sentences, sentence.end)];
  if (!next || !adjacent(sentence, next)) return undefined;
  const turn = inside ?? turnOpenedBy(document, next);
  if (!turn || turn.speaker === own.speaker) return undefined;
  const masked = maskedOf(document.prose);
  return openingVerdict(masked, wordsOf(masked.slice(turn.start, next.end), turn.start));
}

/**
 * The verdict a reply opens with on what was said before it: a confirming or rejecting word closed by a stop, comma or
 * dash ("Right.", "No, …": data/lexicon/turn-confirmations, turn-rejections; "A typo.": a noun of error), or a whole clause that rejects or
 * endorses it ("That's not right.", "It isn't; …", "You're right, …"). A rejection after a confirming word rejects:
 * "Agreed, this was wrong; …" agrees with the one who pointed out the error.
 */
export function openingVerdict(masked: MaskedText, words: readonly Word[]): 'confirm' | 'reject' | undefined {
  const rejected = longestPhraseStartingAt(words, 0, lexicon('turn-rejections'));
  if (rejected && closesVerdict(masked, words, rejected.length)) return 'reject';
  // "A misprint, sorry: …", "Typo. …": a noun of error alone names what was said an error.
  const error = errorNounPhraseAt(words, 0);
  if (error && closesVerdict(masked, words, error)) return 'reject';
  const confirmed = longestPhraseStartingAt(words, 0, lexicon('turn-confirmations'));
  const particle = confirmed && closesVerdict(masked, words, confirmed.length) ? confirmed.length : 0;
  const from = particle && words[particle]?.punct ? particle + 1 : particle;
  if (rejectsAt(words, from, clauseEndAt(words, from))) return 'reject';
  return particle || endorsesAt(words, 0, clauseEndAt(words, 0)) ? 'confirm' : undefined;
}

/**
 * Whether a line quoted from an earlier message ("> Tecelra is basically a CAR-T.") is rejected by the reply right
 * after its quotation ("No, it's a TCR product."): the rejected line is not the writer's; the reply is judged as a
 * plain sentence. The reply opens the next block, or a later line written without a '>' that Markdown keeps in the
 * quotation as a lazy line.
 */
export function rejectedQuotation(document: DocumentAnalysis, sentence: Sentence): boolean {
  if (sentence.block !== 'quote') return false;
  let k = lowerBound(document.sentences, sentence.end);
  let last = sentence;
  for (let n = 0; n < MAX_TURN_SENTENCES; n++, k++) {
    const next = document.sentences[k];
    if (!next) return false;
    const lazy = next.blockIndex === last.blockIndex && atLineStart(document, next) && !quotedLine(document, next);
    if (lazy || (next.block !== 'quote' && next.blockIndex === last.blockIndex + 1)) {
      const masked = maskedOf(document.prose);
      const start = turnOpenedBy(document, next)?.start ?? next.start;
      return openingVerdict(masked, wordsOf(masked.slice(start, next.end), start)) === 'reject';
    }
    if (next.block !== 'quote' || next.blockIndex !== last.blockIndex) return false;
    last = next;
  }
  return false;
}

/** Whether a sentence's line is written with a quotation's '>' before it. */
function quotedLine(document: DocumentAnalysis, sentence: Sentence): boolean {
  const lineStart = document.text.lastIndexOf('\n', sentence.start - 1) + 1;
  return /^[ \t]*>/.test(document.text.slice(lineStart, sentence.start));
}

/**
 * Whether what a turn's sentence says is not asserted: the next turn, by another speaker, rejects it; or it answers a
 * question by a learner ("Patient: Novartis.") and no next turn confirms it.
 */
export function unassertedTurn(document: DocumentAnalysis, sentence: Sentence): boolean {
  if (rejectedQuotation(document, sentence)) return true;
  // Most sentences open no turn and follow none: told from their line's first characters.
  const turn = turnOf(document, sentence);
  if (!turn) return rejectedByLabelledNext(document, sentence);
  const verdict = verdictOnTurn(document, sentence);
  if (verdict) return verdict === 'reject';
  if (rejectedByLabelledNext(document, sentence)) return true;
  if (!isLearner(turn.speaker)) return false;
  return questionAnswered(document, turn.opening) !== undefined;
}

// A line's label: up to a colon near its start, in any case and with brackets ("Student answer:", "A (correction):",
// "Reviewer note:").
const LINE_LABEL = /^[ \t]*([^\n:?!.]{1,40}?)[ \t]*:[ \t]+(?=\S)/u;

/**
 * "A: Kite." over "Edit: sorry, Bristol Myers Squibb (Juno).", "Student answer: Kite. Marked incorrect: …",
 * "Student answer: Novartis." over "Marker: Wrong. Kite.": a labelled sentence right after a labelled one rejects it by
 * its label (a correction or a mark, data/lexicon/correction-labels), or, under a label that names no slot, by the
 * verdict its words open with (data/lexicon/turn-rejections). What the first says is not asserted; the correction is
 * judged as a plain sentence.
 */
function rejectedByLabelledNext(document: DocumentAnalysis, sentence: Sentence): boolean {
  // Most sentences have no label: told by their first characters.
  const colon = sentence.text.indexOf(':');
  if (colon < 0 || colon > MAX_LABEL_CHARS || !LINE_LABEL.test(sentence.text) || !atLineStart(document, sentence))
    return false;
  const next = document.sentences[lowerBound(document.sentences, sentence.end)];
  if (!next || next.blockIndex !== sentence.blockIndex) return false;
  const masked = maskedOf(document.prose);
  const label = LINE_LABEL.exec(masked.slice(next.start, next.start + MAX_LABEL_CHARS + 8));
  if (!label) return false;
  if (isCorrectionLabel(label[1]!)) return true;
  if (namesSlot(label[1]!.trim().toLowerCase())) return false;
  const start = next.start + label[0].length;
  const verdictWords = wordsOf(masked.slice(start, next.end), start);
  const rejected = longestPhraseStartingAt(verdictWords, 0, lexicon('turn-rejections'));
  return !!rejected && closesVerdict(masked, verdictWords, rejected.length);
}

/**
 * "Student: Was Kymriah, the first BCMA CAR-T, approved in 2017?", "CONTESTANT: Is it Tecelra, the CAR-T for
 * sarcoma?": a question of a learner being tested (data/lexicon/learner-speakers) that the next turn does not confirm
 * is the learner's, premises and all; "Tutor: Yes, February 2022." after it lets the premises stand. (What a learner
 * states unasked stays the learner's claim as any speaker's does.)
 */
export function unconfirmedLearnerQuestion(document: DocumentAnalysis, sentence: Sentence): boolean {
  if (!sentence.text.trimEnd().endsWith('?')) return false;
  const turn = turnOf(document, sentence);
  return !!turn && isLearner(turn.speaker) && verdictOnTurn(document, sentence) !== 'confirm';
}

/**
 * The statement of a tag question that the next turn confirms: "Host: And the target of Abecma is CD19, correct?" over
 * "Guest: Correct." reads "The target of Abecma is CD19." (judged on the question's line). Undefined otherwise.
 */
export function confirmedTagStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (!sentence.text.trimEnd().endsWith('?')) return undefined;
  const turn = turnOf(document, sentence);
  if (!turn) return undefined;
  const text = maskedOf(document.prose).slice(Math.max(sentence.start, turn.start), sentence.end).trimEnd();
  const comma = text.lastIndexOf(',');
  if (comma < 0) return undefined;
  const tag = wordsOf(text.slice(comma + 1, -1));
  const found = longestPhraseStartingAt(tag, 0, lexicon('tag-questions'));
  if (!found || found.length !== tag.length || verdictOnTurn(document, sentence) !== 'confirm') return undefined;
  const statement = text.slice(0, comma).replace(OPENING_MARKERS, '').trim();
  return statement ? `${statement.charAt(0).toUpperCase()}${statement.slice(1)}.` : undefined;
}

/** Whether a line's label marks a correction of what was said before it ("Edit", "A (correction)", "Marked incorrect"). */
const isCorrectionLabel = (label: string) => findPhrase(wordsOf(label), lexicon('correction-labels')) !== undefined;

/** Whether a label names a table's slot, not only by a filler or qualifier word of its headers ("for"). */
const namesSlot = (label: string) =>
  isSlotName(label) &&
  !lexiconWords('table-header-fillers').has(label) &&
  !lexiconWords('table-header-qualifiers').has(label);

/** Whether a label is a speaker's role in a dialogue, a quiz or an FAQ ("Patient", "Host", "Nurse"). */
const isRole = (speaker: string) =>
  isLearner(speaker) || lexiconWords('question-labels').has(speaker) || lexiconWords('answer-labels').has(speaker);

/** Whether a speaker's label names a learner being tested ("Patient", "Student 2" is not read). */
export function isLearner(speaker: string): boolean {
  return lexiconWords('learner-speakers').has(speaker.split(/\s+/).at(-1)!);
}

/** Whether a sentence starts its block or a line of it. */
function atLineStart(document: DocumentAnalysis, sentence: Sentence): boolean {
  if (!document.prose.blocks[sentence.blockIndex]) return false;
  return document.sentenceCue('at a line start', sentence, startsLine);
}

const startsLine: SentenceCueTest = (_text, prose, start) =>
  /(?:^|\n)[ \t]*$/.test(prose.slice(Math.max(0, start - 80), start));

/** Whether two sentences are one after the other in one block, or in a block and the next. */
const adjacent = (a: Sentence, b: Sentence) => b.blockIndex === a.blockIndex || b.blockIndex === a.blockIndex + 1;
