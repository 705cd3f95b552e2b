import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildKnowledgeBase, schemaPath } from '../../server/src/kb/load';
import { LspClient } from './lspClient';

const CLI = path.resolve('dist', 'cli.js');

describe('bad input', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-bad-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('server: a binary or oversized document is skipped with one message per document', async () => {
    const client = new LspClient();
    try {
      await client.initialize({ debounceMs: 0, settings: { maxFileSize: 1000 } });
      assert.deepEqual(
        await client.open('file:///bad/binary.md', 'Kymriah\u0000\u0001\u0002 is approved for solid tumors.'),
        [],
      );
      assert.deepEqual(
        await client.open('file:///bad/large.md', 'Kymriah is approved for solid tumors. '.repeat(100)),
        [],
      );
      for (let version = 2; version <= 4; version++) {
        const published = client.diagnostics('file:///bad/binary.md', version);
        await client.notify('textDocument/didChange', {
          textDocument: { uri: 'file:///bad/binary.md', version },
          contentChanges: [{ text: `x\u0000 ${version}` }],
        });
        await published;
      }
      await new Promise((r) => setTimeout(r, 100));
      const binary = client.shownMessages.filter((m) => m.message.includes('binary.md'));
      const large = client.shownMessages.filter((m) => m.message.includes('large.md'));
      assert.equal(binary.length, 1, JSON.stringify(client.shownMessages));
      assert.match(binary[0]!.message, /binary/);
      assert.equal(large.length, 1);
      assert.match(large[0]!.message, /maxFileSize/);
    } finally {
      await client.stop();
    }
  });

  it('server: a document with thousands of findings publishes at most therapyLint.maxDiagnostics', async () => {
    const client = new LspClient();
    try {
      await client.initialize({ debounceMs: 0, settings: { maxDiagnostics: 50 } });
      const text = 'Kymriah is approved for multiple myeloma. CAR T cures cancer.\n\n'.repeat(2000);
      const published = await client.open('file:///bad/many.md', text);
      assert.equal(published.length, 50);
      assert.equal(published[0]!.code, 'omitted-findings');
      assert.match(published[0]!.message, /^[\d,]+ of [\d,]+ findings are not shown/);
      assert.ok(published.slice(1).every((d) => d.severity === 1));
    } finally {
      await client.stop();
    }
  });

  it('server: a malformed workspace data file is a diagnostic on that file naming the path', async () => {
    const root = path.join(dir, 'workspace');
    fs.mkdirSync(path.join(root, '.therapy-lint'), { recursive: true });
    const bad = path.join(root, '.therapy-lint', 'terms.json');
    fs.writeFileSync(
      bad,
      JSON.stringify(
        { entities: [{ id: 'x', type: 'product', name: 'X', aliases: 'not a list', definition: '', sources: [] }] },
        null,
        2,
      ),
    );
    const broken = path.join(root, '.therapy-lint', 'broken.json');
    fs.writeFileSync(broken, '{ "entities": [ ');
    const client = new LspClient();
    try {
      const badDiagnostics = client.diagnostics(pathToFileURL(bad).href);
      const brokenDiagnostics = client.diagnostics(pathToFileURL(broken).href);
      await client.initialize({ debounceMs: 0 }, pathToFileURL(root).href);
      const [first] = await badDiagnostics;
      assert.ok(first, 'a diagnostic on the bad file');
      assert.match(first.message, /\/entities\/0\/aliases/);
      assert.match((await brokenDiagnostics)[0]!.message, /JSON/);
      // The built-in knowledge base still works.
      assert.ok(
        (await client.request<unknown>('textDocument/hover', {
          textDocument: { uri: 'file:///none.md' },
          position: { line: 0, character: 0 },
        })) === null,
      );
      assert.ok(client.alive);
    } finally {
      await client.stop();
    }
  });

  it('CLI: skipped files get one stderr line each, user errors never print a stack trace', () => {
    const binary = path.join(dir, 'binary.md');
    fs.writeFileSync(binary, Buffer.from([0x4b, 0x79, 0x00, 0x01, 0xff, 0x00]));
    const large = path.join(dir, 'large.md');
    fs.writeFileSync(large, 'Kymriah is a CAR T-cell therapy. '.repeat(100));
    const config = path.join(dir, 'config.json');
    fs.writeFileSync(config, JSON.stringify({ maxFileSize: 1000, noSuchSetting: true }));
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

    const skipped = run('--config', config, binary, large);
    const lines = skipped.stderr.trim().split('\n');
    assert.equal(lines.filter((l) => l.includes('binary.md')).length, 1, skipped.stderr);
    assert.equal(lines.filter((l) => l.includes('large.md')).length, 1, skipped.stderr);
    assert.ok(
      lines.some((l) => /unknown setting "noSuchSetting"/.test(l)),
      'unknown settings are named in a warning',
    );

    for (const args of [
      [path.join(dir, 'missing.md')],
      ['--format', 'yaml', large],
      ['--config', binary, large],
      ['--db', path.join(dir, 'nope'), large],
      [],
    ]) {
      const result = run(...args);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.doesNotMatch(result.stderr, /\n\s+at .+:\d+:\d+/, `no stack trace for ${args.join(' ')}`);
    }
  });
});

describe('security: workspace data cannot bring regular expressions', () => {
  // The matcher compiles no pattern from data: terms are matched token by token. Keep it that way:
  // a schema property carrying a regex would let a workspace file hang the server.
  const schema = JSON.parse(fs.readFileSync(schemaPath(), 'utf8')) as unknown;

  it('the schema has no property that takes a pattern or regex', () => {
    const names: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'properties' || key === 'patternProperties') && value && typeof value === 'object')
            names.push(...Object.keys(value));
          walk(value);
        }
      }
    };
    walk(schema);
    assert.ok(names.length > 10, 'the schema was read');
    assert.deepEqual(
      names.filter((n) => /pattern|regex|regexp/i.test(n)),
      [],
    );
  });

  it('a workspace file with a regex field is rejected, not compiled', () => {
    const file = {
      file: '/ws/.therapy-lint/evil.json',
      text: JSON.stringify({
        entities: [
          {
            id: 'evil',
            type: 'process',
            name: 'evil',
            aliases: [{ text: 'evil', pattern: '(a+)+$' }],
            definition: 'x',
            sources: [],
          },
        ],
      }),
    };
    const { kb, problems } = buildKnowledgeBase([file]);
    assert.ok(
      problems.some((p) => p.file === file.file && /pattern/.test(p.message)),
      JSON.stringify(problems),
    );
    assert.equal(kb.entities.has('evil'), false);
  });
});
