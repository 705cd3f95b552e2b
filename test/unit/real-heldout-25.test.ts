import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 25 of real published prose (test/fixtures/real-heldout-25/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-25');
