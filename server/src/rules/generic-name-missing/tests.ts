import type { RuleTests } from '../types';

const tests: RuleTests = {
  valid: [
    'Tisagenlecleucel (Kymriah) was approved in 2017. Kymriah targets CD19.',
    'Kymriah (tisagenlecleucel) was approved in 2017.',
    'Kymriah was approved in 2017. Its generic name is tisagenlecleucel.',
    'We reviewed tisagenlecleucel.\n\nLater, Kymriah was compared.',
    'CAR T-cell therapy targets CD19.',
  ],
  invalid: [
    {
      text: 'Kymriah was approved in 2017. Later, Kymriah was compared.',
      errors: [{ messageId: 'brandWithoutGeneric', text: 'Kymriah', message: /write "tisagenlecleucel \(Kymriah\)"/ }],
      output: 'Tisagenlecleucel (Kymriah) was approved in 2017. Later, Kymriah was compared.',
    },
    {
      text: 'Kymriah was approved in 2017.',
      settings: { genericNameStyle: 'Brand (generic)' },
      errors: [{ messageId: 'brandWithoutGeneric', text: 'Kymriah' }],
      output: 'Kymriah (tisagenlecleucel) was approved in 2017.',
    },
    // A fix at the start of a pasted table's row keeps the row's capital: a lower-case line start would read as
    // hard-wrapped prose and join the rows into one sentence.
    {
      text: 'Approved CAR-Ts and their uses\nTisagenlecleucel (Kymriah) B-cell ALL\nTecartus Mantle cell lymphoma\nIdecabtagene vicleucel (Abecma) Multiple myeloma',
      errors: [{ messageId: 'brandWithoutGeneric', text: 'Tecartus' }],
      output:
        'Approved CAR-Ts and their uses\nTisagenlecleucel (Kymriah) B-cell ALL\nBrexucabtagene autoleucel (Tecartus) Mantle cell lymphoma\nIdecabtagene vicleucel (Abecma) Multiple myeloma',
    },
    {
      text: 'Yescarta and Breyanzi treat LBCL.',
      errors: [
        { messageId: 'brandWithoutGeneric', text: 'Yescarta', message: 'axicabtagene ciloleucel' },
        { messageId: 'brandWithoutGeneric', text: 'Breyanzi', message: 'lisocabtagene maraleucel' },
      ],
    },
  ],
};

export default tests;
