import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'Under WHO 2019, NET G3 is well differentiated.',
    'Neuroendocrine carcinomas are poorly differentiated.',
    'NET G3 is not poorly differentiated.',
    'NET G1 and NET G2 are both well differentiated.',
    // Not tied to the neoplasm by a copula or a colon: a comparison, a modifier, another subject.
    'NET G3 is distinct from poorly differentiated neuroendocrine carcinoma.',
    'Unlike NEC, NET G3 is well differentiated.',
    'Unlike NET G3, NECs are poorly differentiated.',
    'Patients with NET G3 or NEC had poorly differentiated components in 10% of biopsies.',
    // Another time, another scheme, a hedge, the term's history.
    'Under the WHO 2010 classification, G3 NETs were described as poorly differentiated.',
    'NET G3 was formerly considered poorly differentiated.',
    'Some grade 3 NETs may be poorly differentiated.',
    // A past finding: not judged.
    'In this series, NET G3 tumours were poorly differentiated.',
  ],
  invalid: [
    {
      text: 'Grade 3 NETs are poorly differentiated carcinomas.',
      errors: [
        {
          messageId: 'differentiation',
          text: 'Grade 3 NETs are poorly differentiated carcinomas.',
          message: 'Grade 3 NETs is well differentiated under WHO 2019, not poorly differentiated.',
        },
      ],
    },
    {
      text: 'NEC: well differentiated',
      errors: [{ messageId: 'differentiation', text: 'NEC: well differentiated', message: /poorly differentiated/ }],
    },
    {
      text: 'NET G3 tumours are poorly differentiated by definition.',
      errors: [{ messageId: 'differentiation', text: 'NET G3 tumours are poorly differentiated by definition.' }],
    },
    {
      text: 'NET G3 tumours, which are poorly differentiated by definition, were pooled with NECs.',
      errors: [
        {
          messageId: 'differentiation',
          text: 'NET G3 tumours, which are poorly differentiated by definition, were pooled with NECs.',
        },
      ],
    },
    {
      text: 'NET G3 is not well differentiated.',
      errors: [
        {
          messageId: 'deniedDifferentiation',
          text: 'NET G3 is not well differentiated.',
          message: 'NET G3 is well differentiated under WHO 2019.',
        },
      ],
    },
    {
      text: 'G2 NETs and G3 NETs are both poorly differentiated.',
      errors: [
        { messageId: 'differentiation', text: 'G2 NETs and G3 NETs are both poorly differentiated.' },
        { messageId: 'differentiation', text: 'G2 NETs and G3 NETs are both poorly differentiated.' },
      ],
    },
  ],
};
export default tests;
