import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  Hover,
  InitializeResult,
  MarkupContent,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { CLI_FIXTURES, runJson } from '../helpers/cli';
import { StdioLspClient } from '../helpers/lsp';
import { documentEdits } from '../helpers/service';

// The bundled server (dist/server.js --stdio) spoken to over JSON-RPC, as any editor would.
const FIXTURE = path.join(CLI_FIXTURES, 'notes', 'findings.md');
const fixtureText = fs.readFileSync(FIXTURE, 'utf8');
const fixtureUri = pathToFileURL(FIXTURE).href;

function initializeParams(rootUri: string | null, initializationOptions: unknown) {
  return {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
    initializationOptions,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: {
          relatedInformation: true,
          versionSupport: true,
          codeDescriptionSupport: true,
          dataSupport: true,
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown'] } },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    },
  };
}

describe('LSP over stdio (bundled server)', function () {
  this.timeout(30_000);
  let client: StdioLspClient;
  let initializeResult: InitializeResult;
  let settings: unknown = null;

  before(async () => {
    client = new StdioLspClient(() => settings);
    initializeResult = await client.connection.sendRequest('initialize', initializeParams(null, { debounceMs: 0 }));
    await client.connection.sendNotification('initialized', {});
  });

  after(async () => {
    if (client.process.exitCode === null) client.process.kill();
  });

  const open = (uri: string, text: string, languageId = 'markdown') =>
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });

  it('initialize: announces incremental sync, hover, completion, quick fixes and fix all', () => {
    const capabilities = initializeResult.capabilities;
    assert.equal(capabilities.textDocumentSync, 2);
    assert.ok(capabilities.hoverProvider);
    assert.ok(capabilities.completionProvider);
    assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, [
      'quickfix',
      'source.fixAll.therapyLint',
    ]);
    assert.equal(initializeResult.serverInfo?.name, 'therapy-lint');
  });

  it('didOpen → publishDiagnostics: the same diagnostics as the CLI for the same file', async () => {
    await open(fixtureUri, fixtureText);
    const published = await client.diagnostics(fixtureUri, 1);
    const [cliFile] = runJson([FIXTURE]);
    const cli = cliFile!.diagnostics;
    assert.ok(published.length > 0, 'the fixture has findings');
    // The server publishes fix titles and message ids only; the CLI writes each fix's edits and the message's data too.
    const withoutEdits = cli.map((d) => {
      const { messageData: _messageData, ...data } = d.data;
      return {
        ...d,
        // The CLI writes a rule's link once per file (`rules`); the server gives each diagnostic its own.
        codeDescription: d.codeDescription ?? cliFile!.rules[String(d.code)]?.codeDescription,
        data: { ...data, fixes: d.data.fixes.map(({ edits: _edits, ...fix }: { edits: unknown }) => fix) },
      };
    });
    assert.deepEqual(
      published.map(({ relatedInformation: _related, ...d }) => d),
      withoutEdits,
    );
    // The CLI names sources by id, described once in the file's table; the server links them as related information.
    for (const d of published) {
      const titles = (d.data.sources as string[]).map((id) => cliFile!.sources[id]?.title);
      assert.deepEqual(
        (d.relatedInformation ?? []).map((r) => titles.find((title) => title && r.message.startsWith(title))),
        titles.slice(0, d.relatedInformation?.length ?? 0),
      );
    }
    // …and code actions bring back exactly the CLI's edits.
    for (const [i, diagnostic] of published.entries()) {
      const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: fixtureUri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      const fixes = actions
        .filter((a) => !a.title.startsWith('Suppress'))
        .map((a) => ({ title: a.title, edits: documentEdits(a.edit, fixtureUri) }));
      assert.deepEqual(
        fixes,
        cli[i]!.data.fixes.map((f: { title: string; edits: unknown }) => ({ title: f.title, edits: f.edits })),
      );
    }
  });

  it('hover on a product shows its card', async () => {
    const line = fixtureText.split('\n').findIndex((l) => l.startsWith('Kymriah'));
    const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: fixtureUri },
      position: { line, character: 3 },
    });
    assert.ok(hover, 'a hover');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /Kymriah/);
    assert.match(contents.value, /tisagenlecleucel/i);
    assert.deepEqual(hover.range, { start: { line, character: 0 }, end: { line, character: 'Kymriah'.length } });
  });

  it('completion offers knowledge-base terms for a prefix', async () => {
    const uri = 'untitled:completion.md';
    const text = 'Patients then received Kym';
    await open(uri, text);
    const list: CompletionList = await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: text.length },
    });
    assert.ok(
      list.items.some((item) => item.label === 'Kymriah'),
      JSON.stringify(list.items.map((i) => i.label)),
    );
  });

  it('codeAction + incremental didChange: the fix applies and its diagnostic goes away', async () => {
    const uri = 'untitled:fix.md';
    await open(uri, fixtureText);
    const before = await client.diagnostics(uri, 1);
    let chosen: { diagnostic: Diagnostic; action: CodeAction } | undefined;
    for (const diagnostic of before) {
      const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      // A rule's own fix when there is one; "suppress with a reason" is always offered.
      const action = actions.find((a) => a.edit && !a.title.startsWith('Suppress')) ?? actions.find((a) => a.edit);
      if (action && (!chosen || !action.title.startsWith('Suppress'))) chosen = { diagnostic, action };
      if (chosen && !chosen.action.title.startsWith('Suppress')) break;
    }
    assert.ok(chosen, 'some diagnostic has a quick fix');
    const edits: TextEdit[] = documentEdits(chosen.action.edit, uri)!;
    // Incremental changes apply one after the other: send them from the end of the document backwards.
    const ordered = [...edits].sort(
      (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character,
    );
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    const after = await client.diagnostics(uri, 2);
    const same = (d: Diagnostic) => d.code === chosen!.diagnostic.code && d.message === chosen!.diagnostic.message;
    assert.equal(
      after.filter(same).length,
      before.filter(same).length - 1,
      `"${chosen.action.title}" removes its diagnostic`,
    );

    // The server's incrementally synced text is the expected one: a fresh open of that text agrees.
    const expectedText = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, fixtureText), edits);
    assert.notEqual(expectedText, fixtureText);
    const freshUri = 'untitled:fresh.md';
    await open(freshUri, expectedText);
    assert.deepEqual(after, await client.diagnostics(freshUri, 1));
  });

  it('a configuration change that changes nothing does not re-check open documents (VS Code sends one at start-up)', async () => {
    await client.diagnostics(fixtureUri, 1);
    const publishedBefore = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(client.published.length, publishedBefore);
  });

  it('a settings change (a rule turned off) re-checks open documents', async () => {
    const before = await client.diagnostics(fixtureUri, 1);
    const code = String(before[0]!.code);
    settings = { rules: { [code]: 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = await client.diagnostics(fixtureUri, 1, (d) => !d.some((x) => x.code === code));
    assert.equal(after.length, before.filter((d) => d.code !== code).length);
    settings = null;
  });

  it('shutdown and exit end the process with code 0', async () => {
    assert.equal(await client.stop(), 0);
  });
});

describe('LSP over stdio: start-up', function () {
  this.timeout(30_000);

  it('checks a document opened right behind initialize, before its answer, with the knowledge base loaded', async () => {
    const client = new StdioLspClient();
    const initialized = client.connection.sendRequest('initialize', initializeParams(null, { debounceMs: 0 }));
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: fixtureUri, languageId: 'markdown', version: 1, text: fixtureText },
    });
    await initialized;
    await client.connection.sendNotification('initialized', {});
    const published = await client.diagnostics(fixtureUri, 1);
    assert.deepEqual(
      published.map((d) => d.code),
      runJson([FIXTURE])[0]!.diagnostics.map((d: Diagnostic) => d.code),
    );
    assert.ok(published.length > 0, 'the fixture has findings');
    assert.equal(await client.stop(), 0);
  });
});

describe('LSP over stdio: workspace trust', function () {
  this.timeout(30_000);
  let workspace: string;
  let brokenUri: string;

  before(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-trust-'));
    fs.mkdirSync(path.join(workspace, '.therapy-lint'));
    const broken = path.join(workspace, '.therapy-lint', 'terms.json');
    fs.writeFileSync(broken, '{ "entities": [ not json');
    brokenUri = pathToFileURL(broken).href;
  });

  async function session(workspaceTrusted: boolean | undefined): Promise<Diagnostic[] | undefined> {
    const client = new StdioLspClient();
    const rootUri = pathToFileURL(workspace).href;
    await client.connection.sendRequest('initialize', initializeParams(rootUri, { debounceMs: 0, workspaceTrusted }));
    await client.connection.sendNotification('initialized', {});
    const uri = `${rootUri}/note.md`;
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: 'Kymriah.' },
    });
    await client.diagnostics(uri, 1);
    const dataProblems = client.published.find((p) => p.uri === brokenUri)?.diagnostics;
    await client.stop();
    return dataProblems;
  }

  it('a trusted workspace (the default for editors without trust) reads .therapy-lint/*.json', async () => {
    for (const trusted of [true, undefined]) {
      const problems = await session(trusted);
      assert.ok(
        problems?.some((d) => d.code === 'invalid-knowledge-base'),
        `workspaceTrusted: ${trusted}`,
      );
    }
  });

  it('an untrusted workspace does not read them', async () => {
    assert.equal(await session(false), undefined);
  });
});
