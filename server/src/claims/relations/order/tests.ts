import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'Kymriah was approved before Abecma.',
    'Breyanzi was approved after Yescarta.',
    'Abecma was not approved before Kymriah.',
    'Carvykti was FDA-approved about a year after Abecma.',
    'Was Abecma approved before Kymriah?',
    'Some sources wrongly say that Abecma was approved before Kymriah.',
    'Tocilizumab was approved for CRS on the same day as Kymriah.',
    'Breyanzi was approved for CLL after Kymriah.',
    'Patients received tocilizumab after Kymriah was approved.',
    'Grade 3 events occurred mostly within the first 3 days after Yescarta infusion.',
    'Yescarta was approved after Kymriah.',
    // A gap within a whole unit of the recorded one, rounded or approximate, holds.
    'Abecma was approved about four years after Kymriah.',
    'Yescarta was approved two months after Kymriah.',
    'The FDA approved Aucatzyl seven years after Kymriah.',
    // A month-only date on record widens a gap in months by one: Tecelra (Aug 2024) after Amtagvi (16 Feb 2024).
    'Tecelra was approved seven months after Amtagvi.',
    // A bound, a fraction or a denied gap is not judged.
    'Yescarta was approved more than two years after Kymriah.',
    'Aucatzyl was approved 1.5 years after Abecma.',
    'Carvykti was not approved two years after Abecma.',
    // Arrival on the market, or approval as a noun, compared with another product's.
    'Kymriah reached US patients before Yescarta did.',
    'Abecma won FDA approval ahead of Carvykti.',
    'Aucatzyl came to the US market later than Breyanzi.',
    'Carvykti was not approved by the FDA before Abecma.',
    // Someone else's belief is reported, not asserted.
    'Some writers believe Aucatzyl was approved before Kymriah.',
    // The compared event as a clause of its own.
    'Yescarta was approved two months after Kymriah was.',
    'Abecma was approved before Carvykti was approved.',
    // A named disease: each product's one approval for it, or the other's first approval when it has none for it.
    "Yescarta's follicular lymphoma approval came about a year before Kymriah's.",
    'Breyanzi was approved for CLL years after Kymriah.',
    // Several approvals for the disease: which one is meant is not said.
    'Yescarta was approved for large B-cell lymphoma after Kymriah.',
    // Approval nouns and order verbs of the vocabulary, true; "followed by" names what came after.
    'Abecma got the FDA nod before Carvykti.',
    "Carvykti's licence followed Abecma's by about a year.",
    'Kymriah was approved in August 2017, followed by Yescarta.',
    'Patients approved for Yescarta were followed up after Kymriah treatment.',
    // One product against the day the REMS ended.
    'Aucatzyl was approved before the REMS for CAR-Ts ended.',
    // A modifier the check does not read ("marginal zone" without "lymphoma", a line) leaves the approval open.
    "Breyanzi's marginal zone approval came after the REMS was lifted.",
    "Carvykti's second-line approval came one day after Abecma's.",
    'Kymriah was approved about eight years before the REMS was eliminated.',
    'Hospitals had to stock tocilizumab from the day Yescarta was approved until the REMS ended in 2025.',
  ],
  invalid: [
    {
      text: 'Breyanzi was approved for marginal zone lymphoma before the REMS ended.',
      errors: [
        {
          messageId: 'approvedAfter',
          text: 'Breyanzi was approved for marginal zone lymphoma before the REMS ended.',
          message:
            /Breyanzi was first approved for marginal zone lymphoma after the end of the REMS: Breyanzi in Dec 2025/,
        },
      ],
    },
    {
      text: 'Kymriah was approved two years before the REMS was eliminated.',
      errors: [
        {
          messageId: 'gapDiffers',
          text: 'Kymriah was approved two years before the REMS was eliminated.',
          message: /7 years and 10 months before the end of the REMS, not two years/,
        },
      ],
    },
    {
      text: "Kymriah's follicular lymphoma approval preceded Yescarta's.",
      errors: [
        {
          messageId: 'approvedAfter',
          text: "Kymriah's follicular lymphoma approval preceded Yescarta's.",
          message: /Kymriah was first approved for follicular lymphoma after Yescarta: Kymriah in May 2022/,
        },
      ],
    },
    {
      text: 'Tocilizumab won its CRS approval three months after Kymriah.',
      errors: [
        {
          messageId: 'sameDay',
          text: 'Tocilizumab won its CRS approval three months after Kymriah.',
          message: /on the same day as Kymriah \(Aug 2017\), not three months after/,
        },
      ],
    },
    {
      text: 'Breyanzi hit the market ahead of Yescarta.',
      errors: [{ messageId: 'approvedAfter', text: 'Breyanzi hit the market ahead of Yescarta.' }],
    },
    {
      text: "Tecartus's licence followed Kymriah's by five years.",
      errors: [
        {
          messageId: 'gapDiffers',
          text: "Tecartus's licence followed Kymriah's by five years.",
          message: /2 years and 11 months after Kymriah, not five years/,
        },
      ],
    },
    {
      text: 'Breyanzi was approved before Kymriah was approved.',
      errors: [{ messageId: 'approvedAfter', text: 'Breyanzi was approved before Kymriah was approved.' }],
    },
    {
      text: 'Abecma was approved before Kymriah.',
      errors: [
        {
          messageId: 'approvedAfter',
          text: 'Abecma was approved before Kymriah.',
          message: /Abecma was first approved after Kymriah: Abecma in Mar 2021 \(FDA\), Kymriah in Aug 2017 \(FDA\)/,
        },
      ],
    },
    {
      text: 'Yescarta was approved after Breyanzi.',
      errors: [
        {
          messageId: 'approvedBefore',
          text: 'Yescarta was approved after Breyanzi.',
          message: /Yescarta was first approved before Breyanzi/,
        },
      ],
    },
    {
      text: 'Carvykti was FDA-approved earlier than Abecma.',
      errors: [
        {
          messageId: 'approvedAfter',
          text: 'Carvykti was FDA-approved earlier than Abecma.',
          message: /Carvykti was first approved after Abecma/,
        },
      ],
    },
    {
      text: 'Aucatzyl and Tecartus were both approved prior to Kymriah.',
      errors: [
        {
          messageId: 'approvedAfter',
          text: 'Aucatzyl and Tecartus were both approved prior to Kymriah.',
          message: /Aucatzyl was first approved after Kymriah/,
        },
        { messageId: 'approvedAfter', text: 'Aucatzyl and Tecartus were both approved prior to Kymriah.' },
      ],
    },
    {
      text: 'Kymriah was not approved before Yescarta.',
      errors: [
        {
          messageId: 'approvedBefore',
          text: 'Kymriah was not approved before Yescarta.',
          message: /Kymriah was first approved before Yescarta/,
        },
      ],
    },
    {
      text: 'Carvykti was approved about two years after Abecma.',
      errors: [
        {
          messageId: 'gapDiffers',
          text: 'Carvykti was approved about two years after Abecma.',
          message: /Carvykti was first approved 11 months after Abecma, not two years/,
        },
      ],
    },
    {
      text: 'Yescarta was approved seven months after Kymriah.',
      errors: [{ messageId: 'gapDiffers', text: 'Yescarta was approved seven months after Kymriah.' }],
    },
    // Without a subject before the verb, its object is what was approved.
    {
      text: 'The FDA approved Aucatzyl three years after Kymriah.',
      errors: [
        {
          messageId: 'gapDiffers',
          text: 'The FDA approved Aucatzyl three years after Kymriah.',
          message: /7 years and 2 months after Kymriah, not three years/,
        },
      ],
    },
    {
      text: 'The FDA approved Carvykti a year before Abecma.',
      errors: [{ messageId: 'approvedAfter', text: 'The FDA approved Carvykti a year before Abecma.' }],
    },
    {
      text: 'Carvykti won FDA approval ahead of Abecma.',
      errors: [
        {
          messageId: 'approvedAfter',
          text: 'Carvykti won FDA approval ahead of Abecma.',
          message: /Carvykti was first approved after Abecma: Carvykti in Feb 2022 \(FDA\), Abecma in Mar 2021/,
        },
      ],
    },
    {
      text: 'Yescarta reached patients sooner than Kymriah.',
      errors: [{ messageId: 'approvedAfter', text: 'Yescarta reached patients sooner than Kymriah.' }],
    },
    {
      text: 'Tecartus came to the US market later than Breyanzi.',
      errors: [{ messageId: 'approvedBefore', text: 'Tecartus came to the US market later than Breyanzi.' }],
    },
    {
      text: 'Kymriah was approved after Yescarta.',
      errors: [{ messageId: 'approvedBefore', text: 'Kymriah was approved after Yescarta.' }],
    },
  ],
};
export default tests;
