import * as assert from 'node:assert/strict';
import { claimFindings, service } from '../helpers/service';

// An exercise's imperative prompt over its labelled answer ("Name the first CAR-T approved for myeloma." over "Answer:
// Carvykti."): the pair is the statement the answer completes, judged on the answer's line (claims/prompts.ts).

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///prompts/${++version}.md`).map((f) => f.at);

describe('claims: an exercise prompt and its labelled answer', () => {
  it('judges the statement a naming or classifying prompt and its answer make', () => {
    const lint = service();
    for (const [text, ranges] of [
      ['Exercise 4: Name the first CAR-T approved for multiple myeloma.\nAnswer: Carvykti.', ['Answer: Carvykti.']],
      ['Name the company that makes Kymriah.\nModel answer: Kite.', ['Model answer: Kite.']],
      ['Task 2. Give the vector used to make Yescarta.\nAnswer: lentiviral.', ['Answer: lentiviral.']],
      [
        'Task 3. Classify Amtagvi.\nAnswer: a genetically engineered CAR-T.',
        ['Answer: a genetically engineered CAR-T.', 'Answer: a genetically engineered CAR-T.'],
      ],
    ] as const)
      assert.deepEqual(
        findings(lint, text),
        ranges.map((r) => `contradicted: ${r}`),
        text,
      );
  });

  it('leaves a true, hedged, unlabelled or counted answer and an instruction unjudged', () => {
    const lint = service();
    for (const text of [
      'Exercise 4: Name the first CAR-T approved for multiple myeloma.\nAnswer: Abecma.',
      'Task 3. Classify Tecelra.\nAnswer: an engineered TCR therapy.',
      'Exercise 4: Name the first CAR-T approved for multiple myeloma.\nAnswer: maybe Carvykti.',
      'Exercise 4: Name the first CAR-T approved for multiple myeloma.\nAnswer: not Carvykti.',
      // Without an answer label the next line may be another instruction.
      'Name the first CAR-T approved for multiple myeloma.\nCarvykti.',
      // A count names how many, not which.
      'Name two CAR-Ts that target BCMA.\nAnswer: Abecma and Carvykti.',
      // "Give the patient …" instructs; its object is no definite description of a thing asked for.
      'Give tocilizumab for grade 2 CRS.\nNurse: Yes.',
      // A prompt that asks about two products has no one subject to classify.
      'Classify Amtagvi and Tecelra.\nAnswer: cell therapies.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});
