// A sentence's words are read once for all its readers (claim preparation, frames, ellipses, the sentence before it
// asking whether this one rejects it): from its block's tokens, kept for the two sentences read last only (a memo of
// every sentence's words raised peak memory by half on a 10 MB manuscript). Two, because a sentence's check reads the
// next sentence (does it reject this one?) before its frames read this one again, and the next check reads that one.
// Kept by the sentence alone, not its document (which a server may have closed): a sentence is one text at one offset,
// so its words are the same in any document.
import type { DocumentAnalysis } from '../document/analysis';
import { maskedOf } from '../text/prose';
import type { Sentence } from '../text/sentences';
import { type Word, wordsIn, wordsOf } from '../text/words';
import { lowerBound } from '../util/sorted';

interface Read {
  sentence: Sentence;
  words: readonly Word[];
  complete: boolean;
}
let last: Read | undefined;
let before: Read | undefined;

/**
 * The words of `sentence` (document offsets), read from its block's tokens: all of them, or the first `limit` when it
 * has more (a caller that only needs to know it is longer).
 */
export function blockWordsOf(
  document: DocumentAnalysis,
  sentence: Sentence,
  limit = Number.POSITIVE_INFINITY,
): readonly Word[] {
  const known = last?.sentence === sentence ? last : before?.sentence === sentence ? before : undefined;
  if (known && (known.complete || known.words.length >= limit)) return known.words;
  const words = wordsIn(document.tokensOf(sentence), limit);
  if (last?.sentence !== sentence) before = last;
  last = { sentence, words, complete: words.length < limit };
  return words;
}

/**
 * The words of `sentence.text` at `sentence.start`, as `wordsOf` reads them: its block's words when the text is its
 * prose as written; a text whose spaces were normalised (line breaks, runs) is read anew, its offsets as they were.
 */
export function ownWordsOf(document: DocumentAnalysis, sentence: Sentence): readonly Word[] {
  return maskedOf(document.prose).slice(sentence.start, sentence.end) === sentence.text
    ? blockWordsOf(document, sentence)
    : wordsOf(sentence.text, sentence.start);
}

/** The sentence after `sentence` in its block, or undefined when it ends its block. */
export function nextInBlock(document: DocumentAnalysis, sentence: Sentence): Sentence | undefined {
  const next = document.sentences[lowerBound(document.sentences, sentence.end)];
  return next && next.blockIndex === sentence.blockIndex ? next : undefined;
}

/** The words of the sentence after `sentence` in its block (none when it ends its block). */
export function nextWordsOf(document: DocumentAnalysis, sentence: Sentence): readonly Word[] {
  const next = nextInBlock(document, sentence);
  return next ? ownWordsOf(document, next) : [];
}
