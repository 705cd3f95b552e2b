import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimFindings, claimIdsAndTexts, service } from '../helpers/service';

// Quotations the writer mentions without asserting them (issue 12 item 1, claims/quotes.ts): the old wording of an
// edit instruction, a wording a negated verb of writing forbids, and a draft line a reviewer's verdict rejects. The
// new wording of an edit and an endorsed draft line stay the writer's and are judged.

const lint = service();
let version = 0;
const findings = (text: string) => claimIdsAndTexts(lint, text, `file:///quotes/${++version}.md`);
const patterns = (name: string) =>
  (
    JSON.parse(readFileSync(join(process.cwd(), 'data', 'lexicon', `${name}.json`), 'utf8')) as {
      patterns: { pattern: string }[];
    }
  ).patterns.map((p) => p.pattern);
const capitalized = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Each text flagged as given ("messageId: flagged words"); each clean text not at all. */
function table(invalid: [string, string[]][], valid: string[]) {
  for (const [text, expected] of invalid)
    it(`invalid: ${text}`, () => {
      assert.deepEqual(findings(text), expected);
    });
  for (const text of valid)
    it(`valid: ${text}`, () => {
      assert.deepEqual(findings(text), []);
    });
}

describe('quotes: the old wording of an edit is mentioned, the new one asserted', () => {
  table(
    [
      [
        "Change 'Kymriah targets CD19' to 'Kymriah targets BCMA' in the summary.",
        ["contradicted: Change 'Kymriah targets CD19' to 'Kymriah targets BCMA' in the summary."],
      ],
      [
        "Replace 'Carvykti, from Janssen and Legend' with 'Carvykti, from Novartis'.",
        ["contradicted: Replace 'Carvykti, from Janssen and Legend' with 'Carvykti, from Novartis'."],
      ],
      // "rewrote" is the past of an edit verb: its new wording is the writer's.
      [
        "The copy editor rewrote 'Carvykti targets BCMA' as 'Carvykti targets CD19'.",
        ["contradicted: The copy editor rewrote 'Carvykti targets BCMA' as 'Carvykti targets CD19'."],
      ],
      // Not edited out: the quotation is kept, so it is the writer's.
      ["Keep 'Abecma targets CD19' in the summary.", ["contradicted: Keep 'Abecma targets CD19' in the summary."]],
    ],
    [
      "Replace 'Tecelra, a CAR-T for synovial sarcoma' with 'Tecelra, a TCR T-cell therapy for synovial sarcoma'.",
      "Tracked change 14: 'Abecma is approved after one prior line' replaced by 'Abecma is approved after two or more prior lines'.",
      "Delete 'Yescarta is approved first-line for LBCL'; no CAR-T is approved first-line.",
      "Strike the phrase 'Aucatzyl, approved in 2022,' from paragraph 3.",
      "Never write 'Breyanzi is a Novartis product'.",
      "The copy editor rewrote 'Carvykti is a CD19 CAR-T' as 'Carvykti is a BCMA CAR-T'.",
    ],
  );

  for (const verb of patterns('edit-old-verbs'))
    it(`crossed: "${verb} '…'" edits the quotation out`, () => {
      assert.deepEqual(findings(`${capitalized(verb)} 'Abecma targets CD19' in the summary.`), []);
    });

  for (const verb of patterns('wording-verbs'))
    it(`crossed: "do not ${verb} '…'" forbids the quotation, "${verb} '…'" does not`, () => {
      assert.deepEqual(findings(`Do not ${verb} 'Abecma targets CD19' in the summary.`), []);
      assert.equal(findings(`Please ${verb} 'Abecma targets CD19' in the summary.`).length, 1);
    });
});

describe("quotes: a draft line and the reviewer's verdict", () => {
  table(
    [
      // A label that approves leaves the quotation the writer's.
      ["Approved: 'Aucatzyl is made by Novartis.'", ["contradicted: Approved: 'Aucatzyl is made by Novartis.'"]],
      [
        "Line 3: 'Kymriah is approved for B-cell ALL in patients up to 30 years old.' Reviewer: approved as written.",
        ["contradicted: Line 3: 'Kymriah is approved for B-cell ALL in patients up to 30 years old.'"],
      ],
      [
        "Claim 'Aucatzyl is approved for children with ALL' approved by medical.",
        ["contradicted: Claim 'Aucatzyl is approved for children with ALL' approved by medical."],
      ],
    ],
    [
      "Line 3: 'Kymriah is approved for B-cell ALL in patients up to 30 years old.' Reviewer: reject; the label says up to 25.",
      "Claim 'Aucatzyl has a REMS' rejected: Aucatzyl was approved without one.",
      "Segment 41: source text 'Yescarta is made by Novartis' is wrong (Kite makes it); flag to the client.",
      "Back-translation of segment 7 reads 'Carvykti is for children'; reject and re-translate.",
      "Claim 12 ('Carvykti is manufactured by Novartis'): rejected by medical review.",
    ],
  );

  for (const verdict of patterns('rejecting-verdicts'))
    it(`crossed: "${verdict}" after the line, in its sentence and in the next`, () => {
      assert.deepEqual(findings(`Line 2: 'Abecma targets CD19.' Reviewer: ${verdict}.`), []);
      assert.deepEqual(findings(`Line 2: 'Abecma targets CD19' - ${verdict}.`), []);
    });

  // A judgement alone after a reviewer's label is its verdict; one that judges something else is not.
  table(
    [
      [
        "Line 6: 'Kymriah targets BCMA.' Reviewer: false positive in the checker.",
        ["contradicted: Line 6: 'Kymriah targets BCMA.'"],
      ],
      ["Line 5: 'Kymriah targets BCMA.' Editor: correct.", ["contradicted: Line 5: 'Kymriah targets BCMA.'"]],
    ],
    [
      "Slide 4: 'Breyanzi targets BCMA.' Medical reviewer: inaccurate.",
      "Claim 7: 'Yescarta is made by Novartis.' MLR: false; Kite makes it.",
      "Line 9: 'Abecma is approved for CLL.' Reviewer: misleading, it is for myeloma.",
      "Line 2: 'Carvykti targets CD19.' Reviewer: wrong!",
      "Line 6: 'Aucatzyl has a REMS.' Note: obsolete wording.",
    ],
  );

  // A noun of falsehood heading the subject of "is (to say) that P": the clause is mentioned; another noun asserts it.
  table(
    [
      [
        'A common finding is that Abecma targets CD19.',
        ['contradicted: A common finding is that Abecma targets CD19.'],
      ],
      [
        'The key point to remember is that Breyanzi targets BCMA.',
        ['contradicted: The key point to remember is that Breyanzi targets BCMA.'],
      ],
    ],
    [
      'A frequent mistake is to say that Tecartus targets BCMA.',
      'The most common error on this exam is to answer that Abecma is made by Novartis.',
      'A typical misconception is that Kymriah targets BCMA.',
    ],
  );

  // A citation after the line (as the missing-citation fix adds one) changes nothing about who rejects it.
  table(
    [
      [
        "Line 2: 'Abecma targets CD19.' [4] It is a good product.",
        ["contradicted: Line 2: 'Abecma targets CD19.' [4]"],
      ],
      [
        "Line 2: 'Abecma targets CD19.' [a comment far longer than any citation marker is] Reviewer: reject.",
        ["contradicted: Line 2: 'Abecma targets CD19.'"],
      ],
    ],
    [
      "Line 3: 'Kymriah is approved for B-cell ALL in patients up to 30 years old.' [14] Reviewer: reject; the label says up to 25.",
      "Draft: 'Abecma targets CD19.' [3, 5–7] Medical review: rejected; it targets BCMA.",
      "Draft: 'Abecma targets CD19.'^3 Reviewer: reject.",
      "Line 2: 'Abecma targets CD19' [3] - reject.",
    ],
  );
});

describe('quotes: a verdict labelling the quotation after it', () => {
  for (const verdict of patterns('rejecting-verdicts'))
    it(`crossed: "${capitalized(verdict)}: '…'" rejects the quotation after its colon`, () => {
      assert.deepEqual(findings(`${capitalized(verdict)}: 'Abecma targets CD19.'`), []);
    });
});

describe('reported: a correction frame opening the next sentence corrects the report', () => {
  table(
    [
      // Without a correction, the report stands.
      [
        'The speaker said Abecma targets CD19. She smiled: it is a good product.',
        ['contradicted: The speaker said Abecma targets CD19.'],
      ],
    ],
    [
      'At first she said Kymriah was approved in 2018. She corrected herself: it was August 2017.',
      'The speaker said Abecma targets CD19. She corrected herself a moment later: it targets BCMA.',
      'A panellist said Tecartus targets BCMA. The chair set the record straight: it targets CD19.',
    ],
  );
});

describe('reported: the source conceding the denial of its own claim corrects it, and the concession is the writer’s', () => {
  table(
    [
      // What the source concedes is asserted: a false concession is judged (the finding is about myeloma, not CLL).
      [
        'A spokesperson said Tecartus was approved for CLL; under questioning she admitted that Tecartus is approved for myeloma.',
        [
          'contradicted: A spokesperson said Tecartus was approved for CLL; under questioning she admitted that Tecartus is approved for myeloma.',
        ],
      ],
    ],
    [
      'A witness testified that Breyanzi had been approved for myeloma; under questioning he conceded that it had not.',
      'The speaker said Yescarta targets BCMA; when pressed, she admitted it does not.',
      'A reporter wrote that Amtagvi is genetically engineered, then acknowledged in a correction that it is not.',
    ],
  );

  it('judges what is conceded, not the report it corrects', () => {
    const text =
      'A spokesperson said Tecartus was approved for CLL; under questioning she admitted that Tecartus is approved for myeloma.';
    const messages = claimFindings(lint, text, `file:///quotes/${++version}.md`).map((f) => f.message);
    assert.equal(messages.length, 1, String(messages));
    assert.match(messages[0]!, /not approved for myeloma/);
  });

  // The past forms of the concession verbs in data/lexicon/correction-frames.
  const conceded: Record<string, string> = { admit: 'admitted', concede: 'conceded', acknowledge: 'acknowledged' };
  for (const verb of patterns('correction-frames').filter((p) => p in conceded))
    it(`crossed: "${conceded[verb]} that it does not" after a report corrects it; without it the report stands`, () => {
      assert.deepEqual(findings(`A caller said Abecma targets CD19; later he ${conceded[verb]} that it does not.`), []);
      assert.equal(findings('A caller said Abecma targets CD19; later he smiled.').length, 1);
    });
});

describe('reported: an edit of the report corrects it, and its new wording is the writer’s', () => {
  table(
    [
      [
        'A freelancer wrote that Carvykti targets BCMA, and the editor changed it to CD19.',
        ['contradicted: Carvykti targets BCMA, and the editor changed it to CD19'],
      ],
      [
        'An intern typed that Aucatzyl was approved in 2024; I changed it to 2021.',
        ['contradicted: Aucatzyl was approved in 2024; I changed it to 2021'],
      ],
    ],
    [
      'A trainee wrote that Kymriah targets BCMA; the editor changed it to CD19.',
      'A freelancer wrote that Carvykti targets CD19, and the editor changed it to BCMA.',
      'A trainee wrote that CRL stands for complete remission letter; the editor changed it to complete response letter.',
      'The first draft said Abecma targets CD19; the reviewer changed that to BCMA.',
      'The first draft said Abecma targets CD19. The reviewer changed it to BCMA.',
      'An intern typed that Aucatzyl was approved in 2021; I changed it to 2024.',
    ],
  );

  for (const verb of patterns('edit-old-verbs'))
    it(`crossed: "${verb} it to …" after a report corrects it, "keep it" does not`, () => {
      assert.deepEqual(findings(`A trainee wrote that Kymriah targets BCMA. ${capitalized(verb)} it to CD19.`), []);
      assert.equal(findings('A trainee wrote that Kymriah targets BCMA. Keep it.').length, 1);
    });
});

describe('quotes: a noun that labels a quotation or its that clause false', () => {
  table(
    [
      // An endorsing noun leaves the statement the writer's.
      [
        "The correct statement is 'Kymriah targets BCMA'.",
        ["contradicted: The correct statement is 'Kymriah targets BCMA'."],
      ],
      ['Remember the fact that Abecma targets CD19.', ['contradicted: Remember the fact that Abecma targets CD19.']],
      // The writer's own clause after the labelled quotation is judged.
      [
        "The false claim 'Kymriah is gene-edited' persists, but Abecma targets CD19.",
        ["contradicted: The false claim 'Kymriah is gene-edited' persists, but Abecma targets CD19."],
      ],
    ],
    [
      "test: add a case for the wrong claim 'Tecelra is a CAR-T' (it is a TCR-T)",
      "The post repeats the false claim 'Kymriah is made from donor cells'.",
      "Reviewers struck the inaccurate statement 'Breyanzi was the first CAR-T approved'.",
      "This edit fixes the old error: 'Abecma is made by Novartis'.",
      'The mistaken belief that tocilizumab is approved for ICANS delayed steroids in two cases.',
      'Trainees hold the untrue notion that Yescarta is allogeneic.',
    ],
  );

  it('crossed: the frame the labels are tried in is judged without them', () => {
    assert.equal(findings("Slide 4 shows the line 'Abecma targets CD19'.").length, 1);
    assert.equal(findings('Slide 4 shows that Abecma targets CD19.').length, 1);
  });

  for (const noun of patterns('falsehood-nouns'))
    it(`crossed: "the ${noun} '…'" and "the ${noun} that …" are mentioned, not asserted`, () => {
      assert.deepEqual(findings(`Slide 4 shows the ${noun} 'Abecma targets CD19'.`), []);
      assert.deepEqual(findings(`Slide 4 shows the ${noun} that Abecma targets CD19.`), []);
    });

  for (const adjective of patterns('falsehood-adjectives'))
    it(`crossed: "the ${adjective} line '…'" and "the ${adjective} claim that …" are mentioned, not asserted`, () => {
      assert.deepEqual(findings(`Slide 4 shows the ${adjective} line 'Abecma targets CD19'.`), []);
      assert.deepEqual(findings(`Slide 4 shows the ${adjective} claim that Abecma targets CD19.`), []);
    });
});

describe('quotes: a quotation placed in its document and then judged wrong or out of date', () => {
  table(
    [
      // Endorsed, or said to hold still: the quotation is the writer's.
      [
        "Talk page: the sentence 'Carvykti targets CD19' in the lead is accurate.",
        ["contradicted: Talk page: the sentence 'Carvykti targets CD19' in the lead is accurate."],
      ],
      [
        "TM note: 'Hospitals must be REMS-certified to infuse Yescarta' is still the rule.",
        ["contradicted: TM note: 'Hospitals must be REMS-certified to infuse Yescarta' is still the rule."],
      ],
    ],
    [
      "Talk page: the sentence 'Carvykti targets CD19' in the lead is incorrect, since Carvykti is BCMA-directed.",
      "Query 12: the phrase 'Abecma is a CD19 CAR-T' on page 3 is misleading; please change the antigen to BCMA.",
      "the line 'Tecelra is a CAR-T' in the deck is just wrong, it's an engineered TCR therapy",
      "Segment 734 (EN, do not reuse): 'Hospitals must be REMS-certified' is obsolete text; the REMS ended in June 2025.",
      "TM note, segment 2210: the source string 'Hospitals must be REMS-certified to infuse Kymriah' no longer applies.",
    ],
  );

  for (const predicate of patterns('rejection-predicates').filter((p) => p !== 'not'))
    it(`crossed: "'…' on page 3 is ${predicate}" is mentioned, "is correct" is asserted`, () => {
      assert.deepEqual(findings(`The line 'Abecma targets CD19' on page 3 is ${predicate}.`), []);
      assert.equal(findings("The line 'Abecma targets CD19' on page 3 is correct.").length, 1);
    });
});

describe('reported: a wording the writer withheld or removed is not asserted', () => {
  table(
    [
      // Kept, added, or not removed: the wording stands.
      [
        'We kept the sentence saying Kymriah is approved for first-line lymphoma.',
        ['contradicted: We kept the sentence saying Kymriah is approved for first-line lymphoma.'],
      ],
      [
        'Added a tooltip stating that Amtagvi is a CAR-T product.',
        ['contradicted: Added a tooltip stating that Amtagvi is a CAR-T product.'],
      ],
      // A therapy named before the removal: the clause before it is the writer's own.
      [
        'Tecartus is approved for children, so we removed the line saying it is adults-only.',
        ['contradicted: Tecartus is approved for children, so we removed the line saying it is adults-only.'],
      ],
    ],
    [
      'We avoided writing that Kymriah is approved for first-line lymphoma, because no CAR-T is.',
      'I deliberately left out any line saying Tecelra is a CAR-T.',
      'I removed the sentence claiming Kymriah is approved for first-line lymphoma.',
      'Deleted the tooltip stating that Amtagvi is a CAR-T product.',
      'The editor cut the paragraph that says Abecma targets CD19.',
    ],
  );

  for (const verb of patterns('withholding-verbs'))
    it(`crossed: "${verb}" before "the line saying …" withholds it`, () => {
      const past = {
        'refrain from': 'refrained from',
        'leave out': 'left out',
        'take out': 'took out',
        strike: 'struck',
      }[verb];
      const form =
        past ?? (verb.endsWith('e') ? `${verb}d` : verb === 'drop' || verb === 'scrap' ? `${verb}ped` : verb);
      assert.deepEqual(findings(`We ${form} the line saying Abecma targets CD19.`), []);
    });
});

describe('reported: an earlier version shown, then corrected', () => {
  table(
    [
      // Shown now, with no correction: the depiction is the writer's.
      ['The poster shows Breyanzi as BCMA-directed.', ['contradicted: The poster shows Breyanzi as BCMA-directed.']],
    ],
    [
      'The first draft showed Breyanzi as BCMA-directed; we corrected it to CD19.',
      "The proof had Kymriah's first approval in 2018, which we changed to 2017.",
      'Counsel for the claimant submitted that Tecelra is a CAR-T therapy. The tribunal does not accept that submission.',
    ],
  );

  it('crossed: a submission the tribunal accepts stays asserted', () => {
    assert.equal(
      findings(
        'Counsel for the claimant submitted that Tecelra is a CAR-T therapy. The tribunal accepts that submission.',
      ).length,
      1,
    );
  });
});

describe('quotes: a quotation a passive or a relative edits out is mentioned', () => {
  table(
    [
      [
        "The sentence 'Kymriah targets BCMA' was added to the leaflet.",
        ["contradicted: The sentence 'Kymriah targets BCMA' was added to the leaflet."],
      ],
      [
        "The line 'Yescarta is made by Novartis', which we kept, is on slide 3.",
        ["contradicted: The line 'Yescarta is made by Novartis', which we kept, is on slide 3."],
      ],
      [
        "'Kymriah targets CD19' was corrected to 'Kymriah targets BCMA'.",
        ["contradicted: 'Kymriah targets CD19' was corrected to 'Kymriah targets BCMA'."],
      ],
    ],
    [
      "QA log: the sentence 'Kymriah targets BCMA' was removed from the German leaflet before print.",
      "The phrase 'Abecma targets CD19' has since been deleted.",
      "The subtitle file still contains the line 'Yescarta is made by Novartis', which we have marked for deletion.",
      "The FAQ keeps the sentence 'Kymriah targets BCMA', which the editor will remove.",
      "'Kymriah targets BCMA' was corrected to 'Kymriah targets CD19'.",
    ],
  );
  for (const verb of ['removed', 'deleted', 'struck', 'replaced'])
    it(`crossed: "'…' was ${verb}" mentions the quotation, "'…' was kept" does not`, () => {
      assert.deepEqual(findings(`The line 'Abecma targets CD19' was ${verb} from the deck.`), []);
      assert.equal(findings("The line 'Abecma targets CD19' was kept in the deck.").length, 1);
    });
  for (const noun of patterns('edit-old-nouns'))
    it(`crossed: "'…', which is flagged for ${noun}" mentions the quotation`, () => {
      assert.deepEqual(findings(`The page keeps the line 'Abecma targets CD19', which is flagged for ${noun}.`), []);
    });
});

describe("reported: an aside between a 'claims that' verb and its that", () => {
  table(
    [
      // An endorsing aside makes the clause the writer's.
      [
        'It has been claimed, rightly, that Aucatzyl was approved with a REMS.',
        ['contradicted: It has been claimed, rightly, that Aucatzyl was approved with a REMS.'],
      ],
      // A clause after an aside that ends in no "that" is the writer's.
      [
        'The defendant claims, without evidence. Yescarta is made by Novartis.',
        ['contradicted: Yescarta is made by Novartis.'],
      ],
    ],
    [
      'The defendant claims, without evidence, that Yescarta is made by Novartis.',
      'The plaintiff asserts, on page 4 of the brief, that Kymriah was first approved in 2019.',
    ],
  );
});

describe("reported: a third party's view given by a verb of arguing or believing", () => {
  table(
    [
      // The writer, a demonstrative or a noun of evidence as the subject: the writer's own statement or inference.
      ['We argue that Tecartus is made by Novartis.', ['contradicted: We argue that Tecartus is made by Novartis.']],
      ['The data argue that Abecma targets CD19.', ['contradicted: The data argue that Abecma targets CD19.']],
      // An endorsing adverb before the verb, or a clause endorsing it after.
      [
        'Reviewer 2 correctly argues that Tecelra is a CAR-T therapy.',
        ['contradicted: Reviewer 2 correctly argues that Tecelra is a CAR-T therapy.'],
      ],
      [
        'Dr Okafor argued that Yescarta targets BCMA, and she was right.',
        ['contradicted: Dr Okafor argued that Yescarta targets BCMA, and she was right.'],
      ],
      [
        'The defence argues that Yescarta targets BCMA, and that argument is correct.',
        ['contradicted: The defence argues that Yescarta targets BCMA, and that argument is correct.'],
      ],
      // A "claims that" verb whose subject is the writer.
      [
        'I maintain that Abecma was the first CAR-T approved by the FDA.',
        ['contradicted: I maintain that Abecma was the first CAR-T approved by the FDA.'],
      ],
    ],
    [
      'One trainee argued that Abecma was the first CAR-T to win FDA approval.',
      'Several nurses on the ward believe that Aucatzyl is approved for children.',
      'Reviewer 2 argues that Tecelra is a CAR-T therapy.',
      // A "claims that" verb with a prepositional adjunct before its "that".
      'Dr Okafor contended at the tumour board that Yescarta targets BCMA.',
    ],
  );
});

describe('reported: the next sentence endorses the report as a whole', () => {
  table(
    [
      [
        'One registrar argued that Breyanzi targets BCMA. She was right.',
        ['contradicted: One registrar argued that Breyanzi targets BCMA.'],
      ],
      [
        'The sponsor contended that Tecartus is made by Novartis. The panel accepted that contention.',
        ['contradicted: The sponsor contended that Tecartus is made by Novartis.'],
      ],
    ],
    [
      'One registrar argued that Breyanzi targets BCMA. She was wrong.',
      'The sponsor contended that Tecartus is made by Novartis. The panel never accepted that contention.',
      'The sponsor contended that Tecartus is made by Novartis. The panel rejected that contention.',
      // A report called false by its cue is not endorsed by agreeing with the writer's label.
      'Some websites wrongly claim that Breyanzi targets BCMA. That is correct.',
    ],
  );
});

describe("reported: an authority's ruling after rejecting a report is the writer's", () => {
  table(
    [
      [
        'The appellant claimed that Abecma targets BCMA; the tribunal rejects that claim and holds that Abecma targets CD19.',
        [
          'contradicted: The appellant claimed that Abecma targets BCMA; the tribunal rejects that claim and holds that Abecma targets CD19.',
        ],
      ],
    ],
    [
      'The appellant claimed that Abecma targets CD19; the tribunal rejects that claim and holds that Abecma targets BCMA.',
    ],
  );
});

describe('reported: a rejection or a restatement after a spaced dash', () => {
  table(
    [
      [
        'A reader wrote that Kymriah targets CD19. Wrong - Kymriah targets BCMA.',
        ['contradicted: Wrong - Kymriah targets BCMA.'],
      ],
    ],
    [
      'A reader wrote that Kymriah targets BCMA. Wrong - Kymriah targets CD19.',
      'A reader wrote that Kymriah targets BCMA. Wrong — Kymriah targets CD19.',
      "This app told me Kymriah is approved for myeloma. It isn't - Kymriah targets CD19.",
    ],
  );
});

describe('reported: a speaker who describes or calls a therapy something', () => {
  table(
    [
      [
        'Some clinicians describe Carvykti as a CD19 CAR-T, and they are correct.',
        ['contradicted: Some clinicians describe Carvykti as a CD19 CAR-T, and they are correct.'],
      ],
      [
        'Critics say Carvykti targets CD19, and they are right.',
        ['contradicted: Critics say Carvykti targets CD19, and they are right.'],
      ],
      [
        'Experts rightly describe Aucatzyl as a BCMA-directed product.',
        ['contradicted: Experts rightly describe Aucatzyl as a BCMA-directed product.'],
      ],
    ],
    [
      'Several bloggers call Carvykti a CD19 CAR-T; the label says otherwise.',
      'Some writers describe Breyanzi as a BCMA CAR-T; check the label before repeating it.',
      'Bloggers call Carvykti a CD19 CAR-T.',
      'One website describes Tecartus as a BCMA product.',
      'Some forum members refer to Abecma as a CD19 CAR-T.',
    ],
  );
});

describe('reported: a source the writer examined, before its verb of saying', () => {
  table(
    [
      // Endorsed, or a source the writer made.
      [
        'As the leaflet we reviewed correctly says, Breyanzi targets BCMA.',
        ['contradicted: As the leaflet we reviewed correctly says, Breyanzi targets BCMA.'],
      ],
      [
        'The website that I checked correctly says Abecma targets CD19.',
        ['contradicted: The website that I checked correctly says Abecma targets CD19.'],
      ],
      [
        'The leaflet that we wrote says Kymriah targets BCMA.',
        ['contradicted: The leaflet that we wrote says Kymriah targets BCMA.'],
      ],
      // No relative clause: the document's statement is relayed.
      ['The brochure says Yescarta targets BCMA.', ['contradicted: The brochure says Yescarta targets BCMA.']],
    ],
    [
      'The patient leaflet we reviewed says Breyanzi targets BCMA.',
      'The brochure we received says Yescarta targets BCMA.',
      'The website I checked claims Abecma targets CD19.',
      'A fact sheet that we found states that Tecartus targets CD22.',
    ],
  );
});

describe('reported: a rejection followed by its reason', () => {
  table(
    [
      // The reason is the writer's own statement, judged as such.
      [
        'The authors say Abecma targets BCMA; this is incorrect, because Abecma targets CD19.',
        ['contradicted: The authors say Abecma targets BCMA; this is incorrect, because Abecma targets CD19.'],
      ],
    ],
    [
      'The authors write that Abecma was first approved in April 2024; this is incorrect, as April 2024 was a label expansion.',
      'The authors write that Abecma was first approved in April 2024; this is incorrect, because April 2024 was a label expansion.',
      'The leaflet claims Tecartus is made by Novartis; this is inaccurate, as Kite makes it.',
    ],
  );
});

describe('negation: a past-participle aside closing a negated clause', () => {
  table(
    [
      [
        'No REMS was ever attached to Aucatzyl, approved November 2022.',
        ['contradicted: No REMS was ever attached to Aucatzyl, approved November 2022.'],
      ],
      [
        'The seminar will not cover Tecartus, approved in 2019 for mantle cell lymphoma.',
        ['contradicted: The seminar will not cover Tecartus, approved in 2019 for mantle cell lymphoma.'],
      ],
    ],
    [
      'No REMS was ever attached to Aucatzyl, approved November 2024.',
      'The FDA did not require a REMS for Aucatzyl, approved in November 2024.',
      'There is no pediatric indication for Tecartus, approved in July 2020.',
      // Without a verb of the main part outside an aside, the participle is the predicate, placed in the EU.
      'The EU, where the FDA has no say, approved tab-cel for EBV-positive PTLD.',
    ],
  );
});
