import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 37 of real published prose (test/fixtures/real-heldout-37/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-37');
