import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { extractProse } from '../../server/src/text/extract';
import type { DocumentLanguage } from '../../server/src/text/prose';
import { applyEdits, doc, documentEdits, service } from '../helpers/service';

// "Suppress … with a reason" puts its comment where the format allows one, never splitting a block, and a
// suppression works only once its placeholder is replaced by a real reason.
const lint = service();
const REASON = 'quoted from the 2017 label';

function suppressionOf(document: TextDocument, diagnostic: Diagnostic): CodeAction | undefined {
  return lint
    .codeActions(document, diagnostic.range, { diagnostics: [diagnostic] })
    .find((a) => a.title.startsWith('Suppress'));
}

/** The document with the first claim finding suppressed (reason filled in), and the action's title. */
function suppressClaim(text: string, language: DocumentLanguage = 'markdown') {
  const document = doc(text, language);
  const diagnostic = lint.diagnostics(document).find((d) => d.code === 'unsupported-claim');
  assert.ok(diagnostic, 'the claim is flagged');
  const action = suppressionOf(document, diagnostic);
  assert.ok(action, 'a suppression is offered');
  const inserted = applyEdits(document, documentEdits(action.edit, document.uri)!);
  const fixed = inserted.replace('REASON', REASON);
  const after = lint.diagnostics(doc(fixed, language));
  const blocks = (t: string) => extractProse(t, language).blocks.map((b) => b.kind);
  return { title: action.title, inserted, fixed, after, sameBlocks: blocks(text).join() === blocks(fixed).join() };
}

const claim = 'Kymriah is approved for multiple myeloma.';
const claims = (list: readonly Diagnostic[]) => list.filter((d) => d.code === 'unsupported-claim');

describe('suppression quick fix', () => {
  it('on the first line of a paragraph: a comment line before it', () => {
    const r = suppressClaim(`Intro.\n\n${claim}\nMore text.\n`);
    assert.equal(r.title, 'Suppress unsupported-claim on this line with a reason');
    assert.equal(
      r.fixed,
      `Intro.\n\n<!-- therapy-lint-disable-next-line unsupported-claim -- ${REASON} -->\n${claim}\nMore text.\n`,
    );
    assert.deepEqual(claims(r.after), []);
    assert.ok(r.sameBlocks);
  });

  for (const [shape, text, before] of [
    ['the middle of a paragraph', `The paragraph starts here.\n${claim}\n`, 0],
    ['a table', `| Product | Note |\n|---|---|\n| Kymriah | ${claim} |\n`, 0],
    ['a list item continuation', `- One.\n- Two says\n  ${claim}\n`, 0],
    ['a block quote', `> Quoted.\n> ${claim}\n`, 0],
    ['a paragraph right after front matter', `---\ntitle: T\n---\nLine one ends.\n${claim}\n`, 3],
  ] as const) {
    it(`in ${shape}: a next-block directive before the block, which stays whole`, () => {
      const r = suppressClaim(text);
      assert.equal(r.title, 'Suppress unsupported-claim in this block with a reason');
      const lines = r.fixed.split('\n');
      assert.match(lines[before]!, /^<!-- therapy-lint-disable-next-block unsupported-claim -- /);
      assert.ok(r.sameBlocks, 'the block is not split');
      assert.deepEqual(claims(r.after), []);
    });
  }

  it('never inside front matter', () => {
    const document = doc('---\ntitle: Kymriah\nbibliography: refs.bib\n---\n\nText.\n');
    const onFrontMatter: Diagnostic = {
      range: { start: { line: 2, character: 14 }, end: { line: 2, character: 22 } },
      message: 'The bibliography file could not be read.',
      code: 'unknown-reference',
      source: 'therapy-lint',
    };
    assert.equal(suppressionOf(document, onFrontMatter), undefined);
  });

  it('plain text gets no comment, which would print', () => {
    const document = doc(`Leaflet\n\n${claim}\n`, 'plaintext');
    const diagnostic = claims(lint.diagnostics(document))[0];
    assert.ok(diagnostic);
    assert.equal(suppressionOf(document, diagnostic), undefined);
  });

  it('LaTeX: a % line, in the middle of a paragraph too, which stays one paragraph', () => {
    const r = suppressClaim(`\\begin{document}\nThe paragraph starts here.\n${claim}\n\\end{document}\n`, 'latex');
    assert.equal(r.title, 'Suppress unsupported-claim on this line with a reason');
    assert.match(r.fixed.split('\n')[2]!, /^% therapy-lint-disable-next-line unsupported-claim -- /);
    assert.ok(r.sameBlocks);
    assert.deepEqual(claims(r.after), []);
  });

  it('LaTeX: a % line before a \\bibitem suppresses its finding', () => {
    const text =
      'See \\cite{a}.\n\n\\begin{thebibliography}{9}\n\\bibitem{a} June CH. Science. 2018.\n\\bibitem{b} Unused A. Journal. 2019.\n\\end{thebibliography}\n';
    const document = doc(text, 'latex');
    const diagnostic = lint.diagnostics(document).find((d) => d.code === 'uncited-reference');
    assert.ok(diagnostic);
    const action = suppressionOf(document, diagnostic);
    assert.ok(action);
    const fixed = applyEdits(document, documentEdits(action.edit, document.uri)!).replace('REASON', REASON);
    assert.ok(fixed.includes(`% therapy-lint-disable-next-line uncited-reference -- ${REASON}\n\\bibitem{b}`));
    assert.deepEqual(
      lint.diagnostics(doc(fixed, 'latex')).filter((d) => d.code === 'uncited-reference'),
      [],
    );
  });

  it('the placeholder unedited is refused with a finding that asks for a reason', () => {
    const r = suppressClaim(`${claim}\n`);
    const after = lint.diagnostics(doc(r.inserted));
    assert.equal(claims(after).length, 1, 'the claim is still flagged');
    const refused = after.filter((d) => d.code === 'unexplained-suppression');
    assert.equal(refused.length, 1);
    assert.match(refused[0]!.message, /replace the placeholder "REASON"/);
  });

  it('every edit names the document version it was computed for', () => {
    const document = TextDocument.create('file:///v.md', 'markdown', 7, `${claim}\n\nKymriah is given once [9].\n`);
    const actions = lint
      .diagnostics(document)
      .flatMap((d) => lint.codeActions(document, d.range, { diagnostics: [d] }));
    assert.ok(actions.length >= 3);
    for (const action of actions) {
      assert.equal(action.edit?.changes, undefined, action.title);
      const changes = action.edit?.documentChanges ?? [];
      assert.ok(changes.length, action.title);
      for (const change of changes)
        assert.deepEqual('textDocument' in change && change.textDocument, { uri: 'file:///v.md', version: 7 });
    }
  });
});
