import type { RuleTests } from '../types';

const list =
  '\n\n## References\n\n1. Food and Drug Administration. FDA approves tisagenlecleucel. 2017.\n2. Maude SL, et al. N Engl J Med. 2018.\n';

const tests: RuleTests = {
  valid: [
    `Tisagenlecleucel was approved in 2017 [1] and studied further [2].${list}`,
    `Ranges resolve [1–2] and so do lists [1, 2].${list}`,
    'A footnote cites its note.[^fda]\n\n[^fda]: FDA news release, 2017-08-30.\n',
    // Keyed citations with a bibliography that could not be read (no file system) are not judged.
    '---\nbibliography: refs.bib\n---\n\nAs shown [@maude2018].\n',
    {
      text: 'As \\citet{june2018} showed.\n\n\\begin{thebibliography}{9}\n\\bibitem{june2018} June CH. Science. 2018.\n\\end{thebibliography}\n',
      language: 'latex',
    },
    // Not citations: a task list box, an isotope, a power, a link label, an e-mail address.
    `- [x] done\n\n<sup>177</sup>Lu-dotatate and 10^6 cells; see [the label][1] or write to info@example.org.\n\n[1]: https://www.fda.gov/\n`,
    'In `code [9]` nothing is cited.\n\n```\nreturn a[3];\n```\n',
  ],
  invalid: [
    {
      text: '---\nbibliography: missing.bib\n---\n\nAs shown [@maude2018].\n',
      files: {},
      errors: [{ messageId: 'unreadableBibliography', text: 'missing.bib', message: 'missing.bib could not be read' }],
    },
    {
      text: `It was approved in 2017 [3].${list}`,
      errors: [{ messageId: 'beyondReferenceList', message: 'reference list has 2 entries (1–2)', text: '3' }],
      output: `It was approved in 2017.${list}`,
    },
    {
      text: `It was approved in 2017 [1, 4].${list}`,
      errors: [{ messageId: 'beyondReferenceList', message: 'Citation [4]', text: '4' }],
      output: `It was approved in 2017 [1].${list}`,
    },
    {
      text: 'Approved in 2017.<sup>2</sup>\n',
      errors: [{ messageId: 'noReferenceList', message: 'no numbered "References" list', text: '2' }],
    },
    {
      text: 'Approved in 2017.[^nci]\n\n[^fda]: FDA.\n',
      errors: [{ messageId: 'undefinedFootnote', message: 'Footnote [^nci] has no definition', text: 'nci' }],
    },
    {
      text: 'Approved [@june2018; @nope].\n\n',
      errors: [
        { messageId: 'noBibliography', message: 'declares no bibliography', text: 'june2018' },
        { messageId: 'noBibliography', message: 'declares no bibliography', text: 'nope' },
      ],
    },
    {
      text: 'As shown \\cite{june2018,maude2018}.\n\n\\begin{thebibliography}{9}\n\\bibitem{june2018} June CH. Science. 2018.\n\\end{thebibliography}\n',
      language: 'latex',
      errors: [
        { messageId: 'keyNotFound', message: 'Citation key "maude2018" is not in this document', text: 'maude2018' },
      ],
      output:
        'As shown \\cite{june2018}.\n\n\\begin{thebibliography}{9}\n\\bibitem{june2018} June CH. Science. 2018.\n\\end{thebibliography}\n',
    },
    {
      text: `Cited [1] and [2].\n\n## References\n\n1. A study. doi:10.1056\n2. Another. PMID 12ab\n`,
      errors: [
        { messageId: 'malformedIdentifier', message: 'not a well-formed DOI', text: '1' },
        { messageId: 'malformedIdentifier', message: 'not a well-formed PMID', text: '2' },
      ],
    },
  ],
};

export default tests;
