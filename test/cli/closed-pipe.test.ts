import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { BUNDLED_CLI, REPO_ROOT } from '../helpers/repo';

// `therapy-lint kb check | head`: a reader that closes the pipe before the CLI writes ends the output, not the run.
// The reader here closes its end at once, so every write meets a closed pipe (EPIPE), whatever the output's size.

/** Runs the CLI with its stdout read by nobody: the status and what it said on stderr. */
function runIntoClosedPipe(args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLED_CLI, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('CLI output into a closed pipe', () => {
  const example = path.join('examples', 'car-t-review.md');
  const outputs: (readonly string[])[] = [
    ['kb', 'check'],
    ['kb', 'check', '--format', 'json'],
    ['kb', 'stats'],
    ['kb', 'stats', '--format', 'json'],
    ['kb', 'export', '--format', 'cspell'],
    ['kb', 'export', '--format', 'ltex'],
    ['--help'],
    ['--version'],
    ['--format', 'json', example],
    ['--fix-dry-run', example],
  ];
  for (const args of outputs)
    it(`therapy-lint ${args.join(' ')}: ends quietly, with the status of a full read`, async () => {
      const full = runCli(args, { cwd: REPO_ROOT });
      const closed = await runIntoClosedPipe(args);
      assert.doesNotMatch(closed.stderr, /EPIPE|internal error|Unhandled|\n\s+at /, closed.stderr);
      assert.equal(closed.status, full.status, closed.stderr);
    });

  it('kb check of the built-in knowledge base exits 0 into a closed pipe', async () => {
    assert.equal((await runIntoClosedPipe(['kb', 'check'])).status, 0);
  });
});
