import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** A running code-server in its own process group (its extension host outlives the main process). */
export class CodeServer {
  private readonly process: ChildProcess;
  private output = '';
  private exitCode: number | null | undefined;

  private constructor(
    readonly url: string,
    readonly port: number,
    entry: string,
    private readonly env: NodeJS.ProcessEnv,
    args: string[],
  ) {
    this.process = spawn(process.execPath, [entry, ...args], {
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000));
    this.process.stdout!.on('data', keep);
    this.process.stderr!.on('data', keep);
    this.process.on('exit', (code) => (this.exitCode = code));
  }

  /** The folders code-server writes to (settings, extensions, XDG dirs) all live under `home`. */
  static dirs(home: string) {
    return {
      userData: path.join(home, 'user-data'),
      extensions: path.join(home, 'extensions'),
      xdg: path.join(home, 'xdg'),
    };
  }

  static environment(home: string): NodeJS.ProcessEnv {
    const { xdg } = CodeServer.dirs(home);
    return {
      ...process.env,
      XDG_CONFIG_HOME: path.join(xdg, 'config'),
      XDG_DATA_HOME: path.join(xdg, 'data'),
      XDG_CACHE_HOME: path.join(xdg, 'cache'),
    };
  }

  /** `code-server --install-extension`: the way a user installs a .vsix. Returns the unpacked extension's folder. */
  static installExtension(entry: string, home: string, vsix: string, extensionId: string): string {
    const { extensions, userData } = CodeServer.dirs(home);
    execFileSync(
      process.execPath,
      [entry, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix],
      {
        env: CodeServer.environment(home),
        stdio: 'pipe',
      },
    );
    const installed = fs
      .readdirSync(extensions)
      .find((name) => name.toLowerCase().startsWith(`${extensionId.toLowerCase()}-`));
    if (!installed) throw new Error(`${vsix} did not install into ${extensions}`);
    return path.join(extensions, installed);
  }

  static async start(
    entry: string,
    home: string,
    folder: string,
    extraEnv: NodeJS.ProcessEnv = {},
  ): Promise<CodeServer> {
    const port = await freePort();
    const { userData, extensions } = CodeServer.dirs(home);
    // No welcome page or walkthrough taking the focus from the editor the UI check opens.
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(
      path.join(userData, 'User', 'settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
      }),
    );
    const args = [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      folder,
    ];
    const server = new CodeServer(
      `http://127.0.0.1:${port}`,
      port,
      entry,
      { ...CodeServer.environment(home), ...extraEnv },
      args,
    );
    await server.waitUntilHealthy(30_000);
    return server;
  }

  /** Why the server is unusable, if it is: it exited. */
  problem(): string | undefined {
    return this.exitCode === undefined ? undefined : `code-server exited (${this.exitCode}):\n${this.output}`;
  }

  get log(): string {
    return this.output;
  }

  private async waitUntilHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const problem = this.problem();
      if (problem) throw new Error(problem);
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline)
        throw new Error(`code-server did not answer /healthz within ${timeoutMs / 1000} s:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The workbench URL for a folder; `payload` adds development options such as extensionTestsPath. */
  workbenchUrl(folder: string, payload?: [string, string][]): string {
    const query = new URLSearchParams({ folder });
    if (payload) query.set('payload', JSON.stringify(payload));
    return `${this.url}/?${query}`;
  }

  /** A path on this machine as the remote URI the workbench resolves. */
  remoteUri(file: string): string {
    return `vscode-remote://127.0.0.1:${this.port}${file}`;
  }

  /** Kills the whole process group: the extension host and the language server with it. */
  stop(): void {
    try {
      if (this.process.pid) process.kill(-this.process.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Opens a file from the Explorer, as a user would, and waits for its editor tab. */
export async function openFromExplorer(page: Page, file: string): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().click({ timeout: 30_000 });
  await page.locator(`.tab[aria-label*="${file}"]`).first().waitFor({ timeout: 15_000 });
}
