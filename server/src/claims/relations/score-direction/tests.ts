import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'A lower ICE score signals more severe encephalopathy.',
    'On the ICE score, higher scores mean milder encephalopathy.',
    'Falling ICE scores signal worse encephalopathy.',
    'Higher ICE scores do not mean worse encephalopathy.',
    // A question, or a score's end without what it means, is not judged.
    'Do higher ICE scores mean worse encephalopathy?',
    'Patients with higher ICE scores were discharged earlier.',
  ],
  invalid: [
    {
      text: 'A higher ICE score signals more severe encephalopathy.',
      errors: [
        {
          messageId: 'runsOtherWay',
          text: 'A higher ICE score signals more severe encephalopathy.',
          message: /^On the ICE score, lower scores mean more severe ICANS, not higher: 7–9 is grade 1, 0–2 grade 3\.$/,
        },
      ],
    },
    {
      text: 'On the ICE score, lower scores mean better orientation and attention.',
      errors: [
        { messageId: 'runsOtherWay', text: 'On the ICE score, lower scores mean better orientation and attention.' },
      ],
    },
    {
      text: 'Lower ICE scores do not indicate worse encephalopathy.',
      errors: [{ messageId: 'runsOtherWay', text: 'Lower ICE scores do not indicate worse encephalopathy.' }],
    },
  ],
};
export default tests;
