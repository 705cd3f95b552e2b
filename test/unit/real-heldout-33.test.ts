import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// Held-out set 33 of real published prose (test/fixtures/real-heldout-33/README.md): measured on, never tuned on.
describeRealTextCorpus('real-heldout-33');
