import * as assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type * as Sarif from 'sarif';
import type { Diagnostic } from 'vscode-languageserver-types';
import { outputFormat } from '../../server/src/cli/formats';
import { jsonPieces } from '../../server/src/cli/jsonPieces';
import { OutputWriter } from '../../server/src/cli/writer';
import { KnowledgeIndex } from '../../server/src/kb/index';
import { RULES } from '../../server/src/rules/all.generated';
import { builtInKnowledgeBase } from '../helpers/service';

/** A consumer that takes one chunk per tick, like a pipe to a slower process. */
function slowConsumer(highWaterMark: number) {
  let received = '';
  let mostBuffered = 0;
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      received += chunk;
      setImmediate(callback);
    },
  });
  const watch = () => {
    mostBuffered = Math.max(mostBuffered, stream.writableLength);
  };
  return { stream, watch, received: () => received, mostBuffered: () => mostBuffered };
}

describe('CLI output writer', () => {
  it('waits for drain: a slow consumer never has more than about one chunk queued', async () => {
    const consumer = slowConsumer(1024);
    const writer = new OutputWriter(consumer.stream, 4096);
    const pieces = Array.from({ length: 5000 }, (_, i) => `finding ${i} ${'x'.repeat(90)}\n`);
    for (const piece of pieces) {
      const full = writer.write(piece);
      consumer.watch();
      if (full) await full;
    }
    await writer.end();
    assert.equal(consumer.received(), pieces.join(''));
    // Without waiting, all ~500 kB would sit in the stream's buffer.
    assert.ok(consumer.mostBuffered() <= 4096 + 200, `queued ${consumer.mostBuffered()} characters`);
  });

  it('ends quietly when the consumer goes away (EPIPE)', async () => {
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const writer = new OutputWriter(stream, 10);
    for (let i = 0; i < 100; i++) await writer.write('0123456789abcdef');
    await writer.end();
    assert.ok(stream.destroyed);
  });
});

describe('CLI output of a fix with very many edits', () => {
  const index = new KnowledgeIndex(builtInKnowledgeBase());
  // A reference list's renumbering: one fix, an edit per citation.
  const edits = Array.from({ length: 5000 }, (_, i) => ({
    range: { start: { line: i, character: 1 }, end: { line: i, character: 3 } },
    newText: String(i + 1),
  }));
  const large: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } },
    severity: 2,
    code: 'uncited-reference',
    source: 'therapy-lint',
    message: 'Reference 1 is never cited; “renumber” them.',
    data: {
      messageId: 'uncited',
      sources: [],
      fixes: [{ title: 'Renumber references', edits, isPreferred: undefined }],
    },
  };
  const small: Diagnostic = {
    ...large,
    data: { ...(large.data as object), fixes: [{ title: 'One', edits: edits.slice(0, 3) }] },
  };
  const pieces = (format: 'json' | 'sarif') => [
    ...outputFormat(format, RULES, index, { version: '1.0.0', baseDir: process.cwd() }).file({
      file: 'a.md',
      diagnostics: [small, large, small],
    }),
  ];

  it('writes the same text as JSON.stringify, in small pieces (JSON)', () => {
    const written = pieces('json');
    const [file] = JSON.parse(`[${written.join('')}]`) as { diagnostics: Diagnostic[] }[];
    assert.deepEqual(
      file!.diagnostics,
      [small, large, small].map((d) => JSON.parse(JSON.stringify(d))),
    );
    assert.ok(written.join('').includes(`\n${JSON.stringify(large)},\n`));
    // As one string, the large diagnostic's JSON is ~400 kB.
    assert.ok(
      Math.max(...written.map((p) => p.length)) < 2000,
      `a piece of ${Math.max(...written.map((p) => p.length))}`,
    );
  });

  it('writes each replacement of a large fix as it goes (SARIF)', () => {
    const written = pieces('sarif');
    const results = JSON.parse(`[${written.join('')}]`) as Sarif.Result[];
    assert.equal(results.length, 3);
    const replacements = results[1]!.fixes![0]!.artifactChanges[0]!.replacements;
    assert.equal(replacements.length, 5000);
    assert.deepEqual(replacements[4999], {
      deletedRegion: { startLine: 5000, startColumn: 2, endLine: 5000, endColumn: 4 },
      insertedContent: { text: '5000' },
    });
    assert.deepEqual(results[0]!.fixes![0]!.artifactChanges[0]!.replacements.length, 3);
    assert.ok(
      Math.max(...written.map((p) => p.length)) < 2000,
      `a piece of ${Math.max(...written.map((p) => p.length))}`,
    );
  });

  it('writes a large fix one edit a piece, not a piece per key and value', () => {
    const written = pieces('json');
    // Each piece is a generator step and a write: 5,000 edits in ~20 pieces each cost a claim-dense file 0.1 s.
    assert.ok(written.length <= 2 * edits.length + 50, `${written.length} pieces for ${edits.length} edits`);
    assert.ok(written.includes(JSON.stringify(edits[4999])), 'the last edit as one piece');
    const sarif = pieces('sarif');
    assert.ok(sarif.length <= 2 * edits.length + 50, `${sarif.length} SARIF pieces for ${edits.length} edits`);
  });

  it('jsonPieces writes what JSON.stringify writes', () => {
    const values: unknown[] = [
      { a: 1, b: undefined, c: () => 1, d: [undefined, () => 2, null, 'x"\u2028', -0, Number.NaN], e: { f: [] } },
      [],
      {},
      'text',
      42,
      null,
      [[1, [2, { g: true }]]],
    ];
    for (const value of values) assert.equal([...jsonPieces(value)].join(''), JSON.stringify(value));
    assert.equal([...jsonPieces(new Set([1, 2]).values())].join(''), '[1,2]');
    // A small value holding an iterable other than an array, or something with toJSON, is not stringified whole.
    assert.equal([...jsonPieces({ a: new Set([1, 2]).values() })].join(''), '{"a":[1,2]}');
    const dated = { toJSON: () => 'x', b: 1 };
    assert.equal([...jsonPieces([dated])].join(''), '[{"b":1}]');
    // Nor is a long list: it is written item by item.
    assert.ok([...jsonPieces(Array.from({ length: 200 }, (_, i) => i))].length > 200);
  });
});
