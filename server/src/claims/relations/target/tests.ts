import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'By 2022, four approved CAR-Ts targeted CD19.',
    'Five of the FDA-approved CAR T-cell therapies are CD19-directed, and two of them target BCMA.',
    'A next-generation obe-cel is expected to target CD22 as well.',
    'Carvykti, which is not approved for lymphoma, targets BCMA.',
    'Yescarta targets CD19, not BCMA.',
    'Carvykti, a BCMA-directed CAR-T, is approved for myeloma.',
    'Unlike Kymriah, Abecma targets BCMA.',
    'Kymriah and Breyanzi target CD19.',
    'Tecelra is a TCR-T therapy that targets MAGE-A4.',
    'Abecma does not target CD19.',
    'Arlo-cel is a GPRC5D-directed CAR-T.',
    'Abecma targets BCMA, whereas Kymriah targets CD19.',
    'Some sources wrongly say that Kymriah targets BCMA.',
    'Abecma and Carvykti both target BCMA.',
    'Aucatzyl is a CD19-directed CAR-T.',
  ],
  invalid: [
    { text: 'Four approved CAR-Ts target CD19.', message: 'not 4' },
    { text: 'Of the FDA-approved CAR-T products, three target BCMA.', message: '2 of the 7 FDA-approved' },
    { text: 'As anticipated, Breyanzi targets BCMA.', message: 'not BCMA' },
    { text: 'Kymriah, which is approved for follicular lymphoma, does not target CD19.', message: 'does target CD19' },
    { text: 'Kymriah targets BCMA.', message: 'Kymriah targets CD19, not BCMA' },
    { text: 'Yescarta is a BCMA-directed CAR-T.' },
    { text: 'Abecma is an anti-CD19 CAR T-cell therapy.' },
    { text: 'Cilta-cel targets CD19.' },
    { text: 'Kymriah and Abecma target CD19.', message: 'Abecma' },
    { text: 'Carvykti does not target BCMA.', message: 'does target' },
    { text: 'Abecma targets GPRC5D.' },
    { text: 'Kymriah is a BCMA-directed CAR-T.' },
    { text: 'Arlo-cel targets BCMA.' },
    { text: 'Aucatzyl is a BCMA-targeted CAR-T.' },
  ],
};
export default tests;
