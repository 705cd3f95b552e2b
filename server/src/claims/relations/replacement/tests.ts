import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'ICANS replaced CRES in 2019.',
    'CARTOX-10 was superseded by the ICE score.',
    'CRES is the older term that ICANS replaced in 2019.',
    'The ICE score replaces CARTOX-10 in the ASTCT grading.',
    'IEC-HS supersedes carHLH.',
    'CRES, an older name, replaced by ICANS in the 2019 consensus, still appears in papers.',
    // A reduced passive with an adjunct before its agent: "B, replaced in 2019 by A" says A replaced B.
    'CRES (n., obsolete): CAR T-cell-related encephalopathy syndrome, replaced in 2019 by ICANS.',
    'CARTOX-10, superseded under the 2019 consensus by the ICE score, still appears in older papers.',
    // An active verb with "by" before a date is no passive.
    'ICANS replaced CRES by 2019.',
    // "replace B with A": the object of "with" is the newer term, the verb's object (or the gapped one's antecedent)
    // the older.
    'The 2019 consensus replaced CRES with ICANS.',
    'Chapter 5 calls the syndrome CRES throughout, a term the 2019 consensus replaced with ICANS.',
    'CRES was replaced with ICANS in 2019.',
    // Denied where it did not happen, asked, or reported: not judged as a replacement.
    'CRES did not replace ICANS.',
    'Did CRES replace ICANS?',
    // Terms the knowledge base does not link.
    'ICANS replaced CRS as the main concern in this cohort.',
  ],
  invalid: [
    {
      text: 'ICANS, a term the 2019 consensus replaced with CRES, is graded with the CARTOX-10 score.',
      errors: [
        {
          messageId: 'reversed',
          text: 'ICANS, a term the 2019 consensus replaced with CRES, is graded with the CARTOX-10 score.',
        },
      ],
    },
    {
      text: 'The 2019 consensus replaced ICANS with CRES.',
      errors: [{ messageId: 'reversed', text: 'The 2019 consensus replaced ICANS with CRES.' }],
    },
    {
      text: 'CRES replaced ICANS in 2019.',
      errors: [
        {
          messageId: 'reversed',
          text: 'CRES replaced ICANS in 2019.',
          message: /^ICANS replaced CRES \(ASTCT consensus, 2019\), not the other way round\.$/,
        },
      ],
    },
    {
      text: 'ICANS is the older term that CRES replaced in 2019.',
      errors: [{ messageId: 'reversed', text: 'ICANS is the older term that CRES replaced in 2019.' }],
    },
    {
      text: 'The ICE score was superseded by CARTOX-10.',
      errors: [{ messageId: 'reversed', text: 'The ICE score was superseded by CARTOX-10.' }],
    },
    {
      text: 'The ICE score, superseded by CARTOX-10, is rarely used.',
      errors: [{ messageId: 'reversed', text: 'The ICE score, superseded by CARTOX-10, is rarely used.' }],
    },
    {
      text: 'ICANS (n., obsolete): immune effector cell-associated neurotoxicity syndrome, replaced in 2019 by CRES.',
      errors: [
        {
          messageId: 'reversed',
          text: 'ICANS (n., obsolete): immune effector cell-associated neurotoxicity syndrome, replaced in 2019 by CRES.',
        },
      ],
    },
    {
      text: 'The ICE score, superseded in 2019 by CARTOX-10, is no longer used.',
      errors: [{ messageId: 'reversed', text: 'The ICE score, superseded in 2019 by CARTOX-10, is no longer used.' }],
    },
    {
      text: 'CARTOX-10 replaced the ICE score in 2019.',
      errors: [{ messageId: 'reversed', text: 'CARTOX-10 replaced the ICE score in 2019.' }],
    },
    {
      text: 'ICANS did not replace CRES.',
      errors: [{ messageId: 'denied', text: 'ICANS did not replace CRES.', message: /^ICANS did replace CRES/ }],
    },
  ],
};
export default tests;
