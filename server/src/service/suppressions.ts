import type { DocumentAnalysis } from '../document/analysis';

export interface Suppression {
  /** 0-based line the suppression applies to. */
  line: number;
  /** Codes it suppresses; empty means every code. */
  codes: string[];
  reason?: string;
}

// <!-- therapy-lint-disable-next-line unsupported-claim -- quoted from a 2017 press release -->
// % therapy-lint-disable-line overstated-claim -- patient's own words
const DIRECTIVE = /^therapy-lint-(disable-next-line|disable-line)\b([\s\S]*)$/;

/** Reads the document's comment directives: each suppresses some codes on one line. */
export function readSuppressions(analysis: DocumentAnalysis, lineOf: (offset: number) => number): Suppression[] {
  const suppressions: Suppression[] = [];
  for (const comment of analysis.prose.comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (!m) continue;
    const [codesPart, reason] = m[2]!.split(/\s--\s?/, 2) as [string, string | undefined];
    const codes = codesPart.split(/[\s,]+/).filter(Boolean);
    const commentLine = lineOf(comment.start);
    const line = m[1] === 'disable-line' ? commentLine : nextContentLine(analysis.text, comment.end, lineOf);
    suppressions.push({ line, codes, reason: reason?.trim() || undefined });
  }
  return suppressions;
}

/** The first line after the directive's own line that has any text (a blank line may follow it). */
function nextContentLine(text: string, directiveEnd: number, lineOf: (offset: number) => number): number {
  const lineEnd = text.indexOf('\n', directiveEnd);
  if (lineEnd < 0) return lineOf(directiveEnd) + 1;
  const nonBlank = /\S/g;
  nonBlank.lastIndex = lineEnd;
  const next = nonBlank.exec(text);
  return next ? lineOf(next.index) : lineOf(lineEnd) + 1;
}

export function isSuppressed(suppressions: readonly Suppression[], line: number, code: string): boolean {
  return suppressions.some((s) => s.line === line && (s.codes.length === 0 || s.codes.includes(code)));
}
