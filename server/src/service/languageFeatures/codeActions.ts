import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLanguage } from '../../text/prose';
import { languageOf } from '../../text/prose';
import { DIAGNOSTIC_SOURCE, findingOf, fixesOf, type DiagnosticData, type FindingsByDiagnostic } from './diagnostics';

/**
 * Quick fixes for therapy-lint diagnostics in the request's context: the fixes each rule attached,
 * then "Suppress with reason", which inserts a disable-next-line directive above the line. Published
 * diagnostics carry fix titles only; their edits come from the findings of the current version.
 */
export function computeCodeActions(
  document: TextDocument,
  _range: Range,
  context: CodeActionContext,
  current: () => FindingsByDiagnostic,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  for (const diagnostic of ours) {
    for (const fix of fixesFor(document, diagnostic, current)) {
      if (!fix.edits) continue;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.isPreferred,
        edit: { changes: { [document.uri]: fix.edits } },
      });
    }
    actions.push(suppressAction(document, diagnostic));
  }
  return actions;
}

/** The diagnostic's own fixes when it carries their edits (CLI output); else those of the finding behind it. */
function fixesFor(
  document: TextDocument,
  diagnostic: Diagnostic,
  current: () => FindingsByDiagnostic,
): DiagnosticData['fixes'] {
  // `data` comes back from the client: trust its shape only as far as it is checked.
  const own = (diagnostic.data as Partial<DiagnosticData> | null | undefined)?.fixes;
  if (
    Array.isArray(own) &&
    own.length &&
    own.every((fix) => typeof fix?.title === 'string' && Array.isArray(fix.edits))
  )
    return own;
  const finding = findingOf(current(), diagnostic);
  return finding ? fixesOf(document, finding) : [];
}

export function suppressionComment(language: DocumentLanguage, code: string, reason: string): string {
  const directive = `therapy-lint-disable-next-line ${code} -- ${reason}`;
  // Plain text has no comment syntax: it takes HTML comments, like Markdown.
  return language === 'latex' ? `% ${directive}` : `<!-- ${directive} -->`;
}

function suppressAction(document: TextDocument, diagnostic: Diagnostic): CodeAction {
  const line = diagnostic.range.start.line;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line, character: 10_000 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const comment = suppressionComment(
    languageOf(document.languageId, document.uri),
    String(diagnostic.code),
    'reviewed: REASON',
  );
  return {
    title: `Suppress ${diagnostic.code} on this line with a reason`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [document.uri]: [
          { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}\n` },
        ],
      },
    },
  };
}
