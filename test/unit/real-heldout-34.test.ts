import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 34 of real published prose (test/fixtures/real-heldout-34/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-34');
