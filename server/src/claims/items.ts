import { maskedOf } from '../text/prose';
import type { DocumentAnalysis, SentenceCueTest } from '../document/analysis';
import type { Sentence } from '../text/sentences';
import { perSentence } from '../util/memo';
import { lowerBound } from '../util/sorted';
import { sentenceBefore } from './discourse';
import { lexicon, lexiconWords } from './lexicon';
import { isQuestion, QUESTION_LABEL } from './modality';
import { isVerb } from './phrases';
import { longestPhraseStartingAt, phraseStartingAt, wordsOf, type Word } from './words';
import { wordClass } from './word-classes';

// A quiz item and its answer are one unit: the item itself asserts nothing; the answer settles it.
//   "T/F: Carvykti targets CD19.\nAnswer: True."                               the answer says "Carvykti targets CD19."
//   "True or false: Amtagvi is a CAR-T.\nAnswer: False; it is a TIL therapy."  nothing is said of the item
//   "True or false? Kymriah is approved for myeloma." with no answer           nothing: a question
// So does an FAQ's presupposing question whose answer denies its premise:
//   "Q: Why is Carvykti approved for lymphoma?\nA: It isn't; it is approved for myeloma."
// Labels and verdicts are data: data/lexicon/verdict-item-labels, verdicts-accepting, verdicts-rejecting, answer-labels.

// What may follow an item's or an answer's label: a colon, question mark, stop, closing bracket or a dash.
const AFTER_LABEL = /^\s*(?:[:?.!)]|[—–]|-\s)/;
// A cheap test before words are read: the sentence's first characters hold a whole label (its first word alone,
// "t" of "t / f", would let every "It …" through to the tokeniser).
let mayLabel: RegExp | undefined;
const MAY_LABEL = () =>
  (mayLabel ??= new RegExp(
    `^\\s*(?:\\S+\\s*)?(?:${lexicon('verdict-item-labels')
      .map((p) =>
        p
          .split(' ')
          .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
          .join('[^\\p{L}\\p{N}]*'),
      )
      .join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  ));
// Subjects of an answer that denies a question's premise by an elided predicate ("It isn't.", "They were not;").
const PREMISE_PRONOUNS = wordClass('pronoun-subjects');

/**
 * Whether what the sentence says is not asserted: it is a quiz item (its answer, if it accepts the item, says it), or
 * a presupposing question whose answer denies its premise.
 */
export function notAssertedItem(document: DocumentAnalysis, sentence: Sentence): boolean {
  if (sentence.block !== 'paragraph' && sentence.block !== 'list-item') return false;
  if (itemStart(document, sentence) !== undefined) return true;
  // Only a sentence with a question mark is tokenised again: most checked sentences have none.
  return sentence.text.includes('?') && isQuestion(wordsOf(sentence.text)) && premiseDenied(document, sentence);
}

/** The statement of the quiz item an answer accepts ("T/F: Carvykti targets CD19." over "Answer: True."), if any. */
export function acceptedItemStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  const item = document.sentences[lowerBound(document.sentences, sentence.start) - 1];
  if (!item || (item.blockIndex !== sentence.blockIndex && item.blockIndex !== sentence.blockIndex - 1))
    return undefined;
  const from = itemStart(document, item);
  if (from === undefined || verdictOn(document, item) !== 'accept') return undefined;
  const text = maskedOf(document.prose).slice(from, item.end).trim();
  return /[.!]$/.test(text) ? text : `${text}.`;
}

// A blank to fill in a quiz item: a run of underscores ("was ________.").
const BLANK = /_{3,}/g;
// A filler is short and verbless ("Carvykti (2022)", "Children and adults"); longer, it says more than the gap.
const MAX_FILLER_WORDS = 8;

/**
 * "The first CAR-T approved for myeloma was ________." over "Answer: Carvykti (2022).": the item with its one blank
 * filled by the answer, judged on the answer's line. Not when the answer has a verb, a hedge or a verdict of its own.
 */
export function filledBlankStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  const item = document.sentences[lowerBound(document.sentences, sentence.start) - 1];
  if (!item || (item.blockIndex !== sentence.blockIndex && item.blockIndex !== sentence.blockIndex - 1))
    return undefined;
  const raw = document.text.slice(item.start, item.end);
  if (raw.match(BLANK)?.length !== 1) return undefined;
  const words = answerAfter(document, item)?.words.filter((w) => !w.punct);
  if (!words?.length || words.length > MAX_FILLER_WORDS || words[0]!.start < sentence.start) return undefined;
  const hedges = ['modality-hedges', 'evidential-hedges', 'downtoners'] as const;
  if (words.some((w) => isVerb(w) || hedges.some((h) => lexiconWords(h).has(w.lower)))) return undefined;
  if (
    ['verdicts-accepting', 'verdicts-rejecting'].some((v) =>
      phraseStartingAt(words, 0, lexicon(v as 'verdicts-accepting')),
    )
  )
    return undefined;
  // The answer's text after its label, without its closing stop.
  const filler = document.text
    .slice(words[0]!.start, sentence.end)
    .trim()
    .replace(/[.;!]+$/, '');
  const label = QUESTION_LABEL.exec(raw)?.[0].length ?? 0;
  const text = raw.slice(label).trim().replace(BLANK, filler);
  return /[.!]$/.test(text) ? text : `${text}.`;
}

/**
 * Where a quiz item's words start: after its label ("True or false: …"), or the sentence's start after a label-only
 * sentence ("True or false?"). Asked of a sentence by its own check and by the reading of the answer after it: read
 * once per sentence.
 */
const itemStart = perSentence((document: DocumentAnalysis, sentence: Sentence): number | undefined => {
  const own = labelled(document, sentence);
  if (own) return own.rest;
  const before = sentenceBefore(document, sentence);
  if (!before || before.blockIndex !== sentence.blockIndex) return undefined;
  const label = labelled(document, before);
  return label && label.rest === undefined ? sentence.start : undefined;
});

// A title line: a few words with no stop, question mark or colon, then a line break.
const MAX_TITLE = 30;
const TITLE_LINE = /^[^\n.?!:]{1,30}\n/;

/**
 * Whether an item label may open the sentence (`labelled`'s first test), told only when the characters it reads are in
 * the sentence's block (after it, the document's next block may follow).
 */
const mayOpenWithLabel: SentenceCueTest = (_text, prose, start) => {
  if (start + MAX_TITLE + 1 > prose.length) return true;
  const title = TITLE_LINE.exec(prose.slice(start, start + MAX_TITLE + 1))?.[0].length ?? 0;
  return start + title + 40 > prose.length || MAY_LABEL().test(prose.slice(start + title, start + title + 40));
};

/** A sentence opening with an item label (after a "Q3." label, if any), and where the words after it start. */
function labelled(document: DocumentAnalysis, sentence: Sentence): { rest?: number } | undefined {
  if (!document.sentenceCue('may open with an item label', sentence, mayOpenWithLabel)) return undefined;
  const masked = maskedOf(document.prose);
  // "Flashcard 7\nFront: True or false: …": a title line without a stop or colon above the item is not part of it.
  const title = TITLE_LINE.exec(masked.slice(sentence.start, sentence.start + MAX_TITLE + 1))?.[0].length ?? 0;
  if (!MAY_LABEL().test(masked.slice(sentence.start + title, sentence.start + title + 40))) return undefined;
  const start = sentence.start + title;
  const text = masked.slice(start, sentence.end);
  const from = QUESTION_LABEL.exec(text)?.[0].length ?? 0;
  const words = wordsOf(text.slice(from), start + from);
  const label = phraseStartingAt(words, 0, lexicon('verdict-item-labels'));
  const end = label && words[label.length - 1]!.end - start;
  if (!label || end === undefined || !AFTER_LABEL.test(text.slice(end))) return undefined;
  return { rest: words.slice(label.length).find((w) => !w.punct)?.start };
}

/** An answer's words after its label, and the text they are read from. */
interface Answer {
  words: Word[];
  /** The text between two words: a dash is no word of its own. */
  between: (a: Word, b: Word) => string;
}

/** The answer after the item: the next sentence in its block, or the first of the next paragraph or list item. */
function answerAfter(document: DocumentAnalysis, sentence: Sentence): Answer | undefined {
  const next = document.sentences[lowerBound(document.sentences, sentence.end)];
  if (!next || (next.block !== 'paragraph' && next.block !== 'list-item')) return undefined;
  if (next.blockIndex !== sentence.blockIndex && next.blockIndex !== sentence.blockIndex + 1) return undefined;
  const masked = maskedOf(document.prose);
  const between = (a: Word, b: Word) => masked.slice(a.end, b.start);
  const words = wordsOf(masked.slice(next.start, next.end), next.start);
  const label = longestPhraseStartingAt(words, 0, lexicon('answer-labels'));
  if (!label) return { words, between };
  let at = label.length;
  // "A3)": the item's number between the label and its mark.
  if (/^\d{1,3}$/.test(words[at]?.lower ?? '')) at++;
  const mark = words[at];
  // "A lentiviral vector.": without its mark, a label's word is the answer's own.
  if (!mark || !AFTER_LABEL.test(masked.slice(words[at - 1]!.end, mark.punct ? mark.end : mark.start)))
    return { words, between };
  return { words: words.slice(mark.punct ? at + 1 : at), between };
}

/** Whether the answer after the item accepts or rejects it, or neither (a hedge, an explanation, no answer). */
function verdictOn(document: DocumentAnalysis, sentence: Sentence): 'accept' | 'reject' | undefined {
  const answer = answerAfter(document, sentence);
  if (!answer?.words.length) return undefined;
  const { words, between } = answer;
  // "False.", "False; it is …", "False — it is …": the verdict is the answer's whole first clause.
  const closes = (at: number) => !words[at] || words[at]!.punct || /[—–-]/.test(between(words[at - 1]!, words[at]!));
  const accepted = phraseStartingAt(words, 0, lexicon('verdicts-accepting'));
  if (accepted && closes(accepted.length)) return 'accept';
  const rejected = phraseStartingAt(words, 0, lexicon('verdicts-rejecting'));
  return rejected && closes(rejected.length) ? 'reject' : undefined;
}

/**
 * "Q: Why is Carvykti approved for lymphoma?" over "A: It isn't; …" or "No, …": the answer opens by denying what the
 * question takes as given, with "no" or a pronoun, an auxiliary and "not" and nothing more in its clause.
 */
function premiseDenied(document: DocumentAnalysis, sentence: Sentence): boolean {
  const words = answerAfter(document, sentence)?.words;
  if (!words?.length) return false;
  if (words[0]!.lower === 'no') return !!words[1]?.punct;
  if (!PREMISE_PRONOUNS.has(words[0]!.lower)) return false;
  let at = 1;
  if (lexiconWords('auxiliaries').has(words[at]?.lower ?? '')) at++;
  return words[at]?.lower === 'not' && (!words[at + 1] || !!words[at + 1]!.punct);
}
