import * as assert from 'node:assert/strict';
import { checkClaims } from '../../server/src/claims/engine';
import { analyze } from '../../server/src/document/analysis';
import { KnowledgeIndex } from '../../server/src/kb/index';
import { builtInKnowledgeBase, doc } from './service';

export interface ClaimPair {
  correct: string;
  wrong: string;
  /** What the contradiction's message must name. */
  names: RegExp;
}

/** The claim messages the built-in knowledge base gives a Markdown text, under every relation. */
export function claimMessagesOf(index = new KnowledgeIndex(builtInKnowledgeBase())): (text: string) => string[] {
  return (text) => checkClaims(analyze(doc(text), index), index).flatMap((r) => r.findings.map((f) => f.message));
}

/** One test per side of each pair: the correct sentence stays clean, its contradiction is flagged by name. */
export function itJudgesPairs(pairs: readonly ClaimPair[], messages: (text: string) => string[]): void {
  for (const { correct, wrong, names } of pairs) {
    it(`clean: ${correct}`, () => assert.deepEqual(messages(correct), []));
    it(`flagged: ${wrong}`, () => {
      const found = messages(wrong);
      assert.ok(
        found.some((m) => names.test(m)),
        `expected a finding matching ${names}, got ${JSON.stringify(found)}`,
      );
    });
  }
}
