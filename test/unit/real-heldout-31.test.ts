import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 31 of real published prose (test/fixtures/real-heldout-31/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-31');
