import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'Seven CAR T-cell therapies are FDA-approved.',
    'The FDA has approved two BCMA-directed CAR-T products for myeloma.',
    'By March 2021, five CAR-T products had been licensed by the FDA.',
    'More than two CAR-Ts are FDA-approved for follicular lymphoma.',
    'Two of the seven FDA-approved CAR-T products target BCMA.',
    'Six CAR-T products were approved by the FDA after long trials.',
    'No three CAR-T products are approved in the same indication.',
  ],
  invalid: [
    {
      text: 'Eight CAR T-cell therapies have been approved by the FDA.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Eight CAR T-cell therapies have been approved by the FDA.',
          message: '7 CAR T-cell therapy products were FDA-approved, not 8',
        },
      ],
    },
    {
      text: 'As of 2022, the FDA had approved five CAR-T products.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'As of 2022, the FDA had approved five CAR-T products.',
          message: 'by Dec 2022',
        },
      ],
    },
    {
      text: 'Three CAR-Ts are FDA-approved for multiple myeloma.',
      errors: [
        { messageId: 'countDiffers', text: 'Three CAR-Ts are FDA-approved for multiple myeloma.', message: 'Abecma' },
      ],
    },
    {
      text: 'There are now four CD19-directed CAR-T therapies approved by the FDA.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'There are now four CD19-directed CAR-T therapies approved by the FDA.',
          message: 'not 4',
        },
      ],
    },
  ],
};
export default tests;
