import type { RelationTests } from '../types';

const one = (messageId: string, text: string, message?: string | RegExp) => ({
  text,
  errors: [{ messageId, text, ...(message ? { message } : {}) }],
});

const tests: RelationTests = {
  valid: [
    'Breyanzi is given as CD4 and CD8 CAR T cells in a defined 1:1 ratio.',
    'Breyanzi has a defined CD4:CD8 ratio of 1:1.',
    // A cohort's observation, a product with no recorded ratio, two products, a denial.
    'In the trial, the median CD4:CD8 ratio of Breyanzi cells at day 7 was 2:1.',
    'Kymriah is given as CD4 and CD8 CAR T cells in a 2:1 ratio.',
    'Unlike Kymriah, Breyanzi gives CD4 and CD8 cells in a 1:1 ratio.',
    'Breyanzi is not given as CD4 and CD8 CAR T cells in a 2:1 ratio.',
  ],
  invalid: [
    one(
      'otherRatio',
      'Breyanzi is given as CD4 and CD8 CAR T cells in a defined 2:1 ratio.',
      'Breyanzi gives CD4 and CD8 CAR T cells in a defined 1:1 ratio, not 2:1.',
    ),
    one('otherRatio', 'Liso-cel gives CD4 and CD8 CAR T cells in a 3 to 1 ratio.'),
    one('otherRatio', 'Breyanzi delivers CD8 and CD4 CAR T cells at a 1:2 ratio.', /not 2:1/),
  ],
};
export default tests;
