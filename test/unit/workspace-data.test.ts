import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildKnowledgeBase, builtInDataDir, readDataFiles } from '../../server/src/kb/load';
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

  it('20,000 extensions of one entity keep every alias (merged in place, not copied each time: was 66 s), told nothing for aliases', () => {
    const n = 20_000;
    const entities = Array.from({ length: n }, (_, i) =>
      extension({ aliases: [{ text: `workspace alias ${i.toString(36)}`, kind: 'synonym' }] }),
    );
    const { kb, problems } = withWorkspace({ entities });
    assert.equal(kb.entities.get(product.id)!.aliases.length, product.aliases.length + n);
    assert.deepEqual(informations(problems), []);
  });
});
