import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 11 of real published prose (test/fixtures/real-heldout-11/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-11');
