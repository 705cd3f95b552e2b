import { parseDirective, refusal } from '../../text/directives';
import type { Rule } from '../types';

// A suppression is a reviewer's decision: without a real reason it is refused (it suppresses nothing).
const rule: Rule = {
  meta: {
    id: 'unexplained-suppression',
    description:
      'A therapy-lint-disable comment without a real reason (none, or the placeholder "REASON"): it suppresses nothing until it says why.',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      noEffect: 'This suppression has no effect: {{problem}}.',
    },
  },
  check({ document, report }) {
    for (const comment of document.prose.comments) {
      const directive = parseDirective(comment);
      const problem = directive && refusal(directive);
      if (problem) report({ start: comment.start, end: comment.end, messageId: 'noEffect', data: { problem } });
    }
  },
};
export default rule;
