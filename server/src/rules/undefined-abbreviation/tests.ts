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
    // More definition forms seen on real prose (issue 14): square brackets, a qualifier or quotes in the brackets,
    // "or" without a comma, "or just", "refers to", a root defined outside the knowledge base.
    'Non-Hodgkin lymphoma [NHL] is common. NHL relapses.',
    'Multiple myeloma (R/R MM) relapsed. MM is incurable.',
    'Adults with acute lymphoblastic leukemia ("ALL") were treated. ALL relapsed.',
    'T cells carry a new protein (a chimeric antigen receptor or CAR). The CAR binds CD19.',
    'It is usually called CAR-T cell therapy or just CAR-T. CAR-T is autologous.',
    'The term CAR refers to a chimeric antigen receptor. CAR T cells expand.',
    'T-cell receptor (TCR)-transduced T cells were given. TCR-T cells expanded.',
    'Interleukin (IL)-6 is a cytokine. IL-6 rises.',
  ],
  invalid: [
    {
      // Cells, not the therapy: only the root is expanded, in the house style.
      text: 'CAR T cells expand.',
      errors: [{ messageId: 'undefinedAbbreviation', text: 'CAR T cells' }],
      output: 'Chimeric antigen receptor (CAR) T cells expand.',
    },
    {
      text: 'CAR T-cell products were approved.',
      errors: [{ messageId: 'undefinedAbbreviation', text: 'CAR T-cell' }],
      output: 'Chimeric antigen receptor (CAR) T-cell products were approved.',
    },
    {
      // The name that spells the abbreviation out, not the first synonym.
      text: 'MHC molecules present peptides.',
      errors: [
        { messageId: 'undefinedAbbreviation', text: 'MHC', message: /major histocompatibility complex \(MHC\)/ },
      ],
      output: 'Major histocompatibility complex (MHC) molecules present peptides.',
    },
    {
      text: 'RRMM is hard to treat.',
      errors: [{ messageId: 'undefinedAbbreviation', text: 'RRMM' }],
      output: 'Relapsed or refractory multiple myeloma (RRMM) is hard to treat.',
    },
    {
      text: 'CLL is common.',
      errors: [{ messageId: 'undefinedAbbreviation', text: 'CLL' }],
      output: 'Chronic lymphocytic leukemia (CLL) is common.',
    },
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
    {
      // Inside the full name of another abbreviation: written out, so the name still runs up to its brackets.
      text: 'Rituximab treats diffuse large B-cell NHL (DLBCL). DLBCL is aggressive.',
      errors: [
        {
          messageId: 'undefinedInsideDefinition',
          text: 'B-cell NHL',
          message: /inside the full name of "DLBCL": write it out as "B-cell non-Hodgkin lymphoma"/,
        },
      ],
      output: 'Rituximab treats diffuse large B-cell non-Hodgkin lymphoma (DLBCL). DLBCL is aggressive.',
    },
  ],
};

export default tests;
