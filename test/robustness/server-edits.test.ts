import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { generateClaimDense, random } from '../../bench/generate';
import { builtInKnowledgeBase } from '../helpers/service';
import { LspClient } from './lspClient';

// The bundled server's edit path (per-block and per-finding results kept across versions, fix titles included) must
// publish what a fresh server publishes for the same text, and its quick fixes must edit the same places: one-character
// edits as a writer types them, and paragraphs typed or deleted above flagged statements (which moves them, their
// findings replayed at the new place).

const root = path.resolve(__dirname, '..', '..', '..');
const URI = 'file:///robustness/edited.md';
const FRESH_URI = 'file:///robustness/fresh.md';

// With sentences whose readings are kept per block across versions (DocumentAnalysis.sentenceCue): an anaphor, an
// entry's head, a speaker's turn.
const PARAGRAPHS = [
  'Carvykti targets CD19.',
  'Kymriah is approved for multiple myeloma.',
  'Patients were treated.',
  'Abecma is made by Bristol Myers Squibb. It targets CD19.',
  'Tisagenlecleucel (Kymriah) -- Manufacturer: Kite.',
  'Nurse: Abecma targets CD19. Patient: I see.',
];

type Change = { start: number; end: number; text: string };

/** A seeded writer's edit: a character typed or deleted in a prose line, or a paragraph typed or deleted. */
function nextChange(text: string, rand: () => number): Change {
  const roll = rand();
  const at = Math.floor(rand() * text.length);
  if (roll < 0.2) {
    // A paragraph typed at a paragraph's start, or the one there deleted.
    const start = text.lastIndexOf('\n\n', at) < 0 ? 0 : text.lastIndexOf('\n\n', at) + 2;
    const paragraph = PARAGRAPHS[Math.floor(rand() * PARAGRAPHS.length)]!;
    const own = PARAGRAPHS.find((p) => text.startsWith(`${p}\n\n`, start));
    if (own) return { start, end: start + own.length + 2, text: '' };
    return { start, end: start, text: `${paragraph}\n\n` };
  }
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const space = text.indexOf(' ', lineStart);
  const where = space < 0 ? at : space + 1;
  return roll < 0.6 ? { start: where, end: where, text: 'x' } : { start: where, end: where + 1, text: '' };
}

/** Each diagnostic, with a claim diagnostic's quick fixes and their edits, as an editor sees them. */
async function published(client: LspClient, uri: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const shown: string[] = [];
  for (const diagnostic of diagnostics) {
    const actions =
      diagnostic.code === 'unsupported-claim'
        ? await client.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] },
          })
        : [];
    shown.push(JSON.stringify({ diagnostic, actions }).split(uri).join('<doc>'));
  }
  return shown;
}

describe('the bundled server after edits publishes what a fresh server publishes', function () {
  this.timeout(600_000);

  it('a real manuscript and a claim-dense one, typed in and paragraphs typed above flagged statements', async () => {
    const review = fs.readFileSync(path.join(root, 'examples', 'car-t-review.md'), 'utf8');
    const base = `${review}\n\n${generateClaimDense(builtInKnowledgeBase(), 6_000)}`;
    const rand = random(48);
    const client = new LspClient();
    const document = TextDocument.create(URI, 'markdown', 1, base);
    let replaced = 0;
    try {
      await client.initialize();
      await client.open(URI, base);
      for (let version = 2; version <= 13; version++) {
        const { start, end, text } = nextChange(document.getText(), rand);
        const range = { start: document.positionAt(start), end: document.positionAt(end) };
        TextDocument.update(document, [{ range, text }], version);
        const diagnostics = client.diagnostics(URI, version, 300_000);
        await client.notify('textDocument/didChange', {
          textDocument: { uri: URI, version },
          contentChanges: [{ range, text }],
        });
        const got = await diagnostics;
        // Every third version against a server that has seen no other version (nothing kept from one).
        if (version % 3 !== 1) continue;
        const fresh = new LspClient();
        try {
          await fresh.initialize();
          // Opened at the same version: code actions name the version their edits apply to.
          const expected = await fresh.open(FRESH_URI, document.getText(), version);
          assert.deepEqual(
            await published(client, URI, got),
            await published(fresh, FRESH_URI, expected),
            `after version ${version}`,
          );
        } finally {
          await fresh.stop();
        }
        replaced += got.filter((d) =>
          (d.data as { fixes?: { title: string }[] }).fixes?.some((f) => f.title.startsWith('Replace "')),
        ).length;
      }
    } finally {
      await client.stop();
    }
    // The versions compared had claim findings whose fix replaces a value.
    assert.ok(replaced > 0);
  });
});
