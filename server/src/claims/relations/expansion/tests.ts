import type { RelationTests } from '../types';

// One finding; a relation's table sees the sentence it covers.
const one = (messageId: 'expansion' | 'letter', text: string, message?: string | RegExp) => ({
  text,
  errors: [{ messageId, text, ...(message ? { message } : {}) }],
});

const tests: RelationTests = {
  valid: [
    // The recorded form, in other spellings, with an article, or followed by more words.
    'REMS stands for Risk Evaluation and Mitigation Strategy.',
    'HLA is short for human leucocyte antigen.',
    'ICANS stands for immune effector cell–associated neurotoxicity syndrome.',
    'FDA stands for the U.S. Food and Drug Administration.',
    'A BLA is an abbreviation for a Biologics License Application filed with the FDA.',
    'GVHD stands for graft-vs-host disease.',
    'ALL stands for acute lymphocytic leukemia.',
    'SCLC stands for small cell lung carcinoma.',
    // A longer wording for a word of the form: the same thing described.
    'TCR-T stands for T cell receptor-engineered T cells.',
    'CAR-T stands for chimeric antigen receptor-modified T cells.',
    // A parenthesis defines a sense for the document, even another one.
    'Patients with metastatic melanoma (MM) were excluded.',
    'Watch for CRS (cytokine reaction syndrome) in the first week.',
    // An omission, another sense of the letters, a gloss that is not a full form.
    'ICANS stands for immune cell-associated neurotoxicity syndrome.',
    'On the shipping label, IND stands for Indiana.',
    'Some families call CRS (cytokine storm) the hardest part.',
    // Negated, hedged, reported, asked.
    'ICANS does not stand for interleukin-associated neurotoxicity syndrome.',
    'REMS is not short for Risk Evaluation and Management Strategy.',
    'TIAN might stand for tumour-induced acute neurotoxicity.',
    'Does CRS stand for cytokine reaction syndrome?',
    // Abbreviations whose full form the knowledge base does not record.
    'RRMM stands for relapsed or refractory multiple myeloma.',
    'MRD stands for measurable residual disease.',
    // A letter it holds.
    'The I in ICAHT stands for immune.',
    // An abbreviation no recorded form spells by its initials (ICAHT's T is inside "hematotoxicity").
    'The I in ICAHT stands for inflammatory.',
    'The T in TLS stands for tumor.',
  ],
  invalid: [
    one(
      'expansion',
      'ICANS stands for interleukin-associated neurotoxicity syndrome.',
      'ICANS stands for immune effector cell-associated neurotoxicity syndrome, not interleukin-associated neurotoxicity syndrome.',
    ),
    one(
      'expansion',
      'For the record, REMS is short for Risk Evaluation and Management Strategy.',
      /REMS stands for Risk Evaluation and Mitigation Strategy, not/,
    ),
    one(
      'expansion',
      "China's NMPA, which stands for National Medicines Protection Agency, approved satri-cel.",
      /NMPA stands for National Medical Products Administration, not National Medicines Protection Agency\./,
    ),
    one('expansion', 'DLBCL stands for diffuse large B-cell leukaemia.'),
    one(
      'letter',
      'The S in TLS stands for sarcoma.',
      'The S in TLS stands for "syndrome" (tumor lysis syndrome), not "sarcoma".',
    ),
    one(
      'expansion',
      'FDA stands for Federal Drug Administration.',
      'FDA stands for Food and Drug Administration, not Federal Drug Administration.',
    ),
    // Two findings in one sentence, one for each abbreviation.
    {
      text: 'CRS stands for cytokine reaction syndrome; TLS stands for tumor lymphoma syndrome.',
      errors: [
        {
          messageId: 'expansion',
          text: 'CRS stands for cytokine reaction syndrome; TLS stands for tumor lymphoma syndrome.',
          message: 'CRS stands for cytokine release syndrome, not cytokine reaction syndrome.',
        },
        {
          messageId: 'expansion',
          text: 'CRS stands for cytokine reaction syndrome; TLS stands for tumor lymphoma syndrome.',
          message: 'TLS stands for tumor lysis syndrome, not tumor lymphoma syndrome.',
        },
      ],
    },
  ],
};
export default tests;
