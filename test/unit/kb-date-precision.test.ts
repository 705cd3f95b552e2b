import * as assert from 'node:assert/strict';
import { type ClaimPair, claimMessagesOf, itJudgesPairs } from '../helpers/claimPairs';

// An approval whose day the sources disagree on (Tecelra: 2024-08-02 or 2024-08-01) is recorded to the month, not
// marked unverified as a whole: the approval, its month and the counts it enters are judged; its day is not.
describe('knowledge base: an approval recorded to the month', () => {
  const messages = claimMessagesOf();

  const pairs: ClaimPair[] = [
    {
      correct: 'Tecelra was approved in August 2024.',
      wrong: 'Tecelra was approved in July 2024.',
      names: /approved in Aug 2024/,
    },
    {
      correct: 'The FDA has approved one TCR-T therapy.',
      wrong: 'The FDA has approved two TCR-T therapies.',
      names: /Tecelra \(Aug 2024\)/,
    },
    {
      correct: 'Amtagvi was approved before Tecelra.',
      wrong: 'Tecelra was approved before Amtagvi.',
      names: /Tecelra in Aug 2024/,
    },
  ];
  itJudgesPairs(pairs, messages);

  for (const day of ['August 1, 2024', 'August 2, 2024'])
    it(`either day the sources give stays clean: ${day}`, () =>
      assert.deepEqual(messages(`Tecelra was approved on ${day}.`), []));
});
