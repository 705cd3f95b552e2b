import * as assert from 'node:assert/strict';
import { type ClaimPair, claimMessagesOf, itJudgesPairs } from '../helpers/claimPairs';

// The disease taxonomy as the claim engine uses it: each correct sentence stays clean under every relation, and its
// contradiction is flagged with a message that names the disease as written (not its head).
describe('disease taxonomy in claims', () => {
  const messages = claimMessagesOf();

  const pairs: ClaimPair[] = [
    // Completeness of FDA CAR-T approvals plus the taxonomy make these negatives correct.
    {
      correct: 'No CAR-T is FDA-approved for breast cancer.',
      wrong: 'CAR-T is FDA-approved for breast cancer.',
      names: /breast cancer/,
    },
    { correct: 'No CAR-T is FDA-approved for lupus.', wrong: 'CAR-T is approved for lupus.', names: /lupus/ },
    { correct: 'No CAR-T is FDA-approved for AML.', wrong: 'CAR-T is approved for AML.', names: /myeloid/ },
    {
      correct: 'No CAR-T is FDA-approved for Hodgkin lymphoma.',
      wrong: 'Yescarta is approved for Hodgkin lymphoma.',
      names: /Hodgkin/,
    },
    {
      correct: 'No CAR-T is FDA-approved for hepatocellular carcinoma.',
      wrong: 'CAR-T is FDA-approved for hepatocellular carcinoma.',
      names: /hepatocellular/,
    },
    {
      correct: 'No CAR-T is FDA-approved for glioblastoma.',
      wrong: 'CAR-T is approved for glioblastoma.',
      names: /glioblastoma/,
    },
    {
      correct: 'No CAR-T is approved for multiple sclerosis or myasthenia gravis.',
      wrong: 'Breyanzi is approved for myasthenia gravis.',
      names: /myasthenia gravis/,
    },
    {
      correct: 'No CAR-T is approved for systemic sclerosis.',
      wrong: 'Kymriah is approved for systemic sclerosis.',
      names: /systemic sclerosis/,
    },
    // "non-small cell lung cancer" is not "small cell lung cancer".
    {
      correct: 'No CAR-T is approved for non-small cell lung cancer.',
      wrong: 'Kymriah is approved for non-small cell lung cancer.',
      names: /non-small cell lung cancer/,
    },
    // Label subtypes and exclusions are data on the approval.
    { correct: 'Yescarta is approved for PMBCL.', wrong: 'Kymriah is approved for PMBCL.', names: /mediastinal/ },
    {
      correct: 'Kymriah is approved for B-cell ALL.',
      wrong: 'Kymriah is approved for T-cell ALL.',
      names: /T-cell acute/,
    },
    {
      correct: 'Breyanzi is approved for FL grade 3B.',
      wrong: 'Breyanzi is not approved for FL grade 3B.',
      names: /Breyanzi/,
    },
    {
      correct: 'Breyanzi is approved for small lymphocytic lymphoma.',
      wrong: 'Kymriah is approved for small lymphocytic lymphoma.',
      names: /small lymphocytic lymphoma/,
    },
    {
      correct: 'Kymriah is approved for transformed follicular lymphoma.',
      wrong: 'Tecartus is approved for transformed follicular lymphoma.',
      names: /follicular lymphoma/,
    },
    // A hypernym: CAR-Ts treat leukemia, lymphoma and myeloma, so none of them is "not approved".
    {
      correct: 'CAR-T therapies are approved to treat leukemia, lymphoma or myeloma, but not solid tumors.',
      wrong: 'No CAR-T is approved for leukemia.',
      names: /leukemia/,
    },
  ];
  itJudgesPairs(pairs, messages);

  // A disease the knowledge base does not know is judged neither as its head nor as no disease at all, either way.
  for (const text of [
    'No CAR-T is FDA-approved for bladder cancer.',
    'CAR-T is approved for bladder cancer.',
    'No CAR-T is approved for X-type lymphoma.',
    'Yescarta is approved for X-type lymphoma.',
    'Kymriah is not approved for Kikuchi-type leukemia.',
    'No CAR-T is approved for non-X lymphoma.',
    'Kymriah was the first CAR-T approved for bladder cancer.',
  ])
    it(`not judged: ${text}`, () => assert.deepEqual(messages(text), []));

  it('the head alone is still judged', () => {
    assert.ok(messages('No CAR-T is approved for lymphoma.').some((m) => /lymphoma/.test(m)));
    assert.ok(messages('No CAR-T is approved for relapsed or refractory lymphoma.').some((m) => /lymphoma/.test(m)));
    assert.ok(messages('No CAR-T is approved for CD19-positive lymphoma.').some((m) => /lymphoma/.test(m)));
  });
});
