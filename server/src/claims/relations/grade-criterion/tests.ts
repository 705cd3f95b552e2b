import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // "no" in the subject's relative or participle clause is said of the finding, not of the grade.
    'CRS with hypotension that requires no vasopressors is grade 2.',
    'Under ASTCT, CRS with hypotension requiring no vasopressors is grade 2.',
    'CRS with hypotension is not grade 3.',
    'Grade 2 CRS requiring low-flow oxygen occurred in 12 patients.',
    'Grade 3 CRS requiring high-flow oxygen occurred in 4 patients.',
    'Grade 3 CRS requires one vasopressor with or without vasopressin.',
    'Grade 4 CRS requires multiple vasopressors or positive-pressure ventilation.',
    'Grade 2 CRS: hypotension not requiring vasopressors and/or low-flow oxygen.',
    'Grade 2 CRS requiring fluids but no vasopressors resolved within days.',
    // A grade above the finding's may come from another finding.
    'Grade 4 CRS requiring low-flow oxygen and multiple vasopressors occurred once.',
    // No link: a finding said of patients of a grade.
    'Patients who had grade 2 CRS later received vasopressors in the ICU.',
    // A range of grades, or two grades.
    'Grade 1–2 CRS requiring high-flow oxygen was rare.',
    'Grade 2 or higher CRS requiring a vasopressor was rare.',
    'Grade 2 CRS requiring low-flow oxygen progressed to grade 3 CRS requiring high-flow oxygen.',
    // Another grading system, named or unknown.
    'Under the Penn criteria, grade 3 CRS required high-dose vasopressors.',
    'CTCAE grade 2 CRS requiring a vasopressor was reported in the older trial.',
    'Grade 2 CRS requiring high-flow oxygen under the CARTOX-10 era criteria was rare.',
    // Negated or hedged.
    'Grade 2 CRS does not require high-flow oxygen.',
    'Grade 2 CRS may require high-flow oxygen in some centres.',
    // ICANS has no such criteria on record.
    'Grade 2 ICANS requiring high-flow oxygen was rare.',
    // The grade as the finding's predicate, at or above the finding's grade.
    'CRS needing positive-pressure ventilation is grade 4.',
    'CRS with hypotension requiring a single vasopressor corresponds to grade 3.',
    // A grade said of patients, not of the finding.
    'Patients with CRS requiring a vasopressor had grade 2 ICANS.',
    // A definition at the finding's own grade; a past copula reports one patient's grade, which another finding may set.
    'CRS that needs one vasopressor is grade 3.',
    'CRS that needed one vasopressor was grade 4 in this patient.',
    'CRS needing one vasopressor and mechanical ventilation is classified as grade 4.',
    // The finding as the subject of a defining predicate, or before a causative one with the syndrome after it.
    'Two or more pressors, excluding vasopressin, define grade 4 CRS.',
    'In the ASTCT scheme, a facemask makes the CRS grade 3.',
    'Hypotension that needs one vasopressor makes it grade 3 CRS.',
    // Negated, or a subject that is no finding.
    'One vasopressor does not make the CRS grade 4.',
    'Fever alone makes the CRS grade 1.',
    // Hypotension sets grade 2 (data/grading.json); a vasopressor for it grade 3; fever without it grade 1.
    'Grade 1 CRS is fever without hypotension or hypoxia.',
    'Grade 2 CRS is hypotension that needs no vasopressors.',
    'Grade 3 CRS is hypotension requiring one vasopressor.',
    // Fever, the finding every grade has, sets no grade unless it is said to be the only one (gradeCriteria.baseline).
    'CRS with fever is grade 2 when hypotension is present.',
    'Grade 3 CRS with fever and one vasopressor occurred in 4 patients.',
    'Isolated fever is graded as grade 1 CRS.',
    'Under ASTCT grading, fever without hypotension or hypoxia is grade 1 CRS.',
    // An exclusion naming one other finding leaves the rest open.
    'Fever without vasopressors is grade 2 CRS in this patient.',
    'A fever alone is not grade 3 CRS.',
  ],
  invalid: [
    {
      text: 'Under ASTCT, CRS with hypotension that requires no vasopressors is grade 3.',
      errors: [
        {
          messageId: 'definedGrade',
          text: 'Under ASTCT, CRS with hypotension that requires no vasopressors is grade 3.',
        },
      ],
    },
    {
      text: 'CRS with hypotension requiring no vasopressors is grade 3.',
      errors: [{ messageId: 'definedGrade', text: 'CRS with hypotension requiring no vasopressors is grade 3.' }],
    },
    // The baseline finding said to be the only one sets exactly its grade.
    {
      text: 'Fever alone already counts as grade 2 cytokine release syndrome.',
      errors: [
        {
          messageId: 'definedGrade',
          text: 'Fever alone already counts as grade 2 cytokine release syndrome.',
          message: 'Fever alone sets CRS grade 1 (ASTCT 2019), not grade 2.',
        },
      ],
    },
    {
      text: 'On the ASTCT scale, isolated fever is graded as grade 3 CRS.',
      errors: [
        {
          messageId: 'definedGrade',
          text: 'On the ASTCT scale, isolated fever is graded as grade 3 CRS.',
          message: 'Isolated fever sets CRS grade 1 (ASTCT 2019), not grade 3.',
        },
      ],
    },
    {
      text: 'Fever without hypotension or hypoxia is grade 2 CRS.',
      errors: [
        {
          messageId: 'definedGrade',
          text: 'Fever without hypotension or hypoxia is grade 2 CRS.',
          message: 'Fever without hypotension or hypoxia sets CRS grade 1 (ASTCT 2019), not grade 2.',
        },
      ],
    },
    {
      text: 'Grade 2 CRS is defined by fever alone.',
      errors: [{ messageId: 'definedGrade', text: 'Grade 2 CRS is defined by fever alone.', message: /grade 1 \(/ }],
    },
    {
      text: 'Grade 1 CRS is fever with hypotension not requiring vasopressors.',
      errors: [
        {
          messageId: 'lowerGrade',
          text: 'Grade 1 CRS is fever with hypotension not requiring vasopressors.',
          message: 'Hypotension is CRS grade 2 or higher (ASTCT 2019), not grade 1.',
        },
      ],
    },
    // The grade as the predicate of a finding that sets a higher one.
    {
      text: 'CRS needing high-flow oxygen is grade 2.',
      errors: [
        {
          messageId: 'lowerGrade',
          text: 'CRS needing high-flow oxygen is grade 2.',
          message: 'High-flow oxygen is CRS grade 3 or higher (ASTCT 2019), not grade 2.',
        },
      ],
    },
    {
      text: 'Grade 2 CRS requiring high-flow oxygen occurred in 12 patients.',
      errors: [
        {
          messageId: 'lowerGrade',
          text: 'Grade 2 CRS requiring high-flow oxygen occurred in 12 patients.',
          message: 'High-flow oxygen is CRS grade 3 or higher (ASTCT 2019), not grade 2.',
        },
      ],
    },
    {
      text: 'Grade 3 CRS is defined by two or more vasopressors.',
      errors: [
        { messageId: 'lowerGrade', text: 'Grade 3 CRS is defined by two or more vasopressors.', message: /grade 4/ },
      ],
    },
    {
      text: 'Grade 2 CRS requires vasopressors.',
      errors: [{ messageId: 'lowerGrade', text: 'Grade 2 CRS requires vasopressors.', message: /grade 3/ }],
    },
    {
      text: 'Results: CRS was graded per ASTCT 2019; grade 3 CRS requiring CPAP occurred in 2 patients.',
      errors: [
        {
          messageId: 'lowerGrade',
          text: 'Results: CRS was graded per ASTCT 2019; grade 3 CRS requiring CPAP occurred in 2 patients.',
          message: /grade 4/,
        },
      ],
    },
    // A grade that defines the finding is its own grade: one above it is wrong too.
    {
      text: 'In ASTCT grading, CRS that needs one vasopressor is grade 4.',
      errors: [
        {
          messageId: 'definedGrade',
          text: 'In ASTCT grading, CRS that needs one vasopressor is grade 4.',
          message: 'One vasopressor sets CRS grade 3 (ASTCT 2019), not grade 4.',
        },
      ],
    },
    {
      text: 'CRS requiring low-flow oxygen was classified as grade 3 under ASTCT 2019.',
      errors: [
        {
          messageId: 'definedGrade',
          text: 'CRS requiring low-flow oxygen was classified as grade 3 under ASTCT 2019.',
          message: /grade 2 \(/,
        },
      ],
    },
    {
      text: 'Grade 4 CRS, defined by the need for high-flow oxygen, occurred in two patients.',
      errors: [
        {
          messageId: 'definedGrade',
          text: 'Grade 4 CRS, defined by the need for high-flow oxygen, occurred in two patients.',
          message: /grade 3 \(/,
        },
      ],
    },
    // The finding as the subject of a defining predicate.
    {
      text: 'A single pressor defines grade 4 CRS in the ASTCT scheme.',
      errors: [
        {
          messageId: 'definedGrade',
          text: 'A single pressor defines grade 4 CRS in the ASTCT scheme.',
          message: /grade 3 \(/,
        },
      ],
    },
    {
      text: 'High-flow nasal cannula oxygen defines grade 2 CRS.',
      errors: [
        {
          messageId: 'lowerGrade',
          text: 'High-flow nasal cannula oxygen defines grade 2 CRS.',
          message: /grade 3 or higher/,
        },
      ],
    },
    // Before a causative predicate with the graded syndrome between it and the grade.
    {
      text: 'Hypotension requiring one pressor makes it grade 2 CRS.',
      errors: [
        {
          messageId: 'lowerGrade',
          text: 'Hypotension requiring one pressor makes it grade 2 CRS.',
          message: /grade 3 or higher/,
        },
      ],
    },
    {
      text: 'Under ASTCT 2019, CPAP makes the CRS grade 3.',
      errors: [
        {
          messageId: 'lowerGrade',
          text: 'Under ASTCT 2019, CPAP makes the CRS grade 3.',
          message: /grade 4 or higher/,
        },
      ],
    },
    {
      text: '- Grade 1 CRS: low-flow oxygen',
      errors: [{ messageId: 'lowerGrade', text: 'Grade 1 CRS: low-flow oxygen', message: /grade 2 or higher/ }],
    },
  ],
};
export default tests;
