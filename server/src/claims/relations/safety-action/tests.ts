import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A year after an article dates its own noun phrase, not a listed action after it.
    "Pages on the 2025 end of the REMS, the FDA's T-cell malignancy investigation and the boxed warning.",
    'In the 2022 review, the FDA opened an investigation into T-cell malignancies after CAR-T.',
    // The recorded dates, to the month or the year.
    'The FDA opened its investigation in November 2023 after 22 reports of T-cell cancers.',
    'In 2023 the FDA began investigating T-cell malignancies after CAR-T.',
    'The FDA sent safety labeling change letters about T-cell malignancies on 19 January 2024.',
    'In January 2024 the FDA sent letters to CAR-T makers about T-cell malignancies.',
    // A date that bounds the action, a date in an aside, a denied action, another regulator, no regulator named.
    'By early 2024 the FDA had sent safety labeling change letters about T-cell malignancies.',
    'Since 2024 the FDA has been investigating T-cell malignancies after CAR-T.',
    'The FDA did not open an investigation into T-cell malignancies in 2022.',
    "Health Canada's investigation of T-cell cancers after CAR-T began in 2024.",
    'An investigation of T-cell malignancies at our centre began in 2024.',
    // Two actions in one clause: which date is whose is not read.
    'The FDA opened an investigation into T-cell malignancies and sent letters in 2024.',
  ],
  invalid: [
    // A year after an article dates the action its word heads, a few words on ("the 2022 FDA investigation").
    {
      text: 'The 2022 FDA investigation into T-cell malignancies after CAR-T found 22 cases.',
      errors: [
        {
          messageId: 'date',
          text: 'The 2022 FDA investigation into T-cell malignancies after CAR-T found 22 cases.',
          message: 'The FDA investigation on T-cell malignancies dates from Nov 2023, not 2022.',
        },
      ],
    },
    {
      text: 'The FDA began investigating T-cell malignancies after CAR-T in June 2022.',
      errors: [
        {
          messageId: 'date',
          text: 'The FDA began investigating T-cell malignancies after CAR-T in June 2022.',
          message: 'The FDA investigation on T-cell malignancies dates from Nov 2023, not Jun 2022.',
        },
      ],
    },
    {
      text: 'In November 2024 the FDA opened its investigation into secondary T-cell cancers after CAR T-cell therapy.',
      errors: [
        {
          messageId: 'date',
          text: 'In November 2024 the FDA opened its investigation into secondary T-cell cancers after CAR T-cell therapy.',
        },
      ],
    },
    {
      text: 'The FDA sent safety labeling change letters about T-cell malignancies in September 2024.',
      errors: [
        {
          messageId: 'date',
          text: 'The FDA sent safety labeling change letters about T-cell malignancies in September 2024.',
        },
      ],
    },
  ],
};
export default tests;
