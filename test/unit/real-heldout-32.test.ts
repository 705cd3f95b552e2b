import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 32 of real published prose (test/fixtures/real-heldout-32/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-32');
