import { describeRealTextCorpus } from '../helpers/realTextCorpus';

// The development corpus of real published prose (test/fixtures/real-corpus/README.md): the claim engine is tuned on it.
describeRealTextCorpus('real-corpus');
