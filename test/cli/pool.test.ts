import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI_FIXTURES, type CliRun, runCli } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/repo';
import { wordFile } from '../helpers/word';

// Many files are checked by worker threads (--jobs, by default the number of CPUs); the output is the
// same bytes as one thread's. THERAPY_LINT_WORKERS_ONLY=1 keeps the main thread from checking while a
// worker is alive, so that these runs surely go through the workers (a small folder would otherwise be
// done before a worker has loaded its knowledge base).
const WORKERS = { ...process.env, THERAPY_LINT_WORKERS_ONLY: '1' };

/** The summary line's time is the one thing two runs may differ in. */
const untimed = (stderr: string) => stderr.replace(/\(\d+ ms\)/g, '(… ms)');

function assertSameRun(pooled: CliRun, single: CliRun): void {
  assert.equal(pooled.stdout, single.stdout);
  assert.equal(untimed(pooled.stderr), untimed(single.stderr));
  assert.equal(pooled.status, single.status);
}

describe('CLI worker pool (--jobs)', function () {
  this.timeout(120_000);
  let dir: string;

  before(async () => {
    // A folder of every kind the CLI reads: the examples (Markdown, text, LaTeX), the CLI fixtures and a
    // Word file, checked by two workers (--jobs 3: this thread and two workers).
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-pool-'));
    const docx = await wordFile({
      blocks: [
        { heading: 1, text: 'Results' },
        { paragraph: ['Kymriah (tisagenlecleucel) was the first CAR T-cell therapy approved by the FDA in 2015.'] },
        { paragraph: ['CRES occurred in 12% of patients.'] },
      ],
    });
    fs.cpSync(path.join(REPO_ROOT, 'examples'), dir, { recursive: true });
    fs.cpSync(path.join(CLI_FIXTURES, 'notes'), path.join(dir, 'notes'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'results.docx'), docx);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ['text', 'json', 'sarif']) {
    it(`${format}: the pool writes the same bytes, messages and exit status as one thread`, () => {
      const single = runCli(['--jobs', '1', '--format', format, '.'], { cwd: dir });
      const pooled = runCli(['--jobs', '3', '--format', format, '.'], { cwd: dir, env: WORKERS });
      assert.ok(single.stdout.includes('results.docx'), 'the Word files were checked');
      assert.equal(single.status, 1, single.stderr);
      assertSameRun(pooled, single);
    });
  }

  it('--quiet and a file that cannot be checked: the others are still checked, the run exits 2', () => {
    const broken = path.join(dir, 'broken');
    fs.mkdirSync(broken);
    try {
      fs.writeFileSync(path.join(broken, 'damaged.docx'), 'not a zip');
      fs.writeFileSync(path.join(broken, 'old.doc'), 'a Word 97 file');
      fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'car-t-review.md'), path.join(broken, 'review.md'));
      const args = ['--quiet', '--format', 'json', '.'];
      const single = runCli(['--jobs', '1', ...args], { cwd: dir });
      const pooled = runCli(['--jobs', '3', ...args], { cwd: dir, env: WORKERS });
      assert.equal(single.status, 2);
      assert.match(single.stderr, /damaged\.docx: cannot be checked/);
      const files = (JSON.parse(single.stdout) as { file: string }[]).map((r) => r.file);
      assert.ok(files.includes(path.join('broken', 'review.md')), 'the file after the broken ones was checked');
      assertSameRun(pooled, single);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });

  it('a project file read by two threads is reported once, as on one thread', () => {
    const project = path.join(dir, 'project');
    fs.mkdirSync(project);
    try {
      fs.writeFileSync(path.join(project, '.therapy-lint.json'), '{ "rules": { "no-such-rule": "off" } }');
      for (const name of ['one.md', 'two.md', 'three.md', 'four.md'])
        fs.writeFileSync(path.join(project, name), 'CRES was seen in some patients.\n');
      const single = runCli(['--jobs', '1', '.'], { cwd: project });
      const pooled = runCli(['--jobs', '3', '.'], { cwd: project, env: WORKERS });
      assert.equal(single.stderr.match(/no-such-rule/g)?.length, 1, single.stderr);
      assertSameRun(pooled, single);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });

  it('--jobs takes a whole number, 1 or more', () => {
    for (const bad of ['0', '1.5', 'two']) {
      const run = runCli(['--jobs', bad, 'notes']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /--jobs .*: expected a whole number, 1 or more/);
    }
  });
});
