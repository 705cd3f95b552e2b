import { CITATION_MARKER } from './citation-markers';
import type { BlockKind, ProseBlock, ProseDocument } from './prose';
import { CharKind, charKindAt, charKindOfUnit } from './tokens';

export interface Sentence {
  start: number;
  end: number;
  /** The sentence's prose (masked text: markup already blanked). */
  text: string;
  block: BlockKind;
  /** Index of the block in ProseDocument.blocks. */
  blockIndex: number;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'vs',
  'etc',
  'al',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'fig',
  'figs',
  'eq',
  'vol',
  'approx',
  'ca',
  'cf',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'u.s',
  'u.k',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mo',
  'mos',
  'wk',
  'wks',
  'yr',
  'yrs',
  'pts',
  'ref',
  'refs',
  'ed',
  'eds',
  'p',
  'pp',
  'ch',
  'sec',
  'min',
  'max',
  'resp',
  'incl',
  'n.b',
]);

// Abbreviations that stand only before a number ("No. 5", "Nos. 3–4"); before a word the stop ends a sentence.
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);
const DIGIT_NEXT = /^\s*\d/;

// A candidate boundary: terminal punctuation, optional closing quotes/brackets and citation markers, then space.
// (Plain text keeps a superscript's tags: "approved.<sup>1</sup> Kymriah …" ends a sentence there too.)
const BOUNDARY = new RegExp(String.raw`[.!?]+["”'’)\]]*(?:\s*(?:${CITATION_MARKER}))*(?=\s+|$)`, 'g');

export function splitSentences(prose: ProseDocument): Sentence[] {
  const sentences: Sentence[] = [];
  prose.blocks.forEach((block, blockIndex) => splitBlock(prose.masked, block, blockIndex, sentences));
  return sentences;
}

/** Appends the sentences of one block: they depend only on the block's masked text and kind. */
export function splitBlock(masked: string, block: ProseBlock, blockIndex: number, into: Sentence[]): void {
  const text = masked.slice(block.start, block.end);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (!endsSentence(text, m.index, end)) continue;
    push(into, masked, block.start + sentenceStart, block.start + end, block.kind, blockIndex);
    sentenceStart = end;
  }
  push(into, masked, block.start + sentenceStart, block.end, block.kind, blockIndex);
}

function push(
  into: Sentence[],
  masked: string,
  start: number,
  end: number,
  block: BlockKind,
  blockIndex: number,
): void {
  while (start < end && isSpaceCode(masked.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(masked.charCodeAt(end - 1))) end--;
  let hasWord = false;
  for (let i = start; i < end && !hasWord; i++) hasWord = isWordCode(masked, i);
  // "| Kymriah | ✓ |": a table cell that is only a check or cross mark answers its column.
  if (!hasWord && !(block === 'table-cell' && CHECK_MARK.test(masked.slice(start, end)))) return;
  const raw = masked.slice(start, end);
  // split/join, not replace: a global replace returns a rope of one piece per match, which the memo of a 15 MB
  // document keeps for every sentence (74 MB of rope cells for a line-wrapped text).
  const text = IRREGULAR_SPACE.test(raw) ? raw.split(/\s+/).join(' ') : raw;
  into.push({ start, end, text, block, blockIndex });
}

const CHECK_MARK = /^[\u2713\u2714\u2611\u2717\u2718\u2612]$/u;
// Whitespace that normalization would change: a run, or anything but a plain space.
const IRREGULAR_SPACE = /\s\s|[^\S ]/;
const SPACES = /\s*/y;
const SENTENCE_START = /[\p{Lu}\p{N}"“'‘([*_@]/uy;
const LINE_LABEL = /(?:u\/)?[\p{L}\p{N}_.-]+:[ \t]/uy;

function endsSentence(text: string, punct: number, end: number): boolean {
  if (text.charCodeAt(punct) === 46 /* . */) {
    const word = wordBefore(text, punct);
    const lower = word.toLowerCase();
    if (ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(lower.replace(/^\./, ''))) return false;
    // "No. 5" numbers; "No." before a word is an answer ("Is it approved for NETs? No. No CAR-T is …").
    if (NUMBER_ABBREVIATIONS.has(lower) && DIGIT_NEXT.test(text.slice(end, end + 8))) return false;
    // A single capital letter: an initial ("J. Smith"), not the end of a longer name ("GPRC5D.", "CAR-T.").
    if (word.length === 1 && word !== lower && !(punct >= 2 && endsName(text, punct - 2))) return false;
  }
  // The next sentence must start like one: capital, digit, quote, bracket or Pandoc citation ("@smith2020 showed"). Sticky regexes: no copy of the rest.
  SPACES.lastIndex = end;
  SPACES.exec(text);
  const next = SPACES.lastIndex;
  if (next >= text.length) return true;
  SENTENCE_START.lastIndex = next;
  if (SENTENCE_START.test(text)) return true;
  // A line that opens with a one-word label and a colon starts a turn however its label is written ("u/mm_dad: …",
  // "mcl_warrior: …").
  LINE_LABEL.lastIndex = next;
  return text.lastIndexOf('\n', next) >= end && LINE_LABEL.test(text);
}

/** The letters and dots just before `punct` (at most 20 characters), as /([\p{L}.]+)$/ would find them. */
function wordBefore(text: string, punct: number): string {
  const limit = Math.max(0, punct - 20);
  let i = punct;
  while (i > limit) {
    const code = text.charCodeAt(i - 1);
    if (code === 46 || isLetterUnit(code)) i--;
    else if (code >= 0xdc00 && code <= 0xdfff && i - 2 >= limit && charKindAt(text, i - 2) === CharKind.Letter) i -= 2;
    else break;
  }
  return text.slice(i, punct);
}

/** A letter or digit at `at`, or a hyphen after one: what comes before a capital that ends a name, not an initial. */
function endsName(text: string, at: number): boolean {
  return isWordCode(text, at) || (text.charCodeAt(at) === 45 /* - */ && at >= 1 && isWordCode(text, at - 1));
}

// Characters are classified as the tokens classify them (text/tokens.ts).
const isLetterUnit = (code: number) => charKindOfUnit(code) === CharKind.Letter;
const isSpaceCode = (code: number) => charKindOfUnit(code) === CharKind.Space;
function isWordCode(text: string, at: number): boolean {
  const kind = charKindAt(text, at);
  return kind === CharKind.Letter || kind === CharKind.Digit;
}
