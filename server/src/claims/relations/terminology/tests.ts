import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'ICANS replaced the older term CRES.',
    'CRES is an older term that was replaced by ICANS.',
    'ICANS was formerly known as CRES.',
    'Cytokine release syndrome, also known as CRS, is common after CAR-T.',
    'A grade 3 NET is not the same as a neuroendocrine carcinoma.',
  ],
  invalid: [
    { text: 'CRES is the current term for CAR-T neurotoxicity.', message: 'outdated' },
    { text: 'ICANS is sometimes called CRES.', message: 'outdated' },
    { text: 'ICANS, also known as CRES, is graded with the ICE score.', message: 'outdated' },
    { text: 'CRES is another name for ICANS.' },
    { text: 'NET G3 is identical to neuroendocrine carcinoma.', message: 'different' },
  ],
};
export default tests;
