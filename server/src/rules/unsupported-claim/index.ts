import { citationStyle } from '../../claims/citation';
import { checkSentenceIn } from '../../claims/engine';
import { correctionFix } from '../../claims/fixes';
import type { Rule } from '../types';

// Sentences whose assertion the knowledge base contradicts, judged by the relations in claims/relations/.
// "Mark as reviewed" is the suppression quick fix every diagnostic gets from codeActions.ts.
const rule: Rule = {
  meta: {
    id: 'unsupported-claim',
    description: 'A statement the knowledge base contradicts (approvals, targets, classes, design, firsts, management, safety, terminology).',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(context) {
    const { document, index } = context;
    const style = citationStyle(document.prose.language, document.text);
    context.forEachSentence((sentence, report) => {
      const result = checkSentenceIn(document, sentence, index);
      if (!result) return;
      const sources = [...new Set(result.findings.flatMap((f) => f.sources))];
      const correction = result.findings.find((f) => f.correction)?.correction;
      report({
        start: result.start,
        end: result.end,
        message: result.findings.map((f) => f.message).join(' '),
        sources,
        fixes: correction ? [correctionFix(style, result.start, result.end, correction, sources)] : [],
      });
    }, style);
  },
};
export default rule;
