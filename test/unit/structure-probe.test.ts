import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from '../helpers/service';

// The structure probe (test/fixtures/structure-probe): correct statements worded around the structural causes of
// false alarms (risk nouns, contrast and exclusion scope, restricted firsts, lists, apposition …) must stay clean,
// and the false ones must be flagged, except those noted as a known miss.

const FILE = join(process.cwd(), 'test', 'fixtures', 'structure-probe', 'probe.tsv');
const CLAIM_CODES = new Set(['unsupported-claim', 'overstated-claim']);

interface Row {
  expect: 'clean' | 'flag';
  cause: string;
  sentence: string;
  note: string;
}

const rows: Row[] = readFileSync(FILE, 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => {
    const [expect, cause, sentence, note] = line.split('\t');
    assert.ok(expect === 'clean' || expect === 'flag', `probe.tsv: bad expectation in "${line}"`);
    return { expect, cause: cause!, sentence: sentence!, note: note ?? '' };
  });

describe('structure probe (test/fixtures/structure-probe)', () => {
  it('has correct and false statements for every cause', () => {
    assert.ok(rows.length >= 40);
    assert.ok(rows.filter((r) => r.expect === 'clean').length >= 20);
    assert.ok(rows.filter((r) => r.expect === 'flag').length >= 10);
  });

  it('leaves the correct statements clean and flags the false ones', function () {
    this.timeout(60000);
    const lint = service();
    // One paragraph per sentence: line 2k holds row k.
    const document = TextDocument.create(
      'file:///probe.md',
      'markdown',
      1,
      `${rows.map((r) => r.sentence).join('\n\n')}\n`,
    );
    const flaggedLines = new Set(
      lint
        .diagnostics(document)
        .filter((d) => CLAIM_CODES.has(String(d.code)))
        .map((d) => d.range.start.line),
    );
    const wrong = rows.filter((r, k) => (r.expect === 'flag') !== flaggedLines.has(2 * k));
    const knownMisses = wrong.filter((r) => r.expect === 'flag' && r.note.startsWith('known miss'));
    console.log(`      ${rows.length - wrong.length}/${rows.length} as expected; known misses: ${knownMisses.length}`);
    assert.deepEqual(
      wrong.filter((r) => !knownMisses.includes(r)).map((r) => `${r.expect} ${r.cause}: ${r.sentence}`),
      [],
    );
  });
});
