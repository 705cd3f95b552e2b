import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 6 of real published prose (test/fixtures/real-heldout-6/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-6');
