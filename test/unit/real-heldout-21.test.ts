import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 21 of real published prose (test/fixtures/real-heldout-21/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-21');
