import type { RuleTests } from '../types';

const refs = (...items: string[]) => `\n\n## References\n\n${items.map((t, i) => `${i + 1}. ${t}`).join('\n')}\n`;

const tests: RuleTests = {
  valid: [
    `First [1], then [2] and [2, 3].${refs('A.', 'B.', 'C.')}`,
    // Author–year prose with a bulleted list: nothing to match numbers against.
    'As Maude et al. (2018) reported.\n\n## References\n\n- Maude SL, et al. NEJM. 2018.\n',
    'Cited once.[^a]\n\n[^a]: A note.\n',
    {
      text: 'Nothing cited in the text.\\nocite{*}\n\n\\begin{thebibliography}{9}\n\\bibitem{a} A.\n\\end{thebibliography}\n',
      language: 'latex',
    },
    // A range counts as citing every number in it.
    `See [1–3].${refs('A.', 'B.', 'C.')}`,
  ],
  invalid: [
    {
      text: `Cited [1] and [3].${refs('A.', 'B.', 'C.')}`,
      errors: [{ messageId: 'uncited', message: 'Reference 2 is never cited', text: '2. B.' }],
      output: `Cited [1] and [2].${refs('A.', 'C.')}`,
    },
    {
      text: 'Cited.[^a]\n\n[^a]: A note.\n[^b]: An unused note.\n',
      errors: [{ messageId: 'uncited', message: 'Footnote [^b] is never cited', text: 'b]: An unused note.' }],
      output: 'Cited.[^a]\n\n[^a]: A note.\n',
    },
    {
      text: 'See \\cite{a}.\n\n\\begin{thebibliography}{9}\n\\bibitem{a} A.\n\\bibitem{b} B.\n\\end{thebibliography}\n',
      language: 'latex',
      errors: [{ messageId: 'uncited', message: 'Bibliography entry "b" is never cited', text: 'b} B.' }],
      output: 'See \\cite{a}.\n\n\\begin{thebibliography}{9}\n\\bibitem{a} A.\n\\end{thebibliography}\n',
    },
    {
      // Entries sharing a line with the list's start and end, and with each other: only the entry goes.
      text: 'See \\cite{a}.\n\n\\begin{thebibliography}{9}\\bibitem{b} B. \\bibitem{a} A.\\end{thebibliography}\n',
      language: 'latex',
      errors: [{ messageId: 'uncited', message: 'Bibliography entry "b" is never cited', text: 'b} B.' }],
      output: 'See \\cite{a}.\n\n\\begin{thebibliography}{9}\\bibitem{a} A.\\end{thebibliography}\n',
    },
    {
      text: 'See \\cite{a}.\n\n\\begin{thebibliography}{9}\\bibitem{a} A. \\bibitem{b} B.\n\\end{thebibliography}\n',
      language: 'latex',
      errors: [{ messageId: 'uncited', message: 'Bibliography entry "b" is never cited', text: 'b} B.' }],
      output: 'See \\cite{a}.\n\n\\begin{thebibliography}{9}\\bibitem{a} A.\n\\end{thebibliography}\n',
    },
    {
      // Out of first-use order: one note at the first break, with a renumbering fix.
      text: `Second first [2], then [1] and [3].${refs('A.', 'B.', 'C.')}`,
      errors: [{ messageId: 'outOfOrder', message: 'Reference [1] is first cited after [2]', text: '1' }],
      output: `Second first [1], then [2] and [3].${refs('B.', 'A.', 'C.')}`,
    },
    {
      text: 'Superscripts too.^2 And then.^1\n\nReferences\n\n[1] A.\n[2] B.\n',
      language: 'plaintext',
      errors: [{ messageId: 'outOfOrder', text: '1', message: 'Reference [1] is first cited after [2]' }],
      output: 'Superscripts too.^1 And then.^2\n\nReferences\n\n[1] B.\n[2] A.\n',
    },
  ],
};

export default tests;
