import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 10 of real published prose (test/fixtures/real-heldout-10/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-10');
