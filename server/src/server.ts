import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  Message,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFileSystem } from './citations/nodeFileSystem';
import { createGuards, messageOf, pushedSettings, readInitialize } from './lsp/guards';
import { createHeapPolicy } from './lsp/heapPolicy';
import { FIX_ALL_KIND } from './service/languageFeatures/fixAll';
import * as params from './service/params';
import { Workspace, configDiagnostics } from './service/workspace';

// LSP wiring only: every answer comes from the language service, and every handler goes through the guards
// (lsp/guards.ts) so that no message takes the server down. Messages before initialize get empty answers
// (documents opened then are checked once the knowledge base is loaded).
const connection = createConnection(ProposedFeatures.all, {
  // Whatever comes after initialize is handled with the knowledge base loaded (see onInitialize).
  messageStrategy: {
    handleMessage(message, next) {
      if (firstLoad) guarded('loading the knowledge base', firstLoad, undefined);
      if (Message.isRequest(message) && message.method === 'initialize')
        message.params = params.wellFormedInitialize(message.params) as typeof message.params;
      next(message);
    },
  },
});
const documents = new TextDocuments(TextDocument);
/** Settings, knowledge base and language service; set by initialize. */
let workspace: Workspace | undefined;
const { guarded, notification, documentRequest, checkedSync } = createGuards(connection.console, documents, (uri) =>
  workspace?.serviceFor(uri),
);
let canPullConfiguration = false;
let lastRawSettings: unknown;
/** Set by initialize until the knowledge base is first loaded. */
let firstLoad: (() => void) | undefined;
let debounceMs = 150;
/** Each document's scheduled check; cancelled when another edit comes first. */
const pending = new Map<string, () => void>();
const skipNoticeShown = new Set<string>();

connection.onInitialize((raw: unknown) => {
  const init = readInitialize(raw, connection.console);
  canPullConfiguration = init.canPullConfiguration;
  debounceMs = init.debounceMs ?? debounceMs;
  // An untrusted workspace: no knowledge-base file is read from it, no bibliography outside a document's folder.
  workspace = new Workspace({
    roots: init.roots,
    trusted: init.trusted,
    workspaceData: true,
    fileSystem: nodeFileSystem,
  });
  // The knowledge base loads once the answer is out (vscode-jsonrpc writes it on the next turn of the
  // event loop), while the editor reads it and gets ready; a message that comes first loads it at once.
  firstLoad = () => reload(init.settings);
  setImmediate(() => setImmediate(() => firstLoad && guarded('loading the knowledge base', firstLoad, undefined)));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { resolveProvider: true, triggerCharacters: ['[', '@', '{', ',', '^'] },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    },
    serverInfo: { name: 'therapy-lint' },
  };
});

connection.onInitialized(
  notification('initialized', async () => {
    if (canPullConfiguration) await pullSettings();
  }),
);

connection.onDidChangeConfiguration(
  notification('workspace/didChangeConfiguration', async (change: unknown) => {
    if (!workspace) return;
    if (canPullConfiguration) await pullSettings();
    else reload(pushedSettings(change));
  }),
);

async function pullSettings(force = false): Promise<void> {
  let raw: unknown;
  try {
    raw = await connection.workspace.getConfiguration('therapyLint');
  } catch (error) {
    connection.console.warn(
      `therapy-lint: the editor did not send settings (${messageOf(error)}); keeping the last ones`,
    );
    raw = lastRawSettings;
  }
  reload(raw, force);
}

/** (Re)loads settings and the knowledge base, then re-checks every open document if anything changed. */
function reload(rawSettings: unknown, force = false): void {
  if (!workspace) return;
  firstLoad = undefined;
  lastRawSettings = rawSettings;
  const { changed, warnings, problems, dataDiagnostics } = workspace.configure(rawSettings, force);
  for (const warning of warnings) connection.console.warn(warning);
  for (const problem of problems)
    (problem.severity === 'information' ? connection.console.info : connection.console.error).call(
      connection.console,
      `${problem.file}${problem.pointer ? ` ${problem.pointer}` : ''}: ${problem.message}`,
    );
  for (const [uri, diagnostics] of dataDiagnostics) publish(uri, diagnostics);
  if (changed) for (const document of documents.all()) schedule(document, 0);
}

/** Problems of project files met since the last time (bad JSON, unknown keys) as diagnostics on those files. */
function publishConfigProblems(): void {
  const taken = workspace?.takeProblems();
  if (!taken) return;
  for (const [file, problems] of taken.config) publish(pathToFileURL(file).href, configDiagnostics(problems));
  for (const problem of taken.data)
    connection.console.warn(`${problem.file}${problem.pointer ? ` ${problem.pointer}` : ''}: ${problem.message}`);
}

function schedule(document: TextDocument, delay = debounceMs): void {
  pending.get(document.uri)?.();
  const run = () => {
    pending.delete(document.uri);
    validate(document.uri).catch((error) =>
      connection.console.error(`therapy-lint internal error (checking a document): ${error?.stack ?? error}`),
    );
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

/** Per document, the latest check started: an earlier one still running stops at its next slice. */
const latestCheck = new Map<string, number>();
let checks = 0;

async function validate(uri: string): Promise<void> {
  const document = documents.get(uri);
  // Before the knowledge base is loaded: reload checks every open document.
  if (!document || !workspace?.service) return;
  const service = workspace.serviceFor(uri);
  publishConfigProblems();
  // Left out by the project's ignorePaths.
  if (!service) return publish(uri, [], document.version);
  const reason = service.skipReason(document);
  if (reason && !skipNoticeShown.has(uri)) {
    skipNoticeShown.add(uri);
    // Typed void, but a request underneath: an error reply must not become an unhandled rejection.
    Promise.resolve(
      connection.window.showInformationMessage(`therapy-lint: ${path.basename(uri)} ${reason}`) as unknown,
    ).catch((error) => connection.console.warn(`therapy-lint: showMessage failed: ${messageOf(error)}`));
  }
  // Checked in slices: hover and completion are answered between them. A newer version, another check of
  // this document, closing it or reloading the knowledge base cancels this one.
  const version = document.version;
  const check = ++checks;
  latestCheck.set(uri, check);
  const token = {
    get isCancellationRequested() {
      return (
        documents.get(uri) !== document ||
        document.version !== version ||
        latestCheck.get(uri) !== check ||
        workspace?.serviceFor(uri) !== service
      );
    },
  };
  const diagnostics = await service.diagnosticsInSlices(document, { fixEdits: false, capped: true }, token);
  if (latestCheck.get(uri) === check) latestCheck.delete(uri);
  if (diagnostics) publish(uri, diagnostics, version);
}

function publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
  connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => {
    // The client is gone: nothing to tell it.
  });
}

// Memory against edit speed while large documents are open.
const heapPolicy = createHeapPolicy();
const tuneHeap = () => heapPolicy(documents.all());

documents.onDidOpen((e) => {
  tuneHeap();
  schedule(e.document, 0);
});
documents.onDidChangeContent((e) => {
  tuneHeap();
  schedule(e.document);
});
documents.onDidClose((e) => {
  tuneHeap();
  pending.get(e.document.uri)?.();
  pending.delete(e.document.uri);
  skipNoticeShown.delete(e.document.uri);
  publish(e.document.uri, []);
});

connection.onHover(
  documentRequest('textDocument/hover', params.isPositionParams, null, (service, document, p) =>
    service.hover(document, p.position),
  ),
);
connection.onCompletion(
  documentRequest('textDocument/completion', params.isPositionParams, null, (service, document, p) =>
    service.completion(document, p.position),
  ),
);
connection.onCompletionResolve((item: unknown) => {
  const service = workspace?.service;
  if (!params.isCompletionItem(item) || !service) return item as never;
  return guarded('completionItem/resolve', () => service.resolveCompletion(item), item);
});
connection.onCodeAction(
  documentRequest('textDocument/codeAction', params.isCodeActionParams, [], (service, document, p) =>
    service.codeActions(document, p.range, p.context),
  ),
);
connection.onDefinition(
  documentRequest('textDocument/definition', params.isPositionParams, [], (service, document, p) =>
    service.definition(document, p.position),
  ),
);
connection.onReferences(
  documentRequest('textDocument/references', params.isReferenceParams, [], (service, document, p) =>
    service.references(document, p.position, p.context.includeDeclaration),
  ),
);
connection.onDocumentHighlight(
  documentRequest('textDocument/documentHighlight', params.isPositionParams, [], (service, document, p) =>
    service.documentHighlights(document, p.position),
  ),
);

// A workspace knowledge-base file changed (e.g. "Add to workspace glossary"): reload. A bibliography
// changed: open documents are checked again against it.
connection.onDidChangeWatchedFiles(
  notification('workspace/didChangeWatchedFiles', async (change: unknown) => {
    if (!params.isWatchedFilesChange(change)) {
      connection.console.warn('therapy-lint: workspace/didChangeWatchedFiles with malformed params ignored');
      return;
    }
    if (change.changes.some((c) => /\/\.therapy-lint\.json$/.test(c.uri))) {
      workspace?.projectFilesChanged();
      publishConfigProblems();
      for (const document of documents.all()) schedule(document, 0);
    }
    if (change.changes.some((c) => /\/\.therapy-lint\/[^/]+\.json$/.test(c.uri))) {
      if (canPullConfiguration) await pullSettings(true);
      else reload(lastRawSettings, true);
    } else if (change.changes.some((c) => /\.(?:bib|json)$/i.test(c.uri))) {
      workspace?.service?.filesChanged();
      for (const document of documents.all()) schedule(document);
    }
  }),
);

// Glossary commands: the client shows quick picks; the answers come from the service.
connection.onRequest('therapyLint/glossary', () =>
  guarded('therapyLint/glossary', () => workspace?.service?.glossary() ?? [], []),
);
connection.onRequest('therapyLint/glossaryCard', (p: unknown) =>
  params.isGlossaryCardParams(p)
    ? guarded('therapyLint/glossaryCard', () => workspace?.service?.glossaryCard(p.id) ?? null, null)
    : null,
);
connection.onRequest(
  'therapyLint/insertTerm',
  documentRequest(
    'therapyLint/insertTerm',
    params.isInsertTermParams,
    null,
    (service, document, p) => service.insertTerm(document, p.position, p.id) ?? null,
    (p) => p.uri,
  ),
);

// The status bar's knowledge-base date.
connection.onRequest('therapyLint/knowledgeBase', () =>
  guarded('therapyLint/knowledgeBase', () => ({ asOf: workspace?.service?.index.asOf ?? null }), { asOf: null }),
);

/** Check Document: the document is checked now (not after the typing pause) and its diagnostics published. */
connection.onRequest('therapyLint/checkDocument', async (p: unknown) => {
  if (!params.isDocumentParams(p)) return null;
  try {
    await validate(p.textDocument.uri);
  } catch (error) {
    connection.console.error(`therapy-lint: therapyLint/checkDocument failed: ${messageOf(error)}`);
  }
  return null;
});

/** Lint Workspace: every .md/.txt/.tex file under the workspace folders, published like open documents. */
connection.onRequest('therapyLint/lintWorkspace', () =>
  guarded(
    'therapyLint/lintWorkspace',
    () =>
      workspace?.lint(
        (uri) => documents.get(uri),
        (uri, diagnostics) => publish(uri, diagnostics),
        (problem) => connection.console.warn(`therapy-lint: ${problem.path}: ${problem.message}`),
      ) ?? { files: 0, findings: 0 },
    { files: 0, findings: 0 },
  ),
);

// The last line of defence: whatever a guard above missed is logged, and the server goes on.
process.on('uncaughtException', (error) =>
  connection.console.error(`therapy-lint uncaught exception: ${error?.stack ?? error}`),
);
process.on('unhandledRejection', (error) =>
  connection.console.error(`therapy-lint unhandled rejection: ${(error as Error)?.stack ?? error}`),
);

documents.listen(checkedSync(connection));
connection.listen();
