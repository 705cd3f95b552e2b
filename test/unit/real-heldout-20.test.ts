import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 20 of real published prose (test/fixtures/real-heldout-20/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-20');
