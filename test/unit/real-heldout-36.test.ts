import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 36 of real published prose (test/fixtures/real-heldout-36/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-36');
