import * as assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { OutputWriter } from '../../server/src/cli/writer';

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
