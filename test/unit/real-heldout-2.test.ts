import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 2 of real published prose (test/fixtures/real-heldout-2/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-2');
