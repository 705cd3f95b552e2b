import type { KnowledgeIndex } from '../../kb/index';
import type { Entity } from '../../kb/types';
import type { TermMatch } from '../../terms/matcher';
import type { Clause } from '../clauses';
import type { ClaimSentence } from '../sentence';
import type { MessageData, Messages } from '../../util/messages';

/** What a relation found wrong in a sentence: what the knowledge base says instead, and its sources. */
export interface ClaimReport {
  /** A key of the relation's `meta.messages`, filled in with `data`. */
  messageId: string;
  data?: MessageData;
  sources: string[];
  /** The supported statement, a full sentence without a citation marker (the rule adds one). */
  correction?: string;
  /**
   * Statements a writer chooses between, each alone true (one per recorded approval, in the label's wording), with
   * the sources that support it: the fix offers one choice each instead of `correction`.
   */
  choices?: Choice[];
  /** The words the statement spans (word indexes, `to` exclusive), when not the whole sentence. */
  span?: { from: number; to: number };
  /**
   * The wrong value as written (its characters, in the sentence's offsets) and what the knowledge base records in its
   * place: a fix may replace just those characters and keep the rest of what the sentence says.
   */
  replace?: { start: number; end: number; text: string };
}

/** One supported statement a fix may write: a full sentence without a citation marker, and its sources. */
export interface Choice {
  text: string;
  sources: string[];
}

/** A report with its relation and its rendered message. */
export interface ClaimFinding extends ClaimReport {
  relation: string;
  message: string;
  /** Where the statement is in the document: its span's, else undefined (the sentence). */
  start?: number;
  end?: number;
}

export interface RelationContext {
  readonly sentence: ClaimSentence;
  readonly index: KnowledgeIndex;
  /** The clauses that assert something (not questions, hedges, conditions, reported speech or topic headings). */
  assertedClauses(ownCues?: readonly string[]): Clause[];
  /** The clauses this check judges, asserted or not (a period that bounds one clause judges it apart). */
  readonly clauses: readonly Clause[];
  report(report: ClaimReport): void;
}

/** One kind of claim (approval, target antigen, class …): its cues, its check, its test table beside it. */
export interface Relation {
  meta: {
    id: string;
    /** One line: what the relation judges. */
    description: string;
    /** Message templates by id (ESLint's `meta.messages`). */
    messages: Messages;
    /**
     * Its verdicts rest on one regulator's record (approvals, firsts, REMS): not applied where the sentence or the
     * document's title puts the statement under a regulator the knowledge base does not cover.
     */
    regulated?: boolean;
    /** It judges a regulated statement placed under every regulator at once ("approved anywhere in the world"). */
    anywhere?: boolean;
    /** It also judges sentences that name no entity ("After your infusion, do not drive for 8 weeks"). */
    unnamed?: boolean;
  };
  /**
   * A cheap test on the sentence's prose and mentions, before any word-level work: false when the
   * relation cannot apply (no cue word, no entity of the kinds it judges). `topic` gives the therapy the sentence's
   * paragraph or section speaks of when it names none (ClaimSentence.topic), read only by a relation that judges it.
   */
  applies(text: string, mentions: readonly TermMatch[], topic?: () => Entity | undefined): boolean;
  check(context: RelationContext): void;
}

/**
 * A relation's table, RuleTester style: sentences it must leave alone, and sentences it must flag, with
 * one entry per expected finding: its message id and the text it covers (the sentence), optionally its message.
 */
export interface RelationTests {
  valid: string[];
  invalid: { text: string; errors: { messageId: string; text: string; message?: string | RegExp }[] }[];
  /** Message ids no invalid case exercises, each with the reason. */
  untested?: Record<string, string>;
}
