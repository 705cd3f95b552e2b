import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { RULES } from '../../server/src/rules/all.generated';
import type { DiagnosticData } from '../../server/src/service/languageFeatures/diagnostics';
import { FIX_ALL_KIND, fixUntilDone, fixesWithoutChoice } from '../../server/src/service/languageFeatures/fixAll';
import { languageOfPath } from '../../server/src/text/languages';
import { REPO_ROOT } from '../helpers/repo';
import { documentEdits, service } from '../helpers/service';

// "Fix all" (--fix, source.fixAll.therapyLint): only fixes that need no choice, edits that never overlap, and
// a re-check that finds none of them left and nothing else changed.
const lint = service();
const EXAMPLES = fs
  .readdirSync(path.join(REPO_ROOT, 'examples'))
  .filter((name) => languageOfPath(name))
  .map((name) => {
    const file = path.join(REPO_ROOT, 'examples', name);
    return TextDocument.create(pathToFileURL(file).href, languageOfPath(name)!, 1, fs.readFileSync(file, 'utf8'));
  });
const withoutChoice = new Set(RULES.filter((r) => r.meta.fixesWithoutChoice).map((r) => r.meta.id as string));
const fixable = (d: Diagnostic) =>
  withoutChoice.has(String(d.code)) && ((d.data as DiagnosticData).fixes ?? []).length === 1;
/**
 * The other rules' findings by code and line (fixes change no line; a message may quote the fixed wording):
 * all of them stay, and none is added but a hint or information (a brand a misspelling hid now needs its
 * generic name).
 */
const othersOf = (diagnostics: Diagnostic[], severities = [1, 2, 3, 4]) =>
  diagnostics
    .filter((d) => !withoutChoice.has(String(d.code)) && severities.includes(d.severity ?? 1))
    .map((d) => `${d.code} line ${d.range.start.line}`)
    .sort();

function checkFixAll(document: TextDocument, name: string): number {
  const before = lint.diagnostics(document);
  // One pass: sorted edits that neither overlap nor touch.
  const { edits } = lint.fixAll(document);
  const spans = edits.map((e) => [document.offsetAt(e.range.start), document.offsetAt(e.range.end)] as const);
  for (let i = 1; i < spans.length; i++)
    assert.ok(spans[i - 1]![1] < spans[i]![0], `${name}: edits ${i - 1} and ${i} overlap or touch`);
  const { document: fixed, changes } = fixUntilDone(lint, document);
  const after = lint.diagnostics(fixed);
  assert.deepEqual(after.filter(fixable), [], `${name}: a fix without choice is left`);
  const kept = othersOf(after);
  assert.deepEqual(
    othersOf(before).filter((f) => !kept.includes(f)),
    [],
    `${name}: another finding is gone`,
  );
  assert.deepEqual(othersOf(after, [1, 2]), othersOf(before, [1, 2]), `${name}: errors and warnings changed`);
  const lines = (d: TextDocument) => d.getText().split('\n').length;
  assert.equal(lines(fixed), lines(document), `${name}: fixes add or remove no line`);
  assert.equal(fixUntilDone(lint, fixed).changes.length, 0, `${name}: a second run changes nothing`);
  assert.equal(changes.length > 0, before.some(fixable), `${name}: something fixable was fixed`);
  return changes.length;
}

describe('fix all: fixes that need no choice', () => {
  it('on the examples: none left after, and the other findings unchanged', () => {
    let fixed = 0;
    for (const document of EXAMPLES) fixed += checkFixAll(document, path.basename(document.uri));
    assert.ok(fixed >= 5, `the examples have fixable findings (${fixed})`);
  });

  it('on generated Markdown, LaTeX and plain text', () => {
    const sentences = [
      'CRS occurred in most patients.',
      'Tisagenlecleucal is given once.',
      'Kymria is given once.',
      'CRES was the old name.',
      'ICANS and CRS are graded by ASTCT criteria.',
      'Axicabtagene ciloleucel (Yescarta) targets CD19.',
      'Patients with LBCL and NHL were enrolled.',
      "China's NMPA approved satri-cel.",
      'Abecma targets BCMA and treats multiple myeloma.',
      'The carHLH criteria were revised.',
      'CAR-T cells therapy is given once.',
      'CRES and CRS were seen.',
    ];
    let fixed = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('markdown', 'latex', 'plaintext'),
        fc.array(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 3 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (language, paragraphs) => {
          const body = paragraphs.map((p) => p.join(' ')).join('\n\n');
          const text = language === 'latex' ? `\\section{Notes}\n${body}\n` : `${body}\n`;
          const extension = { markdown: 'md', latex: 'tex', plaintext: 'txt' }[language];
          const document = TextDocument.create(`file:///generated/doc.${extension}`, language, 1, text);
          fixed += checkFixAll(document, `generated ${language} ${JSON.stringify(text)}`);
        },
      ),
      { seed: 15_3, numRuns: 60 },
    );
    assert.ok(fixed > 60, `generated documents had fixable findings (${fixed})`);
  });

  it('a fix whose edits overlap or touch a chosen one waits for the next pass', () => {
    const document = TextDocument.create('file:///t/c.md', 'markdown', 1, 'abcdefghij');
    const at = (start: number, end: number, newText: string, code = 'misspelled-term'): Diagnostic => ({
      range: { start: document.positionAt(start), end: document.positionAt(end) },
      message: 'x',
      code,
      data: {
        sources: [],
        fixes: [
          {
            title: newText,
            edits: [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText }],
          },
        ],
      },
    });
    const { fixed } = fixesWithoutChoice(
      document,
      [at(0, 3, 'A'), at(2, 5, 'B'), at(3, 3, 'C'), at(5, 6, 'D'), at(7, 8, 'E', 'unsupported-claim')],
      RULES,
    );
    assert.deepEqual(
      fixed.map((f) => f.title),
      ['A', 'D'],
    );
  });

  it('never a claim, nor a finding with a choice of fixes', () => {
    const document = TextDocument.create(
      'file:///t/a.md',
      'markdown',
      1,
      'Kymriah targets BCMA. Tisagenlecleucal is given.\n',
    );
    const { fixed } = lint.fixAll(document);
    assert.deepEqual(fixed.map((f) => f.diagnostic.code).sort(), ['misspelled-term', 'undefined-abbreviation']);
    assert.ok(
      lint
        .diagnostics(document)
        .some((d) => d.code === 'unsupported-claim' && (d.data as DiagnosticData).fixes.length > 0),
    );
  });

  it('the editor gets it as one source.fixAll.therapyLint action, only when asked for, on the current version', () => {
    const document = TextDocument.create('file:///t/b.md', 'markdown', 7, 'CRS occurred. Tisagenlecleucal is given.\n');
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    for (const only of [[FIX_ALL_KIND], ['source.fixAll'], ['source']]) {
      const actions = lint.codeActions(document, range, { diagnostics: [], only });
      assert.deepEqual(
        actions.map((a) => a.kind),
        [FIX_ALL_KIND],
        JSON.stringify(only),
      );
      assert.equal(actions[0]!.title, 'Fix all 2 findings that need no choice (therapy-lint)');
      const change = actions[0]!.edit?.documentChanges?.[0];
      assert.ok(change && 'textDocument' in change && change.textDocument.version === 7);
      assert.deepEqual(documentEdits(actions[0]!.edit, document.uri), lint.fixAll(document).edits);
    }
    for (const only of [undefined, ['quickfix'], ['refactor']]) {
      const diagnostics = lint.diagnostics(document);
      const actions = lint.codeActions(document, range, { diagnostics, only });
      assert.ok(!actions.some((a) => a.kind === FIX_ALL_KIND), JSON.stringify(only));
    }
  });
});
