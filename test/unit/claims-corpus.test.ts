import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingInput } from '../helpers/missing';
import { doc, service } from '../helpers/service';

// The shared dev corpus as a table test. The floors are the measured score: they may only rise.
const FLOOR = { precision: 1, recall: 1, f1: 1 };
// The shared folder sits beside the repository root, where npm test runs; THERAPY_LINT_SHARED may name it.
const CORPUS = join(process.env.THERAPY_LINT_SHARED ?? join(process.cwd(), '..', 'shared'), 'corpus', 'claims-dev.tsv');
const CLAIM_CODES = new Set(['unsupported-claim', 'overstated-claim']);

describe('claims dev corpus (../shared/corpus/claims-dev.tsv)', () => {
  it('scores at least the recorded precision, recall and F1', function () {
    if (!existsSync(CORPUS))
      missingInput(
        this,
        `${CORPUS} not found (the shared corpus sits beside the repository, or set THERAPY_LINT_SHARED)`,
      );
    const rows = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t'));
    const lint = service();
    let tp = 0,
      fp = 0,
      fn = 0;
    const wrong: string[] = [];
    for (const [id, expect, , sentence] of rows) {
      const flagged = lint.diagnostics(doc(sentence!)).some((d) => CLAIM_CODES.has(String(d.code)));
      const want = expect === 'flag';
      if (flagged && want) tp++;
      else if (flagged) fp++;
      else if (want) fn++;
      if (flagged !== want) wrong.push(`${want ? 'missed' : 'false alarm'} ${id}: ${sentence}`);
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    const report = `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}\n${wrong.join('\n')}`;
    assert.ok(precision >= FLOOR.precision && recall >= FLOOR.recall && f1 >= FLOOR.f1, report);
  });
});

// The knowledge base's own verified statements are true by construction: the claim rules must leave
// every one of them alone, in any wording the data authors chose.
describe('claims: the knowledge base agrees with itself', () => {
  it('flags none of the verified fact texts', () => {
    const lint = service();
    const texts = new Set<string>();
    for (const entity of lint.index.kb.entities.values())
      for (const fact of entity.facts ?? []) if (!fact.unverified) texts.add(fact.text);
    assert.ok(texts.size > 0);
    const flagged = [...texts].filter((text) =>
      lint.diagnostics(doc(text)).some((d) => CLAIM_CODES.has(String(d.code))),
    );
    assert.deepEqual(flagged, []);
  });
});
