import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'Lymphodepletion helps CAR T cells, which kill the tumor.',
    'Lymphodepletion lets the infused CAR T cells expand and persist.',
    'Vein-to-vein time is about 3 weeks.',
    'Vein-to-vein time can be 2 to 4 weeks.',
    'CAR T cells kill the cancer after lymphodepletion.',
    'Lymphodepletion is not what kills the cancer.',
    'After lymphodepletion, the infused CAR T cells attack the tumor cells.',
    'Lymphodepletion with fludarabine is not an anticancer treatment in itself.',
  ],
  invalid: [
    {
      text: 'Lymphodepletion is the part of CAR-T treatment that kills the tumor.',
      errors: [
        { messageId: 'notTreatment', text: 'Lymphodepletion is the part of CAR-T treatment that kills the tumor.' },
      ],
    },
    {
      text: 'Lymphodepletion kills the cancer.',
      errors: [
        { messageId: 'notTreatment', text: 'Lymphodepletion kills the cancer.', message: 'does not treat the cancer' },
      ],
    },
    {
      text: 'Lymphodepleting chemotherapy is used to destroy the lymphoma before infusion.',
      errors: [
        {
          messageId: 'notTreatment',
          text: 'Lymphodepleting chemotherapy is used to destroy the lymphoma before infusion.',
          message: 'does not treat the cancer',
        },
      ],
    },
    {
      text: 'Lymphodepletion is the primary anticancer step of CAR-T treatment.',
      errors: [
        {
          messageId: 'notTreatment',
          text: 'Lymphodepletion is the primary anticancer step of CAR-T treatment.',
          message: 'does not treat the cancer',
        },
      ],
    },
    {
      text: 'Vein-to-vein time is usually two days.',
      errors: [{ messageId: 'duration', text: 'Vein-to-vein time is usually two days.', message: 'about 3 weeks' }],
    },
    {
      text: 'The vein-to-vein time for Kymriah is several months.',
      errors: [{ messageId: 'duration', text: 'The vein-to-vein time for Kymriah is several months.' }],
    },
  ],
};
export default tests;
