import type { DocumentAnalysis } from '../document/analysis';
import type { Finding } from '../document/findings';
import type { KnowledgeIndex } from '../kb/index';
import type { DiagnosticCode, SeverityName, Settings } from '../service/settings';
import type { DocumentLanguage } from '../text/prose';
import type { Sentence } from '../text/sentences';

// Rules build findings and fixes from the document layer's types.
export { type Edit, type Finding, type Fix, lazyFix } from '../document/findings';

export interface RuleMeta {
  /** The diagnostic code. */
  id: DiagnosticCode;
  /** One line, shown in docs, SARIF and settings. */
  description: string;
  defaultSeverity: SeverityName;
  fixable: boolean;
  /**
   * Reference lists are bibliographic data, not prose: findings inside them are dropped unless the rule
   * is about references itself.
   */
  checksReferenceLists?: boolean;
}

export interface RuleContext {
  readonly document: DocumentAnalysis;
  readonly index: KnowledgeIndex;
  readonly settings: Settings;
  report(finding: Finding): void;
  /**
   * Runs `check` on every sentence and reports its findings, replaying the findings of a block (or, in
   * a long block, of a sentence) unchanged since an earlier run (same source text, prose and block kind,
   * in any document version) instead of checking it again. Use it for per-sentence checks: `check` must depend only on
   * the
   * sentence (its text, its mentions) and on what `dependsOn` encodes (e.g. the defined abbreviations).
   * Findings must lie inside the sentence to be reused. `finish`, when given, completes each finding,
   * checked or replayed, with what depends on the rest of the document (e.g. fixes that add a reference).
   */
  forEachSentence(
    check: (sentence: Sentence, report: (finding: Finding) => void) => void,
    dependsOn?: string,
    finish?: (finding: Finding) => Finding,
  ): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Table tests, ESLint style: run by test/unit/rules.test.ts for every rule folder. */
export type ValidCase = string | { text: string; language?: DocumentLanguage; settings?: Partial<Settings> };
export interface InvalidCase {
  text: string;
  language?: DocumentLanguage;
  settings?: Partial<Settings>;
  /** One entry per expected finding of this rule, in document order. */
  errors: { message?: string | RegExp; text?: string }[];
  /** The document after applying the first fix of the first finding. */
  output?: string;
}
export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}
