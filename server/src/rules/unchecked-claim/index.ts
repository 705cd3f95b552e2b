import { antecedentKey } from '../../claims/discourse';
import { tooLongWithClaims } from '../../claims/engine';
import { underRefutingHeading } from '../../claims/heading';
import { MAX_CLAIM_WORDS } from '../../claims/sentence';
import type { Rule } from '../types';

// A sentence the claim check would read but cannot, because of its length: the writer is told, once, that its
// statements went unchecked. Its own code, so that counting unsupported-claim findings counts contradictions only.
const rule: Rule = {
  meta: {
    id: 'unchecked-claim',
    description: `A sentence that makes claims but is too long (more than ${MAX_CLAIM_WORDS} words) for them to be checked.`,
    defaultSeverity: 'hint',
    fixable: false,
    messages: {
      tooLong:
        'This sentence is too long for its claims to be checked (more than {{maxWords}} words): split it to have them checked.',
    },
  },
  check(context) {
    const { document, index } = context;
    context.forEachSentence(
      (sentence, report) => {
        // Under a heading that turns its section into quoted errors nothing is judged, so nothing goes unchecked.
        if (!tooLongWithClaims(document, sentence, index) || underRefutingHeading(document, sentence)) return;
        report({
          start: sentence.start,
          end: sentence.end,
          messageId: 'tooLong',
          data: { maxWords: MAX_CLAIM_WORDS },
        });
      },
      undefined,
      undefined,
      // Whether it names a therapy by a pronoun depends on the sentences before it.
      (sentence) =>
        `${antecedentKey(document, sentence)}${underRefutingHeading(document, sentence) ? '\0refuted' : ''}`,
    );
  },
};
export default rule;
