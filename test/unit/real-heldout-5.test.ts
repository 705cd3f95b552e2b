import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 5 of real published prose (test/fixtures/real-heldout-5/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-5');
