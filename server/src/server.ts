import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type Diagnostic,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFileSystem } from './citations/nodeFileSystem';
import { builtInDataDir, loadKnowledgeBase, type DataProblem } from './kb/load';
import {
  createLanguageService,
  languageIdOfPath,
  lintableFiles,
  normalizeSettings,
  skipReason,
  type LanguageService,
  type Settings,
} from './service/index';

// LSP wiring only: every answer comes from the language service.
const connection = createConnection(ProposedFeatures.all, {
  // Whatever comes after initialize is handled with the knowledge base loaded (see onInitialize).
  messageStrategy: {
    handleMessage(message, next) {
      firstLoad?.();
      next(message);
    },
  },
});
const documents = new TextDocuments(TextDocument);
let service: LanguageService;
let settings: Settings;
let workspaceRoots: string[] = [];
/** False when the editor marks the workspace untrusted: then no knowledge-base file is read from it. */
let workspaceTrusted = true;
let canPullConfiguration = false;
let lastRawSettings: unknown;
/**
 * What the service was last built from. VS Code sends the same configuration twice at start-up (pulled
 * after initialized, pushed as a change): neither reloads the knowledge base nor re-checks documents.
 */
let loadedFrom: string | undefined;
/** Set by initialize until the knowledge base is first loaded. */
let firstLoad: (() => void) | undefined;
let debounceMs = 150;
/** Each document's scheduled check; cancelled when another edit comes first. */
const pending = new Map<string, () => void>();
const skipNoticeShown = new Set<string>();
const problemFiles = new Set<string>();

connection.onInitialize((params: InitializeParams) => {
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  workspaceRoots = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
    .filter((f) => f.uri.startsWith('file:'))
    .map((f) => fileURLToPath(f.uri));
  const init = (params.initializationOptions ?? {}) as {
    settings?: unknown;
    debounceMs?: number;
    workspaceTrusted?: boolean;
  };
  if (typeof init.debounceMs === 'number') debounceMs = init.debounceMs;
  workspaceTrusted = init.workspaceTrusted !== false;
  // The knowledge base loads once the answer is out (vscode-jsonrpc writes it on the next turn of the
  // event loop), while the editor reads it and gets ready; a message that comes first loads it at once.
  firstLoad = () => reload(init.settings);
  setImmediate(() => setImmediate(() => firstLoad?.()));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { resolveProvider: true, triggerCharacters: ['[', '@', '{', ',', '^'] },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'therapy-lint' },
  };
});

connection.onInitialized(async () => {
  if (canPullConfiguration) await pullSettings();
});

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await pullSettings();
  else reload((change.settings as { therapyLint?: unknown } | undefined)?.therapyLint);
});

async function pullSettings(force = false): Promise<void> {
  const raw: unknown = await connection.workspace.getConfiguration('therapyLint');
  reload(raw, force);
}

/**
 * (Re)loads settings and the knowledge base, then re-checks every open document; unless nothing they
 * depend on changed (`force`: a knowledge-base file did).
 */
function reload(rawSettings: unknown, force = false): void {
  firstLoad = undefined;
  lastRawSettings = rawSettings;
  const normalized = normalizeSettings(rawSettings);
  for (const warning of normalized.warnings) connection.console.warn(warning);
  const folders = [builtInDataDir(), ...extensionFolders(normalized.settings)];
  const workspaceFolders = workspaceTrusted ? workspaceRoots.map((root) => pathToFileURL(root).href) : undefined;
  const inputs = JSON.stringify([normalized.settings, folders, workspaceFolders]);
  if (!force && inputs === loadedFrom) return;
  loadedFrom = inputs;
  settings = normalized.settings;
  const { kb, problems } = loadKnowledgeBase(folders);
  reportDataProblems(problems);
  service = createLanguageService({ knowledgeBase: kb, settings, fileSystem: nodeFileSystem, workspaceFolders });
  for (const document of documents.all()) schedule(document, 0);
}

function extensionFolders(current: Settings): string[] {
  if (!workspaceTrusted) return [];
  const configured = current.knowledgeBasePaths.flatMap((p) =>
    path.isAbsolute(p) ? [p] : workspaceRoots.map((root) => path.join(root, p)),
  );
  const workspace = workspaceRoots.map((root) => path.join(root, '.therapy-lint')).filter(exists);
  return [...configured, ...workspace];
}

function exists(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** A bad data file is a diagnostic on that file; the rest keeps working. */
function reportDataProblems(problems: DataProblem[]): void {
  const byFile = new Map<string, Diagnostic[]>();
  for (const problem of problems) {
    connection.console.error(`${problem.file}${problem.pointer ? ` ${problem.pointer}` : ''}: ${problem.message}`);
    const line = problem.line ?? 0;
    const list = byFile.get(problem.file) ?? [];
    list.push({
      range: { start: { line, character: 0 }, end: { line, character: 1000 } },
      severity: DiagnosticSeverity.Error,
      source: 'therapy-lint',
      code: 'invalid-knowledge-base',
      message: `${problem.pointer ? `${problem.pointer}: ` : ''}${problem.message}`,
    });
    byFile.set(problem.file, list);
  }
  for (const file of problemFiles)
    if (!byFile.has(file)) connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
  problemFiles.clear();
  for (const [file, diagnostics] of byFile) {
    problemFiles.add(file);
    connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
  }
}

function schedule(document: TextDocument, delay = debounceMs): void {
  pending.get(document.uri)?.();
  const run = () => {
    pending.delete(document.uri);
    validate(document.uri);
  };
  // Without a debounce, the next turn of the event loop (a 0 ms timer waits at least 1 ms).
  if (delay > 0) {
    const timer = setTimeout(run, delay);
    pending.set(document.uri, () => clearTimeout(timer));
  } else {
    const immediate = setImmediate(run);
    pending.set(document.uri, () => clearImmediate(immediate));
  }
}

function validate(uri: string): void {
  const document = documents.get(uri);
  if (!document) return;
  const reason = skipReason(document.getText(), settings);
  if (reason) {
    if (!skipNoticeShown.has(uri)) {
      skipNoticeShown.add(uri);
      connection.window.showInformationMessage(`therapy-lint: ${path.basename(uri)} ${reason}`);
    }
    connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
    return;
  }
  const diagnostics = guarded(() => service.diagnostics(document, { fixEdits: false, capped: true }), []);
  connection.sendDiagnostics({ uri, version: document.version, diagnostics });
}

/** A bug in one feature must not take the server down: log it and answer empty. */
function guarded<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    connection.console.error(`therapy-lint internal error: ${(error as Error).stack ?? error}`);
    return fallback;
  }
}

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  pending.get(e.document.uri)?.();
  pending.delete(e.document.uri);
  skipNoticeShown.delete(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onHover((params, token) => {
  // A request the editor already cancelled (the cursor moved on) is not worth answering.
  if (token.isCancellationRequested) return null;
  const document = documents.get(params.textDocument.uri);
  if (!document || skipReason(document.getText(), settings)) return null;
  return guarded(() => service.hover(document, params.position), null);
});

connection.onCompletion((params, token) => {
  // A request the editor already cancelled (the cursor moved on) is not worth answering.
  if (token.isCancellationRequested) return null;
  const document = documents.get(params.textDocument.uri);
  if (!document || skipReason(document.getText(), settings)) return null;
  return guarded(() => service.completion(document, params.position), null);
});

connection.onCompletionResolve((item) => guarded(() => service.resolveCompletion(item), item));

connection.onCodeAction((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || skipReason(document.getText(), settings)) return [];
  return guarded(() => service.codeActions(document, params.range, params.context), []);
});

connection.onDefinition((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || skipReason(document.getText(), settings)) return [];
  return guarded(() => service.definition(document, params.position), []);
});

connection.onReferences((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || skipReason(document.getText(), settings)) return [];
  return guarded(() => service.references(document, params.position, params.context.includeDeclaration), []);
});

connection.onDocumentHighlight((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || skipReason(document.getText(), settings)) return [];
  return guarded(() => service.documentHighlights(document, params.position), []);
});

// A workspace knowledge-base file changed (e.g. "Add to workspace glossary"): reload. A bibliography
// changed: open documents are checked again against it.
connection.onDidChangeWatchedFiles(async (change) => {
  if (change.changes.some((c) => /\/\.therapy-lint\/[^/]+\.json$/.test(c.uri))) {
    if (canPullConfiguration) await pullSettings(true);
    else reload(lastRawSettings, true);
  } else if (change.changes.some((c) => /\.(?:bib|json)$/i.test(c.uri))) {
    service.filesChanged();
    for (const document of documents.all()) schedule(document);
  }
});

// Glossary commands: the client shows quick picks; the answers come from the service.
connection.onRequest('therapyLint/glossary', () => guarded(() => service.glossary(), []));
connection.onRequest('therapyLint/glossaryCard', (params: { id: string }) =>
  guarded(() => service.glossaryCard(params.id) ?? null, null),
);
connection.onRequest(
  'therapyLint/insertTerm',
  (params: { uri: string; position: { line: number; character: number }; id: string }) => {
    const document = documents.get(params.uri);
    return document ? guarded(() => service.insertTerm(document, params.position, params.id) ?? null, null) : null;
  },
);

/** Lint Workspace: every .md/.txt/.tex file under the workspace folders, published like open documents. */
connection.onRequest('therapyLint/lintWorkspace', () => {
  const files = lintableFiles(workspaceRoots);
  let findings = 0;
  for (const file of files) {
    const uri = pathToFileURL(file).href;
    let document = documents.get(uri);
    if (!document) {
      try {
        document = TextDocument.create(uri, languageIdOfPath(file) ?? 'plaintext', 0, fs.readFileSync(file, 'utf8'));
      } catch {
        continue;
      }
    }
    if (skipReason(document.getText(), settings)) continue;
    const current = document;
    const diagnostics = guarded(() => service.diagnostics(current, { fixEdits: false, capped: true }), []);
    findings += diagnostics.length;
    connection.sendDiagnostics({ uri, diagnostics });
  }
  return { files: files.length, findings };
});

documents.listen(connection);
connection.listen();
