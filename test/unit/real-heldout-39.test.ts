import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 39 of real published prose (test/fixtures/real-heldout-39/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-39');
