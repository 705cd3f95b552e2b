import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { type JsonResult, runCli } from '../helpers/cli';
import { StdioLspClient } from '../helpers/lsp';

// One configuration for the CLI and the server: the same project files give the same findings in both.
const TEXT = 'Kymriah targets CD19. Tisagenlecleucal is given once. Zorbacell is new.\n';
const WORKSPACE_DATA = {
  sources: [{ id: 'TEAM-NOTES', title: 'Team notes', publisher: 'the team', kind: 'other', citation: 'Our notes' }],
  entities: [
    {
      id: 'zorbacel',
      type: 'product',
      name: 'Zorbacel',
      aliases: [
        { text: 'Zorbacel', kind: 'brand' },
        { text: 'Zorbacell', kind: 'misspelling' },
      ],
      definition: 'A product of the team.',
      sources: ['TEAM-NOTES'],
    },
  ],
};

describe('project files in the CLI and the server', function () {
  this.timeout(60_000);
  let dir: string;
  const write = (file: string, content: unknown) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  };
  const misspelled = (diagnostics: Diagnostic[]) =>
    diagnostics
      .filter((d) => d.code === 'misspelled-term')
      .map((d) => d.message)
      .sort();

  before(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-project-')));
    write('.therapy-lint.json', { rules: { 'misspelled-term': 'off' }, ignorePaths: ['drafts/**'] });
    write('promo/.therapy-lint.json', { rules: { 'misspelled-term': 'error' } });
    write('.therapy-lint/team.json', WORKSPACE_DATA);
    for (const file of ['docs/a.md', 'promo/b.md', 'drafts/c.md']) write(file, TEXT);
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('CLI: a nested file turns a rule back on for its folder; ignored paths are not checked; workspace data is read', () => {
    const run = runCli(['--format', 'json', '.'], { cwd: path.join(dir, 'docs') });
    assert.equal(run.status, 0, run.stderr);
    const fromDocs = JSON.parse(run.stdout) as JsonResult[];
    assert.deepEqual(
      fromDocs.map((r) => r.file),
      ['a.md'],
    );
    assert.deepEqual(misspelled(fromDocs[0]!.diagnostics), [], 'off in the parent file');

    const all = runCli(['--format', 'json', 'docs', 'promo', 'drafts'], { cwd: dir });
    assert.equal(all.status, 1, all.stderr);
    const results = JSON.parse(all.stdout) as JsonResult[];
    assert.deepEqual(
      results.map((r) => r.file),
      [path.join('docs', 'a.md'), path.join('promo', 'b.md')],
      'drafts/ is ignored',
    );
    const promo = results[1]!.diagnostics.filter((d) => d.code === 'misspelled-term');
    assert.deepEqual(
      promo.map((d) => d.severity),
      [1, 1],
    );
    assert.match(
      misspelled(promo)[1] ?? '',
      /"Zorbacell" is a misspelling of "Zorbacel"/,
      'the workspace data is used',
    );
    assert.match(all.stderr, /^therapy-lint: 2 files, /m);
  });

  it('CLI: a broken project file is one clear line, the run goes on and exits 2', () => {
    write('broken/.therapy-lint.json', '{ "rules": { "misspelled-term": "off" }, }');
    write('broken/d.md', TEXT);
    write('typo/.therapy-lint.json', { profil: 'patient' });
    write('typo/e.md', TEXT);
    const run = runCli(['broken', 'typo', 'docs'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^therapy-lint: broken\/\.therapy-lint\.json:1: error: not valid JSON/m);
    assert.match(
      run.stderr,
      /^therapy-lint: typo\/\.therapy-lint\.json:2: warning: unknown setting "profil" ignored; did you mean "profile"\?/m,
    );
    assert.match(run.stderr, /^therapy-lint: 3 files, /m, 'every file is still checked');
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });

  it('server: the same files give the same findings per folder, and a changed project file applies at once', async () => {
    const client = new StdioLspClient(() => null);
    try {
      const rootUri = pathToFileURL(dir).href;
      await client.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'project' }],
        initializationOptions: { debounceMs: 0 },
        capabilities: { workspace: { configuration: true } },
      });
      await client.connection.sendNotification('initialized', {});
      const open = (file: string) =>
        client.connection.sendNotification('textDocument/didOpen', {
          textDocument: {
            uri: pathToFileURL(path.join(dir, file)).href,
            languageId: 'markdown',
            version: 1,
            text: TEXT,
          },
        });
      const cli = JSON.parse(runCli(['--format', 'json', 'docs', 'promo'], { cwd: dir }).stdout) as JsonResult[];
      for (const [i, file] of ['docs/a.md', 'promo/b.md'].entries()) {
        await open(file);
        const published = await client.diagnostics(pathToFileURL(path.join(dir, file)).href, 1);
        assert.deepEqual(
          published.map((d) => [d.code, d.severity, d.message]),
          cli[i]!.diagnostics.map((d) => [d.code, d.severity, d.message]),
          file,
        );
      }
      await open('drafts/c.md');
      assert.deepEqual(await client.diagnostics(pathToFileURL(path.join(dir, 'drafts/c.md')).href, 1), []);

      // The nested file now turns the rule off too; then it is broken: a diagnostic on it, the parent applies.
      const promoConfig = pathToFileURL(path.join(dir, 'promo', '.therapy-lint.json')).href;
      const promoDoc = pathToFileURL(path.join(dir, 'promo', 'b.md')).href;
      const changed = () =>
        client.connection.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: promoConfig, type: 2 }],
        });
      client.published.length = 0;
      write('promo/.therapy-lint.json', '{ "rules": { "misspelled-term": "error" }, "profile": }');
      await changed();
      const problems = await client.diagnostics(promoConfig, undefined, (d) => d.length > 0);
      assert.match(problems[0]!.message, /^not valid JSON/);
      assert.deepEqual(misspelled(await client.diagnostics(promoDoc, 1)), []);
      client.published.length = 0;
      write('promo/.therapy-lint.json', { rules: { 'misspelled-term': 'warning' } });
      await changed();
      assert.deepEqual(await client.diagnostics(promoConfig), [], 'the fixed file has no problem left');
      const fixed = await client.diagnostics(promoDoc, 1, (d) => misspelled(d).length > 0);
      assert.deepEqual(
        fixed.filter((d) => d.code === 'misspelled-term').map((d) => d.severity),
        [2, 2],
      );
    } finally {
      await client.stop();
    }
  });
});
