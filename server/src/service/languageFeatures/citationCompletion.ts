import {
  CompletionItemKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Namespace } from '../../citations/index';
import type { AnalysisCache } from '../../document/analysis';
import { languageOf } from '../../text/languages';

// What is being typed, from the text before the cursor on its line.
const CONTEXTS: { pattern: RegExp; namespace: Namespace; latex?: boolean }[] = [
  {
    pattern: /\\[A-Za-z]*cite[A-Za-z]*\*?(?:\[[^\]]*\]){0,2}\{(?:[^},]*,\s*)*([^},\s]*)$/,
    namespace: 'key',
    latex: true,
  },
  { pattern: /\[\^([^\]\s]*)$/, namespace: 'footnote' },
  { pattern: /\[[^\]\n]*?-?@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u, namespace: 'key' },
  { pattern: /\[(?:\s*\d{1,3}\s*[,;–-])*\s*(\d{0,3})$/, namespace: 'number' },
];

/**
 * Inside `[`, `[@`, `[^` or `\cite{`: the document's references and bibliography keys. Undefined when
 * the cursor is not in a citation, so that term completion answers instead.
 */
export function computeCitationCompletion(
  document: TextDocument,
  position: Position,
  cache: AnalysisCache,
): CompletionList | undefined {
  const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const latex = languageOf(document.languageId, document.uri) === 'latex';
  const context = CONTEXTS.map((c) => ({ ...c, match: c.pattern.exec(before) })).find(
    (c) => c.match && !!c.latex === latex,
  );
  if (!context?.match) return undefined;
  const model = cache.get(document).citations;
  const prefix = context.match[1] ?? '';
  const range = { start: { line: position.line, character: position.character - prefix.length }, end: position };
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const entry of model.entries) {
    if (entry.namespace !== context.namespace || seen.has(entry.key) || !entry.key.startsWith(prefix)) continue;
    seen.add(entry.key);
    items.push({
      label: entry.key,
      kind: CompletionItemKind.Reference,
      detail: entry.text.length > 80 ? `${entry.text.slice(0, 79)}…` : entry.text,
      documentation: entry.text,
      textEdit: { range, newText: entry.key },
      sortText: entry.namespace === 'number' ? entry.key.padStart(4, '0') : entry.key,
    });
  }
  return items.length ? { isIncomplete: false, items } : undefined;
}
