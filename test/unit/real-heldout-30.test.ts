import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 30 of real published prose (test/fixtures/real-heldout-30/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-30');
