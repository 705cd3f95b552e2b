import type { RuleTests } from '../types';

const tests: RuleTests = {
  valid: [
    'Patients developed ICANS, graded by the ICE score.',
    'IEC-HS was managed with anakinra.',
    'CAR T-cell therapy is given once.',
    // Deliberate historical uses.
    'ICANS was previously referred to as CRES in older literature.',
    'ICANS (CRES in the 2018 CARTOX paper) is graded by the ICE score.',
    'The term carHLH is outdated.',
    // Code is not prose.
    'See `CRES` in the old data dictionary.',
  ],
  invalid: [
    {
      text: 'Patients developed CRES after infusion.',
      errors: [{ messageId: 'outdated', text: 'CRES', message: /write "ICANS".*ASTCT consensus, 2019/ }],
      output: 'Patients developed ICANS after infusion.',
    },
    {
      text: 'Watch for carHLH in week two.',
      errors: [{ messageId: 'outdated', text: 'carHLH', message: 'IEC-HS' }],
      output: 'Watch for IEC-HS in week two.',
    },
    {
      text: 'Neurotoxicity was scored with CARTOX-10.',
      errors: [{ messageId: 'outdated', text: 'CARTOX-10', message: 'ICE score' }],
      output: 'Neurotoxicity was scored with ICE score.',
    },
    {
      text: 'CAR-T cells therapy is given once.',
      errors: [
        { messageId: 'discouraged', text: 'CAR-T cells therapy', message: /discouraged: write "CAR T-cell therapy"/ },
      ],
      output: 'CAR T-cell therapy is given once.',
    },
    {
      text: 'Two CAR T-cells therapies were compared.',
      errors: [{ messageId: 'discouraged', text: 'CAR T-cells therapies' }],
      output: 'Two CAR T-cell therapies were compared.',
    },
    {
      text: '% comment\nPatients developed CRES.\n',
      language: 'latex',
      errors: [{ messageId: 'outdated', text: 'CRES' }],
    },
  ],
};

export default tests;
