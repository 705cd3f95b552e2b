import * as assert from 'node:assert/strict';
import { extractProse } from '../../server/src/text/extract';
import { at, blocks } from '../helpers/prose-blocks';

// An HTML block's prose: tags and character references blanked.
describe('markdown: HTML blocks read as prose', () => {
  // [name, source, expected blocks as [kind, source text, masked text (when it differs)]]
  const read: [string, string, [string, string, string?][]][] = [
    ['a paragraph element', '<p>Abecma targets BCMA.</p>\n', [['paragraph', 'Abecma targets BCMA.']]],
    [
      'nested elements and attributes',
      '<div class="card">\n<p id="x">Kymriah was approved in 2017.</p>\n</div>\n',
      [['paragraph', 'Kymriah was approved in 2017.']],
    ],
    [
      'list items, each its own item',
      '<ul>\n<li>Kymriah: CD19</li>\n<li>Abecma: BCMA</li>\n</ul>\n',
      [
        ['list-item', 'Kymriah: CD19'],
        ['list-item', 'Abecma: BCMA'],
      ],
    ],
    [
      'list items on one line, a paragraph inside one',
      '<ol><li><p>One CAR-T.</p></li><li>Two</li></ol>\n',
      [
        ['list-item', 'One CAR-T.'],
        ['list-item', 'Two'],
      ],
    ],
    [
      'table cells, each its own cell (a line break inside a cell does not end it)',
      '<table>\n<tr><th>Product</th><td>Kymriah<br>Novartis</td></tr>\n</table>\n',
      [
        ['table-cell', 'Product'],
        ['table-cell', 'Kymriah<br>Novartis', 'Kymriah    Novartis'],
      ],
    ],
    [
      'a heading, a summary and its text',
      '<details>\n<h3>Q</h3><summary>Is it approved?</summary>\nIt is not.\n</details>\n',
      [
        ['heading', 'Q'],
        ['paragraph', 'Is it approved?'],
        ['paragraph', 'It is not.'],
      ],
    ],
    [
      'a line break ends a unit',
      '<p>Kymriah targets CD19<br>Abecma targets BCMA</p>\n',
      [
        ['paragraph', 'Kymriah targets CD19'],
        ['paragraph', 'Abecma targets BCMA'],
      ],
    ],
    [
      'inline tags and a link stay inside the sentence, masked',
      '<p>Abecma <strong>targets</strong> <a href="https://x.org/?a>b">BCMA</a>.</p>\n',
      [
        [
          'paragraph',
          'Abecma <strong>targets</strong> <a href="https://x.org/?a>b">BCMA</a>.',
          `Abecma ${' '.repeat('<strong>'.length)}targets${' '.repeat('</strong> '.length)}${' '.repeat('<a href="https://x.org/?a>b">'.length)}BCMA${' '.repeat('</a>'.length)}.`,
        ],
      ],
    ],
    [
      'a no-break space reference reads as a space',
      '<p>Abecma&nbsp;targets BCMA.</p>\n',
      [['paragraph', 'Abecma&nbsp;targets BCMA.', 'Abecma      targets BCMA.']],
    ],
    [
      'a sentence with another character reference is not read; the next one is',
      '<p>Kymriah isn&rsquo;t approved for myeloma. Abecma targets BCMA.</p>\n',
      [['paragraph', 'Abecma targets BCMA.']],
    ],
    [
      'sentences with references (two in one, one at the end) are not read; one between them is',
      '<p>Kymriah &amp; Abecma &lt; 2. Abecma targets BCMA. It &gt; 1.</p>\n',
      [['paragraph', 'Abecma targets BCMA.']],
    ],
    [
      'inline code and struck text are not prose; the sentence around them is',
      '<p>Reads <code>Abecma targets CD19</code> and <del>old</del> now.</p>\n',
      [
        [
          'paragraph',
          'Reads <code>Abecma targets CD19</code> and <del>old</del> now.',
          'Reads ' + ' '.repeat('<code>Abecma targets CD19</code>'.length) + ' and ' + ' '.repeat(14) + ' now.',
        ],
      ],
    ],
    ['a "<" that opens no tag is text', '<p>Ki-67 <3% is grade 1.</p>\n', [['paragraph', 'Ki-67 <3% is grade 1.']]],
  ];
  for (const [name, source, expected] of read)
    it(`reads ${name}`, () =>
      assert.deepEqual(
        blocks(source),
        expected.map(([kind, text, masked]) => at(source, kind, text, masked)),
      ));

  // Nothing of these is prose.
  const unread: [string, string][] = [
    ['a comment', '<!-- Abecma targets CD19. -->\n'],
    ['a comment over lines', '<!--\nAbecma targets CD19.\n-->\n'],
    ['pre', '<pre>\nAbecma targets CD19.\n</pre>\n'],
    ['script', '<script>\nconst s = "Abecma targets CD19.";\n</script>\n'],
    ['style', '<style>\n/* Abecma targets CD19. */\n</style>\n'],
    ['textarea', '<textarea>Abecma targets CD19.</textarea>\n'],
    ['code inside a div', '<div><code>Abecma targets CD19.</code></div>\n'],
    ['an unclosed pre inside a div', '<div><pre>Abecma targets CD19.\n'],
    ['tags alone', '<div>\n<hr/>\n</div>\n'],
  ];
  for (const [name, source] of unread) it(`does not read ${name}`, () => assert.deepEqual(blocks(source), []));

  it('keeps a comment for directives, and reads the element after it on its line', () => {
    const source = '<!-- therapy-lint-disable-next-line -->\n<p>Text.</p>\n';
    const prose = extractProse(source, 'markdown');
    assert.equal(prose.comments[0]?.text, 'therapy-lint-disable-next-line');
    assert.deepEqual(blocks(source), [at(source, 'paragraph', 'Text.')]);
    const same = '<!-- note --><p>Lete-cel is a TCR-T.</p>\n';
    assert.deepEqual(blocks(same), [at(same, 'paragraph', 'Lete-cel is a TCR-T.')]);
  });

  it('does not read inline code written as HTML inside a Markdown paragraph', () => {
    const source = 'The tooltip reads <code>Abecma targets CD19</code> today.\n';
    const masked = `The tooltip reads ${' '.repeat('<code>Abecma targets CD19</code>'.length)} today.`;
    assert.deepEqual(blocks(source), [at(source, 'paragraph', source.trimEnd(), masked)]);
  });

  it('reads Markdown around an HTML block as before', () => {
    const source = 'Intro line.\n\n<div>\n<p>Inside.</p>\n</div>\n\n- item\n';
    assert.deepEqual(blocks(source), [
      at(source, 'paragraph', 'Intro line.'),
      at(source, 'paragraph', 'Inside.'),
      at(source, 'list-item', 'item'),
    ]);
  });
});
