import type { KnowledgeIndex } from '../kb/index';
import type { DocumentAnalysis } from '../service/analysis';
import type { DiagnosticCode, SeverityName, Settings } from '../service/settings';
import type { DocumentLanguage } from '../text/prose';
import type { Sentence } from '../text/sentences';

/** A text edit in document offsets. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  /** May be a getter (see `lazyFix`): editors ask for edits only when the user opens the quick fixes. */
  readonly edits: Edit[];
  isPreferred?: boolean;
  /**
   * Its edits rewrite much of the document (renumbering a reference list): outputs that write every fix's
   * edits (CLI JSON, SARIF) write these only within a per-document budget.
   */
  large?: boolean;
}

/** A fix whose edits are computed on first use: for fixes that rewrite much of the document (renumbering). */
export function lazyFix(title: string, computeEdits: () => Edit[], isPreferred?: boolean, large?: boolean): Fix {
  let edits: Edit[] | undefined;
  return {
    title,
    isPreferred,
    ...(large ? { large } : {}),
    get edits() {
      return (edits ??= computeEdits());
    },
  };
}

export interface Finding {
  start: number;
  end: number;
  message: string;
  /** Knowledge-base source ids that back the message. */
  sources?: string[];
  fixes?: Fix[];
  /** This finding's own severity (e.g. an ordering note from a warning rule); a user's rule setting wins. */
  severity?: SeverityName;
  /** A rule's own data, kept with a finding `forEachSentence` replays, for its `finish` (never published). */
  detail?: unknown;
}

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
