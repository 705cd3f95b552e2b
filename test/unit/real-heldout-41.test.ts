import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 41 of real published prose (test/fixtures/real-heldout-41/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-41');
