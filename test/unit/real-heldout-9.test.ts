import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 9 of real published prose (test/fixtures/real-heldout-9/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-9');
