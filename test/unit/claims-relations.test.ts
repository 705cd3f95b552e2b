import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkClaims } from '../../server/src/claims/engine';
import { RELATIONS } from '../../server/src/claims/relations/all.generated';
import { TABLES } from '../../server/src/claims/relations/tests.generated';
import type { RelationTests } from '../../server/src/claims/relations/types';
import { analyze } from '../../server/src/document/analysis';
import { doc, service } from '../helpers/service';
import { assertFindings, assertTableShape } from '../helpers/tables';

// The relation tester: every relation folder's tests.ts table runs here, against that relation alone.
describe('claim relations (valid/invalid tables)', () => {
  const index = service().index;
  /** The relation's findings, each with the sentence it covers (1-based positions, as the rule tester gives them). */
  const findings = (text: string, relation: (typeof RELATIONS)[number]) => {
    const document = doc(text);
    return checkClaims(analyze(document, index), index, [relation]).flatMap((result) => {
      const start = document.positionAt(result.start);
      const end = document.positionAt(result.end);
      return result.findings.map((f) => ({
        ...f,
        text: text.slice(result.start, result.end),
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
      }));
    });
  };

  for (const relation of RELATIONS) {
    const table = (TABLES as Record<string, RelationTests>)[relation.meta.id];
    const where = `server/src/claims/relations/${relation.meta.id}/tests.ts`;
    describe(relation.meta.id, () => {
      it('has a test table that exercises every message', () => {
        assert.ok(table, `${where} is missing`);
        assertTableShape(where, table, relation.meta.messages);
      });
      if (!table) return;
      for (const text of table.valid) {
        it(`valid: ${text.slice(0, 90)}`, () =>
          assert.deepEqual(
            findings(text, relation).map((f) => f.message),
            [],
          ));
      }
      for (const invalid of table.invalid) {
        it(`invalid: ${invalid.text.slice(0, 90)}`, () => {
          const found = findings(invalid.text, relation);
          for (const f of found) {
            assert.equal(f.relation, relation.meta.id);
            assert.ok(f.sources.length > 0, `finding without sources: ${f.message}`);
          }
          assertFindings(found, invalid.errors, relation.meta.messages);
        });
      }
    });
  }
});

/** Whether relation `id`'s prefilter (`applies`) lets the first sentence of `text` through. */
function prefilterOf(id: string): (text: string) => boolean {
  const index = service().index;
  const relation = RELATIONS.find((r) => r.meta.id === id)!;
  return (text) => {
    const analysis = analyze(doc(text), index);
    const sentence = analysis.sentences[0]!;
    return relation.applies(sentence.text, analysis.mentionsIn(sentence.start, sentence.end));
  };
}

// The quantity relation prepares only sentences that give an amount after one of its measures' cues (its `applies`):
// every cue before an amount is read, and a cue with a denial (quantity-rule-denials); a duration with no cue, or a unit
// with no amount the check reads, is not.
describe('quantity: which sentences it reads', () => {
  const applies = prefilterOf('quantity');
  for (const name of ['quantity-driving-cues', 'quantity-stay-near-cues', 'quantity-follow-up-cues']) {
    const file = JSON.parse(readFileSync(join(process.cwd(), 'data', 'lexicon', `${name}.json`), 'utf8')) as {
      patterns: { pattern: string; example: string }[];
    };
    it(`reads every cue of ${name} before an amount`, () => {
      for (const { pattern } of file.patterns) {
        for (const amount of ['for 8 weeks', 'for at least two weeks', 'for a 3-month period']) {
          const text = `After a Kymriah infusion, patients ${pattern} ${amount}.`;
          assert.ok(applies(text), text);
        }
      }
    });
  }
  it('does not read a duration without a cue, or a cue without an amount', () => {
    assert.equal(applies('Patients treated with tisagenlecleucel were observed for a median of 35 months.'), false);
    assert.equal(applies('Responses to Kymriah lasted 12 months.'), false);
    assert.equal(applies('Patients treated with tisagenlecleucel were followed for a median of 35 months.'), false);
  });
  it('reads a rule denied without an amount', () => {
    assert.equal(applies('The driving restriction after Kymriah is no longer part of the label.'), true);
    assert.equal(applies('The driving restriction after Kymriah was lifted.'), true);
    assert.equal(applies('The driving restriction after Kymriah is part of the label.'), false);
  });
});

// The process relation prepares only sentences where a step it knows meets a duration or a treatment cue, or where an
// interval's two steps meet a duration (its `applies`).
describe('process: which sentences it reads', () => {
  const index = service().index;
  const applies = prefilterOf('process');
  it("takes an interval's steps for process terms, as its test of named steps does", () => {
    for (const entity of index.entities())
      for (const step of [entity.duration?.from, entity.duration?.to])
        if (step) assert.equal(index.entity(step)?.type, 'process', `${entity.id}: ${step}`);
  });
  it('reads a duration between steps, named or told in lay words', () => {
    assert.equal(applies('Kymriah is infused about 8 weeks after apheresis.'), true);
    assert.equal(applies('With Kymriah you get your cells back 9 weeks after your blood is collected.'), true);
  });
  it('does not read a duration after a drug, or a step without a duration or a treatment cue', () => {
    assert.equal(applies('Quality-of-life scores returned to baseline by month 4 after Kymriah.'), false);
    assert.equal(applies('Lymphodepletion is given before the infusion of Kymriah.'), false);
  });
});

// A relation's `applies` only spares the engine work: on every blind probe sentence and every sentence of the relations'
// tables, each relation finds the same with its prefilter as with one that lets every sentence through. (Probe 13 is
// a held-out measurement: not read.)
describe('prefilters drop no finding', function () {
  // Each relation runs twice over every probe row (more each round): seconds on an idle machine, over 20 s at a load
  // of 20. The limit catches a hang, not slowness.
  this.timeout(180_000);
  const index = service().index;
  const probes = join(process.cwd(), 'test', 'fixtures', 'blind-probes');
  const texts = readdirSync(probes)
    .filter((name) => name.endsWith('.tsv') && name !== 'writers-genres-13.tsv')
    .flatMap((name) =>
      readFileSync(join(probes, name), 'utf8')
        .split('\n')
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => line.split('\t')[3]?.replace(/\\n/g, '\n') ?? ''),
    )
    .concat(
      Object.values(TABLES as Record<string, RelationTests>).flatMap((t) => [
        ...t.valid,
        ...t.invalid.map((i) => i.text),
      ]),
    )
    .filter(Boolean);
  let documents: ReturnType<typeof analyze>[] = [];
  before(() => {
    documents = texts.map((text) => analyze(doc(text), index));
  });
  it(`reads ${texts.length} probe rows and table texts`, () => assert.ok(texts.length > 2000));
  const messages = (relation: (typeof RELATIONS)[number]) =>
    documents.map((d) =>
      checkClaims(d, index, [relation]).flatMap((r) => r.findings.map((f) => `${r.start} ${f.message}`)),
    );
  for (const relation of RELATIONS)
    it(relation.meta.id, () => assert.deepEqual(messages(relation), messages({ ...relation, applies: () => true })));
});
