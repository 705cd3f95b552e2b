import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'Yescarta was first approved in the United States.',
    'Yescarta was first approved by the FDA.',
    // China's first approval of Yescarta came in 2021: with a date, "first" may be China's own first.
    'Yescarta was first approved in China in 2021.',
    'In China, Yescarta was first approved for large B-cell lymphoma.',
    // EU approvals are not complete and their first ones not recorded: not judged.
    'Kymriah was first approved in Europe.',
    // A place the knowledge base has no regulator for, a hedge, a question, a negation.
    'Kymriah was first approved in Japan.',
    'Yescarta was perhaps first approved in China.',
    'Some reports say Yescarta was first approved in China.',
    'Was Yescarta first approved in China?',
    'Yescarta was not first approved in China.',
    'The FDA was the first regulator to approve Yescarta.',
    'The United States was the first country to approve Yescarta.',
    // Two places before "first": which one is the subject is not read.
    'Unlike the EU, the US was the first country to approve Yescarta.',
    // "first" of something else.
    'Yescarta was the first CAR-T approved in China.',
  ],
  invalid: [
    {
      text: "Yescarta was first approved by China's NMPA.",
      errors: [
        {
          messageId: 'otherFirst',
          text: "Yescarta was first approved by China's NMPA.",
          message: 'Yescarta was first approved by the FDA (Oct 2017); the NMPA approved it in Jun 2021.',
        },
      ],
    },
    {
      text: 'Axi-cel was first approved in China.',
      errors: [{ messageId: 'otherFirst', text: 'Axi-cel was first approved in China.' }],
    },
    {
      text: "China's NMPA was the first regulator to approve Yescarta.",
      errors: [{ messageId: 'otherFirst', text: "China's NMPA was the first regulator to approve Yescarta." }],
    },
  ],
};
export default tests;
