import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from './service';

// A precision probe (test/fixtures/precision-probe-N): per cause, invented correct sentences that must stay clean
// and false twins of the same shape that must be flagged. A row may hold a heading: "\n" in the sentence starts a
// new line. The rows not yet as expected are listed in ratchet.json: any other row going wrong fails, and the list
// may only shrink (PRECISION_PROBE_RATCHET=1 rewrites it with the rows still wrong, refusing to add one).

const CLAIM_CODES = new Set(['unsupported-claim', 'overstated-claim']);
const RATCHET = process.env.PRECISION_PROBE_RATCHET === '1';

interface Row {
  expect: 'clean' | 'flag';
  cause: string;
  text: string;
}

export interface ProbeLayout {
  /** The fixture folder's name under test/fixtures. */
  folder: string;
  minCauses: number;
  /** What separates rows: a thematic break keeps a row's heading from reaching the next row. */
  separator: string;
}

export function describePrecisionProbe({ folder, minCauses, separator }: ProbeLayout): void {
  const root = join(process.cwd(), 'test', 'fixtures', folder);
  const rows: Row[] = readFileSync(join(root, 'probe.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [expect, cause, , sentence] = line.split('\t');
      assert.ok(expect === 'clean' || expect === 'flag', `probe.tsv: bad expectation in "${line}"`);
      assert.ok(cause && sentence, `probe.tsv: incomplete row "${line}"`);
      return { expect, cause, text: sentence.replaceAll('\\n', '\n\n') };
    });
  const label = (r: Row) => `${r.expect} ${r.cause}: ${r.text.replaceAll('\n\n', ' / ')}`;

  describe(`${folder.replaceAll('-', ' ')} (test/fixtures/${folder})`, () => {
    it('has correct and false statements for every cause', () => {
      const causes = new Set(rows.map((r) => r.cause));
      assert.ok(causes.size >= minCauses);
      for (const cause of causes) {
        const of = rows.filter((r) => r.cause === cause);
        assert.ok(of.filter((r) => r.expect === 'clean').length >= 3, `${cause}: fewer than 3 correct sentences`);
        assert.ok(of.filter((r) => r.expect === 'flag').length >= 2, `${cause}: fewer than 2 false sentences`);
      }
    });

    it('gets no row wrong beyond those listed in ratchet.json', function () {
      this.timeout(60000);
      const lines: number[] = [];
      let text = '';
      for (const r of rows) {
        lines.push(text.split('\n').length - 1);
        text += `${r.text}${separator}`;
      }
      const document = TextDocument.create(`file:///${folder}.md`, 'markdown', 1, text);
      const flaggedLines = service()
        .diagnostics(document)
        .filter((d) => CLAIM_CODES.has(String(d.code)))
        .map((d) => d.range.start.line);
      const flagged = (k: number) =>
        flaggedLines.some((line) => line >= lines[k]! && (k + 1 === lines.length || line < lines[k + 1]!));
      const wrong = rows.filter((r, k) => (r.expect === 'flag') !== flagged(k)).map(label);
      const ratchetFile = join(root, 'ratchet.json');
      const known: string[] = JSON.parse(readFileSync(ratchetFile, 'utf8')).wrong;
      const kept = (of: Row[]) => `${of.filter((r) => !wrong.includes(label(r))).length}/${of.length}`;
      const score = (expect: Row['expect']) => kept(rows.filter((r) => r.expect === expect));
      console.log(`      correct kept clean ${score('clean')}, false flagged ${score('flag')}`);
      for (const cause of new Set(rows.map((r) => r.cause)))
        console.log(`        ${cause}: ${kept(rows.filter((r) => r.cause === cause))}`);
      const regressions = wrong.filter((w) => !known.includes(w));
      assert.deepEqual(regressions, [], 'rows that were right are now wrong');
      if (RATCHET) writeFileSync(ratchetFile, `${JSON.stringify({ wrong }, null, 2)}\n`);
      else {
        const fixed = known.filter((w) => !wrong.includes(w));
        assert.deepEqual(fixed, [], 'rows now right: run PRECISION_PROBE_RATCHET=1 to tighten ratchet.json');
      }
    });
  });
}
