import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A year with an approval held ("held FDA approval in 2023") counts the products approved by its end.
    'Six CAR-T products held FDA approval in 2023.',
    'In 2023, six CAR-T products had FDA approval.',
    // ", by which time": the clause holds by the date before it, not today.
    'She died in September 2026, by which time the FDA had approved seven CAR T-cell products.',
    'He retired from the unit in May 2023, by which time the FDA had approved six CAR-T products.',
    // A count in a company's object counts that company's products.
    'Gilead said Kite now markets two FDA-approved CAR T-cell therapies: Yescarta and Tecartus.',
    'Bristol Myers Squibb markets two FDA-approved CAR-T products.',
    // A limitation of use lifted since (Yescarta, PCNSL): the count changed without an approval.
    'One CAR-T therapy is FDA-approved for primary CNS lymphoma.',
    // A product joining others: the members first approved before it; without a join verb "other" is not judged.
    'Aucatzyl joins six other FDA-approved CAR-T therapies.',
    'Carvykti joined five other FDA-approved CAR-T products.',
    'Kymriah and four other CAR-T products are approved by the FDA for lymphoma.',
    // An approval held or won, as "approved".
    'By the end of 2022, six CAR-T products had FDA approval.',
    'Seven CAR-T products have FDA approval.',
    // New products in a year: those first approved in it; a count of indications or approvals is not of products.
    'In 2021 the FDA approved two new CAR-T products.',
    'In 2017 the FDA approved two novel CAR-T therapies.',
    'The FDA approved three new CAR-T indications in 2021.',
    'Three CAR-T indications are FDA-approved.',
    // Without "new", a year's count may count a product's new indications too.
    'In 2021 the FDA approved three CAR-T products.',
    'By the end of 2017, the FDA had approved two CAR T-cell therapies.',
    'By the end of 2016, no CAR-T had been approved, and one CAR-T was in review.',
    // A date in a relative or participle aside dates the aside's predicate, not the count.
    'Kymriah, which was approved in 2017, remains one of seven FDA-approved CAR-Ts.',
    // An attributive count in another predicate's prepositional object describes what that predicate is about.
    'In June 2025, the FDA dropped the REMS requirement for six approved CAR-T cell therapies.',
    // "one of N": N is the whole count.
    'Carvykti is one of two BCMA-directed CAR-Ts approved in the US.',
    'Seven CAR T-cell therapies are FDA-approved.',
    'The FDA has approved two BCMA-directed CAR-T products for myeloma.',
    'By March 2021, five CAR-T products had been licensed by the FDA.',
    'More than two CAR-Ts are FDA-approved for follicular lymphoma.',
    'Two of the seven FDA-approved CAR-T products target BCMA.',
    'Six CAR-T products were approved by the FDA after long trials.',
    'No three CAR-T products are approved in the same indication.',
    'In 2017, the FDA approved two CAR-T therapies.',
    'In 2021 and 2022, the FDA approved two CAR-T therapies for multiple myeloma.',
    'The FDA in 2017 approved two CAR T-cell therapies for certain leukemias and lymphomas.',
    'Between 2017 and 2022, the FDA approved six CAR-T therapies for leukemia, lymphoma and myeloma.',
    'By the end of 2021, the FDA had approved five CAR-T products.',
    'Between 2017 and 2022 the FDA approved six CAR-T products.',
    // Four products had an approval in 2024 (one new, three new indications): "two" may count either.
    'In 2024, the FDA approved two CAR-T therapies.',
    // A past perfect counts up to the time the sentence names, or to a dated approval.
    'Before 2021, the FDA had approved three CAR-T therapies.',
    // "By early 2022" spans Carvykti's approval (February 2022): five and six both fit.
    'By early 2022, the FDA had approved six CAR-T therapies.',
    'By early 2022, the FDA had approved five CAR-T therapies.',
    "With Carvykti's approval in February 2022, the FDA had approved six CAR-T products.",
    "Tecartus's approval in July 2020 brought the number of FDA-approved CAR-T therapies to three.",
    'The number of FDA-approved CAR-T therapies rose to seven in 2024.',
    // Not a past perfect: the approval's date does not bound today's count.
    "Since Kymriah's approval in 2017, the FDA has approved seven CAR-T therapies.",
    // An opening partitive presupposes the whole count, unless more than the approval restricts it.
    'Of the seven CAR-T products the FDA has approved, two target BCMA.',
    'Of the six FDA-approved CAR-Ts in our survey, four use 4-1BB.',
    // The diseases after the partitive's comma are what the rest says of the set, not what it counts.
    'Of the seven CAR-Ts the FDA has approved, none is approved for breast cancer.',
    'Of the seven CAR-Ts the FDA has approved, none is approved for multiple myeloma as a first treatment.',
  ],
  invalid: [
    {
      text: 'Seven CAR-T products held FDA approval in 2023.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Seven CAR-T products held FDA approval in 2023.',
          message: /^6 CAR T-cell therapy products were FDA-approved by Dec 2023, not 7/,
        },
      ],
    },
    // A past perfect of receiving is an event in its year.
    {
      text: 'Three CAR-T products had received FDA approval in 2017.',
      errors: [{ messageId: 'countDiffers', text: 'Three CAR-T products had received FDA approval in 2017.' }],
    },
    {
      text: 'He retired in 2016, by which time the FDA had approved two CAR-T products.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'He retired in 2016, by which time the FDA had approved two CAR-T products.',
          message: /^As of Dec 2016: No CAR T-cell therapy product was FDA-approved, not 2\.$/,
        },
      ],
    },
    {
      text: 'Aucatzyl joins five other FDA-approved CAR-T therapies.',
      errors: [
        {
          messageId: 'othersDiffer',
          text: 'Aucatzyl joins five other FDA-approved CAR-T therapies.',
          message: 'Aucatzyl joined 6 other CAR T-cell therapy products when it was approved (Nov 2024), not 5.',
        },
      ],
    },
    {
      text: 'By the end of 2022, seven CAR-T products had FDA approval.',
      errors: [{ messageId: 'countDiffers', text: 'By the end of 2022, seven CAR-T products had FDA approval.' }],
    },
    {
      text: 'Five CAR-T products have FDA approval.',
      errors: [{ messageId: 'countDiffers', text: 'Five CAR-T products have FDA approval.' }],
    },
    {
      text: 'In 2021 the FDA approved three new CAR-T products.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'In 2021 the FDA approved three new CAR-T products.',
          message: /^2 CAR T-cell therapy products were FDA-approved in 2021, not 3: Breyanzi \(Feb 2021\) and Abecma/,
        },
      ],
    },
    {
      text: 'Between 2017 and 2020 the FDA approved four new CAR-T products.',
      errors: [{ messageId: 'countDiffers', text: 'Between 2017 and 2020 the FDA approved four new CAR-T products.' }],
    },
    // A count of none is said in words, with the class's record as the source.
    {
      text: 'The FDA has approved three allogeneic CAR-T products.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'The FDA has approved three allogeneic CAR-T products.',
          message: /^No allogeneic CAR T-cell therapy product was FDA-approved, not 3/,
        },
      ],
    },
    {
      text: 'By mid-2023, the FDA had approved seven CAR-T therapies.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'By mid-2023, the FDA had approved seven CAR-T therapies.',
          message: /^As of Aug 2023: 6 .* not 7/,
        },
      ],
    },
    {
      text: 'Before 2021, the FDA had approved four CAR-T therapies.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Before 2021, the FDA had approved four CAR-T therapies.',
          message: /^As of Dec 2020: 3 .* not 4/,
        },
      ],
    },
    {
      text: "With Carvykti's approval in February 2022, the FDA had approved five CAR-T products.",
      errors: [
        {
          messageId: 'countDiffers',
          text: "With Carvykti's approval in February 2022, the FDA had approved five CAR-T products.",
          message: /by Feb 2022, not 5/,
        },
      ],
    },
    {
      text: "Tecartus's approval in July 2020 brought the number of FDA-approved CAR-T therapies to four.",
      errors: [
        {
          messageId: 'countDiffers',
          text: "Tecartus's approval in July 2020 brought the number of FDA-approved CAR-T therapies to four.",
          message: /by Jul 2020, not 4/,
        },
      ],
    },
    {
      text: 'Of the six CAR-T products the FDA has approved, two target BCMA.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Of the six CAR-T products the FDA has approved, two target BCMA.',
          message: /^7 .* not 6/,
        },
      ],
    },
    // "one" as the approval verb's object is a count.
    {
      text: 'By the end of 2017, the FDA had approved one CAR T-cell therapy.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'By the end of 2017, the FDA had approved one CAR T-cell therapy.',
          message: /not 1/,
        },
      ],
    },
    // As the subject, or the approval verb's own object, the count is claimed.
    {
      text: 'In June 2025, the FDA listed five approved CAR-T cell therapies.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'In June 2025, the FDA listed five approved CAR-T cell therapies.',
          message: 'by Jun 2025, not 5',
        },
      ],
    },
    {
      text: 'Carvykti is one of three BCMA-directed CAR-Ts approved in the US.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Carvykti is one of three BCMA-directed CAR-Ts approved in the US.',
          message: 'not 3',
        },
      ],
    },
    {
      text: 'In 2017, the FDA approved three CAR-T therapies.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'In 2017, the FDA approved three CAR-T therapies.',
          message: /^2 CAR T-cell therapy products were FDA-approved in 2017, not 3: Kymriah \(Aug 2017\) and Yescarta/,
        },
      ],
    },
    {
      text: 'By the end of 2021, the FDA had approved six CAR-T products.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'By the end of 2021, the FDA had approved six CAR-T products.',
          message: /^5 .* by Dec 2021, not 6/,
        },
      ],
    },
    {
      text: 'Between 2017 and 2022 the FDA approved eight CAR-T products.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Between 2017 and 2022 the FDA approved eight CAR-T products.',
          message: /^6 .* between 2017 and 2022, not 8/,
        },
      ],
    },
    {
      text: 'Eight CAR T-cell therapies have been approved by the FDA.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Eight CAR T-cell therapies have been approved by the FDA.',
          message: '7 CAR T-cell therapy products were FDA-approved, not 8',
        },
      ],
    },
    {
      text: 'Two TCR T-cell therapies have been approved by the FDA.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Two TCR T-cell therapies have been approved by the FDA.',
          message: /^1 TCR T-cell therapy product was FDA-approved, not 2/,
        },
      ],
    },
    {
      text: 'As of 2022, the FDA had approved five CAR-T products.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'As of 2022, the FDA had approved five CAR-T products.',
          message: 'by Dec 2022',
        },
      ],
    },
    {
      text: 'Three CAR-Ts are FDA-approved for multiple myeloma.',
      errors: [
        { messageId: 'countDiffers', text: 'Three CAR-Ts are FDA-approved for multiple myeloma.', message: 'Abecma' },
      ],
    },
    {
      text: 'There are now four CD19-directed CAR-T therapies approved by the FDA.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'There are now four CD19-directed CAR-T therapies approved by the FDA.',
          message: 'not 4',
        },
      ],
    },
    {
      text: 'Yescarta, approved in 2017, is now one of six FDA-approved CAR-T products.',
      errors: [
        {
          messageId: 'countDiffers',
          text: 'Yescarta, approved in 2017, is now one of six FDA-approved CAR-T products.',
          message: /^7 CAR T-cell therapy products were FDA-approved, not 6/,
        },
      ],
    },
  ],
};
export default tests;
