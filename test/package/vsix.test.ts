import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/repo';
import { zipEntryNames, zipEntryText } from '../helpers/zip';

// Packages the already-built bundles the way `npm run package` does and checks what users would install.
describe('the .vsix package', function () {
  this.timeout(60_000);
  let vsix: string;
  let names: string[];

  before(() => {
    vsix = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-vsix-')), 'therapy-lint.vsix');
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package-vsix.mjs'), '--out', vsix], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    });
    names = zipEntryNames(vsix)
      .filter((n) => n.startsWith('extension/'))
      .map((n) => n.slice('extension/'.length));
  });

  it('holds only bundles, data, grammars, docs and the icon', () => {
    const allowed = [
      /^package\.json$/,
      /^readme\.md$/,
      /^changelog\.md$/,
      /^LICENSE\.txt$/,
      /^images\/icon\.png$/,
      /^dist\/server\.js$/,
      /^dist\/server\.main\.js$/,
      /^dist\/word\.js$/,
      /^dist\/ajv\.js$/,
      /^dist\/client\/extension\.js$/,
      /^data\/[^/]+\.json$/,
      /^data\/schema\/[^/]+\.json$/,
      /^syntaxes\/[^/]+\.json$/,
    ];
    const unexpected = names.filter((n) => !allowed.some((pattern) => pattern.test(n)));
    assert.deepEqual(unexpected, [], 'files that should not ship');
    for (const forbidden of [/node_modules\//, /\.ts$/, /\.map$/, /^test\//, /^out\//, /^server\//, /^client\//]) {
      assert.deepEqual(
        names.filter((n) => forbidden.test(n)),
        [],
        `nothing matching ${forbidden}`,
      );
    }
  });

  it('holds everything the extension needs at run time', () => {
    for (const required of [
      'package.json',
      'readme.md',
      'changelog.md',
      'LICENSE.txt',
      'images/icon.png',
      'dist/server.js',
      'dist/server.main.js',
      'dist/word.js',
      'dist/ajv.js',
      'dist/client/extension.js',
    ]) {
      assert.ok(names.includes(required), `missing ${required}`);
    }
    const dataFiles = (dir: string) =>
      fs.existsSync(path.join(REPO_ROOT, dir))
        ? fs
            .readdirSync(path.join(REPO_ROOT, dir))
            .filter((n) => n.endsWith('.json'))
            .map((n) => `${dir}/${n}`)
        : [];
    for (const file of [...dataFiles('data'), ...dataFiles('data/schema'), ...dataFiles('syntaxes')])
      assert.ok(names.includes(file), `missing ${file}`);
  });

  it('holds every bundle a packaged bundle requires (the Word reader, the schema compiler)', () => {
    for (const bundle of names.filter((n) => n.startsWith('dist/') && n.endsWith('.js'))) {
      const code = zipEntryText(vsix, `extension/${bundle}`);
      for (const [, required] of code.matchAll(/\brequire\("(\.\/[^"]+)"\)/g))
        assert.ok(
          names.includes(path.posix.join(path.posix.dirname(bundle), required!)),
          `${bundle} requires ${required}`,
        );
    }
  });

  it('has a manifest VS Code 1.100 accepts, pointing at packaged files', () => {
    const manifest = JSON.parse(zipEntryText(vsix, 'extension/package.json')) as {
      main: string;
      icon: string;
      engines: { vscode: string };
      repository: { url: string };
      capabilities: { untrustedWorkspaces: { supported: boolean | string } };
      contributes?: { grammars?: { path: string }[] };
    };
    assert.ok(names.includes(path.posix.normalize(manifest.main)), `main ${manifest.main} is not packaged`);
    assert.ok(names.includes(manifest.icon), `icon ${manifest.icon} is not packaged`);
    for (const grammar of manifest.contributes?.grammars ?? [])
      assert.ok(names.includes(path.posix.normalize(grammar.path)), `grammar ${grammar.path} is not packaged`);
    const minor = /^\^1\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
    assert.ok(
      minor && Number(minor[1]) <= 100,
      `engines.vscode ${manifest.engines.vscode} must stay at or below ^1.100.0`,
    );
    assert.equal(manifest.repository.url, 'https://github.com/therapy-lint/therapy-lint');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  });
});
