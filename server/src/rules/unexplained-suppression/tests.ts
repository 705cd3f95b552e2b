import type { RuleTests } from '../types';

const tests: RuleTests = {
  valid: [
    '<!-- therapy-lint-disable-next-line unsupported-claim -- quoted from a 2017 press release -->\nKymriah is approved for multiple myeloma.',
    '<!-- therapy-lint-disable-next-block missing-citation -- sources are in the table caption -->\n| a | b |\n|---|---|\n| 1 | 2 |',
    { text: "Text. % therapy-lint-disable-line overstated-claim -- the patient's own words", language: 'latex' },
    '<!-- an ordinary comment that mentions REASON -->\nText.',
  ],
  invalid: [
    {
      text: '<!-- therapy-lint-disable-next-line unsupported-claim -- reviewed: REASON -->\nKymriah is approved for multiple myeloma.',
      errors: [
        {
          messageId: 'noEffect',
          text: '<!-- therapy-lint-disable-next-line unsupported-claim -- reviewed: REASON -->',
          message: 'replace the placeholder "reviewed: REASON"',
        },
      ],
    },
    {
      text: '<!-- therapy-lint-disable-next-line unsupported-claim -- reason -->\nKymriah is approved for multiple myeloma.',
      errors: [
        {
          messageId: 'noEffect',
          text: '<!-- therapy-lint-disable-next-line unsupported-claim -- reason -->',
          message: 'placeholder "reason"',
        },
      ],
    },
    {
      text: '<!-- therapy-lint-disable-next-line unsupported-claim -->\nKymriah is approved for multiple myeloma.',
      errors: [
        {
          messageId: 'noEffect',
          message: 'needs a reason after "--"',
          text: '<!-- therapy-lint-disable-next-line unsupported-claim -->',
        },
      ],
    },
    {
      text: 'Kymriah is approved for multiple myeloma. % therapy-lint-disable-line unsupported-claim -- REASON',
      language: 'latex',
      errors: [
        {
          messageId: 'noEffect',
          text: '% therapy-lint-disable-line unsupported-claim -- REASON',
          message: 'has no effect',
        },
      ],
    },
  ],
};
export default tests;
