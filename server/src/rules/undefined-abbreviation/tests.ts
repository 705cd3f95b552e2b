import type { RuleTests } from '../types';

const tests: RuleTests = {
  valid: [
    'Cytokine release syndrome (CRS) is common. CRS is graded by ASTCT criteria.',
    'Large B-cell lymphoma (LBCL) is aggressive; LBCL relapses.',
    'Neuroendocrine tumors (NETs) are rare. NETs grow slowly.',
    'No abbreviation here: cytokine release syndrome is common.',
    // Definitions in every common form, never flagged themselves (issue 14).
    'The sponsor filed an Investigational New Drug (IND) application. The IND was cleared.',
    'Patients received tumor-infiltrating lymphocytes, or TILs. TILs expanded.',
    '## Abbreviations\n\nCRS: cytokine release syndrome\n\nCRS occurred in most patients.',
    '- CRS – cytokine release syndrome\n- ICANS – immune effector cell-associated neurotoxicity syndrome\n\nCRS and ICANS were graded.',
    'CRS (cytokine release syndrome) is common. CRS is graded.',
    // A definition of the root defines what is built on it: CAR-T after "(CAR)".
    'A chimeric antigen receptor (CAR) redirects T cells. CAR-T therapy is autologous; CAR T cells expand.',
    // Abbreviations style guides let stand.
    'The FDA approved it in the US.',
    'Chimeric antigen receptor macrophages (CAR-Ms) are new. CAR T cells are older.',
    'CD7-targeted chimeric antigen receptor T cells (CD7 CAR-T) were given. CAR-T expanded.',
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
      // The full name's first words already written before the abbreviation are not repeated.
      text: "Satri-cel was approved by China's NMPA in 2026.",
      errors: [{ messageId: 'undefinedAbbreviation', text: 'NMPA' }],
      output: "Satri-cel was approved by China's National Medical Products Administration (NMPA) in 2026.",
    },
    {
      // One finding per root: "CAR-T" and "CAR T cells" are the same missing definition.
      text: 'CAR-T is autologous. CAR T cells expand.',
      errors: [{ messageId: 'undefinedAbbreviation', text: 'CAR-T' }],
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
