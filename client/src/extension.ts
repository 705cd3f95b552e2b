import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { registerCommands } from './commands';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

// Starts the language server and forwards the therapyLint settings; nothing else lives here.
let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Files, unsaved documents and notebook cells: not other schemes, such as the read-only glossary cards.
    documentSelector: ['markdown', 'plaintext', 'latex', 'tex'].flatMap((language) =>
      ['file', 'untitled', 'vscode-notebook-cell'].map((scheme) => ({ language, scheme })),
    ),
    // The hover card's "Full card" link runs this command, and only this one.
    markdown: { isTrusted: { enabledCommands: ['therapyLint.showGlossaryCard'] } },
    // Workspace knowledge-base files, and bibliographies that documents cite from.
    synchronize: {
      configurationSection: 'therapyLint',
      fileEvents: ['**/.therapy-lint/*.json', '**/*.bib'].map((glob) => workspace.createFileSystemWatcher(glob)),
    },
    // Restricted mode: the server then reads no knowledge-base file from the workspace.
    initializationOptions: () => ({ workspaceTrusted: workspace.isTrusted }),
  };
  client = new LanguageClient('therapyLint', 'Therapy Lint', serverOptions, clientOptions);
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => client?.restart()));
  registerCommands(context, client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
