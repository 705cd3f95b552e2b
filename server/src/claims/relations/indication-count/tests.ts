import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'Kymriah is approved for three types of cancer.',
    'Kymriah is FDA-approved for three different cancers: B-ALL, LBCL and FL.',
    'Breyanzi is now approved for five kinds of blood cancer.',
    // CLL/SLL is a leukemia and a lymphoma: four or five lymphomas both fit.
    'Breyanzi is approved for four types of lymphoma.',
    'Breyanzi is approved for five types of lymphoma.',
    // A label noun may count label entries: LBCL in two lines is one disease or two indications.
    'Yescarta has two FDA-approved indications.',
    'Yescarta has three FDA-approved indications.',
    'Abecma is approved for one disease, multiple myeloma.',
    // A cut-off date: the approvals up to then.
    'As of 2019, Kymriah was approved for two types of cancer.',
    // A past without a date, a bound, a population, a line or another regulator narrow or blur the count.
    'Kymriah was approved for two types of cancer.',
    'In 2018, Kymriah was approved for two types of cancer.',
    'Kymriah is approved for more than two types of cancer.',
    'Kymriah is approved for two types of cancer in adults.',
    'Breyanzi is approved for four cancers after two or more prior lines.',
    'Kymriah is approved in the EU for two types of cancer.',
    // Not the product's approvals: a hedge, a question, a count that is not of its diseases.
    'Kymriah may soon be approved for four types of cancer.',
    'Is Kymriah approved for two types of cancer?',
    'Kymriah is approved for two cancer centers in the state.',
    'Kymriah has two patients with cancer in the trial.',
    'Kymriah is not approved for two types of cancer.',
    // A rank: the disease named is the product's nth by first approval (tied dates share a place).
    "Marginal zone lymphoma is Breyanzi's fifth FDA-approved cancer type.",
    'The FDA approved Breyanzi for marginal zone lymphoma, its fifth cancer type.',
    "Follicular lymphoma became Kymriah's third cancer type in 2022.",
    "Mantle cell lymphoma was Breyanzi's fourth cancer type.",
    // An indication noun may count label entries: LBCL in two lines makes FL Yescarta's second disease or third entry.
    "Follicular lymphoma was Yescarta's second indication.",
    // Narrowed, negated, about another product, another regulator's incomplete record, or two diseases: not judged.
    "Marginal zone lymphoma is Breyanzi's third cancer type in adults over 65.",
    "Marginal zone lymphoma is not Breyanzi's third cancer type.",
    "Marginal zone lymphoma is Breyanzi's third cancer type in the EU.",
    'Kymriah and Breyanzi share follicular lymphoma, its third cancer type.',
    'Patients treated with Carvykti may develop a second cancer.',
  ],
  invalid: [
    {
      text: "Bristol Myers Squibb said marginal zone lymphoma is Breyanzi's third FDA-approved cancer type.",
      errors: [
        {
          messageId: 'rankDiffers',
          text: "Bristol Myers Squibb said marginal zone lymphoma is Breyanzi's third FDA-approved cancer type.",
          message:
            "MZL is Breyanzi's fifth FDA-approved cancer type, not its third: LBCL (Feb 2021), CLL (Mar 2024), FL (May 2024), MCL (May 2024) and MZL (Dec 2025).",
        },
      ],
    },
    {
      text: 'Kymriah was approved for follicular lymphoma in 2022, its second cancer type.',
      errors: [
        {
          messageId: 'rankDiffers',
          text: 'Kymriah was approved for follicular lymphoma in 2022, its second cancer type.',
          message: /^FL is Kymriah's third FDA-approved cancer type, not its second/,
        },
      ],
    },
    {
      text: 'Kymriah is approved for two types of cancer.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Kymriah is approved for two types of cancer.',
          message:
            'Kymriah is FDA-approved for 3 diseases, not 2: B-cell ALL (Aug 2017), LBCL (May 2018) and FL (May 2022).',
        },
      ],
    },
    {
      text: 'Breyanzi is FDA-approved for three different cancers.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Breyanzi is FDA-approved for three different cancers.',
          message: /^Breyanzi is FDA-approved for 5 diseases, not 3/,
        },
      ],
    },
    {
      text: 'Breyanzi is approved for two types of lymphoma.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Breyanzi is approved for two types of lymphoma.',
          message: /^Breyanzi is FDA-approved for 4 or 5 kinds of lymphoma, not 2/,
        },
      ],
    },
    {
      text: 'Yescarta has four FDA-approved indications.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Yescarta has four FDA-approved indications.',
          message: /^Yescarta is FDA-approved for 2 diseases in 3 indications, not 4/,
        },
      ],
    },
    {
      text: 'As of 2019, Kymriah was approved for three types of cancer.',
      errors: [{ messageId: 'countDiffers', text: 'As of 2019, Kymriah was approved for three types of cancer.' }],
    },
  ],
};
export default tests;
