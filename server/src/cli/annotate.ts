import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { KnowledgeIndex } from '../kb/index';
import type { DiagnosticData } from '../service/languageFeatures/diagnostics';
import type { WordDocument } from '../word/model';
import { offsetAt } from '../word/model';
import { wordModule } from '../word/load';

const SEVERITY = ['', 'Error', 'Warning', 'Info', 'Hint'] as const;

/** A finding as a reviewer's comment: what is wrong, the fix, and the knowledge base's sources. */
export function commentParagraphs(d: Diagnostic, index: KnowledgeIndex): string[] {
  const data = d.data as DiagnosticData | undefined;
  const paragraphs = [`${SEVERITY[d.severity ?? 1]} (${d.code}): ${d.message}`];
  const fixes = data?.fixes.map((f) => f.title) ?? [];
  if (fixes.length) paragraphs.push(`Fix: ${fixes.join('; ')}`);
  for (const id of data?.sources ?? []) {
    const source = index.source(id);
    if (source)
      paragraphs.push(
        `Source: ${source.publisher}, “${source.title}”${source.published ? ` (${source.published})` : ''}${source.url ? ` ${source.url}` : ''}`,
      );
  }
  return paragraphs;
}

/**
 * `--annotate OUT.docx`: a copy of the checked Word file with each finding as a comment on its text.
 * Returns what to tell the user; the input file is never written.
 */
export function writeAnnotatedCopy(
  input: string,
  output: string,
  word: WordDocument,
  diagnostics: readonly Diagnostic[],
  index: KnowledgeIndex,
): string {
  const comments = diagnostics.map((d) => ({
    start: offsetAt(word, d.range.start),
    end: offsetAt(word, d.range.end),
    paragraphs: commentParagraphs(d, index),
  }));
  const { bytes, unanchored } = wordModule().annotateWordDocument(fs.readFileSync(input), word, comments);
  fs.writeFileSync(output, bytes);
  const placed = comments.length - unanchored;
  return `wrote ${output}: ${placed} comment${placed === 1 ? '' : 's'}${unanchored ? ` (${unanchored} findings had no text to stand on)` : ''}`;
}

/** Whether two paths name one file (the output would overwrite the input). */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}
