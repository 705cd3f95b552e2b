import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'The ICE score tests orientation (4 points), naming (3 points), writing (1 point) and attention (1 point).',
    'In the ICE score, orientation is worth 4 points.',
    'ICE score: orientation: 4 points.',
    // No link: a patient's points.
    'On the ICE score, she lost 3 points on orientation after day 5.',
    // Negated or hedged.
    'In the ICE score, orientation is not worth 3 points.',
    'In the ICE score, orientation may be worth 3 points in a local version.',
    // No score with items named.
    'Orientation (3 points) is part of the CAPD screen.',
  ],
  invalid: [
    {
      text: 'The ICE score tests orientation (3 points) and naming (3 points).',
      errors: [
        {
          messageId: 'otherPoints',
          text: 'The ICE score tests orientation (3 points) and naming (3 points).',
          message: 'In the ICE score, orientation gives 4 points, not 3.',
        },
      ],
    },
    {
      text: 'In the ICE score, writing is worth 2 points.',
      errors: [
        { messageId: 'otherPoints', text: 'In the ICE score, writing is worth 2 points.', message: /1 point, not 2/ },
      ],
    },
    {
      text: '- ICE score: naming 4 points',
      errors: [{ messageId: 'otherPoints', text: 'ICE score: naming 4 points', message: /naming gives 3 points/ }],
    },
  ],
};
export default tests;
