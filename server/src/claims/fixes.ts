import type { Fix } from '../rules/types';
import { citationMarker, withCitation, type CitationStyle } from './citation';
import type { ClaimFinding } from './relations/types';

/**
 * "Replace with the supported statement": the sentence rewritten as each corrected statement, with a
 * citation marker for that statement's first source ("Kymriah is approved for LBCL [ID]. Abecma … [ID2].").
 */
export function correctionFix(style: CitationStyle, start: number, end: number, findings: readonly ClaimFinding[]): Fix | undefined {
  const statements = [...new Map(findings.filter((f) => f.correction).map((f) => [f.correction!, f])).values()];
  if (!statements.length) return undefined;
  // Each statement starts a sentence: "immune effector cell-associated … replaced …" gets its capital.
  const sentence = (f: ClaimFinding) => f.correction!.charAt(0).toUpperCase() + f.correction!.slice(1);
  const text = statements.map((f) => (f.sources[0] ? withCitation(sentence(f), citationMarker(f.sources[0], style)) : sentence(f))).join(' ');
  return {
    title: statements.length === 1 ? 'Replace with the supported statement' : 'Replace with the supported statements',
    isPreferred: true,
    edits: [{ start, end, newText: text }],
  };
}
