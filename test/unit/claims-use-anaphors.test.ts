import * as assert from 'node:assert/strict';
import { claimFindings, service } from '../helpers/service';

// "This use", "this indication", "in this setting" stand for the use described just before them, with its line and
// patients: judged as that use, on the referring sentence, with a message naming the therapy it resolved to.

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///use-anaphors/${++version}.md`);

describe('claims: use anaphors', () => {
  it('judges a reference to the use described before as that use, on the referring sentence', () => {
    const lint = service();
    for (const [text, range, name] of [
      [
        'Referral: relapsed LBCL after one line of therapy. Kymriah is FDA-approved in this setting.',
        'Kymriah is FDA-approved in this setting.',
        'Kymriah',
      ],
      [
        'Re: Request for coverage of lisocabtagene maraleucel for multiple myeloma. This use is FDA-approved, so coverage should be granted.',
        'This use is FDA-approved, so coverage should be granted.',
        'Breyanzi',
      ],
      [
        'Appeal: coverage of Tecartus for pediatric ALL was denied. This indication is FDA-approved.',
        'This indication is FDA-approved.',
        'Tecartus',
      ],
      // The use described in the clause before, in the same sentence: the whole sentence is the range.
      [
        "The patient's follicular lymphoma has relapsed after one prior line; Yescarta is FDA-approved in this setting.",
        "The patient's follicular lymphoma has relapsed after one prior line; Yescarta is FDA-approved in this setting.",
        'Yescarta',
      ],
    ] as const) {
      const found = findings(lint, text);
      assert.ok(found.length > 0, text);
      for (const f of found) assert.equal(f.at, `contradicted: ${range}`, text);
      assert.ok(
        found.some((f) => f.message.includes(name)),
        `${text}: ${found.map((f) => f.message)}`,
      );
    }
  });

  it('leaves the reference unjudged when the use holds, is hedged, asked, denied or not one', () => {
    const lint = service();
    for (const text of [
      'Referral: LBCL that relapsed within 12 months of first-line chemoimmunotherapy. Yescarta is FDA-approved in this setting.',
      'Appeal: coverage of Breyanzi for CLL after a BTK inhibitor and a BCL-2 inhibitor was denied. This indication is FDA-approved.',
      "The patient's follicular lymphoma has relapsed after two prior lines; Yescarta is FDA-approved in this setting.",
      'Coverage request: Carvykti for myeloma after one prior line. We believe this use may be approved; please confirm.',
      'Coverage request: Abecma as first-line treatment for myeloma. Please confirm whether this use is FDA-approved.',
      // Two diseases before it, or a use the sentence before denies: which one is meant is not known.
      'Referral: relapsed LBCL or FL after one line of therapy. Kymriah is FDA-approved in this setting.',
      'Yescarta is not approved for FL after one line. Kymriah is FDA-approved in this setting.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});
