import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 40 of real published prose (test/fixtures/real-heldout-40/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-40');
