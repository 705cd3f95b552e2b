import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/repo';
import { MANUSCRIPT, wordFile } from '../helpers/word';

interface PackedFile {
  path: string;
  size: number;
}

// The CLI as someone outside the clone gets it: the `npm pack` tarball of the already-built bundles,
// installed offline with an empty npm cache into a fresh folder, so that anything it needs beyond the
// tarball (a run-time dependency, a file left out of `files`) fails the install or the run.
describe('the npm package (tarball installed outside the clone)', function () {
  this.timeout(180_000);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  let work: string;
  let project: string;
  let tarball: string;
  let packed: PackedFile[];
  let environment: NodeJS.ProcessEnv;

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-pack-'));
    // No cache and no network: whatever is not in the tarball cannot be fetched.
    environment = {
      ...process.env,
      npm_config_cache: path.join(work, 'npm-cache'),
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      npm_config_loglevel: 'error',
    };
    // --ignore-scripts: the test run has just built dist/ (prepare would build it again).
    const report = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: REPO_ROOT,
      env: environment,
      encoding: 'utf8',
    });
    const [entry] = JSON.parse(report) as { filename: string; files: PackedFile[] }[];
    tarball = path.join(work, entry!.filename);
    packed = entry!.files;
    project = path.join(work, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "writer-project", "private": true }\n');
    const install = spawnSync(npm, ['install', '--offline', '--no-audit', '--no-fund', tarball], {
      cwd: project,
      env: environment,
      encoding: 'utf8',
    });
    assert.equal(install.status, 0, `npm install of the tarball failed:\n${install.stderr}`);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  const names = () => packed.map((f) => f.path);

  it('ships the bundles, the knowledge base, its schemas, the grammars and the docs, and nothing else', () => {
    const allowed = [
      /^package\.json$/,
      /^README\.md$/,
      /^CHANGELOG\.md$/,
      /^LICENSE$/,
      /^images\/icon\.png$/,
      /^dist\/[a-z.]+\.js$/,
      /^data\/[^/]+\.json$/,
      /^data\/schema\/[^/]+\.json$/,
      /^syntaxes\/[^/]+\.json$/,
    ];
    assert.deepEqual(
      names().filter((n) => !allowed.some((pattern) => pattern.test(n))),
      [],
      'files that should not ship',
    );
    for (const required of ['dist/cli.js', 'dist/cli.main.js', 'dist/word.js', 'README.md', 'LICENSE'])
      assert.ok(names().includes(required), `missing ${required}`);
    for (const dir of ['data', 'data/schema', 'syntaxes'])
      for (const file of fs.readdirSync(path.join(REPO_ROOT, dir)).filter((n) => n.endsWith('.json')))
        assert.ok(names().includes(`${dir}/${file}`), `missing ${dir}/${file}`);
  });

  it('ships every bundle a shipped bundle requires, and declares no run-time dependency', () => {
    for (const bundle of names().filter((n) => n.startsWith('dist/') && n.endsWith('.js'))) {
      const code = fs.readFileSync(path.join(REPO_ROOT, bundle), 'utf8');
      for (const [, required] of code.matchAll(/\brequire\("(\.\/[^"]+)"\)/g))
        assert.ok(names().includes(path.posix.join('dist', required!)), `${bundle} requires ${required}, not shipped`);
    }
    const manifest = JSON.parse(
      fs.readFileSync(path.join(project, 'node_modules', 'therapy-lint', 'package.json'), 'utf8'),
    ) as { dependencies?: object };
    assert.deepEqual(manifest.dependencies ?? {}, {});
  });

  it('runs `npx therapy-lint` from the fresh folder on an example and shows its findings', () => {
    fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'car-t-review.md'), path.join(project, 'review.md'));
    const run = spawnSync(npx, ['--no', '--', 'therapy-lint', '--format', 'json', 'review.md'], {
      cwd: project,
      env: environment,
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, `exit 1 (findings) expected:\n${run.stderr}`);
    const [file] = JSON.parse(run.stdout) as { diagnostics: { code: string; message: string }[] }[];
    const codes = new Set(file!.diagnostics.map((d) => d.code));
    assert.ok(codes.has('unsupported-claim'), [...codes].join(', '));
    // The knowledge base shipped in the tarball is the one read.
    assert.ok(file!.diagnostics.some((d) => /Kymriah|Abecma|Yescarta|CAR[ -]T/.test(d.message)));
  });

  it('reads a Word file there (the Word bundle shipped beside the CLI)', async () => {
    fs.writeFileSync(path.join(project, 'paper.docx'), await wordFile(MANUSCRIPT));
    const run = spawnSync(npx, ['--no', '--', 'therapy-lint', '--format', 'json', 'paper.docx'], {
      cwd: project,
      env: environment,
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, `exit 1 (findings) expected:\n${run.stderr}`);
    const [file] = JSON.parse(run.stdout) as { diagnostics: { code: string; location?: { label: string } }[] }[];
    const claim = file!.diagnostics.find((d) => d.code === 'unsupported-claim');
    assert.equal(claim?.location?.label, '¶4');
  });

  it('runs the README’s pre-commit hook as written, on staged Markdown and Word files', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const hook = /```sh\n(#!\/bin\/sh\n[^`]*git diff --cached[^`]*)```/.exec(readme)?.[1];
    assert.ok(hook, 'the README has a pre-commit hook');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: project, encoding: 'utf8' });
    git('init', '--quiet');
    git('add', 'review.md', 'paper.docx');
    const run = spawnSync('sh', ['-c', hook], { cwd: project, env: environment, encoding: 'utf8' });
    assert.equal(run.status, 1, `the hook stops the commit:\n${run.stderr}`);
    assert.match(run.stdout, /^review\.md:\d+:\d+ error unsupported-claim /m);
    assert.match(run.stdout, /^paper\.docx:¶4 error unsupported-claim /m);
    assert.doesNotMatch(run.stdout, / warning /, '--quiet: errors only');
  });

  it('runs the README’s GitHub Actions lint step as written, writing SARIF', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const step = /^\s+run: (npx --no-install therapy-lint --format sarif .*)$/m.exec(readme)?.[1];
    assert.ok(step, 'the README has a SARIF lint step');
    fs.mkdirSync(path.join(project, 'docs'), { recursive: true });
    fs.copyFileSync(path.join(project, 'review.md'), path.join(project, 'docs', 'review.md'));
    const run = spawnSync('sh', ['-c', step], { cwd: project, env: environment, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const sarif = JSON.parse(fs.readFileSync(path.join(project, 'therapy-lint.sarif'), 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0]!.results.some((r) => r.ruleId === 'unsupported-claim'));
  });

  it('loads its schema compiler (for a schema other than the built-in one) with no other package installed', () => {
    const run = spawnSync(process.execPath, ['-e', 'console.log(typeof require("./ajv.js").default)'], {
      cwd: path.join(project, 'node_modules', 'therapy-lint', 'dist'),
      encoding: 'utf8',
    });
    assert.equal(run.stdout.trim(), 'function', run.stderr);
  });
});
