import * as assert from 'node:assert/strict';
import { perSentence, TextMemo } from '../../server/src/util/memo';

const pieces = (count: number, size: number, version = 0) =>
  Array.from({ length: count }, (_, i) => `${version}:${i}:`.padEnd(size, 'x'));

describe('TextMemo', () => {
  it('keeps what was used in the last two generations and drops the rest', () => {
    const memo = new TextMemo<number>(100);
    const first = pieces(5, 20);
    first.forEach((key, i) => memo.set(key, i));
    pieces(5, 20, 1).forEach((key, i) => memo.set(key, i)); // the first five move to the old generation
    assert.equal(memo.get(first[0]!), 0, 'old entries are still found (and promoted)');
    pieces(10, 20, 2).forEach((key, i) => memo.set(key, i)); // two more generations
    assert.equal(memo.get(first[1]!), undefined, 'entries unused for two generations are dropped');
    assert.equal(memo.get(first[0]!), undefined, 'a promoted entry ages like the others');
  });

  it('fit: a document larger than the budget keeps all its pieces from one version to the next', () => {
    const memo = new TextMemo<number>(100);
    const version = pieces(50, 20); // 1,000 characters
    memo.fit(1000);
    version.forEach((key, i) => memo.set(key, i));
    // The next version looks every piece up (one changed) and stores the changed one.
    const hits = version.filter((key) => memo.get(key) !== undefined).length;
    assert.equal(hits, 50);

    const unfitted = new TextMemo<number>(100);
    version.forEach((key, i) => unfitted.set(key, i));
    assert.ok(
      version.filter((key) => unfitted.get(key) !== undefined).length < 50,
      'without fit, a large document loses pieces',
    );
  });
});

describe('perSentence', () => {
  it('reads a sentence once per owner: again for another owner (another document version), and for another sentence', () => {
    const calls: string[] = [];
    const read = perSentence((owner: { name: string }, sentence: { start: number }) => {
      calls.push(`${owner.name}@${sentence.start}`);
      return { owner: owner.name, at: sentence.start };
    });
    const one = { name: 'v1' };
    const two = { name: 'v2' };
    const a = { start: 0 };
    const b = { start: 0 };
    const first = read(one, a);
    assert.equal(read(one, a), first, 'the same value, not read again');
    assert.deepEqual(read(two, a), { owner: 'v2', at: 0 }, 'another owner reads the sentence again');
    // Each owner keeps its own entries: the first owner's value is still known after the other's read.
    assert.equal(read(one, a), first, 'the first owner keeps its value');
    read(one, b);
    assert.deepEqual(calls, ['v1@0', 'v2@0', 'v1@0'], 'an equal but other sentence object is read on its own');
  });

  it('keeps an undefined value (a sentence that opens no turn is not read again)', () => {
    let calls = 0;
    const read = perSentence((_owner: object, _sentence: object) => {
      calls++;
      return undefined;
    });
    const owner = {};
    const sentence = {};
    read(owner, sentence);
    read(owner, sentence);
    assert.equal(calls, 1);
  });
});
