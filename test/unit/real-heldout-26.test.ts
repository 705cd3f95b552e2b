import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 26 of real published prose (test/fixtures/real-heldout-26/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-26');
