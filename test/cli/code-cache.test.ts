import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeCacheDir } from '../../server/src/startup/codeCache';
import { CLI_FIXTURES } from '../helpers/cli';
import { BUNDLED_CLI } from '../helpers/repo';

const example = path.join(CLI_FIXTURES, '..', '..', '..', 'examples', 'car-t-review.md');

function run(cacheSetting: string): { stdout: string; status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [BUNDLED_CLI, '--format', 'json', example], {
    encoding: 'utf8',
    env: { ...process.env, THERAPY_LINT_CODE_CACHE: cacheSetting },
    timeout: 30_000,
  });
  return { stdout: result.stdout, status: result.status, stderr: result.stderr };
}

describe('code cache (dist/cli.js and dist/server.js load their bundle with it)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cacheFiles = () => fs.readdirSync(dir).filter((n) => n.endsWith('.cache'));

  it('the first run writes the cache, later runs read it, and the output never changes', () => {
    const uncached = run('off');
    const first = run(dir);
    assert.equal(cacheFiles().length, 1, 'one cache file for the CLI bundle');
    const cached = run(dir);
    assert.equal(first.stdout, uncached.stdout);
    assert.equal(cached.stdout, uncached.stdout);
    assert.equal(cached.status, uncached.status);
    assert.ok(JSON.parse(cached.stdout)[0].diagnostics.length > 0, 'the example has findings');
  });

  it('a new build of the bundle replaces the cache of the old one', () => {
    const stale = path.join(dir, 'cli.main.js-1-2-3-x64.cache');
    fs.writeFileSync(stale, 'from an earlier build');
    const other = path.join(dir, 'server.main.js-1-2-3-x64.cache');
    fs.writeFileSync(other, 'the server bundle: not ours to remove');
    run(dir);
    assert.equal(fs.existsSync(stale), false);
    assert.equal(fs.existsSync(other), true);
    assert.equal(cacheFiles().length, 2);
  });

  it('a damaged cache is rejected and rewritten; "off" writes nothing', () => {
    const expected = run('off').stdout;
    assert.deepEqual(fs.readdirSync(dir), []);
    run(dir);
    const [file] = cacheFiles();
    fs.writeFileSync(path.join(dir, file!), Buffer.from('not a V8 code cache'));
    const result = run(dir);
    assert.equal(result.stdout, expected);
    assert.equal(result.stderr.includes('Error'), false, result.stderr);
    assert.ok(fs.statSync(path.join(dir, file!)).size > 1000, 'the cache was written again');
  });

  it('lives in the user cache folder unless set; never in a shared temporary folder', () => {
    assert.equal(codeCacheDir({ THERAPY_LINT_CODE_CACHE: 'off' }), undefined);
    assert.equal(codeCacheDir({ THERAPY_LINT_CODE_CACHE: '/some/dir' }), '/some/dir');
    assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/home/u/.cache' }), path.join('/home/u/.cache', 'therapy-lint'));
    if (process.platform === 'linux') assert.equal(codeCacheDir({}), path.join(os.homedir(), '.cache', 'therapy-lint'));
  });
});
