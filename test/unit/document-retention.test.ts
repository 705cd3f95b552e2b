import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from '../../server/src/document/analysis';
import { KnowledgeIndex } from '../../server/src/kb/index';
import { spellOutAbbreviations } from '../../server/src/rules/unsupported-claim/abbreviations';
import { createLanguageService } from '../../server/src/service/index';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateClaimDense } from '../../bench/generate';
import { RULES } from '../../server/src/rules/all.generated';
import { checkInSlices, computeDiagnostics } from '../../server/src/service/languageFeatures/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { REPO_ROOT } from '../helpers/repo';
import { builtInKnowledgeBase } from '../helpers/service';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Live heap after full collections. */
function liveHeap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** About `chars` of prose naming products, with long words of its own (no other document has them). */
function documentText(n: number, chars: number): string {
  const word = (i: number) =>
    `${String.fromCharCode(97 + n)}${'abcdefghij'[i % 10]}${i.toString(26).replace(/\d/g, 'q')}vostrumelaxine`;
  const lines: string[] = ['# Review – CAR T-cell therapy', ''];
  for (let i = 0, size = 0; size < chars; i++) {
    const line = `Kymriah and ${word(i)} were compared with CAR T-cell therapy in patients (“${word(i + 1)}”).`;
    lines.push(line, '');
    size += line.length + 2;
  }
  return lines.join('\n');
}

// A memo that outlives a document (one per knowledge base or module) must keep copies of what it takes from it: a
// slice of a document keeps the whole text alive, and the CLI checks thousands of files with one service.
describe('checked documents are not kept alive by memos', function () {
  this.timeout(300_000);

  it('checking more documents with one service does not keep their texts', () => {
    const service = createLanguageService({ knowledgeBase: builtInKnowledgeBase(), oneShot: true });
    const check = (n: number) =>
      service.diagnostics(TextDocument.create(`file:///doc${n}.md`, 'markdown', 1, documentText(n, 400_000)), {
        fixEdits: false,
        fixTitles: false,
      }).length;
    // Warm-up: the knowledge base's lazy indexes and the bounded memos' first generations.
    for (let n = 0; n < 3; n++) assert.ok(check(n) >= 0);
    const before = liveHeap();
    const more = 6;
    for (let n = 3; n < 3 + more; n++) check(n);
    const grown = liveHeap() - before;
    // Each text is about 0.8 MB in memory (two bytes a character: it has a curly quote). Kept alive by a memo's key,
    // six documents left 5.9 MB; now 1.3 MB (bounded memos filling).
    const oneText = 2 * documentText(3, 400_000).length;
    assert.ok(
      grown < 3 * oneText,
      `${more} more documents left ${(grown / 1e6).toFixed(1)} MB (one text is ${(oneText / 1e6).toFixed(1)} MB)`,
    );
  });
});

// A long document's analysis holds a list per citation, sentence, mention and block for as long as it is checked.
describe("a document's analysis keeps its lists without spare room", function () {
  this.timeout(300_000);

  it('its citation model costs under 300 bytes per one-key citation', () => {
    const index = new KnowledgeIndex(builtInKnowledgeBase());
    const count = 20_000;
    const lines = ['# Review', ''];
    for (let i = 0; i < count; i++) lines.push(`Kymriah was studied in trial number ${i} [${(i % 50) + 1}].`, '');
    lines.push('## References', '');
    for (let n = 1; n <= 50; n++) lines.push(`${n}. Author ${n}. A study of CAR T cells. J Trials. 2020.`);
    // As the CLI analyzes a document (once, nothing kept for a next version).
    const cache = new AnalysisCache(index, undefined, undefined, true);
    const analysis = cache.get(TextDocument.create('file:///cited.md', 'markdown', 1, lines.join('\n')));
    const before = liveHeap();
    const model = analysis.citations;
    const perCitation = (liveHeap() - before) / count;
    assert.equal(model.citations.length, count);
    console.log(`      ${perCitation.toFixed(0)} bytes per citation`);
    // A one-key list built by push keeps 17 slots: 128 bytes more per citation.
    assert.ok(perCitation < 300, `${perCitation.toFixed(0)} bytes per citation`);
  });
});

// Fixes write out abbreviations a document has not used before them (spellOutAbbreviations): where each term is
// first used is worked out per block. A one-shot check keeps no block for a next version, so nothing per block.
describe('first uses of terms in a one-shot analysis', function () {
  this.timeout(300_000);

  it('are kept for the document, not per block', () => {
    const index = new KnowledgeIndex(builtInKnowledgeBase());
    const count = 5_000;
    const lines = ['# Review', ''];
    for (let i = 0; i < count; i++)
      lines.push(`Kymriah (tisagenlecleucel) and Abecma were compared with CAR T-cell therapy in DLBCL ${i}.`, '');
    const cache = new AnalysisCache(index, undefined, undefined, true);
    const analysis = cache.get(TextDocument.create('file:///terms.md', 'markdown', 1, lines.join('\n')));
    const before = liveHeap();
    const spelled = spellOutAbbreviations(analysis, analysis.text.length, 'Abecma is approved for DLBCL.', index);
    const perBlock = (liveHeap() - before) / count;
    assert.equal(spelled, 'Abecma is approved for DLBCL.');
    // Kept per block (a map of its first uses, and one per 32 blocks), they cost about 600 bytes a block.
    assert.ok(perBlock < 100, `${perBlock.toFixed(0)} bytes per block`);
  });
});

// An open Markdown document's masked copy (two bytes a character when one character is beyond Latin-1: 30 MB of a 15
// MB document) is joined only when a request reads it: checks read the chunks' own prose in place (maskedOf).
describe("an open Markdown document's checks", function () {
  this.timeout(300_000);

  it('never join its masked copy, on opening or after an edit', async () => {
    const kb = builtInKnowledgeBase();
    const index = new KnowledgeIndex(kb);
    const examples = ['car-t-review.md', 'manuscript-citations.md'].map((f) =>
      readFileSync(join(REPO_ROOT, 'examples', f), 'utf8'),
    );
    const text = [...examples, generateClaimDense(kb, 100_000)].join('\n\n');
    const document = TextDocument.create('file:///open.md', 'markdown', 1, text);
    const cache = new AnalysisCache(index);
    const token = { isCancellationRequested: false };
    const middle = text.split('\n').length >> 1;
    for (const line of [undefined, middle, 0]) {
      if (line !== undefined) {
        const at = { line, character: 0 };
        TextDocument.update(document, [{ range: { start: at, end: at }, text: 'Notably ' }], document.version + 1);
      }
      const { prose } = cache.get(document);
      const joined = Object.getOwnPropertyDescriptor(prose, 'masked')?.get;
      assert.ok(joined, 'the masked copy was joined when the document was read');
      let joins = 0;
      Object.defineProperty(prose, 'masked', {
        configurable: true,
        get: () => {
          joins++;
          return joined();
        },
      });
      assert.ok(await checkInSlices(document, RULES, index, DEFAULT_SETTINGS, cache, token));
      const diagnostics = computeDiagnostics(document, RULES, index, DEFAULT_SETTINGS, cache, {
        fixEdits: false,
        capped: true,
      });
      assert.ok(
        diagnostics.some((d) => d.code === 'unsupported-claim'),
        'the claims were checked',
      );
      assert.equal(joins, 0, `version ${document.version}: a check joined the masked copy`);
    }
  });
});
