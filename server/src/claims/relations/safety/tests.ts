import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'CAR-T carries a risk of T-cell malignancies.',
    'Secondary T-cell malignancies have been reported after CAR-T.',
    'The REMS was eliminated, but the boxed warnings remain.',
    'The REMS for CAR-T products was eliminated in June 2025.',
    'Aucatzyl never had a REMS.',
    'Aucatzyl was approved without a REMS.',
    'CAR-T labels carry a boxed warning for T-cell malignancies.',
    'Before June 2025, CAR-T could only be given at REMS-certified centers.',
    'CAR-T labels still carry boxed warnings for CRS and neurologic toxicities.',
    'Carvykti\'s boxed warning also covers HLH/MAS.',
    'CRS is a boxed warning on every FDA-approved CAR-T label.',
  ],
  invalid: [
    { text: 'CAR-T therapy does not carry a risk of T-cell malignancies.', message: 'boxed warning' },
    { text: 'The CAR-T REMS still requires certified centers.', message: 'No REMS applies now' },
    { text: 'Kymriah was approved without a REMS.', message: 'REMS at approval' },
    { text: 'Abecma can only be given at REMS-certified hospitals.', message: 'eliminated' },
    { text: 'The boxed warnings on CAR-T labels have been removed.', message: 'boxed warnings remain' },
    { text: 'Carvykti carries no risk of T-cell malignancies.', message: 'boxed warning' },
  ],
};
export default tests;
