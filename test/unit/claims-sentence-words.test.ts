import * as assert from 'node:assert/strict';
import { blockWordsOf, ownWordsOf } from '../../server/src/claims/sentence-words';
import { analyze } from '../../server/src/document/analysis';
import { maskedOf } from '../../server/src/text/prose';
import { wordsOf } from '../../server/src/text/words';
import { doc, service } from '../helpers/service';

const index = service().index;

// A paragraph wrapped over lines and holding a code span (its sentence text has its spaces normalised, so its offsets
// drift from the document's), then one written on one line, a list and a table.
const TEXT = [
  'Kymriah targets CD19 and is made from the patient’s own T cells,',
  '  which are   modified with a `lentiviral` vector. Abecma — unlike Breyanzi — targets BCMA.',
  '',
  'Yescarta (axicabtagene ciloleucel) was approved in 2017 for large B-cell lymphoma; it uses CD28.',
  '',
  '- Carvykti: approved in 2022, FDA-approved for myeloma after four prior lines.',
  '',
  '| Product | Target |',
  '|---|---|',
  '| Tecartus | CD19 |',
].join('\n');

describe('a sentence’s words, read once for its readers', () => {
  const document = analyze(doc(TEXT), index);
  const masked = maskedOf(document.prose);

  it('reads both kinds of sentence: written as is and with its spaces normalised', () => {
    const aligned = document.sentences.filter((s) => masked.slice(s.start, s.end) === s.text);
    assert.ok(aligned.length >= 4, `${aligned.length}`);
    assert.ok(aligned.length < document.sentences.length);
  });

  it('reads each sentence’s own words as wordsOf reads its text at its start, offsets included', () => {
    for (const sentence of document.sentences)
      assert.deepEqual(ownWordsOf(document, sentence), wordsOf(sentence.text, sentence.start), sentence.text);
  });

  it('reads a sentence’s block words at document offsets, as wordsOf reads its masked prose', () => {
    for (const sentence of document.sentences) {
      const words = blockWordsOf(document, sentence);
      assert.deepEqual(words, wordsOf(masked.slice(sentence.start, sentence.end), sentence.start), sentence.text);
      for (const word of words)
        assert.equal(document.text.slice(word.start, word.end).toLowerCase(), word.text.toLowerCase());
    }
  });

  it('reads as far as asked, and all of a sentence once asked for all after a shorter read', () => {
    const sentence = document.sentences.find((s) => s.text.startsWith('Yescarta'))!;
    const all = wordsOf(sentence.text, sentence.start);
    const first = blockWordsOf(document, sentence, 3);
    assert.deepEqual(first, all.slice(0, 3));
    assert.deepEqual(blockWordsOf(document, sentence), all);
    // Read in full, a shorter read gets the whole list: a caller asking for a limit only tests the length against it.
    assert.deepEqual(blockWordsOf(document, sentence, 3), all);
  });

  it('keeps the two sentences read last: a check reading the next sentence and then its own again reads each once', () => {
    const [first, second, third] = document.sentences;
    const own = blockWordsOf(document, first!);
    const next = blockWordsOf(document, second!);
    assert.equal(blockWordsOf(document, first!), own);
    assert.equal(blockWordsOf(document, second!), next);
    // A third sentence drops the one read least recently.
    blockWordsOf(document, third!);
    assert.equal(blockWordsOf(document, second!), next);
    assert.notEqual(blockWordsOf(document, first!), own);
    assert.deepEqual(blockWordsOf(document, first!), own);
  });
});
