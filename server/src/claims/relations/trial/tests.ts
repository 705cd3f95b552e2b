import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // The class of basing (data/lexicon/basing-verbs): the trial's own product in any form.
    "CARTITUDE-4 backed Carvykti's 2024 approval.",
    "Breyanzi's second-line approval was grounded in TRANSFORM.",
    'Abecma won its 2024 approval on the strength of KarMMa-3.',
    // Forms of the class with no approval to rest on it are other words.
    'Patients in ELARA who relapsed went back on Breyanzi.',
    'ELARA investigators looked back at Breyanzi data.',
    'Supporting the ELARA data, Breyanzi also showed responses.',
    // An appositive describes the trial before it.
    'ZUMA-2, the registration study of Tecartus in mantle cell lymphoma, enrolled adults.',
    'ELARA, a study of Kymriah in follicular lymphoma, reported durable responses.',
    'ZUMA-7 tested Yescarta in second-line large B-cell lymphoma.',
    'The KarMMa-3 trial led to the approval of Abecma after two prior lines.',
    'BELINDA investigated Kymriah as second-line therapy.',
    "CARTITUDE-4 was the trial behind Carvykti's 2024 approval.",
    'ZUMA-7 did not test Breyanzi.',
    'Did ZUMA-7 test Breyanzi?',
    'Unlike Breyanzi, Yescarta was tested in ZUMA-7.',
    'ZUMA-7 and TRANSFORM tested Yescarta and Breyanzi in second-line lymphoma.',
    'Breyanzi results resembled those of ZUMA-7.',
    'CARTITUDE-4 evaluated Carvykti versus pomalidomide, bortezomib and dexamethasone.',
    'The approval is supported by CARTITUDE-4, the first phase 3 study evaluating a CAR-T versus pomalidomide.',
    'In the ELIANA study, Kymriah induced remissions in children with B-ALL.',
    '- SPEARHEAD-1: afami-cel in synovial sarcoma',
    'In the years after ZUMA-1, Breyanzi was approved for large B-cell lymphoma.',
    'Abecma was approved on the basis of the KarMMa trial.',
    // A trial's own research wording is asserted; another hedge still is not.
    'In the TRANSFORM study, Breyanzi was evaluated in second-line lymphoma.',
    'In ZUMA-7, Breyanzi may be tested next year.',
    "Tecartus's 2021 approval in adult ALL rested on ZUMA-3.",
  ],
  invalid: [
    {
      text: "Carvykti's 2024 label expansion was based on KarMMa-3.",
      errors: [{ messageId: 'otherProduct', text: "Carvykti's 2024 label expansion was based on KarMMa-3." }],
    },
    {
      text: "The ELARA results backed Breyanzi's follicular lymphoma approval.",
      errors: [
        { messageId: 'otherProduct', text: "The ELARA results backed Breyanzi's follicular lymphoma approval." },
      ],
    },
    {
      text: 'Carvykti won its 2024 approval on the strength of FELIX.',
      errors: [{ messageId: 'otherProduct', text: 'Carvykti won its 2024 approval on the strength of FELIX.' }],
    },
    {
      text: "Abecma's 2024 approval was underpinned by CARTITUDE-4.",
      errors: [{ messageId: 'otherProduct', text: "Abecma's 2024 approval was underpinned by CARTITUDE-4." }],
    },
    // An "after" phrase inside the subject, before its verb, is no clause of its own.
    {
      text: "Carvykti's approval after one prior line rested on KarMMa-3.",
      errors: [
        {
          messageId: 'otherProduct',
          text: "Carvykti's approval after one prior line rested on KarMMa-3.",
          message: /KarMMa-3 studied Abecma, not Carvykti/,
        },
      ],
    },
    {
      text: "Kymriah's follicular lymphoma approval rested on the ZUMA-5 trial.",
      errors: [
        {
          messageId: 'otherProduct',
          text: "Kymriah's follicular lymphoma approval rested on the ZUMA-5 trial.",
          message: /ZUMA-5 studied Yescarta, not Kymriah/,
        },
      ],
    },
    {
      text: 'In the JULIET trial, Yescarta was studied in adults with relapsed lymphoma.',
      errors: [
        {
          messageId: 'otherProduct',
          text: 'In the JULIET trial, Yescarta was studied in adults with relapsed lymphoma.',
          message: /JULIET studied Kymriah, not Yescarta/,
        },
      ],
    },
    {
      text: "CARTITUDE-4 was the trial behind Abecma's 2024 approval.",
      errors: [{ messageId: 'otherProduct', text: "CARTITUDE-4 was the trial behind Abecma's 2024 approval." }],
    },
    {
      text: 'ZUMA-2, the registration study of Breyanzi in mantle cell lymphoma, enrolled adults.',
      errors: [
        {
          messageId: 'otherProduct',
          text: 'ZUMA-2, the registration study of Breyanzi in mantle cell lymphoma, enrolled adults.',
          message: /^ZUMA-2 studied Tecartus, not Breyanzi\.$/,
        },
      ],
    },
    {
      text: 'In the ELIANA study, Tecartus induced remissions in children with B-ALL.',
      errors: [
        {
          messageId: 'otherProduct',
          text: 'In the ELIANA study, Tecartus induced remissions in children with B-ALL.',
          message: /ELIANA studied Kymriah, not Tecartus/,
        },
      ],
    },
    {
      text: '- SPEARHEAD-1: lifileucel in synovial sarcoma',
      errors: [{ messageId: 'otherProduct', text: 'SPEARHEAD-1: lifileucel in synovial sarcoma' }],
    },
    {
      text: 'Carvykti was approved on the basis of the KarMMa trial.',
      errors: [{ messageId: 'otherProduct', text: 'Carvykti was approved on the basis of the KarMMa trial.' }],
    },
    {
      text: 'ZUMA-7 tested Breyanzi in second-line large B-cell lymphoma.',
      errors: [
        {
          messageId: 'otherProduct',
          text: 'ZUMA-7 tested Breyanzi in second-line large B-cell lymphoma.',
          message: /ZUMA-7 studied Yescarta, not Breyanzi/,
        },
      ],
    },
    {
      text: "The KarMMa-3 trial led to Carvykti's approval after two prior lines.",
      errors: [
        {
          messageId: 'otherProduct',
          text: "The KarMMa-3 trial led to Carvykti's approval after two prior lines.",
          message: /KarMMa-3 studied Abecma, not Carvykti/,
        },
      ],
    },
  ],
};
export default tests;
