import type { KnowledgeIndex } from '../kb/index';
import type { DocumentAnalysis } from '../service/analysis';
import { notAsserted } from './assertion';
import { RELATIONS } from './relations/all.generated';
import type { ClaimFinding, Relation } from './relations/types';
import { prepareSentence, type ClaimSentence } from './sentence';

/** A sentence the knowledge base contradicts: the sentence's range and every finding in it. */
export interface SentenceFindings {
  start: number;
  end: number;
  sentence: ClaimSentence;
  findings: ClaimFinding[];
}

/**
 * Runs the relations over every sentence that mentions a knowledge-base entity. Work is per sentence
 * and only where mentions occur, so cost grows with the number of mentions, not the document size.
 */
export function checkClaims(document: DocumentAnalysis, index: KnowledgeIndex, relations: readonly Relation[] = RELATIONS): SentenceFindings[] {
  const results: SentenceFindings[] = [];
  for (const sentence of document.sentences) {
    const mentions = document.mentionsIn(sentence.start, sentence.end);
    if (mentions.length === 0) continue;
    const prepared = prepareSentence(sentence, document.prose.masked, mentions);
    const findings = checkSentence(prepared, index, relations);
    if (findings.length) results.push({ start: sentence.start, end: sentence.end, sentence: prepared, findings });
  }
  return results;
}

export function checkSentence(sentence: ClaimSentence, index: KnowledgeIndex, relations: readonly Relation[]): ClaimFinding[] {
  const findings: ClaimFinding[] = [];
  for (const relation of relations) {
    relation.check({
      sentence,
      index,
      assertedClauses: (ownCues = []) => sentence.clauses.filter((clause) => !notAsserted(sentence, clause, ownCues)),
      report: (finding) => {
        if (!findings.some((f) => f.message === finding.message)) findings.push(finding);
      },
    });
  }
  return findings;
}
