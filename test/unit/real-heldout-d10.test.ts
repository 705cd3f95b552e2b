import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set d10 of real published prose (test/fixtures/real-heldout-d10/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-d10');
