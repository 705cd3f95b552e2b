import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { claimIdsAndTexts, service } from '../helpers/service';

// A slide bullet is judged as the statement it makes with its lead-in ("FDA approval years:" over "- Yescarta: 2015")
// or with the slot it names itself ("- Tecartus: indication multiple myeloma"), on the bullet.

const claims = (lint: ReturnType<typeof service>, text: string, uri = 'file:///bullets.md') => {
  const document = TextDocument.create(uri, 'markdown', 1, text);
  return lint
    .diagnostics(document)
    .filter((d) => d.code === 'unsupported-claim')
    .map((d) => document.getText(d.range));
};

describe('claims in slide bullets', () => {
  it("judges a class phrase that lists its members as each member's statement, on the sentence", () => {
    const lint = service();
    const sentence = 'CAR-Ts approved for multiple myeloma include Abecma, Carvykti and Breyanzi.';
    assert.deepEqual(claims(lint, sentence), [sentence]);
    const are = 'The FDA-approved BCMA-directed CAR-Ts are Abecma, Carvykti and Breyanzi.';
    assert.deepEqual(claims(lint, are), [are]);
    for (const text of [
      'CAR-Ts approved for multiple myeloma include Abecma and Carvykti.',
      // Research, a negated subject, alternatives, or members that are not products: not read.
      'CAR-Ts studied in lupus include Kymriah and Breyanzi.',
      'No CAR-Ts approved for NETs include Kymriah and Abecma.',
      'Autologous CAR-Ts include Kymriah or Abecma.',
      'Side effects of CAR-Ts include CRS and ICANS.',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('judges a bullet by the frame its lead-in or its own label gives, on the bullet', () => {
    const lint = service();
    for (const [text, flagged] of [
      ['FDA approval years:\n\n- Yescarta: 2015\n- Abecma: 2021\n', ['Yescarta: 2015']],
      // A heading worded as a table header is read as one; a name's bracketed alias does not lengthen its label.
      [
        '## Approval dates\n\n- Abecma (idecabtagene vicleucel) — June 2021\n- Kymriah — August 2017\n',
        ['Abecma (idecabtagene vicleucel) — June 2021'],
      ],
      ['## Costimulatory domain\n\n- Kymriah (tisagenlecleucel): CD28\n', ['Kymriah (tisagenlecleucel): CD28']],
      // A cell-source header reads its value as the origin it names ("Allo": allogeneic).
      ['## Cell source\n\n- Kymriah: Allo\n- Abecma: Auto\n', ['Kymriah: Allo']],
      // A label naming a class of therapies, and a number after it, counts the class (as of the label's date).
      [
        '## Counting approvals\n\n- FDA-approved CAR-T products by the end of 2023: 7\n- CAR-Ts approved by the FDA: 5\n',
        ['FDA-approved CAR-T products by the end of 2023: 7', 'CAR-Ts approved by the FDA: 5'],
      ],
      ['Approved for multiple myeloma:\n\n- Abecma\n- Breyanzi\n', ['Breyanzi']],
      ['### Approved for multiple myeloma\n\n- Abecma\n- Breyanzi\n', ['Breyanzi']],
      ['**Yescarta**\n\n- Target: CD22\n- Approved: 2017\n', ['Target: CD22']],
      ['- Tecartus: indication multiple myeloma\n', ['Tecartus: indication multiple myeloma']],
      ['Key facts\n\n- Kymriah — approved 2015\n', ['Kymriah — approved 2015']],
      // A verbless bullet under a topic line: a predicate of the topic, or names listed as its members.
      ['Amtagvi\n- A CAR-T for melanoma\n', ['A CAR-T for melanoma']],
      ['Approved BCMA CAR-Ts\n- Abecma, Carvykti and Kymriah\n', ['Abecma, Carvykti and Kymriah']],
      // A subjectless bullet takes the one entity its lead-in or its section heading names.
      ['Abecma:\n\n- Targets CD19\n', ['Targets CD19']],
      [
        '## Tecartus\n\nKey points for the clinic.\n\n- Uses a 4-1BB costimulatory domain.\n',
        ['Uses a 4-1BB costimulatory domain.'],
      ],
      // A noun phrase under a lead-in that names one entity describes it.
      ['Kymriah\n- TIL therapy for melanoma\n', ['TIL therapy for melanoma']],
      // Under a slot name, a label that fills the slot over the names it is said of.
      ['Antigen\n- BCMA: Abecma, Breyanzi\n- CD19: Kymriah\n', ['BCMA: Abecma, Breyanzi']],
      // A lead-in names the slot by its head noun after modifiers.
      ['Earliest approved line\n- Breyanzi: first-line LBCL\n', ['Breyanzi: first-line LBCL']],
      // A description under a section heading with no lead-in; a verb in a relative clause is the clause's.
      [
        '## Carvykti\n\nWhat the clinic should know.\n\n- An allogeneic therapy from donor cells\n',
        ['An allogeneic therapy from donor cells'],
      ],
      ['Kymriah:\n\n- For patients who have multiple myeloma\n', ['For patients who have multiple myeloma']],
      // A purpose label under a step: what the step is for.
      ['Lymphodepletion\n\n- Aim: destroy the lymphoma\n', ['Aim: destroy the lymphoma']],
      ['## Yescarta\n\nSummary.\n\n- Requires HLA matching.\n', ['Requires HLA matching.']],
      // A therapy joined to a cause participle ("CAR-T-associated") modifies the disease; the lead-in is the subject.
      ['Tocilizumab:\n- Approved for CAR-T-associated ICANS\n', ['Approved for CAR-T-associated ICANS']],
      // A heading or lead-in about one product, its name in a subject frame, gives every bullet shape its subject.
      ['Key facts about Breyanzi\n- Targets BCMA\n', ['Targets BCMA']],
      ['**Aucatzyl** at a glance\n\n- Made by Novartis\n', ['Made by Novartis']],
      ['## About Abecma\n\n- CD19-directed\n', ['CD19-directed']],
      ['Carvykti overview:\n- Gamma-retroviral vector\n', ['Gamma-retroviral vector']],
      ['Tecartus: key facts\n- First approval: 2018\n', ['First approval: 2018']],
      ['## Overview of Kymriah\n\nTargets BCMA.\n', ['Targets BCMA.']],
      // Under an approved product, a bullet that only names diseases names what it is approved for.
      ['Yescarta\n- Multiple myeloma\n', ['Multiple myeloma']],
      ['Abecma (idecabtagene vicleucel)\n- Follicular lymphoma (adults)\n', ['Follicular lymphoma (adults)']],
      [
        '## Tecartus\n\n- Mantle cell lymphoma (adults)\n- B-ALL (children and adults)\n',
        ['B-ALL (children and adults)'],
      ],
      // A lead-in headed by "approvals", before a year too, names the indication slot of its label-value bullets.
      ['CAR-T approvals:\n- Tecartus: multiple myeloma\n', ['Tecartus: multiple myeloma']],
      ['Approvals 2021\n- Abecma: follicular lymphoma (March)\n', ['Abecma: follicular lymphoma (March)']],
      // A telegraphic "first" that opens a noun phrase is "the first", with its subject or under its frame.
      ['Timeline\n- 2017: Yescarta, first FDA CAR-T\n', ['2017: Yescarta, first FDA CAR-T']],
      ['History\n- 2022: first BCMA CAR-T (Carvykti)\n', ['2022: first BCMA CAR-T (Carvykti)']],
      ['Breyanzi\n- First CAR-T for myeloma\n', ['First CAR-T for myeloma']],
      // A bullet opening with "the" is a noun phrase: a participle after its head does not make it a clause.
      ['Yescarta\n- First CAR-T approved by the FDA\n', ['First CAR-T approved by the FDA']],
      [
        'Breyanzi:\n- The first CAR-T approved for mantle cell lymphoma\n',
        ['The first CAR-T approved for mantle cell lymphoma'],
      ],
      // A lead-in that names only a disease gives a therapy's approval bullet that disease.
      ['Multiple myeloma\n- Kymriah: approved after four prior lines\n', ['Kymriah: approved after four prior lines']],
      [
        'Multiple myeloma\n- Carvykti: approved for follicular lymphoma\n',
        ['Carvykti: approved for follicular lymphoma'],
      ],
      ['Multiple sclerosis\n- CAR-T: FDA-approved since 2024\n', ['CAR-T: FDA-approved since 2024']],
      // One name under a plural topic is one of its members; a parenthesis after the name qualifies it.
      ['## Treatments for lymphoma\n- Abecma\n- Yescarta\n', ['Abecma']],
      // A grade's bullet under a frame that names one syndrome grades that syndrome.
      ['## ICANS grading\n\n- Grade 1: ICE score 7–9\n- Grade 2: ICE score 7–9\n', ['Grade 2: ICE score 7–9']],
      ['ICANS grades:\n\n- Grade 3: ICE score 3–6\n', ['Grade 3: ICE score 3–6']],
      // A bullet under a frame that names one score: its points are the score's items, a nested grade the one its
      // range gives.
      ['## ICE score\n\n- Maximum: 10 points\n- Naming: 4 points\n', ['Naming: 4 points']],
      ['## Grading\n\n- ICE score 3–6\n  - ICANS grade 1\n', ['ICANS grade 1']],
      // A lead-in that is only a misspelled product name is about that product.
      ['Yescata\n- Costimulatory domain: 4-1BB\n', ['Costimulatory domain: 4-1BB']],
      ['Kymria\n- Targets BCMA\n', ['Targets BCMA']],
      // A lead-in that opens with an approval word over "product: diseases".
      [
        'FDA-approved cell therapies\n- Tecelra: synovial sarcoma\n- Amtagvi: gastric cancer\n',
        ['Amtagvi: gastric cancer'],
      ],
      [
        'Approved BCMA CAR-Ts:\n- Abecma: multiple myeloma\n- Carvykti: follicular lymphoma\n',
        ['Carvykti: follicular lymphoma'],
      ],
      [
        '## FDA-approved cell therapies for melanoma\n\n- Amtagvi (TIL, 2024)\n- Tecelra (TCR-T)\n',
        ['Tecelra (TCR-T)'],
      ],
      // A lead-in naming one product and a slot ("Breyanzi indications"): each plain bullet fills the slot.
      ['Breyanzi indications\n- Follicular lymphoma\n- Multiple myeloma\n', ['Multiple myeloma']],
      ["Carvykti's targets:\n- CD19\n", ['CD19']],
      // A lead-in naming only a slot ("Approved for:") takes its subject from the section heading.
      ['## Abecma\n\nApproved for:\n- Multiple myeloma\n- Mantle cell lymphoma\n', ['Mantle cell lymphoma']],
      // Under a product, a population with its diseases is an indication for that population.
      ['Kymriah\n- Adults with LBCL\n- Children with follicular lymphoma\n', ['Children with follicular lymphoma']],
      // Under a product: a disease label over a population, a "Label:" over a population with its disease, and a
      // population label that names its disease in brackets.
      ['## Abecma\n\n- Multiple myeloma: adults and children\n', ['Multiple myeloma: adults and children']],
      ['## Yescarta\n\n- Label: adults and children with LBCL\n', ['Label: adults and children with LBCL']],
      ['## Breyanzi\n\n- Population (r/r FL): All ages\n', ['Population (r/r FL): All ages']],
      ['## Kymriah\n\n- Ages for ALL: up to 21\n', ['Ages for ALL: up to 21']],
      // A label opening with an approval word over names: said of the names, for the lead-in's disease.
      ['Follicular lymphoma\n- Approved CAR-T: Abecma\n', ['Approved CAR-T: Abecma']],
      ['Mantle cell lymphoma\n- Approved CAR-Ts: Tecartus, Abecma\n', ['Approved CAR-Ts: Tecartus, Abecma']],
      [
        'Cell therapies for melanoma\n- FDA-approved CAR-T for melanoma: Amtagvi\n',
        ['FDA-approved CAR-T for melanoma: Amtagvi'],
      ],
      // "<product> in <disease>": its bullets are about that use of the product.
      ['Carvykti in multiple myeloma\n- Approved 2021\n', ['Approved 2021']],
      ['Carvykti in multiple myeloma\n- First approval: 2021\n', ['First approval: 2021']],
      ['Aucatzyl in B-ALL\n- Children and adults\n', ['Children and adults']],
      // A nested list hangs from its item: the item is its lead-in.
      ['- Kymriah\n  - Targets: CD19\n- Abecma\n  - Targets: CD19\n', ['Targets: CD19']],
      ['1. Abecma\n   - Approved 2019 (FDA)\n', ['Approved 2019 (FDA)']],
      // A numbered slide title is about the product it names.
      ['Slide 3: Abecma\n\n- Targets: CD19\n', ['Targets: CD19']],
      // A value before the slot it fills, and a slot named with its own colon after the product's label.
      ['## Abecma\n\n- 2 infusions\n', ['2 infusions']],
      ['Key facts\n\n- Breyanzi — 2 infusions\n', ['Breyanzi — 2 infusions']],
      ['Key facts\n\n- Breyanzi — Infusions: 2\n', ['Breyanzi — Infusions: 2']],
      ['## Carvykti\n\n- First line\n', ['First line']],
      // A product's name as the label, nothing framing the list but a topic line: the value describes it.
      ['Key facts\n\n- Amtagvi — For children\n', ['Amtagvi — For children']],
      ['- Carvykti: FDA-approved for MM\n- Amtagvi: For children\n', ['Amtagvi: For children']],
      ['Key facts\n\n- Breyanzi — Gene editing: yes\n', ['Breyanzi — Gene editing: yes']],
    ] as const)
      assert.deepEqual(claims(lint, text), flagged, text);
  });

  it('leaves true bullets, prose lead-ins, longer items and values that are not a slot clean', () => {
    const lint = service();
    for (const text of [
      'FDA approval years:\n\n- Yescarta: 2017\n- Abecma: 2021\n',
      'Lymphodepletion\n\n- Aim: help the CAR T cells expand\n- Purpose: to deplete lymphocytes before infusion\n',
      '## Abecma\n\n- Multiple myeloma: adults\n- Label: adults with multiple myeloma\n',
      '## Kymriah\n\n- B-cell ALL: children and young adults up to 25 years\n- Ages for ALL: up to 25\n',
      '## Breyanzi\n\n- Population (r/r FL): Adults\n',
      '## Approval dates\n\n- Abecma (idecabtagene vicleucel) — March 2021\n- Kymriah — August 2017\n',
      '## Costimulatory domain\n\n- Kymriah (tisagenlecleucel): 4-1BB\n',
      // A heading that names no slot frames nothing.
      '## Trial results by year\n\n- Kymriah: 2019\n',
      "## Cell source\n\n- Kymriah: Auto\n- Amtagvi: Patient's own T cells\n",
      '| Product | Cell origin |\n| --- | --- |\n| Kymriah | United States |\n',
      '## Counting approvals\n\n- FDA-approved CAR-T products by the end of 2023: 6\n- CAR-Ts in development: 12\n',
      // A frame naming two syndromes leaves a grade's syndrome unknown.
      '## CRS and ICANS grading\n\n- Grade 1: ICE score 3–6\n',
      '## ICE score\n\n- Maximum: 10 points\n- Orientation: 4 points\n- Naming: 3 points\n',
      '## Grading\n\n- ICE score 3–6\n  - ICANS grade 2\n',
      'Tocilizumab:\n- Approved for CAR-T-associated CRS\n',
      'Tocilizumab\n- Approved for CAR T cell-related cytokine release syndrome\n',
      'Approved for multiple myeloma:\n\n- Abecma\n- Carvykti\n',
      '**Yescarta**\n\n- Target: CD19\n- Approved: 2017\n',
      '- Tecartus: indication mantle cell lymphoma\n',
      // The line before the list states something: it frames nothing.
      'Kymriah is approved for follicular lymphoma.\n\n- Abecma\n',
      // A bullet that is a sentence of a longer item is prose.
      'Approved for multiple myeloma:\n\n- Abecma. Breyanzi is studied too.\n',
      // An approval "year" that is not a year; a negated value.
      'FDA approval years:\n\n- Yescarta: pending\n- Breyanzi: not yet\n',
      '| Product | Approved |\n| --- | --- |\n| Kymriah | yes |\n',
      // A lead-in that names two entities is not a subject.
      '**Yescarta and Abecma**\n\n- Target: BCMA\n',
      'Amtagvi\n- A TIL therapy for melanoma\n',
      'Approved BCMA CAR-Ts\n- Abecma, Carvykti\n',
      // Names under a topic that is no class, and bullets that do not open like a predicate, say nothing of it.
      'Side effects\n- Kymriah, Yescarta\n',
      'Kymriah\n- Novartis\n- CD19\n',
      'Abecma:\n\n- Targets BCMA\n',
      '## Tecartus\n\nKey points for the clinic.\n\n- Uses a CD28 costimulatory domain.\n',
      'Amtagvi\n- TIL therapy for melanoma\n',
      'Antigen\n- BCMA: Abecma, Carvykti\n- CD19: Kymriah, Breyanzi\n',
      'Earliest approved line\n- Breyanzi: second-line LBCL\n',
      // A lead-in that names another entity frames the list: the heading is not the bullets' subject.
      '## Kymriah\n\nCompared with Abecma:\n\n- Targets BCMA\n',
      '## Carvykti\n\nWhat the clinic should know.\n\n- An autologous CAR-T made from the patient’s own cells\n',
      'Kymriah:\n\n- For patients who have B-cell ALL\n',
      '## Yescarta\n\nSummary.\n\n- Requires lymphodepleting chemotherapy first.\n',
      // A lead-in frames the list, even one that names nothing: the heading's entity is not described by it.
      '## Carvykti\n\nCompeting products:\n\n- CD19 CAR-Ts\n',
      // The therapy in "CAR T cell-induced" modifies the syndrome: it is not the bullet's subject.
      'Tocilizumab:\n\n- Indicated for CAR T cell-induced cytokine release syndrome\n',
      // The true twins of the framed bullets.
      'Key facts about Breyanzi\n- Targets CD19\n',
      '**Aucatzyl** at a glance\n\n- Made by Autolus\n',
      '## About Abecma\n\n- BCMA-directed\n',
      'Carvykti overview:\n- Lentiviral vector\n',
      'Tecartus: key facts\n- First approval: 2020\n',
      '## Overview of Kymriah\n\nTargets CD19.\n',
      'Yescarta\n- Large B-cell lymphoma\n',
      'Abecma (idecabtagene vicleucel)\n- Multiple myeloma (adults)\n',
      '## Tecartus\n\n- Mantle cell lymphoma (adults)\n- B-ALL (adults 18 and older)\n',
      // A line that says more than which product it is about, names two, or asks, gives no subject.
      'Alternatives to Breyanzi\n- Targets BCMA\n',
      '## Kymriah vs. Abecma\n\n- Targets BCMA\n',
      'Key facts about Kymriah and Abecma\n- Targets BCMA\n',
      'Is Kymriah right for you?\n- Targets BCMA\n',
      'Yescarta in follicular lymphoma\n- Targets BCMA\n',
      // Diseases under a product in development, or in research, are not its approvals.
      'Anito-cel\n- Follicular lymphoma\n',
      'Kymriah\n- Multiple myeloma (in trials)\n',
      'Kymriah\n- Multiple myeloma (investigational)\n',
      'CAR-T approvals:\n- Tecartus: mantle cell lymphoma\n',
      'Approvals 2021\n- Abecma: multiple myeloma (March)\n',
      'Timeline\n- 2017: Kymriah, first FDA CAR-T\n',
      'History\n- 2021: first BCMA CAR-T (Abecma)\n',
      'Abecma\n- First CAR-T for myeloma\n',
      'Kymriah\n- First CAR-T approved by the FDA\n',
      'Tecartus:\n- The first CAR-T approved for mantle cell lymphoma\n',
      'Multiple myeloma\n- Abecma: approved after two prior lines\n',
      'Multiple myeloma\n- Carvykti: approved for multiple myeloma\n',
      'Multiple sclerosis\n- CAR-T: investigational only\n',
      // A lead-in that hedges, or names a place the statement would drop, names no slot.
      'Pending approvals\n- Carvykti: follicular lymphoma\n',
      'Upcoming approvals 2026:\n- Kymriah: multiple myeloma\n',
      'EMA approvals\n- Breyanzi: multiple myeloma\n',
      'Approvals in Japan\n- Breyanzi: multiple myeloma\n',
      // Its true twin, and a statement that names no regulator: not judged by the default one's record.
      '## Carteyva in China\n\n- Approved by the NMPA in 2021\n',
      '## Carteyva in China\n\n- Approved in 2018\n',
      '## Treatments for myeloma\n- Abecma\n- Carvykti\n',
      '## FDA-approved cell therapies for synovial sarcoma\n\n- Tecelra (TCR-T, 2024)\n',
      // A topic a bracket or a participle qualifies is not what its members are approved for.
      '## Treatments for myeloma (clinical trials)\n- Kymriah\n',
      '## Treatments studied in myeloma\n- Kymriah\n',
      'FDA-approved cell therapies\n- Tecelra: synovial sarcoma\n- Amtagvi: melanoma\n',
      'Yescata\n- Costimulatory domain: CD28\n',
      'Kymria\n- Targets CD19\n',
      'Toxicity\n- Targets BCMA\n',
      'Approved BCMA CAR-Ts:\n- Abecma: multiple myeloma\n- Carvykti: multiple myeloma\n',
      // Another place, or a bracket that takes the approval back.
      'Approved CAR-Ts in Japan\n- Kymriah: multiple myeloma\n',
      'Approved CAR-Ts\n- Kymriah: multiple myeloma (in trials)\n',
      // The true twins of the lead-in slots, and lead-ins whose subject is not one product.
      'Breyanzi indications\n- Follicular lymphoma\n- Mantle cell lymphoma\n',
      "Carvykti's targets:\n- BCMA\n",
      '## Abecma\n\nApproved for:\n- Multiple myeloma\n',
      'Kymriah\n- Adults with LBCL\n- Children and young adults with B-ALL\n',
      'Breyanzi indications (EU)\n- Multiple myeloma\n',
      'Abecma and Carvykti indications\n- Follicular lymphoma\n',
      '## Abecma\n\nCarvykti differs.\n\nApproved for:\n- Follicular lymphoma\n',
      '## Abecma\n\n---\n\nApproved for:\n- Follicular lymphoma\n',
      '## Breyanzi or Abecma?\n\nApproved for:\n- Follicular lymphoma\n',
      '## Abecma\n\nPending approvals:\n- Follicular lymphoma\n',
      'Tecartus\n- Trial results in children with B-ALL\n',
      'Follicular lymphoma\n- Approved CAR-T: Breyanzi\n',
      'Mantle cell lymphoma\n- Approved CAR-Ts: Tecartus, Breyanzi\n',
      'Cell therapies for melanoma\n- FDA-approved TIL therapy for melanoma: Amtagvi\n',
      // A lead-in that names another regulator scopes its list like a heading; one that names a stage of research
      // or other things is not the label's disease.
      'Approvals in Japan:\n- Approved for multiple myeloma: Kymriah\n',
      'Approvals in Japan:\n\n- Kymriah is approved for multiple myeloma.\n',
      'Trials in follicular lymphoma\n- Approved CAR-T: Abecma\n',
      'Follicular lymphoma\n- Approved CAR-T: Abecma (in trials)\n',
      'Carvykti in multiple myeloma\n- Approved 2022\n',
      'Carvykti in multiple myeloma\n- First approval: 2022\n',
      'Aucatzyl in B-ALL\n- Adults only\n',
      '- Kymriah\n  - Targets: CD19\n- Abecma\n  - Targets: BCMA\n',
      '1. Abecma\n   - Approved 2021 (FDA)\n',
      'Slide 3: Abecma\n\n- Targets: BCMA\n',
      '## Aucatzyl\n\n- 2 infusions\n',
      'Key facts\n\n- Aucatzyl — Infusions: 2\n',
      '## Breyanzi\n\n- Second line\n',
      'Key facts\n\n- Amtagvi — Adults only\n',
      // A slot answered no is the frame's statement, not a sentence that drops the "no".
      'Key facts\n\n- Breyanzi — Gene editing: no\n',
      // A nested list under an item that frames nothing keeps the list's own lead-in.
      'Approvals in Japan:\n- Kymriah is approved.\n  - Approved for multiple myeloma: Kymriah\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('reads a slide heading as a frame: its subject, its period and its place fill the bullets under it', () => {
    const lint = service();
    for (const [text, flagged] of [
      // A period or a place after the product's name qualifies the frame; it does not make the line a topic.
      ['## Cilta-cel in 2025\n\n- CD19-directed, autologous\n', ['CD19-directed, autologous']],
      ['## Carvykti (FDA)\n\n- Approved for CLL\n', ['Approved for CLL']],
      ['## Carvykti in the US\n\n- Approved for CLL\n', ['Approved for CLL']],
      // A label that is only a disease scopes its value to that use of the heading's product; a line alone is one.
      ['## Kymriah\n\n- LBCL: second line\n- FL: after two or more lines\n', ['LBCL: second line']],
      ['## Breyanzi\n\n- CLL/SLL: after one prior line\n- MCL: third line\n', ['CLL/SLL: after one prior line']],
      ['## Yescarta in LBCL\n\n- Second line\n', []],
      ['## Kymriah in LBCL\n\n- Second line\n', ['Second line']],
      // The heading's period dates its bullets: judged by the record as it stood then.
      ['## Carvykti in 2019\n\n- Approved for multiple myeloma\n', ['Approved for multiple myeloma']],
      ['## Until 2024\n\n- Breyanzi approved for CLL\n', ['Breyanzi approved for CLL']],
      // A rule over a duration, after the infusion of what the heading names, at the heading's period.
      [
        '## Going home after Carvykti (2026)\n\n- Driving restriction: 8 weeks\n- Stay near the treatment center: 2 weeks\n',
        ['Driving restriction: 8 weeks'],
      ],
      [
        '## Abecma, October 2025\n\n- Remain close to the CAR-T centre: 4 weeks\n- No driving: 2 weeks\n',
        ['Remain close to the CAR-T centre: 4 weeks'],
      ],
      [
        '## Breyanzi in 2023\n\n- No driving: 8 weeks\n- Stay near the hospital: 2 weeks\n',
        ['Stay near the hospital: 2 weeks'],
      ],
      // A cut-off in the knowledge base's own month is now, not a forecast.
      ['## Carvykti (as of December 2026)\n\n- Approved for CLL\n', ['Approved for CLL']],
      [
        '## After the REMS was lifted (June 2025)\n\n- Carvykti still requires a REMS\n',
        ['Carvykti still requires a REMS'],
      ],
      // Under a heading that names another place, a statement that names its own regulator is judged by that record.
      ['## Carteyva in China\n\n- Approved by the NMPA in 2018\n', ['Approved by the NMPA in 2018']],
      ['## Zevor-cel in China\n\nThe NMPA approved zevor-cel in 2022.\n', ['The NMPA approved zevor-cel in 2022.']],
      // A negated fragment is a negated predicate of the frame's subject.
      ['## Kymriah\n\n- Not approved for adults\n', ['Not approved for adults']],
      ['## Kymriah at a glance\n\n- Never approved for lymphoma\n', ['Never approved for lymphoma']],
      // A question heading and its answer are one frame: the subject from the question, the slot's value below.
      ['## Who can have Carvykti?\n\n- Children with multiple myeloma\n', ['Children with multiple myeloma']],
      ['## Who can have Carvykti?\n\nAdults with CLL.\n', ['Adults with CLL.']],
      // A question that links its slot to the product at its end (data/lexicon/prompt-slot-links).
      ['Q: What is the target of Abecma?\nA: CD19\n', ['A: CD19']],
      ['Q: Which antigen is targeted by Aucatzyl?\nA: BCMA.\n', ['A: BCMA.']],
      // A paragraph line that is a slot's label and value says it of the section's entity, as a bullet does.
      ['## Tecartus\n\n**Vector:** lentiviral\n', ['Vector:** lentiviral']],
      ['## Breyanzi (liso-cel)\n\nOverview of the product.\nSponsor: Novartis\n', ['Sponsor: Novartis']],
      // A line that opens with a name and a dash is an entry: each label on the line says its slot of the name.
      [
        'Brexucabtagene autoleucel (Tecartus) -- Sponsor: Novartis.\n',
        ['Brexucabtagene autoleucel (Tecartus) -- Sponsor: Novartis.'],
      ],
      [
        'Ciltacabtagene autoleucel (Carvykti) -- Status: formulary. Vector: gamma-retroviral.\n',
        ['Vector: gamma-retroviral.'],
      ],
      [
        'Lutetium Lu 177 dotatate -- Therapeutic class: CAR T-cell therapy.\n',
        ['Lutetium Lu 177 dotatate -- Therapeutic class: CAR T-cell therapy.'],
      ],
      // A question opening a paragraph frames the answer on its next line (an FAQ with a bold question).
      ['**Who can get Tecartus?**\nAdults with follicular lymphoma.\n', ['Adults with follicular lymphoma.']],
      ['**Which antigen does Breyanzi target?**\nBCMA.\n', ['BCMA.']],
      // A relative clause after the answer's noun phrase leaves it an answer.
      [
        '## Who can have Kymriah?\n\nAdults with multiple myeloma that has come back.\n',
        ['Adults with multiple myeloma that has come back.'],
      ],
      // A heading that names no disease leaves a bullet's denial unscoped.
      ['## CAR-T overview\n\n- No CAR-T approved by the FDA\n', ['No CAR-T approved by the FDA']],
      // The name may stand inside the question ("who is _ for").
      ['## Who is Abecma for?\n\n- Children with multiple myeloma\n', ['Children with multiple myeloma']],
      ['## What is Tecartus used for?\n\n- Multiple myeloma\n', ['Multiple myeloma']],
      ['## Which antigen does Kymriah target?\n\n- BCMA\n', ['BCMA']],
      ['## What is Tecartus approved for?\n\n- Multiple myeloma\n', ['Multiple myeloma']],
      // "approved to treat", "used to treat" ask for the indication as "approved for" does.
      ['**What is Aucatzyl approved to treat?**\nMultiple myeloma.\n', ['Multiple myeloma.']],
      ['## What is Carvykti used to treat?\n\n- Large B-cell lymphoma\n', ['Large B-cell lymphoma']],
      // Lines that open with a bullet glyph are a list's items; a middle dot joins fragments read one by one.
      ['### Abecma at a glance\n\n• Autologous product\n• Target: CD19\n', ['Target: CD19']],
      ['Slide 2 — Abecma\n\n- Not HLA-restricted · CD19-directed\n', ['Not HLA-restricted · CD19-directed']],
      // A label is read as a table header: its slot after a place ("by FDA"), a qualifier, or a value before it.
      ['## Breyanzi\n\n- First approved by FDA: 2019\n', ['First approved by FDA: 2019']],
      ['## Abecma\n\n- Costim: CD28\n', ['Costim: CD28']],
      ['## Kymriah\n\n- Indication in adults: multiple myeloma\n', ['Indication in adults: multiple myeloma']],
      ['Slide 3 — bb2121\n\n- 2019: FDA approval\n', ['2019: FDA approval']],
      // The heading's place is the statement's: an approval elsewhere is not one by the FDA.
      ['## Fucaso (FDA)\n\n- Approved for multiple myeloma\n', ['Approved for multiple myeloma']],
      ['## FDA approvals\n\n- Kymriah (2017)\n- satri-cel (2026)\n', ['satri-cel (2026)']],
    ] as const)
      assert.deepEqual(claims(lint, text), flagged, text);
    for (const text of [
      // An item that names its own regulator is not judged by the one its heading names, nor without it.
      '## FDA approvals\n\n- Kymriah (2017)\n- satri-cel (China, 2026)\n',
      '## FDA approvals in 2021\n\n- Abecma\n- relma-cel (NMPA)\n',
      '## FDA approvals\n\n- Tecartus: mantle cell lymphoma (2020)\n- satri-cel: gastric cancer (NMPA, 2026)\n',
      // The true twins.
      // A heading's disease scopes a bullet's denial that names none.
      '## Firsts in solid tumours\n\n- First TIL therapy: Amtagvi (2024)\n- No CAR-T approved by the FDA\n',
      '## Cilta-cel in 2025\n\n- BCMA-directed, autologous\n',
      '## Carvykti in the US\n\n- Approved for multiple myeloma\n',
      '## Carvykti in 2023\n\n- Approved for multiple myeloma\n',
      '## Since 2025\n\n- Breyanzi approved for CLL\n',
      '## Kymriah\n\n- Not approved for multiple myeloma\n',
      '## Who can have Carvykti?\n\n- Adults with multiple myeloma\n',
      '**Who can get Tecartus?**\nAdults with mantle cell lymphoma.\n',
      '## Tecartus\n\n**Vector:** gamma-retroviral\n',
      '## Breyanzi (liso-cel)\n\nOverview of the product.\nSponsor: Bristol Myers Squibb\n',
      'Brexucabtagene autoleucel (Tecartus) -- Sponsor: Kite.\n',
      'Ciltacabtagene autoleucel (Carvykti) -- Status: formulary. Vector: lentiviral.\n',
      // An entry's head that names no one product, a line after another line's head, or another product named before
      // the label.
      'Lutetium Lu 177 dotatate -- Therapeutic class: radioligand therapy.\n',
      'CAR-T products -- Vector: gamma-retroviral.\n',
      'Tecartus -- Vector: gamma-retroviral.\nVector: lentiviral.\n',
      'Tecartus -- unlike Kymriah. Vector: lentiviral.\n',
      // A label line under a heading that names no product, or after another product's name, is not framed by it.
      '## Key facts\n\nVector: lentiviral\n',
      '## Tecartus\n\nYescarta is made by Kite.\nVector: lentiviral\n',
      '**Which antigen does Breyanzi target?**\nCD19.\n',
      // Words before the question in its paragraph leave it no frame.
      'Kymriah was approved in 2017. Who can get Tecartus?\nAdults with follicular lymphoma.\n',
      '## Who can have Kymriah?\n\nAdults with follicular lymphoma that has come back after two or more treatments.\n',
      '## Which antigen does Kymriah target?\n\n- CD19\n',
      '## What is Tecartus approved for?\n\n- Mantle cell lymphoma\n- B-cell ALL in adults\n',
      '**What is Aucatzyl approved to treat?**\nAdults with relapsed or refractory B-cell ALL.\n',
      '## What is Carvykti used to treat?\n\n- Multiple myeloma\n',
      '**What is Carvykti approved to treat?**\nProbably lymphoma.\n',
      // In the period the heading names, a REMS was still required; not after it.
      '## Carvykti in 2023\n\n- Requires a REMS\n',
      // Another regulator, a future period, a pipeline, a comparison: the slot is not resolved.
      '## Carvykti in the EU\n\n- Approved for CLL\n',
      '## Carvykti in 2030\n\n- Approved for CLL\n',
      '## Carvykti (as of December 2026)\n\n- Approved for multiple myeloma\n',
      '## Outlook for 2030\n\n- Kymriah: approved for multiple myeloma\n',
      '## Carvykti pipeline\n\n- Approved for CLL\n',
      '## Carvykti trials\n\n- Approved for CLL\n',
      '## Carvykti vs Abecma\n\n- Approved for CLL\n',
      // A line that states an event does not date its bullets; a question not about whom asks nothing of them.
      '## Kymriah, approved in 2017\n\n- Approved for follicular lymphoma\n',
      '## Who should not have Carvykti?\n\n- Children with multiple myeloma\n',
      '## Who can have Carvykti in the EU?\n\n- Adults with CLL\n',
      '## Who can have Carvykti?\n\n- Not children\n',
      'Q: What is the target of Abecma?\nA: BCMA\n',
      'Q: What is the target of Abecma in the EU?\nA: CD19\n',
      'Q: What is the price of Abecma?\nA: CD19\n',
      '### Abecma at a glance\n\n• Autologous product\n• Target: BCMA\n',
      'Slide 2 — Abecma\n\n- Not HLA-restricted · BCMA-directed\n',
      '## Breyanzi\n\n- First approved by FDA: 2021\n',
      '## Fucaso (FDA)\n\n- Not approved\n',
      // A table cell's "Not approved" answers its header, whose place the predicate alone would drop.
      '| Name | FDA approved? |\n| --- | --- |\n| eque-cel | Not approved |\n',
      '## Breyanzi\n\n- First approved by EMA: 2019\n',
      '## Abecma\n\n- Costim: 4-1BB\n',
      '## Kymriah\n\n- Indication in adults: LBCL\n',
      'Slide 3 — bb2121\n\n- 2021: FDA approval\n',
      // A REMS the product was launched under, or one gone since a date, is history.
      '## Kymriah\n\n- Launched under a REMS\n- No REMS since 2025\n',
      // A paragraph with a bullet glyph on some lines only is prose.
      'Abecma is autologous.\n• It targets BCMA.\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('reads lines that name a value by a label as a list without markers: each line on its own, a card under its subject', () => {
    const lint = service();
    for (const [text, flagged] of [
      // One line's date is not the next line's; each line is judged on its own.
      [
        'KEY DATES\nAug 2017 — Yescarta approved\nOct 2017 — Kymriah approved\n',
        ['Aug 2017 — Yescarta approved', 'Oct 2017 — Kymriah approved'],
      ],
      ['Targets\nKymriah → CD19\nAbecma → CD19\n', ['Abecma → CD19']],
      // A record card: its first line names the subject of the lines after it, with or without list markers.
      ['Product: Breyanzi\nSponsor: Kite\n', ['Sponsor: Kite']],
      ['- Product: Abecma\n- Target: CD19\n', ['Target: CD19']],
      // A record's name field, under a title naming only the kind of record, or a record's title line ("X: spec").
      ['Formulary entry\nProduct: Carvykti\nTarget antigen: CD19\nSetting: inpatient\n', ['Target antigen: CD19']],
      ['Name: Kymriah\nTarget: CD19\n\nName: Tecartus\nTarget: BCMA\n', ['Target: BCMA']],
      ['Drug name: Aucatzyl\nManufacturer: Novartis\n', ['Manufacturer: Novartis']],
      ['Product: Amtagvi (lifileucel)\nClass: CAR T-cell therapy\n', ['Class: CAR T-cell therapy']],
      [
        'Abecma: product specification\nCostimulatory domain: CD28\nVector: lentiviral\n',
        ['Costimulatory domain: CD28'],
      ],
      // A value that counts none denies its label.
      ['Kymriah — REMS at approval: none\nAucatzyl — REMS at approval: none\n', ['Kymriah — REMS at approval: none']],
      ['FDA-approved CAR-Ts for multiple myeloma: none\n', ['FDA-approved CAR-Ts for multiple myeloma: none']],
    ] as const)
      assert.deepEqual(claims(lint, text), flagged, text);
    for (const text of [
      'KEY DATES\nAug 2017 — Kymriah approved\nOct 2017 — Yescarta approved\n',
      // An approval on one line is not the next line's drug's.
      'Tocilizumab → CRS (FDA-approved, 2017)\nSteroids → ICANS\n',
      'Product: Carvykti\nSponsors: Janssen and Legend Biotech\n',
      'Solid-tumour CAR-T approvals (FDA): none\nAucatzyl — REMS at approval (2024): none\n',
      // A card whose first line names no one therapy, or a card's line about another product, is not framed.
      'Product: CAR-T\nTarget: BCMA\n',
      'Product: Abecma\nKymriah: CD19\n',
      // Each record's lines say their slots of its own name line, not the first record's.
      'Product: Kymriah\nTarget: CD19\n\nProduct: Abecma\nTarget: BCMA\n',
      'Name: Kymriah\nTarget: CD19\n\nName: Abecma\nTarget: BCMA\n',
      'Formulary entry\nProduct: Kymriah\nTarget antigen: CD19\nManufacturer: Novartis\n',
      'Drug name: Aucatzyl\nManufacturer: Autolus\n',
      'Product: Tecelra (afamitresgene autoleucel)\nClass: engineered TCR T-cell therapy\n',
      // A title that names a product or a date frames the card itself; a name that is not a therapy makes no card.
      'Approvals in 2017\nProduct: Kymriah\nFirst approval: 2017\n',
      'Name: Dr Lee\nTarget: CD19\n',
      // Wrapped prose (lower case after a break, long lines) stays one sentence.
      'Kymriah was approved in August 2017 — the first CAR-T —\nand Yescarta followed in October 2017.\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('reads a slide as a heading and a bullet tree: labels name the relation, ancestors give the subject and place', () => {
    const lint = service();
    for (const [text, flagged] of [
      // A nested "Label: value" continues the subject of the items it hangs from, labelled or not.
      ['Breyanzi\n- Make-up\n  - Antigen: BCMA\n', ['Antigen: BCMA']],
      ['Carvykti at a glance\n- Antigen: BCMA\n  - Costimulatory domain: CD28\n', ['Costimulatory domain: CD28']],
      ['## Tecartus\n\n- Design\n  - Vector: lentiviral\n', ['Vector: lentiviral']],
      // A title about one product: an aspect of it, an article, or a clause a question word opens.
      ['Kymriah timeline\n- First FDA approval: 2019\n', ['First FDA approval: 2019']],
      ['Yescarta: the basics\n- Antigen: BCMA\n', ['Antigen: BCMA']],
      ['How Breyanzi is made\n- Vector: gamma-retroviral\n', ['Vector: gamma-retroviral']],
      // A value's own place wins over the default regulator; a label that is a place places its value.
      ['Gastric cancer\n- Satri-cel: approved by the FDA in 2026\n', ['Satri-cel: approved by the FDA in 2026']],
      ['Anito-cel\n- FDA: approved in 2026\n', ['FDA: approved in 2026']],
      // A value that names the editing tool answers a yes-or-no slot.
      ['Abecma\n- Genome editing: CRISPR\n', ['Genome editing: CRISPR']],
      // A heading that scopes a list of products: each item on its own.
      ['Products for mantle cell lymphoma\n- Tecartus\n- Carvykti\n', ['Carvykti']],
      // A dated heading dates a bullet's undated past perfect.
      [
        '### Status at the end of 2022\n\n- Breyanzi had not yet been approved by the FDA\n',
        ['Breyanzi had not yet been approved by the FDA'],
      ],
      // A heading naming no time leaves the bullet's state to today.
      ['## Status\n\n- Carvykti: not yet approved\n', ['Carvykti: not yet approved']],
      // A label naming a slot, or a line naming no therapy, goes on with the record card's subject.
      ['Product: Abecma\nTarget: CD19\n', ['Target: CD19']],
      ['Breyanzi\nLBCL: approved 2021\nMyeloma: approved 2024\n', ['Myeloma: approved 2024']],
      // A bullet's own regulator is judged by that regulator's record.
      [
        'Where each was approved\n- Satri-cel (CAR-T): FDA, 2026\n- Tecelra (TCR-T): FDA, 2024\n',
        ['Satri-cel (CAR-T): FDA, 2026'],
      ],
      ['Year of approval\n- Zevor-cel: NMPA, 2021\n', ['Zevor-cel: NMPA, 2021']],
      // A nested list of products under a disease, in a list of approvals.
      ['FDA approvals by indication\n- Follicular lymphoma\n  - Yescarta\n  - Carvykti\n', ['Carvykti']],
      // A label that names the slot and its regulator is not the subject.
      ['Tecartus\n- FDA status: approved for multiple myeloma\n', ['FDA status: approved for multiple myeloma']],
      // A line label under a syndrome ranks its treatments against their recorded uses; it approves nothing.
      // (Read as "Tocilizumab is the first-line treatment for ICANS": not approved for it, and not preferred.)
      ['ICANS\n- First-line: tocilizumab\n', ['First-line: tocilizumab', 'First-line: tocilizumab']],
      ['Cytokine release syndrome\n- First-line: anakinra\n', ['First-line: anakinra']],
      // A rank label (treatment-rank-labels) under a lead-in naming one syndrome, or the syndrome as the label.
      ['## ICANS management\n- First drug: tocilizumab\n', ['First drug: tocilizumab', 'First drug: tocilizumab']],
      // An item denying a syndrome a place in the boxed warning of the lead-in's one product.
      [
        'Yescarta boxed warning\n- CRS\n- No warning on secondary malignancies\n',
        ['No warning on secondary malignancies'],
      ],
      ['Boxed warning (Carvykti)\n1. CRS, ICANS\n2. Cytopenia: not boxed\n', ['Cytopenia: not boxed']],
      [
        'Toxicity management\n- CRS: tocilizumab first-line\n- ICANS: tocilizumab first-line\n',
        ['ICANS: tocilizumab first-line', 'ICANS: tocilizumab first-line'],
      ],
    ] as const)
      assert.deepEqual(claims(lint, text), flagged, text);
    for (const text of [
      'Breyanzi\n- Make-up\n  - Antigen: CD19\n',
      'Carvykti at a glance\n- Antigen: BCMA\n  - Costimulatory domain: 4-1BB\n',
      // A nested item under an item naming another product is that product's.
      'Key facts\n- Abecma\n  - Antigen: BCMA\n- Kymriah\n  - Antigen: CD19\n',
      'Kymriah timeline\n- First FDA approval: 2017\n',
      'How Breyanzi is made\n- Vector: lentiviral\n',
      'ICANS\n- First-line: corticosteroids\n',
      'CRS\n- First-line: tocilizumab\n',
      '## Managing ICANS\n- Preferred initial drug: dexamethasone\n',
      'Kymriah boxed warning\n- No warning for HLH/MAS\n',
      'Yescarta boxed warnings\n- T cell malignancies: boxed since 2024\n',
      'Toxicity management\n- CRS: tocilizumab first-line\n- ICANS: corticosteroids first-line\n',
      // Two syndromes, or a product beside the syndrome: whose rank the line gives is not read.
      '## CRS and ICANS\n- First line: tocilizumab\n',
      '## Kymriah and ICANS\n- First line: tocilizumab\n',
      // A clause title gives no subject to a bullet without a label, nor to a label about use (a trial has one too).
      'Where Kymriah is being tested\n- multiple myeloma\n- Indication: multiple myeloma\n',
      // A title about something else than the product it names.
      'Kymriah alternatives\n- Antigen: BCMA\n',
      'Gastric cancer\n- Satri-cel: approved in China in 2026\n',
      '### Status at the end of 2020\n\n- Breyanzi had not yet been approved by the FDA\n',
      // A heading setting its items in a past it does not date.
      '## Status then\n\n- Carvykti: not yet approved\n',
      // A line opening with a label that names a value frames its line and the lines after it, never the line above.
      'Vectors at a glance\nLentiviral: Kymriah, Breyanzi, Abecma, Carvykti\nγ-retroviral: Yescarta, Tecartus\n',
      'Kymriah, Breyanzi, Abecma\nγ-retroviral:\nYescarta, Tecartus\n',
      'Vectors\nLentiviral - Kymriah, Breyanzi\nGamma-retroviral - Yescarta, Tecartus\n',
      'Options at the time:\n\n- Abecma: not yet approved\n',
      // A label line does not reach back to the line above it.
      'Vectors at a glance\nLentiviral: Kymriah, Breyanzi, Abecma, Carvykti\nγ-retroviral: Yescarta, Tecartus\n',
      'Kymriah, Breyanzi, Abecma\nγ-retroviral:\nYescarta, Tecartus\n',
      // The bullet's own regulator wins over the default one a lead-in's predicate or header would name.
      'Where each was approved\n- Satri-cel (CAR-T): China NMPA, 2026\n- Tecelra (TCR-T): FDA, 2024\n',
      'Year of approval\n- Zevor-cel: NMPA, 2024\n- Relma-cel: China, 2021\n',
      'FDA approval years:\n\n- Eque-cel: NMPA, 2023\n',
      'Yescarta\n- China: approved in 2021\n',
      'Anito-cel\n- FDA: under review\n',
      // Off-label use is not an approval.
      'Anakinra\n- Use: refractory ICANS (off-label)\n',
      'Abecma\n- Genome editing: none\n',
      'Products for mantle cell lymphoma\n- Tecartus\n- Breyanzi\n',
      'FDA approvals by indication\n- Follicular lymphoma\n  - Yescarta\n  - Kymriah\n',
      'Approvals in Japan by indication\n- Multiple myeloma\n  - Breyanzi\n',
      'Trials by indication\n- Multiple myeloma\n  - Breyanzi\n',
      'Tecartus\n- FDA status: approved for mantle cell lymphoma\n',
      // A therapy before a syndrome says whose syndrome it is ("CAR-T CRS"), not what is approved.
      'Tocilizumab\n- FDA-approved for CAR-T CRS since 2017\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('reads a label answered yes or no, a dated milestone, a Q&A pair and a myths heading as the statement they make', () => {
    const lint = service();
    for (const [text, flagged] of [
      // A predicate label answered yes says it of the frame's subject; answered no, it denies it.
      ['## Tocilizumab\n\n- Approved by the FDA for ICANS: yes\n', ['Approved by the FDA for ICANS: yes']],
      ['## Tocilizumab\n\n- Approved by the FDA for CRS: no\n', ['Approved by the FDA for CRS: no']],
      ['## Amtagvi\n\n- Genetically engineered: yes\n', ['Genetically engineered: yes']],
      // A class and a predicate answered "none" deny it of every member, as of the heading's period.
      [
        '## Status in 2022\n\n- CAR-Ts approved for multiple myeloma: none\n',
        ['CAR-Ts approved for multiple myeloma: none'],
      ],
      // A date label under an approved product's milestones: the product was approved for the value's diseases then.
      [
        '## Yescarta milestones\n\n- October 2017: large B-cell lymphoma\n- March 2021: multiple myeloma\n',
        ['March 2021: multiple myeloma'],
      ],
      [
        '## Tecartus label expansions\n\n- July 2019: accelerated approval in mantle cell lymphoma\n',
        ['July 2019: accelerated approval in mantle cell lymphoma'],
      ],
      // "Q:" over "A:", and a yes/no question answered in its item or the next.
      ['## FAQ\n\n- Q: What does Carvykti target?\n- A: CD19\n', ['A: CD19']],
      ['## Q&A\n\n- Is Amtagvi a CAR-T? Yes.\n', ['Yes.']],
      ['## Q&A\n\n- Does Kymriah target CD19?\n- No.\n', ['No.']],
      // What a yes adds qualifies the question's statement; "No, only for …" restricts its phrase with that preposition.
      ['## Q&A\n\n- Is Tecartus approved for ALL? Yes, in children.\n', ['Yes, in children.']],
      ['## Q&A\n\n- Is Kymriah approved for adults? No, only for children.\n', ['No, only for children.']],
      ['- Q: Who markets Kymriah?\n- A: Kite\n', ['A: Kite']],
      // An answer's "it" is the question's product, and its disease the question's when the answer names none.
      [
        'Q: Can Yescarta be given after one earlier treatment for follicular lymphoma?\nA: Yes, it is approved after one earlier treatment.\n',
        ['A: Yes, it is approved after one earlier treatment.'],
      ],
      [
        '**Is Tecartus used for mantle cell lymphoma?**\n\nYes. It is approved for children.\n',
        ['It is approved for children.'],
      ],
      // A pronoun in the answer's predicate refers back itself: the answer is read as a sentence.
      [
        'Q: Does Xermelo slow neuroendocrine tumours?\nA: Yes, it is approved to slow them.\n',
        ['A: Yes, it is approved to slow them.'],
      ],
      // A wh-question's gap filled by the answer: its time, or its subject when it asks for a class of therapies.
      ['Q: When was Yescarta first approved by the FDA?\nA: In August 2017.\n', ['A: In August 2017.']],
      ['## When did Breyanzi win approval for CLL?\n\nMarch 2023.\n', ['March 2023.']],
      // A wh-phrase naming a year or month asks for the time; a regulator may be the subject of a do-form; a title
      // line or sentence before the question is not part of it.
      ['Question 12: What year was Breyanzi approved for CLL?\nAnswer key: 2023\n', ['Answer key: 2023']],
      ['People also ask\nWhat year did the FDA approve Tecartus?\n2018\n', ['2018']],
      ['Q: In what year did Tecartus get its leukaemia approval?\nA: 2020.\n', ['A: 2020.']],
      ['Question: To the nearest year, when did the FDA approve Aucatzyl?\nAnswer: 2022\n', ['Answer: 2022']],
      ['Round 3, question 2. Which antigen does Carvykti target? Answer: CD19.\n', ['Answer: CD19.']],
      ['Which CAR-Ts are approved for mantle cell lymphoma?\nTecartus and Abecma.\n', ['Tecartus and Abecma.']],
      ['## Which CAR-Ts target BCMA?\n\n- Abecma\n- Kymriah\n', ['Kymriah']],
      // A modal question about patients, answered yes with the condition: the patients can receive the product for it.
      ['**Can children receive Tecartus?**\nYes, for ALL.\n', ['Yes, for ALL.']],
      // A product's label over only a line of therapy: its line, for the lead-in's one disease; an arrow separates too.
      ['## Myeloma: where CAR-T fits\n\n- Abecma: after one prior line\n', ['Abecma: after one prior line']],
      ['## Large B-cell lymphoma\n\n- Kymriah: second line\n', ['Kymriah: second line']],
      ['## Kymriah\n\n- LBCL → 2nd line onward\n', ['LBCL → 2nd line onward']],
      // An age-limit label under a product: the oldest age its approval for the label's disease covers.
      ['## Kymriah\n\n- Sponsor: Novartis\n- Age limit for ALL: up to 21\n', ['Age limit for ALL: up to 21']],
      // A count fills a "how many" question's gap, with the names it counts.
      ['**How many approved CAR-Ts target CD19?**\nFour.\n', ['Four.']],
      ['### How many CAR-Ts are FDA-approved?\n\n6\n', ['6']],
      [
        'Q: How many CAR-Ts are approved for multiple myeloma?\nA: Three: Abecma, Carvykti and Breyanzi.\n',
        ['A: Three: Abecma, Carvykti and Breyanzi.'],
      ],
      // A clause title whose verb is an approval, over items that only name diseases: each is an approved use.
      ['Where Yescarta is licensed (US)\n- large B-cell lymphoma\n- mantle cell lymphoma\n', ['mantle cell lymphoma']],
      // A period after the head of an approvals title dates its rows; the head still names the slot.
      [
        '## CAR-T approvals in 2021\n\n- Abecma: multiple myeloma\n- Carvykti: multiple myeloma\n',
        ['Carvykti: multiple myeloma'],
      ],
      // A title saying its list is complete ("only", "the two"): a member of the class left out is said not to be
      // approved, on the last item.
      ['## The only CAR-T for mantle cell lymphoma\n\n- Tecartus\n', ['Tecartus']],
      ['## The two CAR-Ts for follicular lymphoma\n\n- Kymriah\n- Yescarta\n', ['Yescarta']],
    ] as const)
      assert.deepEqual(claims(lint, text), flagged, text);
    for (const text of [
      '## Tocilizumab\n\n- Approved by the FDA for ICANS: no\n- Approved by the FDA for CRS: yes\n',
      '## Amtagvi\n\n- Genetically engineered: no\n',
      '## Status in 2020\n\n- CAR-Ts approved for multiple myeloma: none\n',
      '## Yescarta milestones\n\n- October 2017: large B-cell lymphoma\n- March 2021: follicular lymphoma\n',
      '## Tecartus label expansions\n\n- July 2020: accelerated approval in mantle cell lymphoma\n',
      // Plans, research, another place or a value that is not only diseases: no milestone is read.
      '## Yescarta trial milestones\n\n- March 2019: multiple myeloma\n',
      '## Yescarta milestones\n\n- June 2021: large B-cell lymphoma (China)\n',
      '## Kymriah milestones\n\n- May 2019: results in multiple myeloma\n',
      '## FAQ\n\n- Q: What does Carvykti target?\n- A: BCMA\n',
      '## Q&A\n\n- Is Amtagvi a CAR-T? No, a TIL therapy.\n',
      '## Q&A\n\n- Does Kymriah target BCMA?\n- No.\n',
      // A no that restricts, hedges or places its answer denies less than the question.
      '## Q&A\n\n- Is Tecartus approved for B-cell ALL? No, only in adults.\n',
      '## Q&A\n\n- Is Aucatzyl approved for adults over 26? Yes, in the EU.\n',
      '## Q&A\n\n- Is Tecartus approved for ALL? Yes, in adults.\n',
      '## Q&A\n\n- Is Tecartus approved for children? No, only for adults.\n',
      '## Q&A\n\n- Is Breyanzi approved for first-line LBCL? No, only after one prior line.\n',
      '- Q: Who markets Kymriah?\n- A: Novartis\n',
      'Q: Can Yescarta be given after one earlier treatment for follicular lymphoma?\nA: No, it is approved only after two or more earlier treatments.\n',
      '**Is Tecartus used for mantle cell lymphoma?**\n\nYes. It is approved for adults.\n',
      'Q: When was Yescarta first approved by the FDA?\nA: In October 2017.\n',
      '## When did Breyanzi win approval for CLL?\n\nMarch 2024.\n',
      'Question 12: What year was Breyanzi approved for CLL?\nAnswer key: 2024\n',
      'People also ask\nWhat year did the FDA approve Tecartus?\n2020\n',
      'Q: In what year did Tecartus get its leukaemia approval?\nA: 2021.\n',
      // A hedged time, another regulator's, or a product the question does not name: not read.
      'When did the FDA approve Kymriah?\nMaybe 2019?\n',
      'What year did the EMA approve Kymriah?\n2016\n',
      'What year did the FDA approve CAR-T?\n2015\n',
      'Which CAR-Ts are approved for mantle cell lymphoma?\nTecartus and Breyanzi.\n',
      '## Which CAR-Ts target BCMA?\n\n- Abecma\n- Carvykti\n',
      // Another place, research, a denial, a possibility or an object gap: the answer is not read into the question.
      'When was Yescarta first approved in Japan? In 2019.\n',
      'Which CAR-Ts are being tested in lupus? Kymriah and Breyanzi.\n',
      'Which CAR-Ts are not approved for mantle cell lymphoma? Kymriah and Abecma.\n',
      'Which CAR-Ts might be approved for NETs? Kymriah and Abecma.\n',
      'Which CAR-Ts did Kite develop? Yescarta and Kymriah.\n',
      '**How many approved CAR-Ts target CD19?**\nFive.\n',
      '## Kymriah\n\n- Sponsor: Novartis\n- Age limit for ALL: up to 25\n',
      '## Myeloma: where CAR-T fits\n\n- Abecma: after two prior lines\n',
      '**Can children receive Kymriah?**\nYes, for ALL.\n',
      '## Large B-cell lymphoma\n\n- Yescarta: second line\n',
      '## Kymriah\n\n- LBCL → 3rd line onward\n',
      'Q: How many CAR-Ts are approved for multiple myeloma?\nA: Two: Abecma and Carvykti.\n',
      'How many indications does Breyanzi have?\nFive.\n',
      'Where Yescarta is licensed (US)\n- large B-cell lymphoma\n- follicular lymphoma\n',
      'Where Yescarta is being tested\n- mantle cell lymphoma\n',
      'What Kymriah is approved for in children\n- multiple myeloma\n',
      '## CAR-T approvals in 2022\n\n- Carvykti: multiple myeloma\n',
      '## The two CAR-Ts for mantle cell lymphoma\n\n- Tecartus\n- Breyanzi\n',
      '## The only CAR-T for mantle cell lymphoma in 2023\n\n- Tecartus\n',
      // A count the items do not match, a population, or a disease no CAR-T is recorded for: no closed list is read.
      '## The three CAR-Ts for mantle cell lymphoma\n\n- Tecartus\n- Breyanzi\n',
      '## The only CAR-T for children with mantle cell lymphoma\n\n- Tecartus\n',
      '## The only CAR-T for lupus\n\n- Kymriah\n',
      // A section of myths quotes what it refutes.
      '## Myths we still hear\n\n- Kymriah is approved for multiple myeloma\n- Abecma targets CD19\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('reads a span of time answering a "how long" question as the question\'s statement for that span', () => {
    const lint = service();
    const diagnostics = (text: string) => {
      const document = TextDocument.create('file:///faq.md', 'markdown', 1, text);
      return lint.diagnostics(document).map((d) => `${d.code} ${document.getText(d.range)}`);
    };
    for (const [text, flagged] of [
      [
        '**How long must I avoid driving after my infusion?**\nUnder the current label, for eight weeks.\n',
        'unsupported-claim Under the current label, for eight weeks.',
      ],
      // A fronted adjunct ("after Yescarta") and the answer's own qualifiers stay with the statement.
      [
        '**How long after Yescarta should I avoid driving?**\nFor 8 weeks after the infusion.\n',
        'unsupported-claim For 8 weeks after the infusion.',
      ],
      [
        "Q: How long can't I drive after CAR-T?\nA: Under the current label, for eight weeks.\n",
        'unsupported-claim A: Under the current label, for eight weeks.',
      ],
      // A do-question: the span is the verb's object.
      [
        'Q: How long does it take from blood collection to the infusion?\nA: A few days.\n',
        'unsupported-claim A: A few days.',
      ],
    ] as const)
      assert.deepEqual(
        diagnostics(text).filter((d) => d.startsWith('unsupported-claim')),
        [flagged],
        text,
      );
    for (const text of [
      '**How long must I avoid driving after my infusion?**\nUnder the current label, for two weeks.\n',
      '**How long after Yescarta should I avoid driving?**\nFor 2 weeks after the infusion.\n',
      'Q: How long does it take from blood collection to the infusion?\nA: About three weeks.\n',
      // No span of time, a past question, or a subject that is neither a pronoun nor a name: not read.
      '**How long must I avoid driving after my infusion?**\nUntil your doctor says it is safe.\n',
      'Q: How long did it take from blood collection to the infusion?\nA: A few days.\n',
      'Q: How long must the caregiver avoid driving?\nA: Eight weeks.\n',
    ])
      assert.deepEqual(
        diagnostics(text).filter((d) => d.startsWith('unsupported-claim')),
        [],
        text,
      );
  });

  it('reads a frame said of the present as dating its bullets now', () => {
    const lint = service();
    for (const [text, flagged] of [
      [
        'After infusion (current labels)\n- Stay near the treatment centre: 4 weeks\n',
        'Stay near the treatment centre: 4 weeks',
      ],
      ['## Aftercare today\n\n- No driving: 8 weeks\n', 'No driving: 8 weeks'],
    ] as const)
      assert.deepEqual(claims(lint, text), [flagged], text);
    for (const text of [
      'After infusion (current labels)\n- Stay near the treatment centre: 2 weeks\n',
      '## Aftercare today\n\n- No driving: 2 weeks\n',
      // Undated, or dated before the change: the earlier rule may be told.
      '## Aftercare\n\n- Stay near the treatment centre: 4 weeks\n',
      '## Aftercare before June 2025\n\n- No driving: 8 weeks\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('reads a date over products under a lead-in of approvals as their approval then', () => {
    const lint = service();
    assert.deepEqual(claims(lint, 'CAR-T approvals by year\n- 2017: Kymriah, Yescarta\n- 2023: Aucatzyl\n'), [
      '2023: Aucatzyl',
    ]);
    assert.deepEqual(claims(lint, '## Approvals\n\n- Oct 2018: axi-cel\n'), ['Oct 2018: axi-cel']);
    for (const text of [
      'CAR-T approvals by year\n- 2017: Kymriah, Yescarta\n- 2024: Aucatzyl\n',
      // Any approval, not only the first: Carvykti's second indication came in 2024.
      '## Approvals\n\n- 2024: Carvykti\n',
      // Research, another place, a disease, or a lead-in that is not about approvals: not read.
      'Approvals expected\n- 2027: Aucatzyl\n',
      'EMA approvals by year\n- 2016: Kymriah\n',
      'Myeloma approvals by year\n- 2019: Abecma\n',
      'Trial readouts by year\n- 2023: Aucatzyl\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('reads the trials named in answer to a wh-question about a trial as its subject', () => {
    const lint = service();
    assert.deepEqual(claims(lint, "Q: Which trial supported Carvykti's 2024 approval?\nA: KarMMa-3.\n"), [
      'A: KarMMa-3.',
    ]);
    for (const text of [
      "Q: Which trial supported Carvykti's 2024 approval?\nA: CARTITUDE-4.\n",
      // An answer naming a product, not a trial: not read as one.
      "Q: Which trial supported Carvykti's 2024 approval?\nA: Abecma.\n",
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it("fills the gap of a wh-question that inverts its subject with the answer, by the clause's roles", () => {
    const lint = service();
    const findings = (text: string) => claimIdsAndTexts(lint, text, 'file:///faq.md');
    for (const [text, flagged] of [
      // The complement after "is" and the subject; the object after "does"/"did" and the verb, or after a preposition
      // stranded right after the verb; the object of a preposition stranded at the end.
      [
        'Q: What kind of drug is anakinra?\nA: An antibody against IL-6.\n',
        'contradicted: A: An antibody against IL-6.',
      ],
      ['Q: Which domain does Kymriah use?\nA: CD28.\n', 'contradicted: A: CD28.'],
      ['Q: What does Abecma attach to on myeloma cells?\nA: CD19.\n', 'contradicted: A: CD19.'],
      ['Q: Which antigen did Kymriah target in early trials?\nA: CD22.\n', 'contradicted: A: CD22.'],
      ['Q: What is Tecelra approved for?\nA: Melanoma.\n', 'contradicted: A: Melanoma.'],
      // A numbered quiz item's label, with either answer label.
      ['Q3. Which antigen does Abecma target?\nAnswer: CD19.\n', 'contradicted: Answer: CD19.'],
      ['Question 2: What is Tecelra approved for?\nA: Melanoma.\n', 'contradicted: A: Melanoma.'],
      [
        '**What kind of medicine is Lutathera?**\n\nA cell therapy for NETs.\n',
        'contradicted: A cell therapy for NETs.',
      ],
      // A bare "What is" and a determined subject: the whole rest is the subject.
      [
        'Q: What is the usual wait between collection and infusion?\nA: About three days.\n',
        'contradicted: A: About three days.',
      ],
    ] as const)
      assert.deepEqual(findings(text), [flagged], text);
    for (const text of [
      'Q: What kind of drug is anakinra?\nA: An IL-1 receptor antagonist.\n',
      'Q: Which domain does Kymriah use?\nA: 4-1BB.\n',
      'Q: What does Abecma attach to on myeloma cells?\nA: BCMA.\n',
      'Q: What is Tecelra approved for?\nA: Synovial sarcoma.\n',
      'Q3. Which antigen does Abecma target?\nAnswer: BCMA.\n',
      'Question 2: What is Tecelra approved for?\nA: Synovial sarcoma.\n',
      'Q: What is the usual wait between collection and infusion?\nA: About three weeks.\n',
      // A denied or clausal answer, a yes or no, or a question that attributes: no gap is filled.
      'Q: What kind of drug is anakinra?\nA: Not an antibody.\n',
      'Q: What does Abecma target in lymphoma?\nA: Nothing; it is not approved for lymphoma.\n',
      'Q: What kind of therapy is Amtagvi, according to some websites?\nA: A CAR-T.\n',
      'Q: What is Kymriah?\nA: Yes.\n',
    ])
      assert.deepEqual(findings(text), [], text);
  });

  it('reads a numeric range in a bullet as the range of the scale its label or else its frame names', () => {
    const lint = service();
    for (const [text, flagged] of [
      ['ICE score (adults)\n- Range: 0 to 5 points\n- Used to grade ICANS\n', ['Range: 0 to 5 points']],
      ['ICANS grading\n- ICE score range: 0 to 5 points\n', ['ICE score range: 0 to 5 points']],
      ['Neurotoxicity scales\n- ICE score: 0-4\n', ['ICE score: 0-4']],
    ] as const)
      assert.deepEqual(claims(lint, text), flagged, text);
    for (const text of [
      'ICE score (adults)\n- Range: 0 to 10 points\n- Used to grade ICANS\n',
      'Neurotoxicity scales\n- ICE score: 0-10\n',
      // A band of a grade, or a bare label whose range does not start at the bottom: not the scale's range.
      'ICANS grade 3\n- ICE score: 0-2\n',
      '## ICE score\n\n- 7-9 points: grade 1 ICANS\n',
      'Neurotoxicity scales\n- ICE score: 3-6\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('restores the noun an ordinal leaves out in a wh-question ("the first approved for …")', () => {
    const lint = service();
    assert.deepEqual(claims(lint, 'Q: Which CAR-T was the first approved for myeloma?\nA: Carvykti.\n'), [
      'A: Carvykti.',
    ]);
    for (const text of [
      'Q: Which CAR-T was the first approved for myeloma?\nA: Abecma.\n',
      // Not an ordinal before a participle: the gap is read as written.
      'Q: Which CAR-T was the first to be studied in lupus?\nA: Kymriah.\n',
    ])
      assert.deepEqual(claims(lint, text), [], text);
  });

  it('does not replay a bullet judged under another lead-in', () => {
    const lint = service();
    assert.equal(claims(lint, 'Approved for multiple myeloma:\n\n- Breyanzi\n', 'file:///a.md').length, 1);
    assert.deepEqual(claims(lint, 'Approved for follicular lymphoma:\n\n- Breyanzi\n', 'file:///b.md'), []);
    assert.equal(claims(lint, 'Approved for multiple myeloma:\n\n- Breyanzi\n', 'file:///c.md').length, 1);
  });
});
