import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from '../helpers/service';

// A Markdown table row is judged as the statement its first cell and a column's header make of each cell.

const claims = (lint: ReturnType<typeof service>, text: string, uri = 'file:///table.md') => {
  const document = TextDocument.create(uri, 'markdown', 1, text);
  return lint
    .diagnostics(document)
    .filter((d) => d.code === 'unsupported-claim')
    .map((d) => `${document.getText(d.range)}: ${d.message}`);
};

describe('claims in table rows', () => {
  it('judges a cell by its row subject and column header, on the cell', () => {
    const lint = service();
    assert.deepEqual(claims(lint, '| Product | Target |\n| --- | --- |\n| Yescarta | BCMA |\n'), [
      'BCMA: Yescarta targets CD19, not BCMA.',
    ]);
    assert.deepEqual(
      claims(lint, '| Brand | Approved indication |\n|---|---|\n| Tecartus | Multiple myeloma |\n').length,
      1,
    );
    assert.deepEqual(
      claims(
        lint,
        'Products:\n\n| Product | Vector | Costimulatory domain |\n|:--|:--|:--|\n| Breyanzi | lentiviral | CD28 |\n',
      ),
      ['CD28: Breyanzi has a 4-1BB co-stimulatory domain, not CD28.'],
    );
  });

  it('leaves true rows, unknown headers, first cells and cells that negate or hedge clean', () => {
    const lint = service();
    for (const text of [
      '| Product | Target |\n| --- | --- |\n| Yescarta | CD19 |\n| Abecma | BCMA |\n',
      '| Product | Notes |\n| --- | --- |\n| Yescarta | BCMA |\n',
      '| Target | Product |\n| --- | --- |\n| BCMA | Yescarta |\n',
      '| Product | Indication |\n| --- | --- |\n| Kymriah | not multiple myeloma |\n',
      '| Product | Indication |\n| --- | --- |\n| Kymriah | multiple myeloma? |\n',
      // A hedge or a stage of research in a parenthesis is still one.
      '| Product | Indication |\n| --- | --- |\n| Kymriah | Multiple myeloma (investigational) |\n',
      '| Product | Indication |\n| --- | --- |\n| Kymriah | Multiple myeloma (phase 1) |\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('reads the usual header names and a cell that opens with a verb as its own predicate', () => {
    const lint = service();
    for (const [text, flagged] of [
      ['| Product | Date of FDA approval |\n|---|---|\n| Abecma | March 2022 |\n', 'March 2022'],
      ['| Brand | Approved uses |\n|---|---|\n| Aucatzyl | Multiple myeloma |\n', 'Multiple myeloma'],
      ['| Product | Approvals |\n|---|---|\n| Aucatzyl | Multiple myeloma |\n', 'Multiple myeloma'],
      ['| Drug | Drug class |\n|---|---|\n| Tocilizumab | IL-1 receptor antagonist |\n', 'IL-1 receptor antagonist'],
      ['| Product | Costimulatory domains |\n|---|---|\n| Kymriah | CD28 |\n', 'CD28'],
      [
        '| Drug | Mechanism of action |\n|---|---|\n| Anakinra | Blocks the IL-6 receptor |\n',
        'Blocks the IL-6 receptor',
      ],
      ['| Product | Notes |\n|---|---|\n| Breyanzi | Gene-edited with CRISPR |\n', 'Gene-edited with CRISPR'],
    ] as const)
      assert.deepEqual(
        claims(lint, text).map((c) => c.slice(0, c.indexOf(':'))),
        [flagged],
        text,
      );
    for (const text of [
      '| Product | Date of FDA approval |\n|---|---|\n| Abecma | March 2021 |\n',
      '| Brand | Approved uses |\n|---|---|\n| Aucatzyl | B-cell ALL in adults |\n',
      '| Drug | Drug class |\n|---|---|\n| Anakinra | IL-1 receptor antagonist |\n',
      '| Product | Costimulatory domains |\n|---|---|\n| Kymriah | 4-1BB |\n',
      '| Drug | Mechanism of action |\n|---|---|\n| Tocilizumab | Blocks the IL-6 receptor |\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('does not replay a cell judged under another row or header', () => {
    const lint = service();
    assert.equal(claims(lint, '| Product | Target |\n| --- | --- |\n| Yescarta | BCMA |\n', 'file:///a.md').length, 1);
    assert.deepEqual(claims(lint, '| Product | Target |\n| --- | --- |\n| Abecma | BCMA |\n', 'file:///b.md'), []);
    assert.deepEqual(claims(lint, '| Product | Notes |\n| --- | --- |\n| Yescarta | BCMA |\n', 'file:///c.md'), []);
    assert.equal(claims(lint, '| Product | Target |\n| --- | --- |\n| Yescarta | BCMA |\n', 'file:///d.md').length, 1);
  });
});
