import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionList, Diagnostic, Hover, Range } from 'vscode-languageserver-types';
import { builtInKnowledgeBase, documentEdits } from '../helpers/service';
import { LspClient } from './lspClient';

// Drives the bundled server over stdio through random sessions on random and adversarial text. It must
// never fail a request or log an internal error, never answer with a range outside the document, and
// the diagnostics after any sequence of incremental edits must equal those of a fresh document with
// the final text, checked by a second server that never saw the edits (so no memo of the first one
// — chunks, blocks, replayed findings — can hide a stale result).

const LANGUAGES = ['markdown', 'plaintext', 'latex'] as const;
const EXTENSION = { markdown: 'md', plaintext: 'txt', latex: 'tex' } as const;

function termNames(): string[] {
  const names = new Set<string>();
  for (const entity of builtInKnowledgeBase().entities.values()) {
    names.add(entity.name);
    for (const alias of entity.aliases) names.add(alias.text);
  }
  return [...names].slice(0, 400);
}

/** Pieces that stress prose extraction: unbalanced markup, math, comments, front matter, citations, Unicode. */
const MARKUP = [
  '```',
  '```js\n',
  '~~~',
  '    code\n',
  '`',
  '**',
  '_',
  '*',
  '[',
  ']',
  '(',
  ')',
  '[1]',
  '[2, 3]',
  '^1',
  '[@smith2020]',
  '<!--',
  '-->',
  '<!-- therapy-lint-disable-next-line unsupported-claim -- reason -->\n',
  '<div>',
  '</div>',
  '---\n',
  '+++\n',
  '$',
  '$$',
  '\\(',
  '\\[',
  '\\begin{equation}',
  '\\end{equation}',
  '\\section{',
  '}',
  '{',
  '\\cite{a}',
  '% comment',
  '\\',
  '> ',
  '> > > > ',
  '- ',
  '  - ',
  '1. ',
  '# ',
  '## ',
  '|',
  '| a | b |\n|---|---|\n',
  '\n',
  '\n\n',
  ' ',
  '\t',
  '\r\n',
  '. ',
  '? ',
  'e.g. ',
  'Dr. ',
  'is approved for ',
  'was not approved in ',
  'FDA-approved ',
  'References\n\n1. ',
  '\u0000',
  '\u2013',
  '\u2014',
  '\u2019s',
  '\u00a0',
  '\ufeff',
  '\ud83d\ude00',
  '\ud800',
  'İ',
  'ǅ',
];

function textArbitrary(terms: string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...terms) },
    { weight: 6, arbitrary: fc.constantFrom(...MARKUP) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'x'.repeat(20_000),
        '[1]'.repeat(10_000),
        '> '.repeat(300) + 'deep',
        '- '.repeat(200) + 'nested',
        '$'.repeat(501),
        '\\begin{itemize}'.repeat(100),
      ),
    },
  );
  return fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
}

type Op =
  | { kind: 'change'; doc: number; from: number; to: number; text: string }
  | { kind: 'hover' | 'completion'; doc: number; line: number; character: number }
  | { kind: 'codeAction'; doc: number; from: number; to: number }
  | { kind: 'close'; doc: number }
  | { kind: 'reopen'; doc: number; text: string };

function opArbitrary(text: fc.Arbitrary<string>): fc.Arbitrary<Op> {
  const doc = fc.nat(1);
  const fraction = fc.double({ min: 0, max: 1, noNaN: true });
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ kind: fc.constant('change' as const), doc, from: fraction, to: fraction, text }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constantFrom('hover' as const, 'completion' as const),
        doc,
        line: fc.integer({ min: -1, max: 60 }),
        character: fc.integer({ min: -1, max: 300 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('codeAction' as const), doc, from: fraction, to: fraction }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), doc }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const), doc, text }) },
  );
}

function assertRangeInside(range: Range, document: TextDocument, what: string): void {
  const lastLine = document.lineCount - 1;
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line <= lastLine, `${what}: line ${p.line} outside 0..${lastLine}`);
    const lineLength =
      document.offsetAt({ line: p.line, character: Number.MAX_SAFE_INTEGER }) -
      document.offsetAt({ line: p.line, character: 0 });
    assert.ok(
      p.character >= 0 && p.character <= lineLength,
      `${what}: character ${p.character} outside line ${p.line} (length ${lineLength})`,
    );
  }
  assert.ok(document.offsetAt(range.start) <= document.offsetAt(range.end), `${what}: range ends before it starts`);
}

function assertDiagnosticsInside(diagnostics: Diagnostic[], document: TextDocument): void {
  for (const d of diagnostics) {
    assertRangeInside(d.range, document, `diagnostic ${d.code}`);
    // Published fixes carry titles only; code actions bring their edits (checked in the codeAction step).
    for (const fix of (d.data as { fixes?: { edits?: { range: Range }[] }[] } | undefined)?.fixes ?? []) {
      for (const edit of fix.edits ?? []) assertRangeInside(edit.range, document, `fix of ${d.code}`);
    }
  }
}

/** Diagnostics as the client sees them, minus the document's own URI. */
const comparable = (diagnostics: Diagnostic[], uri: string) => JSON.stringify(diagnostics).split(uri).join('<doc>');

describe('robustness: random sessions against the bundled server', function () {
  this.timeout(120_000);
  let client: LspClient;
  let reference: LspClient;
  let session = 0;

  before(async () => {
    client = new LspClient();
    reference = new LspClient();
    await Promise.all([client.initialize({ debounceMs: 0 }), reference.initialize({ debounceMs: 0 })]);
  });
  after(async () => {
    await Promise.all([client.stop(), reference.stop()]);
  });

  it('never fails, stays inside the document, and incremental state equals a fresh parse', async () => {
    const terms = termNames();
    const text = textArbitrary(terms);
    const scenario = fc.record({
      language: fc.constantFrom(...LANGUAGES),
      texts: fc.tuple(text, text),
      ops: fc.array(opArbitrary(text), { minLength: 1, maxLength: 14 }),
    });
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(scenario, async ({ language, texts, ops }) => {
        session++;
        const uri = (doc: number) => `file:///robustness/s${session}-d${doc}.${EXTENSION[language]}`;
        const models = new Map<number, TextDocument>();
        const open = async (doc: number, content: string) => {
          const model = TextDocument.create(uri(doc), language, 1, content);
          models.set(doc, model);
          assertDiagnosticsInside(await client.open(uri(doc), content, 1, language), model);
        };
        await open(0, texts[0]);
        await open(1, texts[1]);

        for (const op of ops) {
          const model = models.get(op.doc);
          if (op.kind === 'reopen') {
            if (model) continue;
            await open(op.doc, op.text);
            continue;
          }
          if (!model) {
            // Requests for a closed document are answered, emptily.
            const answer = await client.request<unknown>('textDocument/hover', {
              textDocument: { uri: uri(op.doc) },
              position: { line: 0, character: 0 },
            });
            assert.equal(answer, null);
            continue;
          }
          const at = (fraction: number) => model.positionAt(Math.floor(fraction * model.getText().length));
          switch (op.kind) {
            case 'change': {
              const [a, b] = [at(Math.min(op.from, op.to)), at(Math.max(op.from, op.to))];
              const version = model.version + 1;
              TextDocument.update(model, [{ range: { start: a, end: b }, text: op.text }], version);
              const published = client.diagnostics(uri(op.doc), version);
              await client.notify('textDocument/didChange', {
                textDocument: { uri: uri(op.doc), version },
                contentChanges: [{ range: { start: a, end: b }, text: op.text }],
              });
              assertDiagnosticsInside(await published, model);
              break;
            }
            case 'hover': {
              const hover = await client.request<Hover | null>('textDocument/hover', {
                textDocument: { uri: uri(op.doc) },
                position: { line: op.line, character: op.character },
              });
              if (hover?.range) assertRangeInside(hover.range, model, 'hover');
              break;
            }
            case 'completion': {
              const list = await client.request<CompletionList | null>('textDocument/completion', {
                textDocument: { uri: uri(op.doc) },
                position: { line: op.line, character: op.character },
              });
              for (const item of list?.items ?? []) {
                const edit = item.textEdit;
                if (edit && 'range' in edit) assertRangeInside(edit.range, model, `completion ${item.label}`);
              }
              break;
            }
            case 'codeAction': {
              const range = { start: at(Math.min(op.from, op.to)), end: at(Math.max(op.from, op.to)) };
              const diagnostics = client.published.get(uri(op.doc))?.diagnostics ?? [];
              const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
                textDocument: { uri: uri(op.doc) },
                range,
                context: { diagnostics },
              });
              for (const action of actions ?? []) {
                for (const edit of documentEdits(action.edit, uri(op.doc)) ?? [])
                  assertRangeInside(edit.range, model, `code action ${action.title}`);
              }
              break;
            }
            case 'close':
              await client.notify('textDocument/didClose', { textDocument: { uri: uri(op.doc) } });
              models.delete(op.doc);
              break;
          }
        }

        // Incremental state equals a fresh full parse of the final text.
        for (const [doc, model] of models) {
          const incremental = client.published.get(uri(doc));
          assert.equal(incremental?.version, model.version, 'the last diagnostics are for the last version');
          const freshUri = `file:///robustness/s${session}-fresh${doc}.${EXTENSION[language]}`;
          const fresh = await reference.open(freshUri, model.getText(), 1, language);
          assert.equal(comparable(incremental!.diagnostics, uri(doc)), comparable(fresh, freshUri));
          await reference.notify('textDocument/didClose', { textDocument: { uri: freshUri } });
          await client.notify('textDocument/didClose', { textDocument: { uri: uri(doc) } });
        }
        const internal = client.logs.filter((l) => /internal error|Unhandled|TypeError|RangeError/.test(l.message));
        assert.deepEqual(internal, [], 'the server logged an internal error');
        assert.ok(client.alive, 'the server is still running');
      }),
      {
        numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 60),
        interruptAfterTimeLimit: 45_000,
        markInterruptAsFailure: false,
      },
    );
    console.log(`      ${session} random sessions in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('answers requests before initialize, unknown methods and out-of-range positions without dying', async () => {
    const raw = new LspClient();
    try {
      // Before initialize: an error or an empty answer, either way no crash.
      const early = await raw
        .request('textDocument/hover', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } })
        .catch(() => null);
      assert.equal(early, null);
      await raw.initialize({ debounceMs: 0 });
      await assert.rejects(raw.request('therapyLint/noSuchMethod', {}), /Unhandled method|not found/i);
      await raw.notify('therapyLint/noSuchNotification', {});
      assert.equal(
        await raw.request('textDocument/hover', {
          textDocument: { uri: 'file:///never-opened.md' },
          position: { line: 5, character: 5 },
        }),
        null,
      );
      await raw.open('file:///short.md', 'Kymriah.');
      for (const position of [
        { line: 99, character: 0 },
        { line: 0, character: 999 },
        { line: -1, character: -1 },
      ]) {
        await raw.request('textDocument/hover', { textDocument: { uri: 'file:///short.md' }, position });
        await raw.request('textDocument/completion', { textDocument: { uri: 'file:///short.md' }, position });
      }
      await raw.request('textDocument/codeAction', {
        textDocument: { uri: 'file:///short.md' },
        range: { start: { line: 50, character: 0 }, end: { line: 60, character: 0 } },
        context: {
          diagnostics: [
            {
              range: { start: { line: 50, character: 0 }, end: { line: 50, character: 4 } },
              message: 'x',
              source: 'therapy-lint',
              code: 'unsupported-claim',
            },
          ],
        },
      });
      // Diagnostics come back from clients with whatever `data` they kept.
      for (const data of [5, 'x', null, { fixes: 5 }, { fixes: [null] }, { fixes: [{ title: 1, edits: {} }] }]) {
        await raw.request('textDocument/codeAction', {
          textDocument: { uri: 'file:///short.md' },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } },
          context: {
            diagnostics: [
              {
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } },
                message: 'x',
                source: 'therapy-lint',
                code: 7,
                data,
              },
            ],
          },
        });
      }
      assert.ok(raw.alive);
      assert.deepEqual(
        raw.logs.filter((l) => /internal error/.test(l.message)),
        [],
      );
    } finally {
      await raw.stop();
    }
  });
});
