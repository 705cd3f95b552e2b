import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set d11 of real published prose (test/fixtures/real-heldout-d11/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-d11');
