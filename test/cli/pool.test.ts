import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pooledOutcomes } from '../../server/src/cli/pool';
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

  it('a worker is sent its next file before it answers the one it checks; the order stays that of the files', async () => {
    // This worker answers a file only once the next one has reached it (or at the last): a pool that sent a worker
    // one file at a time left it idle until this thread, often busy with a file of its own, sent the next. Without
    // a next file within seconds it answers "no next file", so that the test fails instead of hanging.
    const worker = path.join(dir, 'holding-worker.js');
    fs.writeFileSync(
      worker,
      `const { parentPort, workerData } = require('node:worker_threads');
      const { count } = workerData.therapyLintWorker;
      const held = [];
      let timer;
      const answer = (output) => parentPort.postMessage({ index: held.shift().index, outcome: {
        configLines: [], messages: [], raw: [], failed: false, badConfiguration: false, printed: true, output,
        counts: { files: 1, skipped: 0, errors: 0, warnings: 0, infos: 0, hints: 0 } } });
      parentPort.on('message', (task) => {
        clearTimeout(timer);
        held.push(task);
        if (held.length === 2) answer(held[0].file);
        if (task.index === count - 1) while (held.length) answer(held[0].file);
        else timer = setTimeout(() => answer('no next file after ' + held[0].file), 5000);
      });
      parentPort.postMessage('ready');`,
    );
    const files = ['one.md', 'two.md', 'three.md', 'four.md', 'five.md', 'six.md'];
    const setup = { rawSettings: undefined, format: 'text' as const, quiet: false, version: '0', baseDir: dir };
    const withCount = { ...setup, count: files.length };
    const checkHere = () => assert.fail('checked on the main thread while a worker was alive');
    const written: string[] = [];
    for await (const outcome of pooledOutcomes(files, checkHere, withCount, 2, worker, true))
      written.push(...outcome.pieces);
    assert.deepEqual(written, files);
  });

  it('a worker that dies fails the file it was checking; the file queued to it is checked by its replacement', async () => {
    const marker = path.join(dir, 'crashed-once');
    const worker = path.join(dir, 'crashing-worker.js');
    fs.writeFileSync(
      worker,
      `const { parentPort } = require('node:worker_threads');
      const fs = require('node:fs');
      parentPort.on('message', (task) => {
        if (task.file === 'crash.md' && !fs.existsSync(${JSON.stringify(marker)})) {
          fs.writeFileSync(${JSON.stringify(marker)}, '');
          process.exit(3);
        }
        parentPort.postMessage({ index: task.index, outcome: {
          configLines: [], messages: [], raw: [], failed: false, badConfiguration: false, printed: true,
          output: task.file, counts: { files: 1, skipped: 0, errors: 0, warnings: 0, infos: 0, hints: 0 } } });
      });
      parentPort.postMessage('ready');`,
    );
    const files = ['one.md', 'two.md', 'crash.md', 'four.md', 'five.md'];
    const setup = { rawSettings: undefined, format: 'text' as const, quiet: false, version: '0', baseDir: dir };
    const checkHere = () => assert.fail('checked on the main thread while a worker was alive');
    const written: string[] = [];
    const failed: string[] = [];
    for await (const outcome of pooledOutcomes(files, checkHere, setup, 2, worker, true)) {
      written.push(...outcome.pieces);
      if (outcome.failed) failed.push(...outcome.messages);
    }
    assert.deepEqual(written, ['one.md', 'two.md', 'four.md', 'five.md']);
    assert.equal(failed.length, 1);
    assert.match(failed[0]!, /crash\.md: internal error: the worker thread stopped \(exit code 3\)/);
  });

  it('--jobs takes a whole number, 1 or more', () => {
    for (const bad of ['0', '1.5', 'two']) {
      const run = runCli(['--jobs', bad, 'notes']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /--jobs .*: expected a whole number, 1 or more/);
    }
  });
});
