import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';

// `therapy-lint kb check|stats|export`, run as a user would, on the built-in knowledge base and on small --db folders
// whose every problem is known.

const source = (id: string, published: string) => ({
  id,
  title: `Source ${id}`,
  publisher: 'Test',
  kind: 'regulator',
  url: `https://example.org/${id}`,
  published,
});
const disease = {
  id: 'test-disease',
  type: 'indication',
  name: 'test disease',
  aliases: [{ text: 'test disease' }],
  definition: 'A disease for the test.',
  sources: ['NEW'],
};
const product = (approvalSource: string) => ({
  id: 'zorbicel',
  type: 'product',
  name: 'zorbicabtagene autoleucel',
  modality: 'car-t',
  aliases: [
    { text: 'Zorbify', kind: 'brand' },
    { text: 'zorbicabtagene autoleucel', kind: 'inn' },
    { text: 'zorbicabtagine', kind: 'misspelling', sources: ['NEW'] },
  ],
  definition: 'A product for the test.',
  approvals: [
    {
      regulator: 'FDA',
      indication: 'test-disease',
      label: 'Test disease',
      date: '2019-05-01',
      population: { adults: true, pediatric: false, text: 'adults' },
      sources: [approvalSource],
    },
  ],
  regulatoryEvents: [
    {
      regulator: 'FDA',
      status: 'under-review',
      indication: 'test-disease',
      decisionDate: '2026-06-30',
      text: 'Under FDA review for a second line, decision expected by June 2026.',
      sources: ['NEW'],
    },
  ],
  sources: ['NEW'],
});

describe('therapy-lint kb', () => {
  let dir: string;
  const write = (entities: unknown[], sources = [source('NEW', '2026-09-01'), source('OLD', '2019-05-01')]) => {
    fs.writeFileSync(
      path.join(dir, 'meta.json'),
      JSON.stringify({ meta: { name: 'test', asOf: '2026-12-02', description: 'test' } }),
    );
    fs.writeFileSync(path.join(dir, 'sources.json'), JSON.stringify({ sources }));
    fs.writeFileSync(path.join(dir, 'entities.json'), JSON.stringify({ entities }));
  };
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-kb-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check: the built-in knowledge base has no errors', () => {
    const run = runCli(['kb', 'check', '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const items = JSON.parse(run.stdout) as { severity: string }[];
    assert.deepEqual(
      items.filter((i) => i.severity === 'error'),
      [],
    );
    assert.match(run.stderr, /0 errors/);
  });

  it('check: an approval whose newest source is over a year old, and a decision past its date, are warnings', () => {
    write([disease, product('OLD')]);
    const run = runCli(['kb', 'check', '--format', 'json', '--db', dir]);
    assert.equal(run.status, 0, run.stderr);
    const items = JSON.parse(run.stdout) as { severity: string; pointer: string; message: string }[];
    assert.deepEqual(
      items.map((i) => [i.severity, i.pointer]),
      [
        ['warning', '/entities/zorbicel/approvals/0'],
        ['warning', '/entities/zorbicel/regulatoryEvents/0'],
      ],
    );
    assert.match(items[0]!.message, /stale.*2019-05-01/);
    assert.match(items[1]!.message, /past its date.*2026-06-30/);
    assert.equal(runCli(['kb', 'check', '--db', dir, '--max-warnings', '1']).status, 1);
  });

  it('check: a current source clears the warning; an unknown source id is an error (exit 1)', () => {
    write([disease, { ...product('NEW'), regulatoryEvents: undefined }]);
    const clean = runCli(['kb', 'check', '--format', 'json', '--db', dir]);
    assert.equal(clean.status, 0, clean.stderr);
    assert.deepEqual(JSON.parse(clean.stdout), []);
    write([disease, product('NOWHERE')]);
    const run = runCli(['kb', 'check', '--db', dir]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /error unknown source id "NOWHERE"/);
  });

  it('check: two amounts of one measure on the same days, or a period ending before it starts, are errors', () => {
    const amount = (value: number, since?: string, until?: string) => ({
      measure: 'driving-restriction',
      value,
      unit: 'week',
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
      text: `No driving for ${value} weeks.`,
      sources: ['NEW'],
    });
    const withAmounts = (quantities: unknown[]) => [
      disease,
      { ...product('NEW'), regulatoryEvents: undefined, quantities },
    ];
    write(withAmounts([amount(8, undefined, '2025-06-26'), amount(2, '2025-06-26')]));
    const clean = runCli(['kb', 'check', '--format', 'json', '--db', dir]);
    assert.deepEqual(JSON.parse(clean.stdout), []);
    write(
      withAmounts([amount(8, undefined, '2025-07-01'), amount(2, '2025-06-26'), amount(4, '2025-01-01', '2024-01-01')]),
    );
    const run = runCli(['kb', 'check', '--format', 'json', '--db', dir]);
    assert.equal(run.status, 1);
    const items = JSON.parse(run.stdout) as { severity: string; pointer: string; message: string }[];
    assert.deepEqual(
      items.map((i) => [i.severity, i.pointer]),
      [
        ['error', '/entities/zorbicel/quantities/1'],
        ['error', '/entities/zorbicel/quantities/2'],
      ],
    );
    assert.match(items[0]!.message, /2 week holds on the same days as \/quantities\/0 \(8 week\)/);
    assert.match(items[1]!.message, /ends \(2024-01-01\) before it starts/);
  });

  it('stats: entities by type, facts by kind and by their best source, sources by kind', () => {
    write([disease, product('OLD')]);
    const run = runCli(['kb', 'stats', '--format', 'json', '--db', dir]);
    assert.equal(run.status, 0, run.stderr);
    const stats = JSON.parse(run.stdout);
    assert.equal(stats.asOf, '2026-12-02');
    assert.deepEqual(stats.entitiesByType, { indication: 1, product: 1 });
    assert.deepEqual(stats.factsByKind, { definitions: 2, aliases: 1, approvals: 1, regulatoryEvents: 1 });
    assert.equal(stats.sourcesByKind.regulator, 2);
    assert.equal(stats.factsByBestSource.regulator, 5);
    assert.match(runCli(['kb', 'stats', '--db', dir]).stdout, /entities by type: indication 1, product 1/);
  });

  it('export: the glossary words a spell checker lacks, in each tool’s format; never a misspelling', () => {
    write([disease, product('NEW')]);
    const words = (format: string) => {
      const run = runCli(['kb', 'export', '--format', format, '--db', dir]);
      assert.equal(run.status, 0, run.stderr);
      return run.stdout;
    };
    const cspell = words('cspell').trim().split('\n');
    assert.ok(cspell.includes('Zorbify') && cspell.includes('zorbicabtagene'), cspell.join(' '));
    assert.ok(!cspell.includes('zorbicabtagine'), 'a misspelling alias is not a word to accept');
    assert.ok(!cspell.includes('disease') && !cspell.includes('test'), 'ordinary English words are left out');
    assert.deepEqual(words('harper').trim().split('\n'), cspell);
    const vale = words('vale').trim().split('\n');
    assert.ok(vale.includes('Zorbify') && vale.includes('(?i)zorbicabtagene'), vale.join(' '));
    assert.deepEqual(JSON.parse(words('ltex'))['ltex.dictionary']['en-US'], cspell);
    const builtIn = runCli(['kb', 'export', '--format', 'cspell']).stdout.split('\n');
    assert.ok(builtIn.includes('tisagenlecleucel') && builtIn.includes('Kymriah'));
  });

  it('bad usage exits 2 with a message', () => {
    const run = runCli(['kb', 'export', '--format', 'hunspell']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cspell, vale, ltex, harper/);
    assert.equal(runCli(['kb', 'stats', 'extra.md']).status, 2);
  });
});
