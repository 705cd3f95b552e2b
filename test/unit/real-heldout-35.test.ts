import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 35 of real published prose (test/fixtures/real-heldout-35/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-35');
