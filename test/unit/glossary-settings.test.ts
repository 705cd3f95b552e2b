import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builtInDataDir, loadKnowledgeBase } from '../../server/src/kb/load';
import { RULES } from '../../server/src/rules/all.generated';
import { createLanguageService, DIAGNOSTIC_CODES, normalizeSettings } from '../../server/src/service/index';
import { doc } from '../helpers/service';

const root = path.join(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const properties: Record<string, { default?: unknown; enum?: unknown[]; markdownDescription?: string }> =
  manifest.contributes.configuration.properties;

describe('settings: the package.json contribution', () => {
  it('has one severity setting per rule, written from its meta (node scripts/rule-settings.mjs)', () => {
    const ruleKeys = Object.keys(properties)
      .filter((k) => k.startsWith('therapyLint.rules.'))
      .sort();
    assert.deepEqual(ruleKeys, RULES.map((r) => `therapyLint.rules.${r.meta.id}`).sort());
    for (const rule of RULES) {
      const setting = properties[`therapyLint.rules.${rule.meta.id}`]!;
      assert.ok(
        setting.markdownDescription?.startsWith(rule.meta.description),
        `${rule.meta.id}: description drifted from meta`,
      );
      assert.ok(
        setting.markdownDescription?.includes(`\`${rule.meta.defaultSeverity}\``),
        `${rule.meta.id}: default severity drifted`,
      );
      for (const [id, template] of Object.entries(rule.meta.messages))
        assert.ok(
          setting.markdownDescription?.includes(`\`${id}\` (${template})`),
          `${rule.meta.id}: message ${id} not listed`,
        );
      assert.deepEqual(setting.enum, ['default', 'off', 'error', 'warning', 'information', 'hint']);
    }
  });
  it('gives every setting the server reads a description, and defaults the server agrees with', () => {
    const { settings } = normalizeSettings({});
    for (const key of [
      'languages',
      'genericNameStyle',
      'citationPlacement',
      'knowledgeBasePaths',
      'maxFileSize',
      'maxDiagnostics',
    ] as const) {
      const setting = properties[`therapyLint.${key}`];
      assert.ok(setting?.markdownDescription, `therapyLint.${key} is contributed with a description`);
      assert.deepEqual(setting.default, settings[key], `therapyLint.${key} default`);
    }
    assert.ok(RULES.every((r) => (DIAGNOSTIC_CODES as readonly string[]).includes(r.meta.id)));
  });
  it('validates .therapy-lint/*.json and .therapy-lint.json with the shipped schemas and contributes the commands', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [
      { fileMatch: '.therapy-lint/*.json', url: './data/schema/knowledge-base.schema.json' },
      { fileMatch: '.therapy-lint.json', url: './data/schema/project-config.schema.json' },
    ]);
    assert.ok(fs.existsSync(path.join(root, 'data', 'schema', 'knowledge-base.schema.json')));
    assert.ok(fs.existsSync(path.join(root, 'data', 'schema', 'project-config.schema.json')));
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual(commands, [
      'therapyLint.showGlossary',
      'therapyLint.insertTerm',
      'therapyLint.lintWorkspace',
      'therapyLint.checkDocument',
      'therapyLint.showGlossaryCard',
    ]);
  });
});

describe('settings: normalizeSettings', () => {
  it('reads what VS Code sends for dotted rule keys, and the languages list', () => {
    const { settings, warnings } = normalizeSettings({
      rules: { 'deprecated-term': 'off', 'inconsistent-term': 'hint' },
      languages: ['markdown'],
    });
    assert.deepEqual(warnings, []);
    assert.deepEqual(settings.rules, { 'deprecated-term': 'off', 'inconsistent-term': 'hint' });
    assert.deepEqual(settings.languages, ['markdown']);
  });
  it('drops unknown and bad values with a warning each, never throws', () => {
    const { settings, warnings } = normalizeSettings({
      rules: { 'no-such-rule': 'off', 'misspelled-term': 42 },
      languages: ['cobol'],
      genericNameStyle: 'x',
      extra: 1,
    });
    assert.equal(warnings.length, 5);
    assert.deepEqual(settings.languages, ['markdown', 'plaintext', 'latex']);
    assert.equal(settings.genericNameStyle, 'generic (Brand)');
    for (const raw of [null, 'text', [], 7]) assert.doesNotThrow(() => normalizeSettings(raw));
  });
  it('turns diagnostics off for languages not listed, and a rule off by its setting', () => {
    const kb = loadKnowledgeBase().kb;
    const text = 'Patients developed CRES.';
    const run = (raw: unknown, language: 'markdown' | 'plaintext') =>
      createLanguageService({ knowledgeBase: kb, settings: normalizeSettings(raw).settings })
        .diagnostics(doc(text, language))
        .filter((d) => d.code === 'deprecated-term').length;
    assert.equal(run({}, 'plaintext'), 1);
    assert.equal(run({ languages: ['markdown'] }, 'plaintext'), 0);
    assert.equal(run({ rules: { 'deprecated-term': 'off' } }, 'markdown'), 0);
  });
});

describe('workspace knowledge-base extensions (.therapy-lint/*.json)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-ws-'));
    fs.writeFileSync(
      path.join(dir, 'glossary.json'),
      JSON.stringify(
        {
          sources: [
            { id: 'WS-NOTE', title: 'Team note', publisher: 'this workspace', citation: 'internal', date: '2026-11' },
          ],
          entities: [
            {
              // A made-up product, so that the built-in data never has it.
              id: 'prizlon-cel',
              type: 'product',
              name: 'prizlocabtagene autoleucel',
              aliases: [
                { text: 'Prizlon', kind: 'brand' },
                { text: 'prizlocabtagene autoleucel', kind: 'inn' },
              ],
              definition: 'A BCMA CAR T-cell therapy.',
              sources: ['WS-NOTE'],
            },
          ],
        },
        null,
        2,
      ),
    );
    // Malformed: a wrong entity type on line 5.
    fs.writeFileSync(
      path.join(dir, 'broken.json'),
      '{\n  "entities": [\n    {\n      "id": "x",\n      "type": "gadget",\n      "name": "X", "aliases": [], "definition": "d", "sources": []\n    }\n  ]\n}\n',
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports a malformed file by name and line, and keeps the rest working', () => {
    const { kb, problems } = loadKnowledgeBase([builtInDataDir(), dir]);
    assert.ok(problems.length > 0);
    assert.ok(
      problems.every((p) => p.file === path.join(dir, 'broken.json')),
      JSON.stringify(problems),
    );
    assert.ok(problems.some((p) => p.pointer.includes('/type') && p.line === 4));
    const service = createLanguageService({ knowledgeBase: kb });
    const document = doc('Prizlon was given after CRES.');
    const hover = service.hover(document, document.positionAt(2));
    assert.match(JSON.stringify(hover?.contents), /prizlocabtagene autoleucel \(Prizlon\)/);
    const codes = service.diagnostics(document).map((d) => d.code);
    assert.ok(codes.includes('generic-name-missing') && codes.includes('deprecated-term'), codes.join());
  });
});
