import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  buildKnowledgeBase,
  builtInDataDir,
  dataSetDigest,
  loadKnowledgeBase,
  readDataFiles,
  referenceProblems,
  textDigest,
} from '../../server/src/kb/load';
import { checkedDataSets } from '../../server/src/kb/valid-data.generated';
import { builtInKnowledgeBase } from '../helpers/service';

describe('knowledge base', () => {
  describe('built-in data', () => {
    it('loads with no schema or reference problems', () => {
      const { kb, problems } = loadKnowledgeBase();
      // The loader skips the reference check for the shipped files (checked at build time): run it here.
      assert.deepEqual(
        [...problems, ...referenceProblems(kb)].map((p) => `${path.basename(p.file)} ${p.pointer}: ${p.message}`),
        [],
      );
    });

    it('lists the shipped file list as checked at build time, and only that list', () => {
      const { files } = readDataFiles([builtInDataDir()]);
      const digests = files.map((f) => textDigest(f.text));
      assert.deepEqual(checkedDataSets, [dataSetDigest(digests)]);
      // Shipped files all, but not all of them: what sources.json defined is unknown now, and said.
      const withoutSources = files.filter((f) => path.basename(f.file) !== 'sources.json');
      assert.ok(
        buildKnowledgeBase(withoutSources).problems.some((p) => /unknown source id/.test(p.message)),
        'a partial list of shipped files is checked',
      );
    });

    it('keeps trials in trials.json and regulators in regulators.json, each file one type', () => {
      const typesIn = (name: string) =>
        new Set(
          (
            JSON.parse(fs.readFileSync(path.join(builtInDataDir(), name), 'utf8')) as { entities: { type: string }[] }
          ).entities.map((e) => e.type),
        );
      assert.deepEqual([...typesIn('trials.json')], ['trial']);
      assert.deepEqual([...typesIn('regulators.json')], ['regulator']);
      const { origins, entities } = builtInKnowledgeBase();
      for (const entity of entities.values())
        if (entity.type === 'trial')
          assert.equal(path.basename(origins.get(`entity:${entity.id}`)!.file), 'trials.json');
    });

    it('has an as-of date', () => assert.match(builtInKnowledgeBase().meta.asOf, /^\d{4}-\d{2}-\d{2}$/));

    it('every source has a title, publisher, kind, the date it was checked, and a URL, citation or curation note', () => {
      for (const source of builtInKnowledgeBase().sources.values()) {
        assert.ok(source.title && source.publisher && source.kind && source.accessed, source.id);
        assert.equal(source.date, undefined, `${source.id} uses the old single date`);
        assert.ok(source.url || source.citation || source.curationNote, `${source.id} has no URL, citation or note`);
      }
    });

    // A publication date is when the source appeared, never when it was checked.
    it('no source is published after it was checked', () => {
      for (const source of builtInKnowledgeBase().sources.values()) {
        if (source.published && source.accessed)
          assert.ok(
            source.published.slice(0, source.accessed.length) <= source.accessed,
            `${source.id}: ${source.published} > ${source.accessed}`,
          );
      }
    });

    it('every entity and approval is sourced', () => {
      for (const entity of builtInKnowledgeBase().entities.values()) {
        assert.ok(entity.sources.length > 0, `${entity.id} has no source`);
        for (const approval of entity.approvals ?? [])
          assert.ok(approval.sources.length > 0, `${entity.id} approval ${approval.date}`);
      }
    });

    it('lists the seven FDA-approved CAR-T products with targets and approvals', () => {
      const kb = builtInKnowledgeBase();
      const approved = [...kb.entities.values()].filter(
        (e) => e.modality === 'car-t' && e.approvals?.some((a) => a.regulator === 'FDA'),
      );
      assert.deepEqual(approved.map((e) => e.id).sort(), [
        'abecma',
        'aucatzyl',
        'breyanzi',
        'carvykti',
        'kymriah',
        'tecartus',
        'yescarta',
      ]);
      for (const product of approved) assert.ok(product.design?.targets.length, `${product.id} has no target`);
    });

    it('has at least 14 antigens', () => {
      const antigens = [...builtInKnowledgeBase().entities.values()].filter((e) => e.type === 'antigen');
      assert.ok(antigens.length >= 14, `${antigens.length} antigens`);
    });

    it('references point at entities of the right type', () => {
      const kb = builtInKnowledgeBase();
      const typeOf = (id: string) => kb.entities.get(id)?.type;
      const wrong: string[] = [];
      const expect = (where: string, id: string | undefined, types: string[]) => {
        if (id !== undefined && !types.includes(typeOf(id) ?? 'missing'))
          wrong.push(`${where} → ${id} (${typeOf(id) ?? 'missing'})`);
      };
      for (const e of kb.entities.values()) {
        e.design?.targets.forEach((t) => expect(`${e.id} target`, t, ['antigen']));
        e.approvals?.forEach((a) => expect(`${e.id} approval`, a.indication, ['indication', 'syndrome']));
        e.uses?.forEach((u) => expect(`${e.id} use`, u.for, ['indication', 'syndrome', 'process']));
        e.firsts?.forEach((f) => expect(`${e.id} first class`, f.class, ['therapy-class']));
      }
      assert.deepEqual(wrong, []);
    });

    it('the parents hierarchy has no cycles', () => {
      const kb = builtInKnowledgeBase();
      const state = new Map<string, 'visiting' | 'done'>();
      const cycles: string[] = [];
      const visit = (id: string, path: string[]) => {
        if (state.get(id) === 'done') return;
        if (state.get(id) === 'visiting') return void cycles.push([...path, id].join(' → '));
        state.set(id, 'visiting');
        for (const parent of kb.entities.get(id)?.parents ?? []) visit(parent, [...path, id]);
        state.set(id, 'done');
      };
      for (const id of kb.entities.keys()) visit(id, []);
      assert.deepEqual(cycles, []);
    });

    it('no CAR-T has an FDA approval for a solid tumor', () => {
      const kb = builtInKnowledgeBase();
      const isSolid = (id: string): boolean =>
        id === 'solid-tumor' || (kb.entities.get(id)?.parents ?? []).some(isSolid);
      for (const e of kb.entities.values()) {
        if (e.modality !== 'car-t') continue;
        for (const a of e.approvals ?? [])
          if (a.regulator === 'FDA') assert.ok(!isSolid(a.indication), `${e.id} ${a.indication}`);
      }
    });

    it('no alias text belongs to two entities', () => {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const entity of builtInKnowledgeBase().entities.values()) {
        for (const alias of new Set([entity.name, ...entity.aliases.map((a) => a.text)])) {
          const key = alias.toLowerCase();
          const other = owner.get(key);
          if (other && other !== entity.id) clashes.push(`"${alias}": ${other} and ${entity.id}`);
          owner.set(key, entity.id);
        }
      }
      assert.deepEqual(clashes, []);
    });
  });

  describe('bad data files give clear problems, never a crash', () => {
    const schema = path.join(builtInDataDir(), 'schema', 'knowledge-base.schema.json');
    const problemsOf = (text: string) =>
      buildKnowledgeBase([{ file: '/ws/.therapy-lint/bad.json', text }], schema).problems;

    it('names the file and line of invalid JSON', () => {
      const [problem] = problemsOf('{\n  "entities": [\n    oops\n  ]\n}');
      assert.equal(problem?.file, '/ws/.therapy-lint/bad.json');
      assert.match(problem!.message, /not valid JSON/);
    });

    it('names the JSON pointer of a schema violation', () => {
      const problems = problemsOf(
        JSON.stringify({
          entities: [{ id: 'x', type: 'spaceship', name: 'X', aliases: [], definition: 'd', sources: [] }],
        }),
      );
      assert.ok(
        problems.some((p) => p.pointer === '/entities/0/type'),
        JSON.stringify(problems),
      );
    });

    it('validates a shipped data file again once its text differs from the build', () => {
      const file = path.join(builtInDataDir(), 'products.json');
      const shipped = fs.readFileSync(file, 'utf8');
      const edited = shipped.replace(/"type":\s*"product"/, '"type": "spaceship"');
      assert.notEqual(edited, shipped);
      const problems = buildKnowledgeBase([{ file, text: edited }], schema).problems;
      assert.ok(
        problems.some((p) => p.file === file && /^\/entities\/\d+\/type$/.test(p.pointer)),
        JSON.stringify(problems),
      );
    });

    it('reports a lifted exclusion that the approval never excluded', () => {
      const approval = {
        regulator: 'FDA',
        indication: 'y',
        label: 'Y',
        date: '2020-01-01',
        population: { adults: true, pediatric: false, text: 'Adults' },
        excludes: ['z'],
        history: [
          { date: '2021-02', change: 'indication-broadened', text: 'Lifted.', endsExclusions: ['w'], sources: ['S'] },
        ],
        sources: ['S'],
      };
      const problems = problemsOf(
        JSON.stringify({
          sources: [{ id: 'S', title: 'S', publisher: 'P', url: 'https://example.org' }],
          entities: [
            {
              id: 'x',
              type: 'product',
              name: 'X',
              aliases: [],
              definition: 'd',
              sources: ['S'],
              approvals: [approval],
            },
            ...['y', 'z', 'w'].map((id) => ({
              id,
              type: 'indication',
              name: id,
              aliases: [],
              definition: 'd',
              sources: ['S'],
            })),
          ],
        }),
      );
      assert.deepEqual(
        problems.filter((p) => /endsExclusions/.test(p.pointer)).map((p) => `${p.pointer}: ${p.message}`),
        ['/entities/x/approvals/0/history/0/endsExclusions/0: "w" is not in this approval\'s excludes'],
      );
    });

    it('reports unknown source ids', () => {
      const facts = [{ text: 'A fact.', sources: ['NO-SUCH-FACT-SOURCE'] }];
      const problems = problemsOf(
        JSON.stringify({
          entities: [
            { id: 'x', type: 'process', name: 'X', aliases: [], definition: 'd', sources: ['NO-SUCH-SOURCE'], facts },
          ],
        }),
      );
      assert.ok(
        problems.some(
          (p) => /unknown source id "NO-SUCH-SOURCE"/.test(p.message) && p.pointer === '/entities/x/sources',
        ),
        JSON.stringify(problems),
      );
      assert.ok(
        problems.some(
          (p) =>
            /unknown source id "NO-SUCH-FACT-SOURCE"/.test(p.message) && p.pointer === '/entities/x/facts/0/sources',
        ),
        JSON.stringify(problems),
      );
    });

    // A file alone: its sources are defined elsewhere.
    const shapeProblems = (text: string) => problemsOf(text).filter((p) => !/unknown source id/.test(p.message));

    it('checks a quantity: its unit, its dates, and the entities it applies to', () => {
      const entity = (quantity: object) =>
        JSON.stringify({
          entities: [
            {
              id: 'x',
              type: 'process',
              name: 'X',
              aliases: [],
              definition: 'd',
              sources: ['SEED-NCI'],
              quantities: [quantity],
            },
          ],
        });
      const q = { measure: 'driving-restriction', value: 2, unit: 'week', text: 't', sources: ['SEED-NCI'] };
      assert.deepEqual(shapeProblems(entity(q)), []);
      const pointers = (quantity: object) => shapeProblems(entity(quantity)).map((p) => p.pointer);
      assert.ok(pointers({ ...q, unit: 'fortnight' }).includes('/entities/0/quantities/0/unit'));
      assert.ok(pointers({ ...q, since: 'June 2025' }).includes('/entities/0/quantities/0/since'));
      assert.ok(pointers({ ...q, measure: 'dose' }).includes('/entities/0/quantities/0/measure'));
      assert.ok(pointers({ ...q, appliesTo: ['no-such-product'] }).includes('/entities/x/quantities/0/appliesTo/0'));
      const range = { min: 0, max: 10, text: 't', sources: ['SEED-NCI'] };
      assert.deepEqual(
        shapeProblems(entity(q).replace('"quantities"', `"scoreRange":${JSON.stringify(range)},"quantities"`)),
        [],
      );
      assert.notDeepEqual(
        shapeProblems(
          entity(q).replace('"quantities"', `"scoreRange":${JSON.stringify({ ...range, min: 'zero' })},"quantities"`),
        ),
        [],
      );
    });

    it('keeps the older shapes loading: an entity without quantities or a score range', () => {
      const plain = { id: 'x', type: 'process', name: 'X', aliases: [], definition: 'd', sources: ['SEED-NCI'] };
      assert.deepEqual(shapeProblems(JSON.stringify({ entities: [plain] })), []);
    });

    it('reports an unreadable folder and keeps the built-in data', () => {
      const missing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tl-')), 'absent');
      const { kb, problems } = loadKnowledgeBase([builtInDataDir(), missing]);
      assert.ok(problems.some((p) => p.file === missing));
      assert.ok(kb.entities.has('kymriah'));
    });
  });
});
