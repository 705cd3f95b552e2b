import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'ICAHT is graded under an EHA/EBMT consensus published in 2023.',
    'IEC-HS was defined in the ASTCT consensus of 2023.',
    'IEC-HS was defined by the ASTCT in 2023.',
    'The ICE score comes from the 2019 ASTCT consensus.',
    // Not a definition's origin: no body after the cue.
    'Most ICANS cases come from trials that started in 2019.',
    'ICAHT was defined by EHA and EBMT in their 2023 consensus.',
    'ICANS was graded according to the ASTCT consensus.',
    'The ICE score was introduced by the ASTCT in 2019.',
    // A grading used by a body that defined no other syndrome or scale: anyone may use one.
    'ICANS was graded by CTCAE version 5.0.',
    // One of the entity's own bodies named: not judged.
    'ICAHT was developed by EHA, EBMT and other groups.',
    // Negated, hedged or asked: nothing asserted.
    'IEC-HS was not defined by EHA and EBMT.',
    'Was IEC-HS defined by EHA and EBMT?',
    // Two years: the clause dates more than the definition.
    'ICANS, defined by the ASTCT in 2019, occurred in patients treated in 2021.',
    // "graded as <syndrome> using …": the syndrome's own consensus, or one not naming another's body.
    'Hematotoxicity was graded as ICAHT using the EHA/EBMT consensus.',
    'Hyperinflammation was graded as IEC-HS according to the ASTCT criteria.',
    'Neurotoxicity was graded as ICANS, and CRS was graded using the ASTCT consensus.',
    // The score's own syndrome, or the kind it belongs to.
    'ICANS was graded with the ICE score.',
    'Neurotoxicity was graded using the ICE score.',
    // No body the records name.
    'IEC-HS was defined by a panel of experts.',
    // The class of defining in the active: the entity's own body, a body not named, a negation or a question, a body
    // that is not the relative's subject, and a syndrome patients develop.
    'The ASTCT consensus defined ICANS in 2019.',
    'The ASTCT consensus that defined IEC-HS was published in 2023.',
    'Clinicians defined ICANS loosely before 2019.',
    'EHA and EBMT did not define ICANS.',
    'Did the EHA/EBMT define IEC-HS?',
    'Patients graded by the EHA/EBMT criteria developed ICANS.',
  ],
  invalid: [
    {
      text: 'Hines et al. 2023: the EHA/EBMT consensus that defined IEC-HS.',
      errors: [
        {
          messageId: 'otherBody',
          text: 'Hines et al. 2023: the EHA/EBMT consensus that defined IEC-HS.',
          message: /defined by ASTCT \(2023\), not EHA\/EBMT/,
        },
      ],
    },
    {
      text: 'The ASTCT defined ICAHT in 2023.',
      errors: [{ messageId: 'otherBody', text: 'The ASTCT defined ICAHT in 2023.', message: /not ASTCT/ }],
    },
    {
      text: 'The ASTCT introduced ICANS in 2018.',
      errors: [{ messageId: 'otherYear', text: 'The ASTCT introduced ICANS in 2018.', message: /in 2019, not 2018/ }],
    },
    // "graded under" uses a consensus; "defined in" names where it was defined.
    {
      text: 'ICAHT is graded under an ASTCT consensus published in 2023.',
      errors: [
        {
          messageId: 'otherBody',
          text: 'ICAHT is graded under an ASTCT consensus published in 2023.',
          message: 'Immune effector cell-associated hematotoxicity (ICAHT) was defined by EHA/EBMT (2023), not ASTCT.',
        },
      ],
    },
    {
      text: 'IEC-HS was defined in the EHA/EBMT consensus of 2023.',
      errors: [{ messageId: 'otherBody', text: 'IEC-HS was defined in the EHA/EBMT consensus of 2023.' }],
    },
    {
      text: 'Cytokine release syndrome was graded with the ICE score.',
      errors: [
        {
          messageId: 'otherSyndrome',
          text: 'Cytokine release syndrome was graded with the ICE score.',
          message: 'The ICE score grades ICANS, not CRS.',
        },
      ],
    },
    {
      text: 'The ICE score comes from the 2021 ASTCT consensus.',
      errors: [{ messageId: 'otherYear', text: 'The ICE score comes from the 2021 ASTCT consensus.' }],
    },
    {
      text: 'IEC-HS was graded according to the EHA/EBMT consensus.',
      errors: [
        {
          messageId: 'otherBody',
          text: 'IEC-HS was graded according to the EHA/EBMT consensus.',
          message: 'defined by ASTCT (2023), not EHA/EBMT',
        },
      ],
    },
    {
      text: 'Immune effector cell-associated hematotoxicity was defined by the ASTCT.',
      errors: [
        {
          messageId: 'otherBody',
          text: 'Immune effector cell-associated hematotoxicity was defined by the ASTCT.',
          message: 'defined by EHA/EBMT (2023), not ASTCT',
        },
      ],
    },
    {
      text: 'Neurotoxicity was graded as ICANS according to the EHA/EBMT criteria.',
      errors: [
        {
          messageId: 'otherBody',
          text: 'Neurotoxicity was graded as ICANS according to the EHA/EBMT criteria.',
          message: 'defined by ASTCT (2019), not EHA/EBMT',
        },
      ],
    },
    {
      text: 'ICANS was introduced by EBMT.',
      errors: [{ messageId: 'otherBody', text: 'ICANS was introduced by EBMT.', message: 'not EBMT' }],
    },
    {
      text: 'The ASTCT 2019 consensus grading was introduced by the ASTCT in 2017.',
      errors: [
        {
          messageId: 'otherYear',
          text: 'The ASTCT 2019 consensus grading was introduced by the ASTCT in 2017.',
          message: 'in 2019, not 2017',
        },
      ],
    },
    {
      text: 'The ICE score was developed by the ASTCT in 2017.',
      errors: [
        {
          messageId: 'otherYear',
          text: 'The ICE score was developed by the ASTCT in 2017.',
          message: 'in 2019, not 2017',
        },
      ],
    },
  ],
};
export default tests;
