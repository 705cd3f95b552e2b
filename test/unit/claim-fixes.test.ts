import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { referenceText } from '../../server/src/citations/edits';
import { shorten } from '../../server/src/claims/fixes';
import { applyEdits, doc, documentEdits, service } from '../helpers/service';

// The claim fix a regulatory reviewer accepts: one choice per recorded approval, with its population and line of
// therapy in the label's wording, citing that approval's own source, adding no undefined abbreviation, and showing
// its new text in its title.

const lint = service();
const claimFixes = (document: TextDocument, linter = lint) => {
  const diagnostic = linter.diagnostics(document).find((d) => d.code === 'unsupported-claim');
  assert.ok(diagnostic, 'the claim is flagged');
  return linter
    .codeActions(document, diagnostic.range, { diagnostics: [diagnostic] })
    .filter((a) => a.title.startsWith('Replace with'))
    .map((a) => ({ ...a, text: applyEdits(document, documentEdits(a.edit, document.uri)!) }));
};

describe('claim fixes: one choice per recorded approval', () => {
  const kymriah = lint.index.entity('kymriah')!;
  const approvals = kymriah.approvals!.filter((a) => !a.unverified);

  it('offers each approval with its population and line of therapy as the label words them', () => {
    const fixes = claimFixes(doc('Kymriah is approved for multiple myeloma.'));
    assert.equal(fixes.length, approvals.length);
    for (const [i, approval] of approvals.entries()) {
      const { text, title, isPreferred } = fixes[i]!;
      // The label's own indication with its line of therapy ("… after two or more lines of systemic therapy").
      assert.ok(text.includes(approval.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())), text);
      if (approval.lineText && approval.label.includes(approval.lineText)) assert.ok(text.includes(approval.lineText));
      assert.ok(text.includes(approval.population.text.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())), text);
      // The title shows the new text (cut at a word when long).
      assert.match(title, /^Replace with "Kymriah is approved for .+"$/);
      assert.ok(text.startsWith(title.slice('Replace with "'.length, -1).replace(/…$/, '')), title);
      // A choice is the writer's: none is applied as the preferred fix.
      assert.notEqual(isPreferred, true);
    }
    assert.equal(new Set(fixes.map((f) => f.title)).size, fixes.length, 'titles tell the choices apart');
  });

  it('each choice is supported, adds no undefined abbreviation and cites the source of its own approval', () => {
    const text = 'Kymriah is approved for multiple myeloma [1].\n\n## References\n\n1. Smith J. A review. 2020.\n';
    const document = doc(text);
    const fixes = claimFixes(document);
    assert.equal(fixes.length, approvals.length);
    const undefinedBefore = lint.diagnostics(document).filter((d) => d.code === 'undefined-abbreviation').length;
    for (const [i, approval] of approvals.entries()) {
      const fixed = doc(fixes[i]!.text);
      const after = lint.diagnostics(fixed);
      assert.deepEqual(
        after.filter((d) => d.code === 'unsupported-claim').map((d) => d.message),
        [],
        fixes[i]!.text,
      );
      assert.equal(after.filter((d) => d.code === 'undefined-abbreviation').length, undefinedBefore, fixes[i]!.text);
      // The author's [1] stays; the approval's most authoritative source is appended as [2] and cited.
      const source = lint.index.source(lint.index.byAuthority(approval.sources)[0]!)!;
      assert.ok(fixes[i]!.text.includes(' [1, 2].\n'), fixes[i]!.text);
      assert.ok(fixes[i]!.text.endsWith(`2. ${referenceText(source)}\n`), fixes[i]!.text);
    }
  });

  // The second document repeats the first one's sentence at another place: its findings are replayed from the
  // sentence memo, and the fix must follow the sentence there.
  it('writes out an abbreviation the document has not defined, and keeps one it has', () => {
    const [undefinedHere] = claimFixes(doc('Carvykti targets CD19.'));
    assert.equal(undefinedHere?.text, 'Carvykti targets B-cell maturation antigen (BCMA).');
    const [definedBefore] = claimFixes(doc('B-cell maturation antigen (BCMA) is a target.\n\nCarvykti targets CD19.'));
    assert.equal(definedBefore?.text, 'B-cell maturation antigen (BCMA) is a target.\n\nCarvykti targets BCMA.');
  });

  it('never removes text outside the statement or the author citations (LaTeX)', () => {
    const text = 'Kymriah was first approved in 2017~\\cite{a}. Kymriah is approved for multiple myeloma~\\cite{b}.\n';
    const document = doc(text, 'latex');
    for (const fix of claimFixes(document)) {
      assert.ok(fix.text.startsWith('Kymriah was first approved in 2017~\\cite{a}. Kymriah is approved for '));
      assert.ok(fix.text.endsWith('~\\cite{b}.\n'), fix.text);
    }
  });
});

describe('claim fixes in an open document', () => {
  // An open document keeps a claim finding without the statements its fix rewrites: they are worked out again.
  it('are the same for a finding replayed in a later version as for a fresh check', () => {
    const claims = 'Kymriah is approved for multiple myeloma. Abecma targets CD19.';
    const open = service();
    const document = doc(`An introduction.\n\n${claims}\n`);
    const first = claimFixes(document, open);
    const firstFresh = claimFixes(doc(document.getText()), service());
    // The claims' paragraph moves with the edit above it: its findings are replayed, moved (`document` is updated).
    const edited = TextDocument.update(
      document,
      [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, text: 'A longer' }],
      2,
    );
    const fresh = claimFixes(doc(edited.getText()), service());
    assert.ok(fresh.length > 1, 'the claim has fixes');
    const same = (fixes: typeof fresh) => fixes.map(({ title, text }) => ({ title, text }));
    assert.deepEqual(same(claimFixes(edited, open)), same(fresh));
    assert.deepEqual(same(first), same(firstFresh));
  });
});

describe('claim fixes: the wrong value replaced', () => {
  const substitutions = (text: string) => {
    const document = doc(text);
    const diagnostic = lint.diagnostics(document).find((d) => d.code === 'unsupported-claim');
    assert.ok(diagnostic, `flagged: ${text}`);
    return lint
      .codeActions(document, diagnostic.range, { diagnostics: [diagnostic] })
      .filter((a) => /^Replace ".+" with ".+"$/.test(a.title))
      .map((a) => ({ ...a, text: applyEdits(document, documentEdits(a.edit, document.uri)!) }));
  };
  const clean = (text: string) =>
    lint
      .diagnostics(doc(text))
      .filter((d) => d.code === 'unsupported-claim')
      .map((d) => d.message);

  // Generated from the knowledge base: every product with one verified target, said to target another antigen.
  const antigens = [...lint.index.entities()].filter((e) => e.type === 'antigen').map((e) => e.id);
  const products = [...lint.index.entities()].filter(
    (e) => e.type === 'product' && e.design?.targets.length === 1 && !e.design.unverified,
  );
  it('replaces only the antigen, keeping what else the sentence says, and the result is clean', () => {
    assert.ok(products.length >= 5, 'products with a recorded target');
    for (const product of products) {
      const own = product.design!.targets[0]!;
      const wrong = lint.index.entity(antigens.find((a) => a !== own && lint.index.entity(a)!.name.length <= 8)!)!;
      const text = `${product.name}, which targets ${wrong.name}, is given once.`;
      const fixes = substitutions(text);
      assert.equal(fixes.length, 1, text);
      const fixed = fixes[0]!.text.trimEnd();
      assert.equal(
        fixed,
        text.replace(wrong.name, fixed.slice(`${product.name}, which targets `.length, fixed.indexOf(', is'))),
      );
      assert.ok(fixed.endsWith(', is given once.'), fixed);
      assert.equal(fixes[0]!.isPreferred, true, 'the only fix is preferred');
      assert.deepEqual(clean(fixed), [], fixed);
    }
  });

  it("replaces the company a link takes with the product's own", () => {
    const fixes = substitutions('Kymriah is marketed by Kite in the United States.');
    assert.deepEqual(
      fixes.map((f) => [f.title, f.text.trimEnd()]),
      [['Replace "Kite" with "Novartis"', 'Kymriah is marketed by Novartis in the United States.']],
    );
  });

  it('is not offered where the written value belongs to another product named there, or the recorded one is named', () => {
    for (const text of [
      // Kymriah does target CD19: BCMA in its place would make "like Kymriah" wrong.
      'Carvykti targets CD19, like Kymriah, in our summary table.',
      'Unlike Kymriah, Breyanzi targets BCMA rather than CD19.',
      'Breyanzi, like Kymriah, is made by Novartis in our summary.',
      // A denial is answered by what is recorded, not by another value in its place.
      'Abecma does not target BCMA, as our tumour board noted.',
    ])
      assert.deepEqual(
        substitutions(text).map((f) => f.title),
        [],
        text,
      );
  });
});

describe('shorten (fix titles)', () => {
  it('cuts at a word with an ellipsis, and leaves short text alone', () => {
    assert.equal(shorten('Kymriah is approved.', 40), 'Kymriah is approved.');
    assert.equal(
      shorten('Kymriah is approved for adult patients with relapsed lymphoma.', 40),
      'Kymriah is approved for adult patients…',
    );
  });
});
