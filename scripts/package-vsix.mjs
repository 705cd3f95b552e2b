// Packages the .vsix from the bundles already in dist/ (`npm run package` builds them first).
// vsce refuses a package.json `files` list (which says what the npm package holds) beside a .vscodeignore
// (which says what the .vsix holds), so it packages a staged copy whose manifest has no `files`.
// Usage: node scripts/package-vsix.mjs [--out FILE]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outFlag = process.argv.indexOf('--out');
const out =
  outFlag > 0 && process.argv[outFlag + 1]
    ? resolve(process.argv[outFlag + 1])
    : join(root, `${manifest.name}-${manifest.version}.vsix`);
if (!existsSync(join(root, 'dist', 'server.js'))) {
  console.error('package-vsix: dist/ is not built: run `node scripts/build.mjs` first');
  process.exit(2);
}

const stage = mkdtempSync(join(tmpdir(), 'therapy-lint-vsix-'));
try {
  for (const entry of ['.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'images', 'dist', 'data', 'syntaxes'])
    cpSync(join(root, entry), join(stage, entry), { recursive: true });
  delete manifest.files;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {
    cwd: stage,
    stdio: 'inherit',
  });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
