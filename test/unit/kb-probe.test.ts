import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from '../helpers/service';

// The KB probe (test/fixtures/kb-probe, issue 13): false statements the knowledge base can judge (taxonomy,
// neighbours, China approvals, boxed warnings, trials, sponsors …) must be flagged and their true twins kept clean;
// correct statements about diseases, regulators and products the KB does not know must stay clean. The rows not yet
// as expected are listed in ratchet.json: any other row going wrong fails, and the list may only shrink
// (KB_PROBE_RATCHET=1 rewrites it with the rows still wrong, refusing to add one).

const ROOT = join(process.cwd(), 'test', 'fixtures', 'kb-probe');
const CLAIM_CODES = new Set(['unsupported-claim', 'overstated-claim']);
const RATCHET = process.env.KB_PROBE_RATCHET === '1';
const UNKNOWN_KINDS = new Set(['unknown-disease', 'unknown-regulator', 'unknown-product']);

interface Row {
  id: string;
  expect: 'ok' | 'flag';
  kind: string;
  text: string;
}

const rows: Row[] = readFileSync(join(ROOT, 'probe.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [id, expect, kind, sentence] = line.split('\t');
    assert.ok(expect === 'ok' || expect === 'flag', `probe.tsv: bad expectation in "${line}"`);
    assert.ok(id && kind && sentence, `probe.tsv: incomplete row "${line}"`);
    return { id, expect, kind, text: sentence.replaceAll('\\n', '\n') };
  });

describe('KB probe (test/fixtures/kb-probe)', () => {
  it('has a true twin for every false row, and only correct rows about unknown entities', () => {
    for (const kind of new Set(rows.map((r) => r.kind))) {
      const of = rows.filter((r) => r.kind === kind);
      const flags = of.filter((r) => r.expect === 'flag').length;
      if (UNKNOWN_KINDS.has(kind)) assert.equal(flags, 0, `${kind}: a row about an unknown entity cannot be false`);
      else assert.equal(flags, of.length - flags, `${kind}: false rows and true twins differ in number`);
    }
    assert.ok(rows.filter((r) => UNKNOWN_KINDS.has(r.kind)).length >= 30);
  });

  it('gets no row wrong beyond those listed in ratchet.json', function () {
    this.timeout(60000);
    const lint = service();
    // Each row is its own document, so a heading or table header never gives context to another row.
    const flagged = (r: Row) =>
      lint
        .diagnostics(TextDocument.create(`file:///kb-probe-${r.id}.md`, 'markdown', 1, `${r.text}\n`))
        .some((d) => CLAIM_CODES.has(String(d.code)));
    const results = rows.map((r) => ({ r, got: flagged(r) }));
    const label = (r: Row) => `${r.id} ${r.expect} ${r.kind}: ${r.text.replaceAll('\n', ' / ')}`;
    const wrong = results.filter(({ r, got }) => (r.expect === 'flag') !== got).map(({ r }) => label(r));
    const judgeable = results.filter(({ r }) => r.expect === 'flag');
    const caught = judgeable.filter(({ got }) => got).length;
    const unknown = results.filter(({ r }) => UNKNOWN_KINDS.has(r.kind));
    const twins = results.filter(({ r }) => r.expect === 'ok' && !UNKNOWN_KINDS.has(r.kind));
    console.log(
      `      recall ${caught}/${judgeable.length}, false alarms on unknown entities ${unknown.filter(({ got }) => got).length}/${unknown.length}, on true twins ${twins.filter(({ got }) => got).length}/${twins.length}`,
    );
    const known: string[] = JSON.parse(readFileSync(join(ROOT, 'ratchet.json'), 'utf8')).wrong;
    assert.deepEqual(
      wrong.filter((w) => !known.includes(w)),
      [],
      'rows that were right are now wrong',
    );
    if (RATCHET) writeFileSync(join(ROOT, 'ratchet.json'), `${JSON.stringify({ wrong }, null, 2)}\n`);
    else
      assert.deepEqual(
        known.filter((w) => !wrong.includes(w)),
        [],
        'rows now right: run KB_PROBE_RATCHET=1 to tighten ratchet.json',
      );
  });
});
