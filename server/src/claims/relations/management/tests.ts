import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A verbless label's "without" qualifies its own noun; the clause after the colon keeps its polarity.
    'Grade 2 ICANS without CRS: steroids are the standard treatment.',
    // A cue inside an aside that does not describe the subject is the aside's ("one with a response after first-line
    // therapy" describes an enrolled patient).
    'Patients with neuroblastoma (ten relapsed, and one in remission after first-line therapy) were enrolled to test GD2-CART01.',
    'Tocilizumab is used for CRS, not for ICANS.',
    'Anakinra can be used off-label in steroid-refractory ICANS.',
    'Corticosteroids are the mainstay of ICANS treatment.',
    'Tocilizumab is the standard treatment for CRS.',
    'Tocilizumab is not recommended for ICANS.',
    'Anakinra may be the preferred option for refractory ICANS in some centers.',
    'Corticosteroids are the main treatment for ICANS.',
    'Corticosteroids are used for severe CRS together with tocilizumab.',
    'Anakinra is used off-label for IEC-HS.',
    'Corticosteroids are the first-line treatment for ICANS.',
    'If you develop ICANS, the main treatment is steroids.',
    'When your CRS is severe, tocilizumab is the treatment of choice.',
    // Only the main clause is ranked; a hypothesis about a therapy stays a hypothesis.
    'If you develop ICANS after tocilizumab for CRS, steroids are the main treatment.',
    'If tocilizumab were the main treatment for ICANS, fewer patients would need steroids.',
    'If you ask whether tocilizumab is the main treatment for ICANS, the answer is no.',
    'If you develop ICANS, the main treatment might be tocilizumab in some centres.',
    // Each therapy with the condition of its own predicate.
    'Tocilizumab remains the mainstay for CRS while steroids are preferred for ICANS.',
    'Tocilizumab is the standard treatment for CRS, and corticosteroids are the mainstay for ICANS.',
  ],
  invalid: [
    {
      text: 'ICANS without CRS: tocilizumab is the treatment of choice.',
      errors: [{ messageId: 'notPreferred', text: 'ICANS without CRS: tocilizumab is the treatment of choice.' }],
    },
    {
      text: 'If you develop ICANS, the main treatment is tocilizumab.',
      errors: [{ messageId: 'notPreferred', text: 'If you develop ICANS, the main treatment is tocilizumab.' }],
    },
    {
      text: 'Steroids remain the mainstay for CRS while tocilizumab is preferred for ICANS.',
      errors: [
        {
          messageId: 'notPreferred',
          text: 'Steroids remain the mainstay for CRS while tocilizumab is preferred for ICANS.',
        },
      ],
    },
    {
      text: 'Tocilizumab and corticosteroids are the main treatment for ICANS.',
      errors: [
        { messageId: 'notPreferred', text: 'Tocilizumab and corticosteroids are the main treatment for ICANS.' },
      ],
    },
    {
      text: 'GD2-CART01 (the first-line treatment for neuroblastoma) is given in Rome.',
      errors: [
        {
          messageId: 'notPreferred',
          text: 'GD2-CART01 (the first-line treatment for neuroblastoma) is given in Rome.',
        },
      ],
    },
    {
      text: 'Steroids are not used for ICANS.',
      errors: [{ messageId: 'notExcluded', text: 'Steroids are not used for ICANS.' }],
    },
    {
      text: 'Tocilizumab is the standard treatment for ICANS.',
      errors: [
        {
          messageId: 'notPreferred',
          text: 'Tocilizumab is the standard treatment for ICANS.',
          message: 'Corticosteroids',
        },
      ],
    },
    {
      text: 'Tocilizumab is the recommended first-line treatment for ICANS.',
      errors: [{ messageId: 'notPreferred', text: 'Tocilizumab is the recommended first-line treatment for ICANS.' }],
    },
    {
      text: 'Tocilizumab is the first-line treatment for ICANS.',
      errors: [{ messageId: 'notPreferred', text: 'Tocilizumab is the first-line treatment for ICANS.' }],
    },
  ],
};
export default tests;
