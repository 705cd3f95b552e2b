import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 3 of real published prose (test/fixtures/real-heldout-3/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-3');
