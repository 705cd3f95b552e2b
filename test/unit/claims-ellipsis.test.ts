import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from '../helpers/service';

// An elliptical clause ("…, and so does Abecma", "…; Yescarta is too") says the clause before it of its own subject:
// judged as that statement, on the sentence it ends.

let version = 0;
const claims = (lint: ReturnType<typeof service>, text: string) => {
  const document = TextDocument.create(`file:///ellipsis/${++version}.md`, 'markdown', 1, text);
  return lint
    .diagnostics(document)
    .filter((d) => d.code === 'unsupported-claim')
    .map((d) => ({ text: document.getText(d.range), message: d.message }));
};

describe('claims: ellipsis', () => {
  const lint = service();

  it('judges the remnant subject with the predicate of the clause before it, on its sentence', () => {
    const invalid: [text: string, range: string, message: RegExp][] = [
      [
        'Kymriah targets CD19, and so does Abecma.',
        'Kymriah targets CD19, and so does Abecma.',
        /Abecma targets BCMA, not CD19/,
      ],
      [
        'Kymriah targets CD19, as does Abecma.',
        'Kymriah targets CD19, as does Abecma.',
        /Abecma targets BCMA, not CD19/,
      ],
      [
        'Kymriah targets CD19, and Abecma does as well.',
        'Kymriah targets CD19, and Abecma does as well.',
        /Abecma targets BCMA/,
      ],
      ['Carvykti targets BCMA. So does Breyanzi.', 'So does Breyanzi.', /Breyanzi targets CD19, not BCMA/],
      [
        'Abecma is approved for multiple myeloma, and so is Tecartus.',
        'Abecma is approved for multiple myeloma, and so is Tecartus.',
        /Tecartus is not approved for multiple myeloma/,
      ],
      [
        'Breyanzi is approved for CLL; Yescarta is too.',
        'Breyanzi is approved for CLL; Yescarta is too.',
        /Yescarta is not approved for chronic lymphocytic/,
      ],
      [
        'Kymriah is not approved for myeloma, and neither is Abecma.',
        'Kymriah is not approved for myeloma, and neither is Abecma.',
        /Abecma is approved for myeloma/,
      ],
      [
        'Kymriah was approved in 2017, and so was Breyanzi.',
        'Kymriah was approved in 2017, and so was Breyanzi.',
        /not 2017/,
      ],
    ];
    for (const [text, range, message] of invalid) {
      const found = claims(lint, text);
      assert.equal(found.length, 1, text);
      assert.equal(found[0]!.text, range, text);
      assert.match(found[0]!.message, message, text);
    }
  });

  it('leaves a true remnant, an aside, a contrast, a question, a dated document and unnamed subjects alone', () => {
    const valid = [
      'Kymriah targets CD19, and so does Breyanzi.',
      'Carvykti targets BCMA. So does Abecma.',
      'Breyanzi is approved for follicular lymphoma; Yescarta is too.',
      'Kymriah is not approved for myeloma, and neither is Yescarta.',
      'Kymriah is not approved for myeloma, and Yescarta is not either.',
      'Kymriah was approved in 2017, and so was Yescarta.',
      // The predicate lent is plain: an aside is not lent with it.
      'Kymriah, the first CAR-T, targets CD19, and so does Breyanzi.',
      // A contrast ("but X does not") is no ellipsis of the same predicate.
      'Kymriah targets CD19, but Abecma does not.',
      // A question asserts nothing.
      'Kymriah targets CD19; does Abecma too?',
      // Two subjects before: the clause does not open with one.
      'Kymriah and Yescarta target CD19, and so does Breyanzi.',
      // A subject that is not a named product.
      'Kymriah targets CD19, as do most CAR-Ts.',
      'Some reports say Kymriah targets CD19, and so does Abecma.',
      // The sentence before belongs to another paragraph.
      'Carvykti targets BCMA.\n\nSo does Breyanzi.',
      // A dated document is judged as of its date, which a statement made apart would lose.
      '---\ndate: 2019-01-01\n---\n\nKymriah is approved for large B-cell lymphoma; Breyanzi is too.\n',
    ];
    for (const text of valid) assert.deepEqual(claims(lint, text), [], text);
  });
});

describe('claims: headline ellipsis', () => {
  const lint = service();

  it('judges a verbless fragment as said of the verbless headline before it, on the fragment', () => {
    const invalid: [text: string, range: string, message: RegExp][] = [
      [
        'CAR-T FOR OVARIAN CANCER. NOW FDA-APPROVED.',
        'NOW FDA-APPROVED.',
        /No CAR-T is FDA-approved for OVARIAN CANCER/,
      ],
      ['TECELRA. THE FIRST CAR-T FOR A SOLID TUMOUR.', 'THE FIRST CAR-T FOR A SOLID TUMOUR.', /Tecelra is not a CAR-T/],
      ['Kymriah. Approved in 2019.', 'Approved in 2019.', /Kymriah was approved in Aug 2017/],
      // A run of fragments leans on the headline before it.
      ['YESCARTA. YOUR OWN CELLS. OFF THE SHELF.', 'OFF THE SHELF.', /Yescarta is autologous/],
    ];
    for (const [text, range, message] of invalid) {
      const found = claims(lint, text);
      assert.ok(found.length > 0, text);
      for (const f of found) assert.equal(f.text, range, text);
      assert.ok(
        found.some((f) => message.test(f.message)),
        `${text}: ${JSON.stringify(found)}`,
      );
    }
  });

  it('leaves a fragment alone when it is true, has a verb or a product of its own, asks, or the headline has a verb', () => {
    const valid = [
      'AMTAGVI. FOR MELANOMA. FDA-APPROVED.',
      'CAR-T FOR MYELOMA. NOW FDA-APPROVED.',
      'Kymriah. Approved in 2017.',
      'TECELRA. THE FIRST ENGINEERED CELL THERAPY FOR A SOLID TUMOUR.',
      'Kymriah. Approved in 2019?',
      'CAR-T IS HERE. APPROVED IN 2019.',
      'Kymriah. Yescarta approved in 2019 is a myth.',
      'Kymriah.\n\nApproved in 2019.',
    ];
    for (const text of valid) assert.deepEqual(claims(lint, text), [], text);
  });
});
