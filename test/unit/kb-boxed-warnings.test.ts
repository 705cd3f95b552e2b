import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildKnowledgeBase, builtInDataDir, readDataFiles } from '../../server/src/kb/load';
import type { KnowledgeBaseFile } from '../../server/src/kb/types';
import { builtInKnowledgeBase } from '../helpers/service';

// Boxed warnings are one sourced fact per warning of a label, each naming the syndromes it warns of, so a sentence
// naming a warning can be checked against the label. The expected sets are the labels' boxed-warning headings as read
// (openFDA label records) or, where the heading was not readable, the FDA's notice.
describe('knowledge base: boxed warnings, one per warning, with the syndromes each names', () => {
  const kb = builtInKnowledgeBase();
  const warned = (id: string) => new Set((kb.entities.get(id)?.boxedWarnings ?? []).flatMap((w) => w.syndromes ?? []));

  it('every syndrome a boxed warning names is a syndrome entity', () => {
    const wrong = [...kb.entities.values()].flatMap((e) =>
      (e.boxedWarnings ?? []).flatMap((w) =>
        (w.syndromes ?? []).filter((id) => kb.entities.get(id)?.type !== 'syndrome').map((id) => `${e.id}: ${id}`),
      ),
    );
    assert.deepEqual(wrong, []);
  });

  it('every boxed warning of a CAR-T or T-cell engager names its syndromes', () => {
    const bare = [...kb.entities.values()]
      .filter((e) => e.modality === 'car-t' || e.modality === 'bispecific-t-cell-engager' || e.modality === 'tcr-t')
      .flatMap((e) => (e.boxedWarnings ?? []).filter((w) => !w.syndromes?.length).map((w) => `${e.id}: ${w.text}`));
    assert.deepEqual(bare, []);
  });

  // What a heading item covers: the kinds the labels list under it.
  const within: Record<string, string[]> = {
    'neurologic-toxicity': [
      'icans',
      'parkinsonism',
      'guillain-barre-syndrome',
      'cranial-nerve-palsy',
      'peripheral-neuropathy',
    ],
    'secondary-hematological-malignancy': ['secondary-t-cell-malignancy'],
  };
  const labels: [string, string[]][] = [
    ['yescarta', ['crs', 'neurologic-toxicity', 'secondary-hematological-malignancy']],
    ['tecartus', ['crs', 'neurologic-toxicity', 'secondary-hematological-malignancy']],
    [
      'carvykti',
      ['crs', 'neurologic-toxicity', 'hlh-mas', 'prolonged-cytopenia', 'secondary-hematological-malignancy', 'iec-ec'],
    ],
    ['tecelra', ['crs']],
    ['blinatumomab', ['crs', 'neurologic-toxicity']],
    ['lyfgenia', ['secondary-hematological-malignancy']],
    ['casgevy', []],
  ];
  for (const [product, expected] of labels)
    it(`${product}: the label's boxed warnings are exactly ${expected.join(', ') || 'none'}`, () => {
      const named = warned(product);
      for (const id of expected) assert.ok(named.has(id), `${product} lacks ${id}`);
      const covered = new Set(expected.flatMap((id) => [id, ...(within[id] ?? [])]));
      assert.deepEqual(
        [...named].filter((id) => !covered.has(id)),
        [],
        `${product} names warnings its label does not have`,
      );
    });

  it('Carvykti’s IEC-EC warning is dated to the FDA’s October 2025 labeling change', () => {
    const iecec = kb.entities.get('carvykti')?.boxedWarnings?.find((w) => w.syndromes?.includes('iec-ec'));
    assert.equal(iecec?.since, '2025-10');
    assert.ok(iecec?.sources.includes('FDA-CIL-IECEC'));
  });

  it('a boxed warning naming a syndrome the knowledge base does not have is an unknown entity id', () => {
    const builtIn = readDataFiles([builtInDataDir()]).files;
    const source = builtInKnowledgeBase().sources.keys().next().value as string;
    const file: KnowledgeBaseFile = {
      entities: [
        {
          id: 'ws-product',
          type: 'product',
          name: 'ws product',
          aliases: [],
          definition: 'A product with a boxed warning of an unknown syndrome.',
          boxedWarnings: [{ text: 'Something', syndromes: ['no-such-syndrome'], sources: [source] }],
          sources: [source],
        },
      ],
    };
    const { problems } = buildKnowledgeBase([
      ...builtIn,
      { file: path.join(path.sep, 'ws', '.therapy-lint', 'glossary.json'), text: JSON.stringify(file) },
    ]);
    assert.ok(
      problems.some(
        (p) => p.pointer === '/entities/ws-product/boxedWarnings/0/syndromes/0' && /unknown entity id/.test(p.message),
      ),
      JSON.stringify(problems.map((p) => `${p.pointer} ${p.message}`)),
    );
  });
});
