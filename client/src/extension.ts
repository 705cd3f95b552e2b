import * as path from 'node:path';
import { type ExtensionContext, Uri, workspace } from 'vscode';
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
      fileEvents: ['**/.therapy-lint/*.json', '**/.therapy-lint.json', '**/*.bib'].map((glob) =>
        workspace.createFileSystemWatcher(glob),
      ),
    },
    // Only what the user set: a default the editor fills in must not override the project file.
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return params.items.map((item, i) =>
            item.section === 'therapyLint' ? explicitSettings(context, item.scopeUri) : answers[i],
          );
        },
      },
    },
    // Restricted mode: the server then reads no knowledge-base file from the workspace.
    initializationOptions: () => ({ workspaceTrusted: workspace.isTrusted }),
  };
  client = new LanguageClient('therapyLint', 'Therapy Lint', serverOptions, clientOptions);
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => client?.restart()));
  registerCommands(context, client);
  await client.start();
}

/** The therapyLint settings the user set (user, workspace or folder), as one object; defaults left out. */
function explicitSettings(context: ExtensionContext, scopeUri: string | undefined): Record<string, unknown> {
  const properties = Object.keys(
    (context.extension.packageJSON as { contributes: { configuration: { properties: object } } }).contributes
      .configuration.properties,
  );
  const config = workspace.getConfiguration('therapyLint', scopeUri ? Uri.parse(scopeUri) : undefined);
  const settings: Record<string, unknown> = {};
  for (const property of properties) {
    const key = property.slice('therapyLint.'.length);
    const set = config.inspect(key);
    const value = set?.workspaceFolderValue ?? set?.workspaceValue ?? set?.globalValue;
    if (value === undefined) continue;
    const [head, rule] = key.split(/\.(.*)/s) as [string, string | undefined];
    if (rule === undefined) settings[head] = value;
    else ((settings[head] ??= {}) as Record<string, unknown>)[rule] = value;
  }
  return settings;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
