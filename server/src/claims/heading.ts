import { lexicon, lexiconWords } from './lexicon';
import { findPhrase, wordsOf, type Word } from './words';

// Finite verbs and auxiliaries: a heading without any of them only names a topic ("CAR T for NETs").
const FINITE = lexiconWords('heading-finite-verbs');

/** True for a heading that only names a topic: it has no finite verb, so it asserts nothing. */
export function isTopicOnly(words: readonly Word[]): boolean {
  return !words.some((w) => FINITE.has(w.lower) && !w.hyphenBefore && !words[w.index + 1]?.hyphenBefore);
}

const SEPARATOR_ROW = /^\s*\|?(?:\s*:?-+:?\s*\|)*\s*:?-+:?\s*\|?\s*$/;

/**
 * Whether `offset` is on a table's header row: the line after its line is a separator row ("|---|---|"), or it is in
 * an HTML header cell ("<th>Target</th>").
 */
export function onTableHeaderRow(text: string, offset: number): boolean {
  if (inHtmlHeaderCell(text, offset)) return true;
  const next = text.indexOf('\n', offset);
  if (next < 0) return false;
  const end = text.indexOf('\n', next + 1);
  return SEPARATOR_ROW.test(text.slice(next + 1, end < 0 ? text.length : end));
}

/** Whether the tags just before `offset` (only tags and spaces between) open an HTML header cell. */
function inHtmlHeaderCell(text: string, offset: number): boolean {
  let i = offset - 1;
  // A few inline tags may wrap the text ("<th><b>Target</b>").
  for (let tags = 0; tags < 4; tags++) {
    while (i >= 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t' || text[i] === '\r')) i--;
    if (text[i] !== '>') return false;
    const open = text.lastIndexOf('<', i);
    if (open < 0 || i - open > 200) return false;
    const tag = /^<\/?(\w+)/.exec(text.slice(open, open + 12))?.[1]?.toLowerCase();
    if (tag === 'th') return text[open + 1] !== '/';
    if (tag === 'td' || tag === 'tr' || tag === 'table') return false;
    i = open - 1;
  }
  return false;
}

/** Whether a line is a table's separator row ("| --- | :-: |"). */
export const isSeparatorRow = (line: string) => SEPARATOR_ROW.test(line);

// A line of three or more -, * or _ after a blank line: a thematic break ends every heading's reach.
const THEMATIC_BREAK = /(^|\n[ \t]*\n)[ ]{0,3}([-*_])[ \t]*(?:\2[ \t]*){2,}(?=\n|$)/;

interface Blocks {
  text: string;
  prose: { blocks: readonly { kind: string; start: number; end: number }[] };
}
const sections = new WeakMap<object, Int32Array>();

/**
 * The block index of the heading the block `at` stands under (the nearest heading before it, not across a thematic
 * break), or undefined. A heading gives context; it never lends its words to a sentence. One pass per document.
 */
export function sectionHeadingOf(document: Blocks, at: number): number | undefined {
  const blocks = document.prose.blocks;
  let table = sections.get(blocks);
  if (!table) {
    table = new Int32Array(blocks.length);
    let current = -1;
    for (let b = 0; b < blocks.length; b++) {
      if (current >= 0 && THEMATIC_BREAK.test(document.text.slice(blocks[b - 1]!.end, blocks[b]!.start))) current = -1;
      table[b] = current;
      if (blocks[b]!.kind === 'heading') current = b;
    }
    sections.set(blocks, table);
  }
  const heading = table[at] ?? -1;
  return heading >= 0 ? heading : undefined;
}

const parentHeadings = new WeakMap<object, Int32Array>();

/**
 * The block index of the heading that the heading block `heading` stands under: the nearest earlier heading of a
 * lower level ("# Lymphoma board, March 2024" over "## Breyanzi"), not across a thematic break. One pass per document.
 */
export function parentHeadingOf(document: Blocks, heading: number): number | undefined {
  const blocks = document.prose.blocks;
  let table = parentHeadings.get(blocks);
  if (!table) {
    table = new Int32Array(blocks.length).fill(-1);
    const open: { block: number; level: number }[] = [];
    for (let b = 0; b < blocks.length; b++) {
      if (b > 0 && THEMATIC_BREAK.test(document.text.slice(blocks[b - 1]!.end, blocks[b]!.start))) open.length = 0;
      if (blocks[b]!.kind !== 'heading') continue;
      const level = headingLevel(document.text, blocks[b]!.start);
      while (open.length && open[open.length - 1]!.level >= level) open.pop();
      table[b] = open[open.length - 1]?.block ?? -1;
      open.push({ block: b, level });
    }
    parentHeadings.set(blocks, table);
  }
  const parent = table[heading] ?? -1;
  return parent >= 0 ? parent : undefined;
}

/** A Markdown heading's level (its leading #s); other headings count as level 1. */
export function headingLevel(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let level = 0;
  while (text[lineStart + level] === '#') level++;
  return level || 1;
}

/**
 * A list item under a heading that names a disease ("## Firsts in solid tumours" over "- No CAR-T approved by the
 * FDA"): the heading scopes what the item leaves unsaid.
 */
export function underDiseaseHeading(
  document: Blocks & { mentionsIn(start: number, end: number): readonly { entity: { type: string } }[] },
  sentence: { block: string; blockIndex: number },
): boolean {
  if (sentence.block !== 'list-item') return false;
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  if (heading === undefined) return false;
  // Asked for each item's memo key and again when it is judged: each heading is read once.
  let known = diseaseHeadings.get(document.prose.blocks);
  if (!known) diseaseHeadings.set(document.prose.blocks, (known = new Map()));
  let names = known.get(heading);
  if (names === undefined) {
    const block = document.prose.blocks[heading]!;
    names = document.mentionsIn(block.start, block.end).some((m) => m.entity.type === 'indication');
    known.set(heading, names);
  }
  return names;
}
const diseaseHeadings = new WeakMap<object, Map<number, boolean>>();

/**
 * A sentence or bullet under a heading that presents its section as others' errors ("## Myths we still hear";
 * data/lexicon/refuting-headings): the writer quotes what follows to refute it, so it is not the writer's claim.
 */
export function underRefutingHeading(document: Blocks, sentence: { blockIndex: number }): boolean {
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  if (heading === undefined) return false;
  let known = refutingHeadings.get(document.prose.blocks);
  if (!known) refutingHeadings.set(document.prose.blocks, (known = new Map()));
  let refutes = known.get(heading);
  if (refutes === undefined) {
    const block = document.prose.blocks[heading]!;
    refutes =
      findPhrase(wordsOf(document.text.slice(block.start, block.end)), lexicon('refuting-headings')) !== undefined;
    known.set(heading, refutes);
  }
  return refutes;
}
const refutingHeadings = new WeakMap<object, Map<number, boolean>>();
