import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { claimIdsAndTexts, service } from '../helpers/service';

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

  it('reads a use column as the prose sentence of use: a drug may be used off-label, a CAR-T is used on its label', () => {
    const lint = service();
    assert.deepEqual(claims(lint, '| Drug | Use |\n|---|---|\n| Dexamethasone | ICANS |\n| Anakinra | ICANS |\n'), []);
    assert.deepEqual(claims(lint, '| Drug | Used for |\n|---|---|\n| Tocilizumab | ICANS |\n'), []);
    assert.deepEqual(claims(lint, '| Product | Use |\n|---|---|\n| Kymriah | multiple myeloma |\n'), [
      'multiple myeloma: Kymriah is not approved for multiple myeloma. It is approved for B-cell ALL, LBCL and FL.',
    ]);
    assert.deepEqual(claims(lint, '| Drug | Approved uses |\n|---|---|\n| Dexamethasone | ICANS |\n').length, 1);
  });

  it('reads a row about one condition: its differentiation, and the tool that grades it', () => {
    const lint = service();
    const table = (header: string, subject: string, value: string) =>
      `| Category | ${header} |\n|---|---|\n| ${subject} | ${value} |\n`;
    assert.deepEqual(claims(lint, table('Differentiation', 'NET G3', 'Poor')), [
      'Poor: NET G3 is well differentiated under WHO 2019, not poorly differentiated.',
    ]);
    assert.deepEqual(claims(lint, table('Grading tool', 'CRS', 'ICE score')), [
      'ICE score: The ICE score grades ICANS, not CRS.',
    ]);
    for (const [header, subject, value] of [
      ['Differentiation', 'NET G3', 'Well'],
      ['Differentiation', 'NEC', 'Poorly differentiated'],
      // A value that is not a differentiation, a header that does not ask for one, a subject with more words.
      ['Differentiation', 'NET G3', 'Variable'],
      ['Notes', 'NET G3', 'Poor'],
      ['Differentiation', 'NET G3 of the lung', 'Poor'],
      ['Grading tool', 'ICANS', 'ICE score'],
      ['Notes', 'CRS', 'ICE score'],
    ])
      assert.deepEqual(claims(lint, table(header!, subject!, value!)), [], `${subject} | ${value} under ${header}`);
  });

  it('leaves true rows, unknown headers, first cells and cells that negate or hedge clean', () => {
    const lint = service();
    for (const text of [
      '| Product | Target |\n| --- | --- |\n| Yescarta | CD19 |\n| Abecma | BCMA |\n',
      '| Product | Notes |\n| --- | --- |\n| Yescarta | BCMA |\n',
      '| Target | Notes |\n| --- | --- |\n| BCMA | Yescarta |\n',
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
      ['| Drug | Therapeutic class |\n|---|---|\n| Lutathera | CAR-T cell therapy |\n', 'CAR-T cell therapy'],
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
      '| Drug | Therapeutic class |\n|---|---|\n| Lutathera | Radiopharmaceutical |\n',
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

  // Each case: the table, and the cell flagged (none: the table stays clean). Every false row has a true twin.
  const cells = (lint: ReturnType<typeof service>, cases: readonly (readonly [string, string | null])[]) => {
    for (const [text, flagged] of cases)
      assert.deepEqual(
        claims(lint, text).map((c) => c.slice(0, c.indexOf(':'))),
        flagged === null ? [] : [flagged],
        text,
      );
  };

  it('reads the regulator a header or a row names, and a header that is only a regulator', () => {
    cells(service(), [
      ['| Product | FDA-approved for |\n|---|---|\n| Breyanzi | Multiple myeloma |\n', 'Multiple myeloma'],
      ['| Product | FDA-approved for |\n|---|---|\n| Carvykti | Multiple myeloma |\n', null],
      ['| Product | FDA | EMA |\n|---|---|---|\n| Abecma | 2019 | 2021 |\n', '2019'],
      // The EU record is not complete: an EMA cell is not judged by the FDA's record.
      ['| Product | FDA | EMA |\n|---|---|---|\n| Abecma | 2021 | 2019 |\n', null],
      ['| Product | Regulator | Approved |\n|---|---|---|\n| Carteyva | FDA | 2021 |\n', '2021'],
      ['| Product | Regulator | Approved |\n|---|---|---|\n| Carteyva | NMPA | 2021 |\n', null],
      // A regulator cell beside a column of years alone: the row's regulator approved it.
      ['| Product | Regulator | Year |\n|---|---|---|\n| Satri-cel | FDA | 2026 |\n', 'FDA'],
      ['| Product | Approving regulator | Year |\n|---|---|---|\n| Satri-cel | US FDA | 2026 |\n', 'US FDA'],
      ['| Product | Regulator | Year |\n|---|---|---|\n| Satri-cel | NMPA | 2026 |\n', null],
      ['| Product | Regulator | Year |\n|---|---|---|\n| Kymriah | FDA | 2017 |\n', null],
      ['| Product | Regulator | Year |\n|---|---|---|\n| Satri-cel | TGA | 2026 |\n', null],
      ['| Product | Approval year | Country |\n|---|---|---|\n| Kymriah | 2019 | United States |\n', '2019'],
      ['| Product | Approval year | Country |\n|---|---|---|\n| Kymriah | 2019 | Japan |\n', null],
      // A value that names another regulator than the row's is that regulator's record; the FDA's still is judged.
      ['| Product | First approval |\n|---|---|\n| Carteyva | NMPA, 2021 |\n', null],
      ['| Product | First approval |\n|---|---|\n| Abecma | FDA, 2019 |\n', 'FDA, 2019'],
    ]);
  });

  it('reads yes/no cells, dates in a cell, multi-value cells and footnote marks', () => {
    cells(service(), [
      ['| Product | REMS at approval |\n|---|---|\n| Tecartus | No |\n', 'No'],
      ['| Product | REMS at approval |\n|---|---|\n| Tecartus | Yes |\n', null],
      ['| Product | HLA matching required |\n|---|---|\n| Yescarta | Yes |\n', 'Yes'],
      ['| Product | HLA matching required |\n|---|---|\n| Tecelra | Yes |\n', null],
      ['| Product | Gene-edited |\n|---|---|\n| Carvykti | Yes |\n', 'Yes'],
      ['| Product | Gene-edited |\n|---|---|\n| Carvykti | No |\n', null],
      // A header cell is a label: "REMS required" asserts nothing (only its cells do).
      ['| Product | REMS required |\n|---|---|\n| Kymriah | Yes |\n', 'Yes'],
      ['| Product | REMS required |\n|---|---|\n| Kymriah | No |\n', null],
      ['| Product | Boxed warning |\n|---|---|\n| Abecma | No |\n', 'No'],
      ['| Product | Boxed warning |\n|---|---|\n| Abecma | Yes |\n', null],
      ['| Product | Number of infusions |\n|---|---|\n| Aucatzyl | 1 |\n', '1'],
      ['| Product | Number of infusions |\n|---|---|\n| Aucatzyl | 2 |\n', null],
      ['| Product | FDA approval |\n|---|---|\n| Breyanzi | Yes (2020) |\n', 'Yes (2020)'],
      ['| Product | FDA approval |\n|---|---|\n| Breyanzi | Yes (2021) |\n', null],
      [
        '| Product | Indications |\n|---|---|\n| Breyanzi | LBCL; CLL; multiple myeloma |\n',
        'LBCL; CLL; multiple myeloma',
      ],
      ['| Product | Indications |\n|---|---|\n| Breyanzi | LBCL; CLL; FL; MCL |\n', null],
      ['| Product | Target |\n|---|---|\n| Abecma† | CD19* |\n', 'CD19*'],
      ['| Product | Target |\n|---|---|\n| Abecma† | BCMA* |\n', null],
    ]);
  });

  it('reads a header that only names a disease as whether the row is approved for it', () => {
    cells(service(), [
      ['| Product | Multiple myeloma | LBCL |\n|---|---|---|\n| Yescarta | Yes | Yes |\n', 'Yes'],
      ['| Product | Multiple myeloma | LBCL |\n|---|---|---|\n| Yescarta | No | Yes |\n', null],
      ['| Product | FL | MCL |\n|---|---|---|\n| Carvykti | No | Yes |\n', 'Yes'],
      ['| Product | FL | MCL |\n|---|---|---|\n| Carvykti | No | No |\n', null],
      // A disease the knowledge base declares nothing about, and values that are not yes or no: not judged.
      ['| Product | Lupus |\n|---|---|\n| Kymriah | No |\n', null],
      ['| Product | Follicular lymphoma |\n|---|---|\n| Kymriah | 86% ORR |\n', null],
    ]);
  });

  it('reads the indication a row names for its approval year, in its own column or after the name', () => {
    cells(service(), [
      ['| Product | Indication | FDA approval |\n|---|---|---|\n| Yescarta | FL | 2017 |\n', '2017'],
      ['| Product | Indication | FDA approval |\n|---|---|---|\n| Yescarta | FL | 2021 |\n', null],
      // Several indications: the year is the product's first approval.
      ['| Product | Indication | FDA approval |\n|---|---|---|\n| Yescarta | LBCL; FL | 2017 |\n', null],
      ['| Product | Approval year |\n|---|---|\n| Breyanzi (CLL) | 2021 |\n', '2021'],
      ['| Product | Approval year |\n|---|---|\n| Breyanzi (CLL) | 2024 |\n', null],
      ['| Product | Earliest line in myeloma |\n|---|---|\n| Abecma | Second line |\n', 'Second line'],
      ['| Product | Earliest line in myeloma |\n|---|---|\n| Carvykti | Second line |\n', null],
    ]);
  });

  it('reads transposed tables and a first column that names the relation over a column of names', () => {
    cells(service(), [
      ['## Carvykti\n\n| Feature | Detail |\n|---|---|\n| Target | CD19 |\n| Costimulatory domain | 4-1BB |\n', 'CD19'],
      ['## Carvykti\n\n| Feature | Detail |\n|---|---|\n| Target | BCMA |\n| Costimulatory domain | 4-1BB |\n', null],
      ['### Tecartus\n\n| Target antigen | BCMA |\n|---|---|\n| Vector | retroviral |\n', 'BCMA'],
      ['### Tecartus\n\n| Target antigen | CD19 |\n|---|---|\n| Vector | retroviral |\n', null],
      ['| Attribute | Breyanzi | Abecma |\n|---|---|---|\n| Target | BCMA | BCMA |\n', 'BCMA'],
      ['| Attribute | Breyanzi | Abecma |\n|---|---|---|\n| Target | CD19 | BCMA |\n', null],
      ['| Antigen | Approved products |\n|---|---|\n| BCMA | Abecma, Breyanzi |\n', 'Abecma, Breyanzi'],
      ['| Antigen | Approved products |\n|---|---|\n| BCMA | Abecma, Carvykti |\n', null],
      ['| Pivotal trial | Product |\n|---|---|\n| ZUMA-1 | Kymriah |\n', 'Kymriah'],
      ['| Pivotal trial | Product |\n|---|---|\n| ZUMA-1 | Yescarta |\n', null],
      // A header dated by a qualifier ("in 2024") makes the column's statements as of that year.
      ['| Product | REMS required |\n|---|---|\n| Yescarta | Yes |\n', 'Yes'],
      ['| Product | REMS required in 2024 |\n|---|---|\n| Yescarta | Yes |\n', null],
      ['| Product | REMS required in 2026 |\n|---|---|\n| Yescarta | Yes |\n', 'Yes'],
      // A row naming the regulator places the other rows' cells in its column.
      [
        '| Trade name | Kymriah | Carteyva |\n|---|---|---|\n| Year approved | 2017 | 2021 |\n| Approved by | FDA | FDA |\n',
        '2021',
      ],
      [
        '| Trade name | Kymriah | Carteyva |\n|---|---|---|\n| Year approved | 2017 | 2021 |\n| Approved by | FDA | NMPA |\n',
        null,
      ],
      [
        '| Trade name | Kymriah | Carteyva |\n|---|---|---|\n| Approved by | FDA | NMPA |\n| Year approved | 2019 | 2021 |\n',
        '2019',
      ],
    ]);
  });

  it('reads a disease among a header\'s words, and a no or "None" under an approval column as its absence', () => {
    cells(service(), [
      ['| Product | Earliest LBCL line |\n|---|---|\n| Kymriah | First line |\n', 'First line'],
      ['| Product | Earliest LBCL line |\n|---|---|\n| Kymriah | Third line |\n', null],
      ['| Product | FDA myeloma indication |\n|---|---|\n| Abecma | None |\n', 'None'],
      ['| Product | FDA myeloma indication |\n|---|---|\n| Kymriah | None |\n', null],
      // The answer is about the row's indication, not the product: and the indication is not claimed approved.
      ['| Product | Indication | FDA approval |\n|---|---|---|\n| Kymriah | Follicular lymphoma | No |\n', 'No'],
      ['| Product | Indication | FDA approval |\n|---|---|---|\n| Kymriah | Multiple myeloma | No |\n', null],
      ['| Product | Indication | FDA approval |\n|---|---|---|\n| Kymriah | Multiple myeloma | Pending |\n', null],
      // Which of several indications a no is about is not known; a year over a comma list is the first approval's.
      ['| Product | Indication | FDA approval |\n|---|---|---|\n| Kymriah | FL; multiple myeloma | No |\n', null],
      ['| Product | Indication | Approval year |\n|---|---|---|\n| Yescarta | LBCL, FL | 2021 |\n', '2021'],
      ['| Product | Indication | Approval year |\n|---|---|---|\n| Yescarta | LBCL, FL | 2017 |\n', null],
    ]);
  });

  it('reads a bare date column, timelines, minimum ages and definitions', () => {
    cells(service(), [
      // A bare "Year" is an approval's when the other columns only name the product and its indication.
      ['| Product | Indication | Year |\n|---|---|---|\n| Breyanzi | CLL | 2022 |\n', '2022'],
      ['| Product | Indication | Year |\n|---|---|---|\n| Breyanzi | CLL | 2024 |\n', null],
      ['| Product | Trial | Year |\n|---|---|---|\n| Breyanzi | TRANSCEND | 2022 |\n', null],
      ['| Milestone | Date |\n|---|---|\n| Kymriah approved for follicular lymphoma | May 2021 |\n', 'May 2021'],
      ['| Milestone | Date |\n|---|---|\n| Kymriah approved for follicular lymphoma | May 2022 |\n', null],
      // A timeline's event in the present, as a headline writes it.
      ['| Event | Date |\n|---|---|\n| FDA lifts the REMS for autologous CAR-T | 2024 |\n', '2024'],
      ['| Event | Date |\n|---|---|\n| FDA lifts the REMS for autologous CAR-T | June 2025 |\n', null],
      ['| Product (indication) | Minimum age |\n|---|---|\n| Aucatzyl (B-ALL) | 1 year |\n', '1 year'],
      ['| Product (indication) | Minimum age |\n|---|---|\n| Aucatzyl (B-ALL) | 18 years |\n', null],
      // A header read by its words: an age word with "youngest" or "minimum" is the youngest age covered.
      ['| Product | Youngest approved age |\n|---|---|\n| Tecartus | 2 years |\n', '2 years'],
      ['| Product | Youngest approved age |\n|---|---|\n| Tecartus | 18 years |\n', null],
      ['| Drug | Youngest approved age |\n|---|---|\n| Cabozantinib (NETs) | 18 years |\n', '18 years'],
      ['| Drug | Youngest approved age |\n|---|---|\n| Cabozantinib (NETs) | 12 years |\n', null],
      // A lower bound the label does not state (Kymriah's ALL label names only the upper one) settles nothing.
      ['| Product | Minimum age |\n|---|---|\n| Kymriah | 3 years |\n', null],
      // "Up to" in an age-limit cell is the oldest age covered.
      ['| Product | Age limit |\n|---|---|\n| Kymriah (ALL) | up to 30 years |\n', 'up to 30 years'],
      ['| Product | Age limit |\n|---|---|\n| Kymriah (ALL) | up to 25 years |\n', null],
      // "Adults only" restricts the population: read as "only in adults".
      ['| Product | Indication | Population |\n|---|---|---|\n| Kymriah | B-ALL | Adults only |\n', 'Adults only'],
      ['| Product | Indication | Population |\n|---|---|---|\n| Aucatzyl | B-ALL | Adults only |\n', null],
      ['| Term | Definition |\n|---|---|\n| CRS | Another name for ICANS |\n', 'Another name for ICANS'],
      ['| Term | Definition |\n|---|---|\n| CRS | A systemic inflammatory response to CAR-T |\n', null],
    ]);
  });

  it("reads who developed the row's product or grading system, the name as written", () => {
    const lint = service();
    cells(lint, [
      ['| Tool | Developed by |\n|---|---|\n| ICAHT grading | ASTCT |\n', 'ASTCT'],
      ['| Grading system | Defined by |\n|---|---|\n| ICAHT grading | EHA/EBMT |\n', null],
      ['| Product | Developer |\n|---|---|\n| Yescarta | Novartis |\n', 'Novartis'],
      ['| Product | Developer |\n|---|---|\n| Yescarta | Kite |\n', null],
    ]);
    assert.match(claims(lint, '| Product | Sponsor |\n|---|---|\n| Kymriah | Kite |\n')[0] ?? '', /, not Kite\.$/);
  });

  it('reads a check or cross mark as the yes or no it stands for', () => {
    cells(service(), [
      ['| Product | Gene-edited |\n|---|---|\n| Carvykti | \u2713 |\n', '\u2713'],
      ['| Product | Gene-edited |\n|---|---|\n| Carvykti | \u2717 |\n', null],
      ['| Product | Multiple myeloma | LBCL |\n|---|---|---|\n| Yescarta | \u2714 | \u2714 |\n', '\u2714'],
      ['| Product | Multiple myeloma | LBCL |\n|---|---|---|\n| Yescarta | \u2718 | \u2714 |\n', null],
    ]);
  });

  it('reads a row about a regulator under a column of what it approved', () => {
    cells(service(), [
      ['| Agency | CAR-T approvals |\n|---|---|\n| FDA | Carteyva |\n', 'Carteyva'],
      ['| Agency | CAR-T approvals |\n|---|---|\n| NMPA | Carteyva |\n', null],
      ['| Agency | CAR-T approvals |\n|---|---|\n| FDA | Kymriah (2019) |\n', 'Kymriah (2019)'],
      ['| Agency | CAR-T approvals |\n|---|---|\n| FDA | Kymriah (2017) |\n', null],
      ['| Regulator | First BCMA CAR-T approved |\n|---|---|\n| FDA | Carvykti |\n', 'Carvykti'],
      ['| Regulator | First BCMA CAR-T approved |\n|---|---|\n| FDA | Abecma |\n', null],
      // A header that negates or hedges, a place without a regulator, a cell naming none: not judged.
      ['| Regulator | Products not yet approved |\n|---|---|\n| FDA | Carteyva |\n', null],
      ['| Regulator | CAR-Ts pending approval |\n|---|---|\n| FDA | Carteyva |\n', null],
      ['| Country | Approved products |\n|---|---|\n| Japan | Carteyva |\n', null],
      ['| Regulator | Lymphoma CAR-T approved |\n|---|---|\n| EMA | None |\n', null],
    ]);
  });

  it('reads a row whose product stands beside its regulator', () => {
    cells(service(), [
      ['| Agency | Brand | Year approved |\n|---|---|---|\n| FDA | Abecma | 2019 |\n', '2019'],
      ['| Agency | Brand | Year approved |\n|---|---|---|\n| FDA | Abecma | 2021 |\n', null],
      ['| Regulator | Product | Target |\n|---|---|---|\n| FDA | Carvykti | CD19 |\n', 'CD19'],
      ['| Regulator | Product | Target |\n|---|---|---|\n| FDA | Carvykti | BCMA |\n', null],
      // A place the knowledge base has no regulator for; the product cell itself says nothing.
      ['| Regulator | Product | First approval |\n|---|---|---|\n| TGA | Kymriah | 2015 |\n', null],
      ['| Regulator | Product |\n|---|---|\n| FDA | Carteyva |\n', null],
    ]);
  });

  it('reads an approval column about the patients its header names, a status column, who makes it and whom it is for', () => {
    cells(service(), [
      ['| Product | Paediatric approval |\n|---|---|\n| Tecartus | Yes |\n', 'Yes'],
      ['| Product | Paediatric approval |\n|---|---|\n| Tecartus | No |\n', null],
      ['| Product | Pediatric indication |\n|---|---|\n| Kymriah | No |\n', 'No'],
      ['| Product | Pediatric indication |\n|---|---|\n| Kymriah | \u2713 |\n', null],
      ['| Product | Adult indication |\n|---|---|\n| Abecma | \u2713 |\n', null],
      // A qualifier naming only patients ("for children") is whom the yes or no is about, not dropped.
      ['| Product | Approved for children? |\n|---|---|\n| Aucatzyl | Yes |\n', 'Yes'],
      ['| Product | Approved for children? |\n|---|---|\n| Aucatzyl | No |\n', null],
      ['| Product | Approved for children? |\n|---|---|\n| Kymriah | Yes |\n', null],
      // A yes whose parenthesis names only diseases is a yes for them; a no for one disease is not read.
      ['| Product | Pediatric indication? |\n|---|---|\n| Tecartus | Yes (ALL) |\n', 'Yes (ALL)'],
      ['| Product | Pediatric indication? |\n|---|---|\n| Kymriah | Yes (ALL) |\n', null],
      ['| Product | FDA approved |\n|---|---|\n| Abecma | Yes (follicular lymphoma) |\n', 'Yes (follicular lymphoma)'],
      ['| Product | FDA approved |\n|---|---|\n| Abecma | Yes (multiple myeloma) |\n', null],
      ['| Product | Pediatric indication? |\n|---|---|\n| Tecartus | No (ALL) |\n', null],
      ['| Product | Indication | Pediatric? |\n|---|---|---|\n| Tecartus | ALL | Yes (LBCL) |\n', null],
      // "Eligible" adds nothing to the slot its header names.
      ['| Product | Eligible ages |\n|---|---|\n| Aucatzyl | 12 and older |\n', '12 and older'],
      ['| Product | Eligible ages |\n|---|---|\n| Aucatzyl | 18 and older |\n', null],
      ['| Product | FDA-approved in adults |\n|---|---|\n| Kymriah | No |\n', 'No'],
      ['| Product | Regulatory status |\n|---|---|\n| Tecartus | Not approved |\n', 'Not approved'],
      ['| Product | FDA status |\n|---|---|\n| Tecartus | Approved |\n', null],
      ['| Product | Made by |\n|---|---|\n| Breyanzi | Novartis |\n', 'Novartis'],
      ['| Product | Required biomarker |\n|---|---|\n| Tecelra | HLA-A*24 positive |\n', 'HLA-A*24 positive'],
      ['| Product | Required biomarker |\n|---|---|\n| Tecelra | HLA-A*02:01P positive |\n', null],
      ['| Product | Required biomarker |\n|---|---|\n| Tecelra | MAGE-A4 expression |\n', null],
      ['| Product | Manufactured by |\n|---|---|\n| Breyanzi | Bristol Myers Squibb |\n', null],
      ['| Product | Status |\n|---|---|\n| Kymriah | Investigational |\n', null],
      // A header of two-word slot names ("age range", "age group") beside an approval word; ages in a range.
      ['| Product | Approved age range |\n|---|---|\n| Carvykti | Adults and children |\n', 'Adults and children'],
      ['| Product | Approved age range |\n|---|---|\n| Carvykti | Adults |\n', null],
      ['| Product | Approved age group |\n|---|---|\n| Abecma | All ages |\n', 'All ages'],
      ['| Product | Indication | Ages |\n|---|---|---|\n| Breyanzi | CLL | 1 year and older |\n', '1 year and older'],
      ['| Product | Indication | Ages |\n|---|---|---|\n| Breyanzi | CLL | 18 years and older |\n', null],
      ['| Product | Indication | Ages |\n|---|---|---|\n| Kymriah | B-cell ALL | to age 21 |\n', 'to age 21'],
      ['| Product | Indication | Ages |\n|---|---|---|\n| Kymriah | B-cell ALL | to age 25 |\n', null],
      ['| Product | Indication | Ages |\n|---|---|---|\n| Kymriah | B-cell ALL | aged 1 to 21 |\n', 'aged 1 to 21'],
      ['| Product | Indication | Ages |\n|---|---|---|\n| Kymriah | B-cell ALL | aged 1 to 25 |\n', null],
      // A header that is only a period dates the rule its row names, after the infusion the caption names.
      [
        'Rules after a Kymriah infusion\n\n| Rule | Before June 2025 | After June 2025 |\n|---|---|---|\n| Stay near the treatment center | 4 weeks | 4 weeks |\n',
        '4 weeks',
      ],
      [
        'Rules after a Kymriah infusion\n\n| Rule | Before June 2025 | After June 2025 |\n|---|---|---|\n| No driving | 8 weeks | 2 weeks |\n',
        null,
      ],
      ['| Rule | In 2023 | In 2026 |\n|---|---|---|\n| Do not drive | 2 weeks | 2 weeks |\n', '2 weeks'],
      ['| Rule | In 2023 | In 2026 |\n|---|---|---|\n| Do not drive | 8 weeks | 2 weeks |\n', null],
      // A boxed-warning column for one syndrome: a no is about that warning only.
      ['| Product | Boxed warning for T-cell malignancies |\n|---|---|\n| Tecelra | No |\n', null],
      ['| Product | Boxed warning for T-cell malignancies |\n|---|---|\n| Yescarta | No |\n', 'No'],
      ['| Product | Boxed warning for CRS |\n|---|---|\n| Amtagvi | No |\n', null],
      ['| Product | Boxed warning for CRS |\n|---|---|\n| Tecelra | No |\n', 'No'],
    ]);
  });

  it('reads a column of approved products beside a disease', () => {
    cells(service(), [
      ['| Cancer | Approved CAR-T products |\n|---|---|\n| Mantle cell lymphoma | Abecma |\n', 'Abecma'],
      ['| Cancer | Approved CAR-T products |\n|---|---|\n| Mantle cell lymphoma | Tecartus |\n', null],
      ['| Condition | FDA-approved therapies |\n|---|---|\n| Multiple myeloma | Abecma; Carvykti |\n', null],
      ['| Condition | FDA-approved therapies |\n|---|---|\n| Multiple myeloma | None |\n', null],
      // Products beside a disease without "approved" may be studied in it; another regulator's record is not complete.
      ['| Disease | Products |\n|---|---|\n| Follicular lymphoma | Abecma |\n', null],
      ['| Disease | EMA-approved CAR-T |\n|---|---|\n| Follicular lymphoma | Abecma |\n', null],
    ]);
  });

  it('reads an HTML table in Markdown as rows under its header row', () => {
    const table = (rows: string, head = '<tr><th>Product</th><th>Target</th></tr>') =>
      `Targets:\n\n<table>\n${head}\n${rows}\n</table>\n`;
    cells(service(), [
      [table('<tr><td>Tecartus</td><td>BCMA</td></tr>'), 'BCMA'],
      [table('<tr><td>Tecartus</td><td>CD19</td></tr>'), null],
      // Indented, inline tags, a <thead> of <td> cells, closing tags left out.
      [
        table(
          '  <tbody>\n    <tr>\n      <td><b>Carvykti</b></td>\n      <td>CD19</td>\n    </tr>\n  </tbody>',
          '  <thead>\n    <tr>\n      <td>Brand</td>\n      <td>Antigen</td>\n    </tr>\n  </thead>',
        ),
        'CD19',
      ],
      [table('<tr><td>Abecma<td>MAGE-A4'), 'MAGE-A4'],
      [
        table(
          '<tr><td>Breyanzi</td><td>Multiple myeloma</td></tr>',
          '<tr><th>Product</th><th>FDA-approved for</th></tr>',
        ),
        'Multiple myeloma',
      ],
      // A header cell labels its column; a table without a header row is not read as rows.
      [
        table('<tr><td>No</td><td>Label</td></tr>', '<tr><th>Kymriah approved for myeloma</th><th>Source</th></tr>'),
        null,
      ],
      [table('<tr><td>Yescarta</td><td>BCMA</td></tr>', '<tr><td>Product</td><td>Target</td></tr>'), null],
    ]);
  });

  it('reads HTML table rows pasted without their table tag as a table', () => {
    const head = '<tr><th>Product</th><th>Target</th></tr>';
    cells(service(), [
      [`${head}\n<tr><td>Tecartus</td><td>BCMA</td></tr>\n`, 'BCMA'],
      [`${head}\n<tr><td>Tecartus</td><td>CD19</td></tr>\n`, null],
      [`Intro.\n\n${head}<tr><td>Abecma</td><td>CD19</td></tr>\n`, 'CD19'],
      // Still no header row, no rows.
      ['<tr><td>Yescarta</td><td>BCMA</td></tr>\n', null],
    ]);
  });

  it('reads no claim in a header cell: it labels its column', () => {
    cells(service(), [
      ['| Country | CAR-T approved for glioblastoma |\n|---|---|\n| Japan | None |\n', null],
      ['| Regulator | BCMA CAR-T approved for lymphoma |\n|---|---|\n| EMA | None |\n', null],
      ['| Kymriah approved for myeloma | Source |\n|---|---|\n| No | Label |\n', null],
    ]);
  });

  // Rows that are not judged at all, whatever they say: a miss is cheaper than an error on a subject not understood.
  it('leaves a row whose first cell names no one entity, and gaps, unjudged', () => {
    cells(service(), [
      ['| Product | Target |\n|---|---|\n| Kymriah / Yescarta | BCMA |\n', null],
      ['| Product | Target |\n|---|---|\n| Kymriah (pediatric) | BCMA |\n', null],
      ['| Product | Target |\n|---|---|\n| CAR-T products | BCMA |\n', null],
      ['| Product | Target |\n|---|---|\n| Kymriah | — |\n', null],
      ['| Product | REMS at approval |\n|---|---|\n| Aucatzyl | n/a |\n', null],
      ['| Product | Regulator | Approved |\n|---|---|---|\n| Kymriah | TGA | 2015 |\n', null],
      // Two regulators in one header: which record judges the cell is not known.
      ['| Product | FDA/EMA approval |\n|---|---|\n| Kymriah | 2015 |\n', null],
      ['## Kymriah\n\n| Indication | Notes |\n|---|---|\n| Target | BCMA |\n', null],
    ]);
  });

  it('reads a caption naming a regulator, a phase or status column, and the header wordings writers use', () => {
    const caption = (title: string) => `${title}\n\n| Product | Indication |\n| --- | --- |\n| Abecma | LBCL |\n`;
    const pipeline = (last: string, value: string) =>
      `| Product | Target | Indication | ${last} |\n|---|---|---|---|\n| Abecma | BCMA | LBCL | ${value} |\n`;
    cells(service(), [
      [caption('Table 1. CAR-T therapies approved in the United States'), 'LBCL'],
      // A caption placing the table under another regulator scopes it like a heading.
      [caption('Table 2. CAR-T therapies approved in the EU (EMA)'), null],
      [caption('Approvals in China (NMPA)'), null],
      // A phase column makes the table one of research: only "Approved" there is an approval.
      [pipeline('Phase', 'Phase 1'), null],
      [pipeline('Phase', 'Approved'), 'LBCL'],
      [pipeline('Status', 'In development'), null],
      ['| Brand | Licensed for |\n|---|---|\n| Abecma | LBCL |\n', 'LBCL'],
      ['| Brand | Cell origin |\n|---|---|\n| Abecma | Allogeneic |\n', 'Allogeneic'],
      ['| Brand | Costim domain |\n|---|---|\n| Abecma | CD28 |\n', 'CD28'],
      // Transposed, a row label that is a glossary term still names the slot.
      ['| Feature | Breyanzi | **Aucatzyl®** |\n|---|---|---|\n| Costimulatory domain | 4-1BB | CD28 |\n', 'CD28'],
      ['| Feature | Breyanzi | Aucatzyl |\n|---|---|---|\n| Boxed warning | Yes | No |\n', 'No'],
      ['| Feature | Breyanzi | Aucatzyl |\n|---|---|---|\n| Boxed warning | Yes | Yes |\n', null],
    ]);
  });

  it('reads a header by its words: a slot word, its qualifiers and fillers, every word understood', () => {
    const table = (header: string, row: string) => `| Product | ${header} |\n|---|---|\n| ${row} |\n`;
    cells(service(), [
      // Head noun or verb of the slot, with participles, question words and fillers around it.
      [table('Antigen targeted', 'Yescarta | BCMA'), 'BCMA'],
      [table('Antigen targeted', 'Yescarta | CD19'), null],
      [table('What it targets', 'Abecma | CD19'), 'CD19'],
      [table('Which antigen does it target?', 'Yescarta | BCMA'), 'BCMA'],
      [table('Which antigen does it target?', 'Yescarta | CD19'), null],
      [table('Vector used to add the CAR', 'Kymriah | gamma-retroviral'), 'gamma-retroviral'],
      [table('Cells come from', 'Kymriah | Healthy donor cells'), 'Healthy donor cells'],
      [table('Cells come from', "Kymriah | The patient's own T cells"), null],
      [table('Company marketing it', 'Tecartus | Novartis'), 'Novartis'],
      // An approval word with a date word, "first" and a place: the first approval; with a slot, that slot.
      [table('Year first licensed in the US', 'Yescarta | 2015'), '2015'],
      [table('Year first licensed in the US', 'Yescarta | 2017'), null],
      [table('Who the FDA approved it for', 'Abecma | Children'), 'Children'],
      [table('Earliest line allowed by the FDA label', 'Abecma | First line'), 'First line'],
      [table('Type of FDA approval', 'Abecma | Accelerated'), 'Accelerated'],
      [table('Type of FDA approval', 'Abecma | Regular'), null],
      // A period the header names is the statement's.
      [table('Indications as of 2016', 'Kymriah | B-ALL'), 'B-ALL'],
      [table('Indications as of 2018', 'Kymriah | B-ALL'), null],
      // A word not understood, a stage of research, an approval word beside a slot it does not qualify, or "first"
      // beside one that cannot carry it: the column is not judged.
      [table('Antigen targeted in earlier trials', 'Yescarta | BCMA'), null],
      [table('Indication under study', 'Abecma | LBCL'), null],
      [table('Approved target', 'Yescarta | BCMA'), null],
      [table('Date of first infusion', 'Yescarta | 2015'), null],
      [table('First indication', 'Abecma | LBCL'), null],
      // A dose by cell count is not a count of infusions.
      [table('Dosing regimen', 'Yescarta | 2 × 10^6/kg'), null],
      [table('Dosing regimen', 'Abecma | 2 infusions'), '2 infusions'],
    ]);
  });

  it('reads yes/no slots and cell values by their type: dates in any format, abbreviations, continued rows', () => {
    const table = (header: string, row: string) => `| Product | ${header} |\n|---|---|\n| ${row} |\n`;
    cells(service(), [
      // Yes/no slots named by their words ("HLA dependence", "Genome editing", "BBW", "Original REMS").
      [table('HLA dependence', 'Abecma | Y'), 'Y'],
      [table('HLA dependence', 'Abecma | N'), null],
      [table('Genome editing', 'Abecma | Yes'), 'Yes'],
      [table('BBW', 'Breyanzi | No'), 'No'],
      [table('Original REMS', 'Aucatzyl | Yes'), 'Yes'],
      // A yes or no answers its column, not its own predicate ("Not approved").
      [table('FDA approved?', 'eque-cel | Not approved'), null],
      [table('FDA approved?', 'bb2121 | ✘'), '✘'],
      // Numeric dates read as prose writes them; day and month told apart only when one cannot be a month.
      [table('Date approved', 'Abecma | 2021-06-26'), '2021-06-26'],
      [table('Date approved', 'Abecma | 2021-03-26'), null],
      [table('Date approved', 'Kymriah | 11/30/2017'), '11/30/2017'],
      [table('Date approved', 'Kymriah | 08/30/2017'), null],
      [table('Date approved', 'Kymriah | 08/09/2017'), null],
      // Cell sources and schedules as writers abbreviate them.
      [table('Donor', 'Abecma | Allo'), 'Allo'],
      [table('Donor', 'Abecma | Auto'), null],
      [table('How it is given', 'Yescarta | Two doses'), 'Two doses'],
      [table('How it is given', 'Yescarta | One-time infusion'), null],
      // A cell that names only a regulator, under a column of regulators or of approvals, says who approved it.
      [table('Approving agency', 'equecabtagene autoleucel | US FDA'), 'US FDA'],
      [table('Approved by', 'equecabtagene autoleucel | NMPA'), null],
      ['| Product | Regulator | Approved |\n|---|---|---|\n| Carteyva | FDA | 2021 |\n', '2021'],
    ]);
    // An empty first cell continues the row above; a disease column is the row's indication.
    const lint = service();
    assert.deepEqual(
      claims(
        lint,
        '| Product | Indication | FDA approval |\n|---|---|---|\n| Breyanzi | LBCL | 2021 |\n|  | MZL | 2021 |\n',
      ),
      ['2021: Breyanzi was FDA-approved for marginal zone lymphoma (MZL) in Dec 2025, not 2021.'],
    );
    assert.deepEqual(
      claims(
        lint,
        '| Product | Disease | Approved |\n|---|---|---|\n| Breyanzi | LBCL | 2021 |\n| Breyanzi | CLL | 2024 |\n',
      ),
      [],
    );
  });

  it('does not read a table pasted without pipes as one sentence; hard-wrapped prose still is one', () => {
    cells(service(), [
      [
        'Approved cell therapies\nProduct Approved use\nTecartus (brexu-cel) Mantle cell lymphoma\nKymriah (tisa-cel) B-cell ALL (young adults)\nCarvykti (cilta-cel) Multiple myeloma\nAbecma (ide-cel) Multiple myeloma\n',
        null,
      ],
      [
        'Kymriah was approved by the\nFDA for multiple myeloma in\n2017, and Yescarta\nfollowed.\n',
        'Kymriah was approved by the\nFDA for multiple myeloma in\n2017, and Yescarta\nfollowed.',
      ],
    ]);
  });

  it('reads a grading table: each row gives a grade with its finding or score, unless another system grades it', () => {
    const lint = service();
    assert.deepEqual(
      claims(
        lint,
        '| CRS grade | Blood pressure support | Oxygen |\n|---|---|---|\n| 2 | none | low-flow |\n| 3 | two or more vasopressors | high-flow |\n',
      ),
      ['two or more vasopressors: Two or more vasopressors is CRS grade 4 or higher (ASTCT 2019), not grade 3.'],
    );
    assert.deepEqual(
      claims(lint, '<table><tr><th>CRS grade</th><th>Oxygen</th></tr><tr><td>2</td><td>high-flow</td></tr></table>\n'),
      ['high-flow: High-flow is CRS grade 3 or higher (ASTCT 2019), not grade 2.'],
    );
    assert.deepEqual(
      claims(
        lint,
        'Table 1. ICANS grade by ICE score (adults)\n\n| ICE points | ICANS grade |\n|---|---|\n| 3–6 | 2 |\n| 0–2 | 4 |\n',
      ),
      ['4: ICANS grade 4 is an ICE of 0, not 0–2.'],
    );
    for (const text of [
      '| CRS grade | Vasopressors | Oxygen |\n|---|---|---|\n| 2 | none | low-flow |\n| 3 | one | high-flow |\n| 4 | multiple vasopressors | CPAP |\n',
      '| ICE points | ICANS grade |\n|---|---|\n| 7–9 | 1 |\n| 3–6 | 2 |\n| 0–2 | 3 |\n',
      // Another grading system's table.
      'Table 1. CTCAE grade of CRS\n\n| CRS grade | Blood pressure support |\n|---|---|\n| 3 | multiple vasopressors |\n',
      '| Penn grade (CRS) | Blood pressure support |\n|---|---|\n| 3 | multiple vasopressors |\n',
      // A grade column of rates is not a grading table.
      '| Product | Grade 3 CRS |\n|---|---|\n| Kymriah | 22% |\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('reads an earliest-line column as the lowest line approved, at the year its header or label names', () => {
    const lint = service();
    assert.deepEqual(claims(lint, '| Product | Earliest line |\n|---|---|\n| Carvykti | after four prior lines |\n'), [
      'after four prior lines: Carvykti is approved after ≥4 prior lines (Feb 2022) and after ≥1 prior line (Apr 2024), not only after ≥4 prior lines.',
    ]);
    assert.equal(
      claims(
        lint,
        '| Product | Disease | Earliest line on the 2026 US label |\n|---|---|---|\n| Carvykti | multiple myeloma | after four prior lines |\n',
      ).length,
      1,
    );
    for (const text of [
      '| Product | Earliest line |\n|---|---|\n| Carvykti | after one prior line |\n| Abecma | after two prior lines |\n',
      // The label of 2023 had no earlier line.
      '| Product | Earliest line (2023) |\n|---|---|\n| Carvykti | after four prior lines |\n',
      '| Product | Earliest line on the 2023 US label |\n|---|---|\n| Carvykti | after four prior lines |\n',
      // A line column without "earliest": one approval's line.
      '| Product | Line |\n|---|---|\n| Carvykti | after four prior lines |\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('reads a caption that dates the rows or says they are research', () => {
    const lint = service();
    const row = '| Product | Earliest line |\n|---|---|\n| Carvykti | after four prior lines |\n';
    assert.equal(claims(lint, `Table 1. Earliest lines on the FDA label (2026)\n\n${row}`).length, 1);
    assert.equal(
      claims(lint, `Table 2. Investigational uses\n\n| Product | Indication |\n|---|---|\n| Kymriah | MM |\n`).length,
      0,
    );
    for (const text of [
      `Table 1. Earliest lines on the FDA label (2023)\n\n${row}`,
      `Table 1. Earliest lines in 2023\n\n${row}`,
      'Table 2. Investigational uses\n\n| Product | Indication |\n|---|---|\n| Kymriah | multiple myeloma |\n',
      'Table 3. Myeloma pipeline\n\n| Product | Indication |\n|---|---|\n| Kymriah | multiple myeloma |\n',
      // A year after the knowledge base's date: a forecast.
      'Table 4. Approvals by 2030\n\n| Product | Indication |\n|---|---|\n| Kymriah | multiple myeloma |\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
    assert.equal(
      claims(
        lint,
        'Table 4. Approvals by 2024\n\n| Product | Indication |\n|---|---|\n| Kymriah | multiple myeloma |\n',
      ).length,
      1,
    );
  });

  it("answers a header worded as a predicate or a question by its form, with 'it' the row's subject or other value", () => {
    const lint = service();
    const findings = (text: string) => claimIdsAndTexts(lint, text, 'file:///table.md');
    for (const [text, flagged] of [
      // "it" after a preposition is the row's one other value; a question's "it" is the row's subject.
      ['| Drug | Used for | FDA-labelled for it? |\n|---|---|---|\n| Anakinra | ICANS | Yes |\n', 'contradicted: Yes'],
      ['| Product | Can children with ALL receive it? |\n|---|---|\n| Aucatzyl | Yes |\n', 'contradicted: Yes'],
      ['| Product | Is it approved for multiple myeloma? |\n|---|---|\n| Kymriah | Yes |\n', 'contradicted: Yes'],
      // A participle opening the header, with or without its question mark, after "is".
      ['| Agent | FDA-approved for CRS? |\n|---|---|\n| Tocilizumab | No |\n', 'contradicted: No'],
      ['| Therapy | Genetically modified |\n|---|---|\n| Amtagvi | ✔ |\n', 'contradicted: ✔'],
    ] as const)
      assert.deepEqual(findings(text), [flagged], text);
    for (const text of [
      '| Drug | Used for | FDA-labelled for it? |\n|---|---|---|\n| Tocilizumab | CRS | Yes |\n| Anakinra | ICANS | No |\n',
      '| Product | Can children with ALL receive it? |\n|---|---|\n| Kymriah | Yes |\n| Aucatzyl | No |\n',
      '| Product | Is it approved for multiple myeloma? |\n|---|---|\n| Abecma | Yes |\n| Kymriah | No |\n',
      '| Agent | FDA-approved for CRS? |\n|---|---|\n| Tocilizumab | Yes |\n',
      '| Therapy | Genetically modified |\n|---|---|\n| Kymriah | ✔ |\n| Amtagvi | ✗ |\n',
      // "it" with two other values in the row, a question about "it" twice, or a header opening with a noun: not read.
      '| Drug | Used for | Dose | FDA-labelled for it? |\n|---|---|---|---|\n| Anakinra | ICANS | 100 mg | Yes |\n',
      '| Product | Does it work as well as it should? |\n|---|---|\n| Kymriah | No |\n',
      '| Product | Response durable |\n|---|---|\n| Kymriah | No |\n',
    ])
      assert.deepEqual(findings(text), [], text);
  });

  it("reads a numeric range under a range header as the range of the scale its row's label names", () => {
    const lint = service();
    const findings = (text: string) => claimIdsAndTexts(lint, text, 'file:///table.md');
    for (const [text, flagged] of [
      ['| Score | Range |\n|---|---|\n| ICE (ICANS, adults) | 0 to 5 |\n', 'contradicted: 0 to 5'],
      ['| Score | Range | Used for |\n|---|---|---|\n| ICE | 0-5 | ICANS in adults |\n', 'contradicted: 0-5'],
    ] as const)
      assert.deepEqual(findings(text), [flagged], text);
    for (const text of [
      '| Score | Range |\n|---|---|\n| ICE (ICANS, adults) | 0 to 10 |\n',
      '| Score | Range | Used for |\n|---|---|---|\n| ICE | 0-10 | ICANS in adults |\n',
      // A band of a grade, a part of the scale, or a header that is not a range: not its range.
      '| ICE score | ICANS grade |\n|---|---|\n| 7-9 | 1 |\n',
      '| Item | Range |\n|---|---|\n| ICE orientation | 0-4 |\n',
      '| Score | Grade 1 band |\n|---|---|\n| ICE | 7-9 |\n',
    ])
      assert.deepEqual(findings(text), [], text);
  });

  it('reads a header as a frame whose open slot each row fills, and leaves a frame with a slot still open unjudged', () => {
    const lint = service();
    for (const [text, expected] of [
      // A predicate without its subject, answered yes or no.
      ['| Product | Made from donor cells |\n| --- | --- |\n| Kymriah | Yes |\n', ['Yes: Kymriah is autologous.']],
      ['| Product | Made from donor cells |\n| --- | --- |\n| Kymriah | No |\n', []],
      [
        "| Product | Made from the patient's own cells |\n| --- | --- |\n| Kymriah | No |\n",
        ['No: Kymriah is autologous.'],
      ],
      [
        '| Product | Licensed for patients under 18 |\n| --- | --- |\n| Kymriah | Yes |\n| Yescarta | Yes |\n| Carvykti | No |\n',
        ["Yes: Yescarta's approval covers adults, not children."],
      ],
      // A qualifier naming a syndrome is kept, not dropped into "approved by the FDA".
      [
        '| Drug | FDA-approved for CAR-T cytokine release syndrome |\n| --- | --- |\n| Tocilizumab | Yes |\n| Anakinra | Yes |\n',
        ['Yes: Anakinra is not FDA-approved for cytokine release syndrome. Used off-label for refractory CRS.'],
      ],
      // A kind of thing beside a noun for the product; a kind word alone ("Route") is not one.
      [
        '| Therapy | Kind of cells |\n| --- | --- |\n| Amtagvi | CAR T cells |\n| Tecelra | TCR-engineered T cells |\n',
        ['CAR T cells: Amtagvi is not a CAR T-cell therapy: it is a tumor-infiltrating lymphocyte (TIL) therapy.'],
      ],
      [
        '| Agent | What kind of drug |\n| --- | --- |\n| Anakinra | Monoclonal antibody |\n',
        ['Monoclonal antibody: Anakinra is not a monoclonal antibody: it is a recombinant IL-1 receptor antagonist.'],
      ],
      ['| Product | Route |\n| --- | --- |\n| Kymriah | CAR T cells |\n', []],
      // A first beside the product that was it; another event is not a description of it.
      [
        '| Milestone | Product |\n| --- | --- |\n| First CAR-T approved by the FDA | Yescarta |\n| Approval for MCL | Tecartus |\n',
        ['Yescarta: Kymriah was the first CAR T-cell therapy approved by the FDA (FDA, 2017-08-30), not Yescarta.'],
      ],
      // Approved things listed for a toxicity or a disease, the approval word anywhere in the header.
      [
        '| Toxicity | FDA-approved drug |\n| --- | --- |\n| Cytokine release syndrome | Tocilizumab |\n| ICANS | Tocilizumab |\n',
        [
          'Tocilizumab: Tocilizumab is not FDA-approved for immune effector cell-associated neurotoxicity syndrome (ICANS). It is FDA-approved for CRS.',
        ],
      ],
      [
        '| Cancer | CAR-T products the FDA has licensed |\n| --- | --- |\n| Multiple myeloma | Abecma, Kymriah |\n',
        [
          'Abecma, Kymriah: Kymriah is not FDA-approved for multiple myeloma. It is FDA-approved for B-cell ALL, LBCL and FL.',
        ],
      ],
      // Running totals by year end; a bare "Year" may count that year alone.
      [
        '| End of year | Number of CAR-T products approved by the FDA |\n| --- | --- |\n| 2017 | 2 |\n| 2022 | 7 |\n',
        [
          '7: 6 CAR T-cell therapy products were FDA-approved by Dec 2022, not 7: Kymriah (Aug 2017), Yescarta (Oct 2017) and 4 more.',
        ],
      ],
      ['| Year | FDA-approved CAR-T products |\n| --- | --- |\n| 2022 | 7 |\n', []],
      // A scale's most points: under a header that says so, or a points column on the total's row only.
      [
        '| Scale | Highest possible score |\n| --- | --- |\n| ICE score | 5 |\n',
        ['5: The ICE score runs from 0 to 10, not 5 points.'],
      ],
      [
        '| Assessment | Points |\n| --- | --- |\n| ICE score total | 5 |\n| ICE orientation items | 4 |\n',
        ['5: The ICE score runs from 0 to 10, not 5 points.'],
      ],
      ['| Assessment | Points |\n| --- | --- |\n| ICE score | 5 |\n', []],
      // How long a rule lasts after the infusion its caption names; none named, not judged.
      [
        'Table 2. Instructions after Yescarta infusion\n\n| Instruction | Duration |\n| --- | --- |\n| Stay near the treatment center | 4 weeks |\n| Do not drive | 2 weeks |\n',
        [
          '4 weeks: The stay near the treatment center after infusion was 4 weeks until Jun 2025; since then it is 2 weeks.',
        ],
      ],
      ['| Restriction | Weeks |\n| --- | --- |\n| No driving | 8 |\n', []],
      // An interval between two steps under a time header: judged by the recorded vein-to-vein time.
      [
        '| Step | Typical time |\n| --- | --- |\n| Apheresis to infusion | 4 days |\n| Blood collection to infusion | 3 weeks |\n',
        ['4 days: Vein-to-vein time is about 3 weeks from blood collection to infusion, not 4 days.'],
      ],
      ['| Step | Time |\n| --- | --- |\n| Lymphodepletion to infusion | 3 days |\n', []],
      // A treatment ranked for the row's syndrome, against its recorded uses; a product row is not a syndrome's.
      [
        '| Toxicity | Main treatment |\n| --- | --- |\n| ICANS | tocilizumab |\n| CRS | tocilizumab |\n',
        [
          'tocilizumab: Tocilizumab is not the preferred treatment for ICANS: not approved for ICANS, and it may worsen ICANS. Preferred: Corticosteroids.',
        ],
      ],
      [
        '| Toxicity | Main treatment |\n| --- | --- |\n| ICANS | dexamethasone |\n| CRS | tocilizumab, steroids |\n',
        [],
      ],
      ['| Product | Main treatment |\n| --- | --- |\n| Kymriah | tocilizumab |\n', []],
      // A count of prior lines under a header that counts them; a bare "Line" number is an ordinal, not read.
      [
        '| Product | Fewest prior lines in multiple myeloma |\n| --- | --- |\n| Carvykti | 1 |\n| Abecma | 1 |\n',
        [
          '1: Abecma is approved for multiple myeloma after ≥4 prior lines (Mar 2021) and after ≥2 prior lines (Apr 2024), not after 1 prior line.',
        ],
      ],
      [
        '| Product | Indication | Prior lines |\n| --- | --- | --- |\n| Yescarta | LBCL | 1 |\n| Kymriah | FL | 2 |\n',
        [],
      ],
      ['| Product | Indication | Line |\n| --- | --- | --- |\n| Kymriah | LBCL | 1 |\n', []],
      // A count written as a word, or bounded below ("at least 4", "two or more"), counts prior lines too.
      [
        '| Product | Indication | Prior lines required |\n| --- | --- | --- |\n| Yescarta | follicular lymphoma | one |\n| Breyanzi | CLL | two or more |\n',
        ['one: Yescarta is approved for follicular lymphoma after ≥2 prior lines (Mar 2021), not after 1 prior line.'],
      ],
      [
        '| Product | Indication | Prior lines required |\n| --- | --- | --- |\n| Carvykti | multiple myeloma | at least 4 |\n| Abecma | multiple myeloma | ≥2 |\n',
        [],
      ],
    ] as const)
      assert.deepEqual(claims(lint, text), expected, text);
  });

  it('reads a row naming its product and one indication, and headers about the kind of approval', () => {
    const lint = service();
    const row = (header: string, subject: string, value: string) =>
      `| Product, indication | ${header} |\n|---|---|\n| ${subject} | ${value} |\n`;
    for (const [text, expected] of [
      // The indication after a comma, a dash or a colon qualifies the row, as in a parenthesis.
      [
        row('US approval year', 'Kymriah, large B-cell lymphoma', '2019'),
        ['2019: Kymriah was FDA-approved for large B-cell lymphoma in May 2018, not 2019.'],
      ],
      [row('US approval year', 'Kymriah – large B-cell lymphoma', '2018'), []],
      [
        row('Ages on the FDA label', 'Aucatzyl: B-cell ALL', 'children and adults'),
        [
          "children and adults: Aucatzyl's FDA approval for B-cell precursor acute lymphoblastic leukemia (B-cell ALL) covers adults, not adults and children.",
        ],
      ],
      // Two products, or an indication with words the row does not understand: not one subject.
      [row('US approval year', 'Kymriah, Yescarta', '2019'), []],
      [row('US approval year', 'Kymriah, LBCL after two lines', '2019'), []],
      // The kind of the first approval, which a conversion does not change; an undated kind may have been converted.
      [
        '| Product | Type of first FDA approval |\n|---|---|\n| Tecartus | Regular |\n',
        ['Regular: Tecartus received accelerated approval for mantle cell lymphoma (2020), not regular approval.'],
      ],
      ['| Product | Type of first FDA approval |\n|---|---|\n| Tecartus | Accelerated |\n', []],
      ['| Product | Type of first EU approval |\n|---|---|\n| Tecartus | Regular |\n', []],
      ['| Product | Type of FDA approval |\n|---|---|\n| Tecartus | Regular |\n', []],
      // A header dated by month and year (May, the month, is not the modal).
      [
        row('Type of FDA approval (May 2022)', 'Kymriah, FL', 'regular'),
        [
          'regular: As of May 2022: Kymriah received accelerated approval for follicular lymphoma (2022), not regular approval.',
        ],
      ],
      [row('Type of FDA approval (May 2022)', 'Kymriah, FL', 'accelerated'), []],
      // A kind of approval asked yes or no.
      [
        '| Product | Accelerated approval |\n|---|---|\n| Aucatzyl | ✓ |\n',
        [
          '✓: Aucatzyl received regular approval for B-cell precursor acute lymphoblastic leukemia (2024), not accelerated approval.',
        ],
      ],
      ['| Product | Accelerated approval |\n|---|---|\n| Aucatzyl | — |\n| Tecelra | ✓ |\n', []],
      // "Yes (<product>)" names what the yes answers with.
      [
        '| Condition | FDA-approved CAR-T |\n|---|---|\n| Mantle cell lymphoma | Yes (Carvykti) |\n',
        ['Yes (Carvykti): Carvykti is not FDA-approved for mantle cell lymphoma. It is FDA-approved for MM.'],
      ],
      ['| Condition | FDA-approved CAR-T |\n|---|---|\n| Mantle cell lymphoma | Yes (Tecartus) |\n', []],
      // … and that it is of the class the header names.
      [
        '| Condition | FDA-approved CAR-T |\n|---|---|\n| Synovial sarcoma | Yes (Tecelra) |\n',
        ['Yes (Tecelra): Tecelra is not a CAR-T: it is a TCR T-cell therapy.'],
      ],
      ['| Condition | FDA-approved therapy |\n|---|---|\n| Synovial sarcoma | Yes (Tecelra) |\n', []],
      // A header predicate in the design's own words ("Genetically engineered") answered yes.
      [
        '| Product | Genetically engineered |\n|---|---|\n| Amtagvi | Yes |\n',
        ['Yes: Amtagvi is not genetically engineered.'],
      ],
      ['| Product | Genetically engineered |\n|---|---|\n| Amtagvi | No |\n| Tecelra | Yes |\n', []],
      // "Made from" names where the cells come from; "Made from donor cells" is a predicate the yes answers.
      ['| Product | Made from |\n|---|---|\n| Abecma | Donor T cells |\n', ['Donor T cells: Abecma is autologous.']],
      ['| Product | Made from donor cells |\n|---|---|\n| Abecma | No |\n', []],
    ] as const)
      assert.deepEqual(claims(lint, text), expected, text);
  });
});

describe('claims in comma-separated records', () => {
  it('reads a header line and its records as a table: each cell fills its header slot for its record', () => {
    const lint = service();
    for (const [text, expected] of [
      [
        'brand,inn,sponsor\nCarvykti,ciltacabtagene autoleucel,Kite\n',
        ['Kite: Carvykti is from Janssen Biotech (Johnson & Johnson) and Legend Biotech, not Kite.'],
      ],
      // Each record on its own line is its own row.
      [
        'product,manufacturer\nAucatzyl,Novartis\nKymriah,Novartis\n',
        ['Novartis: Aucatzyl is from Autolus and Autolus GmbH, not Novartis.'],
      ],
      // Quoted cells, spaces after the commas, semicolons.
      [
        '"brand","company"\n"Abecma","Novartis"\n',
        ['Novartis: Abecma is from Bristol Myers Squibb (formerly also bluebird bio and 2seventy bio), not Novartis.'],
      ],
      [
        'Brand, Generic name, First FDA approval\nYescarta, axicabtagene ciloleucel, 2018-10-18\n',
        ['2018-10-18: Yescarta was first FDA-approved in Oct 2017, not October 2018.'],
      ],
      ['product;antigen\nCarvykti;CD19\n', ['CD19: Carvykti targets BCMA, not CD19.']],
      // The records of the paragraph Markdown reads, as the extraction gives them: a heading right under the last record
      // (no blank line) ends the paragraph, and the records are read.
      ['product;antigen\nCarvykti;CD19\n# Products\n', ['CD19: Carvykti targets BCMA, not CD19.']],
      // A snake_case header is its words; a header naming years makes a bare number an age.
      [
        'product,indication,min_prior_lines\nAbecma,relapsed/refractory multiple myeloma,1\n',
        [
          '1: Abecma is approved for multiple myeloma after ≥4 prior lines (Mar 2021) and after ≥2 prior lines (Apr 2024), not after 1 prior line.',
        ],
      ],
      [
        'product,indication,max_age_years\nKymriah,B-cell ALL,18\n',
        [
          "18: Kymriah's approval for B-cell precursor acute lymphoblastic leukemia (B-cell ALL) covers patients up to 25 years, not patients up to 18 years.",
        ],
      ],
      // Correct records.
      ['product,manufacturer\nAucatzyl,Autolus\nKymriah,Novartis\n', []],
      ['product,indication,min_age_years\nTecartus,B-cell ALL,18\n', []],
      // A header not understood, a bare number under a header naming no unit: not judged.
      ['id,name,owner\n17,Tecartus,Novartis\n', []],
      ['product,indication,minimum_age\nTecartus,B-cell ALL,2\n', []],
      // Not records: a first line of names, a line ending as a sentence, a record with more cells than the header.
      ['Kymriah, Novartis\nYescarta, Novartis\n', []],
      ['product,sponsor\nAbecma,Novartis.\n', []],
      ['product,sponsor\nAbecma,Novartis,2021\n', []],
    ] as const)
      assert.deepEqual(claims(lint, text), expected, text);
  });
});
