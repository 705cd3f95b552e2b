import type { KnowledgeIndex } from '../kb/index';
import type { DocumentAnalysis } from '../document/analysis';
import type { Sentence } from '../text/sentences';
import { assertedClausesOf } from './assertion';
import { RELATIONS } from './relations/all.generated';
import type { ClaimFinding, Relation } from './relations/types';
import { formatMessage } from '../util/messages';
import { claimSentenceOf, type ClaimSentence } from './sentence';

/** A sentence the knowledge base contradicts: the sentence's range and every finding in it. */
export interface ContradictedSentence {
  start: number;
  end: number;
  sentence: ClaimSentence;
  findings: ClaimFinding[];
}

/** A sentence that makes claims but is too long to judge (see MAX_CLAIM_WORDS). */
export interface UnjudgedSentence {
  start: number;
  end: number;
  tooLong: true;
}

/**
 * Runs the relations over every sentence that mentions a knowledge-base entity. Work is per sentence
 * and only where mentions occur, so cost grows with the number of mentions, not the document size.
 */
export function checkClaims(
  document: DocumentAnalysis,
  index: KnowledgeIndex,
  relations: readonly Relation[] = RELATIONS,
): ContradictedSentence[] {
  const results: ContradictedSentence[] = [];
  for (const sentence of document.sentences) {
    const result = checkSentenceIn(document, sentence, index, relations);
    if (result && !('tooLong' in result)) results.push(result);
  }
  return results;
}

/**
 * The findings of one sentence, or undefined. Sentences without mentions or cue words cost one regex test per relation;
 * a sentence a relation applies to but too long to judge is returned as such.
 */
export function checkSentenceIn(
  document: DocumentAnalysis,
  sentence: Sentence,
  index: KnowledgeIndex,
  relations: readonly Relation[] = RELATIONS,
): ContradictedSentence | UnjudgedSentence | undefined {
  const mentions = document.mentionsIn(sentence.start, sentence.end);
  if (mentions.length === 0) return undefined;
  // The sentence's own prose, spaces normalized: cue phrases match across line breaks.
  const applicable = relations.filter((r) => r.applies(sentence.text, mentions));
  if (applicable.length === 0) return undefined;
  const prepared = claimSentenceOf(document, sentence);
  if (prepared === 'too long') return { start: sentence.start, end: sentence.end, tooLong: true };
  const findings = checkSentence(prepared, index, applicable);
  return findings.length ? { start: sentence.start, end: sentence.end, sentence: prepared, findings } : undefined;
}

export function checkSentence(
  sentence: ClaimSentence,
  index: KnowledgeIndex,
  relations: readonly Relation[],
): ClaimFinding[] {
  const findings: ClaimFinding[] = [];
  const assertedClauses = assertedClausesOf(sentence);
  for (const relation of relations) {
    relation.check({
      sentence,
      index,
      assertedClauses,
      report: (reported) => {
        const { id, messages } = relation.meta;
        const message = formatMessage(id, messages, reported.messageId, reported.data);
        if (findings.some((f) => f.message === message)) return;
        const { span, ...rest } = reported;
        const first = span && sentence.words[span.from];
        const last = span && sentence.words[span.to - 1];
        findings.push({
          ...rest,
          relation: id,
          message,
          sources: index.byAuthority(reported.sources),
          ...(first && last ? { start: first.start, end: last.end } : {}),
        });
      },
    });
  }
  return findings;
}
