import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateClaimDense } from '../../bench/generate';
import type { LanguageService } from '../../server/src/service/index';
import type { DiagnosticData } from '../../server/src/service/languageFeatures/diagnostics';
import { builtInKnowledgeBase, service } from '../helpers/service';

// The server's edit path (one service across versions, checked in slices, capped) must give exactly what a fresh
// service gives for the same text: every per-block, per-sentence and per-finding memo that survives an edit is
// checked here against a check that has none. Edits are the ones writers make: characters, lines, citations,
// reference entries, headings.

const root = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = [
  fs.readFileSync(path.join(root, 'examples', 'manuscript-citations.md'), 'utf8'),
  fs.readFileSync(path.join(root, 'examples', 'car-t-review.md'), 'utf8'),
];

type Edit = { kind: string; at: number; length: number; pick: number };

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(
    'insert-char',
    'delete-chars',
    'insert-line',
    'delete-line',
    'insert-citation',
    'insert-reference',
    'delete-reference',
    'insert-heading',
    'insert-abbreviation',
    'insert-bracketed',
    'insert-list',
    'retitle-list',
    'split-paragraph',
    'join-paragraphs',
    'open-block',
    'overwrite',
    'insert-break',
  ),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 12 }),
  pick: fc.nat(1000),
});

const CHARACTERS = ['x', ' ', '.', '\n', '[', ']', '(', ')', '1', 'e'];
const LINES = [
  'Kymriah targets BCMA [2].',
  'Yescarta is approved for multiple myeloma.',
  'Cytokine release syndrome (CRS) follows infusion in most patients.',
  'CRS was reported.',
  'The first CAR T-cell therapy was approved in 2017 [9].',
  'Tisagenlecleucal was the first approved; Kymria followed.',
  'Each patient given Carvykti goes into remission.',
  // A correction's title writes out an abbreviation not used before it ("B-cell maturation antigen (BCMA)").
  'Carvykti targets CD19.',
  'B-cell maturation antigen (BCMA) is a target.',
  // Two spellings of one joint (inconsistent-term's verdicts are kept per spelling while the document's joints stay
  // the same); a term ending its paragraph is read past its block ("CAR T cell" then what follows).
  'CAR-T cell therapy and CAR T-cell products were compared.',
  'Each dose held one CAR T cell',
  'Cytokine release syndrome was seen; CRS resolved.',
  '',
];
const CITATIONS = [' [1]', ' [2, 3]', ' [7]', ' [1–3]', '[4]'];
const REFERENCES = [
  'Novartis. Kymriah prescribing information. 2024.',
  'Kite. Yescarta prescribing information. 2024.',
  'Smith J. A review. 2020.',
];
const HEADINGS = ['## Methods', '# Results', '## References', '### Safety', '## Japan', '## United States'];
// Abbreviations defined in brackets (or half of one), anywhere in a line: undefined-abbreviation keeps them per block.
const BRACKETED = [' (CRS)', ' (ICANS)', 'receptor (CAR)', ' (IL)-6', ' [BCMA]', ' ("CRS")', ' (R/R MM)', '(CRS', ')'];

// Lists under a lead-in: each bullet is judged with its lead-in (claims/bullets.ts), which is read once per list.
const LISTS = [
  'Approved for multiple myeloma:\n- Breyanzi\n- Abecma\n',
  'FDA approval years:\n\n- Yescarta: 2015\n- Kymriah: 2017\n',
  'Targets:\n\n- CD19: Kymriah, Yescarta\n- BCMA: Carvykti\n',
  '**Yescarta**\n\n- Target: CD22\n- Approved for CRS and ICANS\n',
  // Table cells end mid-line: what follows a term there is the next cell.
  '| Term | Use |\n|---|---|\n| CAR-T cell | products |\n| CAR T-cell | therapy |\n',
];
const LEAD_INS = ['Approved for multiple myeloma:', 'Approved for large B-cell lymphoma:', 'Targets:', 'Kymriah:'];

/** The change an edit makes to `text`, as a range and its new text. */
function change(text: string, edit: Edit): { start: number; end: number; newText: string } {
  const at = Math.floor(edit.at * text.length);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const pick = <T>(items: readonly T[]) => items[edit.pick % items.length]!;
  switch (edit.kind) {
    case 'insert-char':
      return { start: at, end: at, newText: pick(CHARACTERS) };
    case 'delete-chars':
      return { start: at, end: Math.min(text.length, at + edit.length), newText: '' };
    case 'insert-line':
      return { start: lineStart, end: lineStart, newText: `${pick(LINES)}\n` };
    case 'delete-line':
      return { start: lineStart, end: Math.min(text.length, lineEnd + 1), newText: '' };
    case 'insert-citation': {
      // After a sentence's last word.
      const stop = text.indexOf('.', at);
      const where = stop < 0 ? at : stop;
      return { start: where, end: where, newText: pick(CITATIONS) };
    }
    case 'insert-reference':
    case 'delete-reference': {
      const entries = [...text.matchAll(/^\d+\. .*$/gm)];
      if (!entries.length) return { start: text.length, end: text.length, newText: `\n1. ${pick(REFERENCES)}\n` };
      const entry = pick(entries);
      const start = entry.index!;
      if (edit.kind === 'delete-reference') return { start, end: start + entry[0].length + 1, newText: '' };
      return { start, end: start, newText: `${entries.length + 1}. ${pick(REFERENCES)}\n` };
    }
    case 'insert-bracketed':
      return { start: at, end: at, newText: pick(BRACKETED) };
    case 'insert-list':
      return { start: lineStart, end: lineStart, newText: `\n${pick(LISTS)}\n` };
    case 'retitle-list': {
      // The line right before a list (or before the blank line before it), the list's items unchanged.
      const leads = [...text.matchAll(/^([^\n\-*].*)\n(?:[ \t]*\n)?[-*] /gm)];
      if (!leads.length) return { start: lineStart, end: lineStart, newText: `\n${pick(LISTS)}\n` };
      const lead = pick(leads);
      return { start: lead.index!, end: lead.index! + lead[1]!.length, newText: pick(LEAD_INS) };
    }
    // Markdown is re-read from the chunk before an edit to the first chunk start after it that was one before: edits
    // that make, remove or swallow chunk starts (blank lines, fences, comments left open).
    case 'split-paragraph':
      return { start: at, end: at, newText: '\n\n' };
    case 'join-paragraphs': {
      const blank = text.indexOf('\n\n', at);
      return blank < 0 ? { start: at, end: at, newText: '' } : { start: blank, end: blank + 1, newText: '' };
    }
    case 'overwrite': {
      // A paragraph's first line typed over, its length unchanged (a shorter one padded): only the text tells the
      // versions apart, not where their chunks start.
      const start = text.lastIndexOf('\n\n', at - 1) < 0 ? 0 : text.lastIndexOf('\n\n', at - 1) + 2;
      const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
      const line = pick(LINES);
      if (line.length > end - start) return { start, end: start, newText: `${line}\n` };
      return { start, end, newText: line.padEnd(end - start) };
    }
    case 'open-block':
      return { start: lineStart, end: lineStart, newText: pick(['```\n', '<!-- ', '~~~~\n', '<pre>\n', '> ']) };
    case 'insert-heading':
      return { start: lineStart, end: lineStart, newText: `\n${pick(HEADINGS)}\n\n` };
    // A thematic break ends every heading's reach; a line under a paragraph's makes it a heading.
    case 'insert-break':
      return { start: lineStart, end: lineStart, newText: pick(['\n---\n\n', '***\n', '===\n', '\n_ _ _\n']) };
    default:
      return { start: lineStart, end: lineStart, newText: 'Immune effector cell-associated neurotoxicity (ICANS) ' };
  }
}

/** What the server publishes: checked in slices, capped, fix titles only. */
const OPTIONS = { fixEdits: false, capped: true } as const;
const NEVER = { isCancellationRequested: false };

/** Quick fixes and their edits for a version's diagnostics, as an editor asks for them. */
function actions(
  svc: LanguageService,
  document: TextDocument,
  diagnostics: ReturnType<LanguageService['diagnostics']>,
) {
  return diagnostics.map((d) => svc.codeActions(document, d.range, { diagnostics: [d] }).map((a) => [a.title, a.edit]));
}

async function checkSequence(base: string, edits: readonly Edit[], maxDiagnostics: number): Promise<void> {
  const settings = { maxDiagnostics };
  const incremental = service({ settings });
  const document = TextDocument.create('file:///test/incremental.md', 'markdown', 1, base);
  await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
  for (const [i, edit] of edits.entries()) {
    const { start, end, newText } = change(document.getText(), edit);
    TextDocument.update(
      document,
      [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, text: newText }],
      document.version + 1,
    );
    const got = await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
    const fresh = service({ settings });
    const same = TextDocument.create(document.uri, 'markdown', document.version, document.getText());
    const expected = fresh.diagnostics(same, OPTIONS);
    assert.deepEqual(got, expected, `after edit ${i + 1} (${edit.kind})`);
    assert.deepEqual(
      actions(incremental, document, got!),
      actions(fresh, same, expected),
      `code actions after edit ${i + 1} (${edit.kind})`,
    );
    // Every finding with its fixes' edits, from the same long-lived service (the memos replay them).
    assert.deepEqual(
      incremental.diagnostics(document),
      service({ settings }).diagnostics(same),
      `fix edits after edit ${i + 1} (${edit.kind})`,
    );
  }
}

describe('incremental edits give what a fresh check gives', function () {
  this.timeout(300_000);

  it('on the example manuscripts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIXTURES),
        fc.array(editArbitrary, { minLength: 1, maxLength: 8 }),
        (base, edits) => checkSequence(base, edits, 1000),
      ),
      { numRuns: 20 },
    );
  });

  it('a definition typed, deleted and typed again in an earlier paragraph defines a later use, or not', async () => {
    // Abbreviations defined in brackets are read block by block and kept per block: each version must see the
    // definitions its own blocks hold. "(IL)-6" is no mention, so only those definitions say IL-6 is defined.
    const base = 'Patients were treated.\n\nInterleukin is a cytokine.\n\nIL-6 rises after infusion.\n';
    const at = base.indexOf(' is a cytokine');
    const typed = { kind: 'typed', at, text: ' (IL)-6' };
    const deleted = { kind: 'deleted', at, length: typed.text.length };
    const steps = [typed, deleted, typed, deleted];
    const incremental = service();
    const document = TextDocument.create('file:///test/definitions.md', 'markdown', 1, base);
    await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
    const flagged: boolean[] = [];
    for (const step of steps) {
      const range = {
        start: document.positionAt(step.at),
        end: document.positionAt(step.at + ('length' in step ? step.length : 0)),
      };
      TextDocument.update(document, [{ range, text: 'text' in step ? step.text : '' }], document.version + 1);
      const got = await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
      const same = TextDocument.create(document.uri, 'markdown', document.version, document.getText());
      assert.deepEqual(got, service().diagnostics(same, OPTIONS), `after the definition was ${step.kind}`);
      flagged.push(got!.some((d) => d.code === 'undefined-abbreviation'));
    }
    assert.deepEqual(flagged, [false, true, false, true]);
  });

  it('a second spelling typed, deleted and typed again in an earlier paragraph makes a later one inconsistent, or not', async () => {
    // inconsistent-term keeps each spelling's verdict while the document's joints stay the same: a version that writes
    // "CAR T-cell" besides "CAR-T cell" must flag the latter, one that no longer does must not.
    const base = 'Patients were treated.\n\nLater, CAR-T cell therapy was given.\n';
    const at = base.indexOf('treated.') + 'treated.'.length;
    const typed = ' CAR T-cell therapy is one option.';
    const incremental = service();
    const document = TextDocument.create('file:///test/spellings.md', 'markdown', 1, base);
    await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
    const flagged: string[][] = [];
    for (const step of ['typed', 'deleted', 'typed', 'deleted']) {
      const range = {
        start: document.positionAt(at),
        end: document.positionAt(at + (step === 'deleted' ? typed.length : 0)),
      };
      TextDocument.update(document, [{ range, text: step === 'typed' ? typed : '' }], document.version + 1);
      const got = await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
      const same = TextDocument.create(document.uri, 'markdown', document.version, document.getText());
      assert.deepEqual(got, service().diagnostics(same, OPTIONS), `after the spelling was ${step}`);
      flagged.push(got!.filter((d) => d.code === 'inconsistent-term').map((d) => document.getText(d.range)));
    }
    assert.deepEqual(flagged, [['CAR-T cell therapy'], [], ['CAR-T cell therapy'], []]);
  });

  for (const [where, base, without] of [
    ['typed in the first paragraph', 'Patients were treated.\n\nCarvykti targets CD19.\n', ''],
    // First uses are merged per group of blocks kept across versions: here the group's first block and every block's
    // start stay, and only the middle block's text changes.
    [
      'written over in a paragraph between others',
      'Patients were treated.\n\nCD19 is a target. \n\nCarvykti targets CD19.\n',
      'CD19 is a target. ',
    ],
  ] as const)
    it(`a use ${where}, deleted and again, before a flagged statement changes its fix's spelling, or not`, async () => {
      // The fix writes out an abbreviation the document has not used before the statement: where each is first used
      // is kept per block across versions, and each version must see its own blocks' uses.
      const typed = 'BCMA is a target. ';
      const at = without ? base.indexOf(without) : 0;
      const incremental = service();
      const document = TextDocument.create('file:///test/first-uses.md', 'markdown', 1, base);
      await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
      const titles: string[] = [];
      for (const step of ['typed', 'deleted', 'typed', 'deleted']) {
        const start = document.positionAt(at);
        const end = document.positionAt(at + (step === 'typed' ? without : typed).length);
        TextDocument.update(
          document,
          [{ range: { start, end }, text: step === 'typed' ? typed : without }],
          document.version + 1,
        );
        const got = await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
        const same = TextDocument.create(document.uri, 'markdown', document.version, document.getText());
        assert.deepEqual(got, service().diagnostics(same, OPTIONS), `after the use was ${step}`);
        const claim = got!.find((d) => d.code === 'unsupported-claim' && d.message.includes('Carvykti'));
        assert.ok(claim, `the claim is flagged after the use was ${step}`);
        titles.push(...(claim.data as DiagnosticData).fixes.map((f) => f.title));
      }
      // The rewrite follows the document's uses; the wrong antigen's replacement is the same in each version.
      assert.deepEqual(titles, [
        'Replace with "Carvykti targets BCMA."',
        'Replace "CD19" with "BCMA"',
        'Replace with "Carvykti targets B-cell maturation antigen (BCMA)."',
        'Replace "CD19" with "BCMA"',
        'Replace with "Carvykti targets BCMA."',
        'Replace "CD19" with "BCMA"',
        'Replace with "Carvykti targets B-cell maturation antigen (BCMA)."',
        'Replace "CD19" with "BCMA"',
      ]);
    });

  it("a list's lead-in retitled, its unchanged bullets say what the new one frames", async () => {
    // Bullets are judged with their list's lead-in, read once per list and document version: an edit of the lead-in
    // alone must reach every bullet under it.
    const base = 'Patients were treated.\n\nApproved for multiple myeloma:\n- Breyanzi\n- Kymriah\n';
    const at = base.indexOf('multiple myeloma');
    const steps = ['large B-cell lymphoma', 'multiple myeloma', 'large B-cell lymphoma', 'multiple myeloma'];
    const incremental = service();
    const document = TextDocument.create('file:///test/lead-ins.md', 'markdown', 1, base);
    await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
    const flagged: number[] = [];
    let current = 'multiple myeloma';
    for (const step of steps) {
      const range = { start: document.positionAt(at), end: document.positionAt(at + current.length) };
      TextDocument.update(document, [{ range, text: step }], document.version + 1);
      current = step;
      const got = await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
      const same = TextDocument.create(document.uri, 'markdown', document.version, document.getText());
      assert.deepEqual(got, service().diagnostics(same, OPTIONS), `after the lead-in became "${step}"`);
      flagged.push(got!.filter((d) => d.code === 'unsupported-claim').length);
    }
    assert.deepEqual(flagged, [0, 2, 0, 2]);
  });

  it('a heading retitled to name a place, and back, decides whether the approvals under it are judged', async () => {
    // What each heading's text names is kept per text across versions: every version must see its own headings.
    const base = '# Overview\n\n## Notes\n\nKymriah is approved for multiple myeloma.\n';
    const at = base.indexOf('Notes');
    const incremental = service();
    const document = TextDocument.create('file:///test/places.md', 'markdown', 1, base);
    await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
    const flagged: number[] = [];
    for (const title of ['Japan', 'Notes', 'Japan', 'Notes']) {
      const range = { start: document.positionAt(at), end: document.positionAt(at + title.length) };
      TextDocument.update(document, [{ range, text: title }], document.version + 1);
      const got = await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
      const same = TextDocument.create(document.uri, 'markdown', document.version, document.getText());
      assert.deepEqual(got, service().diagnostics(same, OPTIONS), `under "## ${title}"`);
      flagged.push(got!.filter((d) => d.code === 'unsupported-claim').length);
    }
    assert.deepEqual(flagged, [0, 1, 0, 1]);
  });

  it('blocks before an edit replay their last findings; a heading retitled above them has them judged again', async () => {
    // After an edit, the blocks before it report what they reported in the last version, their contexts (antecedents,
    // table rows, headings) not worked out again; an edit above them must reach them, though their text and place are
    // unchanged: "It" is the product the heading names ("Tecartus" is as long as "Carvykti").
    const base =
      '## About Carvykti\n\nIt targets BCMA.\n\n| Product | Target |\n|---|---|\n| Kymriah | BCMA |\n\n' +
      'Patients were treated.\n';
    const heading = base.indexOf('Carvykti');
    const incremental = service();
    const document = TextDocument.create('file:///test/prefix.md', 'markdown', 1, base);
    await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
    const flagged: number[] = [];
    for (const step of ['typed', 'Tecartus', 'typed', 'Carvykti', 'typed', 'typed']) {
      const text = document.getText();
      const at = step === 'typed' ? text.indexOf('treated') : heading;
      const range = { start: document.positionAt(at), end: document.positionAt(at + (step === 'typed' ? 0 : 8)) };
      TextDocument.update(document, [{ range, text: step === 'typed' ? 'x' : step }], document.version + 1);
      const got = await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
      const same = TextDocument.create(document.uri, 'markdown', document.version, document.getText());
      assert.deepEqual(got, service().diagnostics(same, OPTIONS), `after ${step}`);
      flagged.push(got!.filter((d) => d.code === 'unsupported-claim').length);
    }
    // The table row throughout; "It targets BCMA." under "## About Tecartus" only.
    assert.deepEqual(flagged, [1, 2, 2, 1, 1, 1]);
  });

  it('blocks past the next heading replay their last findings; a break or heading typed above has them judged again', async () => {
    // After an edit, the blocks of the sections after it report what they reported in the last version, moved, their
    // contexts not worked out again; a thematic break or a heading typed above them changes which headings are open
    // there ("## Notes" under "# United States" is about the United States, not after a break), so it must reach them.
    const base =
      '# United States\n\nPatients were treated.\n\n## Notes\n\n' +
      'Equecabtagene autoleucel was approved in 2023 for multiple myeloma.\n\n' +
      '| Product | Target |\n|---|---|\n| Kymriah | BCMA |\n';
    const incremental = service();
    const document = TextDocument.create('file:///test/suffix.md', 'markdown', 1, base);
    await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
    const flagged: number[] = [];
    const steps: { insert?: string; delete?: string }[] = [
      { insert: 'x' },
      { insert: '\n\n---\n\nMore' },
      { delete: '\n\n---\n\nMore' },
      { insert: '\n\n# Methods\n\nMore' },
      { delete: '\n\n# Methods\n\nMore' },
      { delete: 'x' },
    ];
    for (const step of steps) {
      const text = document.getText();
      const at = step.delete === undefined ? text.indexOf(' were treated') : text.indexOf(step.delete);
      const length = step.delete?.length ?? 0;
      const range = { start: document.positionAt(at), end: document.positionAt(at + length) };
      TextDocument.update(document, [{ range, text: step.insert ?? '' }], document.version + 1);
      const got = await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
      const same = TextDocument.create(document.uri, 'markdown', document.version, document.getText());
      assert.deepEqual(got, service().diagnostics(same, OPTIONS), `after ${JSON.stringify(step)}`);
      flagged.push(got!.filter((d) => d.code === 'unsupported-claim').length);
    }
    // The table row throughout; the approval only while "# United States" is open above it.
    assert.deepEqual(flagged, [2, 1, 2, 1, 2, 2]);
  });

  it("a paragraph's first line typed over and back, its length unchanged, is read again each time", async () => {
    // Markdown is re-read from the chunk before an edit up to a chunk start past it that was one before: here every
    // chunk starts where it did, and only the text of the one typed over tells the versions apart.
    const base = 'Patients were treated.\n\nCAR T cells are made from T cells.\nMore.\n\nThe end.\n';
    const at = base.indexOf('CAR T');
    const original = 'CAR T cells are made from T cells.';
    const claim = 'Yescarta is approved for myeloma.'.padEnd(original.length);
    const incremental = service();
    const document = TextDocument.create('file:///test/overwrite.md', 'markdown', 1, base);
    await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
    const flagged: number[] = [];
    for (const line of [claim, original, claim, original]) {
      const range = { start: document.positionAt(at), end: document.positionAt(at + original.length) };
      TextDocument.update(document, [{ range, text: line }], document.version + 1);
      const got = await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
      const same = TextDocument.create(document.uri, 'markdown', document.version, document.getText());
      assert.deepEqual(got, service().diagnostics(same, OPTIONS), `after "${line.trim()}"`);
      flagged.push(got!.filter((d) => d.code === 'unsupported-claim').length);
    }
    assert.deepEqual(flagged, [1, 0, 1, 0]);
  });

  it('a version only hovered (its check cancelled), the next one sees what that version changed', async () => {
    // Selections of mentions are started from the last version's for the blocks before an edit: only from the
    // version just before, never from an older one (here the one before the deprecated term was typed).
    const base = 'Patients were treated.\n\nSome text here.\n\nMore text.\n\nThe end.\n';
    const incremental = service();
    const document = TextDocument.create('file:///test/hovered.md', 'markdown', 1, base);
    await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
    const replace = (from: string, to: string) => {
      const at = document.getText().indexOf(from);
      const range = { start: document.positionAt(at), end: document.positionAt(at + from.length) };
      TextDocument.update(document, [{ range, text: to }], document.version + 1);
    };
    replace('Some text here.', 'CRES was seen.');
    incremental.hover(document, document.positionAt(document.getText().indexOf('CRES')));
    replace('The end.', 'The end!');
    const got = await incremental.diagnosticsInSlices(document, OPTIONS, NEVER);
    const same = TextDocument.create(document.uri, 'markdown', document.version, document.getText());
    assert.deepEqual(got, service().diagnostics(same, OPTIONS));
    assert.ok(got!.some((d) => d.code === 'deprecated-term'));
  });

  it('on a claim-dense manuscript, its diagnostics capped', async () => {
    const dense = generateClaimDense(builtInKnowledgeBase(), 15_000);
    await fc.assert(
      fc.asyncProperty(fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (edits) =>
        checkSequence(dense, edits, 60),
      ),
      { numRuns: 8 },
    );
  });
});
