import { checkClaims } from '../../claims/engine';
import { correctionFix, reviewedFix } from '../../claims/fixes';
import type { Rule } from '../types';

// Sentences whose assertion the knowledge base contradicts, judged by the relations in claims/relations/.
const rule: Rule = {
  meta: {
    id: 'unsupported-claim',
    description: 'A statement the knowledge base contradicts (approvals, targets, classes, design, firsts, management, safety, terminology).',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(context) {
    for (const result of checkClaims(context.document, context.index)) {
      const sources = [...new Set(result.findings.flatMap((f) => f.sources))];
      const correction = result.findings.find((f) => f.correction)?.correction;
      context.report({
        start: result.start,
        end: result.end,
        message: result.findings.map((f) => f.message).join(' '),
        sources,
        fixes: [
          ...(correction ? [correctionFix(context.document, result.start, result.end, correction, sources)] : []),
          reviewedFix(context.document, result.start, rule.meta.id),
        ],
      });
    }
  },
};
export default rule;
