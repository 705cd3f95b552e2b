import * as assert from 'node:assert/strict';
import { generateManuscript } from '../../bench/generate';
import { builtInKnowledgeBase, doc, service } from '../helpers/service';
import { LspClient } from './lspClient';

describe('checking in slices: cancellation, and answers while a large document is checked', function () {
  this.timeout(180_000);

  it('gives the same diagnostics as one synchronous check, and nothing once cancelled', async () => {
    const document = doc(generateManuscript(builtInKnowledgeBase(), 150_000));
    const expected = service().diagnostics(document, { fixEdits: false });
    const sliced = await service().diagnosticsInSlices(
      document,
      { fixEdits: false },
      { isCancellationRequested: false },
    );
    assert.deepEqual(sliced, expected);
    // Cancelled after the first slice: the check stops and returns nothing.
    let asked = 0;
    const token = {
      get isCancellationRequested() {
        return ++asked > 1;
      },
    };
    assert.equal(await service().diagnosticsInSlices(document, { fixEdits: false }, token), undefined);
  });

  it('a document of one long paragraph is checked in slices too, with the same diagnostics', async () => {
    // No blank line: one block, which was checked whole before the first yield (5.6 s for 110 kB under load).
    const paragraph = generateManuscript(builtInKnowledgeBase(), 110_000).replace(/\n+/g, ' ');
    const document = doc(paragraph);
    const expected = service().diagnostics(document, { fixEdits: false });
    let asked = 0;
    const token = {
      get isCancellationRequested() {
        asked++;
        return false;
      },
    };
    const sliced = await service().diagnosticsInSlices(document, { fixEdits: false }, token);
    assert.deepEqual(sliced, expected);
    // The token is read at each yield: a check of hundreds of milliseconds in 20 ms slices reads it many times.
    assert.ok(asked >= 5, `the token was read ${asked} times: the paragraph was checked in one piece`);
  });

  it('server: hover is answered while a large document is being checked', async () => {
    const client = new LspClient();
    try {
      await client.initialize({ debounceMs: 0 });
      const uri = 'file:///large/manuscript.md';
      // Large enough that the check outlasts the wait below on a quiet, fast machine too (1.5 MB was checked in
      // about 1.6 s there, so the hover raced the publication).
      const text = `Kymriah is a CAR T-cell therapy.\n\n${generateManuscript(builtInKnowledgeBase(), 6_000_000)}`;
      let published = false;
      const opened = Date.now();
      const diagnostics = client.diagnostics(uri, 1, 170_000).then((found) => {
        published = true;
        console.log(`      the check took ${((Date.now() - opened) / 1000).toFixed(1)} s`);
        return found;
      });
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      // Once the check is under way (reading the text and the first slices).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(published, false, 'the check finished before the hover was sent: the document is too small');
      const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 2 },
      });
      assert.ok(hover, 'a hover card for Kymriah');
      assert.equal(published, false, 'hover was answered only after the check');
      assert.ok((await diagnostics).length > 0);
    } finally {
      await client.stop();
    }
  });
});
