// Word-level view of a sentence for the claim engine: lower-cased words with document offsets.
// Hyphens and dashes separate words but are remembered (`hyphenBefore`), so "FDA-approved",
// "first-line" and "CAR-T" read as "fda approved", "first line", "car t". "n't" becomes "not".

export interface Word {
  /** Position in the sentence's word list. */
  index: number;
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Lower-cased; "n't" normalized to "not". */
  lower: string;
  /** True for punctuation tokens (, ; : ( ) ? ! " etc.). */
  punct: boolean;
  /** The word was joined to the previous one by a hyphen or dash. */
  hyphenBefore: boolean;
}

// A word (letters/digits, decimals like 1.5 or 18.2, an optional "n't" or possessive "'s"), or one
// punctuation character. Hyphens and dashes are not tokens.
const TOKEN = /[\p{L}\p{N}]+(?:[.,]\d+)*(?:['’][ts]\b)?|[^\s\p{L}\p{N}\-‐‑–—]/gu;
const CONTRACTION_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/** Splits `text` (which starts at document offset `offset`) into words. */
export function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  const push = (start: number, end: number, written: string, lower: string, punct: boolean) => {
    const previous = words[words.length - 1];
    const gap = previous ? text.slice(previous.end - offset, start - offset) : '';
    words.push({ index: words.length, start, end, text: written, lower, punct, hyphenBefore: /^[\-‐‑–—]$/.test(gap) });
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const written = m[0];
    const start = offset + m.index;
    const end = start + written.length;
    const lower = written.toLowerCase();
    if (/n['’]t$/.test(lower) && lower.length > 3) {
      const base = lower.slice(0, -3);
      push(start, end - 3, written.slice(0, -3), CONTRACTION_BASE[base] ?? base, false);
      push(end - 3, end, written.slice(-3), 'not', false);
    } else {
      push(start, end, written, lower.replace(/['’][st]$/, ''), !/[\p{L}\p{N}]/u.test(written));
    }
  }
  return words;
}

// Lexicon phrases are checked at every word: split each once.
const phraseParts = new Map<string, string[]>();

/** True when the words from `at` spell `phrase` ("fda approved", "first line"), ignoring hyphens. */
export function phraseAt(words: readonly Word[], at: number, phrase: string): boolean {
  let parts = phraseParts.get(phrase);
  if (!parts) phraseParts.set(phrase, (parts = phrase.split(' ')));
  for (let i = 0; i < parts.length; i++) {
    const word = words[at + i];
    if (!word || (parts[i] !== '*' && word.lower !== parts[i])) return false;
  }
  return true;
}

/** Index of the first word at or after `from` (before `to`) where one of the phrases starts, with its length. */
export function findPhrase(
  words: readonly Word[],
  phrases: readonly string[],
  from = 0,
  to = words.length,
): { at: number; length: number; phrase: string } | undefined {
  for (let i = from; i < to; i++) {
    for (const phrase of phrases) {
      if (phraseAt(words, i, phrase)) return { at: i, length: phrase.split(' ').length, phrase };
    }
  }
  return undefined;
}

/** Every occurrence of any phrase in [from, to). */
export function findAllPhrases(
  words: readonly Word[],
  phrases: readonly string[],
  from = 0,
  to = words.length,
): { at: number; length: number; phrase: string }[] {
  const found: { at: number; length: number; phrase: string }[] = [];
  for (let i = from; i < to; i++) {
    for (const phrase of phrases) {
      if (phraseAt(words, i, phrase)) {
        found.push({ at: i, length: phrase.split(' ').length, phrase });
        break;
      }
    }
  }
  return found;
}
