import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 14 of real published prose (test/fixtures/real-heldout-14/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-14');
