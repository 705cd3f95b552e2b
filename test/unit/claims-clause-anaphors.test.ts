import * as assert from 'node:assert/strict';
import { claimFindings, service } from '../helpers/service';

// A referring phrase opening a clause after a semicolon ("…; as this product is approved …") stands for the one
// therapy its sentence names before that clause: judged on the sentence, naming that therapy.

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///clause-anaphors/${++version}.md`).map((f) => `${f.at}: ${f.message}`);

describe('claims: a referring phrase in a later clause', () => {
  it('takes the therapy named before its semicolon', () => {
    const lint = service();
    for (const text of [
      'A 30-year-old woman with relapsed B-ALL was treated with brexucabtagene autoleucel; as this product is approved only for pediatric patients, an exemption was sought.',
      'The patient received Abecma; this product targets CD19.',
    ]) {
      const found = findings(lint, text);
      assert.equal(found.length, 1, `${text}: ${found}`);
      assert.ok(found[0]!.startsWith(`contradicted: ${text}: `), found[0]);
      assert.match(found[0]!, /Tecartus|Abecma/);
    }
  });

  it('leaves it unresolved when the clause before names two therapies, and true when it holds', () => {
    const lint = service();
    for (const text of [
      'The patient was treated with Tecartus; as this product is approved only for adults, no exemption was needed.',
      'We compared Abecma with Kymriah; this product targets CD19.',
      'The patient received Abecma; this product targets BCMA.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});

// A rejection's reason or a concession restates the reported statement's subject: "it" or "the product" opening it
// stands for the one therapy the report is about.
describe('claims: an anaphor restating the subject of a report', () => {
  // [text, message pattern]; the finding covers the sentence holding the writer's clause.
  const invalid: [string, RegExp][] = [
    [
      'The brochure says Breyanzi targets CD19; that is wrong, because it targets BCMA.',
      /^Breyanzi targets CD19, not BCMA/,
    ],
    [
      'Reviewer 2 writes that Amtagvi is a TIL therapy; this is incorrect, because the product is a CAR-T.',
      /^Amtagvi is not a CAR-T/,
    ],
    [
      'The poster says Carvykti targets BCMA, which is wrong since the drug targets CD19.',
      /^Carvykti targets BCMA, not CD19/,
    ],
    [
      'The blogger wrote that Carvykti treats lymphoma but later acknowledged that the therapy is approved for breast cancer.',
      /^Carvykti is not approved for breast cancer/,
    ],
    [
      'The wiki says Abecma was approved in 2021. That is an error, because it was approved in 2019.',
      /^Abecma was approved in Mar 2021/,
    ],
    [
      'The wiki says Abecma was approved in 2021. That is an error: it was approved in 2019.',
      /^Abecma was approved in Mar 2021/,
    ],
  ];
  const valid = [
    'The brochure says Breyanzi targets BCMA; that is wrong, because it targets CD19.',
    'The poster says Carvykti targets CD19, which is wrong since the drug targets BCMA.',
    // Two products before it: "it" could be either.
    'The draft says Abecma is for lymphoma and Kymriah is for myeloma; both are wrong, since it targets BCMA.',
    // The predicate is left to the report it answers.
    "Reviewer 2 writes that Yescarta is approved first-line for large B-cell lymphoma; it isn't, its earliest approval is second-line.",
    // "it" has a verb of its own that no relation reads: the summary, not the product.
    'The summary says Yescarta targets BCMA; this is wrong, because it confuses Yescarta with Abecma.',
    'The wiki says Abecma was approved in 2019. That is an error, because it was approved in March 2021.',
  ];
  for (const [text, message] of invalid)
    it(`flags: ${text}`, () => {
      const found = claimFindings(service(), text, `file:///report-anaphors/${++version}.md`);
      assert.equal(found.length, 1, `${text}: ${found.map((f) => f.message)}`);
      const sentence = text.includes('. ') ? text.slice(text.indexOf('. ') + 2) : text;
      assert.equal(found[0]!.at, `contradicted: ${sentence}`);
      assert.match(found[0]!.message, message);
    });
  for (const text of valid) it(`leaves clean: ${text}`, () => assert.deepEqual(findings(service(), text), [], text));
});

// "it" after a relative pronoun opens a clause of its own: after two therapies it could be either.
describe('claims: a pronoun opening a relative clause', () => {
  it('is unresolved after two therapies', () =>
    assert.deepEqual(
      findings(service(), 'Kymriah and Abecma were compared in myeloma, for which it is approved.'),
      [],
    ));
  it('is the one therapy named before it', () => {
    const text = 'Carvykti was not compared with chemotherapy in solid tumours, for which it is approved.';
    const found = claimFindings(service(), text, `file:///relative-anaphors/${++version}.md`);
    assert.equal(found.length, 1, `${found.map((f) => f.message)}`);
    assert.equal(found[0]!.at, `contradicted: ${text}`);
    assert.match(found[0]!.message, /^Carvykti is not approved for solid tumo/);
  });
});
