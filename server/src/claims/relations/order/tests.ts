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
  ],
  invalid: [
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
      text: 'Kymriah was approved after Yescarta.',
      errors: [{ messageId: 'approvedBefore', text: 'Kymriah was approved after Yescarta.' }],
    },
  ],
};
export default tests;
