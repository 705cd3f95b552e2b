import * as assert from 'node:assert/strict';
import { extractProse } from '../../server/src/text/extract';
import type { DocumentLanguage } from '../../server/src/text/prose';

/** The prose words of a document, in order, as masked text reads them. */
function words(source: string, language: DocumentLanguage): string {
  return extractProse(source, language).masked.split(/\s+/).filter(Boolean).join(' ');
}

describe('prose extraction', () => {
  it('keeps offsets: masked text has the source length and lines', () => {
    const source = '# Title\n\nSome *emphasis* and `code`.\n\n```js\nconst x = 1;\n```\n';
    const prose = extractProse(source, 'markdown');
    assert.equal(prose.masked.length, source.length);
    assert.equal(prose.masked.split('\n').length, source.split('\n').length);
    const at = source.indexOf('emphasis');
    assert.equal(prose.masked.slice(at, at + 8), 'emphasis');
  });

  const markdown: [string, string, string][] = [
    ['fenced code', 'Text.\n\n```\nKymriah in code\n```\n', 'Text.'],
    ['indented code', 'Text.\n\n    Kymriah in code\n', 'Text.'],
    ['inline code', 'Use `Kymriah` here.', 'Use here.'],
    ['front matter', '---\ntitle: Kymriah\n---\nBody text.', 'Body text.'],
    ['HTML comment', 'Before <!-- Kymriah --> after.', 'Before after.'],
    ['link URL but not link text', 'See [the label](https://example.org/kymriah "t") now.', 'See the label now.'],
    ['autolink', 'See <https://example.org/kymriah> now.', 'See now.'],
    ['image', 'An ![Kymriah logo](logo.png) image.', 'An image.'],
    ['emphasis markers', 'A **bold** and _it_ word.', 'A bold and it word.'],
    ['escapes keep the character', 'Price \\* 2.', 'Price * 2.'],
    ['blockquote and list markers', '> Quoted text.\n\n- item one\n- item two', 'Quoted text. item one item two'],
    ['table cells', '| a | b |\n|---|---|\n| CRS | ICANS |', 'a b CRS ICANS'],
  ];
  for (const [name, source, expected] of markdown) {
    it(`markdown: ${name}`, () => assert.equal(words(source, 'markdown'), expected));
  }

  it('markdown: block kinds for headings, list items, quotes and paragraphs', () => {
    const prose = extractProse('# Heading\n\nPara.\n\n- item\n\n> quote\n', 'markdown');
    assert.deepEqual(
      prose.blocks.map((b) => b.kind),
      ['heading', 'paragraph', 'list-item', 'quote'],
    );
  });

  it('markdown: a title line over lines opening with a bullet glyph leads a list of them', () => {
    const blocks = (source: string) => {
      const prose = extractProse(source, 'markdown');
      return prose.blocks.map((b) => `${b.kind}: ${source.slice(b.start, b.end)}`);
    };
    assert.deepEqual(blocks('Slide 3 - Background\n• 7 FDA-approved CAR-Ts\n• 4 of them use CD28\n'), [
      'paragraph: Slide 3 - Background',
      'list-item: 7 FDA-approved CAR-Ts',
      'list-item: 4 of them use CD28',
    ]);
    assert.deepEqual(blocks('• Target: CD19\n• Vector: lentiviral\n'), [
      'list-item: Target: CD19',
      'list-item: Vector: lentiviral',
    ]);
    // A checklist's boxes are its glyphs.
    assert.deepEqual(
      blocks('Discharge checklist\n[ ] Book a ride home\n[x] Stay nearby for 2 weeks\n☐ Call the team\n'),
      [
        'paragraph: Discharge checklist',
        'list-item: Book a ride home',
        'list-item: Stay nearby for 2 weeks',
        'list-item: Call the team',
      ],
    );
    // A sentence before the glyph lines, a second line without a glyph, or a title alone: prose.
    for (const source of [
      'Abecma is autologous.\n• It targets BCMA.\n',
      'Key facts\nAbecma\n• Targets BCMA\n',
      'Key facts\n',
    ])
      assert.deepEqual(blocks(source), [`paragraph: ${source.trimEnd()}`], source);
  });

  it('markdown: lines that name a value by a label are a list without markers, under an optional title', () => {
    const blocks = (source: string) =>
      extractProse(source, 'markdown').blocks.map((b) => `${b.kind}: ${source.slice(b.start, b.end)}`);
    assert.deepEqual(blocks('KEY DATES\nAug 2017 — Kymriah approved\nOct 2017 — Yescarta approved\n'), [
      'paragraph: KEY DATES',
      'list-item: Aug 2017 — Kymriah approved',
      'list-item: Oct 2017 — Yescarta approved',
    ]);
    assert.deepEqual(blocks('Kymriah → CD19\nGrade 1 = fever\nSponsor: Kite\n'), [
      'list-item: Kymriah → CD19',
      'list-item: Grade 1 = fever',
      'list-item: Sponsor: Kite',
    ]);
    // One line, wrapped prose (a line in lower case, a long line), a title alone or a sentence as the title: prose.
    for (const source of [
      'Sponsor: Kite\n',
      'Kymriah was approved in 2017 — the first —\nand Yescarta followed.\n',
      'Key facts\nKymriah was the first CAR-T approved by the FDA, in August 2017 — a Wednesday — after a 10–0 vote.\n',
      'Kymriah is a CAR-T.\nTarget: CD19\n',
    ])
      assert.deepEqual(blocks(source), [`paragraph: ${source.trimEnd()}`], source);
  });

  it('markdown: collects HTML comments for directives', () => {
    const prose = extractProse('<!-- therapy-lint-disable-next-line unsupported-claim -- why -->\nText.', 'markdown');
    assert.equal(prose.comments[0]?.text, 'therapy-lint-disable-next-line unsupported-claim -- why');
  });

  const latex: [string, string, string][] = [
    ['comments', 'Text % Kymriah comment\nmore.', 'Text more.'],
    ['inline and display math', 'Value $x^2$ and \\[ y \\] and $$z$$ end.', 'Value and and end.'],
    ['command names but not their text', '\\textbf{Bold words} here.', 'Bold words here.'],
    ['citation keys', 'As shown \\cite{kymriah2017} before.', 'As shown before.'],
    ['equation environments', 'A\n\\begin{equation}\nKymriah\n\\end{equation}\nB', 'A B'],
    ['escaped percent keeps the character (its backslash becomes a space)', '50\\% of patients.', '50 % of patients.'],
  ];
  for (const [name, source, expected] of latex) {
    it(`latex: ${name}`, () => assert.equal(words(source, 'latex'), expected));
  }

  it('latex: section titles are headings', () => {
    const prose = extractProse('\\section{CAR T in NETs}\nBody text here.\n', 'latex');
    assert.deepEqual(
      prose.blocks.map((b) => b.kind),
      ['heading', 'paragraph'],
    );
  });

  it('plain text: lines are blocks, short unpunctuated lines are headings', () => {
    const prose = extractProse('Current Approved Uses\nCAR T is approved for some blood cancers.\n', 'plaintext');
    assert.deepEqual(
      prose.blocks.map((b) => b.kind),
      ['heading', 'paragraph'],
    );
  });

  it('plain text: hard-wrapped lines continue a paragraph', () => {
    const prose = extractProse('CAR T cells are made from the\npatient own T cells.\n', 'plaintext');
    assert.equal(prose.blocks.length, 1);
  });
});
