import type { Diagnostic } from 'vscode-languageserver-types';
import { locate, offsetAt, type WordDocument, type WordLocation } from '../word/model';

export interface FileResult {
  file: string;
  /** Read once, in order. */
  diagnostics: Iterable<Diagnostic>;
  /** A Word file: the diagnostics' ranges are in its projection, and findings are told by paragraph. */
  word?: WordDocument;
  /** The checked text (the HTML report shows it). */
  text?: string;
}

/** Where a finding in a Word file's projection stands in the document. */
export function wordLocation(word: WordDocument, d: Diagnostic): WordLocation {
  return locate(word, offsetAt(word, d.range.start), offsetAt(word, d.range.end));
}

const SEVERITY_NAME = ['', 'error', 'warning', 'info', 'hint'] as const;

/** One finding as a line, `file:line:col severity code message`, like compilers (1-based). */
export function textLine(file: string, d: Diagnostic, word?: WordDocument): string {
  if (word) {
    // A Word file has no lines: the paragraph, the flagged text and its heading say where.
    const { label, snippet, heading } = wordLocation(word, d);
    return `${file}:${label} ${SEVERITY_NAME[d.severity ?? 1]} ${d.code} ${d.message} — “${snippet}”${heading ? ` (under “${heading}”)` : ''}\n`;
  }
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAME[d.severity ?? 1]} ${d.code} ${d.message}\n`;
}

export interface Counts {
  files: number;
  /** Files not checked at all (too large, binary): not counted in `files`. */
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export const noCounts = (): Counts => ({ files: 0, skipped: 0, errors: 0, warnings: 0, infos: 0, hints: 0 });

/** Counts a finding by its severity. */
export function countFinding(counts: Counts, d: Diagnostic): void {
  if (d.severity === 2) counts.warnings++;
  else if (d.severity === 3) counts.infos++;
  else if (d.severity === 4) counts.hints++;
  else counts.errors++;
}

/** One file's findings as they are read, each counted into `counts`. */
export function* counted(diagnostics: Iterable<Diagnostic>, counts: Counts): Generator<Diagnostic> {
  for (const d of diagnostics) {
    countFinding(counts, d);
    yield d;
  }
}

export function addCounts(total: Counts, more: Counts): void {
  total.files += more.files;
  total.skipped += more.skipped;
  total.errors += more.errors;
  total.warnings += more.warnings;
  total.infos += more.infos;
  total.hints += more.hints;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The closing line on stderr, e.g. `therapy-lint: 3 files, 1 error, 2 warnings, 0 info, 0 hints (41 ms)`;
 * files left unchecked follow the count of checked ones: `3 files (1 more skipped), …`.
 */
export function summaryLine(counts: Counts, milliseconds: number): string {
  const skipped = counts.skipped ? ` (${counts.skipped} more skipped)` : '';
  return `therapy-lint: ${plural(counts.files, 'file')}${skipped}, ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.infos} info, ${plural(counts.hints, 'hint')} (${Math.round(milliseconds)} ms)`;
}

/** `--quiet`: errors only, so warnings neither print nor count against `--max-warnings`. */
export function* errorsOnly(diagnostics: Iterable<Diagnostic>): Generator<Diagnostic> {
  for (const d of diagnostics) if ((d.severity ?? 1) === 1) yield d;
}
