import { pushAll } from '../../util/sorted';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Rule } from '../../rules/types';
import type { DiagnosticData } from './diagnostics';

/** The code action kind of "fix everything that needs no choice" (VS Code: `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.therapyLint';

export interface FixAllResult {
  /** Non-overlapping edits, in document order. */
  edits: TextEdit[];
  /** The findings they fix: diagnostic and the fix's title. */
  fixed: { diagnostic: Diagnostic; title: string }[];
}

/**
 * The fixes that need no choice, from diagnostics computed with their edits: a finding of a rule that
 * `fixesWithoutChoice` with exactly one fix (a misspelling with one candidate, a deprecated term, an
 * abbreviation's expansion; never a claim). A fix whose edits touch another chosen fix's is left for
 * the next pass, so edits never overlap.
 */
export function fixesWithoutChoice(
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  rules: readonly Rule[],
): FixAllResult {
  const eligible = new Set(rules.filter((r) => r.meta.fixesWithoutChoice).map((r) => r.meta.id as string));
  const taken: [number, number][] = [];
  const result: FixAllResult = { edits: [], fixed: [] };
  const overlaps = ([start, end]: [number, number]) =>
    taken.some(([s, e]) => start < e && s < end) ||
    taken.some(([s, e]) => (start === end || s === e) && start <= e && s <= end);
  for (const diagnostic of diagnostics) {
    if (!eligible.has(String(diagnostic.code))) continue;
    const fixes = (diagnostic.data as DiagnosticData | undefined)?.fixes ?? [];
    const [fix] = fixes;
    if (fixes.length !== 1 || !fix?.edits?.length) continue;
    const spans = fix.edits.map(
      (e) => [document.offsetAt(e.range.start), document.offsetAt(e.range.end)] as [number, number],
    );
    if (spans.some(overlaps) || spans.some((a, i) => spans.some((b, j) => i < j && a[0] < b[1] && b[0] < a[1])))
      continue;
    pushAll(taken, spans);
    pushAll(result.edits, fix.edits);
    result.fixed.push({ diagnostic, title: fix.title });
  }
  result.edits.sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
  return result;
}

/** Passes of fixes without choice, until none is left (a fix that touched another waits for the next pass). */
const MAX_FIX_PASSES = 10;

export interface FixedChange {
  /** Where the finding was, in the text of its pass. */
  line: number;
  character: number;
  code: string;
  title: string;
}

/**
 * `--fix`: the fixes that need no choice, applied pass by pass and checked again after each, until none
 * is left; the final document (the same object when nothing changed) and each change made.
 */
export function fixUntilDone(
  service: { fixAll(document: TextDocument): FixAllResult },
  original: TextDocument,
): { document: TextDocument; changes: FixedChange[] } {
  let document = original;
  const changes: FixedChange[] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { edits, fixed } = service.fixAll(document);
    if (edits.length === 0) break;
    for (const { diagnostic, title } of fixed)
      changes.push({ ...diagnostic.range.start, code: String(diagnostic.code), title });
    document = TextDocument.create(
      document.uri,
      document.languageId,
      document.version + 1,
      TextDocument.applyEdits(document, edits),
    );
  }
  return { document, changes };
}
