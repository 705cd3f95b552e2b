import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { Diagnostic } from 'vscode-languageserver-types';
import { lazyFix } from '../../server/src/document/findings';
import { generateClaimDense, generateMixed } from '../../bench/generate';
import { type DiagnosticData, type Held, HeldStore } from '../../server/src/service/languageFeatures/diagnostics';
import { REPO_ROOT } from '../helpers/repo';
import { builtInKnowledgeBase, doc, documentEdits, service } from '../helpers/service';
import { createLanguageService, normalizeSettings } from '../../server/src/service/index';

/** A full collection, without running the tests under --expose-gc. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

describe('diagnostics feature', () => {
  const withReferences = [
    'Kymriah was approved in 2017 [1].',
    '',
    '## References',
    '',
    '1. FDA approves tisagenlecleucel for B-cell ALL and tocilizumab for cytokine release syndrome. ONS Voice, 2017.',
    '2. Kymriah is approved for multiple myeloma, a fictitious title. 2020.',
    '',
  ].join('\n');

  it('profiles set default severities by audience; a rule setting wins', () => {
    const text = 'Kymriah is given once. CAR T is autologous. CAR-T expands. CRS follows.';
    const severities = (settings: unknown) =>
      Object.fromEntries(
        service({ settings })
          .diagnostics(doc(text))
          .map((d) => [d.code, d.severity]),
      );
    // 1 error, 2 warning, 3 information, 4 hint.
    assert.deepEqual(severities(undefined), {
      'generic-name-missing': 4,
      'inconsistent-term': 4,
      'undefined-abbreviation': 3,
    });
    assert.deepEqual(severities({ profile: 'promotional' }), {
      'generic-name-missing': 2,
      'inconsistent-term': 3,
      'undefined-abbreviation': 3,
    });
    assert.deepEqual(severities({ profile: 'patient' })['undefined-abbreviation'], 2);
    assert.deepEqual(
      severities({ profile: 'patient', rules: { 'undefined-abbreviation': 'hint' } })['undefined-abbreviation'],
      4,
    );
  });

  it('does not judge reference-list entries as prose claims', () => {
    const found = service().diagnostics(doc(withReferences));
    const inList = found.filter(
      (d) => d.range.start.line >= 4 && d.code !== 'uncited-reference' && d.code !== 'unknown-reference',
    );
    assert.deepEqual(
      inList.map((d) => `${d.code}: ${d.message}`),
      [],
    );
  });

  it('still checks the references themselves', () => {
    const found = service().diagnostics(doc(withReferences));
    assert.ok(found.some((d) => d.code === 'uncited-reference' && d.range.start.line === 5));
  });

  it('judges the same sentence in prose', () => {
    const found = service().diagnostics(doc('Kymriah is approved for multiple myeloma.'));
    assert.ok(found.some((d) => d.code === 'unsupported-claim'));
  });

  it('every diagnostic carries source, string code, a docs link and fix data', () => {
    for (const d of service().diagnostics(doc('Kymriah is approved for multiple myeloma. CAR T cures cancer.'))) {
      assert.equal(d.source, 'therapy-lint');
      assert.equal(typeof d.code, 'string');
      assert.match(d.codeDescription?.href ?? '', /\/docs\/rules\/[a-z-]+\.md$/);
      assert.ok(Array.isArray((d.data as { fixes: unknown[] }).fixes));
    }
  });

  it('without fix edits, diagnostics carry fix titles and code actions compute the same edits', () => {
    const text = [
      'Kymriah is approved for multiple myeloma [2]. CAR-T and CAR T cells differ [1].',
      '',
      '## References',
      '',
      '1. First. 2020.',
      '2. Second. 2021.',
      '',
    ].join('\n');
    const document = doc(text);
    const full = service().diagnostics(document);
    const lazyService = service();
    const published = lazyService.diagnostics(document, { fixEdits: false });
    assert.deepEqual(
      published.map((d) => d.message),
      full.map((d) => d.message),
    );
    assert.ok(
      full.some((d) => d.code === 'uncited-reference' && (d.data as DiagnosticData).fixes.length > 0),
      'the renumbering fix is there',
    );
    for (const [i, d] of published.entries()) {
      const fixes = (d.data as DiagnosticData).fixes;
      assert.deepEqual(
        fixes.map((f) => f.title),
        (full[i]!.data as DiagnosticData).fixes.map((f) => f.title),
      );
      assert.ok(
        fixes.every((f) => f.edits === undefined),
        `${d.code} publishes no edits`,
      );
      const actions = lazyService.codeActions(document, d.range, { diagnostics: [d] });
      const edits = actions
        .filter((a) => !a.title.startsWith('Suppress'))
        .map((a) => documentEdits(a.edit, document.uri));
      assert.deepEqual(
        edits,
        (full[i]!.data as DiagnosticData).fixes.map((f) => f.edits),
        `${d.code}: same edits on request`,
      );
    }
  });

  it('missing-citation does not ask to cite a sentence unsupported-claim says is false', () => {
    const text = [
      'Background [1].',
      '',
      'Kymriah is approved for multiple myeloma. Kymriah was approved in August 2017.',
      '',
      '## References',
      '',
      '1. Smith J. A review. 2020.',
      '',
    ].join('\n');
    const flagged = (settings?: unknown, body = text) =>
      service({ settings })
        .diagnostics(doc(body))
        .filter((d) => d.code === 'missing-citation' || d.code === 'unsupported-claim')
        .map((d) => `${d.code}@${d.range.start.character}`);
    assert.deepEqual(flagged(), ['unsupported-claim@0', 'missing-citation@42']);
    // With the claim check off, or the claim suppressed as reviewed, the sentence is asked for a citation again.
    assert.deepEqual(flagged({ rules: { 'unsupported-claim': 'off' } }), ['missing-citation@0', 'missing-citation@42']);
    const reviewed = text.replace(
      'Kymriah is approved',
      '<!-- therapy-lint-disable-next-line unsupported-claim -- quoted from a 2017 press release -->\nKymriah is approved',
    );
    assert.deepEqual(flagged(undefined, reviewed), ['missing-citation@0', 'missing-citation@42']);
  });

  it('code actions ignore a malformed data field sent back by the client', () => {
    const document = doc('Kymriah is approved for multiple myeloma.');
    const lint = service();
    const [diagnostic] = lint.diagnostics(document, { fixEdits: false }).filter((d) => d.code === 'unsupported-claim');
    assert.ok(diagnostic);
    const expected = lint.codeActions(document, diagnostic.range, { diagnostics: [diagnostic] }).map((a) => a.title);
    assert.ok(expected.some((title) => title.startsWith('Replace with "Kymriah is approved for')));
    for (const data of [5, 'x', null, { fixes: 5 }, { fixes: [null] }, { fixes: [{ title: 'T', edits: 'no' }] }]) {
      const actions = lint.codeActions(document, diagnostic.range, { diagnostics: [{ ...diagnostic, data }] });
      assert.deepEqual(
        actions.map((a) => a.title),
        expected,
        JSON.stringify(data),
      );
    }
  });

  it('a lazy fix computes its edits once, on first use', () => {
    let computed = 0;
    const fix = lazyFix('Renumber', () => [{ start: 0, end: 1, newText: `${++computed}` }]);
    assert.equal(computed, 0);
    assert.equal(fix.edits[0]!.newText, '1');
    assert.equal(fix.edits[0]!.newText, '1');
    assert.equal(computed, 1);
  });

  it('a rule set to off reports nothing and a severity override applies', () => {
    const text = 'Kymriah is approved for multiple myeloma.';
    assert.ok(
      !service({ settings: { rules: { 'unsupported-claim': 'off' } } })
        .diagnostics(doc(text))
        .some((d) => d.code === 'unsupported-claim'),
    );
    const hinted = service({ settings: { rules: { 'unsupported-claim': 'hint' } } })
      .diagnostics(doc(text))
      .find((d) => d.code === 'unsupported-claim');
    assert.equal(hinted?.severity, 4);
  });

  it('a disable-next-line directive with a reason suppresses only its code on the next line', () => {
    const text =
      '<!-- therapy-lint-disable-next-line unsupported-claim -- quoted from a 2017 press release -->\nKymriah is approved for multiple myeloma.\n\nKymriah is approved for multiple myeloma.';
    const found = service()
      .diagnostics(doc(text))
      .filter((d) => d.code === 'unsupported-claim');
    assert.deepEqual(
      found.map((d) => d.range.start.line),
      [3],
    );
  });

  it('LaTeX uses % directives', () => {
    const text = 'Kymriah is approved for multiple myeloma. % therapy-lint-disable-line unsupported-claim -- reviewed';
    assert.equal(
      service()
        .diagnostics(doc(text, 'latex'))
        .filter((d) => d.code === 'unsupported-claim').length,
      0,
    );
  });

  it('a capped list keeps the most severe findings up to therapyLint.maxDiagnostics, with one note on the rest', () => {
    // 12 errors (false approvals) after 12 warnings (overstatements): the errors are kept first.
    const text = [
      ...Array.from({ length: 12 }, (_, i) => `CAR T cures cancer in every patient ${i}.`),
      ...Array.from({ length: 12 }, (_, i) => `Kymriah is approved for multiple myeloma ${i}.`),
    ].join('\n\n');
    const lint = service({ settings: { maxDiagnostics: 10 } });
    const all = lint.diagnostics(doc(text));
    assert.ok(all.length >= 24, `${all.length} findings uncapped`);
    const capped = lint.diagnostics(doc(text), { fixEdits: false, capped: true });
    assert.equal(capped.length, 10);
    const [note, ...kept] = capped;
    assert.equal(note!.code, 'omitted-findings');
    assert.match(note!.message, new RegExp(`^${all.length - 9} of ${all.length} findings are not shown`));
    assert.ok(kept.every((d) => d.code === 'unsupported-claim'));
    const lines = kept.map((d) => d.range.start.line);
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b),
    );
    // Under the cap nothing changes.
    assert.deepEqual(service().diagnostics(doc(text), { fixEdits: false, capped: true }).length, all.length);
  });

  it('a capped list, which lets go of the findings it leaves out as it goes, is the uncapped list capped', () => {
    // Errors, warnings and hints among claims, real documents (missing citations, which claims supersede) and references.
    const real = ['car-t-review.md', 'manuscript-citations.md', 'patient-leaflet.txt'].map((f) =>
      fs.readFileSync(path.join(REPO_ROOT, 'examples', f), 'utf8'),
    );
    const text = generateMixed(builtInKnowledgeBase(), 60_000, real);
    const severity = (d: Diagnostic) => d.severity ?? 1;
    for (const max of [1, 7, 40, 200, 100_000]) {
      const lint = service({ settings: { maxDiagnostics: max } });
      const all = lint.diagnostics(doc(text), { fixEdits: false });
      assert.ok(all.length > 200 && new Set(all.map((d) => d.code)).size >= 4, `${all.length} findings`);
      let capped = lint.diagnostics(doc(text), { fixEdits: false, capped: true });
      if (all.length > max) {
        assert.equal(capped[0]!.code, 'omitted-findings');
        assert.match(capped[0]!.message, new RegExp(`^${all.length - max + 1} of ${all.length} findings`));
        capped = capped.slice(1);
      }
      // The most severe, in document order; within a severity, the first.
      const kept = [...all]
        .sort((a, b) => severity(a) - severity(b))
        .slice(0, max - 1)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      assert.deepEqual(capped, all.length > max ? kept : all);
    }
  });

  it('fixes that renumber a long reference list carry edits only within the per-document budget', () => {
    // 900 uncited entries: each removal renumbers every later entry (about 400,000 edits if all were written).
    const entries = Array.from({ length: 900 }, (_, i) => `${i + 1}. Author ${i + 1}. A title about CAR T. 2020.`);
    const text = `Kymriah was approved in 2017 [1].\n\n## References\n\n${entries.join('\n')}\n`;
    const removals = service()
      .diagnostics(doc(text))
      .filter((d) => d.code === 'uncited-reference')
      .map((d) => (d.data as DiagnosticData).fixes[0]!);
    assert.equal(removals.length, 899);
    assert.equal(removals[0]!.title, 'Remove reference 2 and renumber');
    assert.equal(removals[898]!.title, 'Remove reference 900');
    const written = removals.filter((fix) => fix.edits);
    const edits = written.reduce((sum, fix) => sum + fix.edits!.length, 0);
    assert.ok(written.length >= 1 && written.length < removals.length, `${written.length} fixes with edits`);
    assert.ok(edits < 40_000, `${edits} edits written`);
    // The first removal is complete: it renumbers all 898 later entries and deletes the last slot.
    assert.equal(removals[0]!.edits!.length, 899);
  });

  it('a one-shot stream yields the diagnostics one by one, letting go of each once read, and is read once', async () => {
    const text = generateClaimDense(builtInKnowledgeBase(), 20_000);
    const oneShot = () =>
      createLanguageService({
        knowledgeBase: builtInKnowledgeBase(),
        settings: normalizeSettings(undefined).settings,
        oneShot: true,
      });
    const all = oneShot().diagnostics(doc(text, 'markdown'));
    assert.ok(all.length > 20 && all.some((d) => (d.data as DiagnosticData).fixes.some((f) => f.edits)));
    const stream = oneShot().diagnosticStream(doc(text, 'markdown'));
    const reading = stream[Symbol.iterator]();
    let first: Diagnostic | undefined = reading.next().value as Diagnostic;
    assert.deepEqual(first, all[0]);
    const firstRead = new WeakRef(first);
    first = undefined;
    // A WeakRef's target lives at least until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    assert.equal(firstRead.deref(), undefined, 'the stream still holds a diagnostic it yielded');
    assert.deepEqual([...{ [Symbol.iterator]: () => reading }], all.slice(1));
    assert.throws(() => [...stream], /read once/);
  });
});

describe('held records of uncapped findings', () => {
  it('each comes back as it was packed; sources stay the same array; a number JSON would change stays as it is', () => {
    const sources = ['fda-label'];
    const records: Held[] = [
      { message: 'plain', sources: undefined, fixes: undefined },
      {
        message: 'caf\u00e9 \u2265 "quoted" \\ line\nbreak \ud83d',
        messageData: { key: '12', count: 3, 1: 'first' },
        sources,
        fixes: [
          { title: 'Preferred', isPreferred: true, edits: [{ start: 0, end: 4, newText: '' }] },
          { title: 'Not preferred', isPreferred: false, edits: [] },
          { title: 'Title only', isPreferred: undefined },
        ],
      },
      { message: 'odd numbers', messageData: { ratio: Number.NaN, zero: -0, big: 1e21 }, sources, fixes: [] },
    ];
    const large: Held = {
      message: 'renumbering',
      sources: undefined,
      fixes: [
        {
          title: 'Renumber',
          isPreferred: undefined,
          edits: Array.from({ length: 40_000 }, (_, i) => ({ start: i, end: i, newText: `[${i}]` })),
        },
      ],
    };
    // More than a buffer's worth, with large records (each in a buffer of its own) among the small ones.
    const all = Array.from({ length: 9_000 }, (_, i) => (i % 4000 === 3999 ? large : records[i % records.length]!));
    const store = new HeldStore();
    const at = all.map((record) => store.put(record));
    all.forEach((record, i) => {
      const back = store.take(at[i]!);
      assert.deepStrictEqual(back, record, `record ${i}`);
      assert.equal(back.sources, record.sources, 'sources are the same array');
    });
  });
});

describe('positions outside the document', () => {
  it('completion and hover past a line end stay inside the document', () => {
    const document = doc('CD19');
    const list = service().completion(document, { line: 0, character: 5 });
    for (const item of list.items) {
      const edit = item.textEdit as { range: { end: { line: number; character: number } } } | undefined;
      if (edit) assert.ok(edit.range.end.character <= 4, JSON.stringify(edit.range));
    }
    assert.ok(list.items.length > 0, 'the prefix CD19 still completes');
    const hover = service().hover(document, { line: 3, character: 99 });
    if (hover?.range) assert.ok(hover.range.end.line === 0 && hover.range.end.character <= 4);
  });
});
