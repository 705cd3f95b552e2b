import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'Under ASTCT grading, an ICE score of 8 counts as grade 1 ICANS.',
    'Grade 3 ICANS was rare in patients with an ICE score of 8.',
    'ICANS grade 1 corresponded to an ICE score of 7 to 9.',
    'A score of 7 to 9 on the ICE score indicates grade 1 ICANS.',
    'Grade 2 ICANS was defined as an ICE score of 3–6.',
    'Grade 3 ICANS corresponds to an ICE score of 0 to 2.',
    'ICANS grade 2 corresponded to an ICE score of 5.',
    'Grade 1 ICANS (ICE score 7–9) occurred in 20% of patients.',
    'Grade 2 ICANS: ICE score 3–6.',
    'ICE scores of 0–2 define grade 3 ICANS.',
    // A plural subject's link agrees with it.
    'ICE scores of 7 to 9 indicate grade 1 ICANS.',
    'ICE scores of 3-6 mean grade 2 ICANS.',
    // No linking word: a score said of patients of a grade.
    'Patients with grade 1 ICANS had ICE scores of 3 to 9 during follow-up.',
    // Grade 4 is an ICE score of 0 (unarousable), which grade 3 also covers.
    'ICANS grade 4 corresponded to an ICE score of 0.',
    // Another syndrome's grade.
    'Grade 3 CRS and ICANS corresponded to an ICE score of 7 to 9.',
    // Negated or hedged.
    'ICANS grade 1 does not correspond to an ICE score of 3 to 6.',
    'ICANS grade 1 may correspond to an ICE score of 3 to 6.',
    // A clause naming no syndrome grades the score's own; a label line's colon or a classification links them.
    'ICE 7–9: grade 1',
    'ICE 0–2: grade 1',
    'ICE scores between 3 and 6 were recorded as grade 2.',
    // The worst event sets the grade: a classification of a patient's score is not the score's band.
    'A patient with an ICE score of 3 who has a generalised seizure is classified as grade 3 ICANS.',
    'Patients with an ICE score of 8 had grade 3 CRS.',
    // A copula between the score and the grade equates them: a correct band, a negation, a question, a range of grades.
    'An ICE score of 4 is grade 2 ICANS.',
    'ICE scores of 0 to 2 are grade 3 ICANS.',
    'An ICE score of 5 is not grade 1 ICANS.',
    'Is an ICE score of 5 grade 1 or grade 2 ICANS?',
    'An ICE score of 8 is grade 2 or worse.',
    // A patient's grade is the worst finding's: a score sets only its lowest grade, and a higher one may come from
    // another finding.
    'A patient with an ICE score of 8 has grade 2 ICANS.',
    'A patient who scores 8 on the ICE test is grade 3 ICANS.',
    'Her ICE score of 6 was grade 1 CRS.',
  ],
  invalid: [
    {
      text: 'An ICE score of 5 is grade 1 ICANS.',
      errors: [{ messageId: 'otherRange', text: 'An ICE score of 5 is grade 1 ICANS.', message: /of 7–9, not 5/ }],
    },
    {
      text: 'ICE scores of 0 to 2 are grade 2 ICANS.',
      errors: [{ messageId: 'otherRange', text: 'ICE scores of 0 to 2 are grade 2 ICANS.', message: /of 3–6/ }],
    },
    {
      text: 'A patient who scores 5 on the ICE test has grade 1 ICANS.',
      errors: [
        {
          messageId: 'lowerGrade',
          text: 'A patient who scores 5 on the ICE test has grade 1 ICANS.',
          message: /grade 2 or higher, not grade 1/,
        },
      ],
    },
    {
      text: 'A patient with an ICE score of 2 has grade 1 ICANS.',
      errors: [
        {
          messageId: 'lowerGrade',
          text: 'A patient with an ICE score of 2 has grade 1 ICANS.',
          message: /grade 3 or higher/,
        },
      ],
    },
    {
      text: 'Under ASTCT grading, an ICE score of 5 is classed as grade 3 ICANS.',
      errors: [
        { messageId: 'otherRange', text: 'Under ASTCT grading, an ICE score of 5 is classed as grade 3 ICANS.' },
      ],
    },
    {
      text: 'ICANS: ICE 0–2 = grade 1',
      errors: [{ messageId: 'otherRange', text: 'ICANS: ICE 0–2 = grade 1', message: /of 7–9/ }],
    },
    {
      text: 'ICE 0–2: grade 1 ICANS',
      errors: [{ messageId: 'otherRange', text: 'ICE 0–2: grade 1 ICANS', message: /of 7–9/ }],
    },

    {
      text: 'ICE scores of 7-9 indicate grade 3 ICANS.',
      errors: [
        {
          messageId: 'otherRange',
          text: 'ICE scores of 7-9 indicate grade 3 ICANS.',
          message: /ICANS grade 3 is an ICE\b.* of 0–2/,
        },
      ],
    },
    // Grade 4 is set by a condition at ICE 0 only.
    {
      text: 'ICANS grade 4 corresponds to an ICE score of 1 to 2.',
      errors: [
        {
          messageId: 'otherRange',
          text: 'ICANS grade 4 corresponds to an ICE score of 1 to 2.',
          message: 'ICANS grade 4 is an ICE score of 0, not 1 to 2.',
        },
      ],
    },
    // The score before the scale's name: "a score of 7 to 9 on the ICE score".
    {
      text: 'A score of 7 to 9 on the ICE score indicates grade 3 ICANS.',
      errors: [{ messageId: 'otherRange', text: 'A score of 7 to 9 on the ICE score indicates grade 3 ICANS.' }],
    },
    {
      text: 'ICANS grade 1 corresponded to an ICE score of 3 to 6.',
      errors: [
        {
          messageId: 'otherRange',
          text: 'ICANS grade 1 corresponded to an ICE score of 3 to 6.',
          message: 'ICANS grade 1 is an ICE score of 7–9, not 3 to 6.',
        },
      ],
    },
    {
      text: 'Grade 3 ICANS was defined as an ICE score of 3–6.',
      errors: [
        {
          messageId: 'otherRange',
          text: 'Grade 3 ICANS was defined as an ICE score of 3–6.',
          message: 'grade 3 is an ICE score of 0–2, not 3–6',
        },
      ],
    },
    {
      text: 'Grade 2 ICANS (ICE score 7–9) occurred in 12% of patients.',
      errors: [
        {
          messageId: 'otherRange',
          text: 'Grade 2 ICANS (ICE score 7–9) occurred in 12% of patients.',
          message: 'grade 2 is an ICE score of 3–6, not 7–9',
        },
      ],
    },
    {
      text: 'An ICE score of 3–6 defines grade 1 ICANS.',
      errors: [{ messageId: 'otherRange', text: 'An ICE score of 3–6 defines grade 1 ICANS.', message: 'not 3–6' }],
    },
    {
      text: '- Grade 3 ICANS: ICE score 7–9',
      errors: [
        { messageId: 'otherRange', text: 'Grade 3 ICANS: ICE score 7–9', message: 'grade 3 is an ICE score of 0–2' },
      ],
    },
    {
      text: 'An ICE score of 8 means grade 2 ICANS.',
      errors: [{ messageId: 'otherRange', text: 'An ICE score of 8 means grade 2 ICANS.', message: 'not 8' }],
    },
  ],
};
export default tests;
