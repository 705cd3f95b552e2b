import type { Comment } from '../text/prose';
import type { DocumentAnalysis } from './analysis';

export interface Suppression {
  /** 0-based lines the suppression applies to, first and last. */
  from: number;
  to: number;
  /** Codes it suppresses; empty means every code. */
  codes: string[];
  reason: string;
}

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable-next-block';

export interface Directive {
  kind: DirectiveKind;
  codes: string[];
  /** The reason after "--", trimmed; undefined when there is none. */
  reason?: string;
}

// <!-- therapy-lint-disable-next-line unsupported-claim -- quoted from a 2017 press release -->
// <!-- therapy-lint-disable-next-block missing-citation -- the table's sources are in its caption -->
// % therapy-lint-disable-line overstated-claim -- patient's own words
const DIRECTIVE = /^therapy-lint-(disable-next-line|disable-line|disable-next-block)\b([\s\S]*)$/;

/** The placeholder the suppression quick fix writes, and the docs' template: neither is a reason. */
export const REASON_PLACEHOLDER = 'REASON';
const PLACEHOLDER = /^(?:reviewed:?\s*)?(?:<?reason>?|todo|tbd|\.\.\.|…)$/i;

export function parseDirective(comment: Comment): Directive | undefined {
  const m = DIRECTIVE.exec(comment.text);
  if (!m) return undefined;
  const [codesPart, reason] = m[2]!.split(/\s--\s?/, 2) as [string, string | undefined];
  return {
    kind: m[1] as DirectiveKind,
    codes: codesPart.split(/[\s,]+/).filter(Boolean),
    reason: reason?.trim() || undefined,
  };
}

/** Why a directive is refused (it then suppresses nothing), or undefined when it gives a real reason. */
export function refusal(directive: Directive): string | undefined {
  if (!directive.reason) return 'a suppression needs a reason after "--" saying why the finding is acceptable';
  if (PLACEHOLDER.test(directive.reason))
    return `replace the placeholder "${directive.reason}" with the reason the finding is acceptable`;
  return undefined;
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
