import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// The held-out corpus of real published prose (test/fixtures/real-heldout/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout');
