import * as assert from 'node:assert/strict';
import { displayName, readKnowledge } from '../checklist/knowledge';
import { claimIdsAndTexts, service } from '../helpers/service';

// Terse notation outside lists and tables (claims/notation.ts): a key line, a record's key lines, a titled map and a
// tree path, each judged as the table row it writes, on its line. An arrow or "=" without a key the table headers
// name, a value that does not end its line, and a task or a question say nothing.

const lint = service();
let version = 0;
const findings = (text: string) => claimIdsAndTexts(lint, text, `file:///notation/${++version}.md`);

/** Each text flagged once, on the words given; each clean text not at all. */
function table(invalid: [string, string][], valid: string[]) {
  for (const [text, at] of invalid)
    it(`invalid: ${text}`, () => {
      assert.deepEqual(findings(text), [`contradicted: ${at}`]);
    });
  for (const text of valid)
    it(`valid: ${text}`, () => {
      assert.deepEqual(findings(text), []);
    });
}

describe('notation: a key between a subject and its value', () => {
  table(
    [
      ['Yescarta sponsor -> Novartis', 'Yescarta sponsor -> Novartis'],
      ['data: Aucatzyl sponsor = Kite Pharma', 'data: Aucatzyl sponsor = Kite Pharma'],
      ['Aucatzyl: REMS = true', 'Aucatzyl: REMS = true'],
      ['// Aucatzyl: REMS = yes (same as the others)', '// Aucatzyl: REMS = yes (same as the others)'],
      ['[Yescarta] --> (co-stim) --> [4-1BB]', '[Yescarta] --> (co-stim) --> [4-1BB]'],
      ['Yescarta -> lines -> 1st line LBCL', 'Yescarta -> lines -> 1st line LBCL'],
      // Without a key, an equals sign after one name is the copula.
      ['Tecelra = CAR-T vs MAGE-A4', 'Tecelra = CAR-T vs MAGE-A4'],
    ],
    [
      'Yescarta sponsor -> Kite',
      'Tecelra = TCR-T vs MAGE-A4',
      'Kymriah = first CAR-T (2017)',
      'CD28 = Yescarta, Tecartus',
      'Abecma: REMS = false',
      '[Yescarta] --> (co-stim) --> [CD28]',
      // A value that does not end its line: an edit or a sequence, not a record.
      'Tecartus sponsor = Novartis -> Kite',
      // No key: steps, a score, one patient's course.
      '[Apheresis] --> [Manufacture] --> [Lymphodepletion] --> [Kymriah infusion]',
      'ICE score = 10 points',
      'Pt 3 -> Kymriah -> CR at D+28',
      // A task or a question, and a value its note hedges.
      'TODO: Aucatzyl sponsor = Kite Pharma, confirm',
      'Aucatzyl sponsor = Kite Pharma?',
      'Tecelra sponsor -> Novartis (possible)',
      // Someone's words quoted.
      'Rows missed: `=` notation ("Tecelra = CAR-T for sarcoma", row 173); the rest were caught.',
      // A period the line names would be lost from the statement written out: not judged.
      'Kymriah: REMS = yes (until June 2025)',
      'Before June 2025: Kymriah: REMS = yes',
    ],
  );
});

describe("notation: a record's key lines under its name", () => {
  table(
    [
      ['Carvykti:\n  sponsor: Kite Pharma\n  target: BCMA', 'sponsor: Kite Pharma'],
      // A JSON field is read as its key and value (text/data-fields.ts): the range runs from the key's text to the value's.
      ['{"product": "Kymriah", "vector": "gamma-retroviral"}', 'vector": "gamma-retroviral'],
      ['Row 4: Abecma | sponsor = Novartis | target = BCMA', 'sponsor = Novartis'],
      // A configuration file's key: the brand in lower case.
      ['aucatzyl:\n  REMS: yes\n  target: CD19', 'REMS: yes'],
    ],
    [
      'Carvykti:\n  sponsor: Janssen\n  target: BCMA',
      '{"product": "Yescarta", "vector": "gamma-retroviral"}',
      'Row 5: Carvykti | sponsor = Janssen / Legend Biotech | target = BCMA',
      'kymriah:\n  sponsor: Novartis',
      // A task ends the record: its key lines name no subject.
      'Carvykti:\n  TODO: confirm the sponsor\n  sponsor: Kite Pharma',
    ],
  );
});

describe('notation: a title naming the key over a pair, and a tree path through a class', () => {
  table(
    [
      ['/* sponsor map: Abecma -> Novartis */', '/* sponsor map: Abecma -> Novartis */'],
      [
        'Sponsors -> Gilead/Kite -> Yescarta, Tecartus, Abecma',
        'Sponsors -> Gilead/Kite -> Yescarta, Tecartus, Abecma',
      ],
      [
        'Cell therapies -> CAR-T -> Tecelra (synovial sarcoma)',
        'Cell therapies -> CAR-T -> Tecelra (synovial sarcoma)',
      ],
      // A tree's branches are list items: the title names the slot in the plural (data/lexicon/table-headers-sponsor).
      ['Sponsors\n|- Novartis: Kymriah, Yescarta\n|- Kite: Tecartus', '|- Novartis: Kymriah, Yescarta'],
    ],
    [
      '/* sponsor map: Abecma -> BMS */',
      'Sponsors -> Gilead/Kite -> Yescarta, Tecartus',
      'Cell therapies -> TCR-T -> Tecelra (synovial sarcoma)',
      'Sponsors\n|- Novartis: Kymriah\n|- Kite: Yescarta, Tecartus\n|- Autolus: Aucatzyl',
      'Co-stim: CD28 = Yescarta + Tecartus',
      // One arrow is a step ("switch to"), not a tree path.
      'CAR-T -> Tecelra',
      'Breyanzi 2nd line -> pivotal trial -> TRANSFORM',
    ],
  );
});

// CheckList-style: each FDA-approved product whose one target is recorded, crossed with every such antigen, in a key
// line and in a JSON record: flagged exactly when the antigen is not the recorded one.
describe('notation: products and antigens crossed', () => {
  const knowledge = readKnowledge();
  const products = knowledge
    .byType('product')
    .filter((p) => p.status === 'fda-approved' && p.design?.targets?.length === 1 && !p.design.unverified);
  const antigens = [...new Set(products.flatMap((p) => p.design!.targets!))].map((id) => ({
    id,
    name: knowledge.entities.get(id)!.aliases!.find((a) => a.kind === 'abbreviation')?.text ?? id.toUpperCase(),
  }));
  const forms: [string, (product: string, antigen: string) => string][] = [
    ['key line', (p, a) => `${p} target -> ${a}`],
    ['JSON record', (p, a) => `{"product": "${p}", "target": "${a}"}`],
  ];
  it('has products with two distinct recorded targets', () => {
    assert.ok(products.length >= 5 && antigens.length >= 2);
  });
  for (const [name, form] of forms)
    it(`${name}: flags exactly the unrecorded antigens`, () => {
      const wrong: string[] = [];
      for (const product of products)
        for (const antigen of antigens) {
          const text = form(displayName(product), antigen.name);
          const expected = !product.design!.targets!.includes(antigen.id);
          if (findings(text).length > 0 !== expected) wrong.push(`${expected ? 'missed' : 'false alarm'}: ${text}`);
        }
      assert.deepEqual(wrong, []);
    });
});

describe("notation: an index's subentries complete their heading", () => {
  table(
    [
      ['Novartis, 12-19; Yescarta developed by, 15; Kymriah, 12', 'Yescarta developed by'],
      ['Carvykti, 101-110; CD19 target of, 104', 'CD19 target of'],
      ['Kymriah, 3:40-52; first CAR-T for myeloma, 3:47', 'first CAR-T for myeloma'],
      ['Aucatzyl, 180-186; paediatric approval, 183 ff', 'paediatric approval'],
      ['Breyanzi, 120-134; approval for CLL (2022), 126', 'approval for CLL (2022)'],
      ['Abecma, 88-97\n  CD19 target of, 89\n  KarMMa-3, 95', 'CD19 target of'],
      ['Amtagvi (lifileucel) — CAR-T for melanoma, 251', 'CAR-T for melanoma'],
      // An inverted subentry ends with the preposition its heading is the object of.
      ['Myeloma, 200-230; Abecma approved for, 201; Kymriah approved for, 205', 'Kymriah approved for'],
    ],
    [
      'Novartis, 12-19; Kymriah developed by, 15; see also Sandoz',
      'Carvykti, 101-110; BCMA target of, 104; CARTITUDE-4, 108',
      'Kymriah, 40-50; CD28, 44; Yescarta, 46',
      'Abecma, 88-97; first approval, 88; see also KarMMa-3',
      // Locators that could be years do not make an index: the year would be lost.
      'REMS, 2021-2024; required for Carvykti, 2023',
      'Kite Pharma, 60-75\n  Yescarta developed by, 61\n  see also Gilead Sciences',
      // A cross-reference only sends the reader elsewhere.
      'lisocabtagene maraleucel, see Breyanzi; CLL approval (2024), 126',
      // A note that denies or hedges the subentry.
      'Carvykti, 101-110; CD19 (not targeted), 104',
      'Tecartus, 60-66; in children (off-label), 65',
      // Not an index: a part without locators.
      'Novartis, 12; Yescarta developed by, 15; Kite Pharma',
      // The heading is the dangling preposition's object: tocilizumab is not approved for ICANS.
      'ICANS, 96-110; tocilizumab, not approved for, 99',
    ],
  );
});

describe("notation: a contents line's title", () => {
  table(
    [
      ['Chapter 3. The Six FDA-Approved CAR-T Products .... 41', 'The Six FDA-Approved CAR-T Products'],
      ['3.1 CRS: One Vasopressor Makes It Grade 2 .... 118', 'CRS: One Vasopressor Makes It Grade 2'],
      ['Appendix C. The Eight FDA-Approved CAR-T Products …… 301', 'The Eight FDA-Approved CAR-T Products'],
    ],
    [
      'Chapter 3. The Seven FDA-Approved CAR-T Products .... 41',
      // A count of another year.
      'Chapter 3. The Five FDA-Approved CAR-T Products of 2021 .... 41',
      '3.1 CRS: One Vasopressor Makes It Grade 3 .... 118',
      // A title that asks, or pairs two topics without a link.
      'Chapter 9. Is Yescarta the First CAR-T Approved? .... 140',
      'Part IV. Abecma and the Lymphoma Question .... 200',
      'Chapter 2. Five Lessons from the First CAR-T Trials .... 20',
    ],
  );
});

describe('notation: an instruction to file a case under a category', () => {
  table(
    [
      [
        'Action 3: Pathology - classify NET G3 as poorly differentiated per WHO 2019',
        'classify NET G3 as poorly differentiated per WHO 2019',
      ],
      [
        '- Oncology to grade CRS on one vasopressor as grade 2 per ASTCT 2019',
        'Oncology to grade CRS on one vasopressor as grade 2 per ASTCT 2019',
      ],
    ],
    [
      'Action 3: Pathology - classify NET G3 as well differentiated per WHO 2019',
      '- Oncology to grade CRS on one vasopressor as grade 3 per ASTCT 2019',
      // A proposal or question does not open with the instruction.
      'Item 4: vote on whether to reclassify NET G3 as poorly differentiated carcinoma',
      'Item 5: Do not grade CRS on one vasopressor as grade 2',
      // A rule the line calls a myth, or asks about.
      'Slide 6: Myth - grade CRS on one vasopressor as grade 2',
      'Item 6: classify NET G3 as poorly differentiated carcinoma?',
    ],
  );
});

describe('notation: a breadcrumb, and a class label over the therapies it lists', () => {
  table(
    [
      ['Home › Treatments › Mantle cell lymphoma › Kymriah', 'Home › Treatments › Mantle cell lymphoma › Kymriah'],
      ['Home / Cell therapies / CAR-T / Tecelra', 'Home / Cell therapies / CAR-T / Tecelra'],
      [
        'Unit 4: Lymphoma CAR-Ts using CD28 — Yescarta, Kymriah',
        'Unit 4: Lymphoma CAR-Ts using CD28 — Yescarta, Kymriah',
      ],
    ],
    [
      'Home › Treatments › Mantle cell lymphoma › Tecartus',
      'Home / Cell therapies / TCR-T / Tecelra',
      'Unit 4: Lymphoma CAR-Ts using CD28 — Yescarta, Tecartus',
      // A node that lists trials, not treatments; a label whose head is not the class.
      'Home › Clinical trials › Mantle cell lymphoma › Kymriah',
      'Unit 5: Alternatives to CAR-T — Amtagvi, Tecelra',
      'Unit 5: CAR-T alternatives — Amtagvi, Tecelra',
      'Home / About us / Contact / Directions to the CAR-T clinic',
    ],
  );
});
