import type { RuleTests } from '../types';

// The rule wires the relations into diagnostics; each relation's own table is in server/src/claims/relations/.
const tests: RuleTests = {
  valid: [
    'Kymriah is approved for B-ALL in patients up to 25 years old.',
    'No CAR T-cell therapy is FDA-approved for neuroendocrine tumors.',
    '# CAR T for NETs',
    { text: 'Kymriah is approved for large B-cell lymphoma.', language: 'plaintext' },
    '<!-- therapy-lint-disable-next-line unsupported-claim -- quoted from a 2017 press release -->\nKymriah is approved for multiple myeloma.',
  ],
  invalid: [
    {
      text: 'Kymriah is approved for multiple myeloma.',
      errors: [
        {
          messageId: 'contradicted',
          message: 'Kymriah is not approved for multiple myeloma. It is approved for B-cell ALL, LBCL and FL.',
          text: 'Kymriah is approved for multiple myeloma.',
        },
      ],
      // One choice per recorded approval, in its label's wording (population, indication, line of therapy); the
      // first is tested here, the others in test/unit/claim-fixes.test.ts. A document that cites nothing gets no
      // citation (a knowledge-base id would print as a broken one).
      output:
        'Kymriah is approved for pediatric and young adult patients up to 25 years of age with B-cell precursor acute lymphoblastic leukemia (ALL) that is refractory or in second or later relapse.',
    },
    {
      // Pandoc: the author's citation stays; the source is not in the document's bibliography, so no key of it.
      text: 'Background [@smith2020].\n\nCarvykti targets CD19 [@doe2021].',
      errors: [
        {
          messageId: 'contradicted',
          message: 'Carvykti targets BCMA, not CD19',
          text: 'Carvykti targets CD19 [@doe2021].',
        },
      ],
      // The document never defined BCMA: the fix writes it out.
      output: 'Background [@smith2020].\n\nCarvykti targets B-cell maturation antigen (BCMA) [@doe2021].',
    },
    {
      // A narrative Pandoc citation starts a sentence: the correct sentence before it is not part of the claim.
      text: 'Kymriah was approved in 2017 [@ons2017].\n@doe2021 said Carvykti targets CD19.',
      errors: [{ messageId: 'contradicted', text: '@doe2021 said Carvykti targets CD19.' }],
    },
    {
      text: 'Kymriah targets BCMA.',
      language: 'latex',
      errors: [{ messageId: 'contradicted', text: 'Kymriah targets BCMA.', message: 'CD19' }],
      output: 'Kymriah targets CD19.',
    },
    {
      // LaTeX: the author's citation stays as written (with its tie), and the source is cited by the document's
      // own key for it.
      text: 'Kymriah targets BCMA~\\cite{b}.\n\n\\begin{thebibliography}{9}\n\\bibitem{b} Doe A. Another. 2021.\n\\bibitem{jcpt} Table 2: FDA-approved CAR T-cell products. https://preview.hindawi.com/journals/jcpt/2024/2239888/tab2/\n\\end{thebibliography}\n',
      language: 'latex',
      errors: [{ messageId: 'contradicted', message: 'CD19', text: 'Kymriah targets BCMA~\\cite{b}.' }],
      output:
        'Kymriah targets CD19~\\cite{jcpt}~\\cite{b}.\n\n\\begin{thebibliography}{9}\n\\bibitem{b} Doe A. Another. 2021.\n\\bibitem{jcpt} Table 2: FDA-approved CAR T-cell products. https://preview.hindawi.com/journals/jcpt/2024/2239888/tab2/\n\\end{thebibliography}\n',
    },
    {
      // A document that cites by number: the source is appended to its list and cited by its new number, beside
      // the author's own citation.
      text: 'Kymriah targets CD19 [1]. Abecma targets CD19 [2].\n\n## References\n\n1. Smith J. A review. 2020.\n2. Doe A. Another. 2021.\n',
      errors: [
        { messageId: 'contradicted', message: 'Abecma targets BCMA, not CD19', text: 'Abecma targets CD19 [2].' },
      ],
      output:
        'Kymriah targets CD19 [1]. Abecma targets B-cell maturation antigen (BCMA) [2, 3].\n\n## References\n\n1. Smith J. A review. 2020.\n2. Doe A. Another. 2021.\n' +
        '3. Journal of Clinical Pharmacy and Therapeutics (Hindawi). Table 2: FDA-approved CAR T-cell products (targets, co-stimulatory domains, vectors). 2024. https://preview.hindawi.com/journals/jcpt/2024/2239888/tab2/\n',
    },
    {
      // Superscript citations: the listed source is cited by its number, after the full stop, with the author's
      // citation; the "2" a splitter leaves at the next sentence's start is not part of that sentence.
      text: 'Kymriah targets CD19.<sup>2</sup> Abecma targets CD19.<sup>2</sup>\n\n## References\n\n1. Table 2: FDA-approved CAR T-cell products. https://preview.hindawi.com/journals/jcpt/2024/2239888/tab2/\n2. Doe A. Another. 2021.\n',
      errors: [{ messageId: 'contradicted', text: 'Abecma targets CD19.' }],
      output:
        'Kymriah targets CD19.<sup>2</sup> Abecma targets B-cell maturation antigen (BCMA).<sup>1,2</sup>\n\n## References\n\n1. Table 2: FDA-approved CAR T-cell products. https://preview.hindawi.com/journals/jcpt/2024/2239888/tab2/\n2. Doe A. Another. 2021.\n',
    },
    {
      text: 'Kymriah is approved for ALL. Abecma targets CD19. Tecelra is a CAR-T.',
      errors: [
        { messageId: 'contradicted', text: 'Abecma targets CD19.' },
        { messageId: 'contradicted', text: 'Tecelra is a CAR-T.' },
      ],
    },
    {
      // Several statements in one sentence: one finding each, on its own words, in one line each. A sentence rewrite
      // would change the other statement's words too: neither offers one.
      text: 'Kymriah and Abecma are approved for mantle cell lymphoma.',
      errors: [
        {
          messageId: 'contradicted',
          text: 'Kymriah and Abecma are approved for mantle cell lymphoma',
          message: 'Kymriah is not approved for mantle cell lymphoma. It is approved for B-cell ALL, LBCL and FL.',
        },
        {
          messageId: 'contradicted',
          text: 'Abecma are approved for mantle cell lymphoma',
          message: 'Abecma is not approved for mantle cell lymphoma. It is approved for MM.',
        },
      ],
    },
    {
      // The rewrite would write the whole sentence as the supported statement: offered only when the sentence says
      // nothing else. A second predicate, a relative clause or an adjunct of its own would be lost: no rewrite, but
      // the wrong value alone is replaced by the recorded one.
      text: 'Abecma targets CD19 and is given once.',
      errors: [{ messageId: 'contradicted', text: 'Abecma targets CD19 and is given once.' }],
      output: 'Abecma targets BCMA and is given once.',
    },
    {
      text: 'Kymriah, which targets BCMA, is given once.',
      errors: [{ messageId: 'contradicted', text: 'Kymriah, which targets BCMA, is given once.' }],
      output: 'Kymriah, which targets CD19, is given once.',
    },
    {
      // The wrong value is shared: BCMA for CD19 would make Kymriah's claim wrong. Neither fix.
      text: 'Kymriah and Abecma target CD19, as our tumour board noted.',
      errors: [{ messageId: 'contradicted', text: 'Kymriah and Abecma target CD19, as our tumour board noted.' }],
      output: null,
    },
    {
      // A denial is fixed by what is recorded, not by another antigen in its place.
      text: 'Abecma does not target BCMA, as our tumour board noted.',
      errors: [{ messageId: 'contradicted', text: 'Abecma does not target BCMA, as our tumour board noted.' }],
      output: null,
    },
    {
      text: 'Tecartus is approved for children with mantle cell lymphoma at our centre.',
      errors: [
        {
          messageId: 'contradicted',
          text: 'Tecartus is approved for children with mantle cell lymphoma at our centre.',
        },
      ],
      output: null,
    },
    {
      // A name the statement writes otherwise ("Kymriah" for "tisagenlecleucel") and the wrong value the message
      // names ("not Novartis") are the claim's own words: the rewrite loses nothing else.
      text: 'Tisagenlecleucel targets BCMA.',
      errors: [{ messageId: 'contradicted', text: 'Tisagenlecleucel targets BCMA.' }],
      output: 'Kymriah targets CD19.',
    },
    {
      text: 'Breyanzi is marketed by Novartis.',
      errors: [{ messageId: 'contradicted', text: 'Breyanzi is marketed by Novartis.' }],
      output: 'Breyanzi is from Juno Therapeutics, a Bristol Myers Squibb company.',
    },
  ],
};
export default tests;
