import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildKnowledgeBase, builtInDataDir, readDataFiles } from '../../server/src/kb/load';
import { KnowledgeIndex, sourceDate } from '../../server/src/kb/index';
import { vocabularyOf } from '../../server/src/terms/vocabulary';
import type { Entity, KnowledgeBaseFile } from '../../server/src/kb/types';

// Workspace data (.therapy-lint/*.json, knowledgeBasePaths) is loaded after the built-in data: what it
// changes there is told in the workspace file, never silent.
describe('workspace data over the built-in knowledge base', () => {
  const builtIn = readDataFiles([builtInDataDir()]).files;
  const base = buildKnowledgeBase(builtIn);
  const WORKSPACE_FILE = path.join(path.sep, 'ws', '.therapy-lint', 'glossary.json');
  const withWorkspace = (data: KnowledgeBaseFile) =>
    buildKnowledgeBase([...builtIn, { file: WORKSPACE_FILE, text: JSON.stringify(data, null, 2) }]);
  const informations = (problems: { severity?: string; file: string; message: string }[]) =>
    problems.filter((p) => p.severity === 'information');
  const product = [...base.kb.entities.values()].find((e) => e.type === 'product' && e.approvals?.length)!;
  const source = [...base.kb.sources.values()][0]!;
  /** An entry for `product` as a workspace file would write it: what it must repeat, plus `more`. */
  const extension = (more: Partial<Entity>): Entity => ({
    id: product.id,
    type: product.type,
    name: product.name,
    definition: product.definition,
    sources: product.sources,
    aliases: [],
    ...more,
  });

  it('the built-in files, one knowledge base split up, tell nothing', () => {
    assert.deepEqual(informations(base.problems), []);
  });

  it('a workspace source with a built-in id replaces it, and says so in the workspace file', () => {
    const forged = { ...source, url: 'https://example.org/forged' };
    const { kb, problems } = withWorkspace({ sources: [forged] });
    assert.equal(kb.sources.get(source.id)?.url, 'https://example.org/forged');
    const [told, ...rest] = informations(problems);
    assert.deepEqual(rest, []);
    assert.equal(told?.file, WORKSPACE_FILE);
    assert.match(
      told!.message,
      new RegExp(`^replaces the source "${source.id}" of sources\\.json: .*example\\.org/forged`),
    );
  });

  it('approvals it adds to a built-in entity are used; what it cannot change is named', () => {
    const extra = extension({
      definition: `${product.definition} (workspace)`,
      aliases: [{ text: 'workspace-alias-kx', kind: 'synonym' }],
      approvals: [product.approvals![0]!],
    });
    const { kb, problems } = withWorkspace({ entities: [extra] });
    const entity = kb.entities.get(product.id)!;
    assert.equal(entity.approvals!.length, product.approvals!.length + 1);
    assert.equal(entity.definition, product.definition);
    assert.ok(entity.aliases.some((a) => a.text === 'workspace-alias-kx'));
    assert.deepEqual(
      informations(problems).map((p) => [p.file, p.message]),
      [
        [
          WORKSPACE_FILE,
          `extends the entity "${product.id}" of ${path.basename(base.kb.origins.get(`entity:${product.id}`)!.file)}: adds 1 approval; keeps its definition (a later file can add facts, not change these)`,
        ],
      ],
    );
    assert.equal(base.kb.entities.get(product.id)!.approvals!.length, product.approvals!.length, 'built-in untouched');
  });

  it('a later meta or completeness declaration is told too', () => {
    const declared = base.kb.completeness![0]!;
    const { kb, problems } = withWorkspace({ meta: { ...base.kb.meta, asOf: '2099-01-01' }, completeness: [declared] });
    assert.equal(kb.meta.asOf, '2099-01-01');
    const messages = informations(problems).map((p) => p.message);
    assert.equal(messages.length, 2, `${messages}`);
    assert.match(messages[0]!, /^replaces the knowledge base's meta of meta\.json/);
    assert.match(messages[1]!, new RegExp(`^replaces the ${declared.regulator} approvals completeness declaration`));
  });

  // Schema part 5 (sponsors, trials, dosing, month dates, approval history): files written before it still load.
  it('an old-shape workspace file (sponsor as text, a source with a single date) loads without problems', () => {
    const { kb, problems } = withWorkspace({
      sources: [
        {
          id: 'WS-OLD-SHAPE',
          title: 'An old source',
          publisher: 'Someone',
          url: 'https://example.org/old',
          date: '2019',
        },
      ],
      entities: [
        {
          id: 'ws-old-product',
          type: 'product',
          name: 'oldcabtagene autoleucel',
          aliases: [{ text: 'Oldcel', kind: 'brand' }],
          definition: 'A product written in the old shape.',
          modality: 'car-t',
          sponsor: 'Old Pharma',
          sources: ['WS-OLD-SHAPE'],
        },
      ],
    });
    assert.deepEqual(
      problems.filter((p) => p.severity !== 'information'),
      [],
    );
    assert.equal(kb.entities.get('ws-old-product')?.sponsor, 'Old Pharma');
    assert.equal(sourceDate(kb.sources.get('WS-OLD-SHAPE')!), '2019');
  });

  it('a new-shape field written wrong gets an error naming the field', () => {
    const { problems } = withWorkspace({
      entities: [
        {
          id: 'ws-bad-trial',
          type: 'trial',
          name: 'BAD-1',
          aliases: [],
          definition: 'A trial whose products are written as text.',
          trial: { products: 'kymriah' as unknown as string[], sources: [source.id] },
          sources: [source.id],
        },
        extension({ sponsors: [{ name: 'Someone', role: 'owner' as 'sponsor', sources: [source.id] }] }),
      ],
    });
    const errors = problems.filter((p) => p.severity !== 'information').map((p) => `${p.pointer} ${p.message}`);
    assert.ok(
      errors.some((e) => /trial\/products/.test(e)),
      `no error names trial/products: ${JSON.stringify(errors)}`,
    );
    assert.ok(
      errors.some((e) => /sponsors\/0\/role/.test(e)),
      `no error names sponsors/0/role: ${JSON.stringify(errors)}`,
    );
  });

  it('a workspace trial naming a product the knowledge base does not have is an unknown entity id', () => {
    const { problems } = withWorkspace({
      entities: [
        {
          id: 'ws-trial',
          type: 'trial',
          name: 'WS-1',
          aliases: [],
          definition: 'A trial of a product nobody recorded.',
          trial: { products: ['no-such-product'], sources: [source.id] },
          sources: [source.id],
        },
      ],
    });
    assert.ok(
      problems.some((p) => p.pointer === '/entities/ws-trial/trial/products/0' && /unknown entity id/.test(p.message)),
    );
  });

  it('20,000 extensions of one entity keep every alias (merged in place, not copied each time: was 66 s), told nothing for aliases', () => {
    const n = 20_000;
    const entities = Array.from({ length: n }, (_, i) =>
      extension({ aliases: [{ text: `workspace alias ${i.toString(36)}`, kind: 'synonym' }] }),
    );
    const { kb, problems } = withWorkspace({ entities });
    assert.equal(kb.entities.get(product.id)!.aliases.length, product.aliases.length + n);
    assert.deepEqual(informations(problems), []);
  });

  it('loading aliases is linear: twice the aliases cost under three times the work (minified file, distinct words)', function () {
    this.timeout(300_000);
    /** A distinct word of letters per alias ("baaacel" …), so the misspelling vocabulary indexes each. */
    const word = (i: number) => {
      let letters = '';
      for (let k = i + 26 ** 3; k > 0; k = Math.floor(k / 26)) letters += String.fromCharCode(97 + (k % 26));
      return `${letters}cel`;
    };
    // Half extend a built-in entity one alias at a time, half are new entities of ten aliases; one line, as minified.
    const file = (n: number): string =>
      JSON.stringify({
        entities: [
          ...Array.from({ length: n / 2 }, (_, i) => extension({ aliases: [{ text: word(i), kind: 'synonym' }] })),
          ...Array.from({ length: n / 20 }, (_, e) => ({
            id: `ws-term-${e}`,
            type: 'process',
            name: `ws term ${e}`,
            definition: 'A workspace term.',
            sources: [source.id],
            aliases: Array.from({ length: 10 }, (_, i) => ({ text: word(n / 2 + e * 10 + i), kind: 'synonym' })),
          })),
        ],
      });
    /** CPU time (not wall time: other processes share the machine) of the cheaper of two loads: data, index, vocabulary. */
    const loadWork = (n: number): number => {
      const text = file(n);
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 2; run++) {
        const started = process.cpuUsage();
        const { kb } = buildKnowledgeBase([...builtIn, { file: WORKSPACE_FILE, text }]);
        vocabularyOf(new KnowledgeIndex(kb));
        const used = process.cpuUsage(started);
        best = Math.min(best, used.user + used.system);
        assert.equal(kb.entities.get(product.id)!.aliases.length, product.aliases.length + n / 2);
      }
      return best;
    };
    const half = loadWork(50_000);
    const full = loadWork(100_000);
    assert.ok(
      full / half < 3,
      `50,000 aliases: ${(half / 1000).toFixed(0)} ms, 100,000: ${(full / 1000).toFixed(0)} ms`,
    );
  });
});
