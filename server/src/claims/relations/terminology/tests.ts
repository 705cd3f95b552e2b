import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A naming that orders two names with the outdated one first, denied, or of one thing, tells the history.
    'carHLH is now called IEC-HS.',
    'ICANS was formerly called CRES.',
    'CRES was renamed ICANS by the 2019 ASTCT consensus.',
    'CRES is the old name for ICANS.',
    'ICANS is the new name for CRES.',
    'TIAN is not the old name for ICANS.',
    'HLH/MAS is an older term for the CAR-T toxicity now defined as IEC-HS.',
    'ICANS, formerly known as CRES, is graded with the ICE score.',
    // A naming after the last conjunct of a coordination may name the whole coordination.
    'Receptors that join antigen binding, T-cell signaling and costimulation, later called second-generation CARs, work better.',
    // A succession of names tells the term's history: the outdated one is not used as a current synonym.
    'Neurotoxicity (also called CRES or, more recently, ICANS) is monitored after infusion.',
    // "called" names the noun phrase just before it ("a protein"), not an entity further back.
    'A lentivirus carries a gene that makes a protein called a chimeric antigen receptor (CAR).',
    'CRES was formerly the standard clinical term.',
    'In older trials, CRS and neurotoxicity were graded with CARTOX-10.',
    'ICANS replaced the older term CRES.',
    'CRES is an older term that was replaced by ICANS.',
    'ICANS was formerly known as CRES.',
    'Cytokine release syndrome, also known as CRS, is common after CAR-T.',
    'A grade 3 NET is not the same as a neuroendocrine carcinoma.',
    'CRES is an outdated term for CAR T neurotoxicity.',
    'CRES was replaced by ICANS in the 2019 ASTCT consensus.',
    // A standard's own scale; a succession of scales; a standard coordinated apart from the replaced scale.
    'Neurotoxicity was graded per ASTCT 2019 with the ICE score.',
    'Before ASTCT 2019, neurotoxicity was graded with the CARTOX-10 score.',
    'Under ASTCT 2019, the CARTOX-10 score was replaced by the ICE score.',
    'CRS was graded per ASTCT 2019 and CRES with CARTOX-10.',
    'The ASTCT consensus does not use CARTOX-10 to grade ICANS.',
  ],
  invalid: [
    // The outdated name given as the one in use now, and two different things given as earlier and later names.
    {
      text: 'CRES is the newer name for ICANS.',
      errors: [{ messageId: 'outdatedTerm', text: 'CRES is the newer name for ICANS.' }],
    },
    {
      text: 'ICANS was renamed CRES in 2019.',
      errors: [{ messageId: 'outdatedTerm', text: 'ICANS was renamed CRES in 2019.' }],
    },
    {
      text: 'TIAN is the former name of ICANS.',
      errors: [{ messageId: 'different', text: 'TIAN is the former name of ICANS.' }],
    },
    {
      text: 'TIAN is the old name for ICANS.',
      errors: [{ messageId: 'different', text: 'TIAN is the old name for ICANS.' }],
    },
    // A replaced scale named as the scale of the standard that replaced it, whatever the tense.
    {
      text: 'Neurotoxicity was graded per ASTCT 2019 with the CARTOX-10 score.',
      errors: [
        {
          messageId: 'notStandardScale',
          text: 'Neurotoxicity was graded per ASTCT 2019 with the CARTOX-10 score.',
          message: 'ASTCT 2019 grades with the ICE score',
        },
      ],
    },
    {
      text: 'CARTOX-10 is the score the ASTCT consensus uses to grade ICANS.',
      errors: [
        { messageId: 'notStandardScale', text: 'CARTOX-10 is the score the ASTCT consensus uses to grade ICANS.' },
      ],
    },
    // A naming after a single noun phrase still names it.
    {
      text: 'In second-generation designs, costimulation, now known as a CAR, improves persistence.',
      errors: [
        {
          messageId: 'different',
          text: 'In second-generation designs, costimulation, now known as a CAR, improves persistence.',
        },
      ],
    },
    {
      text: 'Neurotoxicity (also called CRES) is monitored after infusion.',
      errors: [{ messageId: 'outdatedTerm', text: 'Neurotoxicity (also called CRES) is monitored after infusion.' }],
    },
    {
      text: 'CRES remains the accepted ASTCT term for this toxicity.',
      errors: [
        {
          messageId: 'outdatedTerm',
          text: 'CRES remains the accepted ASTCT term for this toxicity.',
          message: 'outdated term',
        },
      ],
    },
    {
      text: 'Today, neurotoxicity after CAR-T is graded using CARTOX-10.',
      errors: [
        {
          messageId: 'outdatedScale',
          text: 'Today, neurotoxicity after CAR-T is graded using CARTOX-10.',
          message: 'outdated scale',
        },
      ],
    },
    {
      text: 'CRES is the current term for CAR-T neurotoxicity.',
      errors: [
        { messageId: 'outdatedTerm', text: 'CRES is the current term for CAR-T neurotoxicity.', message: 'outdated' },
      ],
    },
    {
      text: 'ICANS is sometimes called CRES.',
      errors: [{ messageId: 'outdatedTerm', text: 'ICANS is sometimes called CRES.', message: 'outdated' }],
    },
    {
      text: 'ICANS, also known as CRES, is graded with the ICE score.',
      errors: [
        {
          messageId: 'outdatedTerm',
          text: 'ICANS, also known as CRES, is graded with the ICE score.',
          message: 'outdated',
        },
      ],
    },
    {
      text: 'CRES is another name for ICANS.',
      errors: [{ messageId: 'outdatedTerm', text: 'CRES is another name for ICANS.' }],
    },
    {
      text: 'NET G3 is identical to neuroendocrine carcinoma.',
      errors: [
        { messageId: 'different', text: 'NET G3 is identical to neuroendocrine carcinoma.', message: 'different' },
      ],
    },
    {
      text: 'CRES is the current term for CAR T neurotoxicity.',
      errors: [{ messageId: 'outdatedTerm', text: 'CRES is the current term for CAR T neurotoxicity.' }],
    },
    {
      text: 'CRES is the preferred name for ICANS.',
      errors: [{ messageId: 'outdatedTerm', text: 'CRES is the preferred name for ICANS.' }],
    },
    {
      text: 'CRES is the accepted name for ICANS today.',
      errors: [{ messageId: 'outdatedTerm', text: 'CRES is the accepted name for ICANS today.' }],
    },
  ],
};
export default tests;
