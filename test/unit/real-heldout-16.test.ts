import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 16 of real published prose (test/fixtures/real-heldout-16/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-16');
