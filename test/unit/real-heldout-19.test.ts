import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 19 of real published prose (test/fixtures/real-heldout-19/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-19');
