import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A first of another head after the class, one of several firsts, or a class narrowed by a counted property.
    'Kymriah came from the first CD19 CAR-T trial at Penn.',
    'Yescarta was among the first approved CAR-Ts.',
    'Yescarta was one of the first CAR-Ts approved.',
    'Carvykti was the first approved myeloma CAR-T with two BCMA-binding domains.',
    'The first approved dose of Kymriah was weight-based in children.',
    // A disease or "approved" before the class narrows it as a phrase after it would.
    'Abecma was the first myeloma CAR-T.',
    'Kymriah was the first approved CAR-T.',
    // An appositive's first is its own: the clause's date and disease are another predicate's.
    'The company was founded in 2014, three years before Kymriah, the first CAR-T, was approved.',
    'Marsh arrived in Philadelphia in 2016, a year before Kymriah, the first CAR-T approved by the FDA, reached patients.',
    'In 2018, Kymriah, the first CAR-T approved by the FDA, gained a lymphoma indication.',
    // A rank with no regulator named: a place that holds in the default regulator's record is not contradicted.
    'Carvykti was the sixth CAR-T approved.',
    'Aucatzyl was the seventh CAR-T approved.',
    // "that lymphoma", "this leukemia": the disease named before with that head, its modifiers kept.
    'Breyanzi was approved for marginal zone lymphoma in December 2025. It was the first CAR-T approved for that lymphoma.',
    'Breyanzi was approved for chronic lymphocytic leukemia in March 2024, the first CAR-T approved for this leukemia.',
    // A date before a clausal "a year after …" adjunct dates the main clause, not the first inside the adjunct.
    'We began offering Kymriah in 2019, two years after it became the first CAR-T approved by the FDA.',
    // A headless first that does something else to the product is its subject's first (a centre, a doctor).
    'Our clinic was one of the first in Ohio to offer Breyanzi.',
    'Dr Lee was the first to infuse Kymriah in our state.',
    // A rank's restriction ends at the next ordinal or "the only": the disease after it is not the rank's.
    'Abecma was the fifth CAR T-cell therapy approved by the FDA and the first approved for multiple myeloma.',
    'Breyanzi was the fourth CAR-T approved by the FDA and the only one for marginal zone lymphoma.',
    // "the first …" as the object of a verb of succession or of a span of time is a landmark, not a claim.
    'Lisocabtagene maraleucel followed the first CAR-T by about three and a half years.',
    'Ciltacabtagene autoleucel reached the market within a year of the first BCMA CAR-T.',
    // A limitation of use lifted since (Yescarta, PCNSL): who came first is not on record.
    'Yescarta was the first CAR-T approved by the FDA for primary CNS lymphoma.',
    // A disease or antigen fronted before the holder scopes the first; a set the knowledge base does not record is
    // not judged.
    'In myeloma, Abecma became the first CAR T-cell therapy on the US market.',
    'Among BCMA-targeted therapies, Abecma was the first to be licensed.',
    'Among products made in academic centres, Carvykti was the first to be approved.',
    // A disease an earlier clause names may scope a first: wrong only if wrong within it too.
    'Multiple myeloma patients had no CAR-T option for years; Abecma was the first.',
    // An opening cut-off does not bound the clause naming the first that ended it.
    'Until 2021, no CAR-T was approved for multiple myeloma; Abecma was the first.',
    // "the first approval of X" is X's own earliest approval, not a rank among products.
    'The first approval of Tecartus came in July 2020, for mantle cell lymphoma.',
    // An approval noun premodifying another head ("the first approval date") orders the product's own history.
    'The Carvykti timeline must show the first approval date and the 2024 line expansion as two events.',
    'Our Breyanzi file keeps the first approval letter apart from the later supplements.',
    // An appositive of a name the knowledge base does not know: that product's first.
    "By the time Tecartus received FDA approval in 2020, Cellectis' UCART22, the first allogeneic CAR-T, had entered clinical trials.",
    // A subtype of a disease is a narrower disease the knowledge base does not resolve: not the first for the disease.
    'Tecartus became the first CAR-T approved for this aggressive lymphoma subtype.',
    // No product is recorded as allogeneic: the products whose origin is unrecorded cannot be named as the first
    // (the design relation says Tecartus is autologous).
    'Tecartus, the first allogeneic CAR-T, is given as a single infusion.',
    // A first of another noun, or of a class narrowed in a way the knowledge base does not record, is not judged.
    'This was the first multicentre registry analysis of Carvykti in older adults.',
    'Our hospital was the first centre in the state to infuse Breyanzi.',
    'Aucatzyl became the first CD19 CAR-T approved with no REMS requirement.',
    'Tecelra is the first engineered T cell receptor gene therapy on the US market.',
    'Carvykti was the first BCMA CAR-T to be studied against standard regimens in early relapse.',
    'Yescarta was the second CAR-T approved by the FDA and the first for large B-cell lymphoma.',
    'Amtagvi was the first cellular therapy approved for unresectable or metastatic melanoma.',
    'Carvykti became the first CAR-T approved after one prior line of myeloma therapy, in April 2024.',
    'Tecartus won approval for mantle cell lymphoma in 2020, the first CAR-T for that disease.',
    'Kymriah was the first CAR-T approved by the FDA.',
    'Abecma was the first CAR-T approved for myeloma in March 2021.',
    'Breyanzi became the first CAR-T approved for marginal zone lymphoma.',
    'Amtagvi was the first FDA-approved cellular therapy for a solid tumor.',
    'Amtagvi was the first TIL therapy approved by the FDA.',
    'Kymriah is approved for first-line use in no indication.',
    'Yescarta was not the first FDA-approved CAR-T.',
    'Kymriah, approved in August 2017, was the first CAR-T.',
    'Abecma showed an early survival detriment during the first 15 months of KarMMa-3.',
    'Abecma (ide-cel) was the first BCMA-directed CAR-T approved for myeloma.',
    // An antigen before the class narrows the first to the products targeting it.
    'Idecabtagene vicleucel became the first BCMA-targeted CAR T-cell therapy in 2021.',
    'Kymriah, the first CD19-directed CAR-T, was licensed in 2017.',
    // Later ranks follow the order of first approvals; other ordinals are not ranks.
    'Tecartus became the third CAR T-cell therapy licensed in the US, in July 2020.',
    'Carvykti was the second BCMA-targeted CAR-T to win FDA approval.',
    'Breyanzi received its second approval in June 2022, for the second indication of the CAR-T.',
    'Abecma was approved in the second half of March 2021, the fifth CAR T-cell therapy overall.',
    // "the first …" after a preposition of time or comparison is a landmark, not a claim about the subject; only a
    // date written in it is judged.
    'Tocilizumab received FDA approval for CAR T cell-induced CRS in 2017, on the same day as the first CAR-T.',
    'Yescarta was approved about seven weeks after the first CAR-T.',
    'Years before the first CAR-T, everolimus had been approved for pancreatic NETs in 2011.',
    'Since the first CAR T-cell approval in August 2017, axicabtagene ciloleucel has set the benchmark for the class.',
  ],
  invalid: [
    {
      text: 'Yescarta was the first approved CAR-T.',
      errors: [{ messageId: 'recordedFirst', text: 'Yescarta was the first approved CAR-T.' }],
    },
    {
      text: 'Kymriah was the first myeloma CAR-T.',
      errors: [{ messageId: 'recordedFirst', text: 'Kymriah was the first myeloma CAR-T.' }],
    },
    {
      text: 'Carvykti was the first approved BCMA CAR-T.',
      errors: [{ messageId: 'earliestApproved', text: 'Carvykti was the first approved BCMA CAR-T.' }],
    },
    {
      text: 'In 2018, Yescarta, the first CAR-T approved by the FDA, gained a new indication.',
      errors: [
        {
          messageId: 'recordedFirst',
          text: 'In 2018, Yescarta, the first CAR-T approved by the FDA, gained a new indication.',
        },
      ],
    },
    {
      text: 'Kymriah, the first CAR-T approved for lymphoma, reached patients in 2017.',
      errors: [
        {
          messageId: 'earliestApproved',
          text: 'Kymriah, the first CAR-T approved for lymphoma, reached patients in 2017.',
        },
      ],
    },
    // An approval noun heading its phrase after the class: the first among products.
    {
      text: 'Abecma was the first CAR-T approval in the US.',
      errors: [{ messageId: 'recordedFirst', text: 'Abecma was the first CAR-T approval in the US.' }],
    },
    // Wrong in the default regulator's order and in the order over every regulator.
    {
      text: 'Carvykti was the fifth CAR-T approved.',
      errors: [{ messageId: 'notThatRank', text: 'Carvykti was the fifth CAR-T approved.' }],
    },
    {
      text: 'Breyanzi was approved for mantle cell lymphoma in 2024. It was the first CAR-T approved for that lymphoma.',
      errors: [
        {
          messageId: 'earliestApproved',
          text: 'It was the first CAR-T approved for that lymphoma.',
          message: /^Tecartus was the first CAR T-cell therapy approved for mantle cell lymphoma/,
        },
      ],
    },
    {
      text: 'Yescarta was the first to reach the US market.',
      errors: [
        {
          messageId: 'recordedFirst',
          text: 'Yescarta was the first to reach the US market.',
          message: /^Kymriah was the first CAR T-cell therapy approved by the FDA .*, not Yescarta\.$/,
        },
      ],
    },
    {
      text: 'Since the first CAR T-cell approval in October 2017, axicabtagene ciloleucel has set the benchmark.',
      errors: [
        {
          messageId: 'landmarkDate',
          text: 'Since the first CAR T-cell approval in October 2017, axicabtagene ciloleucel has set the benchmark.',
          message: 'The first CAR T-cell therapy approved was Kymriah, in Aug 2017, not October 2017.',
        },
      ],
    },
    {
      text: 'Among BCMA-targeted therapies, Carvykti was the first to be licensed.',
      errors: [
        {
          messageId: 'earliestApproved',
          text: 'Among BCMA-targeted therapies, Carvykti was the first to be licensed.',
          message: /^Abecma was the first BCMA-directed CAR T-cell therapy approved/,
        },
      ],
    },
    {
      text: 'In lymphoma, Tecartus was the first CAR-T approved.',
      errors: [
        {
          messageId: 'earliestApproved',
          text: 'In lymphoma, Tecartus was the first CAR-T approved.',
          message: /^Yescarta was the first CAR T-cell therapy approved for lymphoma/,
        },
      ],
    },
    {
      text: 'Until 2021, no CAR-T was approved for multiple myeloma; Carvykti was the first.',
      errors: [
        {
          messageId: 'recordedFirst',
          text: 'Until 2021, no CAR-T was approved for multiple myeloma; Carvykti was the first.',
          message: /^Kymriah was the first CAR T-cell therapy approved by the FDA/,
        },
      ],
    },
    {
      text: 'Multiple myeloma patients had no CAR-T option for years; Carvykti was the first.',
      errors: [
        {
          messageId: 'recordedFirst',
          text: 'Multiple myeloma patients had no CAR-T option for years; Carvykti was the first.',
          message: /^Kymriah was the first CAR T-cell therapy approved by the FDA/,
        },
      ],
    },
    {
      text: 'Tecartus became the first CAR-T approved for lymphoma.',
      errors: [{ messageId: 'earliestApproved', text: 'Tecartus became the first CAR-T approved for lymphoma.' }],
    },
    {
      text: 'Yescarta was the first CAR-T approved for melanoma.',
      errors: [
        {
          messageId: 'noneApproved',
          text: 'Yescarta was the first CAR-T approved for melanoma.',
          message: 'No CAR T-cell therapy is approved for melanoma',
        },
      ],
    },
    {
      text: 'Abecma was the fourth CAR-T approved by the FDA and the first approved for multiple myeloma.',
      errors: [
        {
          messageId: 'notThatRank',
          text: 'Abecma was the fourth CAR-T approved by the FDA and the first approved for multiple myeloma.',
          message: /^Abecma was not the fourth CAR T-cell therapy FDA-approved\. In order/,
        },
      ],
    },
    {
      text: 'Breyanzi was the second CAR T-cell therapy licensed by the FDA.',
      errors: [
        {
          messageId: 'notThatRank',
          text: 'Breyanzi was the second CAR T-cell therapy licensed by the FDA.',
          message: 'In order of first approval: Kymriah (Aug 2017), Yescarta (Oct 2017)',
        },
      ],
    },
    {
      text: 'Breyanzi became the second CAR-T approved for follicular lymphoma.',
      errors: [
        {
          messageId: 'notThatRank',
          text: 'Breyanzi became the second CAR-T approved for follicular lymphoma.',
          message: 'In order of first approval: Yescarta (2021), Kymriah (2022)',
        },
      ],
    },
    {
      text: 'Tecartus is the second CAR-T approved for multiple myeloma.',
      errors: [
        {
          messageId: 'rankUnapproved',
          text: 'Tecartus is the second CAR-T approved for multiple myeloma.',
          message: 'not approved for multiple myeloma',
        },
      ],
    },
    {
      text: 'Cilta-cel became the first BCMA-targeted CAR T-cell therapy approved by the FDA.',
      errors: [
        {
          messageId: 'earliestApproved',
          text: 'Cilta-cel became the first BCMA-targeted CAR T-cell therapy approved by the FDA.',
          message: 'Abecma was the first BCMA-directed',
        },
      ],
    },
    {
      text: 'Aucatzyl was the first CD19-directed CAR-T to reach the market.',
      errors: [
        {
          messageId: 'earliestApproved',
          text: 'Aucatzyl was the first CD19-directed CAR-T to reach the market.',
          message: 'Kymriah',
        },
      ],
    },
    {
      text: 'Breyanzi was the first CAR-T approved for second-line large B-cell lymphoma.',
      errors: [
        {
          messageId: 'earliestApproved',
          text: 'Breyanzi was the first CAR-T approved for second-line large B-cell lymphoma.',
          message: 'in that line of therapy',
        },
      ],
    },
    {
      text: 'Carvykti was approved for multiple myeloma in 2022, making it the first CAR-T in that disease.',
      errors: [
        {
          messageId: 'recordedFirst',
          text: 'Carvykti was approved for multiple myeloma in 2022, making it the first CAR-T in that disease.',
          message: 'Abecma was the first',
        },
      ],
    },
    {
      text: 'Tecartus was the first CAR-T for mantle cell lymphoma in 2019.',
      errors: [
        {
          messageId: 'firstApprovalDate',
          text: 'Tecartus was the first CAR-T for mantle cell lymphoma in 2019.',
          message: 'Jul 2020',
        },
      ],
    },
    {
      text: 'Breyanzi was the first CAR-T approved by the FDA.',
      errors: [
        { messageId: 'recordedFirst', text: 'Breyanzi was the first CAR-T approved by the FDA.', message: 'Kymriah' },
      ],
    },
    {
      text: 'Carvykti was the first CAR-T approved for multiple myeloma.',
      errors: [
        {
          messageId: 'recordedFirst',
          text: 'Carvykti was the first CAR-T approved for multiple myeloma.',
          message: 'Abecma',
        },
      ],
    },
    {
      text: 'Yescarta was the first CAR T-cell therapy.',
      errors: [{ messageId: 'recordedFirst', text: 'Yescarta was the first CAR T-cell therapy.' }],
    },
    {
      text: 'Tecelra was the first FDA-approved cellular therapy for a solid tumor.',
      errors: [
        {
          messageId: 'recordedFirst',
          text: 'Tecelra was the first FDA-approved cellular therapy for a solid tumor.',
          message: 'Provenge',
        },
      ],
    },
    {
      text: 'Tecartus was the first CAR-T approved by the FDA.',
      errors: [{ messageId: 'recordedFirst', text: 'Tecartus was the first CAR-T approved by the FDA.' }],
    },
    // Another name in parentheses is the same product, not a second one.
    {
      text: 'Breyanzi (liso-cel) was the first CAR-T approved for large B-cell lymphoma.',
      errors: [
        {
          messageId: 'earliestApproved',
          text: 'Breyanzi (liso-cel) was the first CAR-T approved for large B-cell lymphoma.',
          message: 'not Breyanzi',
        },
      ],
    },
    {
      text: 'By the time it received FDA approval in 2020, Tecartus, the first allogeneic CAR-T, had been used widely.',
      errors: [
        {
          messageId: 'noneApproved',
          text: 'By the time it received FDA approval in 2020, Tecartus, the first allogeneic CAR-T, had been used widely.',
        },
      ],
    },
  ],
};
export default tests;
