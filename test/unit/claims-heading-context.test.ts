import * as assert from 'node:assert/strict';
import { claimFindings, service } from '../helpers/service';

// A section heading gives its lines context; it is the subject only of a line that has none of its own. A line opening
// with a participle before a therapy class ("Approved CAR-T for MZL: Breyanzi") names the class's members, its own
// subject, so the heading's drug is not said to be one.

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///heading-context/${++version}.md`).map((f) => f.at);

describe('claims: a heading over a line that names its own subject', () => {
  it('does not make the heading the subject of a line naming a class', () => {
    const lint = service();
    for (const text of [
      '## Anakinra\nApproved CAR-T for marginal zone lymphoma: Breyanzi',
      '## Tocilizumab\nApproved CAR-T products for ALL: Kymriah, Tecartus, Aucatzyl',
      '## Anakinra\n\nLicensed CAR-T therapies: seven',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });

  it('still makes the heading the subject of a subjectless line', () => {
    const lint = service();
    for (const [text, range] of [
      ['## Yescarta\nApproved for myeloma', 'Approved for myeloma'],
      ['## Abecma\n\nApproved for lymphoma in adults.', 'Approved for lymphoma in adults.'],
    ] as const)
      assert.deepEqual(findings(lint, text), [`contradicted: ${range}`], text);
  });
});
