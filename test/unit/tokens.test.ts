import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from '../../server/src/document/analysis';
import { tokenize } from '../../server/src/text/tokens';
import { wordsIn, wordsOf } from '../../server/src/text/words';
import { termTokensOf } from '../../server/src/terms/matcher';
import { service } from '../helpers/service';

const tokenTexts = (text: string) => {
  const tokens = tokenize(text);
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k += 2) out.push(text.slice(tokens[k], tokens[k + 1]));
  return out;
};

describe('text: tokens (the one tokenisation of prose)', () => {
  it('runs of letters and digits, one token per other code point; spaces, hyphens and dashes separate', () => {
    assert.deepEqual(tokenTexts("Anti‑CD19 CAR—T isn't 1.5 mg/m² (𝟎𠀀 x)"), [
      'Anti',
      'CD19',
      'CAR',
      'T',
      'isn',
      "'",
      't',
      '1',
      '.',
      '5',
      'mg',
      '/',
      'm²',
      '(',
      '𝟎𠀀',
      'x',
      ')',
    ]);
    assert.deepEqual(tokenTexts(''), []);
    assert.deepEqual(tokenTexts(' - – '), []);
  });

  it('reads long texts whole, and a short text after a long one as it reads it alone', () => {
    const long = Array.from({ length: 300_000 }, (_, i) => `w${i}`).join(' ');
    const tokens = tokenize(long);
    assert.equal(tokens.length, 600_000);
    assert.equal(long.slice(tokens[599_998], tokens[599_999]), 'w299999');
    assert.deepEqual(tokenTexts('CAR-T, again.'), ['CAR', 'T', ',', 'again', '.']);
  });

  it('the matcher and the claim words each read them their own way', () => {
    const text = "Kymriah’s 1.5mg dose, 1,000 pts; don't";
    assert.deepEqual(
      termTokensOf(text).map((t) => t.text),
      ['Kymriah', 's', '1.5', 'mg', 'dose', ',', '1', ',', '000', 'pts', ';', 'don', 't'],
    );
    assert.deepEqual(
      wordsOf(text).map((w) => w.lower),
      ['kymriah', '1.5', 'mg', 'dose', ',', '1,000', 'pts', ';', 'do', 'not'],
    );
  });

  it('reads the shorthand "w/" and "w/o" as "with" and "without", and no other slash', () => {
    assert.deepEqual(
      wordsOf('Aucatzyl launched w/ a REMS, w/o a wait; and/or w/in').map((w) => w.lower),
      ['aucatzyl', 'launched', 'with', 'a', 'rems', ',', 'without', 'a', 'wait', ';', 'and', '/', 'or', 'w', '/', 'in'],
    );
    const [, w] = wordsOf('launched w/ a REMS', 100);
    assert.deepEqual([w!.start, w!.end, w!.text], [109, 111, 'w/']);
  });

  it("a sentence's words from its block's tokens are the words of its own text", () => {
    const text = [
      '# Results',
      '',
      "Kymriah (tisagenlecleucel) isn't the first CAR-T. It was FDA-approved in 2017; 1,000 pts were treated.",
      '',
      'A second paragraph: Yescarta’s label lists CRS.',
    ].join('\n');
    const document = new AnalysisCache(service().index).get(TextDocument.create('file:///t.md', 'markdown', 1, text));
    assert.ok(document.sentences.length >= 3);
    for (const sentence of document.sentences) {
      const range = document.tokensOf(sentence);
      assert.equal(range.offset + range.from, sentence.start);
      assert.equal(range.offset + range.to, sentence.end);
      const own = wordsOf(document.prose.masked.slice(sentence.start, sentence.end), sentence.start);
      assert.deepEqual(wordsIn(range), own);
      assert.deepEqual(wordsIn(range, 3), own.slice(0, 3));
    }
  });

  it('misspelled-term reads letter tokens: a word glued to a digit, even outside the BMP, is a code', () => {
    const lint = service();
    const near = (text: string) =>
      lint
        .diagnostics(TextDocument.create('file:///m.md', 'markdown', 1, text))
        .filter((d) => d.code === 'misspelled-term')
        .map((d) => d.message);
    assert.equal(near('Patients received tisagenlecleucal.').length, 1);
    assert.deepEqual(near('Patients received tisagenlecleucal𝟎.'), []);
    assert.deepEqual(near('Patients received tisagenlecleucal_2.'), []);
  });
});
