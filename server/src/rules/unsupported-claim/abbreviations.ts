import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type DocumentAnalysis } from '../../document/analysis';
import type { Edit, Report } from '../../document/findings';
import type { KnowledgeIndex } from '../../kb/index';
import { DEFAULT_SETTINGS } from '../../service/settings';
import undefinedAbbreviation from '../undefined-abbreviation/index';

/**
 * The statement as a fix writes it at `at` in the document, with every abbreviation the document has not defined
 * before `at` written out at its first use ("diffuse large B-cell lymphoma (DLBCL)"), as undefined-abbreviation
 * would ask: a fix adds no finding. The rule runs on the document's text before `at` followed by the statement.
 */
export function spellOutAbbreviations(
  document: DocumentAnalysis,
  at: number,
  statement: string,
  index: KnowledgeIndex,
): string {
  const alone = statementAnalysis(statement, index);
  const view: DocumentAnalysis = {
    ...document,
    text: document.text.slice(0, at) + statement,
    prose: { ...document.prose, masked: document.prose.masked.slice(0, at) + alone.prose.masked },
    mentions: [
      ...document.mentionsIn(0, at),
      ...alone.mentions.map((m) => ({ ...m, start: m.start + at, end: m.end + at })),
    ],
  };
  const edits: Edit[] = [];
  const report = (r: Report) => {
    if (r.start >= at) edits.push(...(r.fixes?.[0]?.edits ?? []).filter((e) => e.start >= at));
  };
  undefinedAbbreviation.check({
    document: view,
    index,
    settings: DEFAULT_SETTINGS,
    report,
    forEachSentence: () => {},
  });
  let text = statement;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    text = text.slice(0, edit.start - at) + edit.newText + text.slice(edit.end - at);
  return text;
}

// Per knowledge base: each statement's own prose and mentions.
const analysed = new WeakMap<KnowledgeIndex, Map<string, DocumentAnalysis>>();

function statementAnalysis(statement: string, index: KnowledgeIndex): DocumentAnalysis {
  let memo = analysed.get(index);
  if (!memo) analysed.set(index, (memo = new Map()));
  let analysis = memo.get(statement);
  if (!analysis) {
    analysis = analyze(TextDocument.create('untitled:statement', 'plaintext', 1, statement), index);
    memo.set(statement, analysis);
  }
  return analysis;
}
