import * as assert from 'node:assert/strict';
import { checkClaims } from '../../server/src/claims/engine';
import { RELATIONS } from '../../server/src/claims/relations/all.generated';
import { TABLES } from '../../server/src/claims/relations/tests.generated';
import type { RelationTests } from '../../server/src/claims/relations/types';
import { KnowledgeIndex } from '../../server/src/kb/index';
import type { KnowledgeBase } from '../../server/src/kb/types';
import { analyze } from '../../server/src/document/analysis';
import { entityCard } from '../../server/src/service/languageFeatures/hover';
import { builtInKnowledgeBase, doc } from '../helpers/service';

/** A copy of the knowledge base in which every sourced item, alias and completeness declaration is unverified. */
function allUnverified(kb: KnowledgeBase): KnowledgeBase {
  const mark = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(mark);
    if (!value || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) copy[key] = key === 'sources' ? child : mark(child);
    if (Array.isArray(copy.sources) || 'text' in copy) copy.unverified = 'marked unverified by the test';
    return copy;
  };
  return {
    ...kb,
    entities: new Map([...kb.entities].map(([id, e]) => [id, mark(e) as never])),
    completeness: mark(kb.completeness ?? []) as never,
  };
}

function findings(text: string, index: KnowledgeIndex, relation: (typeof RELATIONS)[number]): string[] {
  return checkClaims(analyze(doc(text), index), index, [relation]).flatMap((r) => r.findings.map((f) => f.message));
}

describe('knowledge-base honesty', () => {
  const kb = builtInKnowledgeBase();
  const index = new KnowledgeIndex(kb);
  const unverified = new KnowledgeIndex(allUnverified(kb));

  // The schema promises that an unverified fact never flags: each relation's own must-flag sentences go silent.
  describe('unverified facts never flag, in any relation', () => {
    for (const relation of RELATIONS) {
      const table = (TABLES as Record<string, RelationTests>)[relation.meta.id];
      it(relation.meta.id, () => {
        assert.ok(table?.invalid.length, `${relation.meta.id} has no must-flag sentences to try`);
        const flagged = table.invalid.filter((c) => findings(c.text, index, relation).length > 0);
        assert.ok(flagged.length > 0, 'the verified knowledge base flags none of them');
        const still = flagged
          .map((c) => ({ text: c.text, found: findings(c.text, unverified, relation) }))
          .filter((x) => x.found.length > 0);
        assert.deepEqual(still, []);
      });
    }
  });

  describe('negative verdicts only where the knowledge base declares itself complete', () => {
    const approval = RELATIONS.find((r) => r.meta.id === 'approval')!;
    const incomplete = new KnowledgeIndex({
      ...kb,
      completeness: (kb.completeness ?? []).map((c) => ({ ...c, complete: false })),
    });
    const absent = [
      'Kymriah is approved for multiple myeloma.',
      'CAR-T is FDA-approved for melanoma.',
      'Tecelra is FDA-approved for melanoma.',
    ];
    for (const text of absent) {
      it(`judged when FDA approvals are complete: ${text}`, () =>
        assert.notDeepEqual(findings(text, index, approval), []));
      it(`silent when they are not: ${text}`, () => assert.deepEqual(findings(text, incomplete, approval), []));
    }
    // A recorded approval contradicts a denial whatever the completeness.
    it('a denial that a recorded approval contradicts is judged without completeness', () =>
      assert.notDeepEqual(findings('Kymriah is not approved for B-cell ALL.', incomplete, approval), []));
  });

  // Curation notes (where a copy came from, what the curator doubted) are for the data's maintainers only.
  describe('users never see curation notes', () => {
    const CURATION = /Seed document|shared\/seeds|Undated copy|Publication date not|the fact sheet|curation/i;
    it('no glossary card shows one', () => {
      const leaks: string[] = [];
      for (const entity of kb.entities.values()) {
        const card = entityCard(entity, index);
        if (CURATION.test(card)) leaks.push(`${entity.id}: ${card.match(CURATION)![0]}`);
      }
      assert.deepEqual(leaks, []);
    });
    it('the built-in sources keep curation notes out of their citations', () => {
      for (const source of kb.sources.values())
        assert.doesNotMatch(`${source.title} ${source.publisher} ${source.citation ?? ''}`, CURATION, source.id);
    });
    it('the scan would catch a leak', () => {
      const seed = [...kb.entities.values()].find((e) => e.sources.includes('SEED-NCI'))!;
      const leaky = new KnowledgeIndex({
        ...kb,
        sources: new Map(
          [...kb.sources].map(([id, s]) => [id, id === 'SEED-NCI' ? { ...s, citation: s.curationNote } : s]),
        ),
      });
      assert.match(entityCard(seed, leaky), CURATION);
    });
  });

  it('hover lists label and regulator sources before news and others', () => {
    const card = entityCard(kb.entities.get('kymriah')!, index);
    const sources = card.slice(card.indexOf('**Sources:**'));
    // Kymriah's card cites its openFDA label, FDA pages, journals and news: the label comes first, news after journals.
    assert.ok(sources.startsWith('**Sources:** [openFDA drug label: KYMRIAH'), sources);
    const news = sources.indexOf('Oncology Nursing');
    assert.ok(news < 0 || news > sources.indexOf('Journal'), sources);
  });
});
