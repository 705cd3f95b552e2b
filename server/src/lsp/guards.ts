// The LSP host's guards: no message may take the server down. Params are shape-checked (service/params)
// before use, every handler is guarded, and requests before the knowledge base is loaded get empty answers.
import { fileURLToPath } from 'node:url';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/index';
import * as params from '../service/params';

/** Where the guards report: the connection's console. */
export interface Log {
  error(message: string): void;
  warn(message: string): void;
}

export function messageOf(error: unknown): string {
  return (error as Error)?.message ?? String(error);
}

/** What initialize asks for, read from params of any shape (absent or malformed fields keep the defaults). */
export interface InitializeRequest {
  canPullConfiguration: boolean;
  debounceMs: number | undefined;
  /** The workspace folders' paths. */
  roots: string[];
  /** False for an untrusted workspace: no knowledge-base file is read from it. */
  trusted: boolean;
  settings: unknown;
}

export function readInitialize(raw: unknown, log: Log): InitializeRequest {
  const init = params.isObject(raw) ? raw : {};
  const capabilities = params.isObject(init.capabilities) ? init.capabilities : {};
  const options = params.isObject(init.initializationOptions) ? init.initializationOptions : {};
  return {
    canPullConfiguration: params.isObject(capabilities.workspace) && !!capabilities.workspace.configuration,
    debounceMs:
      typeof options.debounceMs === 'number' && Number.isFinite(options.debounceMs) ? options.debounceMs : undefined,
    roots: workspaceRoots(init.workspaceFolders, init.rootUri, log),
    trusted: options.workspaceTrusted !== false,
    settings: options.settings,
  };
}

/** The workspace folders' paths (file: URIs only; the root URI for clients without folders). */
function workspaceRoots(folders: unknown, rootUri: unknown, log: Log): string[] {
  const uris = Array.isArray(folders)
    ? folders.map((folder) => (params.isObject(folder) ? folder.uri : undefined))
    : [rootUri];
  return uris.flatMap((uri) => {
    if (typeof uri !== 'string' || !uri.startsWith('file:')) return [];
    try {
      return [fileURLToPath(uri)];
    } catch {
      log.warn(`therapy-lint: workspace folder ${uri} is not a local path; ignored`);
      return [];
    }
  });
}

/** The settings a didChangeConfiguration notification pushes (clients that cannot be asked for them). */
export function pushedSettings(change: unknown): unknown {
  return params.isObject(change) && params.isObject(change.settings) ? change.settings.therapyLint : undefined;
}

export type Guards = ReturnType<typeof createGuards>;

/**
 * Handler wrappers that log a failure and answer a fallback instead of throwing or rejecting.
 * `service`: a document's language service once the knowledge base is loaded (undefined before, or for a
 * document the project's ignorePaths leave out).
 */
export function createGuards(
  log: Log,
  documents: TextDocuments<TextDocument>,
  service: (uri: string) => LanguageService | undefined,
) {
  /** A bug in one feature must not take the server down: log it and answer `fallback`. */
  function guarded<T>(what: string, run: () => T, fallback: T): T {
    try {
      return run();
    } catch (error) {
      log.error(`therapy-lint internal error (${what}): ${(error as Error)?.stack ?? error}`);
      return fallback;
    }
  }

  /** A notification handler that logs instead of rejecting (an unhandled rejection would end the process). */
  function notification<P>(method: string, handle: (params: P) => void | Promise<void>): (params: P) => void {
    const fail = (error: unknown) =>
      log.error(`therapy-lint internal error (${method}): ${(error as Error)?.stack ?? error}`);
    return (p) => {
      try {
        Promise.resolve(handle(p)).catch(fail);
      } catch (error) {
        fail(error);
      }
    };
  }

  /**
   * A request about an open document: `empty` for malformed params, an unknown document, before the
   * knowledge base is loaded, or when the editor already cancelled it (the cursor moved on).
   */
  function documentRequest<P, R>(
    method: string,
    valid: (p: unknown) => p is P,
    empty: R,
    answer: (service: LanguageService, document: TextDocument, p: P) => R,
    uriOf: (p: P) => string = (p) => (p as params.DocumentParams).textDocument.uri,
  ): (p: unknown, token?: CancellationToken) => R {
    return (p, token) => {
      if (token?.isCancellationRequested) return empty;
      if (!valid(p)) {
        log.warn(`therapy-lint: ${method} with malformed params ignored`);
        return empty;
      }
      const document = documents.get(uriOf(p));
      const loaded = document && service(document.uri);
      if (!document || !loaded) return empty;
      return guarded(method, () => answer(loaded, document, p), empty);
    };
  }

  /** The connection's document sync, passing on only well-formed messages: TextDocuments keeps their text. */
  function checkedSync(inner: Connection): Parameters<TextDocuments<TextDocument>['listen']>[0] {
    const checked =
      <P>(method: string, valid: (p: unknown) => p is P) =>
      (handler: (p: P) => void) =>
        notification(method, (p: unknown) => {
          if (valid(p)) handler(p);
          else log.warn(`therapy-lint: ${method} with malformed params ignored`);
        });
    const sync = {
      onDidOpenTextDocument: (handler: (p: unknown) => void) =>
        inner.onDidOpenTextDocument(checked('textDocument/didOpen', params.isDidOpen)(handler)),
      onDidChangeTextDocument: (handler: (p: unknown) => void) =>
        inner.onDidChangeTextDocument(checked('textDocument/didChange', params.isDidChange)(handler)),
      onDidCloseTextDocument: (handler: (p: unknown) => void) =>
        inner.onDidCloseTextDocument(checked('textDocument/didClose', params.isDocumentParams)(handler)),
      onWillSaveTextDocument: (handler: (p: unknown) => void) =>
        inner.onWillSaveTextDocument(checked('textDocument/willSave', params.isDocumentParams)(handler)),
      onDidSaveTextDocument: (handler: (p: unknown) => void) =>
        inner.onDidSaveTextDocument(checked('textDocument/didSave', params.isDocumentParams)(handler)),
      onWillSaveTextDocumentWaitUntil: (handler: (p: unknown, token: CancellationToken) => unknown) =>
        inner.onWillSaveTextDocumentWaitUntil((p: unknown, token) =>
          params.isDocumentParams(p)
            ? guarded('textDocument/willSaveWaitUntil', () => handler(p, token) as [], [])
            : [],
        ),
    };
    return sync as unknown as Parameters<TextDocuments<TextDocument>['listen']>[0];
  }

  return { guarded, notification, documentRequest, checkedSync };
}
