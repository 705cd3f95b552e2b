import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from '../helpers/service';

// The recall probe (test/fixtures/recall-probe): false statements in the shapes that used to pass (hedges, false
// premises, table rows and bullets, headings, approval predicates, quantities …) must be flagged, and their true
// twins of the same shape must stay clean. Rows whose note starts with "known miss" are reported, not failed.

const FILE = join(process.cwd(), 'test', 'fixtures', 'recall-probe', 'probe.tsv');
const CLAIM_CODES = new Set(['unsupported-claim', 'overstated-claim']);

interface Row {
  id: string;
  expect: 'ok' | 'flag';
  cause: string;
  text: string;
  note: string;
}

const rows: Row[] = readFileSync(FILE, 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => {
    const [id, expect, cause, sentence, note] = line.split('\t');
    assert.ok(expect === 'ok' || expect === 'flag', `probe.tsv: bad expectation in "${line}"`);
    return { id: id!, expect, cause: cause!, text: sentence!.replaceAll('\\n', '\n'), note: note ?? '' };
  });

describe('recall probe (test/fixtures/recall-probe)', () => {
  it('has a false statement and a true twin for every cause', () => {
    const causes = new Set(rows.map((r) => r.cause));
    for (const cause of causes) {
      assert.ok(
        rows.some((r) => r.cause === cause && r.expect === 'flag') &&
          rows.some((r) => r.cause === cause && r.expect === 'ok'),
        cause,
      );
    }
  });

  it('flags the false statements and leaves their true twins clean', function () {
    this.timeout(60000);
    const lint = service();
    // Each row is its own document, so a heading or table header never gives context to another row.
    const flagged = (r: Row) =>
      lint
        .diagnostics(TextDocument.create(`file:///recall-${r.id}.md`, 'markdown', 1, `${r.text}\n`))
        .some((d) => CLAIM_CODES.has(String(d.code)));
    const results = rows.map((r) => ({ r, got: flagged(r) }));
    const perCause = new Map<string, { caught: number; flags: number }>();
    for (const { r, got } of results) {
      if (r.expect !== 'flag') continue;
      const t = perCause.get(r.cause) ?? { caught: 0, flags: 0 };
      t.flags++;
      if (got) t.caught++;
      perCause.set(r.cause, t);
    }
    const caught = results.filter(({ r, got }) => r.expect === 'flag' && got).length;
    const flags = rows.filter((r) => r.expect === 'flag').length;
    console.log(
      `      recall ${caught}/${flags}: ${[...perCause].map(([c, t]) => `${c} ${t.caught}/${t.flags}`).join(', ')}`,
    );
    const wrong = results.filter(({ r, got }) => (r.expect === 'flag') !== got).map(({ r }) => r);
    const unexpected = wrong.filter((r) => !(r.expect === 'flag' && r.note.startsWith('known miss')));
    assert.deepEqual(
      unexpected.map((r) => `${r.id} expected ${r.expect}: ${JSON.stringify(r.text)}`),
      [],
    );
    // A known miss that is now caught must lose its note, so the probe's floor only rises.
    const fixed = rows.filter((r) => r.note.startsWith('known miss') && !wrong.includes(r));
    assert.deepEqual(
      fixed.map((r) => `${r.id} is caught now; drop its "known miss" note`),
      [],
    );
  });
});
