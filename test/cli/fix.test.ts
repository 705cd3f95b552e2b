import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/repo';

// --fix writes the fixes that need no choice and reports what is left; --fix-dry-run prints them as a
// unified diff that `patch` applies to give exactly what --fix writes.
describe('CLI --fix and --fix-dry-run', function () {
  this.timeout(120_000);
  let dir: string;
  const copyExamples = (name: string) => {
    const to = path.join(dir, name);
    fs.cpSync(path.join(REPO_ROOT, 'examples'), to, { recursive: true });
    return to;
  };
  const read = (folder: string) =>
    Object.fromEntries(fs.readdirSync(folder).map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-fix-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('the dry run changes no file and prints the diff that --fix then writes', function () {
    const dry = copyExamples('dry');
    const original = read(dry);
    const run = runCli(['--fix-dry-run', '.'], { cwd: dry });
    assert.deepEqual(read(dry), original, 'nothing written');
    assert.match(run.stdout, /^--- a\/car-t-review\.md\n\+\+\+ b\/car-t-review\.md\n@@ -\d+,\d+ \+\d+,\d+ @@\n/m);
    assert.match(run.stderr, /^therapy-lint: car-t-review\.md:\d+:\d+ would fix undefined-abbreviation: Expand to "/m);

    const fixed = copyExamples('fixed');
    const fix = runCli(['--fix', '.'], { cwd: fixed });
    const changes = fix.stderr.split('\n').filter((line) => / fixed /.test(line));
    assert.equal(changes.length, run.stderr.split('\n').filter((line) => / would fix /.test(line)).length);
    assert.ok(changes.length >= 5, fix.stderr);
    assert.equal(fix.status, run.status, 'the same exit status: both report what is left');

    const patched = copyExamples('patched');
    execFileSync('patch', ['-p1', '--quiet'], { cwd: patched, input: run.stdout });
    assert.deepEqual(read(patched), read(fixed), 'the diff is what --fix writes');
    assert.notDeepEqual(read(fixed), original);

    const again = runCli(['--fix', '.'], { cwd: fixed });
    assert.deepEqual(
      again.stderr.split('\n').filter((line) => / fixed /.test(line)),
      [],
      'a fixed folder has nothing left to fix',
    );
  });

  it('--fix-dry-run with another format is bad usage', () => {
    const run = runCli(['--fix-dry-run', '--format', 'json', 'x.md']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--fix-dry-run prints a diff/);
  });
});
