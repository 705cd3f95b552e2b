import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/index';
import { builtInKnowledgeBase } from '../helpers/service';

// An open document keeps its sentences' cues per block (DocumentAnalysis.sentenceCue) and reads them again at later
// versions; a one-shot check keeps none. Both must find the same claims, at open and after an edit above them: a cue
// kept wrong, or read for the wrong sentence, loses or adds a finding here.

const STATEMENTS = [
  'Abecma is made by Bristol Myers Squibb. It targets CD19.',
  'Nurse: Abecma targets CD19. Patient: I see.',
  'Tisagenlecleucel (Kymriah) -- Manufacturer: Kite.',
  'No CAR-T had been approved before Kymriah. Kymriah targets BCMA.',
  '## Abecma\n\nTargets CD19.',
  'Q1. True or false: Carvykti targets CD19.\nAnswer: True.',
  '2017\nOctober: Kymriah approved for multiple myeloma.',
];

function claims(text: string, oneShot: boolean, edits: string[] = []): string[] {
  const lint = createLanguageService({ knowledgeBase: builtInKnowledgeBase(), oneShot });
  const document = TextDocument.create('file:///cues.md', 'markdown', 1, text);
  let found = lint.diagnostics(document);
  for (const [i, inserted] of edits.entries()) {
    const start = { line: 0, character: 0 };
    TextDocument.update(document, [{ range: { start, end: start }, text: inserted }], i + 2);
    found = lint.diagnostics(document);
  }
  return found
    .filter((d) => d.code === 'unsupported-claim' || d.code === 'overstated-claim')
    .map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
}

describe('sentence cues kept per block', () => {
  const text = `# Notes\n\n${STATEMENTS.join('\n\n')}\n`;

  it('an open document finds what a one-shot check finds', () => {
    const kept = claims(text, false);
    assert.deepEqual(kept, claims(text, true));
    // The statements above are read through their cues: most are findings.
    assert.ok(kept.length >= 4, kept.join('\n'));
  });

  it('after edits above them, what a one-shot check of the edited text finds', () => {
    const edits = ['Intro.\n\n', 'A second line.\n\n'];
    const edited = edits.reduce((t, e) => `${e}${t}`, text);
    assert.deepEqual(claims(text, false, edits), claims(edited, true));
  });
});
