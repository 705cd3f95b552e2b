import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionList, InitializeResult, Location } from 'vscode-languageserver-protocol';
import { StdioLspClient } from '../helpers/lsp';

// Citations through the bundled server: go to definition into a .bib file beside the document (read with
// node's fs), find references, completion triggered by "{", and the citation diagnostics.
const FIXTURES = path.resolve('test', 'fixtures', 'citations');
const TEX = path.join(FIXTURES, 'latex-review.tex');
const texText = fs.readFileSync(TEX, 'utf8');
const texUri = pathToFileURL(TEX).href;

describe('LSP over stdio: citations', function () {
  this.timeout(30_000);
  let client: StdioLspClient;
  let capabilities: InitializeResult['capabilities'];

  before(async () => {
    client = new StdioLspClient();
    const result: InitializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      initializationOptions: { debounceMs: 0 },
      capabilities: {},
    });
    capabilities = result.capabilities;
    await client.connection.sendNotification('initialized', {});
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: texUri, languageId: 'latex', version: 1, text: texText },
    });
  });

  after(() => {
    if (client.process.exitCode === null) client.process.kill();
  });

  const position = (needle: string) => {
    const line = texText.split('\n').findIndex((l) => l.includes(needle));
    return { line, character: texText.split('\n')[line]!.indexOf(needle) + 1 };
  };

  it('announces definition, references and citation trigger characters', () => {
    assert.ok(capabilities.definitionProvider);
    assert.ok(capabilities.referencesProvider);
    assert.ok(capabilities.completionProvider?.triggerCharacters?.includes('{'));
  });

  it('publishes the unknown key, and nothing for the .bib entries it does not cite', async () => {
    const diagnostics = await client.diagnostics(texUri, 1);
    const citation = diagnostics.filter((d) => ['unknown-reference', 'uncited-reference'].includes(String(d.code)));
    assert.deepEqual(
      citation.map((d) => [d.code, d.range.start.line]),
      [['unknown-reference', position('zuma1').line]],
    );
  });

  it('goes from \\citep{yescarta2017} to its entry in car-t.bib', async () => {
    const locations: Location[] = await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: texUri },
      position: position('yescarta2017'),
    });
    assert.equal(locations.length, 1);
    assert.equal(locations[0]!.uri, pathToFileURL(path.join(FIXTURES, 'car-t.bib')).href);
    const bibLine = fs.readFileSync(path.join(FIXTURES, 'car-t.bib'), 'utf8').split('\n')[
      locations[0]!.range.start.line
    ];
    assert.match(bibLine!, /@misc\{yescarta2017,/);
  });

  it('finds the citations of a key', async () => {
    const locations: Location[] = await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: texUri },
      position: position('ons2017kymriah'),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      locations.map((l) => l.range.start.line),
      [position('ons2017kymriah').line],
    );
  });

  it('completes .bib keys inside \\cite{', async () => {
    const uri = pathToFileURL(path.join(FIXTURES, 'draft.tex')).href;
    const text = '\\bibliography{car-t}\nSee \\cite{';
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'latex', version: 1, text },
    });
    const list: CompletionList = await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: 10 },
      context: { triggerKind: 2, triggerCharacter: '{' },
    });
    assert.deepEqual(
      list.items.map((i) => i.label),
      ['ons2017kymriah', 'yescarta2017', 'gazeau2023'],
    );
  });

  it('a changed .bib file (didChangeWatchedFiles) is read again for the open documents', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-bib-'));
    try {
      const bib = path.join(dir, 'refs.bib');
      fs.writeFileSync(bib, '@misc{known2020, title={Known}, year={2020}}\n');
      const uri = pathToFileURL(path.join(dir, 'paper.tex')).href;
      const text = 'Kymriah was studied \\cite{known2020} and later \\cite{added2024}.\n\\bibliography{refs}\n';
      const unknownKeys = (diagnostics: { code?: unknown; message: string }[]) =>
        diagnostics.filter((d) => d.code === 'unknown-reference').map((d) => /"([^"]+)"/.exec(d.message)?.[1]);
      const opened = client.diagnostics(uri, 1);
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'latex', version: 1, text },
      });
      assert.deepEqual(unknownKeys(await opened), ['added2024']);
      fs.writeFileSync(
        bib,
        '@misc{known2020, title={Known}, year={2020}}\n@misc{added2024, title={Added}, year={2024}}\n',
      );
      const republished = client.diagnostics(uri, 1, (d) => unknownKeys(d).length === 0);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(bib).href, type: 2 }],
      });
      assert.deepEqual(unknownKeys(await republished), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
