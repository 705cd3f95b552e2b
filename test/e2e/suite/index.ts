import * as fs from 'node:fs';
import Mocha from 'mocha';
import { readConfig } from './config';

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

/**
 * The extension-host entry point (`extensionTestsPath`), as @vscode/test-electron and the code-server
 * runner both call it: runs the suite with mocha inside the real extension host, writes every test's
 * outcome to the results file, and rejects when a test failed.
 */
export async function run(): Promise<void> {
  const config = readConfig();
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  mocha.suite.emit('pre-require', globalThis, 'extension.e2e', mocha);
  await import('./extension.e2e');
  const outcomes: TestOutcome[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) => outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('pending', (test) => outcomes.push({ title: test.fullTitle(), state: 'pending' }));
    runner.on('fail', (test, error: Error) =>
      outcomes.push({ title: test.fullTitle(), state: 'failed', error: error.stack ?? String(error) }),
    );
  });
  fs.writeFileSync(config.resultsFile, JSON.stringify({ outcomes, failures }, null, 2));
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
