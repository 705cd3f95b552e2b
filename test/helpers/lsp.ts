import { spawn, type ChildProcess } from 'node:child_process';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { BUNDLED_SERVER } from './repo';

/**
 * The client side of JSON-RPC over the bundled server's stdio, as an editor would speak it: requests,
 * notifications, answers to the server's own requests, and waiting for a document version's diagnostics.
 */
export class StdioLspClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly listeners = new Set<(params: PublishDiagnosticsParams) => void>();
  readonly exited: Promise<number | null>;

  constructor(settings: () => unknown = () => null) {
    this.process = spawn(process.execPath, [BUNDLED_SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const listener of this.listeners) listener(params);
    });
    this.connection.listen();
  }

  /** Resolves with the first diagnostics published for `uri` (at `version`, when given) that satisfy `accept`. */
  diagnostics(
    uri: string,
    version?: number,
    accept: (d: Diagnostic[]) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Diagnostic[]> {
    const matches = (p: PublishDiagnosticsParams) =>
      p.uri === uri && (version === undefined || p.version === version) && accept(p.diagnostics);
    const already = this.published.find(matches);
    if (already) return Promise.resolve(already.diagnostics);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no matching diagnostics for ${uri} v${version} within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (p: PublishDiagnosticsParams) => {
        if (!matches(p)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(p.diagnostics);
      };
      this.listeners.add(listener);
    });
  }

  /** Ends the session as an editor does; falls back to killing a server that ignores it. */
  async stop(): Promise<number | null> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}
