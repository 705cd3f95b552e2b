import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'Tecelra is for HLA-A*02:01P-positive adults with synovial sarcoma.',
    'Eligibility for Tecelra requires HLA-A*02 positivity.',
    'Patients must test positive for HLA-A*02 to receive afamitresgene autoleucel.',
    'Tecelra is not for patients who are HLA-A*02 negative.',
    'Tecelra is not for HLA-A*24-positive patients.',
    'Patients who lack HLA-A*24 can still receive Tecelra if they carry HLA-A*02:01P.',
    'Is Tecelra for HLA-A*24-positive patients?',
    'Some sites wrongly say that Tecelra is for HLA-A*24-positive patients.',
    'Tecelra requires HLA typing before treatment.',
    // No HLA eligibility on record: not judged.
    'Kymriah is for HLA-A*24-positive patients.',
    // Two products: which one the type belongs to is not judged.
    'Unlike Kymriah, Tecelra is for HLA-A*02-positive patients.',
  ],
  invalid: [
    {
      text: 'Tecelra is for HLA-A*02:01-negative patients.',
      errors: [
        {
          messageId: 'requiredNotExcluded',
          text: 'Tecelra is for HLA-A*02:01-negative patients.',
          message: /Tecelra is for patients who are HLA-A\*02:01P.* positive; HLA-A\*02:01 is required, not excluded/,
        },
      ],
    },
    {
      text: 'Patients must test negative for HLA-A*02 to receive afamitresgene autoleucel.',
      errors: [
        {
          messageId: 'requiredNotExcluded',
          text: 'Patients must test negative for HLA-A*02 to receive afamitresgene autoleucel.',
        },
      ],
    },
    {
      text: 'Eligibility for Tecelra requires HLA-A*03 positivity.',
      errors: [
        {
          messageId: 'otherType',
          text: 'Eligibility for Tecelra requires HLA-A*03 positivity.',
          message: /Tecelra requires HLA-A\*02:01P.*, not HLA-A\*03\./,
        },
      ],
    },
    {
      text: '- Who can get Tecelra: adults with synovial sarcoma who carry HLA-A*24',
      errors: [
        { messageId: 'otherType', text: 'Who can get Tecelra: adults with synovial sarcoma who carry HLA-A*24' },
      ],
    },
    {
      text: 'Tecelra is for HLA-A*02:05-positive adults with synovial sarcoma.',
      errors: [{ messageId: 'otherType', text: 'Tecelra is for HLA-A*02:05-positive adults with synovial sarcoma.' }],
    },
  ],
};
export default tests;
