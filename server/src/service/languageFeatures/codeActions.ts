import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ProseDocument } from '../../text/prose';
import { languageOf } from '../../text/prose';
import { REASON_PLACEHOLDER, type DirectiveKind } from '../../text/directives';
import { DIAGNOSTIC_SOURCE, OMITTED_CODE, findingOf, fixesOf, type FindingsByDiagnostic } from './diagnostics';

/**
 * Quick fixes for therapy-lint diagnostics in the request's context: the fixes each rule attached,
 * then "Suppress with reason", which inserts a directive where the format allows a comment. Published
 * diagnostics carry fix titles only; their edits come from the findings of the current version, and carry
 * that version, so an editor refuses a fix computed for older text.
 */
export function computeCodeActions(
  document: TextDocument,
  _range: Range,
  context: CodeActionContext,
  current: () => FindingsByDiagnostic,
  prose: () => ProseDocument,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code !== OMITTED_CODE);
  for (const diagnostic of ours) {
    // What the client sends back in `data` is never trusted for edits: they would carry no version.
    const finding = findingOf(current(), diagnostic);
    for (const fix of finding ? fixesOf(document, finding) : []) {
      if (!fix.edits) continue;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.isPreferred,
        edit: versionedEdit(document, fix.edits),
      });
    }
    const suppress = suppressAction(document, diagnostic, prose());
    if (suppress) actions.push(suppress);
  }
  return actions;
}

/** Edits to one document, for the version they were computed on. */
export function versionedEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}

export function suppressionComment(
  language: 'markdown' | 'latex',
  code: string,
  reason: string,
  kind: DirectiveKind = 'disable-next-line',
): string {
  const directive = `therapy-lint-${kind} ${code} -- ${reason}`;
  return language === 'latex' ? `% ${directive}` : `<!-- ${directive} -->`;
}

/**
 * "Suppress … with a reason": a comment line where the format allows one. LaTeX: a `%` line before the
 * flagged line (it does not break a paragraph). Markdown: before the flagged line when that line starts a
 * block; inside a paragraph, table, list or quote, before the block with a "next block" directive, since
 * an HTML comment there would split it. Never in front matter. Plain text has no comment that does not
 * print: no inline suppression.
 */
function suppressAction(document: TextDocument, diagnostic: Diagnostic, prose: ProseDocument): CodeAction | undefined {
  const language = languageOf(document.languageId, document.uri);
  if (language === 'plaintext') return undefined;
  const flagged = diagnostic.range.start.line;
  const lineStart = (line: number) => document.offsetAt({ line, character: 0 });
  const frontMatterEnd = prose.frontMatter?.end ?? 0;
  if (lineStart(flagged) < frontMatterEnd) return undefined;
  const lineText = (line: number) =>
    document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  let line = flagged;
  let kind: DirectiveKind = 'disable-next-line';
  if (language === 'markdown') {
    // The block's first line: after a blank line, the front matter or an ATX heading.
    const firstOfBlock = (l: number) =>
      l === 0 ||
      !lineText(l - 1).trim() ||
      lineStart(l - 1) < frontMatterEnd ||
      /^ {0,3}#{1,6}(?:[ \t]|$)/.test(lineText(l - 1));
    while (!firstOfBlock(line)) line--;
    if (line !== flagged) kind = 'disable-next-block';
  }
  const indent = /^[ \t]*/.exec(lineText(line))?.[0] ?? '';
  const comment = suppressionComment(language, String(diagnostic.code), REASON_PLACEHOLDER, kind);
  const at = { line, character: 0 };
  return {
    title:
      kind === 'disable-next-block'
        ? `Suppress ${diagnostic.code} in this block with a reason`
        : `Suppress ${diagnostic.code} on this line with a reason`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: versionedEdit(document, [{ range: { start: at, end: at }, newText: `${indent}${comment}\n` }]),
  };
}
