import * as assert from 'node:assert/strict';
import { extractProse } from '../../server/src/text/extract';
import { splitSentences } from '../../server/src/text/sentences';

const split = (text: string) => splitSentences(extractProse(text, 'markdown')).map((s) => s.text);

describe('sentence splitting', () => {
  const cases: [string, string, string[]][] = [
    ['simple', 'One claim. Another claim.', ['One claim.', 'Another claim.']],
    [
      'a name ending in a capital is not an initial',
      'Talvey targets GPRC5D. Carvykti targets BCMA.',
      ['Talvey targets GPRC5D.', 'Carvykti targets BCMA.'],
    ],
    [
      'a hyphenated name ending in a capital is not an initial',
      'Tecelra is not a CAR-T. Amtagvi is approved for melanoma.',
      ['Tecelra is not a CAR-T.', 'Amtagvi is approved for melanoma.'],
    ],
    [
      'a narrative Pandoc citation starts a sentence',
      'It was approved in 2017 [@ons2017].\n@gazeau2023 described anakinra.',
      ['It was approved in 2017 [@ons2017].', '@gazeau2023 described anakinra.'],
    ],
    [
      'e.g. and i.e.',
      'Some drugs, e.g. tocilizumab, help. Others do not.',
      ['Some drugs, e.g. tocilizumab, help.', 'Others do not.'],
    ],
    [
      'vs.',
      'Axi-cel vs. tisa-cel was compared. Results differ.',
      ['Axi-cel vs. tisa-cel was compared.', 'Results differ.'],
    ],
    ['Dr.', 'Dr. Brudno said so. It is true.', ['Dr. Brudno said so.', 'It is true.']],
    ['No. before a number', 'See No. 5 in the list. It is short.', ['See No. 5 in the list.', 'It is short.']],
    [
      'No. before a word is an answer',
      'Is it approved for NETs? No. No CAR-T is approved for NETs.',
      ['Is it approved for NETs?', 'No.', 'No CAR-T is approved for NETs.'],
    ],
    ['et al.', 'Lee et al. proposed ICANS. It replaced CRES.', ['Lee et al. proposed ICANS.', 'It replaced CRES.']],
    ['decimals', 'Median PFS was 22.7 months. HR 0.58.', ['Median PFS was 22.7 months.', 'HR 0.58.']],
    [
      'citation markers after the stop',
      'Kymriah was first [1]. Yescarta followed [2,3].',
      ['Kymriah was first [1].', 'Yescarta followed [2,3].'],
    ],
    [
      'citation markers before the stop',
      'Kymriah was first [1]. Yescarta followed.',
      ['Kymriah was first [1].', 'Yescarta followed.'],
    ],
    ['questions and exclamations', 'Could it work? Yes! It did.', ['Could it work?', 'Yes!', 'It did.']],
    ['initials', 'J. Smith wrote it. Then more.', ['J. Smith wrote it.', 'Then more.']],
    [
      'lower-case continuation is not a boundary',
      'Approved in the U.S. for adults. Next.',
      ['Approved in the U.S. for adults.', 'Next.'],
    ],
    [
      'a line opening with a handle and a colon starts a turn',
      'u/mm_dad: who makes it?\nmcl_warrior: Kite.\nu/mm_dad: thanks.',
      ['u/mm_dad: who makes it?', 'mcl_warrior: Kite.', 'u/mm_dad: thanks.'],
    ],
    [
      'lower-case continuation on a new line without a label is not a boundary',
      'It was approved in the U.S.\nin 2017. Next.',
      ['It was approved in the U.S. in 2017.', 'Next.'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(split(text), expected));

  it('never crosses blocks', () => {
    assert.deepEqual(split('# Heading without stop\n\nBody sentence.'), ['Heading without stop', 'Body sentence.']);
  });

  it('keeps offsets into the source', () => {
    const text = 'First one. Second one.';
    const [, second] = splitSentences(extractProse(text, 'markdown'));
    assert.equal(text.slice(second!.start, second!.end), 'Second one.');
  });
});

describe('sentence splitting in plain text', () => {
  it('a superscript after the stop ends the sentence, and does not make a line a title', () => {
    const prose = extractProse(
      'Kymriah is approved for LBCL.<sup>1</sup> Abecma targets BCMA.<sup>2</sup>\n',
      'plaintext',
    );
    assert.deepEqual(
      splitSentences(prose).map((s) => s.text),
      ['Kymriah is approved for LBCL.<sup>1</sup>', 'Abecma targets BCMA.<sup>2</sup>'],
    );
    assert.deepEqual(
      prose.blocks.map((b) => b.kind),
      ['paragraph'],
    );
  });
});
