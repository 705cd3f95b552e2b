import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 27 of real published prose (test/fixtures/real-heldout-27/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-27');
