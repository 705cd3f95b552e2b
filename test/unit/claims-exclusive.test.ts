import * as assert from 'node:assert/strict';
import { displayName, longName, readKnowledge } from '../checklist/knowledge';
import { claimIdsAndTexts, service } from '../helpers/service';

// "The only CAR-T approved for …" (issue 12, item 1): CheckList-style, every FDA-approved CAR-T with each disease it is
// FDA-approved for, in the predicate and the "only X" forms: false exactly when another CAR-T holds an FDA approval for
// that disease; negated, the sentence is never flagged.

const lint = service();
let version = 0;
const findings = (text: string) => claimIdsAndTexts(lint, text, `file:///exclusive/${++version}.md`);

describe('exclusive: "the only CAR-T approved for" a disease, crossed with the knowledge base', () => {
  const knowledge = readKnowledge();
  const cars = knowledge
    .byType('product')
    .filter((p) => p.modality === 'car-t' && p.approvals?.some((a) => a.regulator === 'FDA'));
  const fdaIndications = (p: (typeof cars)[number]) =>
    new Set(p.approvals!.filter((a) => a.regulator === 'FDA' && !a.unverified).map((a) => a.indication));
  const cases = cars.flatMap((p) =>
    [...fdaIndications(p)].map((id) => ({
      product: displayName(p),
      disease: longName(knowledge.entities.get(id)!),
      shared: cars.some((other) => other !== p && fdaIndications(other).has(id)),
    })),
  );
  for (const [form, frame] of [
    ['predicate', (p: string, d: string) => `${p} is the only CAR-T approved for ${d}.`],
    ['only before the holder', (p: string, d: string) => `Among CAR-T therapies, only ${p} is approved for ${d}.`],
    ['negated', (p: string, d: string) => `${p} is not the only CAR-T approved for ${d}.`],
  ] as const)
    it(`crossed: ${form}`, () => {
      assert.ok(cases.some((c) => c.shared) && cases.some((c) => !c.shared));
      const wrong: string[] = [];
      for (const c of cases) {
        const text = frame(c.product, c.disease);
        const expected = form !== 'negated' && c.shared;
        if (findings(text).length > 0 !== expected) wrong.push(`${expected ? 'missed' : 'false alarm'}: ${text}`);
      }
      assert.deepEqual(wrong, []);
    });
});
