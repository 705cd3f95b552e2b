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
    } else if (/['’]s$/.test(lower)) {
      // A possessive: the word ends before "'s", where a term mention ends too.
      push(start, end - 2, written.slice(0, -2), lower.slice(0, -2), false);
    } else {
      push(start, end, written, lower, !/[\p{L}\p{N}]/u.test(written));
    }
  }
  return words;
}

// Lexicon phrases are checked at every word: split each once.
const phraseParts = new Map<string, string[]>();

const splitCache = new Map<string, string[]>();

/** True when the words from `at` spell `phrase` ("fda approved", "first line"), ignoring hyphens. */
export function phraseAt(words: readonly Word[], at: number, phrase: string): boolean {
  let parts = splitCache.get(phrase);
  if (!parts) splitCache.set(phrase, (parts = phrase.split(' ')));
  if (at < 0) return false;
  for (let i = 0; i < parts.length; i++) {
    const word = words[at + i];
    if (!word || (parts[i] !== '*' && word.lower !== parts[i])) return false;
  }
  return true;
}

type Compiled = Map<string, { phrase: string; parts: string[] }[]>;
const compiled = new WeakMap<readonly string[], Compiled>();

/** Phrase lists indexed by their first word, once per list, so a scan costs one lookup per word. */
function compile(phrases: readonly string[]): Compiled {
  let byFirst = compiled.get(phrases);
  if (!byFirst) {
    byFirst = new Map();
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      const list = byFirst.get(parts[0]!) ?? [];
      list.push({ phrase, parts });
      byFirst.set(parts[0]!, list);
    }
    compiled.set(phrases, byFirst);
  }
  return byFirst;
}

/** The phrase of the list that starts at word `at`, if any. */
export function phraseStartingAt(words: readonly Word[], at: number, phrases: readonly string[]) {
  return words[at] ? matchAt(words, at, compile(phrases)) : undefined;
}

function matchAt(words: readonly Word[], at: number, byFirst: Compiled): { at: number; length: number; phrase: string } | undefined {
  const candidates = byFirst.get(words[at]!.lower);
  if (!candidates) return undefined;
  for (const { phrase, parts } of candidates) {
    if (parts.every((part, k) => words[at + k]?.lower === part)) return { at, length: parts.length, phrase };
  }
  return undefined;
}

/**
 * The first place at or after `from` (before `to`) where one of the phrases starts. Phrase lists
 * should be module constants: each list is indexed once.
 */
export function findPhrase(
  words: readonly Word[],
  phrases: readonly string[],
  from = 0,
  to = words.length,
): { at: number; length: number; phrase: string } | undefined {
  const byFirst = compile(phrases);
  for (let i = from; i < Math.min(to, words.length); i++) {
    const hit = matchAt(words, i, byFirst);
    if (hit) return hit;
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
  const byFirst = compile(phrases);
  const found: { at: number; length: number; phrase: string }[] = [];
  for (let i = from; i < Math.min(to, words.length); i++) {
    const hit = matchAt(words, i, byFirst);
    if (hit) found.push(hit);
  }
  return found;
}
