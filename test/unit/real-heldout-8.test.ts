import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 8 of real published prose (test/fixtures/real-heldout-8/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-8');
