import type { RelationTests } from '../types';

const one = (messageId: string, text: string, message?: string | RegExp) => ({
  text,
  errors: [{ messageId, text, ...(message ? { message } : {}) }],
});

const tests: RelationTests = {
  valid: [
    'ICAHT is the most common adverse event after CAR-T.',
    'Hypogammaglobulinemia is among the most common adverse reactions with Kymriah.',
    // A subset whose frequency is not recorded; a rarity said of something else; denied.
    'Severe ICAHT is rare after CAR-T.',
    'Grade 4 ICAHT is rare after CAR-T.',
    'Fatal infections are rare after CAR-T.',
    'Unlike ICAHT, parkinsonism is rare after CAR-T.',
    'ICAHT is not rare after CAR-T.',
    // A product's own record needs the product named; a therapy the record does not list is not judged.
    'Hypogammaglobulinemia is rare.',
    'Hypogammaglobulinemia is rare after Carvykti.',
    'Infections are rare after tocilizumab.',
    // Not asserted.
    'Is ICAHT rare after CAR-T?',
  ],
  invalid: [
    one(
      'notRare',
      'ICAHT is a rare adverse event after CAR-T.',
      'ICAHT: the most common adverse event after CAR T-cell therapy, not rare.',
    ),
    one('notRare', 'ICAHT is uncommon after CAR T-cell therapy.'),
    one('notRare', 'Infections rarely occur after Yescarta.'),
    one(
      'notRare',
      'Hypogammaglobulinemia is a rare adverse reaction with Kymriah.',
      /among the most common adverse events after Kymriah/,
    ),
  ],
};
export default tests;
