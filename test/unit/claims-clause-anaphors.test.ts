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
