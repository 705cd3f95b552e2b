import { commands, window, workspace, type ExtensionContext, type QuickPickItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

// The glossary commands only show quick picks and forward to the server, which owns the answers.
interface GlossaryEntry {
  id: string;
  label: string;
  description: string;
  detail: string;
}

async function pickEntity(client: LanguageClient, placeHolder: string): Promise<string | undefined> {
  const entries = await client.sendRequest<GlossaryEntry[]>('therapyLint/glossary');
  const picked = await window.showQuickPick<QuickPickItem & { id: string }>(entries, {
    placeHolder,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.id;
}

export function registerCommands(context: ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    commands.registerCommand('therapyLint.showGlossary', async () => {
      const id = await pickEntity(client, 'Search the therapy-lint glossary');
      if (!id) return;
      const card = await client.sendRequest<string | null>('therapyLint/glossaryCard', { id });
      if (!card) return;
      const document = await workspace.openTextDocument({ language: 'markdown', content: card });
      await commands.executeCommand('markdown.showPreview', document.uri);
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
  );
}
