import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from '../helpers/service';

// A label's "safety and effectiveness … established in …" sentence says whom the product is approved for.

const findings = (lint: ReturnType<typeof service>, text: string) => {
  const document = TextDocument.create('file:///label.md', 'markdown', 1, text);
  return lint
    .diagnostics(document)
    .filter((d) => d.code === 'unsupported-claim')
    .map((d) => `${d.code} ${document.getText(d.range)}`);
};

describe('claims in a label excerpt', () => {
  it('reads "safety and effectiveness established in" patients as an approval for them, "not established" as none', () => {
    const lint = service();
    for (const [text, flagged] of [
      [
        '8.4 Pediatric Use\n\nThe safety and efficacy of TECARTUS have been established in pediatric patients with B-cell precursor ALL.\n',
        'unsupported-claim The safety and efficacy of TECARTUS have been established in pediatric patients with B-cell precursor ALL.',
      ],
      [
        '8.4 Pediatric Use: The safety and effectiveness of CARVYKTI have been established in pediatric patients.\n',
        'unsupported-claim 8.4 Pediatric Use: The safety and effectiveness of CARVYKTI have been established in pediatric patients.',
      ],
      // The patients before the verb; a denial of Kymriah's pediatric use.
      [
        'The safety and effectiveness of KYMRIAH in pediatric patients with B-cell precursor ALL have not been established.\n',
        'unsupported-claim The safety and effectiveness of KYMRIAH in pediatric patients with B-cell precursor ALL have not been established.',
      ],
    ] as const)
      assert.deepEqual(findings(lint, text), [flagged], text);
    for (const text of [
      '8.4 Pediatric Use\n\nThe safety and efficacy of TECARTUS have not been established in pediatric patients.\n',
      'The safety and effectiveness of KYMRIAH have been established in pediatric patients with B-cell precursor ALL.\n',
      'Safety and effectiveness of ABECMA in pediatric patients have not been established.\n',
      // A clause before the idiom, no patients, or no product: not read.
      'We do not know whether the safety and effectiveness of TECARTUS have been established in pediatric patients.\n',
      'The safety and effectiveness of TECARTUS have been established.\n',
      'The safety and effectiveness of CAR-T have been established in pediatric patients.\n',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});
