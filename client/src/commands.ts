import {
  commands,
  Disposable,
  type Event,
  EventEmitter,
  languages,
  type QuickPickItem,
  StatusBarAlignment,
  type TextDocumentContentProvider,
  Uri,
  window,
  workspace,
  DiagnosticSeverity,
  type ExtensionContext,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

// The glossary commands only show quick picks and forward to the server, which owns the answers.
interface GlossaryEntry {
  id: string;
  label: string;
  description: string;
  detail: string;
}

/** Glossary cards open as read-only virtual documents of this scheme: never linted, never asking to be saved. */
export const GLOSSARY_SCHEME = 'therapy-lint-glossary';
const DIAGNOSTIC_SOURCE = 'therapy-lint';

async function pickEntity(client: LanguageClient, placeHolder: string): Promise<string | undefined> {
  const entries = await client.sendRequest<GlossaryEntry[]>('therapyLint/glossary');
  const picked = await window.showQuickPick<QuickPickItem & { id: string }>(entries, {
    placeHolder,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.id;
}

/** The card's text, asked of the server when the document is opened: `therapy-lint-glossary:/<id>.md`. */
class GlossaryCards implements TextDocumentContentProvider {
  private readonly changed = new EventEmitter<Uri>();
  readonly onDidChange: Event<Uri> = this.changed.event;
  constructor(private readonly client: LanguageClient) {}
  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const card = await this.client.sendRequest<string | null>('therapyLint/glossaryCard', { id });
    return card ?? `The glossary has no entry "${id}".`;
  }
}

async function showCard(id: string): Promise<void> {
  const uri = Uri.from({ scheme: GLOSSARY_SCHEME, path: `/${id}.md` });
  await workspace.openTextDocument(uri);
  await commands.executeCommand('markdown.showPreview', uri);
}

export function registerCommands(context: ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    workspace.registerTextDocumentContentProvider(GLOSSARY_SCHEME, new GlossaryCards(client)),
    commands.registerCommand('therapyLint.showGlossary', async () => {
      const id = await pickEntity(client, 'Search the therapy-lint glossary');
      if (id) await showCard(id);
    }),
    // The hover card's "Full card" link.
    commands.registerCommand('therapyLint.showGlossaryCard', async (id: unknown) => {
      if (typeof id === 'string') await showCard(id);
    }),
    commands.registerCommand('therapyLint.insertTerm', async () => {
      const editor = window.activeTextEditor;
      if (!editor) return;
      const id = await pickEntity(client, 'Insert a term from the glossary');
      if (!id) return;
      const position = editor.selection.active;
      const text = await client.sendRequest<string | null>('therapyLint/insertTerm', {
        uri: editor.document.uri.toString(),
        position: { line: position.line, character: position.character },
        id,
      });
      if (text) await editor.edit((edit) => edit.replace(editor.selection, text));
    }),
    commands.registerCommand('therapyLint.lintWorkspace', async () => {
      const result = await client.sendRequest<{ files: number; findings: number }>('therapyLint/lintWorkspace');
      void window.showInformationMessage(
        `Therapy Lint: ${result.findings} finding(s) in ${result.files} file(s); see the Problems panel.`,
      );
    }),
    commands.registerCommand('therapyLint.checkDocument', async () => {
      const document = window.activeTextEditor?.document;
      if (!document) return;
      await client.sendRequest('therapyLint/checkDocument', { textDocument: { uri: document.uri.toString() } });
      const counts = countsOf(document.uri);
      void window.showInformationMessage(
        `Therapy Lint: ${describe(counts)} in ${workspace.asRelativePath(document.uri)}.`,
      );
      if (counts.total) await commands.executeCommand('workbench.actions.view.problems');
    }),
    statusBar(client),
  );
}

interface Counts {
  errors: number;
  warnings: number;
  other: number;
  total: number;
}

function countsOf(uri: Uri): Counts {
  const ours = languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const errors = ours.filter((d) => d.severity === DiagnosticSeverity.Error).length;
  const warnings = ours.filter((d) => d.severity === DiagnosticSeverity.Warning).length;
  return { errors, warnings, other: ours.length - errors - warnings, total: ours.length };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const describe = (c: Counts) =>
  c.total ? [plural(c.errors, 'error'), plural(c.warnings, 'warning'), `${c.other} other`].join(', ') : 'no findings';

const CHECKED_LANGUAGES = new Set(['markdown', 'plaintext', 'latex', 'tex']);

/** The active document's finding counts and the knowledge base's "as of" date; a click checks the document. */
function statusBar(client: LanguageClient): Disposable {
  const item = window.createStatusBarItem('therapyLint.status', StatusBarAlignment.Left, 10);
  item.name = 'Therapy Lint';
  item.command = 'therapyLint.checkDocument';
  let asOf: string | undefined;
  const update = () => {
    const document = window.activeTextEditor?.document;
    if (!document || !CHECKED_LANGUAGES.has(document.languageId) || document.uri.scheme === GLOSSARY_SCHEME) {
      item.hide();
      return;
    }
    const c = countsOf(document.uri);
    item.text = `$(checklist) Therapy Lint $(error) ${c.errors} $(warning) ${c.warnings} $(info) ${c.other}${asOf ? ` · KB ${asOf}` : ''}`;
    item.tooltip = `Therapy Lint: ${describe(c)}. Knowledge base as of ${asOf ?? '…'}. Click to check the document.`;
    item.show();
  };
  const fetchAsOf = () =>
    client.sendRequest<{ asOf: string | null }>('therapyLint/knowledgeBase').then(
      (info) => {
        asOf = info.asOf ?? undefined;
        update();
      },
      () => {},
    );
  void fetchAsOf();
  update();
  return Disposable.from(
    item,
    window.onDidChangeActiveTextEditor(update),
    languages.onDidChangeDiagnostics(() => {
      if (!asOf) void fetchAsOf();
      update();
    }),
  );
}
