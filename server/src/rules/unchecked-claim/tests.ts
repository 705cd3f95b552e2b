import type { RuleTests } from '../types';

const longList = ' and lymphoma'.repeat(150);

const tests: RuleTests = {
  valid: [
    // Judged: short enough.
    'Kymriah is approved for multiple myeloma.',
    // Too long, but nothing in it names a therapy or makes a statement a relation reads.
    `Patients enjoyed gardening${' and reading'.repeat(160)}.`,
    // Too long, under a heading that quotes errors: nothing there would be judged.
    `## Myths\n\nKymriah is approved for multiple myeloma${longList}.`,
  ],
  invalid: [
    {
      // Beyond the per-sentence budget: not judged, and the writer is told why, on the whole sentence.
      text: `Kymriah is approved for multiple myeloma${longList}.`,
      errors: [
        {
          messageId: 'tooLong',
          text: `Kymriah is approved for multiple myeloma${longList}.`,
          message: /^This sentence is too long for its claims to be checked \(more than 300 words\)/,
        },
      ],
    },
    {
      // Named by a pronoun: the sentence before says which product.
      text: `Kymriah is a CAR-T. It is approved for multiple myeloma${longList}.`,
      errors: [{ messageId: 'tooLong', text: `It is approved for multiple myeloma${longList}.` }],
    },
  ],
};
export default tests;
