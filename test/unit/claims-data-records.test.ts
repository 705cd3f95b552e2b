import { contradictionTable, service } from '../helpers/service';

// A record written in a data or markup syntax is the writer's own text: a JSON string value in a page's metadata (not
// a quotation), a wiki infobox's "| key = value" line, a reStructuredText ":Key: value" field. Each field is read as a
// "key: value" line (a value that is a sentence of its own, alone), the first naming the record's therapy.

const table = contradictionTable(service(), 'data-records');

describe('data records: JSON string values are the writer’s', () => {
  table(
    [
      [
        '"description": "Kymriah targets BCMA in adults with lymphoma."',
        'Kymriah targets BCMA in adults with lymphoma.',
      ],
      [
        '{"@type": "Drug", "name": "Tecartus", "description": "Tecartus was approved for children with mantle cell lymphoma."}',
        'Tecartus was approved for children with mantle cell lymphoma.',
      ],
      ['{\n  "name": "Carvykti",\n  "target": "CD19"\n}', 'target": "CD19'],
      [
        '```json\n{"@context": "https://schema.org", "abstract": "Breyanzi is approved for adults with multiple myeloma."}\n```',
        'Breyanzi is approved for adults with multiple myeloma.',
      ],
    ],
    [
      '"description": "Kymriah targets CD19 in adults with lymphoma."',
      '{\n  "name": "Carvykti",\n  "target": "BCMA"\n}',
      '"description": "Tecartus is not approved for children."',
      // Identifiers, URLs, JSON-LD keywords and file names are not prose.
      '{"@id": "https://example.org/kymriah-bcma", "name": "Kymriah", "image": "kymriah_bcma.png"}',
      // A value holding an escape is left unread: its text is not the source's.
      '{"description": "Kymriah \\"targets\\" BCMA."}',
      // A fenced JSON code sample (no JSON-LD context) is not the writer's statement.
      '```json\n{"expected": "Kymriah targets BCMA in adults with lymphoma."}\n```',
      // A quotation in prose stays a quotation.
      '"Kymriah targets BCMA in adults with lymphoma."',
    ],
  );
});

describe('data records: wiki infobox fields and reStructuredText field lists', () => {
  table(
    [
      ['{{Infobox drug\n| tradename = Abecma\n| target = CD19\n}}', 'target = CD19'],
      ['{{Drugbox\n| Drug_name = Yescarta\n| manufacturer = [[Novartis]]\n}}', 'manufacturer = [[Novartis'],
      [':Product: Breyanzi\n:Target: BCMA', 'Target: BCMA'],
    ],
    [
      '{{Infobox drug\n| tradename = Abecma\n| target = BCMA\n}}',
      '{{Drugbox\n| Drug_name = Yescarta\n| manufacturer = [[Kite Pharma|Kite]]\n}}',
      ':Product: Breyanzi\n:Target: CD19',
      // A file name and a reference are not read.
      '{{Infobox drug\n| tradename = Abecma\n| image = Abecma_CD19.svg\n}}',
    ],
  );
});
