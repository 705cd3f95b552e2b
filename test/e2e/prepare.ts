import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { runCli, runJson } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/repo';
import type { TestOutcome } from './suite/index';
import { CONFIG_FILE, type E2eConfig } from './suite/config';

// Shared by the code-server runner and the @vscode/test-electron runner: both run the same suite bundle.
const SUITE_BUNDLE = path.join(REPO_ROOT, 'out', 'e2e', 'suite.js');
const FIXTURES = path.join(REPO_ROOT, 'test', 'e2e', 'fixtures');

export const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  publisher: string;
  version: string;
};
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

/** `npm run package` without the rebuild: the bundles in dist/ are already fresh. */
export function packageVsix(outDir: string): string {
  const vsix = path.join(outDir, `${manifest.name}-${manifest.version}.vsix`);
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package-vsix.mjs'), '--out', vsix], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
  return vsix;
}

/** A scratch copy of the example workspace: quick fixes and settings must not touch the fixtures. */
export function copyWorkspace(tempDir: string): string {
  const workspace = path.join(tempDir, 'workspace');
  fs.cpSync(path.join(FIXTURES, 'workspace'), workspace, { recursive: true });
  return workspace;
}

/**
 * A private copy of the suite bundle with its configuration beside it: the expectations, the rule ids
 * the bundled server has, and the CLI's diagnostics for each workspace file, which the editor must
 * match. The copy sits inside the repository (so that `require('mocha')` resolves) but outside out/,
 * which any rebuild wipes. Returns the copy's path, the `extensionTestsPath`.
 */
export function prepareSuite(workspace: string, options: { resultsFile: string; installedUnder?: string }): string {
  fs.mkdirSync(path.join(REPO_ROOT, '.test-cache'), { recursive: true });
  const runDir = fs.mkdtempSync(path.join(REPO_ROOT, '.test-cache', 'suite-'));
  const suite = path.join(runDir, 'suite.js');
  fs.copyFileSync(SUITE_BUNDLE, suite);
  const files = fs.readdirSync(workspace).filter((f) => /\.(md|txt|tex)$/.test(f));
  const oracle = Object.fromEntries(runJson(files, { cwd: workspace }).map((r) => [r.file, r.diagnostics]));
  const sarif = JSON.parse(runCli(['--format', 'sarif', ...files], { cwd: workspace }).stdout) as Sarif.Log;
  const config: E2eConfig = {
    ...(JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expectations.json'), 'utf8')) as Pick<
      E2eConfig,
      'expectations' | 'hover' | 'completion'
    >),
    resultsFile: options.resultsFile,
    extensionId: EXTENSION_ID,
    installedUnder: options.installedUnder,
    rules: sarif.runs[0]!.tool.driver.rules!.map((r) => r.id),
    oracle,
  };
  fs.writeFileSync(path.join(runDir, CONFIG_FILE), JSON.stringify(config, null, 2));
  return suite;
}

export function removeSuite(suite: string): void {
  fs.rmSync(path.dirname(suite), { recursive: true, force: true });
}

export interface SuiteResults {
  outcomes: TestOutcome[];
  failures: number;
}

/** Waits for the suite's results file (the extension host writes it when mocha ends). */
export async function waitForResults(
  resultsFile: string,
  timeoutMs: number,
  alive: () => string | undefined,
): Promise<SuiteResults> {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(resultsFile)) {
    const problem = alive();
    if (problem) throw new Error(problem);
    if (Date.now() > deadline)
      throw new Error(`the extension-host suite wrote no results within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as SuiteResults;
}
