import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { doc, service } from '../helpers/service';

// Toxicities and assessments writers name, as glossary entries of the built-in knowledge base: each hovers with a
// card that names it and cites its sources, the most authoritative first.
describe('knowledge base: toxicity terms hover with a sourced card', () => {
  const svc = service();
  const hoverAt = (text: string, needle: string): string => {
    const document = doc(text);
    const hover = svc.hover(document, document.positionAt(text.indexOf(needle) + 1));
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
  };
  const cases: [text: string, needle: string, headline: RegExp, source: RegExp][] = [
    ['Carvykti carries a boxed warning for IEC-EC.', 'IEC-EC', /enterocolitis/, /Sources:\*\* .*FDA/],
    [
      'MNTs such as parkinsonism occurred after cilta-cel.',
      'MNTs',
      /movement and neurocognitive/,
      /Blood Cancer Journal/,
    ],
    ['TLS is uncommon after CAR-T.', 'TLS', /tumor lysis syndrome/, /Sources:\*\*/],
    ['Children under 12 are screened with the CAPD.', 'CAPD', /Cornell Assessment of Pediatric Delirium/, /ASTCT/],
    ['IEC-HS can follow CAR-T.', 'IEC-HS', /HLH-like/, /Sources:\*\*/],
    ['Prolonged cytopenia is common.', 'Prolonged cytopenia', /prolonged/i, /Sources:\*\*/],
    ['Hypogammaglobulinaemia needs IVIG.', 'Hypogammaglobulinaemia', /hypogammaglobulinemia/i, /Sources:\*\*/],
    ['A secondary T-cell malignancy was reported.', 'secondary T-cell malignancy', /T-cell malignanc/i, /Sources:\*\*/],
  ];
  for (const [text, needle, headline, source] of cases)
    it(`${needle}: named and sourced`, () => {
      const card = hoverAt(text, needle);
      assert.match(card, headline, card);
      assert.match(card, source, card);
    });
});
