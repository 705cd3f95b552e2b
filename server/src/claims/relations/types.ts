import type { KnowledgeIndex } from '../../kb/index';
import type { TermMatch } from '../../terms/matcher';
import type { Clause } from '../clauses';
import type { ClaimSentence } from '../sentence';

/** What a relation found wrong in a sentence: what the knowledge base says instead, and its sources. */
export interface ClaimFinding {
  message: string;
  sources: string[];
  /** The supported statement, a full sentence without a citation marker (the rule adds one). */
  correction?: string;
}

export interface RelationContext {
  readonly sentence: ClaimSentence;
  readonly index: KnowledgeIndex;
  /** The clauses that assert something (not questions, hedges, conditions, reported speech or topic headings). */
  assertedClauses(ownCues?: readonly string[]): Clause[];
  report(finding: ClaimFinding): void;
}

/** One kind of claim (approval, target antigen, class …): its cues, its check, its test table beside it. */
export interface Relation {
  meta: {
    id: string;
    /** One line: what the relation judges. */
    description: string;
  };
  /**
   * A cheap test on the sentence's prose and mentions, before any word-level work: false when the
   * relation cannot apply (no cue word, no entity of the kinds it judges).
   */
  applies(text: string, mentions: readonly TermMatch[]): boolean;
  check(context: RelationContext): void;
}

/** A relation's table: sentences it must leave alone, and sentences it must flag (optionally with message text). */
export interface RelationTests {
  valid: string[];
  invalid: { text: string; message?: string | RegExp }[];
}
