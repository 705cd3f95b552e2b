import type { RuleTests } from '../types';

const tests: RuleTests = {
  valid: [
    'CAR T-cell therapy is given once. CAR T-cell therapy is autologous.',
    'CAR-T cell therapy is given once. CAR-T cell therapy is autologous.',
    // A noun and a compound modifier are hyphenated differently in one consistent style.
    'CAR T cells expand. CAR T-cell therapy is given once.',
    'CAR T-cell products were approved. CAR T cells expand.',
    'Solid-tumor CAR T cells are hard to make. Solid tumors resist CAR T cells.',
    'B-cell lymphoma relapsed. B cells were depleted.',
  ],
  invalid: [
    {
      text: 'CAR T-cell therapy is given once. Later, CAR-T cell therapy was repeated.',
      errors: [
        {
          messageId: 'inconsistent',
          text: 'CAR-T cell therapy',
          message: /as this document also does \("CAR T-cell therapy"\)/,
        },
      ],
      output: 'CAR T-cell therapy is given once. Later, CAR T-cell therapy was repeated.',
    },
    {
      // The house style (AMA/NCI "CAR T-cell therapy") wins over the first spelling used.
      text: 'CAR-T cell therapy is given once. Later, CAR T-cell therapy was repeated, then CAR-T cell therapy again.',
      errors: [
        { messageId: 'inconsistent', text: 'CAR-T cell therapy', line: 1, column: 1 },
        { messageId: 'inconsistent', text: 'CAR-T cell therapy', line: 1, column: 80 },
      ],
      output:
        'CAR T-cell therapy is given once. Later, CAR T-cell therapy was repeated, then CAR-T cell therapy again.',
    },
    {
      text: 'B cell aplasia is expected. B-cell aplasia lasts.',
      errors: [{ messageId: 'inconsistent', text: 'B cell aplasia' }],
      output: 'B-cell aplasia is expected. B-cell aplasia lasts.',
    },
    {
      // No invented spelling ("CAR-T-cell"): each joint takes the style's spelling.
      text: 'CAR-T cells expand. CAR T-cell therapy is given once.',
      errors: [{ messageId: 'inconsistent', text: 'CAR-T cells' }],
      output: 'CAR T cells expand. CAR T-cell therapy is given once.',
    },
  ],
};

export default tests;
