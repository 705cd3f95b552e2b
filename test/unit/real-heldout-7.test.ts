import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 7 of real published prose (test/fixtures/real-heldout-7/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-7');
