import type { DocumentAnalysis } from '../document/analysis';
import type { Finding, Report } from '../document/findings';
import type { KnowledgeIndex } from '../kb/index';
import type { DiagnosticCode, SeverityName, Settings } from '../service/settings';
import type { DocumentLanguage } from '../text/prose';
import type { Sentence } from '../text/sentences';
import type { Messages } from '../util/messages';

// Rules build findings and fixes from the document layer's types.
export { type Edit, type Finding, type Fix, lazyFix, type Report } from '../document/findings';

export interface RuleMeta {
  /** The diagnostic code. */
  id: DiagnosticCode;
  /** One line, shown in docs, SARIF and settings. */
  description: string;
  defaultSeverity: SeverityName;
  fixable: boolean;
  /** Message templates by id (ESLint's `meta.messages`): findings name one and fill its `{{placeholders}}`. */
  messages: Messages;
  /**
   * Reference lists are bibliographic data, not prose: findings inside them are dropped unless the rule
   * is about references itself.
   */
  checksReferenceLists?: boolean;
  /**
   * Findings of other rules (by code, with their message ids) that make this rule's finding on the same text moot:
   * missing-citation does not ask to cite a sentence unsupported-claim says is false.
   */
  supersededBy?: Partial<Record<DiagnosticCode, readonly string[]>>;
  /**
   * Its findings are about how a term is written (the finding covers the term): a term the project
   * accepts (`acceptedTerms`) is left alone.
   */
  aboutTerms?: boolean;
  /**
   * A finding with exactly one fix can be fixed with no choice to make (`--fix`, "Fix all"): the fix
   * rewrites the term and nothing else.
   */
  fixesWithoutChoice?: boolean;
}

export interface RuleContext {
  readonly document: DocumentAnalysis;
  readonly index: KnowledgeIndex;
  readonly settings: Settings;
  report(report: Report): void;
  /**
   * Runs `check` on every sentence and reports its findings, replaying the findings of a block (or, in
   * a long block, of a sentence) unchanged since an earlier run (same source text, prose and block kind,
   * in any document version) instead of checking it again. Use it for per-sentence checks: `check` must depend only on
   * the sentence (its text, its mentions), on what `dependsOn` encodes (e.g. the defined abbreviations) and on
   * `contextOf`. Findings must lie inside the sentence to be reused; fixes given as a function must edit only the
   * sentence. Sentences in a reference list are not checked unless the rule checks reference lists. `finish`, when
   * given, completes each finding, checked or replayed, with what depends on the rest of the document (e.g. fixes that
   * add a reference).
   */
  forEachSentence(
    check: (sentence: Sentence, report: (report: Report) => void) => void,
    dependsOn?: string,
    /** Completes a checked or replayed finding; returning nothing drops it. */
    finish?: (finding: Finding) => Finding | undefined,
    /**
     * What a sentence's check depends on beyond its own text (a pronoun's antecedent, a bullet's lead-in). It may read
     * only what comes before the sentence in its section (from its section heading on), the headings open above it and
     * the rest of its own table or list: after an edit, the blocks before the edited one, and those past the next
     * heading after it, replay their findings without it.
     */
    contextOf?: (sentence: Sentence) => string,
  ): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Table tests, ESLint style: run by test/unit/rules.test.ts for every rule folder. */
export type ValidCase =
  | string
  | { text: string; language?: DocumentLanguage; settings?: Partial<Settings>; files?: Record<string, string> };
/**
 * One expected finding, as in ESLint's RuleTester: its message id, and its range as the text it covers
 * and/or its 1-based start (and end) position; optionally its message text.
 */
export type ExpectedFinding = {
  messageId: string;
  message?: string | RegExp;
  endLine?: number;
  endColumn?: number;
} & ({ text: string; line?: number; column?: number } | { text?: string; line: number; column: number });
export interface InvalidCase {
  text: string;
  language?: DocumentLanguage;
  settings?: Partial<Settings>;
  /** Files beside the document, by relative path: the case runs with a file system holding only these. */
  files?: Record<string, string>;
  /** One entry per expected finding of this rule, in document order. */
  errors: ExpectedFinding[];
  /** The document after applying the first fix of the first finding; null: that finding has no fix (ESLint's null). */
  output?: string | null;
}
export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
  /** Message ids no invalid case exercises, each with the reason. */
  untested?: Record<string, string>;
}
