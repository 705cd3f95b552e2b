import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCitationModel } from '../../server/src/document/citations/model';
import { sourceMatcher } from '../../server/src/document/citations/sources';
import { KnowledgeIndex } from '../../server/src/kb/index';
import MarkdownIt from 'markdown-it';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chunkStarts,
  extractMarkdown,
  letGoOfMasked,
  MarkdownChunks,
  plainBracket,
} from '../../server/src/text/markdown';
import { maskedOf } from '../../server/src/text/prose';
import { builtInKnowledgeBase } from '../helpers/service';

// Markdown is parsed in chunks (an edit re-parses one): the result must equal one parse of the whole text.
const whole = (text: string) => extractMarkdown(text, new MarkdownChunks(), () => [0]);

const LINES = [
  'Kymriah is approved for r/r B-cell ALL [1].',
  'A second line of the same paragraph with *emphasis* and `code`.',
  '',
  '',
  '# Heading',
  'Setext heading',
  '===',
  '- a list item with [a link][ref]',
  '  continued inside the item',
  '1. an ordered item',
  '2. another',
  '> a quote',
  '>',
  '> more quote',
  '```',
  '~~~',
  '````',
  'code-looking line after a fence',
  '<!-- a comment',
  'that spans -->',
  '<!-- one-line comment -->',
  '<pre>',
  '</pre>',
  '<div>',
  '    indented code',
  '| a | b |',
  '|---|---|',
  '| CRS | ICANS |',
  '[ref]: https://example.org "Title"',
  '[ref]: https://other.example.org',
  'See [ref] and [ref][] and [text][ref].',
  '[^1]: a footnote-looking definition',
  'Text with a footnote [^1].',
  '---',
  '\tTabbed line',
  '\u00a0',
  '\u00a0No-break space first',
  ' \u2003 ',
  '\r',
  '   ```',
  '    ```',
  '- ```',
  '1.  ~~~',
  '> ```',
  '  ~~~',
  '<!-- open',
  '-->',
  'Approved in 2017.<sup>1</sup> Cited twice [2, 3] and [4–6].',
  'As shown^7 and in m^2 and by @smith2020 and [@doe2021; @roe2019, p. 4].',
  '[7] showed that CAR T works [8].',
  '## References',
  '1. FDA. Approval of Kymriah. 2017.',
  '2. Smith J. A trial. 2020. https://doi.org/10.1000/x',
  '<sup>8</sup>Lu is an isotope; e-mail a@b.org.',
  '<script>',
  'x = 1 // [ref]',
  '</script>',
  'brand,inn,sponsor',
  'Kymriah,tisagenlecleucel,Novartis',
];

describe('markdown chunks', () => {
  it('a chunked parse equals one parse of the whole document (generated documents)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), fc.boolean(), (lines, frontMatter) => {
        const text = (frontMatter ? '---\ntitle: x\n---\n' : '') + lines.join('\n');
        const chunked = extractMarkdown(text);
        const reference = whole(text);
        assert.equal(chunked.masked, reference.masked);
        assert.deepEqual(chunked.blocks, reference.blocks);
        assert.deepEqual(chunked.comments, reference.comments);
      }),
      { numRuns: 2000 },
    );
  });

  it("a document's next version, re-read around its edit, equals a parse of its text afresh", () => {
    // The chunks before an edit keep their objects and those after it are moved: every version must read as one
    // parsed from nothing. Edits are spliced lines and characters (blank lines, fences, comments open and close).
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      removed: fc.nat(30),
      inserted: fc.oneof(
        fc.constantFrom('x', ' ', '\n', '\n\n', '`', '<', '-', '['),
        fc.constantFrom(...LINES).map((line) => `${line}\n`),
      ),
    });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { maxLength: 40 }),
        fc.boolean(),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (lines, frontMatter, edits) => {
          let text = (frontMatter ? '---\ntitle: x\n---\n' : '') + lines.join('\n');
          const chunks = new MarkdownChunks();
          const owner = {};
          extractMarkdown(text, chunks, undefined, owner);
          for (const { at, removed, inserted } of edits) {
            const start = Math.floor(at * text.length);
            text = text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + removed));
            const next = extractMarkdown(text, chunks, undefined, owner);
            const fresh = extractMarkdown(text);
            assert.equal(next.masked, fresh.masked);
            assert.deepEqual(next.blocks, fresh.blocks);
            assert.deepEqual(next.comments, fresh.comments);
            assert.deepEqual(
              next.chunks!.map((c) => [c.start, c.end]),
              fresh.chunks!.map((c) => [c.start, c.end]),
            );
            assert.deepEqual(next.frontMatter, fresh.frontMatter);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("a record's cells and its header's move with its block when an edit before it moves its chunk", () => {
    const records = 'brand,inn,sponsor\nKymriah,tisagenlecleucel,Novartis\n';
    const cellTexts = (text: string, blocks: ReturnType<typeof extractMarkdown>['blocks']) =>
      blocks.map((block) => {
        const texts = (spans?: readonly { start: number; end: number }[]) =>
          spans?.map((c) => text.slice(block.start + c.start, block.start + c.end)).join('|');
        return [text.slice(block.start, block.end), texts(block.record?.cells), texts(block.record?.header)];
      });
    const expected = [
      ['brand', 'brand|inn|sponsor', undefined],
      ['inn', 'brand|inn|sponsor', undefined],
      ['sponsor', 'brand|inn|sponsor', undefined],
      ['Kymriah', 'Kymriah|tisagenlecleucel|Novartis', 'brand|inn|sponsor'],
      ['tisagenlecleucel', 'Kymriah|tisagenlecleucel|Novartis', 'brand|inn|sponsor'],
      ['Novartis', 'Kymriah|tisagenlecleucel|Novartis', 'brand|inn|sponsor'],
    ];
    const chunks = new MarkdownChunks();
    const owner = {};
    const before = 'Para one.\n\n';
    const first = extractMarkdown(before + records, chunks, undefined, owner);
    assert.deepEqual(cellTexts(before + records, first.blocks).slice(1), expected);
    const after = `Para one, longer now.\n\n${records}`;
    const next = extractMarkdown(after, chunks, undefined, owner);
    assert.deepEqual(cellTexts(after, next.blocks).slice(1), expected);
    assert.deepEqual(next.blocks, extractMarkdown(after).blocks);
  });

  it("a masked copy let go of reads again as the same, and the next version's is made without it", () => {
    // A large open document lets go of its masked copy once checked (AnalysisCache.settle): read again it is joined from
    // the chunks, and the next version's is joined from them without reading it.
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { maxLength: 40 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...LINES)), { maxLength: 4 }),
        (lines, frontMatter, edits) => {
          let text = (frontMatter ? '---\ntitle: x\n---\n' : '') + lines.join('\n');
          const chunks = new MarkdownChunks();
          const owner = {};
          let reads = 0;
          for (const [at, inserted] of [[0, ''] as const, ...edits]) {
            const start = Math.floor(at * text.length);
            text = text.slice(0, start) + inserted + text.slice(start);
            const prose = extractMarkdown(text, chunks, undefined, owner);
            assert.equal(reads, 0, "the last version's masked copy was read");
            const expected = extractMarkdown(text).masked;
            assert.equal(prose.masked, expected);
            letGoOfMasked(prose);
            assert.equal(prose.masked, expected);
            assert.equal(prose.masked, expected);
            letGoOfMasked(prose);
            const joined = Object.getOwnPropertyDescriptor(prose, 'masked')!.get!;
            const counted = () => {
              reads++;
              return joined();
            };
            Object.defineProperty(prose, 'masked', { get: counted, configurable: true });
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the masked prose read from the chunks in place reads as the joined copy', () => {
    // Checks read a chunked document's masked prose through maskedOf, which slices the chunks' own copies: every range
    // (across chunks, from the end, out of bounds) and every offset must read as the copy joined from them.
    const offset = fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom(Number.NaN, 0.5, -0.5));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { maxLength: 40 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.option(offset), fc.option(offset)), { minLength: 1, maxLength: 20 }),
        (lines, frontMatter, ranges) => {
          const text = (frontMatter ? '---\ntitle: x\n---\n' : '') + lines.join('\n');
          const prose = extractMarkdown(text);
          const inPlace = maskedOf(prose);
          const joined = whole(text).masked;
          assert.equal(inPlace.length, joined.length);
          for (const [start, end] of ranges) {
            const from = start ?? undefined;
            const to = end ?? undefined;
            assert.equal(inPlace.slice(from, to), joined.slice(from, to), `slice(${from}, ${to})`);
            if (from !== undefined)
              assert.ok(Object.is(inPlace.charCodeAt(from), joined.charCodeAt(from)), `at ${from}`);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('citations found chunk by chunk equal those of one scan of the whole text', () => {
    const matcher = sourceMatcher(new KnowledgeIndex(builtInKnowledgeBase()));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), (lines) => {
        const prose = extractMarkdown(lines.join('\n'));
        const chunked = buildCitationModel(prose, 'file:///c.md', matcher);
        const whole = buildCitationModel({ ...prose, chunks: undefined }, 'file:///c.md', matcher);
        assert.deepEqual(chunked.citations, whole.citations);
        assert.deepEqual(
          chunked.entries.map((e) => e.key),
          whole.entries.map((e) => e.key),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('splits at a non-indented line after a blank line, never inside fences or multi-line HTML blocks', () => {
    const text = [
      'Para one.',
      '',
      'Para two.',
      '',
      '```',
      'code',
      '',
      'still code',
      '```',
      '',
      '<!--',
      '',
      'comment',
      '-->',
      '',
      '- item',
      '',
      '  continued',
      'Last.',
    ].join('\n');
    const starts = chunkStarts(text).map((at) => text.slice(at, text.indexOf('\n', at)));
    assert.deepEqual(starts, ['Para one.', 'Para two.', '```', '<!--', '- item']);
  });

  it('a fence a list item closed, then a fence line the scan took for its end: the rest is code, as in one parse', () => {
    const text = ['- a list item', '   ```', '````', '', 'Kymriah is approved for r/r B-cell ALL [1].'].join('\n');
    assert.equal(extractMarkdown(text).masked, whole(text).masked);
    assert.ok(!extractMarkdown(text).masked.includes('Kymriah'), 'the last line is inside an open fence');
  });

  it('a link reference defined in a later chunk applies to an earlier one', () => {
    const text = 'See [the label][ref] here.\n\nMore.\n\n[ref]: https://example.org\n';
    assert.ok(chunkStarts(text).length > 1);
    assert.equal(extractMarkdown(text).masked, whole(text).masked);
    assert.ok(!extractMarkdown(text).masked.includes('[ref]'), 'the reference is link markup, not prose');
  });
});

// The plain-bracket rule takes a numeric citation's "[" as text before markdown-it's link rule parses its label: it must
// change no token, whether the brackets are a citation, a link, a reference's label or a reference definition.
describe('plain brackets', () => {
  const markdownIt = (plain: boolean) => {
    const md = new MarkdownIt({ html: true, linkify: false }).disable('text_join');
    if (plain) md.inline.ruler.before('link', 'plain_bracket', plainBracket);
    return md;
  };
  const [withRule, without] = [markdownIt(true), markdownIt(false)];
  const tokens = (md: InstanceType<typeof MarkdownIt>, text: string) => JSON.stringify(md.parse(text, {}));
  const CASES = [
    'Cited [1], [2, 3], [4-6], [7–9] and [ 10 ].',
    '[12](https://example.org) and [12][ref] and [12] [ref]\n\n[ref]: https://example.org',
    '[3] is defined below.\n\n[3]: https://example.org "Title"',
    'Nested [[4]] and [5]] and [6 and [] and [ ] and [7',
    '**[8]** _[9]_ `[10]` ![11] \\[12] <a>[13]</a>',
    '[14]\n(not a destination) and [15](\n) and [16]\n[17]',
    '| a [1] | [2](x) |\n|---|---|\n| [3] | [4] |',
  ];
  it('gives the same tokens as markdown-it alone on citations, links and references', () => {
    for (const text of CASES) assert.equal(tokens(withRule, text), tokens(without, text), text);
  });
  it('gives the same tokens as markdown-it alone on the examples and the Markdown fixtures', () => {
    const files = ['examples', 'test/fixtures/real-corpus', 'test/fixtures/citations'].flatMap((dir) =>
      readdirSync(join(process.cwd(), dir), { recursive: true })
        .map(String)
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(process.cwd(), dir, name)),
    );
    assert.ok(files.length > 5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.equal(tokens(withRule, text), tokens(without, text), file);
    }
  });
  it('gives the same tokens as markdown-it alone on generated bracket soup', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      '1',
      '2',
      ',',
      ' ',
      '-',
      '–',
      '\n',
      'a',
      '*',
      ':',
      '`',
      '!',
      '\\',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.equal(tokens(withRule, text), tokens(without, text));
      }),
      { numRuns: 3000 },
    );
  });
});
