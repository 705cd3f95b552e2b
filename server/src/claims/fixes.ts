import { lazyFix, type Fix } from '../document/findings';
import type { CitationWriter } from './citation';
import type { ClaimFinding } from './relations/types';

/**
 * "Replace with the supported statement": the sentence rewritten as each corrected statement, each citing
 * its first source in the document's way ("Kymriah is approved for LBCL [3]. Abecma … [7]." with the new
 * references appended to the list, or "[ID]", "[@ID]", "\cite{ID}"). Edits are computed when asked for.
 */
export function correctionFix(
  writer: () => CitationWriter,
  start: number,
  end: number,
  findings: readonly ClaimFinding[],
): Fix | undefined {
  const statements = [...new Map(findings.filter((f) => f.correction).map((f) => [f.correction!, f])).values()];
  if (!statements.length) return undefined;
  // Each statement starts a sentence: "immune effector cell-associated … replaced …" gets its capital.
  const sentence = (f: ClaimFinding) => f.correction!.charAt(0).toUpperCase() + f.correction!.slice(1);
  const title =
    statements.length === 1 ? 'Replace with the supported statement' : 'Replace with the supported statements';
  return lazyFix(
    title,
    () => {
      const citing = writer();
      const text = statements
        .map((f) => (f.sources[0] ? citing.cite(sentence(f), f.sources[0]) : sentence(f)))
        .join(' ');
      return [{ start, end, newText: text }, ...citing.extraEdits()];
    },
    true,
  );
}
