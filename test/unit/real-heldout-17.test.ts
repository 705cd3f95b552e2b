import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 17 of real published prose (test/fixtures/real-heldout-17/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-17');
