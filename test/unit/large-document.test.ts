import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService } from '../../server/src/service/index';
import { builtInKnowledgeBase, service } from '../helpers/service';

// An open document above largeDocumentChars lets go of its citation model and selections once checked
// (AnalysisCache.settle): whatever asks for them next builds them again, with the same answers as a service that kept
// them. The threshold is lowered to 0 here so that a small document takes that path.
const PARAGRAPHS = [
  'Kymriah is approved for adults with relapsed or refractory follicular lymphoma [1].',
  'Abecma targets BCMA and is approved for multiple myeloma [2]. Carvykti targets CD19 [3].',
  'Yescarta was first approved by the FDA in 2017 [1, 3], and Breyanzi in 2021 [4].',
  'Tecartus is indicated for mantle cell lymphoma [2].',
];
const REFERENCES = [
  '## References',
  '1. Maude SL, et al. Tisagenlecleucel in children and young adults. N Engl J Med. 2018.',
  '2. Munshi NC, et al. Idecabtagene vicleucel in multiple myeloma. N Engl J Med. 2021.',
  '3. Neelapu SS, et al. Axicabtagene ciloleucel in large B-cell lymphoma. N Engl J Med. 2017.',
];
const TEXT = [
  '# Review',
  ...Array.from({ length: 12 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]!),
  ...REFERENCES,
].join('\n\n');

const never = { isCancellationRequested: false };

/** What the features answer at the first citation and at the first reference entry. */
function answers(s: LanguageService, document: TextDocument) {
  const text = document.getText();
  const citation = document.positionAt(text.indexOf('[1]') + 1);
  const entry = document.positionAt(text.indexOf('1. Maude') + 3);
  return {
    hover: [s.hover(document, citation), s.hover(document, entry)],
    definition: s.definition(document, citation),
    references: s.references(document, entry, true),
    highlights: s.documentHighlights(document, document.positionAt(text.indexOf('Abecma') + 1)),
  };
}

describe('a large open document keeps less between checks', () => {
  it('answers and diagnostics, on opening and after edits, are those of a service that keeps everything', async () => {
    const large = createLanguageService({ knowledgeBase: builtInKnowledgeBase(), largeDocumentChars: 0 });
    const full = service();
    const document = TextDocument.create('file:///test/large.md', 'markdown', 1, TEXT);
    const edits = [
      { text: 'Notably, ', at: TEXT.indexOf('Yescarta') },
      { text: ' Kymriah targets BCMA [2].', at: TEXT.indexOf('Tecartus') - 2 },
      { text: '', at: 0, delete: '# Review\n\n'.length },
    ];
    for (let version = 1; version <= edits.length + 1; version++) {
      const expected = await full.diagnosticsInSlices(document, { fixEdits: false, capped: true }, never);
      const found = await large.diagnosticsInSlices(document, { fixEdits: false, capped: true }, never);
      assert.ok(expected && expected.length > 0, 'the document has findings');
      assert.deepEqual(found, expected, `diagnostics of version ${version}`);
      const answered = answers(large, document);
      assert.ok(answered.hover[0] && answered.hover[1], 'hover on a citation and on its reference entry');
      assert.ok(answered.definition.length > 0 && answered.references.length > 0);
      assert.deepEqual(answered, answers(full, document), `answers of version ${version}`);
      const edit = edits[version - 1];
      if (!edit) break;
      const start = document.positionAt(edit.at);
      const end = document.positionAt(edit.at + (edit.delete ?? 0));
      TextDocument.update(document, [{ range: { start, end }, text: edit.text }], version + 1);
    }
  });
});
