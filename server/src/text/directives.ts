import type { Comment } from './prose';

// Suppression directives in comments: what they say, and whether they give a real reason.
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
