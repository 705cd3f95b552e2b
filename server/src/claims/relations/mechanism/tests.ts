import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A drug named by what it acts on ("an IL-6 receptor antibody"), true; and after "unlike", not its subject's.
    'Tocilizumab, an IL-6 receptor antibody, is given for severe CRS.',
    'Anakinra, an IL-1 receptor antagonist, can be used for ICANS.',
    'Unlike IL-1 blockers, tocilizumab acts on IL-6.',
    'Tocilizumab is not an IL-1 blocker.',
    'Tocilizumab blocks IL-6.',
    'Tocilizumab blocks the IL-6 receptor.',
    'Anakinra blocks IL-1.',
    'Anakinra does not block IL-6.',
    'Tocilizumab does not inhibit IL-1.',
    'Could anakinra block IL-6?',
    'Some reviews wrongly claim that anakinra blocks IL-6.',
    'Anakinra may also dampen IL-6 signaling indirectly.',
    'Tocilizumab, an anti-IL-6 receptor antibody, is approved for CRS.',
    'CRS is driven by cytokines such as IL-6.',
    'Kymriah causes IL-6 release.',
    'Anakinra works by blocking IL-1.',
  ],
  invalid: [
    {
      text: 'Tocilizumab blocks IL-1.',
      errors: [
        {
          messageId: 'doesNotActOn',
          text: 'Tocilizumab blocks IL-1.',
          message: /does not act on IL-1: it is an anti-IL-6 receptor monoclonal antibody/,
        },
      ],
    },
    {
      text: 'Anakinra blocks IL-6.',
      errors: [
        {
          messageId: 'doesNotActOn',
          text: 'Anakinra blocks IL-6.',
          message: /Anakinra does not act on IL-6: it is a recombinant IL-1 receptor antagonist/,
        },
      ],
    },
    {
      text: 'Anakinra inhibits interleukin-6 and is used off-label for ICANS.',
      errors: [
        {
          messageId: 'doesNotActOn',
          text: 'Anakinra inhibits interleukin-6 and is used off-label for ICANS.',
          message: /IL-6/,
        },
      ],
    },
    {
      text: 'Tocilizumab does not block IL-6.',
      errors: [{ messageId: 'doesActOn', text: 'Tocilizumab does not block IL-6.', message: /does act on IL-6/ }],
    },
    {
      text: 'Tocilizumab and anakinra both block IL-1.',
      errors: [
        {
          messageId: 'doesNotActOn',
          text: 'Tocilizumab and anakinra both block IL-1.',
          message: /Tocilizumab does not act on IL-1/,
        },
      ],
    },
    {
      text: 'Tocilizumab, an anti-IL-1 antibody, is approved for CRS.',
      errors: [
        {
          messageId: 'doesNotActOn',
          text: 'Tocilizumab, an anti-IL-1 antibody, is approved for CRS.',
          message: /IL-1/,
        },
      ],
    },
    {
      text: 'Anakinra works by blocking IL-6.',
      errors: [{ messageId: 'doesNotActOn', text: 'Anakinra works by blocking IL-6.' }],
    },
    {
      text: 'Tocilizumab, an interleukin-1 blocker, is given for severe CRS.',
      errors: [{ messageId: 'doesNotActOn', text: 'Tocilizumab, an interleukin-1 blocker, is given for severe CRS.' }],
    },
    {
      text: 'Anakinra, an IL-6 inhibitor, can be used for ICANS.',
      errors: [
        { messageId: 'doesNotActOn', text: 'Anakinra, an IL-6 inhibitor, can be used for ICANS.', message: /IL-6/ },
      ],
    },
  ],
};
export default tests;
