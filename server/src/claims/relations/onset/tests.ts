import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // The recorded onset, or a latency in its own unit, which may be right.
    'CAR-positive T-cell lymphoma can appear within weeks of infusion.',
    'T-cell malignancies have been reported as early as a few weeks after CAR-T infusion.',
    'T-cell malignancies only appeared weeks after infusion in these reports.',
    'T-cell malignancies never appear within the first 2 weeks in this series.',
    // A late case, not a rule that cases are late.
    'T-cell malignancies may also occur years after treatment, so monitoring is lifelong.',
    'One T-cell malignancy appeared two years after infusion.',
    // Monitoring, not onset; another therapy's onset; hedged or denied.
    'Monitoring for T-cell malignancies only starts a year after infusion.',
    'After a stem cell transplant, T-cell malignancies appear only years later.',
    'It is not true that T-cell malignancies appear only years after infusion.',
    'T-cell malignancies might appear only years after infusion.',
  ],
  invalid: [
    {
      text: 'T-cell malignancies appear only years after CAR-T infusion.',
      errors: [
        {
          messageId: 'earlier',
          text: 'T-cell malignancies appear only years after CAR-T infusion.',
          message: 'T-cell malignancies can appear within weeks of infusion.',
        },
      ],
    },
    {
      text: 'T-cell malignancies linked to CAR T cells have only been seen more than a year after treatment.',
      errors: [
        {
          messageId: 'earlier',
          text: 'T-cell malignancies linked to CAR T cells have only been seen more than a year after treatment.',
        },
      ],
    },
    {
      text: 'New T-cell cancers after Carvykti never show up in the first months.',
      errors: [{ messageId: 'earlier', text: 'New T-cell cancers after Carvykti never show up in the first months.' }],
    },
    {
      text: 'CAR-positive T-cell lymphoma does not develop until years after infusion.',
      errors: [
        { messageId: 'earlier', text: 'CAR-positive T-cell lymphoma does not develop until years after infusion.' },
      ],
    },
    {
      text: 'T-cell malignancies never appear within the first weeks after Abecma.',
      errors: [{ messageId: 'earlier', text: 'T-cell malignancies never appear within the first weeks after Abecma.' }],
    },
  ],
};
export default tests;
