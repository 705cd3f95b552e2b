import * as assert from 'node:assert/strict';
import { extractProse } from '../../server/src/text/extract';
import { at, blocks } from '../helpers/prose-blocks';

// Records written in a data or markup syntax (JSON, a wiki infobox, a reStructuredText field list) are read field by
// field: the syntax around each field blanked.
describe('markdown: data records read as fields', () => {
  // [name, source, expected blocks as [kind, source text, masked text (when it differs)]]
  const read: [string, string, [string, string, string?][]][] = [
    [
      'a JSON fragment: a value that is a sentence, alone',
      '"description": "Abecma targets BCMA."\n',
      [['list-item', 'Abecma targets BCMA.']],
    ],
    [
      'a JSON object on one line, without its keywords and identifiers',
      '{"@type": "Drug", "name": "Carvykti", "url": "https://example.org/x", "description": "A BCMA CAR-T."}\n',
      [
        ['list-item', 'name": "Carvykti', 'name :  Carvykti'],
        ['list-item', 'A BCMA CAR-T.'],
      ],
    ],
    [
      'a JSON object over lines, a nested object and a number',
      '{\n  "name": "Abecma",\n  "offers": {"price": 419500},\n  "about": {"name": "Multiple myeloma"}\n}\n',
      [
        ['list-item', 'name": "Abecma', 'name :  Abecma'],
        ['list-item', 'name": "Multiple myeloma', 'name :  Multiple myeloma'],
      ],
    ],
    [
      'a value longer than a field value, alone',
      '{"headline": "FDA approves Aucatzyl for adults with ALL"}\n',
      [['list-item', 'FDA approves Aucatzyl for adults with ALL']],
    ],
    [
      'a key with underscores, read as words',
      '{"brand_name": "Tecartus"}\n',
      [['list-item', 'brand_name": "Tecartus', 'brand name :  Tecartus']],
    ],
    [
      'a JSON-LD fenced block (published metadata)',
      '```json\n{"@context": "https://schema.org", "headline": "FDA approves Aucatzyl"}\n```\n',
      [['list-item', 'headline": "FDA approves Aucatzyl', 'headline :  FDA approves Aucatzyl']],
    ],
    [
      'a wiki infobox: each field, its bars and braces blanked',
      '{{Infobox drug\n| tradename = Breyanzi\n| target = CD19\n| image = Breyanzi.png\n}}\n',
      [
        ['list-item', 'tradename = Breyanzi'],
        ['list-item', 'target = CD19'],
      ],
    ],
    [
      'a wiki link in a field, read as its text',
      '{{Infobox drug\n| tradename = Abecma\n| manufacturer = [[Bristol Myers Squibb|BMS]]}}\n',
      [
        ['list-item', 'tradename = Abecma'],
        [
          'list-item',
          'manufacturer = [[Bristol Myers Squibb|BMS]]',
          `manufacturer = ${' '.repeat('[[Bristol Myers Squibb|'.length)}BMS  `,
        ],
      ],
    ],
    [
      'a reStructuredText field list',
      ':Product: Aucatzyl\n:Target: CD19\n',
      [
        ['list-item', 'Product: Aucatzyl'],
        ['list-item', 'Target: CD19'],
      ],
    ],
  ];
  for (const [name, source, expected] of read)
    it(`reads ${name}`, () =>
      assert.deepEqual(
        blocks(source),
        expected.map(([kind, text, masked]) => at(source, kind, text, masked)),
      ));

  // Nothing of these is read as a record's field.
  const unread: [string, string][] = [
    ['a JSON value holding an escape', '{"description": "Abecma \\"targets\\" BCMA."}\n'],
    ['a JSON value holding a line-break escape', '{"description": "Abecma targets BCMA.\\nIt is a CAR-T."}\n'],
    [
      'JSON-LD keywords, URLs, dates and file names',
      '{"@id": "https://x.org/a b", "date": "2024-05-01", "image": "abecma.png"}\n',
    ],
    ['strings in an array', '{"keywords": ["Abecma targets CD19", "CAR-T"]}\n'],
    ['a fenced JSON code sample', '```json\n{"prompt": "Is Kymriah approved for myeloma?"}\n```\n'],
    ['a wiki template value holding a reference', '{{Infobox drug\n| target = CD19<ref>label</ref>\n}}\n'],
  ];
  for (const [name, source] of unread)
    it(`does not read ${name}`, () =>
      assert.ok(
        extractProse(source, 'markdown').blocks.every((b) => b.kind !== 'list-item'),
        JSON.stringify(blocks(source)),
      ));

  // Prose that opens as a record does: read as before, one paragraph.
  const prose: [string, string][] = [
    ['a quotation and its speaker', '"Abecma targets BCMA," she said.\n'],
    ['a bracketed citation', '[1] Abecma targets BCMA: a review.\n'],
    ['a braced aside', '{Draft} Abecma targets BCMA.\n'],
    ['a field list line with prose after it', ':Target: CD19\nAbecma is a CAR-T.\n'],
    ['a wiki template with a line of prose', '{{Infobox drug\nAbecma targets BCMA.\n}}\n'],
  ];
  for (const [name, source] of prose)
    it(`reads ${name} as a paragraph`, () =>
      assert.deepEqual(
        extractProse(source, 'markdown').blocks.map((b) => b.kind),
        ['paragraph'],
      ));
});
