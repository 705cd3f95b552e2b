import type { RelationTests } from '../types';

const one = (text: string, message?: string | RegExp) => ({
  text,
  errors: [{ messageId: 'otherSigns', text, ...(message ? { message } : {}) }],
});

const tests: RelationTests = {
  valid: [
    // Its own signs; a sign it causes, not its definition; both syndromes; a denial; a question; a hedge.
    'CRS is fever, often with low blood pressure and low oxygen.',
    'ICANS can cause confusion, trouble speaking and seizures.',
    'Fever is usually the first sign of CRS.',
    'ICANS often follows CRS, so patients with ICANS may also have fever.',
    'Confusion with a high fever may mean both CRS and ICANS.',
    'ICANS is not fever and low blood pressure.',
    'Is fever with low blood pressure called ICANS?',
    'ICANS is a neurologic syndrome that can follow fever.',
    // Signs of both syndromes; a sign of the syndrome itself among others'.
    'Confusion and fever after CAR-T are called ICANS.',
    'ICANS is confusion, sometimes with fever.',
  ],
  invalid: [
    one(
      'ICANS is fever and low blood pressure.',
      'Fever and low blood pressure are signs of CRS, not ICANS: ICANS is encephalopathy, aphasia, depressed consciousness, seizures and cerebral edema.',
    ),
    one('Fever with low blood pressure after CAR-T is called ICANS.', /signs of CRS, not ICANS/),
    one('CRS means confusion, trouble speaking and seizures.', /signs of ICANS, not CRS/),
    one('ICANS is defined as high fever and low oxygen levels.', /Fever and low oxygen are signs of CRS/),
    one(
      'CRS is characterized by confusion and difficulty finding words.',
      /Encephalopathy and aphasia are signs of ICANS/,
    ),
    one(
      'ICANS is defined as fever.',
      'Fever is a sign of CRS, not ICANS: ICANS is encephalopathy, aphasia, depressed consciousness, seizures and cerebral edema.',
    ),
  ],
};
export default tests;
