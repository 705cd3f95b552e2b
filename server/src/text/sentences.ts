import type { BlockKind, ProseDocument } from './prose';

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
  'e.g', 'i.e', 'vs', 'etc', 'al', 'dr', 'mr', 'mrs', 'ms', 'prof', 'fig', 'figs', 'eq', 'no', 'nos', 'vol', 'approx',
  'ca', 'cf', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'dept', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mo', 'mos', 'wk', 'wks', 'yr', 'yrs', 'pts', 'ref', 'refs',
  'ed', 'eds', 'p', 'pp', 'ch', 'sec', 'min', 'max', 'resp', 'incl', 'n.b',
]);

// A candidate boundary: terminal punctuation, optional closing quotes/brackets and citation markers, then space.
const BOUNDARY = /[.!?]+["”'’)\]]*(?:\s*(?:\[[^\]\n]{1,40}\]|\^\d+(?:[,–-]\d+)*))*(?=\s+|$)/g;

export function splitSentences(prose: ProseDocument): Sentence[] {
  const sentences: Sentence[] = [];
  prose.blocks.forEach((block, blockIndex) => {
    const text = prose.masked.slice(block.start, block.end);
    let sentenceStart = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
      const end = m.index + m[0].length;
      if (!endsSentence(text, m.index, end)) continue;
      push(sentences, prose.masked, block.start + sentenceStart, block.start + end, block.kind, blockIndex);
      sentenceStart = end;
    }
    push(sentences, prose.masked, block.start + sentenceStart, block.end, block.kind, blockIndex);
  });
  return sentences;
}

function push(into: Sentence[], masked: string, start: number, end: number, block: BlockKind, blockIndex: number): void {
  const raw = masked.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return;
  into.push({ start: start + lead, end: start + lead + text.length, text: text.replace(/\s+/g, ' '), block, blockIndex });
}

function endsSentence(text: string, punct: number, end: number): boolean {
  if (text[punct] === '.') {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, punct - 20), punct))?.[1] ?? '';
    const lower = word.toLowerCase();
    if (ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(lower.replace(/^\./, ''))) return false;
    // A single capital letter: an initial ("J. Smith").
    if (/^\p{Lu}$/u.test(word)) return false;
  }
  // The next sentence must start like one: capital, digit, quote or bracket.
  const rest = text.slice(end).trimStart();
  return rest === '' || /^[\p{Lu}\p{N}"“'‘(\[*_]/u.test(rest);
}
