import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 42 of real published prose (test/fixtures/real-heldout-42/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-42');
