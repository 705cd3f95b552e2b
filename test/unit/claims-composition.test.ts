import { contradictionTable, service } from '../helpers/service';

// A reading written for a plain sentence still applies when the sentence carries one more structure: an endorsed
// report followed by a but-clause, an appositive with its own relative inside a that-clause, a question coordinated
// after a statement. The scope guards compose as well: a belief frame inside a relative, a that-clause called false,
// a report sworn to by someone else keep what they carry unasserted, however deep it sits.

const table = contradictionTable(service(), 'composition');

describe('composition: an endorsed report is not corrected by a but-clause after it', () => {
  table(
    [
      'The nurse told us, correctly, that Kymriah targets BCMA, but nobody explained what that means.',
      'The brochure calls Carvykti the first CAR-T for myeloma, which it was, but the print is tiny.',
      'My cousin told me Yescarta comes from Novartis, and she was right, but she never said where to buy it.',
    ],
    [
      // The but-clause corrects an unendorsed report, or the endorsed report is true.
      'The nurse told us that Kymriah targets BCMA, but it targets CD19.',
      'The brochure calls Carvykti the first CAR-T for myeloma, but Abecma came first.',
      'The nurse told us, correctly, that Kymriah targets CD19, but nobody explained what that means.',
      'The leaflet says Kymriah came first, which is correct, but it says nothing about cost.',
    ],
  );
});

describe('composition: an appositive with its own relative inside a that-clause', () => {
  table(
    ['I was sorry to hear that Abecma, the product that might have been an option, targets CD19.'],
    [
      'I was sorry to hear that Abecma, the product that might have been an option, targets BCMA.',
      // The same appositive inside a conditional asserts nothing.
      'If Abecma, the product that might have been an option, targeted CD19, it would have worked.',
    ],
  );
});

describe('composition: a question coordinated after a statement asks only from its coordinator', () => {
  table(
    [
      'Breyanzi is approved for multiple myeloma, so why did my insurer refuse it?',
      'My sister says Tecartus is approved for children, and she is right, so how do we apply?',
    ],
    [
      'Breyanzi is approved for follicular lymphoma, so why did my insurer refuse it?',
      // A sentence that opens as a question asks all of it.
      'Is Breyanzi approved for multiple myeloma, and if not, why?',
      'Does Kymriah target BCMA, so why would it work?',
    ],
  );
});

describe('composition: nested non-assertions stay unasserted', () => {
  table(
    // A belief frame in a closing relative hedges that relative only.
    [
      [
        'Yescarta uses a 4-1BB domain, which I think explains its safety.',
        'Yescarta uses a 4-1BB domain, which I think explains its safety.',
      ],
    ],
    [
      'Kymriah, which he thought targeted BCMA, was the drug his team chose.',
      'We thought Tecartus was approved for children.',
      'It is plainly false that Kymriah targets BCMA.',
      'It was simply untrue that Abecma was the first CAR-T approved.',
      'My uncle swears that Kymriah targets BCMA.',
    ],
  );
});

describe('composition: an adverbial clause inside a relative keeps its negation there', () => {
  table(
    ['Anakinra, which doctors give when ICANS does not improve, is an antibody against IL-6.'],
    [
      'Anakinra, which doctors give when ICANS does not improve, is an IL-1 receptor antagonist.',
      // The main clause's own negation still counts.
      'Anakinra, which doctors give when ICANS does not improve, is not an antibody against IL-6.',
    ],
  );
});

describe('composition: a relative whose gap follows an auxiliary, on an object inside another clause', () => {
  table(
    [
      // Judged on the relative that carries it; the relative names its regulator, so a place elsewhere does not
      // move it.
      [
        'Several German centres use Kymriah, which the FDA has approved for NETs.',
        'which the FDA has approved for NETs',
      ],
      'Our ward will soon offer Breyanzi, which the FDA has approved for myeloma.',
    ],
    [
      'Several German centres use Breyanzi, which the FDA has approved for CLL.',
      'We offer Kymriah, which the FDA may have approved for NETs.',
      'If we offered Kymriah, which the FDA has approved for NETs, we would be busy.',
    ],
  );
});
