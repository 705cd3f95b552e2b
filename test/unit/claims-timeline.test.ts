import * as assert from 'node:assert/strict';
import { claimFindings, service } from '../helpers/service';

// A timeline's bare year line dates the entries under it: a month-labelled entry, or the entry right after the year,
// is judged as if it named the date ("December: …" under "2017." reads "December 2017: …"), on the entry's line.

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///timeline/${++version}.md`);

describe('claims: timelines', () => {
  it('dates an entry by the year line above it and flags it on its own line', () => {
    const lint = service();
    for (const [text, at, says] of [
      // An ordered list numbered by years ("2017. …" is a list item to Markdown).
      [
        '2017. August: Kymriah approved. October: Yescarta approved. December: tocilizumab approved for CRS.',
        'December: tocilizumab approved for CRS.',
        /Aug 2017, not December 2017/,
      ],
      [
        '2022\nFebruary: Carvykti approved for myeloma.\nOctober: Tecartus approved for adults with ALL.',
        'October: Tecartus approved for adults with ALL.',
        /Oct 2021, not October 2022/,
      ],
      // The year line opens the entry's own sentence.
      [
        '2024 -\nSeptember: Breyanzi approved for mantle cell lymphoma.',
        '2024 -\nSeptember: Breyanzi approved for mantle cell lymphoma.',
        /May 2024, not September 2024/,
      ],
      [
        '2019. Breyanzi approved for large B-cell lymphoma.',
        'Breyanzi approved for large B-cell lymphoma.',
        /not 2019/,
      ],
    ] as const) {
      const found = findings(lint, text);
      assert.deepEqual(
        found.map((f) => f.at),
        [`contradicted: ${at}`],
        text,
      );
      assert.match(found[0]!.message, says, text);
    }
  });

  it('leaves true entries, entries with their own date and lines that are not bare years alone', () => {
    const lint = service();
    for (const text of [
      '2017. August: Kymriah approved. October: Yescarta approved.',
      '2022\nFebruary: Carvykti approved for myeloma.\nMay: Kymriah approved for follicular lymphoma.',
      '2024 -\nMarch: Breyanzi approved for CLL.\nNovember: Aucatzyl approved for adult B-ALL.',
      // Its own date wins over the year line.
      '2019\nOctober 2021: Tecartus approved for adults with ALL.',
      // Not a bare year: a review date frames nothing.
      'Last reviewed: 2019\nAugust: Kymriah approved (2017), the first CAR-T.',
      'Reviewed 2019\nOctober: Tecartus approved for adults with ALL.',
      // An unlabelled line after an entry is no entry of the year.
      '2019.\nJanuary: Trial results presented.\nBreyanzi approved for large B-cell lymphoma.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});
