import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 43 of real published prose (test/fixtures/real-heldout-43/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-43');
