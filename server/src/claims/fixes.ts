import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../document/analysis';
import { lazyFix, type Fix } from '../document/findings';
import type { KnowledgeIndex } from '../kb/index';
import { capitalize } from '../util/text';
import type { AuthorCitation, CitationWriter } from './citation';
import { checkSentenceIn } from './engine';
import type { ClaimFinding } from './relations/types';

/**
 * "Replace with the supported statement": the sentence rewritten as each corrected statement, each citing
 * its first source in the document's way, keeping the author's citations ("Kymriah is approved for LBCL
 * [2, 3]." with a new reference appended to the list, "[@key]", "\cite{key}" for the document's own key of
 * the source). Not offered when a corrected statement would itself be flagged. Edits are computed when asked
 * for.
 */
export function correctionFix(
  writer: () => CitationWriter,
  start: number,
  end: number,
  findings: readonly ClaimFinding[],
  kept: readonly AuthorCitation[],
  index: KnowledgeIndex,
): Fix | undefined {
  const statements = [...new Map(findings.filter((f) => f.correction).map((f) => [f.correction!, f])).values()];
  if (!statements.length) return undefined;
  // Each statement starts a sentence: "immune effector cell-associated … replaced …" gets its capital.
  const sentence = (f: ClaimFinding) => capitalize(f.correction!);
  if (statements.some((f) => flaggedAgain(sentence(f), index))) return undefined;
  const title =
    statements.length === 1 ? 'Replace with the supported statement' : 'Replace with the supported statements';
  return lazyFix(
    title,
    () => {
      const citing = writer();
      const text = citing.write(
        statements.map((f) => ({ text: sentence(f), sourceId: f.sources[0] })),
        kept,
      );
      return [{ start, end, newText: text }, ...citing.extraEdits()];
    },
    true,
  );
}

// Per knowledge base: whether a corrected statement, checked on its own, is contradicted again.
const judged = new WeakMap<KnowledgeIndex, Map<string, boolean>>();

function flaggedAgain(statement: string, index: KnowledgeIndex): boolean {
  let memo = judged.get(index);
  if (!memo) judged.set(index, (memo = new Map()));
  let flagged = memo.get(statement);
  if (flagged === undefined) {
    const analysis = analyze(TextDocument.create('untitled:correction', 'plaintext', 1, statement), index);
    flagged = analysis.sentences.some((s) => checkSentenceIn(analysis, s, index) !== undefined);
    memo.set(statement, flagged);
  }
  return flagged;
}
