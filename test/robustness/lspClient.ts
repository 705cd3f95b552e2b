import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-types';

/** The bundled server (dist/server.js), found from the repository root whether run from out/ or bench/. */
export function serverPath(): string {
  return path.resolve(process.env.THERAPY_LINT_ROOT ?? process.cwd(), 'dist', 'server.js');
}

export interface LogEntry {
  type: number;
  message: string;
}

/**
 * A minimal LSP client over stdio for the bundled server: requests, notifications, and waiting for a
 * document's diagnostics of a given version. Also records log and showMessage traffic.
 */
export class LspClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly logs: LogEntry[] = [];
  readonly shownMessages: { uri?: string; message: string }[] = [];
  readonly published = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; version: number | undefined; resolve: (d: Diagnostic[]) => void }[] = [];
  private exited = false;

  constructor(args: string[] = []) {
    this.process = spawn(process.execPath, [serverPath(), '--stdio', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.on('exit', () => (this.exited = true));
    this.process.stderr!.on('data', (chunk: Buffer) => this.logs.push({ type: 0, message: chunk.toString() }));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('window/logMessage', (p: LogEntry) => this.logs.push(p));
    this.connection.onNotification('window/showMessage', (p: { message: string }) =>
      this.shownMessages.push({ message: p.message }),
    );
    this.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.shownMessages.push({ message: p.message });
      return null;
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.set(p.uri, p);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i]!;
        if (w.uri === p.uri && (w.version === undefined || w.version === p.version)) {
          this.waiters.splice(i, 1);
          w.resolve(p.diagnostics);
        }
      }
    });
    this.connection.listen();
  }

  get alive(): boolean {
    return !this.exited;
  }

  async initialize(
    initializationOptions: unknown = { debounceMs: 0 },
    rootUri: string | null = null,
  ): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      capabilities: {},
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Resolves with the next diagnostics published for `uri` at `version` (any version when undefined). */
  diagnostics(uri: string, version?: number, timeoutMs = 20000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        uri,
        version,
        resolve: (d) => {
          clearTimeout(timer);
          resolve(d);
        },
      });
    });
  }

  async open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<Diagnostic[]> {
    const published = this.diagnostics(uri, version);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return published;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      await this.notify('exit', null);
    } catch {
      // The server may already be gone; it is killed below.
    }
    const timer = setTimeout(() => this.process.kill(), 2000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
