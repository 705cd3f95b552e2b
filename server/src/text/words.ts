// Word-level view of a sentence: lower-cased words with document offsets.
// Hyphens and dashes separate words but are remembered (`hyphenBefore`), so "FDA-approved",
// "first-line" and "CAR-T" read as "fda approved", "first line", "car t". "n't" becomes "not", "w/" "with".
import { CharKind, type TokenRange, charKindAt, isWordToken, tokenAfter, tokenize } from './tokens';

export interface Word {
  /** Position in the sentence's word list. */
  index: number;
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Lower-cased; "n't" normalized to "not", "w/" and "w/o" to "with" and "without". */
  lower: string;
  /** True for punctuation tokens (, ; : ( ) ? ! " etc.). */
  punct: boolean;
  /** The word was joined to the previous one by a hyphen or dash. */
  hyphenBefore: boolean;
  /** A dash with a space on each side stands before the word ("approved in 2024 — no CAR-T …"): it is no word itself. */
  dashBefore?: true;
}

// A word is a token (text/tokens.ts) that takes decimals like 1.5, 18.2 or 1,000 and an optional "n't" or
// possessive "'s"; any other token is one punctuation word.
const CONTRACTION_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiWordChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isAsciiDigit(code) || code === 95;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** Whether "w/" (or "w/o") ends at `at`: at the range's end, before a space, or before a letter for "w/o". */
function shorthandEnds(text: string, at: number, to: number): boolean {
  if (at >= to || /\s/.test(text[at]!)) return true;
  const o = text[at] === 'o' || text[at] === 'O';
  return o && (at + 1 >= to || /[\s.,;:!?)]/.test(text[at + 1]!));
}

/** Splits `text` (which starts at document offset `offset`) into words, stopping once there are `limit`. */
export function wordsOf(text: string, offset = 0, limit = Number.POSITIVE_INFINITY): Word[] {
  return wordsIn({ text, tokens: tokenize(text), offset, from: 0, to: text.length }, limit);
}

/** The words of a tokenised range, stopping once there are `limit`. */
export function wordsIn(range: TokenRange, limit = Number.POSITIVE_INFINITY): Word[] {
  const { text, tokens, from, to } = range;
  // Word offsets are in the document: `text` starts at `offset`.
  const offset = range.offset;
  const words: Word[] = [];
  const count = tokens.length >> 1;
  let previousEnd = -1;
  // Where reading goes on: a decimal or a suffix can end inside a token, whose rest is then a word of its own.
  let at = from;
  let k = tokenAfter(tokens, from);
  while (words.length < limit) {
    while (k < count && tokens[2 * k + 1]! <= at) k++;
    if (k === count) break;
    const start = Math.max(tokens[2 * k]!, at);
    if (start >= to) break;
    let i = Math.min(tokens[2 * k + 1]!, to);
    // Joined by exactly one hyphen or dash to the previous token.
    const hyphenBefore =
      previousEnd >= from && start - previousEnd === 1 && charKindAt(text, previousEnd) === CharKind.Dash;
    const dashBefore = previousEnd >= from && start - previousEnd >= 3 && spacedDashIn(text, previousEnd, start);
    const first = words.length;
    if (!isWordToken(text, start)) {
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
      if (dashBefore) words[first]!.dashBefore = true;
      previousEnd = at = i;
      continue;
    }
    // Decimals and thousands: "1.5", "18.2", "1,000".
    while (
      i + 1 < to &&
      (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44) &&
      isAsciiDigit(text.charCodeAt(i + 1))
    ) {
      i += 2;
      while (i < to && isAsciiDigit(text.charCodeAt(i))) i++;
    }
    let suffix = '';
    if (
      i + 1 < to &&
      isApostrophe(text.charCodeAt(i)) &&
      (text[i + 1] === 't' || text[i + 1] === 's') &&
      !(i + 2 < to && isAsciiWordChar(text.charCodeAt(i + 2)))
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
    } else if (lower === 'w' && text.charCodeAt(i) === 47 /* / */ && shorthandEnds(text, i + 1, to)) {
      // "w/" and "w/o", the shorthand of posts and notes, read "with" and "without".
      const without = text[i + 1] === 'o' || text[i + 1] === 'O';
      const end = without ? i + 2 : i + 1;
      words.push({
        index: words.length,
        start: offset + start,
        end: offset + end,
        text: text.slice(start, end),
        lower: without ? 'without' : 'with',
        punct: false,
        hyphenBefore,
      });
      i = end;
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
    if (dashBefore) words[first]!.dashBefore = true;
    previousEnd = words[words.length - 1]!.end - offset;
    at = i;
  }
  return words;
}

/**
 * Whether text[from, to) holds a dash with white space on each side (" — ", " – ", " - ", " -- ") on one line (a
 * bullet's "- " after a line break is a list marker).
 */
function spacedDashIn(text: string, from: number, to: number): boolean {
  if (text.slice(from, to).includes('\n')) return false;
  for (let k = from + 1; k < to - 1; k++)
    if (
      charKindAt(text, k) === CharKind.Dash &&
      charKindAt(text, k - 1) === CharKind.Space &&
      (charKindAt(text, k + 1) === CharKind.Space ||
        (charKindAt(text, k + 1) === CharKind.Dash && charKindAt(text, k + 2) === CharKind.Space))
    )
      return true;
  return false;
}
