import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 15 of real published prose (test/fixtures/real-heldout-15/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-15');
