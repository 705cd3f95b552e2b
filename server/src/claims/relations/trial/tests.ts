import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'ZUMA-7 tested Yescarta in second-line large B-cell lymphoma.',
    'The KarMMa-3 trial led to the approval of Abecma after two prior lines.',
    'BELINDA investigated Kymriah as second-line therapy.',
    'ZUMA-7 did not test Breyanzi.',
    'Did ZUMA-7 test Breyanzi?',
    'Unlike Breyanzi, Yescarta was tested in ZUMA-7.',
    'ZUMA-7 and TRANSFORM tested Yescarta and Breyanzi in second-line lymphoma.',
    'Breyanzi results resembled those of ZUMA-7.',
    'CARTITUDE-4 evaluated Carvykti versus pomalidomide, bortezomib and dexamethasone.',
    'The approval is supported by CARTITUDE-4, the first phase 3 study evaluating a CAR-T versus pomalidomide.',
  ],
  invalid: [
    {
      text: 'ZUMA-7 tested Breyanzi in second-line large B-cell lymphoma.',
      errors: [
        {
          messageId: 'otherProduct',
          text: 'ZUMA-7 tested Breyanzi in second-line large B-cell lymphoma.',
          message: /ZUMA-7 studied Yescarta, not Breyanzi/,
        },
      ],
    },
    {
      text: "The KarMMa-3 trial led to Carvykti's approval after two prior lines.",
      errors: [
        {
          messageId: 'otherProduct',
          text: "The KarMMa-3 trial led to Carvykti's approval after two prior lines.",
          message: /KarMMa-3 studied Abecma, not Carvykti/,
        },
      ],
    },
  ],
};
export default tests;
