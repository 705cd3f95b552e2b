import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ResponseError } from 'vscode-jsonrpc/node';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { REPO_ROOT } from '../helpers/repo';
import { LspClient } from './lspClient';

// Malformed params for every request and notification the server registers, before and after initialize,
// with error replies to the server's workspace/configuration requests and deeply nested JSON. Afterwards
// the server must still be running, log no uncaught exception, answer a hover and shut down with code 0.
// Seeded (THERAPY_LINT_FUZZ_SEED to replay another run) and bounded in count.

const SEED = Number(process.env.THERAPY_LINT_FUZZ_SEED ?? 20260417);
const ROUNDS = 20;
/** A request that gets no answer (result or error) within this is counted as a hang. */
const ANSWER_WITHIN_MS = 15_000;

const DOC = 'file:///fuzz/claims.md';
const TEXT = 'Kymriah is approved for multiple myeloma.\n';
const position = { line: 0, character: 3 };
const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } };
const diagnostic = { range, message: 'm', code: 'unsupported-claim', source: 'therapy-lint', data: { fixes: [] } };

/** Well-formed params per method: the fuzzer breaks them. */
const REQUESTS: Record<string, unknown> = {
  'textDocument/hover': { textDocument: { uri: DOC }, position },
  'textDocument/completion': { textDocument: { uri: DOC }, position },
  'completionItem/resolve': { label: 'Kymriah', data: { id: 'kymriah' } },
  'textDocument/codeAction': { textDocument: { uri: DOC }, range, context: { diagnostics: [diagnostic] } },
  'textDocument/definition': { textDocument: { uri: DOC }, position },
  'textDocument/references': { textDocument: { uri: DOC }, position, context: { includeDeclaration: true } },
  'textDocument/documentHighlight': { textDocument: { uri: DOC }, position },
  'textDocument/willSaveWaitUntil': { textDocument: { uri: DOC }, reason: 1 },
  'therapyLint/glossary': {},
  'therapyLint/glossaryCard': { id: 'kymriah' },
  'therapyLint/insertTerm': { uri: DOC, position, id: 'kymriah' },
  'therapyLint/lintWorkspace': {},
  'therapyLint/knowledgeBase': {},
  'therapyLint/checkDocument': { textDocument: { uri: 'file:///fuzz/doc.md' } },
};
const NOTIFICATIONS: Record<string, unknown> = {
  initialized: {},
  'workspace/didChangeConfiguration': { settings: { therapyLint: { rules: {} } } },
  'workspace/didChangeWatchedFiles': { changes: [{ uri: 'file:///fuzz/.therapy-lint/x.json', type: 2 }] },
  'textDocument/didOpen': { textDocument: { uri: DOC, languageId: 'markdown', version: 1, text: TEXT } },
  'textDocument/didChange': {
    textDocument: { uri: DOC, version: 2 },
    contentChanges: [{ range, text: 'Yescarta' }],
  },
  'textDocument/didClose': { textDocument: { uri: DOC } },
  'textDocument/willSave': { textDocument: { uri: DOC }, reason: 1 },
  'textDocument/didSave': { textDocument: { uri: DOC } },
  '$/cancelRequest': { id: 1 },
  '$/setTrace': { value: 'off' },
};

/** The LSP host's registrations (server.ts and lsp/), by the protocol method each one handles. */
const REGISTRATIONS: Record<string, string> = {
  onInitialize: 'initialize',
  onInitialized: 'initialized',
  onDidChangeConfiguration: 'workspace/didChangeConfiguration',
  onDidChangeWatchedFiles: 'workspace/didChangeWatchedFiles',
  onDidOpenTextDocument: 'textDocument/didOpen',
  onDidChangeTextDocument: 'textDocument/didChange',
  onDidCloseTextDocument: 'textDocument/didClose',
  onWillSaveTextDocument: 'textDocument/willSave',
  onDidSaveTextDocument: 'textDocument/didSave',
  onWillSaveTextDocumentWaitUntil: 'textDocument/willSaveWaitUntil',
  onHover: 'textDocument/hover',
  onCompletion: 'textDocument/completion',
  onCompletionResolve: 'completionItem/resolve',
  onCodeAction: 'textDocument/codeAction',
  onDefinition: 'textDocument/definition',
  onReferences: 'textDocument/references',
  onDocumentHighlight: 'textDocument/documentHighlight',
};

/**
 * What a missed guard leaves in the log. vscode-jsonrpc's own handlers ($/setTrace, $/cancelRequest) catch
 * and log their errors themselves: those are not ours, and the server goes on.
 */
const UNCAUGHT = /uncaught exception|unhandled rejection|internal error|handler '(?!\$\/)[^']*' failed/;

/** mulberry32: a small seeded PRNG, so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nested = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

const GARBAGE: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  2 ** 53,
  -(2 ** 31),
  1e308,
  true,
  '',
  'x'.repeat(10_000),
  '\u0000\ud800',
  'file:///etc/passwd',
  'file://host/share/x.md',
  'untitled:',
  [],
  [null],
  {},
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
  { line: -1, character: -1 },
  { line: 1e9, character: 1e9 },
  { start: { line: 3, character: 0 }, end: { line: 0, character: 0 } },
  nested(200),
];

/** A copy of `value` with one random part replaced, removed or retyped. */
function mutate(value: unknown, random: () => number): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  if (value === null || typeof value !== 'object' || random() < 0.25) return pick(GARBAGE);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  const keys = Object.keys(copy);
  if (keys.length === 0) return pick(GARBAGE);
  const key = pick(keys);
  const roll = random();
  if (roll < 0.15) delete (copy as Record<string, unknown>)[key];
  else if (roll < 0.3) (copy as Record<string, unknown>)[key] = pick(GARBAGE);
  else (copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], random);
  return copy;
}

describe('protocol fuzz: malformed params for every request and notification', function () {
  this.timeout(180_000);

  it('the registrations in server.ts are all fuzzed below', () => {
    // The host and its guards (lsp/guards.ts registers the document sync handlers).
    const source = ['server.ts', 'lsp/guards.ts']
      .map((file) => fs.readFileSync(path.join(REPO_ROOT, 'server', 'src', file), 'utf8'))
      .join('\n');
    const registered = new Set<string>();
    for (const [, name] of source.matchAll(/\b(?:connection|inner)\.(on[A-Z]\w*)\(/g)) {
      if (name === 'onRequest' || name === 'onNotification') continue;
      assert.ok(REGISTRATIONS[name!], `server.ts registers ${name}: add its method to REGISTRATIONS`);
      registered.add(REGISTRATIONS[name!]!);
    }
    for (const [, method] of source.matchAll(/\bonRequest\(\s*'([^']+)'/g)) registered.add(method!);
    assert.ok(registered.size >= 20, `found ${registered.size} registrations`);
    const fuzzed = new Set([...Object.keys(REQUESTS), ...Object.keys(NOTIFICATIONS), 'initialize']);
    assert.deepEqual(
      [...registered].filter((method) => !fuzzed.has(method)),
      [],
    );
  });

  it('survives them before and after initialize, with error replies to workspace/configuration', async () => {
    const random = prng(SEED);
    const client = new LspClient();
    let configurationRequests = 0;
    let settled = false;
    // An error reply, then garbage, in turn (the server keeps its last settings and logs why); the defaults at the end.
    client.connection.onRequest('workspace/configuration', () => {
      configurationRequests++;
      if (settled) return [null];
      if (configurationRequests % 2) throw new ResponseError(-32603, 'the client failed to read settings');
      return [mutate({ rules: { 'unsupported-claim': 'error' }, maxFileSize: 100_000 }, random)];
    });
    let notifications = 0;
    let requests = 0;
    let hangs = 0;
    const failures: string[] = [];
    const request = async (method: string, params: unknown) => {
      requests++;
      let timer: NodeJS.Timeout | undefined;
      const answered = client.request(method, params).then(
        () => true,
        () => true, // an error reply is an answer
      );
      const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ANSWER_WITHIN_MS)));
      if (!(await Promise.race([answered, late]))) {
        hangs++;
        failures.push(`${method} ${JSON.stringify(params)?.slice(0, 200)}: no answer`);
      }
      clearTimeout(timer);
    };
    const notify = async (method: string, params: unknown) => {
      notifications++;
      await client.notify(method, params);
    };
    const round = async (withLifecycle: boolean) => {
      const pending: Promise<void>[] = [];
      for (const [method, valid] of Object.entries(NOTIFICATIONS)) {
        if (!withLifecycle && method === 'initialized') continue;
        await notify(method, mutate(valid, random));
      }
      for (const [method, valid] of Object.entries(REQUESTS)) pending.push(request(method, mutate(valid, random)));
      await Promise.all(pending);
    };
    /** Deeply nested params, written as raw frames (JSON.stringify on our side would overflow the stack). */
    const deep = async (depth: number) => {
      for (const method of ['textDocument/hover', 'textDocument/didOpen', 'workspace/didChangeConfiguration']) {
        const params = `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
        const body = Buffer.from(`{"jsonrpc":"2.0","method":"${method}","params":${params}}`, 'utf8');
        client.process.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
        notifications++;
      }
    };

    try {
      // Before initialize: a well-formed didOpen too (it must be checked once the knowledge base loads).
      for (let i = 0; i < ROUNDS / 2; i++) await round(false);
      await deep(50_000);
      const published = client.diagnostics(DOC, 1);
      await notify('textDocument/didOpen', NOTIFICATIONS['textDocument/didOpen']);
      await client.request('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { workspace: { configuration: true } },
        initializationOptions: { debounceMs: 0 },
      });
      await notify('initialized', {});
      assert.ok((await published).length > 0, 'the document opened before initialize is checked');

      for (let i = 0; i < ROUNDS; i++) await round(true);
      await deep(50_000);
      settled = true;
      await notify('workspace/didChangeConfiguration', { settings: null });

      // Still serving: a fresh document is checked and hovered.
      const uri = 'file:///fuzz/after.md';
      assert.ok((await client.open(uri, TEXT)).length > 0, 'diagnostics after the fuzzing');
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /Kymriah/);
      assert.ok(configurationRequests > 0, 'the server asked for settings (and got errors)');
      assert.ok(
        client.logs.some((l) => /did not send settings/.test(l.message)),
        'an error reply to workspace/configuration is logged',
      );
      assert.ok(client.alive, 'the server is still running');
    } finally {
      const crashed = !client.alive;
      const uncaught = client.logs.filter((l) => UNCAUGHT.test(l.message));
      console.log(
        `      protocol fuzz (seed ${SEED}): ${requests} requests and ${notifications} notifications with ` +
          `malformed params; crashes: ${crashed ? 1 : 0}, hangs: ${hangs}, uncaught errors logged: ${uncaught.length}`,
      );
      const exitCode = new Promise<number | null>((resolve) =>
        client.process.exitCode !== null ? resolve(client.process.exitCode) : client.process.once('exit', resolve),
      );
      await client.stop();
      assert.deepEqual(failures, []);
      assert.deepEqual(
        uncaught.map((l) => l.message.slice(0, 500)),
        [],
      );
      assert.equal(await exitCode, 0, 'shutdown and exit end the server with code 0');
    }
  });

  it('a malformed initialize leaves a server that checks documents with the defaults', async () => {
    const random = prng(SEED + 1);
    const valid = {
      processId: process.pid,
      rootUri: 'file:///fuzz',
      workspaceFolders: [{ uri: 'file:///fuzz', name: 'fuzz' }],
      capabilities: { workspace: { configuration: true } },
      initializationOptions: { debounceMs: 0, workspaceTrusted: true, settings: {} },
    };
    for (let session = 0; session < 4; session++) {
      const client = new LspClient();
      const params = mutate(mutate(valid, random), random);
      try {
        await client.request('initialize', params).catch(() => undefined);
        await client.notify('initialized', {});
        const diagnostics = await client.open(DOC, TEXT);
        assert.ok(diagnostics.length > 0, `diagnostics after initialize with ${JSON.stringify(params)?.slice(0, 300)}`);
        assert.deepEqual(
          client.logs.filter((l) => UNCAUGHT.test(l.message)).map((l) => l.message.slice(0, 500)),
          [],
        );
      } finally {
        await client.stop();
      }
    }
  });
});
