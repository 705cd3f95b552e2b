import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // True as of now: no other member of the class is approved there.
    'Breyanzi is the only CAR-T approved for chronic lymphocytic leukemia.',
    'Among CAR-T therapies, only Breyanzi is approved for marginal zone lymphoma.',
    'Kymriah is the only CAR-T approved for children with B-cell ALL.',
    // Negated, asked, dated or past: not a claim about now.
    'Tecartus is not the only CAR-T approved for mantle cell lymphoma.',
    'Is Abecma the only CAR-T approved for multiple myeloma?',
    'In 2021, Yescarta was the only CAR-T approved for follicular lymphoma.',
    'Abecma was the only CAR-T approved for multiple myeloma.',
    'Abecma became the only CAR-T approved for multiple myeloma.',
    'Abecma, which was approved in March, was the only CAR-T approved for multiple myeloma.',
    // Narrowed beyond the record: a relative clause, a line, a property, a verb other than approval.
    'Aucatzyl is the only CAR-T for B-cell ALL that is given as a split dose.',
    'Carvykti is the only CAR-T approved for multiple myeloma after one prior line.',
    'Carvykti is the only CAR-T approved for multiple myeloma with a survival benefit.',
    'Carvykti is the only CAR-T studied in multiple myeloma.',
    'Carvykti is the only CAR-T for multiple myeloma.',
    // A class whose approvals are not recorded completely, and a regulator whose record is not complete.
    'Talvey is the only bispecific antibody approved for multiple myeloma.',
    'Yescarta is the only CAR-T approved for large B-cell lymphoma in China.',
    // A headless "the only one" and another product in the clause.
    'Breyanzi is the fourth CAR-T approved by the FDA and the only one for marginal zone lymphoma.',
    'Only Abecma and Carvykti are approved for multiple myeloma among CAR-T products.',
  ],
  invalid: [
    {
      text: 'Carvykti is the only CAR-T approved for multiple myeloma.',
      errors: [
        {
          messageId: 'notTheOnly',
          text: 'Carvykti is the only CAR-T approved for multiple myeloma.',
          message: /not the only CAR T-cell therapy FDA-approved for multiple myeloma: Abecma is too/,
        },
      ],
    },
    {
      text: 'Yescarta is the only FDA-approved CAR-T for follicular lymphoma.',
      errors: [
        {
          messageId: 'notTheOnly',
          text: 'Yescarta is the only FDA-approved CAR-T for follicular lymphoma.',
          message: /Kymriah and Breyanzi are too/,
        },
      ],
    },
    {
      text: 'Among CAR-T therapies, only Tecartus is approved for mantle cell lymphoma.',
      errors: [
        { messageId: 'notTheOnly', text: 'Among CAR-T therapies, only Tecartus is approved for mantle cell lymphoma.' },
      ],
    },
    {
      text: 'Abecma alone has FDA approval for multiple myeloma among CAR-T products.',
      errors: [
        { messageId: 'notTheOnly', text: 'Abecma alone has FDA approval for multiple myeloma among CAR-T products.' },
      ],
    },
    {
      text: 'Aucatzyl is the sole CAR-T approved for adults with B-cell ALL.',
      errors: [
        {
          messageId: 'notTheOnly',
          text: 'Aucatzyl is the sole CAR-T approved for adults with B-cell ALL.',
          message: /Tecartus is too/,
        },
      ],
    },
    {
      text: 'Abecma is the only BCMA-directed CAR-T approved for multiple myeloma.',
      errors: [
        { messageId: 'notTheOnly', text: 'Abecma is the only BCMA-directed CAR-T approved for multiple myeloma.' },
      ],
    },
    {
      text: 'Carvykti, which our centre gives, is the only CAR-T approved for multiple myeloma.',
      errors: [
        {
          messageId: 'notTheOnly',
          text: 'Carvykti, which our centre gives, is the only CAR-T approved for multiple myeloma.',
        },
      ],
    },
    {
      text: 'The only CAR-T approved for mantle cell lymphoma, Breyanzi, is given as one infusion.',
      errors: [
        {
          messageId: 'notTheOnly',
          text: 'The only CAR-T approved for mantle cell lymphoma, Breyanzi, is given as one infusion.',
        },
      ],
    },
  ],
};
export default tests;
