import * as assert from 'node:assert/strict';
import { mayHavePhrase, mayHaveWordOf } from '../../server/src/claims/words';

// mayHavePhrase / mayHaveWordOf read a sentence's runs once into a set (a run ending in "n" also without it, for
// "isn't"), which every relation's cue words are looked up in. They must answer as the split does.

/** The split's answer: every word of some phrase is a run of the text, or what a contraction reads. */
function bySplit(text: string, phrases: readonly string[]): boolean {
  const runs = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const has = (word: string) =>
    runs.has(word) || runs.has(`${word}n`) || ['not', 'can', 'will', 'shall'].includes(word);
  return phrases.some((phrase) => phrase.split(' ').every(has));
}

const PHRASES = ['treat', 'car t', 'anti cancer', 'is', 'not given', 'día', '1st line'];

describe('claim words: the prefilter reads runs as a split does', () => {
  const table: [text: string, phrases: string[], expected: boolean][] = [
    ['Lymphodepletion treats the lymphoma.', ['treat'], false],
    ['It is used to treat the lymphoma.', ['treat'], true],
    ['TREAT it.', ['treat'], true],
    ['Standard treatment.', ['treat'], false],
    ['Pretreat first.', ['treat'], false],
    ['treat2 days', ['treat'], false],
    ['2treat', ['treat'], false],
    ['étreat', ['treat'], false],
    ['treaté', ['treat'], false],
    ['𝐀treat', ['treat'], false],
    ['treat𝐀', ['treat'], false],
    ['😀treat', ['treat'], true],
    ['\udc00treat', ['treat'], true],
    ['treat\u0307', ['treat'], true],
    ['the anti-cancer part', ['anti cancer'], true],
    ['CAR-T cells', ['car t'], true],
    ["It isn't approved.", ['is'], true],
    ['This approved.', ['is'], false],
    ['Cells, given back', ['not given'], true],
    ['El día 1', ['día'], true],
    ['El mediodía', ['día'], false],
    ['As 1st-line therapy', ['1st line'], true],
  ];
  for (const [text, phrases, expected] of table)
    it(`${JSON.stringify(text)} ${expected ? 'may have' : 'has no'} ${phrases.join(', ')}`, () => {
      assert.equal(bySplit(text, phrases), expected, 'the table agrees with the split');
      assert.equal(mayHavePhrase(text, phrases), expected);
    });

  it('answers as the split does on generated texts (letters, digits, marks, surrogates, case)', () => {
    const pieces = ['treat', 'car', 't', 'is', 'isn', 'anti', 'cancer', 'not', 'given', 'día', '1st', 'line'];
    const glue = [' ', '-', '', 'é', '2', '𝐀', '😀', '\u0307', '\udc00', 'İ', "'", 'A'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let differing = 0;
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = 1 + next(6); k > 0; k--) text += glue[next(glue.length)]! + pieces[next(pieces.length)]!;
      if (next(2)) text = text.toUpperCase();
      const expected = bySplit(text, PHRASES);
      if (expected) found++;
      if (mayHavePhrase(text, PHRASES) !== expected) differing++;
      const words = PHRASES.filter((p) => !p.includes(' '));
      if (mayHaveWordOf(text, words) !== bySplit(text, words)) differing++;
    }
    assert.equal(differing, 0);
    // Both answers occur: the texts test something.
    assert.ok(found > 300 && found < 2700, `${found} of 3000 may have a phrase`);
  });

  it('answers as the split does whichever side is shorter, the list of first words or the text of runs', () => {
    const pieces = ['treat', 'car', 't', 'is', 'isn', 'anti', 'cancer', 'not', 'given', 'día', '1st', 'line', 'cells'];
    const fillers = Array.from({ length: 30 }, (_, i) => `w${i} cells`);
    const lists = [['treat'], ['car t', 'not given'], PHRASES, [...fillers, ...PHRASES]];
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    let differing = 0;
    const sides: Record<'listShorter' | 'textShorter', [number, number]> = { listShorter: [0, 0], textShorter: [0, 0] };
    for (let i = 0; i < 4000; i++) {
      let text = '';
      for (let k = 1 + next(24); k > 0; k--) text += [' ', '-', ', '][next(3)]! + pieces[next(pieces.length)]!;
      const phrases = lists[next(lists.length)]!;
      const expected = bySplit(text, phrases);
      if (mayHavePhrase(text, phrases) !== expected) differing++;
      const firsts = new Set(phrases.map((p) => p.split(' ')[0]));
      const runs = new Set(
        text
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .flatMap((r) => [r, r.replace(/n$/, '')]),
      );
      sides[firsts.size < runs.size ? 'listShorter' : 'textShorter'][expected ? 1 : 0]++;
    }
    assert.equal(differing, 0);
    // Each side is walked, with both answers.
    for (const counts of Object.values(sides))
      assert.ok(
        counts.every((n) => n > 100),
        JSON.stringify(sides),
      );
  });
});
