import type { RuleTests } from '../types';

const tests: RuleTests = {
  valid: [
    'Cytokine release syndrome (CRS) is common. CRS is graded by ASTCT criteria.',
    'Large B-cell lymphoma (LBCL) is aggressive; LBCL relapses.',
    'Neuroendocrine tumors (NETs) are rare. NETs grow slowly.',
    'No abbreviation here: cytokine release syndrome is common.',
  ],
  invalid: [
    {
      text: 'CRS is common. CRS is graded.',
      errors: [
        { messageId: 'undefinedAbbreviation', text: 'CRS', message: /write "cytokine release syndrome \(CRS\)"/ },
      ],
      output: 'Cytokine release syndrome (CRS) is common. CRS is graded.',
    },
    {
      text: 'NETs are rare.',
      errors: [{ messageId: 'undefinedAbbreviation', text: 'NETs' }],
      output: 'Neuroendocrine tumors (NETs) are rare.',
    },
    {
      // Defined too late: the first use is still the one to expand.
      text: 'ICANS is graded by the ICE score. Immune effector cell-associated neurotoxicity syndrome (ICANS) follows CRS.',
      errors: [
        {
          messageId: 'undefinedAbbreviation',
          text: 'ICANS',
          message: 'immune effector cell-associated neurotoxicity syndrome (ICANS)',
        },
        { messageId: 'undefinedAbbreviation', text: 'CRS' },
      ],
    },
  ],
};

export default tests;
