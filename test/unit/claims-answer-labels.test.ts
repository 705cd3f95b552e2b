import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/repo';
import { claimFindings, service } from '../helpers/service';

// A question and its answer under the labels of an FAQ, a quiz, a flashcard or a chat ("Quiz 4.", "Front:", "User:"
// over "Answer:", "Back:", "Assistant:"): the answer fills the question's gap or answers its yes/no, and is judged on
// its own line, as under "Q:" and "A:".

let version = 0;
const findings = (lint: ReturnType<typeof service>, text: string) =>
  claimFindings(lint, text, `file:///answer-labels/${++version}.md`).map((f) => f.at);

const patterns = (name: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data', 'lexicon', `${name}.json`), 'utf8')) as {
      patterns: { pattern: string }[];
    }
  ).patterns.map((p) => p.pattern);
const written = (pattern: string) => pattern.replace(/^./, (c) => c.toUpperCase());

describe('claims: question and answer labels', () => {
  it('reads every question label over every answer label, with an item number and any mark', () => {
    const lint = service();
    for (const question of patterns('question-labels'))
      for (const answer of patterns('answer-labels')) {
        const asked = `${written(question)}: What does Kymriah target?`;
        const wrong = `${asked}\n${written(answer)}: BCMA.`;
        assert.deepEqual(findings(lint, wrong), [`contradicted: ${written(answer)}: BCMA.`], wrong);
        const right = `${asked}\n${written(answer)}: CD19.`;
        assert.deepEqual(findings(lint, right), [], right);
      }
    for (const [text, range] of [
      ['Quiz 4. Which CAR-T was the first approved for multiple myeloma?\nAnswer: Carvykti.', 'Answer: Carvykti.'],
      ['Exam item 7 — What does Abecma target?\nCorrect answer: CD19.', 'Correct answer: CD19.'],
      ['Q3) What does Carvykti target?\nA3) CD19.', 'A3) CD19.'],
      ['Patient: Is Kymriah approved for myeloma?\nNurse: Yes.', 'Nurse: Yes.'],
      // A wh-phrase naming a regulator asks for one; a regulator inside "FDA-approved" is no subject after "is".
      ['Q: Which regulator approved satri-cel?\nA: The FDA, in June 2026.', 'A: The FDA, in June 2026.'],
      ['Q: Which drug is FDA-approved for CAR-T-induced CRS?\nA: Anakinra.', 'A: Anakinra.'],
    ] as const)
      assert.deepEqual(findings(lint, text), [`contradicted: ${range}`], text);
  });

  it('leaves a labelled answer unjudged when it is true, hedged or the label is a word of the answer', () => {
    const lint = service();
    for (const text of [
      'Quiz 4. Which CAR-T was the first approved for multiple myeloma?\nAnswer: Abecma.',
      'Patient: Is Kymriah approved for ALL?\nNurse: Yes.',
      'Q: Which regulator approved satri-cel?\nA: The NMPA, in June 2026.',
      'Q: Which drug is FDA-approved for CAR-T-induced CRS?\nA: Tocilizumab.',
      'User: Which CAR-T was the first approved for multiple myeloma?\nAssistant: Not sure, maybe Carvykti?',
      // "A" without a mark is the answer's article.
      'Q: What kind of therapy is Amtagvi?\nA TIL therapy.',
    ])
      assert.deepEqual(findings(lint, text), [], text);
  });
});
