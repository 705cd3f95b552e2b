import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { KnowledgeIndex } from '../../server/src/kb/index';
import { documentTimeOf, knowledgeAsOf, sentencePeriodOf } from '../../server/src/claims/period';
import { placeIn } from '../../server/src/claims/place';
import { wordsOf } from '../../server/src/claims/words';
import { builtInKnowledgeBase, doc, service } from '../helpers/service';

// Claims judged in their discourse: the document's date, a period the sentence names, the place it is about.

let version = 0;
function claimFindings(text: string): string[] {
  const document = TextDocument.create(`file:///discourse/${++version}.md`, 'markdown', 1, text);
  return service()
    .diagnostics(document)
    .filter((d) => d.code === 'unsupported-claim')
    .map((d) => d.message);
}

const dated = (date: string, body: string, title?: string) =>
  `---\ndate: ${date}\n${title ? `title: "${title}"\n` : ''}---\n\n${body}\n`;

describe('claims: time', () => {
  it('reads the front matter date as a day, a month or a year, and "unknown" as unknown', () => {
    assert.deepEqual(documentTimeOf({ text: '---\ndate: 2021-12-20\n---\n' }), {
      kind: 'dated',
      period: { from: '2021-12-20', to: '2021-12-20' },
    });
    assert.deepEqual(documentTimeOf({ text: '---\ndate: "2024-02"\n---\n' }), {
      kind: 'dated',
      period: { from: '2024-02-01', to: '2024-02-29' },
    });
    assert.deepEqual(documentTimeOf({ text: '---\ndate: 2023\n---\n' }), {
      kind: 'dated',
      period: { from: '2023-01-01', to: '2023-12-31' },
    });
    assert.deepEqual(documentTimeOf({ text: '---\ndate: unknown\n---\n' }), { kind: 'unknown' });
    assert.deepEqual(documentTimeOf({ text: '---\ntitle: x\n---\n' }), { kind: 'current' });
    assert.deepEqual(documentTimeOf(undefined), { kind: 'current' });
  });

  it('reads the period a sentence names', () => {
    const period = (text: string) => sentencePeriodOf(wordsOf(text));
    assert.deepEqual(period('As of January 2022, five CAR-Ts were approved.'), {
      from: '2022-01-31',
      to: '2022-01-31',
    });
    assert.deepEqual(period('Before March 2024, no CAR-T was approved for CLL.'), {
      from: '2024-02-29',
      to: '2024-02-29',
    });
    // An approximate part of a year is a cut-off somewhere in its months: every state in them is judged.
    assert.deepEqual(period('By mid-2023, the FDA had approved six CAR-T therapies.'), {
      from: '2023-05-01',
      to: '2023-08-31',
    });
    assert.deepEqual(period('Before late 2024, no CAR-T was approved for MZL.'), {
      from: '2024-08-31',
      to: '2024-12-30',
    });
    assert.deepEqual(period('By the middle of 2021, five CAR-Ts were approved.'), {
      from: '2021-05-01',
      to: '2021-08-31',
    });
    assert.equal(period('Then an experimental treatment, CAR-T reprograms T cells.'), 'unknown-past');
    // Several years: each date is the relations' to read.
    assert.equal(
      period('By 2024, six were approved; Aucatzyl (2024) and an MZL approval (2025) came later.'),
      undefined,
    );
    assert.equal(period('Cells are collected, then modified.'), undefined);
    // A fronted bare date over a state ("only", "still") is the state's time; over an event it dates the event.
    assert.deepEqual(period('In 2019, Kymriah was approved only for B-cell ALL and LBCL.'), {
      from: '2019-01-01',
      to: '2019-12-31',
    });
    assert.equal(period('In 2019, Kymriah was approved for LBCL.'), undefined);
  });

  it('judges a state at a time through that time, not as an approval dated then', () => {
    assert.deepEqual(claimFindings('In 2019, Kymriah was approved only for B-cell ALL and large B-cell lymphoma.'), []);
    assert.deepEqual(claimFindings('In 2020, Yescarta was approved only for large B-cell lymphoma.'), []);
    assert.match(
      claimFindings('In 2019, Yescarta was approved only for follicular lymphoma.')[0] ?? '',
      /not approved for follicular lymphoma/,
    );
  });

  it('dates a bullet by the headings above its section heading', () => {
    const slide = (when: string) => `# Lymphoma board, ${when}\n\n## Breyanzi\n\n- Approved for mantle cell lymphoma\n`;
    assert.match(claimFindings(slide('January 2024'))[0] ?? '', /^As of Jan 2024: Breyanzi is not approved for mantle/);
    assert.deepEqual(claimFindings(slide('September 2024')), []);
    // A nearer heading's date decides; a thematic break ends the dated heading's reach.
    assert.deepEqual(
      claimFindings('# Board, January 2024\n\n## Breyanzi, July 2024\n\n- Approved for mantle cell lymphoma\n'),
      [],
    );
    assert.deepEqual(
      claimFindings('# Board, January 2024\n\n---\n\n## Breyanzi\n\n- Approved for mantle cell lymphoma\n'),
      [],
    );
  });

  it('keeps the knowledge base as it stood on a day: later approvals absent, a later-ended REMS in force', () => {
    const index = new KnowledgeIndex(builtInKnowledgeBase());
    const then = knowledgeAsOf(index, '2021-12-20');
    assert.notEqual(then, index);
    assert.equal(then.matcher, index.matcher);
    assert.deepEqual(
      then.entity('carvykti')?.approvals?.map((a) => a.date),
      [],
    );
    assert.equal(then.entity('kymriah')?.rems?.eliminated, undefined);
    assert.equal(index.entity('kymriah')?.rems?.eliminated, '2025-06-26');
    assert.equal(knowledgeAsOf(index, index.asOf), index);
  });

  it('judges a dated document as of its date', () => {
    assert.deepEqual(claimFindings(dated('2021-12-20', 'The FDA has approved five CAR T-cell therapies.')), []);
    assert.match(claimFindings('The FDA has approved five CAR T-cell therapies.')[0] ?? '', /not 5/);
    assert.match(
      claimFindings(dated('2021-06-15', 'Currently, seven CAR T-cell therapies are FDA-approved.'))[0] ?? '',
      /5 CAR T-cell therapy products .*not 7/,
    );
    const rems = 'Kymriah is available only through a restricted program under a REMS.';
    assert.deepEqual(claimFindings(dated('2022-09-01', rems)), []);
    assert.equal(claimFindings(rems).length, 1);
    const notYet = 'No CAR-T therapy has been approved for multiple myeloma yet.';
    assert.deepEqual(claimFindings(dated('2020-03', notYet)), []);
    assert.equal(claimFindings(dated('2023-05-01', notYet)).length, 1);
  });

  it('says nothing where the date is unknown and the verdict changed over time', () => {
    assert.deepEqual(claimFindings(dated('unknown', 'There are now six FDA-approved CAR-T cell therapies.')), []);
    assert.equal(claimFindings(dated('unknown', 'There are now ten FDA-approved CAR-T cell therapies.')).length, 1);
    assert.equal(claimFindings(dated('unknown', 'Kymriah is approved for multiple myeloma.')).length, 1);
  });

  it('judges a sentence as of the period it names', () => {
    assert.deepEqual(claimFindings('As of January 2022, five CAR-T products had been approved by the FDA.'), []);
    assert.equal(claimFindings('As of January 2022, three CAR-T products had been approved by the FDA.').length, 1);
    assert.deepEqual(
      claimFindings('Before March 2024, no CAR-T was FDA-approved for chronic lymphocytic leukemia.'),
      [],
    );
    assert.equal(claimFindings('Before 2022, there was no FDA-approved CAR-T for multiple myeloma.').length, 1);
  });
});

describe('claims: place', () => {
  it('tells places no knowledge-base regulator covers from named ones', () => {
    const place = (text: string) => placeIn(wordsOf(text), []);
    assert.equal(place("Japan's health ministry approved Kymriah in 2019."), 'unresolved');
    assert.equal(place('Health Canada authorized Yescarta.'), 'unresolved');
    assert.equal(place('It is the first CAR-T approved anywhere in the world for a solid tumor.'), 'unresolved');
    assert.equal(place('In the US, Kymriah was approved in 2017.'), 'named');
    assert.equal(place('Kymriah was approved in 2017.'), undefined);
    // Capitals matter: "turkey" and "nice" are words.
    assert.equal(place('A nice result.'), undefined);
  });

  it("judges a denial placed anywhere in the world by every regulator's recorded approvals, and nothing else there", () => {
    const [finding, ...rest] = claimFindings('No CAR-T has been approved for a solid tumour anywhere in the world.');
    assert.match(finding ?? '', /NMPA, adults/);
    assert.deepEqual(rest, []);
    assert.equal(claimFindings('Kymriah is not approved anywhere for B-cell ALL.').length, 1);
    // Before the first such approval; no approval on record; a positive claim no regulator but the FDA has complete.
    assert.deepEqual(
      claimFindings('Before 2026, no CAR-T had been approved for a solid tumour anywhere in the world.'),
      [],
    );
    assert.deepEqual(claimFindings('Kymriah is not approved anywhere for multiple myeloma.'), []);
    assert.deepEqual(claimFindings('CAR-T is approved worldwide for melanoma.'), []);
  });

  it("judges a covered regulator's approval beside a place in a phrase of its own", () => {
    // The place stands in a phrase that names no approval, date, product or disease: the approval is the FDA's.
    assert.equal(
      claimFindings('Weeks after a decision in Japan, the FDA approved Tecartus for follicular lymphoma.').length,
      1,
    );
    assert.equal(
      claimFindings("The FDA has approved Tecartus for follicular lymphoma, following Japan's decision.").length,
      1,
    );
    assert.deepEqual(
      claimFindings('Weeks after a decision in Japan, the FDA approved Yescarta for follicular lymphoma.'),
      [],
    );
    // The place's own phrase approves, is dated (a gapped approval), or no covered regulator approves: not judged.
    assert.deepEqual(
      claimFindings("Following Japan's approval, the FDA approved Tecartus for follicular lymphoma."),
      [],
    );
    assert.deepEqual(claimFindings('The FDA approved Kymriah in 2017, Japan in 2015.'), []);
    assert.deepEqual(
      claimFindings('Weeks after a decision in Japan, Tecartus was approved for follicular lymphoma.'),
      [],
    );
  });

  it("does not judge a statement about another regulator by the FDA's record", () => {
    assert.deepEqual(claimFindings("Japan's health ministry approved Kymriah in 2019."), []);
    assert.deepEqual(
      claimFindings('Satri-cel is the first CAR-T approved anywhere in the world for a solid tumor.'),
      [],
    );
    assert.equal(claimFindings('In the United States, Kymriah was approved in 2019.').length, 1);
    // The title places the document; a sentence naming the FDA is still judged.
    const title = 'CAR-T cell therapy in elderly patients (Israeli multicenter study)';
    assert.deepEqual(
      claimFindings(
        dated('2022', 'In 2019, Yescarta was commercially approved for diffuse large B-cell lymphoma.', title),
      ),
      [],
    );
    assert.equal(claimFindings(dated('2022', 'In 2019, the FDA approved Yescarta for DLBCL.', title)).length, 1);
  });

  it('reads a word that names a member of Object.prototype as no place', () => {
    assert.equal(claimFindings('## The constructor of CAR-T\n\nKymriah is approved for multiple myeloma.').length, 1);
    assert.equal(claimFindings('Kymriah is approved for multiple myeloma by its constructor.').length, 1);
  });

  it("judges a statement under a heading naming the default regulator's country by that regulator's record", () => {
    assert.match(
      claimFindings('## United States\n\nEquecabtagene autoleucel was approved in 2023 for multiple myeloma.')[0] ?? '',
      /not FDA-approved/,
    );
    assert.deepEqual(claimFindings('## United States\n\nKymriah was approved in 2017 for B-cell ALL.'), []);
    // Another country's heading, or a place the sentence names itself, decides instead.
    assert.deepEqual(
      claimFindings('## China\n\nEquecabtagene autoleucel was approved in 2023 for multiple myeloma.'),
      [],
    );
    assert.deepEqual(
      claimFindings(
        '## United States\n\nIn China, equecabtagene autoleucel was approved in 2023 for multiple myeloma.',
      ),
      [],
    );
  });

  it("does not judge an approval's date by an incomplete record, unless it is a later first", () => {
    assert.deepEqual(claimFindings('The FDA first approved tocilizumab in 2010, for rheumatoid arthritis.'), []);
    assert.equal(claimFindings('Tocilizumab was first approved by the FDA in 2019.').length, 1);
  });
});

describe('claims: discourse within a paragraph', () => {
  it('judges a pronoun or description by the one product named just before it', () => {
    assert.match(claimFindings('Abecma was approved in 2021. It targets CD19.')[0] ?? '', /BCMA/);
    assert.deepEqual(claimFindings('Abecma was approved in 2021. It targets BCMA.'), []);
    assert.equal(claimFindings('Kymriah treats leukemia in children. The product targets BCMA.').length, 1);
    // A company noun with a possessive before such a description stands for the one product named before it.
    assert.match(claimFindings("Novartis makes Kymriah. The company's product targets BCMA.")[0] ?? '', /CD19/);
    assert.equal(claimFindings("Autolus developed Aucatzyl. The firm's therapy is approved for children.").length, 1);
    for (const text of [
      "Novartis makes Kymriah. The company's product targets CD19.",
      "Kite makes Yescarta and Tecartus. The company's product targets BCMA.",
      'Novartis makes Kymriah. The company product targets BCMA.',
    ])
      assert.deepEqual(claimFindings(text), [], text);
    // A definite singular class name as the subject ("the CAR-T", "the company's CAR-T") stands for it too.
    assert.match(claimFindings('Aucatzyl is made by Autolus. The CAR-T targets BCMA.')[0] ?? '', /CD19, not BCMA/);
    assert.match(claimFindings("Autolus makes Aucatzyl. The company's CAR-T targets BCMA.")[0] ?? '', /CD19, not BCMA/);
    for (const text of [
      "Autolus makes Aucatzyl. The company's CAR-T targets CD19.",
      'Kite makes Yescarta and Tecartus. The CAR-T targets BCMA.',
      'Aucatzyl is made by Autolus. The CAR-T field targets BCMA and CD22.',
    ])
      assert.deepEqual(claimFindings(text), [], text);
    // "the product" past the subject, where it ends its noun phrase, refers back as well.
    assert.match(
      claimFindings("Yescarta was studied in ZUMA-7. That trial supported the product's 2020 approval.")[0] ?? '',
      /not 2020/,
    );
    for (const text of [
      "Yescarta was studied in ZUMA-7. That trial supported the product's 2022 approval.",
      "Yescarta and Kymriah were studied. That trial supported the product's 2020 approval.",
      'Kymriah is approved for ALL. Families travel to the treatment center in Philadelphia.',
    ])
      assert.deepEqual(claimFindings(text), [], text);
    assert.equal(
      claimFindings('Yescarta was approved for LBCL in 2017. However, it is also approved for multiple myeloma.')
        .length,
      1,
    );
  });

  it('reads a pronoun subject when the other product named is the standard of an order comparison', () => {
    assert.match(
      claimFindings('Breyanzi gained its first FDA approval in 2021. It was licensed ahead of Kymriah.')[0] ?? '',
      /Breyanzi was first approved after Kymriah/,
    );
    assert.deepEqual(
      claimFindings('Breyanzi gained its first FDA approval in 2021. It was licensed after Kymriah.'),
      [],
    );
    // The other product is not after an order cue: it may be what "it" is compared with or equated to, so not read.
    assert.deepEqual(claimFindings('Yescarta was approved in 2017. It was Kymriah that came first.'), []);
  });

  it('takes "its" for the product before it when what it possesses only a therapy has', () => {
    assert.match(
      claimFindings('Carvykti treats multiple myeloma. Its vector is gamma-retroviral.')[0] ?? '',
      /lentiviral/,
    );
    assert.deepEqual(claimFindings('Carvykti treats multiple myeloma. Its vector is lentiviral.'), []);
    // A disease may have a target too ("myeloma's therapeutic target"): not read.
    assert.deepEqual(claimFindings('Carvykti treats multiple myeloma. Its target is CD19.'), []);
  });

  it('leaves an anaphor unresolved across paragraphs, after two candidates, or as an expletive', () => {
    assert.deepEqual(claimFindings('Abecma targets BCMA.\n\nIt targets CD19.'), []);
    assert.deepEqual(claimFindings('Abecma was compared with Yescarta. It targets CD19.'), []);
    assert.deepEqual(claimFindings('Abecma targets BCMA. It is important to note that CD19 is another target.'), []);
  });

  it("resolves an anaphor in a bullet to the list's earlier items and the line leading into it", () => {
    assert.match(claimFindings('- Yescarta is a CAR-T.\n- It targets BCMA.')[0] ?? '', /CD19/);
    assert.deepEqual(claimFindings('- Yescarta is a CAR-T.\n- It targets CD19.'), []);
    assert.match(claimFindings('Carvykti is one option:\n\n- This medicine targets CD19.')[0] ?? '', /BCMA/);
    assert.deepEqual(claimFindings('Carvykti is one option:\n\n- This medicine targets BCMA.'), []);
    // Not after an item naming two products, nor across a paragraph between two lists.
    assert.deepEqual(claimFindings('- Abecma and Yescarta are CAR-Ts.\n- It targets CD19.'), []);
    assert.deepEqual(claimFindings('- Abecma is a CAR-T.\n\nSee the label.\n\n- It targets CD19.'), []);
  });

  it('judges a sentence whose only subject is a pronoun or description', () => {
    // "It uses donor cells." names nothing of the knowledge base itself.
    assert.match(claimFindings('Kymriah sales rose in the quarter. It uses donor cells.')[0] ?? '', /autologous/);
    assert.deepEqual(claimFindings("Kymriah sales rose in the quarter. It uses the patient's own T cells."), []);
    assert.match(
      claimFindings('Carvykti is a treatment for myeloma. This medicine is made from donor cells.')[0] ?? '',
      /Carvykti is autologous/,
    );
    assert.deepEqual(
      claimFindings('Carvykti is a treatment for myeloma. This medicine is made from your own cells.'),
      [],
    );
    assert.deepEqual(claimFindings('It uses donor cells.'), []);
    // A class after the pronoun's copula is its predicate, not another subject.
    assert.match(claimFindings('Kymriah sales rose. It is an allogeneic cell therapy.')[0] ?? '', /autologous/);
    assert.deepEqual(claimFindings('Kymriah sales rose. It is an autologous cell therapy.'), []);
    // So is one after another linking verb ("became", "remains").
    assert.match(
      claimFindings('Carvykti was approved in 2022. It became the fifth FDA-approved CAR-T.')[0] ?? '',
      /fifth/,
    );
    assert.deepEqual(claimFindings('Carvykti was approved in 2022. It became the sixth FDA-approved CAR-T.'), []);
    assert.match(
      claimFindings('Sales of Abecma rose. The BCMA-directed therapy is an off-the-shelf cell therapy.')[0] ?? '',
      /autologous/,
    );
    assert.deepEqual(
      claimFindings('Sales of Abecma rose. The BCMA-directed therapy is an autologous cell therapy.'),
      [],
    );
  });

  it('resolves a pronoun or description to the product its section heading is about', () => {
    assert.match(claimFindings('# Abecma\n\nIt targets CD19.')[0] ?? '', /BCMA/);
    assert.deepEqual(claimFindings('# Abecma\n\nIt targets BCMA.'), []);
    assert.match(claimFindings('## About Tecartus\n\nIt is made from donor T cells.')[0] ?? '', /autologous/);
    assert.deepEqual(claimFindings("## About Tecartus\n\nIt is made from the patient's own T cells."), []);
    assert.match(claimFindings('## Your medicine: Carvykti\n\nThis medicine targets CD19.')[0] ?? '', /BCMA/);
    assert.deepEqual(claimFindings('## Your medicine: Carvykti\n\nThis medicine targets BCMA.'), []);
    // Not when the heading names several products, says something else of its product, or another product is
    // named between the heading and the pronoun.
    assert.deepEqual(claimFindings('## Abecma and Kymriah\n\nIt targets CD19.'), []);
    assert.deepEqual(claimFindings('## Alternatives to Abecma\n\nIt targets CD19.'), []);
    assert.deepEqual(claimFindings('## Is Abecma right for you?\n\nIt targets CD19.'), []);
    assert.deepEqual(claimFindings('## About Abecma\n\nKymriah is another option.\n\nIt targets CD19.'), []);
  });

  it('reads a question and its answer: the answer word negates nothing, its "it" is what the question named', () => {
    assert.deepEqual(
      claimFindings('**Can CAR-T be used for my melanoma?**\nNo. No CAR-T is FDA-approved for melanoma.'),
      [],
    );
    assert.match(
      claimFindings('Is Abecma approved for myeloma? No, it is approved for follicular lymphoma.')[0] ?? '',
      /MM/,
    );
    assert.deepEqual(claimFindings('Is Abecma approved for lymphoma? No, it is approved for multiple myeloma.'), []);
    assert.match(claimFindings('Can a child receive Aucatzyl? Yes, it is approved for children.')[0] ?? '', /adults/);
    assert.match(claimFindings('Does Yescarta target CD19? No. It targets BCMA.')[0] ?? '', /CD19, not BCMA/);
    assert.deepEqual(claimFindings('Does Yescarta target BCMA? No. It targets CD19.'), []);
    // Under a question heading naming one therapy, a paragraph opening with an answer word answers it.
    assert.match(
      claimFindings('## Is Kymriah approved for myeloma?\n\nYes, it is approved for myeloma.')[0] ?? '',
      /not approved/,
    );
    assert.deepEqual(claimFindings('## Is Kymriah approved for myeloma?\n\nNo, it is approved for B-cell ALL.'), []);
    assert.deepEqual(
      claimFindings('## Are Kymriah and Abecma approved for myeloma?\n\nYes, it is approved for myeloma.'),
      [],
    );
    // An indefinite class subject: a yes says one member is, a no that none is.
    assert.match(
      claimFindings('**Is any CAR-T approved in the US for neuroendocrine tumors?**\nYes, since 2024.')[0] ?? '',
      /No CAR-T is FDA-approved for neuroendocrine tumors/,
    );
    assert.deepEqual(claimFindings('**Is any CAR-T approved in the US for neuroendocrine tumors?**\nNo.'), []);
    assert.match(claimFindings('Is any CAR-T approved for multiple myeloma? No.')[0] ?? '', /Abecma|Carvykti/);
    assert.deepEqual(claimFindings('Is any CAR-T approved for multiple myeloma? Yes.'), []);
    assert.deepEqual(claimFindings('Is any CAR-T approved for lupus? No.'), []);
    // An answer's "A:" label is not its subject: "it" after the label's answer word is what the question named.
    assert.match(
      claimFindings('Q: Is Tecelra a CAR-T?\nA: Yes, it is a CAR-T that targets MAGE-A4.')[0] ?? '',
      /not a CAR-T/,
    );
    assert.deepEqual(claimFindings('Q: Is Tecelra a CAR-T?\nA: No, it is a TCR therapy that targets MAGE-A4.'), []);
    assert.match(claimFindings('Q: What does Abecma treat?\nAnswer: It targets CD19.')[0] ?? '', /BCMA/);
    assert.deepEqual(claimFindings('Q: What does Abecma treat?\nAnswer: It targets BCMA.'), []);
    // "No." before a number abbreviates it.
    assert.deepEqual(claimFindings('Kymriah is listed as No. 1 in the table and targets CD19.'), []);
  });

  it('reads "it" after a reason that follows a hedged clause as the subject, the reason as stated', () => {
    assert.match(claimFindings('Breyanzi may be offered because it targets BCMA.')[0] ?? '', /CD19, not BCMA/);
    assert.deepEqual(claimFindings('Breyanzi may be offered because it targets CD19.'), []);
    // The hedged clause stays hedged.
    assert.deepEqual(claimFindings('Kymriah could be tried in myeloma because it is approved for B-cell ALL.'), []);
  });

  it('resolves a description by its target to the one product named before it that the record agrees with', () => {
    assert.match(
      claimFindings('Sales of Abecma rose. The BCMA-directed therapy is now approved for lymphoma.')[0] ?? '',
      /Abecma is not approved for lymphoma/,
    );
    assert.deepEqual(
      claimFindings('Sales of Abecma rose. The BCMA-directed therapy is now approved for multiple myeloma.'),
      [],
    );
    assert.match(
      claimFindings('## Breyanzi\n\nThis CD19-targeted product is approved for multiple myeloma.')[0] ?? '',
      /Breyanzi/,
    );
    assert.deepEqual(claimFindings('## Breyanzi\n\nThis CD19-targeted product is approved for CLL.'), []);
    // Two candidates, or none the record agrees with: not judged.
    assert.deepEqual(
      claimFindings('Sales of Kymriah and Breyanzi rose. The CD19-directed therapy is approved for myeloma.'),
      [],
    );
    assert.deepEqual(claimFindings('Sales of Abecma rose. The CD19-directed therapy is approved for myeloma.'), []);
  });

  it('reads "this indication" as the use of the one therapy named with its disease', () => {
    assert.match(
      claimFindings(
        'Kymriah is approved for large B-cell lymphoma. This indication requires only one prior line of therapy.',
      )[0] ?? '',
      /≥2 prior lines/,
    );
    for (const text of [
      'Kymriah is approved for large B-cell lymphoma. This indication requires two or more prior lines of therapy.',
      'Kymriah and Yescarta are approved for LBCL. This indication requires one prior line.',
    ])
      assert.deepEqual(claimFindings(text), [], text);
  });

  it('resolves "this indication" to the one disease named before it', () => {
    assert.equal(
      claimFindings('Abecma is approved for multiple myeloma. Kymriah is also approved for this indication.').length,
      1,
    );
    assert.deepEqual(
      claimFindings('Abecma is approved for multiple myeloma. Carvykti is also approved for this indication.'),
      [],
    );
  });

  it('leaves "this indication" unresolved when the disease before it was denied, not used', () => {
    // The label's own use is paraphrased in the first sentence; the one disease named is an exclusion.
    assert.deepEqual(
      claimFindings(
        'The FDA approved Tecartus for adults whose disease relapsed after two treatments. Tecartus is not indicated for follicular lymphoma. Centres that give Tecartus for this indication must be certified.',
      ),
      [],
    );
    assert.equal(
      claimFindings(
        'The FDA approved Tecartus for adults whose disease relapsed after two treatments. Tecartus is indicated for follicular lymphoma. Centres that give Tecartus for this indication must be certified.',
      ).length,
      2, // the second sentence, and the third with "this indication" read as follicular lymphoma
    );
  });

  it('resolves a referring phrase to the disease of its paragraph or section heading', () => {
    assert.deepEqual(
      claimFindings('## Mantle cell lymphoma\n\nBreyanzi and Tecartus are approved options for these patients.'),
      [],
    );
    assert.match(
      claimFindings('## Mantle cell lymphoma\n\nAbecma is an approved option for these patients.')[0] ?? '',
      /mantle cell lymphoma/i,
    );
    assert.equal(
      claimFindings('Follicular lymphoma is often indolent. No CAR-T is approved for this group of patients.').length,
      1,
    );
    // A thematic break ends the heading's reach.
    assert.deepEqual(
      claimFindings('## Multiple myeloma\n\n---\n\nKymriah is an approved option for these patients.'),
      [],
    );
  });

  it('does not judge a sentence naming no disease by the whole record when its section heading names one', () => {
    assert.deepEqual(claimFindings('## Solid tumours\n\nNo cell therapy has been approved by the FDA so far.'), []);
    assert.deepEqual(claimFindings('### Neuroendocrine tumors\n\nTo date, no CAR-T is FDA-approved.'), []);
    // Without the heading, or naming a disease itself, the sentence is judged.
    assert.equal(claimFindings('No cell therapy has been approved by the FDA so far.').length, 1);
    assert.equal(claimFindings('## Neuroendocrine tumors\n\nKymriah is approved for multiple myeloma.').length, 1);
  });

  it('does not judge a claim whose referring phrase stands for nothing named before it', () => {
    assert.deepEqual(claimFindings('No CAR-T is approved for the aforementioned patient population.'), []);
    assert.deepEqual(
      claimFindings('To date, no cell therapy has been approved by the FDA for the disease described above.'),
      [],
    );
    // "this CAR T-cell therapy" is a trial's product, not CAR-T in general.
    assert.deepEqual(
      claimFindings('Neuroblastoma cells carry GD2. This CAR T-cell therapy remains investigational.'),
      [],
    );
    assert.match(claimFindings('Abecma was approved in 2021. This CAR T-cell therapy targets CD19.')[0] ?? '', /BCMA/);
    // With no approval by the FDA at all, the verdict does not depend on the disease meant.
    assert.equal(claimFindings('The FDA approved tabelecleucel for the aforementioned indication.').length, 1);
  });

  it('leaves "for it" / "the disease" unresolved when the disease may be one the knowledge base does not know', () => {
    // The disease is named in the same sentence, unknown to the knowledge base: the claim is not "no CAR-T is approved".
    assert.deepEqual(
      claimFindings(
        'Investigators are testing CAR T cells in systemic sclerosis, although no CAR-T is approved for it.',
      ),
      [],
    );
    assert.deepEqual(
      claimFindings(
        'A CD19 CAR-T series in neuromyelitis optica appeared this month; no CAR-T has been approved for the disease.',
      ),
      [],
    );
    assert.deepEqual(claimFindings('Pemphigus is an autoimmune disease. No CAR-T therapy is approved for it.'), []);
    // A known disease named in the sentence before it is the one meant, in a first clause.
    assert.equal(claimFindings('Multiple myeloma is common. No CAR-T therapy is approved for it.').length, 1);
    assert.equal(claimFindings('Multiple myeloma is common. No CAR-T has been approved for the disease.').length, 1);
    // Without the pronoun the sentence says no CAR-T is approved at all.
    assert.equal(
      claimFindings('Investigators are testing CAR T cells in systemic sclerosis, although no CAR-T is approved.')
        .length,
      1,
    );
  });

  it('judges a misspelled product name as the product', () => {
    assert.match(claimFindings('Kymria targets BCMA.')[0] ?? '', /CD19/);
    assert.deepEqual(claimFindings('Yescata targets CD19.'), []);
    assert.equal(claimFindings('Breyanzy is approved for multiple myeloma.').length, 1);
    // A misspelling the English filter takes for a word ("carvyktie") is still the product.
    assert.match(claimFindings('Carvyktie is given to people whose leukemia has come back.')[0] ?? '', /Carvykti/);
    // Two swapped neighbours are one slip ("Aebcma"); a hyphenated name is whole once its part is corrected.
    assert.match(claimFindings('Aebcma targets CD19.')[0] ?? '', /Abecma targets BCMA/);
    assert.match(claimFindings('Ainto-cel targets CD19.')[0] ?? '', /targets BCMA/);
    // A sentence whose only name is misspelled is judged by the relations that need a named product.
    assert.match(claimFindings('Kymria is made by Autolus.')[0] ?? '', /Novartis, not Autolus/);
  });

  it('judges a brand written all in lower case as the brand', () => {
    assert.match(claimFindings('abecma targets CD19 on lymphoma cells.')[0] ?? '', /Abecma targets BCMA/);
    assert.equal(claimFindings('tecartus is approved for multiple myeloma').length, 1);
    assert.deepEqual(claimFindings('carvykti targets BCMA on myeloma cells.'), []);
    // Mixed case is a misspelling's business (or none); an INN reads in any case already.
    assert.deepEqual(claimFindings('aBecma targets BCMA.'), []);
  });

  it('reads "it" opening a coordinated clause as the sentence\'s subject', () => {
    assert.match(
      claimFindings(
        'Breyanzi is FDA-approved for large B-cell lymphoma, but it is not FDA-approved for chronic lymphocytic leukemia.',
      )[0] ?? '',
      /Breyanzi is FDA-approved for chronic lymphocytic leukemia/,
    );
    assert.deepEqual(
      claimFindings('Kymriah is approved for B-cell ALL, but it is not approved for multiple myeloma.'),
      [],
    );
    assert.deepEqual(
      claimFindings('Kymriah is approved for B-cell ALL, but it is unclear whether it works in multiple myeloma.'),
      [],
    );
    // Two therapies named: "it" is not read.
    assert.deepEqual(claimFindings('Kymriah and Abecma are approved, and it targets CD19.'), []);
  });

  it('judges a paragraph again when a heading above it places it, after it was checked without one', () => {
    const lint = service();
    const claims = (text: string) =>
      lint
        .diagnostics(doc(text))
        .filter((x) => x.code === 'unsupported-claim')
        .map((x) => x.message);
    const paragraph = 'Carteyva was approved in 2021 for large B-cell lymphoma.';
    assert.deepEqual(claims(paragraph), []);
    assert.match(claims(`## United States\n\n${paragraph}`)[0] ?? '', /not FDA-approved/);
  });

  it('checks an anaphor again when its antecedent changes, in a long paragraph too', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `Patients were followed for ${i + 2} months.`).join(' ');
    const text = (product: string) => `${filler} ${product} is made for each patient. It targets BCMA.`;
    const lint = service();
    const document = TextDocument.create('file:///discourse/long.md', 'markdown', 1, text('Abecma'));
    const claims = (d: TextDocument) => lint.diagnostics(d).filter((x) => x.code === 'unsupported-claim');
    assert.deepEqual(claims(document), []);
    const edited = TextDocument.update(document, [{ text: text('Kymriah') }], 2);
    assert.match(claims(edited)[0]?.message ?? '', /CD19/);
  });

  it('checks a paragraph again when the heading its pronoun stands for changes', () => {
    const lint = service();
    const claims = (d: TextDocument) => lint.diagnostics(d).filter((x) => x.code === 'unsupported-claim');
    const document = TextDocument.create(
      'file:///discourse/heading.md',
      'markdown',
      1,
      '## Abecma\n\nIt targets BCMA.\n',
    );
    assert.deepEqual(claims(document), []);
    const kymriah = TextDocument.update(document, [{ text: '## Kymriah\n\nIt targets BCMA.\n' }], 2);
    assert.match(claims(kymriah)[0]?.message ?? '', /CD19/);
    const back = TextDocument.update(kymriah, [{ text: '## Abecma\n\nIt targets BCMA.\n' }], 3);
    assert.deepEqual(claims(back), []);
  });
});
