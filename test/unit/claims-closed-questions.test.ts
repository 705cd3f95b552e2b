import * as assert from 'node:assert/strict';
import { claimFindings, service } from '../helpers/service';

// A question closed inside its sentence, then a colon or a dash and its answer: a survey's "Q3 (Which antigen does it
// target?): …", an FAQ's "Is it approved for NETs? — No, …". The question asks up to its mark; the answer after it is
// said, and judged as any sentence is. The question itself still asserts nothing.

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///closed-questions/${++version}.md`).map((f) => f.at);

describe('claims: a question closed inside its sentence, and its answer', () => {
  it('judges the answer after a question in a label or before a dash', () => {
    const lint = service();
    for (const [text, range] of [
      [
        'Q3 (Which antigen does your product target?): Abecma targets CD19, like Kymriah.',
        'Q3 (Which antigen does your product target?): Abecma targets CD19, like Kymriah.',
      ],
      [
        'Item 4 (What kind of therapy is Tecelra?): Tecelra is a CAR-T therapy.',
        'Item 4 (What kind of therapy is Tecelra?): Tecelra is a CAR-T therapy.',
      ],
      ['FAQ (Who makes Kymriah?): Kite makes Kymriah.', 'FAQ (Who makes Kymriah?): Kite makes Kymriah.'],
      [
        'Is a REMS still needed? — Yes, hospitals giving Carvykti must still be REMS-certified.',
        'Is a REMS still needed? — Yes, hospitals giving Carvykti must still be REMS-certified.',
      ],
    ] as const)
      assert.deepEqual(findings(lint, text), [`contradicted: ${range}`], text);
  });

  it('leaves the question unjudged, and a true, hedged or absent answer', () => {
    const lint = service();
    for (const text of [
      'Q3 (Which antigen does your product target?): Carvykti targets BCMA.',
      // The question's own words assert nothing, whatever follows.
      'Q9 (Is Kymriah approved for multiple myeloma?): no.',
      'Q9 (Is Kymriah approved for multiple myeloma?): I am not sure.',
      'Q9 (Is Kymriah approved for multiple myeloma?): maybe it is approved for it.',
      'Q6 (Does Abecma target CD19?) - see the leaflet.',
      // A bracket alone closes an aside, not a question before its answer.
      'Could Abecma (or is it Carvykti?) target CD19?',
      'Is Kymriah approved for multiple myeloma?',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});
