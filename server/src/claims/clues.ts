import type { DocumentAnalysis, SentenceCueTest } from '../document/analysis';
import { maskedOf } from '../text/prose';
import type { Sentence } from '../text/sentences';
import { lowerBound } from '../util/sorted';
import { lowerInitial } from '../util/text';
import { isNamed } from './discourse';
import { lexicon, lexiconWords } from './lexicon';
import { ANSWER_LABEL } from './modality';
import { ordinal } from './numbers';
import { isTherapyHead, isVerb } from './phrases';
import { wordsOf } from './words';

// Crossword and word-search clues: a clue line ("12 Down: Novartis's CD19 therapy, approved in 2017 (7)") over an
// answer line ("Answer: KYMRIAH") is a definition whose subject is the answer: "Kymriah is Novartis's CD19 therapy,
// approved in 2017." is judged on the pair, and the clue alone says nothing. A clue opens with a question unit's label
// (data/lexicon/question-labels: "across", "down", "clue" …), a number before or after it, and describes one thing:
// a kind of therapy heads it before any verb. The answer line names one product or drug and nothing else.

// A clue's length in letters at its end: "(7)", "(6, 4)", "(3-4)".
export const ENUMERATION = /\s*\(\s*\d{1,2}(?:\s*[,-]\s*\d{1,2})*\s*\)\s*\.?\s*$/;
// Order words that make the description definite ("First CAR-T the FDA approved" is "the first CAR-T …").
const DEFINITE = new Set(['only', 'last', 'sole']);
// How far a clue line may stand above its answer line: the next line, or after one blank line.
const MAX_LINE_BREAKS = 2;

let clueLabel: RegExp | undefined;
/** A question unit's label at a line's start, with a clue's number before or after it ("12 Down:", "Clue 5 Down:"). */
export const CLUE_LABEL = () => {
  if (clueLabel) return clueLabel;
  const labels = [...lexicon('question-labels')]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(' ').join('\\s+'))
    .join('|');
  clueLabel = new RegExp(
    `^[ \\t]*(?:\\d{1,3}[ \\t]*)?(?:${labels})(?![\\p{L}])(?:[ \\t]*\\d{1,3})?(?:[ \\t]+(?:${labels})(?![\\p{L}]))?[ \\t]*(?::|[—–]|-\\s)[ \\t]*`,
    'iu',
  );
  return clueLabel;
};

interface Span {
  start: number;
  end: number;
}

/** Whether the sentence's last line opens with an answer's label (`cluePair`'s first test). */
const mayEndWithAnswer: SentenceCueTest = (_text, prose, start, end) => {
  const text = prose.slice(start, end);
  const lineAt = text.lastIndexOf('\n') + 1;
  return ANSWER_LABEL.test(text.slice(lineAt, lineAt + 40));
};

/** The clue line and the answer line a sentence ends with, when the answer line is in it. */
export function cluePair(document: DocumentAnalysis, sentence: Sentence): { clue: Span; answer: Span } | undefined {
  if (sentence.block !== 'paragraph' && sentence.block !== 'list-item') return undefined;
  if (!document.sentenceCue('may end with an answer line', sentence, mayEndWithAnswer)) return undefined;
  const masked = maskedOf(document.prose);
  const text = masked.slice(sentence.start, sentence.end);
  const lineAt = text.lastIndexOf('\n') + 1;
  const answerStart = sentence.start + lineAt;
  // Most sentences are no answer line: told from their last line's first characters.
  const label = ANSWER_LABEL.exec(text.slice(lineAt, lineAt + 40));
  if (!label) return undefined;
  if (lineAt === 0 && !/(?:^|\n)[ \t]*$/.test(masked.slice(Math.max(0, answerStart - 40), answerStart)))
    return undefined;
  // The clue is on the line above, in this block or the one before.
  const { blocks } = document.prose;
  const floor = (blocks[sentence.blockIndex - 1] ?? blocks[sentence.blockIndex]!).start;
  const before = masked.slice(floor, answerStart).trimEnd();
  const clueEnd = floor + before.length;
  const breaks = masked.slice(clueEnd, answerStart).split('\n').length - 1;
  if (breaks < 1 || breaks > MAX_LINE_BREAKS) return undefined;
  const clueStart = floor + before.lastIndexOf('\n') + 1;
  return {
    clue: { start: clueStart, end: clueEnd },
    answer: { start: answerStart + label[0].length, end: sentence.end },
  };
}

/**
 * The definition a clue and its answer make ("9 Across: First CAR-T the FDA approved (8)" over "Answer: YESCARTA"
 * reads "Yescarta is the first CAR-T the FDA approved."), judged on the sentence that holds the answer line.
 */
export function clueStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  const pair = cluePair(document, sentence);
  if (!pair) return undefined;
  const masked = maskedOf(document.prose);
  const line = masked.slice(pair.clue.start, pair.clue.end);
  const label = CLUE_LABEL().exec(line);
  if (!label) return undefined;
  const clue = line.slice(label[0].length).replace(ENUMERATION, '').trim().replace(/\.$/, '');
  // A question is asked, not described: the question readers take it (claims/bullets.ts).
  if (!clue || clue.endsWith('?')) return undefined;
  const answer = masked.slice(pair.answer.start, pair.answer.end).trim().replace(/[.!]$/, '');
  const named = document.mentionsIn(pair.answer.start, pair.answer.end);
  const only = named[0];
  if (named.length !== 1 || !only || !isNamed(only) || masked.slice(only.start, only.end) !== answer) return undefined;
  const from = pair.clue.start + label[0].length;
  const words = wordsOf(clue, from);
  const inClass = document.mentionsIn(from, from + clue.length).filter((m) => m.entity.type === 'therapy-class');
  const head = words.findIndex((w) => isTherapyHead(w) || inClass.some((m) => m.start <= w.start && w.start < m.end));
  const verb = words.findIndex((w) => isVerb(w));
  if (head < 0 || (verb >= 0 && verb < head)) return undefined;
  const subject = /^\p{Lu}+$/u.test(answer) ? `${answer.charAt(0)}${answer.slice(1).toLowerCase()}` : answer;
  const first = words[0]!.lower;
  // "This BCMA CAR-T from Autolus was approved in 2021": the answer is the clause's subject, the description its
  // appositive.
  if (first === 'this') {
    const finite = words.findIndex((w, i) => i > head && isVerb(w));
    if (finite < 0) return undefined;
    const described = clue.slice(words[1]!.start - from, words[finite - 1]!.end - from);
    return `${subject}, a ${described}, ${clue.slice(words[finite]!.start - from)}.`;
  }
  const determined = lexiconWords('determiners').has(first) || /^[\p{L}\p{N}-]+['’]s\s/u.test(clue) ? '' : undefined;
  const definite = ordinal(first) !== undefined || DEFINITE.has(first) || /\p{L}est$/u.test(first);
  const article = determined ?? (definite ? 'the ' : /^[aeiou]/i.test(first) ? 'an ' : 'a ');
  return `${subject} is ${article}${lowerInitial(clue)}.`;
}

/**
 * Whether a sentence is a clue that an answer line defines, or holds one with its answer: the clue alone asserts
 * nothing ("3 Down: Drug approved for CAR-T cytokine storms in 2019 (11)" does not say a CAR-T was approved in 2019).
 */
export function unassertedClue(document: DocumentAnalysis, sentence: Sentence): boolean {
  if (clueStatement(document, sentence)) return true;
  const next = document.sentences[lowerBound(document.sentences, sentence.end)];
  if (!next || next.start < sentence.end) return false;
  const pair = cluePair(document, next);
  return (
    !!pair && pair.clue.start >= sentence.start && pair.clue.start < sentence.end && !!clueStatement(document, next)
  );
}
