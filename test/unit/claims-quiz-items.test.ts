import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/repo';
import { claimFindings, service } from '../helpers/service';

// A quiz item ("True or false: …") and its answer are one unit: the item asserts nothing; an answer accepting it says
// it and is flagged where it stands; one rejecting it, a hedge or no answer leaves it unjudged. A blank's answer fills
// it. A presupposing question whose answer denies its premise asserts nothing either.

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///quiz-items/${++version}.md`);

const patterns = (name: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data', 'lexicon', `${name}.json`), 'utf8')) as {
      patterns: { pattern: string }[];
    }
  ).patterns.map((p) => p.pattern);
// "t / f" is written "T/F"; a label opens with a capital.
const written = (pattern: string) => pattern.replaceAll(' / ', '/').replace(/^./, (c) => c.toUpperCase());

describe('claims: quiz items and their answers', () => {
  it('judges an item its answer accepts on the answer, as the item says it', () => {
    const lint = service();
    for (const [text, range] of [
      ['True or false: Carvykti targets CD19.\nAnswer: True.', 'Answer: True.'],
      ['Q3. T/F: Tecartus is approved for children with ALL.\nA: True', 'A: True'],
      ['Myth or fact: Amtagvi is a CAR-T therapy.\nFact.', 'Fact.'],
      ['True or false? Abecma targets CD19.\nKey: Correct.', 'Key: Correct.'],
      ['- True or false: Carvykti targets CD19.\n- Answer — True', 'Answer — True'],
      // A title line above the item is not part of it.
      ['Flashcard 7\nFront: True or false: Kymriah targets BCMA.\nBack: True.', 'Back: True.'],
    ] as const) {
      const found = findings(lint, text);
      assert.ok(found.length > 0, text);
      for (const f of found) assert.equal(f.at, `contradicted: ${range}`, text);
    }
  });

  it('leaves an item unjudged when its answer rejects it, hedges, explains or is missing', () => {
    const lint = service();
    for (const text of [
      'Q3. True or false: Amtagvi is a genetically engineered CAR-T.\nAnswer: False; it is a TIL therapy.',
      'T/F: Kymriah is approved for multiple myeloma.\nAnswer: False.',
      'Flashcard 7\nFront: True or false: Kymriah targets BCMA.\nBack: False. It targets CD19.',
      'True or false? Aucatzyl is approved for children with ALL.\nFalse: it is approved for adults only.',
      'Fact or fiction: Tecelra is a CAR-T.\nFiction — it is a TCR therapy.',
      'True or false: Carvykti targets CD19.',
      'True or false: Carvykti targets CD19.\nAnswer: Not sure, I think so.',
      'True or false: Carvykti targets CD19.\nAnswer: It depends on the trial.',
      // A true item, accepted: nothing to flag.
      'True or false: Carvykti targets BCMA.\nAnswer: True.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });

  it('reads every item label with every verdict of the lexicons', () => {
    const lint = service();
    const item = 'Carvykti targets CD19.';
    for (const label of patterns('verdict-item-labels')) {
      for (const verdict of patterns('verdicts-accepting')) {
        const text = `${written(label)}: ${item}\nAnswer: ${written(verdict)}.`;
        assert.deepEqual(
          findings(lint, text).map((f) => f.at),
          [`contradicted: Answer: ${written(verdict)}.`],
          text,
        );
      }
      for (const verdict of patterns('verdicts-rejecting')) {
        const text = `${written(label)}: ${item}\nAnswer: ${written(verdict)}.`;
        assert.deepEqual(findings(lint, text), [], text);
      }
      assert.deepEqual(findings(lint, `${written(label)}? ${item}`), [], label);
    }
  });

  it('reads an answer after every answer label', () => {
    const lint = service();
    for (const label of patterns('answer-labels')) {
      const text = `True or false: Carvykti targets CD19.\n${written(label)}: True.`;
      assert.deepEqual(
        findings(lint, text).map((f) => f.at),
        [`contradicted: ${written(label)}: True.`],
        text,
      );
    }
  });

  it('does not take a label that opens an ordinary sentence for an item', () => {
    const lint = service();
    // No mark after the words: a sentence about true or false statements, whose claim is the writer's.
    assert.ok(findings(lint, 'True or false statements aside, Carvykti targets CD19.').length > 0);
  });

  it('fills a blank with its answer and judges the filled item on the answer', () => {
    const lint = service();
    for (const [text, range] of [
      [
        'Q3. The first CAR-T approved for multiple myeloma was ________.\nAnswer: Carvykti (2022).',
        'Answer: Carvykti (2022).',
      ],
      ['Fill in the blank: Kymriah targets ____.\nKey: BCMA.', 'Key: BCMA.'],
      ['- Abecma targets ______.\n- CD19', 'CD19'],
    ] as const)
      assert.deepEqual(
        findings(lint, text).map((f) => f.at),
        [`contradicted: ${range}`],
        text,
      );
    for (const text of [
      'Q3. The first CAR-T approved for multiple myeloma was ________.\nAnswer: Abecma (2021).',
      'Fill in the blank: Kymriah targets ____.\nKey: CD19.',
      // A hedge, a clause of its own, a verdict or two blanks: not a filler.
      'The first CAR-T approved for multiple myeloma was ________.\nAnswer: maybe Carvykti?',
      'The first CAR-T approved for multiple myeloma was ________.\nAnswer: I think it was Carvykti.',
      'Kymriah targets ____.\nAnswer: False.',
      'Kymriah targets ____ and Abecma targets ____.\nAnswer: BCMA.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });

  it("leaves a presupposing question unjudged when its answer denies the premise, and judges it when it doesn't", () => {
    const lint = service();
    for (const text of [
      "Q: Why is Carvykti approved for lymphoma?\nA: It isn't; it is approved for myeloma.",
      'Why does Abecma target CD19?\nIt does not.',
      'Q: Why is Carvykti approved for lymphoma?\nA: No, only for myeloma.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
    for (const text of [
      'Q: Why is Carvykti approved for lymphoma?\nA: Because it targets BCMA.',
      // Not an elided denial: the answer's clause goes on.
      "Q: Why is Carvykti approved for lymphoma?\nA: It isn't clear.",
    ])
      assert.ok(findings(lint, text).length > 0, text);
  });
});
