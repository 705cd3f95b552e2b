// The one tokenisation of prose. A block's text is scanned once into tokens, and every consumer reads
// those: the term matcher, the claim engine's words (text/words.ts) and misspelled-term. Each reads them its
// own way (the matcher's "1.5", the claim words' "1,000" and "n't"), without scanning characters again.
//
// A token is a maximal run of letters and digits (\p{L}\p{N}), or one other code point; spaces (\s),
// hyphens and dashes separate tokens and are none. Apostrophes are tokens: consumers decide what they mean.

/**
 * Token boundaries of a text in order, two entries per token: [start0, end0, start1, end1, …]. Two bytes an entry in a
 * text shorter than 65,536 (every block of a 15 MB document kept its tokens: 24 MB at four bytes).
 */
export type Tokens = Int32Array | Uint16Array;

/** A range of a tokenised text: `text` is what `tokens` index; `offset` is where `text` starts in the document. */
export interface TokenRange {
  readonly text: string;
  readonly tokens: Tokens;
  readonly offset: number;
  /** The range, in `text`: tokens never cross its ends (sentences end at a space or their block's end). */
  readonly from: number;
  readonly to: number;
}

export const enum CharKind {
  Letter = 1,
  Digit = 2,
  Space = 3,
  Dash = 4,
  Other = 5,
}

// ASCII kinds by character code, other BMP code units memoized on first sight (0: not yet known).
const ASCII_KINDS = new Uint8Array(128).map((_, code) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
    ? CharKind.Letter
    : code >= 48 && code <= 57
      ? CharKind.Digit
      : code === 32 || (code >= 9 && code <= 13)
        ? CharKind.Space
        : code === 45
          ? CharKind.Dash
          : CharKind.Other,
);
const bmpKinds = new Uint8Array(0x10000);
bmpKinds.set(ASCII_KINDS);
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const SPACE = /^\s$/u;

function kindOfCodePoint(code: number): CharKind {
  if (code < 0x10000) {
    const known = bmpKinds[code]!;
    if (known !== 0) return known;
  }
  // ‐ ‑ – — (not the figure dash ‒): like a hyphen.
  const dash = code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014;
  const char = String.fromCodePoint(code);
  const kind = dash
    ? CharKind.Dash
    : LETTER.test(char)
      ? CharKind.Letter
      : NUMBER.test(char)
        ? CharKind.Digit
        : SPACE.test(char)
          ? CharKind.Space
          : CharKind.Other;
  if (code < 0x10000) bmpKinds[code] = kind;
  return kind;
}

/** The kind of the code point at `at` (a lone surrogate is Other). */
export function charKindAt(text: string, at: number): CharKind {
  const code = text.charCodeAt(at);
  return code < 128 ? ASCII_KINDS[code]! : kindOfCodePoint(text.codePointAt(at)!);
}

/** The kind of a UTF-16 code unit taken alone (what a sentence splitter sees). */
export function charKindOfUnit(code: number): CharKind {
  return code < 128 ? ASCII_KINDS[code]! : code >= 0xd800 && code <= 0xdfff ? CharKind.Other : kindOfCodePoint(code);
}

const isWordKind = (kind: CharKind) => kind === CharKind.Letter || kind === CharKind.Digit;

/** UTF-16 units of the code point at `at`: 2 for a surrogate pair. */
function widthAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

// The bounds are scanned into one growing buffer and copied out at their exact size: a buffer per text sized
// for the worst case would double what the scan allocates. A buffer grown past SCRATCH_KEPT is not kept.
const SCRATCH_KEPT = 1 << 20;
let scratch = new Int32Array(4096);

/** Scans `text` into tokens. */
export function tokenize(text: string): Tokens {
  const length = text.length;
  let bounds = scratch;
  let n = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    let kind: CharKind;
    let width = 1;
    if (code < 128) kind = ASCII_KINDS[code]!;
    else {
      width = widthAt(text, i);
      kind = kindOfCodePoint(text.codePointAt(i)!);
    }
    if (kind === CharKind.Space || kind === CharKind.Dash) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    if (isWordKind(kind)) {
      while (i < length) {
        const next = text.charCodeAt(i);
        if (next < 128) {
          if (!isWordKind(ASCII_KINDS[next]!)) break;
          i++;
        } else if (isWordKind(kindOfCodePoint(text.codePointAt(i)!))) i += widthAt(text, i);
        else break;
      }
    }
    if (n + 2 > bounds.length) {
      const grown = new Int32Array(bounds.length * 2);
      grown.set(bounds);
      bounds = grown;
    }
    bounds[n++] = start;
    bounds[n++] = i;
  }
  scratch = bounds.length > SCRATCH_KEPT ? new Int32Array(4096) : bounds;
  return length <= 0xffff ? Uint16Array.from(bounds.subarray(0, n)) : bounds.slice(0, n);
}

/** Whether the token starting at `start` is a run of letters and digits (not a single other character). */
export function isWordToken(text: string, start: number): boolean {
  return isWordKind(charKindAt(text, start));
}

/** Whether [start, end) holds letters only. */
export function isLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    if (charKindAt(text, i) !== CharKind.Letter) return false;
    i += widthAt(text, i);
  }
  return true;
}

/** The index of the first token that ends after `offset` (tokens.length / 2 when none). */
export function tokenAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[2 * mid + 1]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
