import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from '../../rules/types';
import { PROJECT_CONFIG } from '../projectConfig';
import type { IgnoredFinding } from '../settings';
import { DIAGNOSTIC_SOURCE, OMITTED_CODE, normalizeSpace } from './diagnostics';
import type { GlossaryWorkspace } from './glossary';

/**
 * "Accept 'CDH17' in this workspace" on a term rule's finding, and "Ignore this finding in this workspace"
 * on any: each adds an entry to the project file (`acceptedTerms`, `ignoreFindings`) that applies to the
 * document (the nearest .therapy-lint.json above it, else a new one in its workspace folder), so nothing
 * is written into the document itself.
 */
export function projectActions(
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  rules: readonly Rule[],
  workspace: GlossaryWorkspace | undefined,
): CodeAction[] {
  const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code !== OMITTED_CODE);
  if (!workspace || ours.length === 0) return [];
  const target = projectFileFor(document.uri, workspace);
  if (!target) return [];
  const existing = workspace.readFile(target);
  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    const rule = rules.find((r) => r.meta.id === diagnostic.code);
    if (!rule) continue;
    const text = normalizeSpace(document.getText(diagnostic.range));
    if (!text) continue;
    if (rule.meta.aboutTerms) {
      const edit = projectFileEdit(target, existing, { acceptedTerms: text });
      if (edit)
        actions.push({
          title: `Accept "${text}" in this workspace`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit,
        });
    }
    const edit = projectFileEdit(target, existing, { ignoreFindings: { rule: rule.meta.id, text } });
    if (edit)
      actions.push({
        title: `Ignore this ${rule.meta.id} finding ("${shorten(text)}") in this workspace`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit,
      });
  }
  return actions;
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** The nearest existing project file from the document's folder up to its workspace folder, else the latter's. */
function projectFileFor(uri: string, workspace: GlossaryWorkspace): string | undefined {
  const folder = workspace.folders
    .map((f) => f.replace(/\/$/, ''))
    .filter((f) => uri.startsWith(`${f}/`))
    .sort((a, b) => b.length - a.length)[0];
  if (!folder) return undefined;
  for (
    let dir = uri.slice(0, uri.lastIndexOf('/'));
    dir.length >= folder.length;
    dir = dir.slice(0, dir.lastIndexOf('/'))
  ) {
    const candidate = `${dir}/${PROJECT_CONFIG}`;
    if (workspace.readFile(candidate) !== undefined) return candidate;
  }
  return `${folder}/${PROJECT_CONFIG}`;
}

/**
 * The project file with one more accepted term or ignored finding (kept once), the rest as it was;
 * undefined when the file is not a JSON object (it is not rewritten) or already has the entry.
 */
export function projectFileEdit(
  uri: string,
  existing: string | undefined,
  add: { acceptedTerms: string } | { ignoreFindings: IgnoredFinding },
): WorkspaceEdit | undefined {
  let config: Record<string, unknown> = {};
  if (existing?.trim()) {
    try {
      config = JSON.parse(existing) as Record<string, unknown>;
    } catch {
      return undefined;
    }
    if (!config || typeof config !== 'object' || Array.isArray(config)) return undefined;
  }
  if ('acceptedTerms' in add) {
    const list = Array.isArray(config.acceptedTerms) ? config.acceptedTerms : [];
    if (list.includes(add.acceptedTerms)) return undefined;
    config = { ...config, acceptedTerms: [...list, add.acceptedTerms] };
  } else {
    const list = Array.isArray(config.ignoreFindings) ? (config.ignoreFindings as unknown[]) : [];
    const same = (i: unknown) =>
      (i as IgnoredFinding)?.rule === add.ignoreFindings.rule &&
      (i as IgnoredFinding)?.text === add.ignoreFindings.text;
    if (list.some(same)) return undefined;
    config = { ...config, ignoreFindings: [...list, add.ignoreFindings] };
  }
  const text = JSON.stringify(config, null, 2) + '\n';
  const lines = (existing ?? '').split('\n');
  const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      {
        textDocument: { uri, version: null },
        edits: [{ range: { start: { line: 0, character: 0 }, end }, newText: text }],
      },
    ],
  };
}
