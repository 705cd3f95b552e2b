import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 28 of real published prose (test/fixtures/real-heldout-28/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-28');
