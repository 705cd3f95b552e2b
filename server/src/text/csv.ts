// Comma-separated records written as a paragraph: a header line naming the columns, then one record per line, each with
// as many cells as the header ("brand,inn,sponsor" over "Tecartus,brexucabtagene autoleucel,Kite"). A record's cells
// fill its header's slots as a table row's do; claims read them as rows, and a header not understood leaves them unread.

/** A cell's text, without the quotes around it. */
export interface CsvCell {
  start: number;
  end: number;
}

// The delimiters a record may use, the first the header line holds (a comma first).
const DELIMITERS = [',', ';', '\t'];
// A header cell is a column's name ("fda_approval_date", "First FDA approval"), not a phrase of prose.
const MAX_HEADER_WORDS = 4;
const HEADER_CELL = /^[\p{L}][\p{L}\p{N} _./()#%-]*$/u;
// A record's cell is a value, not a clause; a line ending as a sentence is prose.
const MAX_CELL_WORDS = 8;
const SENTENCE_END = /[.!?:]["')]?$/;

/** The cells of one line split at `delimiter`, outside double quotes; undefined when a quote is left open. */
function cellsOfLine(source: string, from: number, to: number, delimiter: string): CsvCell[] | undefined {
  const cells: CsvCell[] = [];
  let start = from;
  let quoted = false;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(source[s]!)) s++;
    while (e > s && /\s/.test(source[e - 1]!)) e--;
    if (e - s >= 2 && source[s] === '"' && source[e - 1] === '"') {
      s++;
      e--;
    }
    cells.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    if (source[i] === '"') quoted = !quoted;
    else if (!quoted && source[i] === delimiter) {
      push(i);
      start = i + 1;
    }
  }
  if (quoted) return undefined;
  push(to);
  return cells;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The records of `start`–`end` when it is a header line and one record a line or more, every line with the header's
 * number of cells (two at least): the header's cells first. Undefined for prose, a Markdown table or a single line.
 */
export function csvRecords(source: string, start: number, end: number): CsvCell[][] | undefined {
  const region = source.slice(start, end);
  if (region.includes('|') || !region.includes('\n')) return undefined;
  const lines: { from: number; to: number }[] = [];
  for (let from = start; from < end; ) {
    let to = source.indexOf('\n', from);
    if (to < 0 || to > end) to = end;
    if (source.slice(from, to).trim()) lines.push({ from, to });
    from = to + 1;
  }
  if (lines.length < 2) return undefined;
  const head = source.slice(lines[0]!.from, lines[0]!.to);
  const delimiter = DELIMITERS.find((d) => head.includes(d));
  if (!delimiter) return undefined;
  const records: CsvCell[][] = [];
  for (const line of lines) {
    const cells = cellsOfLine(source, line.from, line.to, delimiter);
    if (!cells || cells.length < 2 || (records.length && cells.length !== records[0]!.length)) return undefined;
    if (SENTENCE_END.test(source.slice(line.from, line.to).trim())) return undefined;
    const texts = cells.map((c) => source.slice(c.start, c.end));
    if (records.length === 0) {
      if (texts.some((t) => !HEADER_CELL.test(t) || wordCount(t) > MAX_HEADER_WORDS)) return undefined;
    } else if (texts.some((t) => wordCount(t) > MAX_CELL_WORDS)) return undefined;
    records.push(cells);
  }
  return records;
}
