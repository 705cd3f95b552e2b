import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 38 of real published prose (test/fixtures/real-heldout-38/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-38');
