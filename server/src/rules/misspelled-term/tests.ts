import type { RuleTests } from '../types';

const tests: RuleTests = {
  valid: [
    'Tisagenlecleucel (Kymriah) and lisocabtagene maraleucel (Breyanzi) are CD19-directed.',
    // Ordinary English words, however close to a term, are never flagged.
    'Persistent remission was reported; persistence varied. Cells expand after infusion.',
    'The patient relapsed and was retreated with an anti-CD19 product.',
    // Nor is a term's word that is an ordinary English word ever suggested ("syndrome", "release").
    'Cytokine releese syndrom was graded.',
    // Codes and short acronyms.
    'KTE-C19, CTL019 and JCAR017 are code names; the CARS and ICANs abbreviations vary.',
    'Kymriah’s label and Yescarta’s label differ.',
    // A listed misspelling's word ("lymphoiblast leukemia") is never the suggestion; the right word is English.
    'Relapsed B-cell precursor acute lymphomblastic leukemia.',
  ],
  invalid: [
    {
      text: 'Tisagenlecleucal was the first approved.',
      errors: [{ messageId: 'nearMiss', text: 'Tisagenlecleucal', message: /misspelling of "Tisagenlecleucel"/ }],
      output: 'Tisagenlecleucel was the first approved.',
    },
    {
      text: 'Kymria was approved in 2017.',
      errors: [{ messageId: 'nearMiss', text: 'Kymria', message: 'Kymriah' }],
      output: 'Kymriah was approved in 2017.',
    },
    {
      // Two swapped neighbours are one edit: a six-letter name allows one.
      text: 'Aebcma was approved in 2021.',
      errors: [{ messageId: 'nearMiss', text: 'Aebcma', message: 'Abecma' }],
      output: 'Abecma was approved in 2021.',
    },
    {
      text: 'It was compared with lisocabtagene maraluecel.',
      errors: [{ messageId: 'nearMiss', text: 'maraluecel', message: 'maraleucel' }],
      output: 'It was compared with lisocabtagene maraleucel.',
    },
    {
      // The English filter's false positive ("carvyktie"): near a shipped name the exact list of English words decides.
      text: 'Carvyktie was infused.',
      errors: [{ messageId: 'nearMiss', text: 'Carvyktie', message: 'Carvykti' }],
      output: 'Carvykti was infused.',
    },
    {
      // A misspelling the knowledge base lists outright.
      text: 'CAT T-cell therapy is a typo.',
      errors: [{ messageId: 'listedMisspelling', text: 'CAT T-cell therapy', message: 'CAR T-cell therapy' }],
      output: 'CAR T-cell therapy is a typo.',
    },
  ],
};

export default tests;
