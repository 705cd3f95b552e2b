import * as assert from 'node:assert/strict';
import { claimFindings, service } from '../helpers/service';

// A yes/no question answered by a restriction alone ("Only in patients 12 years and older.") says the question's
// statement restricted to it: the phrase the question asked with that preposition, or, when it asked none, the
// restriction added. Judged on the answer's line.

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///restricting-answers/${++version}.md`).map((f) => f.at);

describe('claims: answers that restrict a yes/no question', () => {
  it('judges the restricted statement on the answer', () => {
    const lint = service();
    for (const [text, range] of [
      [
        'Q: Is tocilizumab approved for CRS in children?\nA: Only in patients 12 years and older.',
        'A: Only in patients 12 years and older.',
      ],
      ['Q: Is Kymriah approved for ALL?\nA: Only in adults over 30.', 'A: Only in adults over 30.'],
      ['Is Breyanzi approved for CLL?\nOnly in children.', 'Only in children.'],
    ] as const)
      assert.deepEqual(findings(lint, text), [`contradicted: ${range}`], text);
  });

  it('leaves a true, hedged or unrestricting answer alone', () => {
    const lint = service();
    for (const text of [
      'Q: Is tocilizumab approved for CRS in all patients?\nA: Only in patients 2 years and older.',
      'Q: Is Kymriah approved for ALL?\nA: Only in patients up to 25 years of age.',
      'Q: Is Tecartus approved for ALL?\nA: Only in adults.',
      'Q: Is Yescarta approved for FL?\nA: Only after two or more lines of systemic therapy.',
      // Not a restriction by a preposition: "only" names something else.
      'Q: Is Kymriah approved for ALL?\nA: Only Kymriah, among CAR-Ts, for children.',
      'Q: Is Kymriah approved for ALL?\nA: Only possibly in adults, I think.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});
