import { STATEMENT_MEMO_CHARS, TextMemo } from '../util/memo';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type DocumentAnalysis } from '../document/analysis';
import type { KnowledgeIndex } from '../kb/index';
import type { Sentence } from '../text/sentences';
import { checkSentenceIn } from './engine';
import { type LexiconName, lexicon } from './lexicon';
import type { ClaimFinding } from './relations/types';
import { findPhrase, wordsOf } from './words';
import { subjectlessStatement } from './topic';

// A Markdown table row is a statement about the product in its first cell, one per column whose header names a
// relation ("| Product | Target |" over "| Yescarta | CD19 |" says "Yescarta targets CD19"). Each cell is its own
// sentence in the prose; a cell is judged as the statement its row and header make of it.

export interface Column {
  lexicon: LexiconName;
  statement: (subject: string, value: string) => string;
  /** What a value must look like to fill the slot (an approval year is a year). */
  accepts?: RegExp;
  /** The statement when the row also names an indication ("| Breyanzi | LBCL | Adults |"). */
  withIndication?: (subject: string, indication: string, value: string) => string;
}

const COLUMNS: Column[] = [
  { lexicon: 'table-headers-target', statement: (s, v) => `${s} targets ${v}.` },
  { lexicon: 'table-headers-indication', statement: (s, v) => `${s} is approved for ${v}.` },
  { lexicon: 'table-headers-costimulatory', statement: (s, v) => `${s} uses a ${v} costimulatory domain.` },
  { lexicon: 'table-headers-vector', statement: (s, v) => `${s} uses a ${v} vector.` },
  {
    lexicon: 'table-headers-approval-year',
    statement: (s, v) => `${s} was first approved by the FDA in ${v}.`,
    accepts: /(?:^|\D)(?:19|20)\d\d(?:\D|$)/,
  },
  { lexicon: 'table-headers-description', statement: (s, v) => `${s} is ${v}.` },
  { lexicon: 'table-headers-sponsor', statement: (s, v) => `${s} is marketed by ${v}.` },
  { lexicon: 'table-headers-trial', statement: (s, v) => `The ${v} trial studied ${s}.` },
  {
    lexicon: 'table-headers-population',
    statement: (s, v) => `${s} is approved for ${v}.`,
    withIndication: (s, i, v) => `${s} is approved for ${i} in ${v}.`,
  },
  {
    lexicon: 'table-headers-line',
    statement: (s, v) => `${s} is approved ${v}.`,
    withIndication: (s, i, v) => `${s} is approved for ${i} ${v}.`,
  },
];

/** The column a header names ("target", "first approved" …), from the header's lower-case words. */
export function columnNamed(title: string): Column | undefined {
  return COLUMNS.find(({ lexicon: name }) => lexicon(name).includes(title));
}

/** The statement a subject and a value make under a column, or undefined when the value cannot fill its slot. */
export function slotStatement(column: Column, subject: string, value: string): RowStatement | undefined {
  if (!subject || !value || isNotAValue(value) || value.split(/\s+/).length > MAX_VALUE_WORDS) return undefined;
  if (column.accepts && !column.accepts.test(value)) return undefined;
  // "Multiple myeloma" as a cell reads "multiple myeloma" inside a sentence.
  const inSentence = /^\p{Lu}\p{Ll}/u.test(value) ? value[0]!.toLowerCase() + value.slice(1) : value;
  return { text: column.statement(subject, inSentence) };
}

// A cell longer than a name or a short phrase is not a slot value.
const MAX_VALUE_WORDS = 8;

/**
 * Whether a value (or a lead-in) negates, hedges, leaves a gap, names a stage of research or asks, and so fills no
 * slot ("Multiple myeloma (investigational)", "Pending approvals"; data/lexicon/not-slot-values).
 */
export const isNotAValue = (text: string) =>
  text.includes('?') || findPhrase(wordsOf(text), lexicon('not-slot-values')) !== undefined;
const SEPARATOR_ROW = /^\s*\|?(?:\s*:?-+:?\s*\|)*\s*:?-+:?\s*\|?\s*$/;

interface Cell {
  start: number;
  end: number;
}

export interface RowStatement {
  /** The statement the cell's row and column make ("Yescarta targets CD19."). */
  text: string;
}

/** The statement a table cell makes with its row's first cell and its column's header, if its header names one. */
export function tableCellStatement(document: DocumentAnalysis, sentence: Sentence): RowStatement | undefined {
  if (sentence.block !== 'table-cell') return undefined;
  const { text } = document;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const row = cellsOf(text, lineStart);
  const column = row.findIndex((c) => c.start <= sentence.start && sentence.end <= c.end);
  if (column < 1) return undefined;
  const header = headerRow(text, lineStart);
  const heading = header?.[column];
  if (!heading || header.length !== row.length) return undefined;
  const masked = document.prose.masked;
  const titleOf = (cell: Cell) =>
    wordsOf(masked.slice(cell.start, cell.end))
      .map((w) => w.lower)
      .join(' ');
  const kind = columnNamed(titleOf(heading));
  const subject = masked.slice(row[0]!.start, row[0]!.end).trim();
  const value = masked.slice(row[column]!.start, row[column]!.end).trim();
  // "| Tocilizumab | Blocks the IL-6 receptor |" under "Mechanism": a cell that opens with a verb is its own predicate.
  const predicate = subjectlessStatement(subject, value);
  if (predicate) return { text: predicate };
  if (kind?.withIndication) {
    // The indication the population or line qualifies, from its own column of the row.
    const indication = header.findIndex(
      (cell, i) => i > 0 && columnNamed(titleOf(cell))?.lexicon === 'table-headers-indication',
    );
    const named = indication > 0 ? masked.slice(row[indication]!.start, row[indication]!.end).trim() : '';
    if (named)
      return slotStatement({ ...kind, statement: (s, v) => kind.withIndication!(s, named, v) }, subject, value);
  }
  // A header that names no slot leaves the cell unjudged.
  return kind ? slotStatement(kind, subject, value) : undefined;
}

/** What a table cell's judgement depends on beyond its own text: its row's subject and its column's header. */
export function tableCellContext(document: DocumentAnalysis, sentence: Sentence): string {
  return tableCellStatement(document, sentence)?.text ?? '';
}

// Per knowledge base: the findings of each row statement, judged on its own.
const judged = new WeakMap<KnowledgeIndex, TextMemo<ClaimFinding[]>>();

/** The findings of the statement a table cell makes with its row and header (none when it makes none). */
export function checkTableCell(document: DocumentAnalysis, sentence: Sentence, index: KnowledgeIndex): ClaimFinding[] {
  const statement = tableCellStatement(document, sentence);
  return statement ? checkStatement(statement, index) : [];
}

/** The findings of a statement a unit (a table row, a bullet under its lead-in) makes, judged on its own. */
export function checkStatement(statement: RowStatement, index: KnowledgeIndex): ClaimFinding[] {
  let memo = judged.get(index);
  if (!memo) judged.set(index, (memo = new TextMemo(STATEMENT_MEMO_CHARS)));
  let findings = memo.get(statement.text);
  if (!findings) {
    const analysis = analyze(TextDocument.create('untitled:table-row', 'plaintext', 1, statement.text), index);
    findings = analysis.sentences.flatMap((s) => {
      const result = checkSentenceIn(analysis, s, index);
      return result && !('tooLong' in result) ? result.findings : [];
    });
    memo.set(statement.text, findings);
  }
  return findings;
}

/** The cells of the table row starting at `lineStart`: the text between its pipes (an escaped "\\|" is text). */
function cellsOf(text: string, lineStart: number): Cell[] {
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  const pieces: Cell[] = [];
  let start = lineStart;
  for (let i = lineStart; i < lineEnd; i++) {
    if (text[i] !== '|' || text[i - 1] === '\\') continue;
    pieces.push({ start, end: i });
    start = i + 1;
  }
  pieces.push({ start, end: lineEnd });
  // Outer pipes ("| A | B |") leave an empty piece before the first cell and after the last.
  const line = text.slice(lineStart, lineEnd);
  if (line.trimStart().startsWith('|')) pieces.shift();
  if (line.trimEnd().endsWith('|')) pieces.pop();
  return pieces;
}

/** The header row's cells of the table whose body row starts at `lineStart`, or undefined when it is not one. */
function headerRow(text: string, lineStart: number): Cell[] | undefined {
  let line = lineStart;
  // Up through the body rows to the separator row; the header is the line above it.
  while (line > 0) {
    const previous = text.lastIndexOf('\n', line - 2) + 1;
    const content = text.slice(previous, line - 1);
    if (!content.includes('|')) return undefined;
    if (SEPARATOR_ROW.test(content)) {
      if (previous === 0) return undefined;
      const headerStart = text.lastIndexOf('\n', previous - 2) + 1;
      return cellsOf(text, headerStart);
    }
    line = previous;
  }
  return undefined;
}
