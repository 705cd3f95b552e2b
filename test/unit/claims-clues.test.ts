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
});
