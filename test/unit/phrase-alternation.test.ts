import * as assert from 'node:assert/strict';
import { phraseAlternation } from '../../server/src/util/alternation';
import { lexicon, lexiconWords } from '../../server/src/claims/lexicon';
import { DESIGN_WORDS } from '../../server/src/claims/design';

// A cue list's pattern factored by words must test every text as the list's plain alternation does: the relations'
// prefilters (approval's uses, quantity's heads, design words) read it.

const plain = (phrases: readonly string[], gap: string) => phrases.map((p) => p.split(' ').join(gap)).join('|');

/** Texts made of the phrases' words, cut, repeated, re-cased and joined by spaces, dashes and line breaks. */
function textsOf(phrases: readonly string[], count: number): string[] {
  const words = [...new Set(phrases.flatMap((p) => p.split(' ')))];
  const pieces = [...phrases, ...words, 'x', '2', ',', 'it', 'ſ', 'K'];
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let k = 1 + next(5); k > 0; k--) {
      const piece = pieces[next(pieces.length)]!;
      const cut = next(4) === 0 ? piece.slice(0, 1 + next(piece.length)) : piece;
      parts.push(next(5) === 0 ? cut.toUpperCase() : cut);
    }
    texts.push(parts.join([' ', '  ', ' - ', '\n', ''][next(5)]!));
  }
  return texts;
}

describe('phraseAlternation', () => {
  it('shares the words phrases open with', () => {
    assert.equal(
      phraseAlternation(['can be given to', 'can be given for', 'can treat', 'treats'], ' '),
      'can (?:be (?:given (?:to|for))|treat)|treats',
    );
    // A phrase that another continues stays whole on its own.
    assert.equal(phraseAlternation(['at least', 'at least the first'], '_'), 'at_(?:least(?:_(?:the_(?:first)))?)');
  });

  it('keeps a list with an empty phrase or a group of its own as the plain alternation', () => {
    assert.equal(phraseAlternation(['a b', ''], ' '), 'a b|');
    assert.equal(phraseAlternation(['(?:a|b) c', 'a d'], '\\s+'), '(?:a|b)\\s+c|a\\s+d');
  });

  const lists: [name: string, phrases: readonly string[], gap: string, flags: string][] = [
    [
      'product uses',
      lexicon('product-use-cues'),
      `\\s+(?:(?:${[...lexiconWords('use-adverbs')].join('|')})\\s+)*`,
      'i',
    ],
    [
      'amount heads',
      [
        'for',
        ...lexicon('quantity-duration-links'),
        ...lexicon('rule-end-verbs').flatMap((v) => [v, ...lexicon('rule-end-points').map((p) => `${v} ${p}`)]),
      ],
      '[^\\p{L}\\p{N}]+',
      'iu',
    ],
    ['design words', DESIGN_WORDS.map((d) => d.phrase.replace(/[^a-z0-9 ]/g, (c) => `\\${c}`)), '\\W+', 'i'],
  ];
  for (const [name, phrases, gap, flags] of lists)
    it(`tests texts as the plain alternation does: ${name}`, () => {
      const factored = new RegExp(`\\b(?:${phraseAlternation(phrases, gap)})\\b`, flags);
      const unfactored = new RegExp(`\\b(?:${plain(phrases, gap)})\\b`, flags);
      let matched = 0;
      for (const text of textsOf(phrases, 20_000)) {
        const expected = unfactored.test(text);
        assert.equal(factored.test(text), expected, text);
        if (expected) matched++;
      }
      assert.ok(matched > 1000 && matched < 19_000, `both answers are tested (${matched} of 20,000 match)`);
    });
});
