import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 23 of real published prose (test/fixtures/real-heldout-23/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-23');
