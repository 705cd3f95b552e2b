import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { BUNDLED_CLI, REPO_ROOT } from './repo';

export const CLI_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'cli');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI (dist/cli.js) the way a pipeline would, from `cwd`. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
): CliRun {
  const run = spawnSync(process.execPath, [BUNDLED_CLI, ...args], {
    cwd: options.cwd ?? CLI_FIXTURES,
    env: options.env ?? process.env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export interface JsonResult {
  file: string;
  diagnostics: Diagnostic[];
  /** The sources the diagnostics name by id (`data.sources`). */
  sources: Record<string, { title: string; publisher: string; kind?: string; url?: string; citation?: string }>;
  /** Per diagnostic code, its `codeDescription` (not repeated in each diagnostic). */
  rules: Record<string, { codeDescription: { href: string } }>;
}

export function runJson(args: readonly string[], options: { cwd?: string; input?: string } = {}): JsonResult[] {
  const run = runCli(['--format', 'json', ...args], options);
  if (run.status !== 0 && run.status !== 1) throw new Error(`therapy-lint exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as JsonResult[];
}

/** A settings file that sets every given rule to one severity, for exit-code tests independent of defaults. */
export function configWith(rules: readonly string[], level: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-config-')), 'settings.json');
  fs.writeFileSync(file, JSON.stringify({ rules: Object.fromEntries(rules.map((id) => [id, level])) }));
  return file;
}
