import type { RelationTests } from '../types';

const tests: RelationTests = {
  valid: [
    // A short gloss in parentheses inside the cue: the cue still reads through it.
    'Abecma received regular (full) approval in 2021.',
    'Tecartus received accelerated (not regular) approval for mantle cell lymphoma in 2020.',
    'Tecartus received accelerated approval for mantle cell lymphoma in 2020.',
    'Amtagvi was granted accelerated approval in 2024.',
    'Carvykti received full approval for multiple myeloma in 2022.',
    // Undated: the accelerated approval may have been converted since.
    'Tecelra received full approval for synovial sarcoma.',
    'Tecartus did not receive accelerated approval for B-cell ALL.',
    'Did Abecma receive accelerated approval in 2021?',
    'Tecartus received accelerated approval for mantle cell lymphoma and regular approval for B-cell ALL.',
    // The first approval's kind: Tecartus's first (mantle cell lymphoma, 2020) was accelerated.
    'Tecartus was first approved by the FDA with accelerated approval.',
    "Aucatzyl's first approval was a regular approval.",
    // "The first" ranks: not the product's own first approval.
    'Breyanzi received the first regular approval for large B-cell lymphoma in the second line.',
    // A wider disease holds approvals of both kinds: not judged.
    'Breyanzi received accelerated approval for lymphoma.',
  ],
  invalid: [
    // A wider disease ("ALL") means the approvals of its kinds (B-cell precursor ALL).
    {
      text: 'Aucatzyl received accelerated approval for adult ALL.',
      errors: [
        {
          messageId: 'otherType',
          text: 'Aucatzyl received accelerated approval for adult ALL.',
          message: /Aucatzyl received regular approval .*not accelerated approval/,
        },
      ],
    },
    {
      text: 'Tecartus received accelerated approval for B-cell ALL in 2021.',
      errors: [
        {
          messageId: 'otherType',
          text: 'Tecartus received accelerated approval for B-cell ALL in 2021.',
          message: /Tecartus received regular approval .*not accelerated approval/,
        },
      ],
    },
    {
      text: 'Abecma was granted accelerated approval in 2021.',
      errors: [{ messageId: 'otherType', text: 'Abecma was granted accelerated approval in 2021.' }],
    },
    {
      text: 'Tecartus received full approval for mantle cell lymphoma in July 2020.',
      errors: [
        {
          messageId: 'otherType',
          text: 'Tecartus received full approval for mantle cell lymphoma in July 2020.',
          message: /accelerated approval .*not regular approval/,
        },
      ],
    },
    {
      text: 'Tecartus received regular (full) approval for mantle cell lymphoma in July 2020.',
      errors: [
        {
          messageId: 'otherType',
          text: 'Tecartus received regular (full) approval for mantle cell lymphoma in July 2020.',
          message: /accelerated approval .*not regular approval/,
        },
      ],
    },
    {
      text: 'Tecartus was first approved by the FDA with regular approval.',
      errors: [
        {
          messageId: 'otherType',
          text: 'Tecartus was first approved by the FDA with regular approval.',
          message: /accelerated approval for mantle cell lymphoma \(2020\), not regular/,
        },
      ],
    },
    {
      text: "Tecelra's initial approval was a full approval.",
      errors: [
        {
          messageId: 'otherType',
          text: "Tecelra's initial approval was a full approval.",
          message: /accelerated approval .*not regular approval/,
        },
      ],
    },
    {
      text: 'Abecma received accelerated (conditional) approval in 2021.',
      errors: [{ messageId: 'otherType', text: 'Abecma received accelerated (conditional) approval in 2021.' }],
    },
  ],
};
export default tests;
