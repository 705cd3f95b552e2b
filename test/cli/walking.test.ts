import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CliRun, runCli } from '../helpers/cli';
import { StdioLspClient } from '../helpers/lsp';

// File walking over hostile shapes: FIFOs (reading one blocks forever), dangling links, links out of the
// folder (`docs/root -> /` must not crawl the file system) and link loops. Each run must end (runCli fails
// on its 30 s timeout), check the regular files, and name each left-out path on one stderr line.
describe('CLI file walking: FIFOs, dangling links, links out, loops', function () {
  this.timeout(120_000);
  let dir: string;
  const docs = (...parts: string[]) => path.join('docs', ...parts);
  const filesOf = (run: CliRun) => (JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file);
  const linesAbout = (run: CliRun, name: string) =>
    run.stderr.split('\n').filter((line) => line.startsWith('therapy-lint: ') && line.includes(name));

  before(function () {
    if (process.platform === 'win32') this.skip(); // no FIFOs; symlinks need privileges
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-walk-'));
    fs.mkdirSync(path.join(dir, 'docs', 'sub'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.writeFileSync(path.join(dir, 'docs', 'a.md'), 'Notes on the trial.\n');
    fs.writeFileSync(path.join(dir, 'docs', 'sub', 'b.md'), 'More notes.\n');
    fs.writeFileSync(path.join(dir, 'elsewhere', 'outside.md'), 'Outside the folder.\n');
    execFileSync('mkfifo', [path.join(dir, 'docs', 'pipe.md')]);
    fs.symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'docs', 'dangling.md'));
    fs.symlinkSync('/', path.join(dir, 'docs', 'root'));
    fs.symlinkSync('..', path.join(dir, 'docs', 'sub', 'loop'));
    fs.symlinkSync('loop-b.md', path.join(dir, 'docs', 'loop-a.md'));
    fs.symlinkSync('loop-a.md', path.join(dir, 'docs', 'loop-b.md'));
    fs.symlinkSync(path.join('..', 'elsewhere', 'outside.md'), path.join(dir, 'docs', 'out.md'));
    fs.symlinkSync('pipe.md', path.join(dir, 'docs', 'to-pipe.md'));
    fs.symlinkSync(path.join('sub', 'b.md'), path.join(dir, 'docs', 'inside.md'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  /** The left-out paths and what each stderr line must say about it. */
  const expectedProblems: [string, RegExp][] = [
    ['pipe.md', /FIFO/],
    ['dangling.md', /dangling symbolic link/],
    ['loop-a.md', /loop/],
    ['loop-b.md', /loop/],
    ['out.md', /outside the folders being checked/],
    ['to-pipe.md', /FIFO/],
  ];

  it('a folder with nothing to check says so on stderr (exit 0), and a folder beside it is still checked', () => {
    fs.mkdirSync(path.join(dir, 'figures'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'figures', 'plot.png'), 'not text');
    const run = runCli(['--format', 'json', 'figures', docs('sub')], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(filesOf(run), [docs('sub', 'b.md')]);
    assert.deepEqual(linesAbout(run, 'figures'), [
      'therapy-lint: figures: no .md, .txt, .tex or .docx file in this folder',
    ]);
  });

  it('a folder: regular files and links inside it are checked; each other path is one stderr line', () => {
    const run = runCli(['--format', 'json', 'docs'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(filesOf(run), [docs('a.md'), docs('inside.md'), docs('sub', 'b.md')]);
    for (const [name, message] of expectedProblems) {
      const lines = linesAbout(run, docs(name));
      assert.equal(lines.length, 1, `${name}:\n${run.stderr}`);
      assert.match(lines[0]!, message);
    }
    // docs/root -> / and docs/sub/loop -> .. are not followed.
    assert.match(linesAbout(run, docs('root'))[0] ?? '', /outside the folders being checked; not followed/);
    assert.match(linesAbout(run, docs('sub', 'loop'))[0] ?? '', /loop/);
    assert.match(run.stderr, /therapy-lint: 3 files,/);
  });

  it('a glob pattern: the same files and the same stderr lines (a FIFO it matches too), without crawling through docs/root -> /', () => {
    const run = runCli(['--format', 'json', 'docs/**/*.md'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(filesOf(run), [docs('a.md'), docs('inside.md'), docs('sub', 'b.md')]);
    for (const [name, message] of expectedProblems) {
      const lines = linesAbout(run, docs(name));
      assert.equal(lines.length, 1, `${name}:\n${run.stderr}`);
      assert.match(lines[0]!, message);
    }
    assert.match(linesAbout(run, docs('root'))[0] ?? '', /outside the folders being checked/);
  });

  it('a FIFO or a dangling link named on the command line or on stdin is one stderr line, and the rest is checked', () => {
    for (const run of [
      runCli(['--format', 'json', docs('pipe.md'), docs('dangling.md'), docs('a.md')], { cwd: dir }),
      runCli(['--format', 'json', '-'], {
        cwd: dir,
        input: `${docs('pipe.md')}\n${docs('dangling.md')}\n${docs('a.md')}\n`,
      }),
    ]) {
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(filesOf(run), [docs('a.md')]);
      assert.match(linesAbout(run, docs('pipe.md'))[0] ?? '', /a FIFO \(named pipe\), not a regular file; skipped/);
      assert.match(linesAbout(run, docs('dangling.md'))[0] ?? '', /dangling symbolic link/);
    }
  });

  it('a link named on the command line is followed wherever it points (the user chose it)', () => {
    const run = runCli(['--format', 'json', docs('out.md')], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(filesOf(run), [docs('out.md')]);
  });

  it('Lint Workspace (server) walks the same way and answers', async () => {
    const client = new StdioLspClient();
    try {
      await client.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(dir).href,
        capabilities: {},
        initializationOptions: { debounceMs: 0 },
      });
      await client.connection.sendNotification('initialized', {});
      const result = await client.connection.sendRequest('therapyLint/lintWorkspace');
      // docs/a.md, docs/inside.md, docs/sub/b.md and elsewhere/outside.md; docs/out.md is a link inside the root.
      assert.deepEqual(result, { files: 5, findings: 0 });
      const published = new Set(client.published.map((p) => p.uri));
      assert.ok(published.has(pathToFileURL(path.join(dir, 'docs', 'a.md')).href));
      assert.ok(!published.has(pathToFileURL(path.join(dir, 'docs', 'pipe.md')).href));
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});
