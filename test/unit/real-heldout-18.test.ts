import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 18 of real published prose (test/fixtures/real-heldout-18/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-18');
