import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 29 of real published prose (test/fixtures/real-heldout-29/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-29');
