import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 13 of real published prose (test/fixtures/real-heldout-13/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-13');
