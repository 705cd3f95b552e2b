import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 22 of real published prose (test/fixtures/real-heldout-22/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-22');
