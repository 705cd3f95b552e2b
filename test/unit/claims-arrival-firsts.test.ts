import * as assert from 'node:assert/strict';
import { claimFindings, service } from '../helpers/service';

// A class denied up to a named product's arrival ("No CAR-T had been approved for myeloma until Abecma's approval"):
// the denial speaks of the day before the arrival (claims/period.ts, arrivalScopeOf); fronted ("Until Abecma arrived,
// no CAR-T …"), the first it entails is judged ("Abecma was the first CAR-T approved for myeloma", claims/arrival-firsts.ts).

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///arrival/${++version}.md`).map((f) => f.message);

describe('claims: a denial bounded by a product’s arrival', () => {
  it('leaves a true denial up to the first product’s arrival unjudged, trailing or fronted', () => {
    const lint = service();
    for (const text of [
      'No CAR-T had been licensed for marginal zone lymphoma until Breyanzi’s approval in December 2025.',
      'No CAR-T had been approved for multiple myeloma until Abecma’s approval in March 2021.',
      'No CAR-T was FDA-approved for CLL before Breyanzi’s accelerated approval in March 2024.',
      'Until Abecma arrived in 2021, no CAR-T was licensed for myeloma in the United States.',
      'There was no FDA-approved CAR-T until Kymriah in August 2017.',
      'No BCMA-directed CAR-T was available in the US until Abecma in 2021.',
      // A product's label, the bound its pronoun: true, and a clause that is no denial of a class.
      'KYMRIAH: NO CAR-T WAS APPROVED BEFORE IT.',
      'Abecma: no CAR-T for myeloma was approved before it.',
      'Abecma: the FDA approved nothing before it.',
      // No quantifier: a rule that held until a date is the dates' to judge (true here).
      'Centres giving Yescarta had to be REMS-certified until June 2025.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });

  it('judges the first the bound names, and a denial bounded by a date', () => {
    const lint = service();
    for (const [text, expected] of [
      // Trailing, the denial is judged the day before the arrival; fronted, the first the bound names.
      ['No CAR-T was approved for myeloma until Carvykti.', /^As of Feb 2022: Abecma is FDA-approved for myeloma/],
      [
        'Adaptimmune said no cell therapy of any kind had been approved for a solid cancer before Tecelra.',
        /^As of Jul 2024: Amtagvi .* FDA-approved for solid cancer/,
      ],
      ['Until Carvykti arrived in 2022, no CAR-T was licensed for myeloma.', /Abecma was the first .* not Carvykti/],
      ['Until Yescarta’s approval in October 2017, no CAR-T had been approved by the FDA.', /Kymriah was the first/],
      ['No BCMA-directed CAR-T was available in the US until Carvykti in 2022.', /Abecma/],
      ['ABECMA: NO CAR-T HAD BEEN APPROVED BEFORE IT.', /Kymriah was the first .* not Abecma/],
      ['Carvykti — no CAR-T for myeloma was approved before it.', /Abecma was the first .* not Carvykti/],
      // A date, not an arrival: the denial is judged at the date's end.
      ['No CAR-T was approved for myeloma until the end of 2022.', /Abecma and Carvykti are FDA-approved/],
    ] as const) {
      const found = findings(lint, text);
      assert.equal(found.length, 1, `${text}: ${found.join(' | ')}`);
      assert.match(found[0]!, expected, text);
    }
  });
});
