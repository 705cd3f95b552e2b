import { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeIndex } from '../kb/index';
import { analyze, type DocumentAnalysis } from './analysis';

/**
 * A statement read on its own (a claim fix's rewritten sentence) as a plain-text document. A fix's statement is read
 * twice in a row, for the abbreviations to write out and to judge it again: the last few analyses are kept, so both
 * read one (the claim-dense 1 MB file analyses 727 such statements).
 */
export function analyzeStatement(statement: string, index: KnowledgeIndex): DocumentAnalysis {
  let recent = recentByIndex.get(index);
  if (!recent) recentByIndex.set(index, (recent = []));
  const known = recent.find((r) => r.statement === statement);
  if (known) return known.analysis;
  const analysis = analyze(TextDocument.create('untitled:statement', 'plaintext', 1, statement), index);
  recent.unshift({ statement, analysis });
  if (recent.length > RECENT) recent.pop();
  return analysis;
}

/** Enough for a finding's choices (one statement each), few enough to hold next to nothing. */
const RECENT = 8;

const recentByIndex = new WeakMap<KnowledgeIndex, { statement: string; analysis: DocumentAnalysis }[]>();
