import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeCacheDir, codeCacheFile, encodeCodeCache, ownerOnly } from '../../server/src/startup/codeCache';
import { CLI_V8_FLAGS } from '../../server/src/startup/flags';
import { CLI_FIXTURES } from '../helpers/cli';
import { BUNDLED_CLI } from '../helpers/repo';

const example = path.join(CLI_FIXTURES, '..', '..', '..', 'examples', 'car-t-review.md');
const EXAMPLES = ['car-t-review.md', 'manuscript-citations.md', 'patient-leaflet.txt'].map((name) =>
  path.join(path.dirname(example), name),
);

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

  it('a new build keeps the caches of the three builds written last and removes older ones', () => {
    // Five earlier builds, written a day apart: build 1 the oldest.
    const earlier = [1, 2, 3, 4, 5].map((n) => {
      const file = path.join(dir, `cli.main.js-${n}-2-3-x64.cache`);
      fs.writeFileSync(file, 'from an earlier build');
      const written = Date.now() / 1000 - (6 - n) * 86_400;
      fs.utimesSync(file, written, written);
      return file;
    });
    const other = path.join(dir, 'server.main.js-1-2-3-x64.cache');
    fs.writeFileSync(other, 'the server bundle: not ours to remove');
    fs.utimesSync(other, 0, 0);
    run(dir);
    assert.deepEqual(
      earlier.map((file) => fs.existsSync(file)),
      [false, false, true, true, true],
    );
    assert.equal(fs.existsSync(other), true);
    assert.equal(cacheFiles().length, 5, "this build's cache, three earlier ones and the server's");
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
  describe("runs only the bundle's own code", () => {
    const bundle = path.join(path.dirname(BUNDLED_CLI), 'cli.main.js');
    let expected: string;
    before(() => (expected = run('off').stdout));

    /** What an attacker would plant: bytecode of other code, of the same length, that prints FORGED. */
    function forgedCache(): { data: Buffer; forgedHash: Buffer; bundleHash: Buffer } {
      const real = fs.readFileSync(bundle);
      const length = real.toString('utf8').length;
      const head = 'process.stdout.write("FORGED\\n");//';
      const forged = head + 'x'.repeat(length - head.length);
      // Compiled in a fresh Node under the CLI's flags: V8 rejects cached data made under other flags, and another
      // test file in this mocha process sets one (--expose-gc), which would make the planted cache fail for the
      // wrong reason.
      const compile = spawnSync(
        process.execPath,
        [
          ...CLI_V8_FLAGS.split(' '),
          '-e',
          `const vm = require('node:vm'); const Module = require('node:module');
           const source = require('node:fs').readFileSync(0, 'utf8');
           process.stdout.write(new vm.Script(Module.wrap(source), { filename: ${JSON.stringify(bundle)} })
             .createCachedData().toString('base64'));`,
        ],
        { input: forged, encoding: 'utf8', maxBuffer: 1 << 28 },
      );
      assert.equal(compile.status, 0, compile.stderr);
      return {
        data: Buffer.from(compile.stdout, 'base64'),
        forgedHash: createHash('sha256').update(forged).digest(),
        bundleHash: createHash('sha256').update(real).digest(),
      };
    }
    const plant = (hash: Buffer, data: Buffer, mode = 0o600) => {
      const file = codeCacheFile(dir, bundle, createHash('sha256').update(fs.readFileSync(bundle)).digest());
      fs.writeFileSync(file, encodeCodeCache(hash, data), { mode });
      fs.chmodSync(file, mode);
      return file;
    };

    it('a forged cache is real danger: written as the user, owner-only, with the right hash, it runs', () => {
      // The one case no check can catch: whoever writes files as this user can also change the bundle.
      const { data, bundleHash } = forgedCache();
      plant(bundleHash, data);
      assert.match(run(dir).stdout, /FORGED/);
    });

    it('a cache compiled from other code of the same length is discarded and rewritten', () => {
      const { data, forgedHash } = forgedCache();
      const file = plant(forgedHash, data);
      const result = run(dir);
      assert.equal(result.stdout, expected);
      assert.doesNotMatch(result.stdout + result.stderr, /FORGED/);
      assert.ok(fs.readFileSync(file).subarray(0, 32).equals(forgedCache().bundleHash), 'rewritten for the bundle');
      assert.equal(run(dir).stdout, expected);
    });

    it('worker threads read the cache under the same checks: a forged one never runs there either', () => {
      // Several files on two threads, the main thread only writing, so that a worker loads the bundle.
      const args = ['--jobs', '2', '--format', 'json', ...EXAMPLES];
      const single = spawnSync(process.execPath, [BUNDLED_CLI, '--jobs', '1', '--format', 'json', ...EXAMPLES], {
        encoding: 'utf8',
        env: { ...process.env, THERAPY_LINT_CODE_CACHE: 'off' },
      });
      const { data, forgedHash } = forgedCache();
      plant(forgedHash, data);
      const pooled = spawnSync(process.execPath, [BUNDLED_CLI, ...args], {
        encoding: 'utf8',
        env: { ...process.env, THERAPY_LINT_CODE_CACHE: dir, THERAPY_LINT_WORKERS_ONLY: '1' },
        timeout: 60_000,
      });
      assert.doesNotMatch(pooled.stdout + pooled.stderr, /FORGED/);
      assert.equal(pooled.stdout, single.stdout);
      assert.equal(pooled.status, single.status);
    });

    it('a cache file others can write is not read, and is replaced by an owner-only one', function () {
      if (process.platform === 'win32') this.skip(); // no POSIX modes
      const { data, bundleHash } = forgedCache();
      const file = plant(bundleHash, data, 0o666);
      const result = run(dir);
      assert.equal(result.stdout, expected);
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    });

    it('a cache folder others can write is neither read nor written, with a warning', function () {
      if (process.platform === 'win32') this.skip(); // no POSIX modes
      const { data, bundleHash } = forgedCache();
      const file = plant(bundleHash, data);
      fs.chmodSync(dir, 0o777);
      const result = run(dir);
      assert.equal(result.stdout, expected);
      assert.match(result.stderr, /code cache folder .* is not private to this user/);
      assert.ok(fs.readFileSync(file).subarray(32).equals(data), 'left as it was');
    });

    it('a folder it creates is 0700 and its files 0600', function () {
      if (process.platform === 'win32') this.skip(); // no POSIX modes
      const fresh = path.join(dir, 'new', 'cache');
      run(fresh);
      assert.equal(fs.statSync(fresh).mode & 0o777, 0o700);
      const [file] = fs.readdirSync(fresh);
      assert.equal(fs.statSync(path.join(fresh, file!)).mode & 0o777, 0o600);
    });

    it('owner-only means owned by this user and not writable by group or others', () => {
      const stat = (uid: number, mode: number) => ({ uid, mode }) as fs.Stats;
      assert.equal(ownerOnly(stat(1000, 0o40700), 1000), true);
      assert.equal(ownerOnly(stat(1000, 0o100644), 1000), true);
      assert.equal(ownerOnly(stat(1001, 0o40700), 1000), false);
      assert.equal(ownerOnly(stat(1000, 0o40770), 1000), false);
      assert.equal(ownerOnly(stat(1000, 0o100602), 1000), false);
      assert.equal(ownerOnly(stat(1001, 0o100600), undefined), true);
    });
  });
});
