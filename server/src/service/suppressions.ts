import type { DocumentAnalysis } from '../document/analysis';
import { parseDirective, refusal } from '../text/directives';

export interface Suppression {
  /** 0-based lines the suppression applies to, first and last. */
  from: number;
  to: number;
  /** Codes it suppresses; empty means every code. */
  codes: string[];
  reason: string;
}

/** Reads the document's comment directives with a real reason: each suppresses some codes on some lines. */
export function readSuppressions(analysis: DocumentAnalysis, lineOf: (offset: number) => number): Suppression[] {
  const suppressions: Suppression[] = [];
  for (const comment of analysis.prose.comments) {
    const directive = parseDirective(comment);
    if (!directive || refusal(directive)) continue;
    const { kind, codes, reason } = directive;
    let from = lineOf(comment.start);
    let to = from;
    if (kind !== 'disable-line') {
      const next = nextContent(analysis.text, comment.end);
      from = next === undefined ? lineOf(comment.end) + 1 : lineOf(next);
      to = kind === 'disable-next-block' && next !== undefined ? lineOf(blockEnd(analysis.text, next)) : from;
    }
    suppressions.push({ from, to, codes, reason: reason! });
  }
  return suppressions;
}

/** The first non-blank character on a line after the directive's own line (a blank line may follow it). */
function nextContent(text: string, directiveEnd: number): number | undefined {
  const lineEnd = text.indexOf('\n', directiveEnd);
  if (lineEnd < 0) return undefined;
  const nonBlank = /\S/g;
  nonBlank.lastIndex = lineEnd;
  return nonBlank.exec(text)?.index;
}

/** The end of the block at `start`: the last character before the next blank line. */
function blockEnd(text: string, start: number): number {
  const blank = /\n[ \t]*(?:\r?\n|$)/g;
  blank.lastIndex = start;
  const m = blank.exec(text);
  return m ? m.index : text.length;
}

export function isSuppressed(suppressions: readonly Suppression[], line: number, code: string): boolean {
  return suppressions.some((s) => s.from <= line && line <= s.to && (s.codes.length === 0 || s.codes.includes(code)));
}
