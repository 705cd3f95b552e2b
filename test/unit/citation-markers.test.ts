import * as assert from 'node:assert/strict';
import { placePhraseEnd } from '../../server/src/claims/phrases';
import { afterCitationMarkers, CITATION_MARKER } from '../../server/src/text/citation-markers';
import { wordsOf } from '../../server/src/text/words';

// The one definition of a citation marker: on characters (the sentence splitter, the title test) and on words (the
// quotation reader), with the word reader's narrower reading kept as it was and named in text/citation-markers.ts.
describe('citation markers', () => {
  const whole = new RegExp(`^(?:${CITATION_MARKER})$`);
  const markers: [string, boolean][] = [
    ['[14]', true],
    ['[3, 5–7]', true],
    ['[Smith 2020]', true],
    ['^2', true],
    ['^2,3', true],
    ['^4–6', true],
    ['<sup>1</sup>', true],
    ['[]', false],
    [`[${'1'.repeat(41)}]`, false],
    [`[${'1'.repeat(40)}]`, true],
    ['[3\n4]', false],
    ['^a', false],
  ];
  for (const [text, accepted] of markers)
    it(`on characters, ${JSON.stringify(text)} ${accepted ? 'is' : 'is not'} a marker`, () =>
      assert.equal(whole.test(text), accepted));

  // The words after "'P'" (three words: the quotation's marks and word) that the markers end at, by index.
  const words: [string, string][] = [
    ["'P' [14] is wrong", 'is'],
    ["'P' [3, 5–7] is wrong", 'is'],
    ["'P' ^2 [4] is wrong", 'is'],
    // The word reader takes a caret's first number only, and no label holding a second "[".
    ["'P' ^4–6 is wrong", '6'],
    ["'P' [[3] is wrong", '['],
    [`'P' [${'1'.repeat(41)}] is wrong`, '['],
    ["'P' [] is wrong", '['],
  ];
  for (const [text, next] of words)
    it(`on words, the markers of ${JSON.stringify(text)} end before ${JSON.stringify(next)}`, () => {
      const all = wordsOf(text);
      assert.equal(all[afterCitationMarkers(all, 3)]?.lower, next);
    });
});

describe('place phrases', () => {
  const stop = (all: readonly { lower: string }[]) => (k: number) => all[k]?.lower === 'is' || k >= all.length;
  const cases: [string, string | undefined][] = [
    ["'P' in the lead is wrong", 'is'],
    ["'P' on page 3 is wrong", 'is'],
    ["'P' in the old German sales deck is wrong", undefined],
    ["'P' in is wrong", undefined],
    ["'P' in the lead, is wrong", undefined],
    ["'P' for Kite has been wrong", undefined],
  ];
  for (const [text, end] of cases)
    it(`the place phrase after the quotation of ${JSON.stringify(text)} ends ${end ? `before "${end}"` : 'nowhere'}`, () => {
      const all = wordsOf(text);
      const at = placePhraseEnd(all, 3, stop(all));
      assert.equal(at === undefined ? undefined : all[at]?.lower, end);
    });
});
