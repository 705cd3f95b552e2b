import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 24 of real published prose (test/fixtures/real-heldout-24/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-24');
