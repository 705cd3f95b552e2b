import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// code-server (VS Code for the browser, from npm) installed once into the git-ignored .test-cache/.
// Node 20 runs code-server 4.100.3 (VS Code 1.100.3) at most. Its @vscode/ripgrep@1.15.11 postinstall
// downloads rg from GitHub, unreachable here: seed that package's download cache from the npm-hosted rg.
export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_PREBUILT = '@vscode/ripgrep-linux-x64@1.18.0';
const RIPGREP_CACHE = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/** Returns code-server's entry script, installing it under `cacheDir` first when missing. */
export function ensureCodeServer(cacheDir: string, log: (line: string) => void): string {
  const prefix = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
  const entry = path.join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const marker = path.join(prefix, 'installed');
  if (fs.existsSync(entry) && fs.existsSync(marker)) return entry;
  const started = Date.now();
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(prefix, { recursive: true });
  // Its own package.json, so that npm does not walk up and install into the extension's node_modules.
  fs.writeFileSync(
    path.join(prefix, 'package.json'),
    JSON.stringify({ name: 'therapy-lint-e2e-cache', private: true }),
  );
  const run = (command: string, args: string[], env = process.env) =>
    execFileSync(command, args, { cwd: prefix, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (!fs.existsSync(path.join(RIPGREP_CACHE, RIPGREP_ARCHIVE))) {
    const packed = run('npm', ['pack', '--silent', RIPGREP_PREBUILT]).trim().split('\n').pop()!;
    run('tar', ['xzf', packed]);
    fs.mkdirSync(RIPGREP_CACHE, { recursive: true });
    run('tar', ['czf', path.join(RIPGREP_CACHE, RIPGREP_ARCHIVE), '-C', path.join(prefix, 'package', 'bin'), 'rg']);
    fs.rmSync(path.join(prefix, 'package'), { recursive: true, force: true });
    fs.rmSync(path.join(prefix, packed), { force: true });
  }
  // unsafe_perm: its postinstall refuses to run as root otherwise; yes: node-pty's postinstall runs npx.
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
    ...process.env,
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
  });
  if (!fs.existsSync(entry)) throw new Error(`code-server installed, but ${entry} is missing`);
  fs.writeFileSync(marker, new Date().toISOString());
  log(`installed code-server ${CODE_SERVER_VERSION} into ${prefix} in ${Math.round((Date.now() - started) / 1000)} s`);
  return entry;
}
