import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 4 of real published prose (test/fixtures/real-heldout-4/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-4');
