import * as assert from 'node:assert/strict';
import { isTherapyHead, nounPhrasesOf } from '../../server/src/claims/phrases';
import { wordsOf } from '../../server/src/claims/words';

// The sentence layer's noun phrases (claims/phrases.ts): chunks and heads from data-driven word classes.

const chunks = (text: string) => {
  const words = wordsOf(text, 0);
  return nounPhrasesOf(words).phrases.map((p) =>
    words
      .slice(p.from, p.to)
      .map((w) => w.text)
      .join(' '),
  );
};

const headOf = (text: string, word: string) => {
  const words = wordsOf(text, 0);
  const phrase = nounPhrasesOf(words).at(words.findIndex((w) => w.lower === word));
  return phrase && words[phrase.to - 1]!.text;
};

describe('noun phrases (claims/phrases.ts)', () => {
  it('ends a phrase at a boundary word and starts one at a determiner', () => {
    assert.deepEqual(
      chunks('Yescarta uses a retroviral vector to insert a gene that encodes a receptor called a CAR.'),
      ['Yescarta', 'a retroviral vector', 'insert', 'a gene', 'encodes', 'a receptor called', 'a CAR'],
    );
  });

  it('ends a phrase at a frequent finite verb', () => {
    assert.deepEqual(chunks('This therapy requires HLA matching.'), ['This therapy', 'HLA matching']);
  });

  it('heads a premodified phrase by its last word, through a short parenthesis', () => {
    assert.equal(
      headOf('It was bridged to allogeneic hematopoietic cell transplantation.', 'allogeneic'),
      'transplantation',
    );
    assert.equal(
      headOf('The success of allogeneic (allo) stem cell transplantation (SCT) in AML.', 'allogeneic'),
      'transplantation',
    );
    assert.equal(headOf('Kymriah is an allogeneic CAR-T therapy.', 'allogeneic'), 'therapy');
    assert.equal(headOf('Kymriah is autologous.', 'autologous'), 'autologous');
  });

  it('leaves punctuation and boundary words outside every phrase', () => {
    const words = wordsOf('Kymriah, which targets CD19, is approved.', 0);
    const phrases = nounPhrasesOf(words);
    for (const word of ['which', ',', 'is', '.'])
      assert.equal(phrases.at(words.findIndex((w) => w.lower === word)), undefined, word);
  });

  it('is computed once per sentence', () => {
    const words = wordsOf('Abecma is an autologous product.', 0);
    assert.equal(nounPhrasesOf(words), nounPhrasesOf(words));
  });

  it('knows therapy heads from data', () => {
    const [therapy, transplant] = wordsOf('therapy transplant', 0);
    assert.equal(isTherapyHead(therapy), true);
    assert.equal(isTherapyHead(transplant), false);
  });
});
