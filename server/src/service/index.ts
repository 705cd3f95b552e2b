import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentHighlight,
  type Hover,
  type Location,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { FileSystem } from '../document/citations/types';
import { KnowledgeIndex } from '../kb/index';
import type { KnowledgeBase } from '../kb/types';
import { RULES } from '../rules/all.generated';
import type { Rule } from '../rules/types';
import { AnalysisCache } from '../document/analysis';
import { computeCitationCompletion } from './languageFeatures/citationCompletion';
import { computeCodeActions, versionedEdit } from './languageFeatures/codeActions';
import { FIX_ALL_KIND, type FixAllResult, fixesWithoutChoice } from './languageFeatures/fixAll';
import { computeCompletion, resolveCompletion } from './languageFeatures/completion';
import { computeDefinition } from './languageFeatures/definition';
import {
  type CancellationToken,
  checkInSlices,
  computeDiagnostics,
  type DiagnosticStream,
  type DiagnosticsOptions,
  diagnosticStream,
  type FindingsByDiagnostic,
} from './languageFeatures/diagnostics';
import {
  documentHighlights,
  glossaryActions,
  glossaryCard,
  glossaryEntries,
  insertText,
  type GlossaryEntry,
} from './languageFeatures/glossary';
import { computeHover } from './languageFeatures/hover';
import { projectActions } from './languageFeatures/projectActions';
import { computeReferences } from './languageFeatures/references';
import { languageOf } from '../text/prose';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { skipReason } from './skip';

export interface LanguageServiceOptions {
  knowledgeBase: KnowledgeBase;
  settings?: Settings;
  /** Defaults to every built-in rule. */
  rules?: readonly Rule[];
  /** Reads bibliography files beside documents; without it, only the document itself is read. */
  fileSystem?: FileSystem;
  /**
   * Workspace folder URIs (none in an untrusted workspace): where "Add to workspace glossary" writes
   * .therapy-lint/glossary.json (read through fileSystem), and the folders whose files (bibliographies) a
   * document may name. Without them, a document reads files in its own folder only.
   */
  workspaceFolders?: readonly string[];
  /**
   * Each document is checked once (the CLI): nothing is kept for its next version, so memory stays near
   * what one check needs; code actions get no edits (no findings are kept for them).
   */
  oneShot?: boolean;
  /** Characters above which an open document keeps less between checks (AnalysisCache.settle); tests lower it. */
  largeDocumentChars?: number;
}

export interface LanguageService {
  readonly index: KnowledgeIndex;
  readonly rules: readonly Rule[];
  /**
   * Why a document is not checked at all (too large, binary), or undefined. Every feature answers
   * nothing (null, empty) for such a document.
   */
  skipReason(document: TextDocument): string | undefined;
  /** With `{ fixEdits: false }` (the LSP server), fixes carry titles only and code actions compute their edits. */
  diagnostics(document: TextDocument, options?: DiagnosticsOptions): Diagnostic[];
  /** The same diagnostics, each built only when read (once): a one-shot check that writes them as it goes. */
  diagnosticStream(document: TextDocument, options?: DiagnosticsOptions): DiagnosticStream;
  /**
   * The same, with the long work done in slices that yield to the event loop (so a host answers hover and
   * completion meanwhile); undefined when `token` is cancelled first.
   */
  diagnosticsInSlices(
    document: TextDocument,
    options: DiagnosticsOptions,
    token: CancellationToken,
  ): Promise<Diagnostic[] | undefined>;
  hover(document: TextDocument, position: Position): Hover | null;
  completion(document: TextDocument, position: Position): CompletionList;
  /** Fills in a completion item's documentation (the glossary card) when the editor shows it. */
  resolveCompletion(item: CompletionItem): CompletionItem;
  /**
   * Quick fixes for the context's diagnostics; with `context.only` asking for `source.fixAll.therapyLint`
   * (or `source`, `source.fixAll`), the one action that applies every fix needing no choice.
   */
  codeActions(document: TextDocument, range: Range, context: CodeActionContext): CodeAction[];
  /** One pass of the fixes that need no choice (`--fix`): non-overlapping edits and what they fix. */
  fixAll(document: TextDocument): FixAllResult;
  /** From a citation to its reference entry. */
  definition(document: TextDocument, position: Position): Location[];
  /** From a reference entry (or a citation of it) to every citation of it. */
  references(document: TextDocument, position: Position, includeDeclaration: boolean): Location[];
  /** The other mentions of the term under the cursor. */
  documentHighlights(document: TextDocument, position: Position): DocumentHighlight[];
  /** Every knowledge-base entity, for the glossary quick pick. */
  glossary(): GlossaryEntry[];
  /** Bibliography files changed on disk: documents are analyzed again on their next request. */
  filesChanged(): void;
  /** An entity's glossary card (Markdown). */
  glossaryCard(id: string): string | undefined;
  /** The text "Insert Term" writes for an entity at a position. */
  insertTerm(document: TextDocument, position: Position, id: string): string | undefined;
}

/**
 * The editor-agnostic core: features are functions of (document, knowledge base, settings) returning
 * LSP types. The LSP server, the CLI and the tests are bindings around it.
 */
export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const index = indexFor(options.knowledgeBase);
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const rules = options.rules ?? RULES;
  const cache = new AnalysisCache(
    index,
    options.fileSystem,
    { folders: options.workspaceFolders },
    options.oneShot,
    options.largeDocumentChars,
  );
  const { fileSystem, workspaceFolders } = options;
  const workspace =
    fileSystem && workspaceFolders
      ? { folders: workspaceFolders, readFile: (uri: string) => fileSystem.readFile(uri) }
      : undefined;
  const skipped = (document: TextDocument) => skipReason(document.getText(), settings);
  // Diagnostics only in the languages the settings enable; hover and completion everywhere.
  const enabled = (document: TextDocument) =>
    settings.languages.includes(languageOf(document.languageId, document.uri)) && !skipped(document);
  const diagnostics = (document: TextDocument, diagnosticsOptions?: DiagnosticsOptions) => {
    if (!enabled(document)) return [];
    // A one-shot cache is released by computeDiagnostics, before it builds the diagnostics.
    return computeDiagnostics(document, rules, index, settings, cache, diagnosticsOptions);
  };
  const streamed = (document: TextDocument, diagnosticsOptions?: DiagnosticsOptions): DiagnosticStream =>
    enabled(document) ? diagnosticStream(document, rules, index, settings, cache, diagnosticsOptions) : [];
  /** The findings behind the current version's diagnostics, computed (without fix edits) if not yet. */
  const findings = (document: TextDocument): FindingsByDiagnostic => {
    const known = cache.findings.get(cache.get(document));
    if (known) return known;
    diagnostics(document, { fixEdits: false });
    return cache.findings.get(cache.get(document)) ?? new Map();
  };
  const fixAll = (document: TextDocument): FixAllResult =>
    enabled(document)
      ? fixesWithoutChoice(document, diagnostics(document, { fixEdits: true }), rules)
      : { edits: [], fixed: [] };
  /** "Fix all": one action applying every fix that needs no choice, when there is one. */
  const fixAllActions = (document: TextDocument): CodeAction[] => {
    const { edits, fixed } = fixAll(document);
    if (edits.length === 0) return [];
    return [
      {
        title: `Fix ${fixed.length === 1 ? 'the finding' : `all ${fixed.length} findings`} that need no choice (therapy-lint)`,
        kind: FIX_ALL_KIND,
        diagnostics: fixed.map((f) => f.diagnostic),
        edit: versionedEdit(document, edits),
      },
    ];
  };
  return Object.freeze({
    index,
    rules,
    skipReason: skipped,
    diagnostics,
    diagnosticStream: streamed,
    diagnosticsInSlices: async (
      document: TextDocument,
      diagnosticsOptions: DiagnosticsOptions,
      token: CancellationToken,
    ) => {
      if (enabled(document) && !(await checkInSlices(document, rules, index, settings, cache, token))) return undefined;
      if (token.isCancellationRequested) return undefined;
      const found = diagnostics(document, diagnosticsOptions);
      cache.settle(document);
      return found;
    },
    hover: (document: TextDocument, position: Position) =>
      skipped(document) ? null : computeHover(document, clamp(document, position), index, cache),
    completion: (document: TextDocument, requested: Position) => {
      if (skipped(document)) return { isIncomplete: false, items: [] };
      const position = clamp(document, requested);
      return (
        computeCitationCompletion(document, position, cache) ??
        computeCompletion(document, position, index, settings, cache)
      );
    },
    resolveCompletion: (item: CompletionItem) => resolveCompletion(item, index),
    fixAll: (document: TextDocument) => fixAll(document),
    codeActions: (document: TextDocument, range: Range, context: CodeActionContext) => {
      if (skipped(document)) return [];
      // Quick fixes unless only other kinds are asked for; "Fix all" only when asked for (on save, or the Source Action menu).
      const asked = (kind: string) => context.only?.some((k) => k === kind || kind.startsWith(`${k}.`));
      const quickFixes =
        context.only === undefined || asked(CodeActionKind.QuickFix)
          ? [
              ...computeCodeActions(
                document,
                range,
                context,
                () => findings(document),
                () => cache.get(document).prose,
              ),
              ...glossaryActions(document, range, context.diagnostics, cache.get(document), index, workspace),
              ...projectActions(document, context.diagnostics, rules, workspace),
            ]
          : [];
      return asked(FIX_ALL_KIND) ? [...quickFixes, ...fixAllActions(document)] : quickFixes;
    },
    definition: (document: TextDocument, position: Position) =>
      skipped(document) ? [] : computeDefinition(document, position, cache),
    references: (document: TextDocument, position: Position, includeDeclaration: boolean) =>
      skipped(document) ? [] : computeReferences(document, position, includeDeclaration, cache),
    documentHighlights: (document: TextDocument, position: Position) =>
      skipped(document) ? [] : documentHighlights(document, position, cache),
    glossary: () => glossaryEntries(index),
    filesChanged: () => cache.filesChanged(),
    glossaryCard: (id: string) => glossaryCard(index, id),
    insertTerm: (document: TextDocument, position: Position, id: string) =>
      skipped(document) ? undefined : insertText(document, position, id, index, settings, cache),
  });
}

/** Clients may send positions past a line's end or the document's: features work on the nearest real one. */
function clamp(document: TextDocument, position: Position): Position {
  return document.positionAt(document.offsetAt(position));
}

const indexes = new WeakMap<KnowledgeBase, KnowledgeIndex>();

/** Indexing (the term automaton) is done once per knowledge base, not once per settings change. */
function indexFor(kb: KnowledgeBase): KnowledgeIndex {
  let index = indexes.get(kb);
  if (!index) indexes.set(kb, (index = new KnowledgeIndex(kb)));
  return index;
}

/** Open documents' characters above which the service keeps less between versions (the server's heap policy reads it). */
export { LARGE_DOCUMENT_CHARS } from '../document/analysis';
export { DIAGNOSTIC_CODES, normalizeSettings, DEFAULT_SETTINGS } from './settings';
export type { Settings, DiagnosticCode } from './settings';

export type { GlossaryEntry } from './languageFeatures/glossary';
