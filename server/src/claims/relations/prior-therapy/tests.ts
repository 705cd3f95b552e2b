import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    'Breyanzi is approved for mantle cell lymphoma after a prior BTK inhibitor.',
    'Breyanzi is not approved for mantle cell lymphoma without a prior BTK inhibitor.',
    // One of Carvykti's two myeloma approvals needs no anti-CD38 antibody.
    'Carvykti is approved for multiple myeloma without prior exposure to an anti-CD38 antibody.',
    // A therapy the approval does not list, no marker of an earlier therapy, no indication claim, a hedge.
    'Breyanzi is approved for large B-cell lymphoma without a prior BTK inhibitor.',
    'Breyanzi is approved for mantle cell lymphoma without chemotherapy-free intervals.',
    'Breyanzi induced responses in mantle cell lymphoma without a prior BTK inhibitor.',
    'Breyanzi might be approved for mantle cell lymphoma without a prior BTK inhibitor one day.',
    'Kymriah is approved for follicular lymphoma without a prior BTK inhibitor.',
    'The EMA approved Breyanzi for mantle cell lymphoma without a prior BTK inhibitor.',
  ],
  invalid: [
    {
      text: 'Breyanzi received FDA approval for mantle cell lymphoma with no requirement for prior BTK inhibitor therapy.',
      errors: [
        {
          messageId: 'requiresPrior',
          text: 'Breyanzi received FDA approval for mantle cell lymphoma with no requirement for prior BTK inhibitor therapy.',
          message:
            /approval requires a prior BTK inhibitor \(after at least two lines of systemic therapy, including a BTK inhibitor\)/,
        },
      ],
    },
    {
      text: 'Breyanzi is approved in CLL even for patients who never had a BTK inhibitor.',
      errors: [
        {
          messageId: 'requiresPrior',
          text: 'Breyanzi is approved in CLL even for patients who never had a BTK inhibitor.',
        },
      ],
    },
    {
      text: 'Abecma can be given for myeloma without prior exposure to an anti-CD38 antibody.',
      errors: [
        {
          messageId: 'requiresPrior',
          text: 'Abecma can be given for myeloma without prior exposure to an anti-CD38 antibody.',
        },
      ],
    },
    {
      text: 'Carvykti is approved for multiple myeloma in patients who never received a proteasome inhibitor.',
      errors: [
        {
          messageId: 'requiresPrior',
          text: 'Carvykti is approved for multiple myeloma in patients who never received a proteasome inhibitor.',
        },
      ],
    },
  ],
};
export default tests;
