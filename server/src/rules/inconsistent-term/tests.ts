import type { RuleTests } from '../types';

const tests: RuleTests = {
  valid: [
    'CAR T-cell therapy is given once. CAR T-cell therapy is autologous.',
    'CAR-T cell therapy is given once. CAR-T cell therapy is autologous.',
    // A noun and a compound modifier are hyphenated differently in one consistent style.
    'CAR T cells expand. CAR T-cell therapy is given once.',
  ],
  invalid: [
    {
      text: 'CAR T-cell therapy is given once. Later, CAR-T cell therapy was repeated.',
      errors: [
        {
          messageId: 'inconsistent',
          text: 'CAR-T cell therapy',
          message: /as this document does first \("CAR T-cell therapy"\)/,
        },
      ],
      output: 'CAR T-cell therapy is given once. Later, CAR T-cell therapy was repeated.',
    },
    {
      text: 'CAR-T cell therapy is given once. Later, CAR T-cell therapy was repeated, then CAR-T cell therapy again.',
      errors: [{ messageId: 'inconsistent', text: 'CAR T-cell therapy' }],
      output:
        'CAR-T cell therapy is given once. Later, CAR-T cell therapy was repeated, then CAR-T cell therapy again.',
    },
  ],
};

export default tests;
