import { authorCitations, citingFor, type Citing } from '../../claims/citation';
import { checkSentenceIn } from '../../claims/engine';
import { MAX_CLAIM_WORDS } from '../../claims/sentence';
import { correctionFix } from '../../claims/fixes';
import { antecedentKey } from '../../claims/discourse';
import { documentContextKey } from '../../claims/period';
import { endAfterCitations, startAfterCitations } from '../../citations/edits';
import type { ClaimFinding } from '../../claims/relations/types';
import type { KnowledgeIndex } from '../../kb/index';
import { formatMessage } from '../../util/messages';
import type { Report, Rule } from '../types';

// Sentences whose assertion the knowledge base contradicts, judged by the relations in claims/relations/.
// "Mark as reviewed" is the suppression quick fix every diagnostic gets from codeActions.ts.
const rule: Rule = {
  meta: {
    id: 'unsupported-claim',
    description:
      'A statement the knowledge base contradicts (approvals, targets, classes, design, firsts, management, safety, terminology).',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      contradicted: '{{claim}} — {{publisher}}, {{year}} [{{source}}]{{moreSources}}',
      contradictedUnsourced: '{{claim}}',
      contradictedSeveral: '{{count}} statements in this sentence differ from the knowledge base:\n{{claims}}',
      tooLong:
        'This sentence is too long for its claims to be checked (more than {{maxWords}} words): split it to have them checked.',
    },
  },
  check(context) {
    const { document, index } = context;
    // How fixes cite depends on the reference list, not on the sentence: added by `finish`, after the memo.
    let citing: Citing | undefined;
    context.forEachSentence(
      (sentence, report) => {
        const result = checkSentenceIn(document, sentence, index);
        if (!result) return;
        if ('tooLong' in result) {
          report({
            start: result.start,
            end: result.end,
            messageId: 'tooLong',
            data: { maxWords: MAX_CLAIM_WORDS },
            severity: 'hint',
          });
          return;
        }
        const { findings } = result;
        report({
          // Without a superscript citation of the sentence before, which the splitter leaves at its start.
          start: startAfterCitations(document.citations, document.text, result.start),
          end: result.end,
          ...(findings.length === 1
            ? withSource(findings[0]!, index)
            : {
                messageId: 'contradictedSeveral',
                data: {
                  count: findings.length,
                  claims: findings
                    .map((f) => {
                      const { messageId, data } = withSource(f, index);
                      return `• ${formatMessage(rule.meta.id, rule.meta.messages, messageId, data)}`;
                    })
                    .join('\n'),
                },
              }),
          sources: [...new Set(findings.flatMap((f) => f.sources))],
          detail: findings,
        });
      },
      // A sentence is judged as of its document's date, and in the place its title names.
      documentContextKey(document.prose),
      (finding) => {
        const { detail, ...rest } = finding;
        if (!detail) return rest;
        // The fix also rewrites the sentence's own citations right after it (keeping them).
        const end = endAfterCitations(document.citations, document.text, finding.end);
        const fix = correctionFix(
          () => (citing ??= citingFor(document, index)).writer(),
          finding.start,
          end,
          detail as ClaimFinding[],
          authorCitations(document, finding.start, end),
          index,
        );
        return { ...rest, fixes: fix ? [fix] : [] };
      },
      // "It targets BCMA." is judged by the product named before it.
      (sentence) => antecedentKey(document, sentence),
    );
  },
};
export default rule;

/**
 * "… — Oncology Nursing Society (ONS), 2017 [ONS-KYM17]": the finding with its first source (all are in
 * relatedInformation).
 */
function withSource(finding: ClaimFinding, index: KnowledgeIndex): Required<Pick<Report, 'messageId' | 'data'>> {
  const id = finding.sources[0];
  const source = id ? index.source(id) : undefined;
  if (!source) return { messageId: 'contradictedUnsourced', data: { claim: finding.message } };
  const others = finding.sources.length - 1;
  const moreSources = others > 0 ? ` (+${others} more source${others > 1 ? 's' : ''})` : '';
  return {
    messageId: 'contradicted',
    data: {
      claim: finding.message,
      publisher: source.publisher,
      year: (source.published ?? source.date)?.slice(0, 4) ?? 'n.d.',
      source: id!,
      moreSources,
    },
  };
}
