import * as assert from 'node:assert/strict';
import { claimFindings, service } from '../helpers/service';

// Crossword and word-search clues (claims/clues.ts): a clue line over an answer line defines the answer, judged on the
// pair; the clue alone, a guessed answer, a question, or an answer that is not one named product says nothing.

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///clues/${++version}.md`).map((f) => f.at);

describe('claims: crossword and word-search clues', () => {
  it('judges the definition a clue makes of its answer, on the sentence holding the answer line', () => {
    const lint = service();
    for (const [text, range] of [
      [
        '9 Across: First CAR-T the FDA approved (8)\nAnswer: YESCARTA',
        '9 Across: First CAR-T the FDA approved (8)\nAnswer: YESCARTA',
      ],
      [
        'Clue 5 Down: BCMA-directed CAR-T from Janssen (8)\nSolution: TECARTUS',
        // Two label lines are a list: the answer's line holds the finding.
        'Solution: TECARTUS',
      ],
      ['17 Across: Antibody drug used off-label for refractory ICANS (8)\nAnswer: ANAKINRA', 'Answer: ANAKINRA'],
      // "This …" makes the answer the clause's subject.
      [
        '5 Across: This BCMA CAR-T from Autolus was approved in 2021 (6)\nAnswer: ABECMA',
        '5 Across: This BCMA CAR-T from Autolus was approved in 2021 (6)\nAnswer: ABECMA',
      ],
      // A clue that ends its sentence: the finding is on the answer line; one blank line may stand between.
      ['Hidden word 4: the CD19 CAR-T made by Autolus.\nAnswer: BREYANZI', 'Answer: BREYANZI'],
      ['Hidden word 4: the CD19 CAR-T made by Autolus.\n\nAnswer: Breyanzi', 'Answer: Breyanzi'],
    ] as const)
      assert.deepEqual([...new Set(findings(lint, text))], [`contradicted: ${range}`], text);
  });

  it('leaves true definitions, lone clues, guesses, questions and answers that are not one name unjudged', () => {
    const lint = service();
    for (const text of [
      '9 Across: First CAR-T the FDA approved (7)\nAnswer: KYMRIAH',
      'Hidden word 4: the CD19 CAR-T made by Autolus.\nAnswer: AUCATZYL',
      // The clue alone is not asserted when an answer defines it, and a lone clue says nothing of a product.
      '3 Down: Drug approved for CAR-T cytokine release syndrome in 2017 (11)\nAnswer: TOCILIZUMAB',
      '9 Across: First CAR-T the FDA approved (8)',
      '9 Across: First CAR-T the FDA approved (8)\nAnswer: YESCARTA?',
      '9 Across: First CAR-T the FDA approved (8)\nAnswer: YESCARTA or KYMRIAH',
      // A verb before any therapy noun: a clause, not a description of the answer.
      '4 Down: Kite makes this CAR-T (8)\nAnswer: BREYANZI',
      // Three lines apart: not a pair.
      '9 Across: First CAR-T the FDA approved (8)\n\n\nAnswer: YESCARTA',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });

  it('judges a noun-phrase prompt that asks one slot of one product, filled by its answer line', () => {
    const lint = service();
    for (const [text, range] of [
      // The slot, a link (data/lexicon/prompt-slot-links), the product.
      ['14 Across: Antigen targeted by Abecma (4)\nAnswer: CD19', 'Answer: CD19'],
      ['Front: Co-stimulatory domain in Aucatzyl\nBack: CD28', 'Back: CD28'],
      ['Front: Vector used to make Tecartus\nBack: lentiviral', 'Back: lentiviral'],
      ['Front: The indication of Kymriah\nBack: multiple myeloma', 'Back: multiple myeloma'],
      // The slot after the product, or after its possessive.
      ['Front: Ide-cel target antigen\nBack: GPRC5D', 'Back: GPRC5D'],
      ["Front: Abecma's target\nBack: CD19", 'Back: CD19'],
      // A numbered quiz item ending in a colon.
      ['Q3. Manufacturer of Kymriah:\nAnswer: Kite', 'Manufacturer of Kymriah:\nAnswer: Kite'],
    ] as const)
      assert.deepEqual([...new Set(findings(lint, text))], [`contradicted: ${range}`], text);
  });

  it('leaves true, guessed, denied, unlabelled, qualified and several-product slot prompts unjudged', () => {
    const lint = service();
    for (const text of [
      'Front: Co-stim domain of Kymriah\nBack: 4-1BB',
      '14 Across: Antigen targeted by Abecma (4)\nAnswer: BCMA',
      // A guess, a hedge, a denial.
      'Front: Target of Abecma\nBack: CD19?',
      'Front: Target of Abecma\nBack: CD19, maybe',
      'Front: Target of Abecma\nBack: not CD19',
      // Words after the product qualify the slot (a place, a period): not read.
      'Front: Target of Abecma in the EU\nBack: CD19',
      // Two products, or an answer that names a product: not one slot's value.
      'Front: Target of Abecma and Carvykti\nBack: CD19',
      'Front: Target of Abecma\nBack: Carvykti',
      // No prompt label, no answer label, or no slot name.
      'Target of Abecma\nAnswer: CD19',
      'Front: Target of Abecma\nCD19',
      'Front: Price of Abecma\nBack: CD19',
      // A verb that is no link: a clause, not a slot.
      'Front: Antigen Kite chose for Abecma\nBack: CD19',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});
