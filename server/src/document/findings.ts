import type { MessageData } from '../util/messages';

/** How strongly a finding is reported: the LSP's four diagnostic severities. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

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
  const fix = { title, isPreferred, ...(large ? { large } : {}) } as Fix;
  editsToCompute.set(fix, computeEdits);
  Object.defineProperty(fix, 'edits', EDITS_ON_FIRST_READ);
  return fix;
}

/**
 * One getter for every lazy fix, its computation kept aside: V8 keeps the first getter given to objects of a shape in
 * that shape, and a getter closing over its fix's computation kept that fix's document analysis (a large document's
 * masked copy, 30 MB) alive for good.
 */
const editsToCompute = new WeakMap<object, () => Edit[]>();
const EDITS_ON_FIRST_READ: PropertyDescriptor = {
  get(this: Fix): Edit[] {
    const edits = editsToCompute.get(this)!();
    editsToCompute.delete(this);
    Object.defineProperty(this, 'edits', { value: edits, enumerable: true, configurable: true });
    return edits;
  },
  enumerable: true,
  configurable: true,
};

/** What a rule reports: its message is rendered from `meta.messages[messageId]` with `data`. */
export interface Report {
  start: number;
  end: number;
  messageId: string;
  data?: MessageData;
  /** Knowledge-base source ids that back the message. */
  sources?: string[];
  /**
   * Its fixes, or a function computing them: outputs that show no fix (CLI text) never call it; others read
   * them through `fixesOfFinding`.
   */
  fixes?: Fix[] | (() => Fix[]);
  /** This finding's own severity (e.g. an ordering note from a warning rule); a user's rule setting wins. */
  severity?: SeverityName;
  /** A rule's own data, kept with a finding `forEachSentence` replays, for its `finish` (never published). */
  detail?: unknown;
  /**
   * A rule's own data for its `finish` that it can work out again: given with a finding fresh from its check, not kept
   * with the copy an open document replays (a claim's contradicted statements were a tenth of its kept heap).
   */
  transient?: unknown;
}

/** A report with its message rendered. */
export interface Finding extends Report {
  message: string;
}

/** A finding's fixes, computed on first use when the rule gave a function (and kept on the finding). */
export function fixesOfFinding(finding: Report): Fix[] {
  const { fixes } = finding;
  if (typeof fixes !== 'function') return fixes ?? [];
  const computed = fixes();
  finding.fixes = computed;
  return computed;
}
