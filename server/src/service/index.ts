import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionContext, CompletionList, Diagnostic, Hover, Position, Range } from 'vscode-languageserver-types';
import { KnowledgeIndex } from '../kb/index';
import type { KnowledgeBase } from '../kb/types';
import { RULES } from '../rules/all.generated';
import type { Rule } from '../rules/types';
import { AnalysisCache } from './analysis';
import { computeCodeActions } from './languageFeatures/codeActions';
import { computeCompletion } from './languageFeatures/completion';
import { computeDiagnostics } from './languageFeatures/diagnostics';
import { computeHover } from './languageFeatures/hover';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface LanguageServiceOptions {
  knowledgeBase: KnowledgeBase;
  settings?: Settings;
  /** Defaults to every built-in rule. */
  rules?: readonly Rule[];
}

export interface LanguageService {
  readonly index: KnowledgeIndex;
  readonly rules: readonly Rule[];
  diagnostics(document: TextDocument): Diagnostic[];
  hover(document: TextDocument, position: Position): Hover | null;
  completion(document: TextDocument, position: Position): CompletionList;
  codeActions(document: TextDocument, range: Range, context: CodeActionContext): CodeAction[];
}

/**
 * The editor-agnostic core: features are functions of (document, knowledge base, settings) returning
 * LSP types. The LSP server, the CLI and the tests are bindings around it.
 */
export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const index = indexFor(options.knowledgeBase);
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const rules = options.rules ?? RULES;
  const cache = new AnalysisCache(index);
  const diagnostics = (document: TextDocument) => computeDiagnostics(document, rules, index, settings, cache);
  return Object.freeze({
    index,
    rules,
    diagnostics,
    hover: (document: TextDocument, position: Position) => computeHover(document, position, index, cache),
    completion: (document: TextDocument, position: Position) => computeCompletion(document, position, index, settings),
    codeActions: (document: TextDocument, range: Range, context: CodeActionContext) =>
      computeCodeActions(document, range, context, () => diagnostics(document)),
  });
}

const indexes = new WeakMap<KnowledgeBase, KnowledgeIndex>();

/** Indexing (the term automaton) is done once per knowledge base, not once per settings change. */
function indexFor(kb: KnowledgeBase): KnowledgeIndex {
  let index = indexes.get(kb);
  if (!index) indexes.set(kb, (index = new KnowledgeIndex(kb)));
  return index;
}

export { DIAGNOSTIC_CODES, normalizeSettings, DEFAULT_SETTINGS } from './settings';
export type { Settings, DiagnosticCode } from './settings';

export { skipReason } from './skip';
