import type { RuleTests } from '../types';

const refs = '\n\n## References\n\n1. Oncology Nursing Society. FDA approves tisagenlecleucel. 2017.\n';
// A document that cites something elsewhere: only such documents are held to citing.
const cites = '\n\nCAR T-cell therapy is described elsewhere.[^nci]\n\n[^nci]: National Cancer Institute.\n';

const tests: RuleTests = {
  valid: [
    `Tisagenlecleucel was approved by the FDA on August 30, 2017 [1].${refs}`,
    `Tisagenlecleucel was approved by the FDA in 2017.<sup>1</sup>${refs}`,
    `Tisagenlecleucel was approved by the FDA in 2017.^1${refs}`,
    'Tisagenlecleucel was approved by the FDA in 2017.[^ons]\n\n[^ons]: ONS, 2017.\n',
    {
      text: 'As \\citet{ons2017} reported, tisagenlecleucel was approved by the FDA in 2017.\n\n\\begin{thebibliography}{9}\n\\bibitem{ons2017} ONS.\n\\end{thebibliography}\n',
      language: 'latex',
    },
    // Headings, questions, hedged, general and the authors' own statements.
    '## Kymriah approval in 2017\n\nText follows here.\n',
    'Was Kymriah the first CAR T-cell therapy approved by the FDA?',
    'Kymriah may be approved for further indications.',
    'CAR T-cell therapy is generally given in specialist centres after approval by the hospital.',
    'In this review we summarise the approvals of Kymriah and Yescarta.',
    "CAR T-cell therapy uses the patient's own T cells.",
    // Not a manuscript: nothing in it cites, so nothing is required to.
    'Kymriah was approved by the FDA in 2017 for B-ALL.',
    'First, the T cells are collected by apheresis.',
    // Paragraph placement: a citation anywhere in the paragraph covers its claims.
    {
      text: `Kymriah was approved by the FDA in 2017. It treats B-ALL [1].${refs}`,
      settings: { citationPlacement: 'paragraph' },
    },
    // The reference list itself states facts but is not running text.
    `Cited [1].${refs}`,
  ],
  invalid: [
    {
      text: `Response rates reached 81% in the pivotal trial.${cites}`,
      settings: { citationPlacement: 'paragraph' },
      errors: [{ messageId: 'uncitedParagraph', text: 'Response rates reached 81% in the pivotal trial.' }],
    },
    {
      // No numbered list yet: one is started at the end of the document.
      text: `Kymriah was approved by the FDA in 2017 for B-ALL.${cites}`,
      errors: [
        {
          messageId: 'uncitedKnownSource',
          message:
            /States an approval without a citation: cite a source \(the knowledge base cites Oncology Nursing Society \(ONS\), 2017-08\)\./,
          text: 'Kymriah was approved by the FDA in 2017 for B-ALL.',
        },
      ],
      output: `Kymriah was approved by the FDA in 2017 for B-ALL [1].${cites}\n## References\n\n1. Oncology Nursing Society (ONS). FDA approves tisagenlecleucel for B-cell ALL and tocilizumab for cytokine release syndrome. 2017-08. http://prod-www.ons.org/articles/fda-approves-tisagenlecleucel-b-cell-all-tocilizumab-cytokine-release-syndrome\n`,
    },
    {
      // Appended to the existing list, numbered after its last entry, in its marker style; cited in the document's
      // style.
      text: 'Yescarta followed.<sup>1</sup> Kymriah was approved for B-ALL in 2017.\n\n## References\n\n[1] Neelapu SS, et al. N Engl J Med. 2017.\n',
      errors: [{ messageId: 'uncitedKnownSource', text: 'Kymriah was approved for B-ALL in 2017.' }],
      output:
        'Yescarta followed.<sup>1</sup> Kymriah was approved for B-ALL in 2017.<sup>2</sup>\n\n## References\n\n[1] Neelapu SS, et al. N Engl J Med. 2017.\n[2] Oncology Nursing Society (ONS). FDA approves tisagenlecleucel for B-cell ALL and tocilizumab for cytokine release syndrome. 2017-08. http://prod-www.ons.org/articles/fda-approves-tisagenlecleucel-b-cell-all-tocilizumab-cytokine-release-syndrome\n',
    },
    {
      // The source is already in the list: cite its number.
      text: 'Kymriah was approved for B-ALL in 2017. Yescarta came next [2].\n\n## References\n\n1. ONS. http://prod-www.ons.org/articles/fda-approves-tisagenlecleucel-b-cell-all-tocilizumab-cytokine-release-syndrome\n2. Another.\n',
      errors: [{ messageId: 'uncitedKnownSource', text: 'Kymriah was approved for B-ALL in 2017.' }],
      output:
        'Kymriah was approved for B-ALL in 2017 [1]. Yescarta came next [2].\n\n## References\n\n1. ONS. http://prod-www.ons.org/articles/fda-approves-tisagenlecleucel-b-cell-all-tocilizumab-cytokine-release-syndrome\n2. Another.\n',
    },
    {
      text: 'The complete remission rate was 81% in the pivotal trial.' + cites,
      errors: [
        {
          messageId: 'uncited',
          text: 'The complete remission rate was 81% in the pivotal trial.',
          message: 'States a statistic',
        },
      ],
    },
    {
      text: 'Kymriah was the first CAR T-cell therapy to reach patients in the United States.' + cites,
      errors: [
        {
          messageId: 'uncitedKnownSource',
          text: 'Kymriah was the first CAR T-cell therapy to reach patients in the United States.',
          message: 'States a "first"',
        },
      ],
    },
    {
      text: 'In ZUMA-7, axicabtagene ciloleucel improved event-free survival over standard care.' + cites,
      errors: [
        {
          messageId: 'uncited',
          text: 'In ZUMA-7, axicabtagene ciloleucel improved event-free survival over standard care.',
          message: 'efficacy or safety result',
        },
      ],
    },
    {
      text: 'Tecartus received FDA approval on July 24, 2020.' + cites,
      errors: [
        {
          messageId: 'uncitedKnownSource',
          text: 'Tecartus received FDA approval on July 24, 2020.',
          message: /States an (approval|a date)/,
        },
      ],
    },
    {
      text: `Kymriah was approved by the FDA in 2017. It treats B-ALL [1].${refs}`,
      errors: [{ messageId: 'uncitedKnownSource', text: 'Kymriah was approved by the FDA in 2017.' }],
    },
    {
      text: `Kymriah was approved by the FDA in 2017.\n\nIt treats B-ALL.${cites}`,
      settings: { citationPlacement: 'paragraph' },
      errors: [
        {
          messageId: 'uncitedParagraphKnownSource',
          text: 'Kymriah was approved by the FDA in 2017.',
          message: 'without a citation in its paragraph',
        },
      ],
    },
    {
      text: 'Tisagenlecleucel was approved by the FDA in 2017 [1].\nIt was approved for B-ALL in 2017.\n\nReferences\n\n1. ONS.\n',
      language: 'plaintext',
      errors: [{ messageId: 'uncited', text: 'It was approved for B-ALL in 2017.', message: 'approval' }],
    },
    {
      text: 'Tisagenlecleucel was approved by the FDA in 2017.\n\\bibliography{refs}\n',
      language: 'latex',
      errors: [
        {
          messageId: 'uncitedKnownSource',
          text: 'Tisagenlecleucel was approved by the FDA in 2017.',
          message: 'approval',
        },
      ],
    },
  ],
};

export default tests;
