import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'In multiple myeloma, Carvykti can be given at an earlier line than Abecma.',
    'For large B-cell lymphoma, Yescarta can be used earlier than Kymriah.',
    'In mantle cell lymphoma, Tecartus is available at an earlier line than Breyanzi.',
    'In multiple myeloma, Abecma is used at a later line than Carvykti.',
    'In multiple myeloma, Abecma cannot be given earlier than Carvykti.',
    'Tecartus can be used earlier in mantle cell lymphoma than Breyanzi.',
    // Dates, not lines: "approved earlier than" without a line noun is the order of approvals.
    'In multiple myeloma, Carvykti was approved earlier than Abecma.',
    // A history, a question, a product without an approval for the disease, two diseases: not judged.
    'In multiple myeloma, Abecma was given earlier than Carvykti in our cohort.',
    'In multiple myeloma, can Abecma be given at an earlier line than Carvykti?',
    'In follicular lymphoma, Tecartus can be used earlier than Kymriah.',
    'In LBCL and FL, Kymriah can be used earlier than Yescarta.',
  ],
  invalid: [
    {
      text: 'In multiple myeloma, Abecma can be given at an earlier line than Carvykti.',
      errors: [
        {
          messageId: 'linesDiffer',
          text: 'In multiple myeloma, Abecma can be given at an earlier line than Carvykti.',
          message: /In MM, Abecma is used later than Carvykti: its label requires ≥2 prior lines, Carvykti's ≥1\./,
        },
      ],
    },
    {
      text: 'For large B-cell lymphoma, Kymriah can be used earlier than Yescarta.',
      errors: [
        { messageId: 'linesDiffer', text: 'For large B-cell lymphoma, Kymriah can be used earlier than Yescarta.' },
      ],
    },
    {
      text: 'In mantle cell lymphoma, Breyanzi is approved in earlier lines than Tecartus.',
      errors: [
        {
          messageId: 'linesDiffer',
          text: 'In mantle cell lymphoma, Breyanzi is approved in earlier lines than Tecartus.',
        },
      ],
    },
    {
      text: 'Kymriah is available earlier for large B-cell lymphoma than Breyanzi.',
      errors: [
        { messageId: 'linesDiffer', text: 'Kymriah is available earlier for large B-cell lymphoma than Breyanzi.' },
      ],
    },
    {
      text: 'In multiple myeloma, Carvykti is used at a later line than Abecma.',
      errors: [
        {
          messageId: 'linesDiffer',
          text: 'In multiple myeloma, Carvykti is used at a later line than Abecma.',
          message: /Carvykti is used earlier than Abecma: its label requires ≥1 prior line, Abecma's ≥2\./,
        },
      ],
    },
    {
      text: 'In multiple myeloma, Carvykti cannot be given earlier than Abecma.',
      errors: [
        { messageId: 'linesDiffer', text: 'In multiple myeloma, Carvykti cannot be given earlier than Abecma.' },
      ],
    },
  ],
};
export default tests;
