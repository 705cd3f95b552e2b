import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUNDLED_CLI, REPO_ROOT } from '../helpers/repo';

describe('CLI start-up', () => {
  it('requires no package at run time and loads no Node module it does not need', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-startup-'));
    try {
      // Preloaded: logs every module request that is neither a Node built-in nor a file path.
      const hook = path.join(dir, 'hook.js');
      fs.writeFileSync(
        hook,
        `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (!/^[./]/.test(request) && !Module.isBuiltin(request)) process.stderr.write('PACKAGE ' + request + '\\n');
  return load.call(this, request, ...rest);
};
process.on('exit', () => process.stderr.write(process.moduleLoadList.map((m) => 'LOADED ' + m + '\\n').join('')));\n`,
      );
      const result = spawnSync(
        process.execPath,
        ['-r', hook, BUNDLED_CLI, '--format', 'json', path.join(REPO_ROOT, 'examples', 'car-t-review.md')],
        { encoding: 'utf8', env: { ...process.env, THERAPY_LINT_CODE_CACHE: 'off' }, timeout: 60_000 },
      );
      assert.ok(result.stdout.startsWith('['), result.stderr);
      assert.deepEqual(result.stderr.match(/^PACKAGE .*$/gm) ?? [], []);
      // Node's own modules a check does not need: perf_hooks (a timer) cost a few milliseconds to load.
      assert.ok(result.stderr.includes('LOADED NativeModule fs\n'), 'the module list is read');
      assert.ok(!result.stderr.includes('LOADED NativeModule perf_hooks\n'), 'perf_hooks is not loaded');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compiles each regular expression once, to machine code (no interpreted first use)', () => {
    // V8 says when a regular expression interpreted at its first use is compiled again at its second.
    const result = spawnSync(
      process.execPath,
      ['--trace-regexp-tier-up', BUNDLED_CLI, path.join(REPO_ROOT, 'examples', 'car-t-review.md')],
      { encoding: 'utf8', env: { ...process.env, THERAPY_LINT_CODE_CACHE: 'off' }, timeout: 60_000 },
    );
    assert.ok(/car-t-review\.md:\d+:\d+ /.test(result.stdout), result.stderr);
    assert.deepEqual(result.stdout.match(/^JSRegExp object .* needs tier-up compilation$/gm)?.slice(0, 3) ?? [], []);
    assert.ok(/^JSRegExp object .* native code size/m.test(result.stdout), 'the trace is read');
  });
});
