import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 12 of real published prose (test/fixtures/real-heldout-12/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-12');
