import * as assert from 'node:assert/strict';
import { type ClaimPair, claimMessagesOf, itJudgesPairs } from '../helpers/claimPairs';

// Facts added to bring the knowledge base up to date (China's CAR-T approvals): each correct sentence stays clean
// under every relation, and its contradiction is flagged with a message naming what the knowledge base records.
describe('knowledge base currency: China CAR-T approvals', () => {
  const messages = claimMessagesOf();

  const pairs: ClaimPair[] = [
    {
      correct: 'Relma-cel was approved in China for large B-cell lymphoma.',
      wrong: 'Relma-cel is FDA-approved.',
      names: /NMPA approved it for LBCL \(Sep 2021\)/,
    },
    {
      correct: 'Eque-cel (Fucaso) is a BCMA-directed CAR-T approved in China for multiple myeloma.',
      wrong: 'Fucaso is FDA-approved for multiple myeloma.',
      names: /NMPA approved it for MM \(Jun 2023\)/,
    },
    {
      correct: 'Zevor-cel is a BCMA-directed CAR-T.',
      wrong: 'Zevor-cel is a CD19-directed CAR-T.',
      names: /targets BCMA/,
    },
    {
      correct: 'Inati-cel targets CD19.',
      wrong: 'Inati-cel targets BCMA.',
      names: /targets CD19/,
    },
    {
      correct: 'Yescarta was approved in China in 2021 for large B-cell lymphoma.',
      wrong: 'Inati-cel is FDA-approved for B-cell ALL.',
      names: /NMPA approved it for B-cell ALL \(Nov 2023\)/,
    },
  ];
  itJudgesPairs(pairs, messages);

  it('an NMPA approval the knowledge base does not record is not judged (completeness is false for NMPA)', () => {
    assert.deepEqual(messages('Eque-cel is approved in China for large B-cell lymphoma.'), []);
  });
});
