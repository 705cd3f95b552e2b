import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'BELINDA missed its primary endpoint of event-free survival.',
    'BELINDA did not meet its EFS endpoint.',
    'The BELINDA trial failed to meet its primary endpoint.',
    'BELINDA was negative, so Kymriah has no second-line indication.',
    'BELINDA fell short of its primary endpoint.',
    // A denial in another clause is not the outcome's.
    'Kymriah does not have a second-line LBCL indication, because the BELINDA trial missed its endpoint.',
    'Tisagenlecleucel has no second-line LBCL approval, because the BELINDA trial missed its primary endpoint.',
    // A secondary endpoint, no endpoint, a hedge, a question, another trial beside it, or a trial without a record.
    'BELINDA met a secondary endpoint of overall response.',
    'BELINDA met its enrolment target in 2020.',
    'BELINDA might have met its primary endpoint with longer follow-up.',
    'Did BELINDA meet its primary endpoint?',
    'Unlike BELINDA, ZUMA-7 met its primary endpoint.',
    'ZUMA-7 met its primary endpoint of event-free survival.',
    'TRANSFORM was positive.',
  ],
  invalid: [
    {
      text: 'BELINDA met its EFS endpoint, leading to a second-line approval.',
      errors: [
        {
          messageId: 'outcome',
          text: 'BELINDA met its EFS endpoint, leading to a second-line approval.',
          message: /BELINDA did not meet its primary endpoint \(event-free survival, 2021-08\)/,
        },
      ],
    },
    {
      text: 'The BELINDA trial succeeded on its primary endpoint.',
      errors: [{ messageId: 'outcome', text: 'The BELINDA trial succeeded on its primary endpoint.' }],
    },
    {
      text: 'BELINDA was positive.',
      errors: [{ messageId: 'outcome', text: 'BELINDA was positive.' }],
    },
    {
      text: 'BELINDA did not miss its primary endpoint.',
      errors: [{ messageId: 'outcome', text: 'BELINDA did not miss its primary endpoint.' }],
    },
  ],
};
export default tests;
