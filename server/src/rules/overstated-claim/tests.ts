import type { RuleTests } from '../types';

const tests: RuleTests = {
  valid: [
    'In some patients, CAR-T can eliminate advanced cancer for long periods; some appear cured.',
    'CAR-T therapy does not work for everybody.',
    'CAR T-cell therapy is not free of side effects.',
    'It is a myth that CAR-T cures cancer.',
    'Does CAR-T cure cancer?',
    'CAR-T may cure some patients with leukemia.',
    'Patients are monitored in every case for CRS.',
    'The weather is completely safe today.',
  ],
  invalid: [
    { text: 'CAR T cures cancer.', errors: [{ text: 'cures', message: 'overstates efficacy' }] },
    { text: 'Kymriah is 100% effective.', errors: [{ text: '100% effective' }] },
    { text: 'CAR T-cell therapy is free of side effects.', errors: [{ text: 'free of side effects', message: 'overstates safety' }] },
    { text: 'Abecma works for everyone with myeloma.', errors: [{ text: 'works for everyone' }] },
    { text: 'This treatment guarantees remission.', errors: [{ text: 'guarantees' }] },
    { text: 'CAR-T is completely safe.', errors: [{ text: 'completely safe' }] },
    { text: 'CAR T-cell therapy is effective in every patient.', errors: [{ text: 'effective in every' }] },
  ],
};
export default tests;
