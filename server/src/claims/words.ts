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

/** A clause: a half-open range of word indexes in its sentence (split by clauses.ts). */
export interface Clause {
  from: number;
  to: number;
}

// A word is a run of letters/digits with decimals like 1.5 or 18.2 and an optional "n't" or
// possessive "'s"; any other character except spaces, hyphens and dashes is one punctuation token.
// A hand-written scanner: this runs on every sentence with a mention, and a Unicode regex plus
// per-token slices cost several times more.
const CONTRACTION_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

const enum Kind {
  Word,
  Space,
  Dash,
  Other,
}

// ASCII kinds by character code: the scanner reads every character of every sentence with a mention.
const ASCII_KINDS = new Uint8Array(128).map((_, code) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    ? Kind.Word
    : code === 32 || (code >= 9 && code <= 13)
      ? Kind.Space
      : code === 45
        ? Kind.Dash
        : Kind.Other,
);

function kindOf(code: number, text: string, at: number): Kind {
  if (code < 128) return ASCII_KINDS[code]!;
  if (code >= 0x2010 && code <= 0x2014 && code !== 0x2012) return Kind.Dash; // ‐ ‑ – —
  const char = String.fromCodePoint(text.codePointAt(at)!);
  return LETTER_OR_DIGIT.test(char) ? Kind.Word : SPACE.test(char) ? Kind.Space : Kind.Other;
}

/** UTF-16 units of the code point at `at`: 2 for a surrogate pair. */
function widthAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiWordChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isAsciiDigit(code) || code === 95;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** Splits `text` (which starts at document offset `offset`) into words, stopping once there are `limit`. */
export function wordsOf(text: string, offset = 0, limit = Number.POSITIVE_INFINITY): Word[] {
  const words: Word[] = [];
  const length = text.length;
  let previousEnd = -1;
  let i = 0;
  while (i < length && words.length < limit) {
    const code = text.charCodeAt(i);
    const kind = kindOf(code, text, i);
    const width = widthAt(text, i);
    if (kind === Kind.Space || kind === Kind.Dash) {
      i += width;
      continue;
    }
    const start = i;
    // Joined by exactly one hyphen or dash to the previous token.
    const hyphenBefore =
      previousEnd >= 0 &&
      start - previousEnd === 1 &&
      kindOf(text.charCodeAt(previousEnd), text, previousEnd) === Kind.Dash;
    if (kind === Kind.Other) {
      i += width;
      const token = text.slice(start, i);
      words.push({
        index: words.length,
        start: offset + start,
        end: offset + i,
        text: token,
        lower: token,
        punct: true,
        hyphenBefore,
      });
      previousEnd = i;
      continue;
    }
    i += width;
    while (i < length) {
      const next = text.charCodeAt(i);
      if (next < 128) {
        if (ASCII_KINDS[next] !== Kind.Word) break;
        i++;
      } else if (kindOf(next, text, i) === Kind.Word) i += widthAt(text, i);
      else break;
    }
    // Decimals and thousands: "1.5", "18.2", "1,000".
    while (
      i + 1 < length &&
      (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44) &&
      isAsciiDigit(text.charCodeAt(i + 1))
    ) {
      i += 2;
      while (i < length && isAsciiDigit(text.charCodeAt(i))) i++;
    }
    let suffix = '';
    if (
      i + 1 < length &&
      isApostrophe(text.charCodeAt(i)) &&
      (text[i + 1] === 't' || text[i + 1] === 's') &&
      !(i + 2 < length && isAsciiWordChar(text.charCodeAt(i + 2)))
    ) {
      suffix = text[i + 1]!;
      i += 2;
    }
    const written = text.slice(start, i);
    const lower = written.toLowerCase();
    if (suffix === 't' && lower.length > 3 && lower.charCodeAt(lower.length - 3) === 110 /* n */) {
      const base = lower.slice(0, -3);
      words.push({
        index: words.length,
        start: offset + start,
        end: offset + i - 3,
        text: written.slice(0, -3),
        lower: CONTRACTION_BASE[base] ?? base,
        punct: false,
        hyphenBefore,
      });
      words.push({
        index: words.length,
        start: offset + i - 3,
        end: offset + i,
        text: written.slice(-3),
        lower: 'not',
        punct: false,
        hyphenBefore: false,
      });
    } else if (suffix === 's') {
      // A possessive: the word ends before "'s", where a term mention ends too.
      words.push({
        index: words.length,
        start: offset + start,
        end: offset + i - 2,
        text: written.slice(0, -2),
        lower: lower.slice(0, -2),
        punct: false,
        hyphenBefore,
      });
    } else {
      words.push({
        index: words.length,
        start: offset + start,
        end: offset + i,
        text: written,
        lower,
        punct: false,
        hyphenBefore,
      });
    }
    previousEnd = words[words.length - 1]!.end - offset;
  }
  return words;
}

// Lexicon phrases are checked at every word: split each once.
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

interface Compiled {
  byFirst: Map<string, { phrase: string; parts: string[] }[]>;
  /**
   * Per ASCII first character, a bit per first-word length (31 = 31 or more): most words start no phrase, and this
   * tells without a map lookup.
   */
  startBits: Uint32Array;
  nonAsciiStart: boolean;
}
const compiled = new WeakMap<readonly string[], Compiled>();

const lengthBit = (length: number) => 1 << Math.min(length, 31);

/** Phrase lists indexed by their first word, once per list, so a scan costs one lookup per word. */
function compile(phrases: readonly string[]): Compiled {
  let list = compiled.get(phrases);
  if (!list) {
    list = { byFirst: new Map(), startBits: new Uint32Array(128), nonAsciiStart: false };
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      const first = parts[0]!;
      const candidates = list.byFirst.get(first) ?? [];
      candidates.push({ phrase, parts });
      list.byFirst.set(first, candidates);
      const code = first.charCodeAt(0);
      if (code < 128) list.startBits[code]! |= lengthBit(first.length);
      else list.nonAsciiStart = true;
    }
    compiled.set(phrases, list);
  }
  return list;
}

/** The phrase of the list that starts at word `at`, if any. */
export function phraseStartingAt(words: readonly Word[], at: number, phrases: readonly string[]) {
  return words[at] ? matchAt(words, at, compile(phrases)) : undefined;
}

function matchAt(
  words: readonly Word[],
  at: number,
  list: Compiled,
): { at: number; length: number; phrase: string } | undefined {
  const lower = words[at]!.lower;
  const code = lower.charCodeAt(0);
  if (code < 128 ? (list.startBits[code]! & lengthBit(lower.length)) === 0 : !list.nonAsciiStart) return undefined;
  const candidates = list.byFirst.get(lower);
  if (!candidates) return undefined;
  for (const { phrase, parts } of candidates) {
    let k = 1;
    while (k < parts.length && words[at + k]?.lower === parts[k]) k++;
    if (k === parts.length) return { at, length: parts.length, phrase };
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
  const list = compile(phrases);
  for (let i = from; i < Math.min(to, words.length); i++) {
    const hit = matchAt(words, i, list);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Words [from, to) only separate two cells of a verbless row ("Abecma — BCMA — 4-1BB", "Anakinra: IL-1
 * receptor antagonist", "Kymriah | CD19"): a colon or a bar, or nothing but a spaced dash or a long dash
 * before `to` (not the hyphen of "CD19-negative"). `text` is the words' text, starting at document offset `offset`.
 */
export function isRowSeparator(
  words: readonly Word[],
  text: string,
  offset: number,
  from: number,
  to: number,
): boolean {
  if (to === from + 1) return words[from]!.lower === ':' || words[from]!.lower === '|';
  const next = words[to];
  const previous = words[to - 1];
  return to === from && !!next && !!previous && ROW_DASH.test(text.slice(previous.end - offset, next.start - offset));
}
const ROW_DASH = /^(?:\s+[-–—]\s+|\s*[–—]\s*)$/u;

/** Every occurrence of any phrase in [from, to). */
export function findAllPhrases(
  words: readonly Word[],
  phrases: readonly string[],
  from = 0,
  to = words.length,
): { at: number; length: number; phrase: string }[] {
  const list = compile(phrases);
  const found: { at: number; length: number; phrase: string }[] = [];
  for (let i = from; i < Math.min(to, words.length); i++) {
    const hit = matchAt(words, i, list);
    if (hit) found.push(hit);
  }
  return found;
}
