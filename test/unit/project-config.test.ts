import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-types';
import type { FileStat, FileSystem } from '../../server/src/document/citations/types';
import { RULES } from '../../server/src/rules/all.generated';
import { DIAGNOSTIC_CODES, SETTING_KEYS } from '../../server/src/service/settings';
import {
  MAX_PROJECT_CONFIG_BYTES,
  PROJECT_CONFIG,
  globToRegExp,
  parseProjectConfig,
} from '../../server/src/service/projectConfig';
import { Workspace } from '../../server/src/service/workspace';
import { REPO_ROOT } from '../helpers/repo';
import { applyEdits } from '../helpers/service';

// The project file: found walking up from each document, nested files overriding their parents, read
// only as a regular, small file inside the workspace; what it accepts and ignores; its quick fixes.
const ROOT = path.resolve('/project');
const at = (...parts: string[]) => path.join(ROOT, ...parts);
const uriOf = (file: string) => pathToFileURL(file).href;

/** An in-memory file system: files by path, and optional special entries (links, FIFOs). */
function memoryFileSystem(
  files: Record<string, string>,
  special: Record<string, Partial<FileStat>> = {},
): FileSystem & { reads: string[] } {
  const byUri = new Map(Object.entries(files).map(([file, text]) => [uriOf(file), text]));
  const specialByUri = new Map(Object.entries(special).map(([file, stat]) => [uriOf(file), stat]));
  const reads: string[] = [];
  return {
    reads,
    readFile(uri) {
      reads.push(uri);
      return specialByUri.has(uri) ? undefined : byUri.get(uri);
    },
    stat(uri) {
      const specialStat = specialByUri.get(uri);
      if (specialStat) return { realUri: uri, kind: 'file', size: 10, version: '1', ...specialStat };
      const text = byUri.get(uri);
      return text === undefined ? undefined : { realUri: uri, kind: 'file', size: text.length, version: '1' };
    },
  };
}

function workspaceWith(fileSystem: FileSystem, editorSettings?: unknown, trusted = true): Workspace {
  const workspace = new Workspace({ roots: [ROOT], trusted, workspaceData: true, fileSystem });
  workspace.configure(editorSettings);
  return workspace;
}

const TEXT = 'Kymriah targets BCMA. Tisagenlecleucal is given once. CRES may occur.\n';
function diagnosticsOf(workspace: Workspace, file: string, text = TEXT): Diagnostic[] {
  const document = TextDocument.create(uriOf(file), 'markdown', 1, text);
  const service = workspace.serviceFor(document.uri);
  assert.ok(service, `${file} is checked`);
  return service.diagnostics(document);
}
const codesOf = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((d) => d.code))].sort();

describe('project file (.therapy-lint.json)', () => {
  describe('reading one', () => {
    it('an unknown key is a warning on its line naming the nearest key; the rest is used', () => {
      const config = parseProjectConfig(at(PROJECT_CONFIG), '{\n  "profile": "patient",\n  "ruls": {}\n}\n');
      assert.deepEqual(config.layer, { profile: 'patient' });
      assert.deepEqual(
        config.problems.map((p) => [p.line, p.severity, p.message]),
        [[2, 'warning', 'unknown setting "ruls" ignored; did you mean "rules"?']],
      );
      const rule = parseProjectConfig(at(PROJECT_CONFIG), '{ "rules": { "misspelled-terms": "off" } }');
      assert.match(rule.problems[0]!.message, /unknown rule "misspelled-terms".*did you mean "misspelled-term"\?/);
    });

    it('bad JSON is one error on its line and nothing of it is used; never a throw', () => {
      const config = parseProjectConfig(at(PROJECT_CONFIG), '{\n  "profile": "patient"\n  "rules": {}\n}');
      assert.deepEqual(config.layer, {});
      assert.equal(config.problems.length, 1);
      assert.equal(config.problems[0]!.severity, 'error');
      assert.equal(config.problems[0]!.line, 2);
      assert.match(config.problems[0]!.message, /^not valid JSON \(.+\): none of it is used$/);
      for (const text of ['[]', '"x"', 'null', '', '\uFEFF{"profile": 3}'])
        assert.doesNotThrow(() => parseProjectConfig(at(PROJECT_CONFIG), text));
    });

    it('only a regular file inside the workspace, of bounded size, is read', () => {
      const fileSystem = memoryFileSystem(
        { [at('.therapy-lint.json')]: '{ "profile": "patient" }', [path.resolve('/.therapy-lint.json')]: '{}' },
        {
          [at('fifo', PROJECT_CONFIG)]: { kind: 'other' },
          [at('big', PROJECT_CONFIG)]: { size: MAX_PROJECT_CONFIG_BYTES + 1 },
          [at('link', PROJECT_CONFIG)]: { realUri: uriOf(path.resolve('/etc/secrets.json')) },
        },
      );
      const workspace = workspaceWith(fileSystem);
      for (const [folder, problem] of [
        ['fifo', /not a regular file/],
        ['big', /larger than 1024 kB/],
        ['link', /outside the workspace: not read/],
      ] as const) {
        assert.equal(workspace.settingsFor(at(folder, 'doc.md')).profile, 'patient', 'the parent still applies');
        const taken = workspace.takeProblems();
        assert.match(taken?.config.get(at(folder, PROJECT_CONFIG))?.[0]?.message ?? '', problem);
        assert.ok(!fileSystem.reads.includes(uriOf(at(folder, PROJECT_CONFIG))), `${folder}: never opened`);
      }
      assert.ok(!fileSystem.reads.includes(uriOf(path.resolve('/.therapy-lint.json'))), 'nothing above the workspace');
    });
  });

  describe('applying them', () => {
    const files = {
      [at(PROJECT_CONFIG)]: JSON.stringify({
        rules: { 'misspelled-term': 'off' },
        ignorePaths: ['drafts/**', '*.tmp.md'],
      }),
      [at('promo', PROJECT_CONFIG)]: JSON.stringify({ rules: { 'misspelled-term': 'error' }, profile: 'promotional' }),
    };

    it('a nested file overrides its parent for its folder only', () => {
      const workspace = workspaceWith(memoryFileSystem(files));
      assert.ok(!codesOf(diagnosticsOf(workspace, at('docs', 'a.md'))).includes('misspelled-term'));
      const nested = diagnosticsOf(workspace, at('promo', 'sub', 'a.md'));
      assert.equal(nested.find((d) => d.code === 'misspelled-term')?.severity, 1, 'error in promo/');
      assert.equal(workspace.settingsFor(at('promo', 'a.md')).profile, 'promotional');
      assert.equal(workspace.settingsFor(at('docs', 'a.md')).profile, 'manuscript');
    });

    it('ignorePaths leave files out, relative to their file', () => {
      const workspace = workspaceWith(memoryFileSystem(files));
      assert.equal(workspace.serviceFor(at('drafts', 'x', 'a.md')), undefined);
      assert.equal(workspace.serviceFor(at('promo', 'notes.tmp.md')), undefined);
      assert.ok(workspace.serviceFor(at('docs', 'drafts.md')));
      assert.match('docs/a.md', globToRegExp('docs'));
      assert.match('a/b/c.md', globToRegExp('**/*.md'));
      assert.match('x.tex', globToRegExp('*.{md,tex}'));
      assert.doesNotMatch('docs/a.md', globToRegExp('/a.md'));
    });

    it("the editor's settings override the project's; an editor's \"default\" leaves the project's choice", () => {
      const personal = workspaceWith(memoryFileSystem(files), { rules: { 'misspelled-term': 'hint' } });
      assert.equal(diagnosticsOf(personal, at('promo', 'a.md')).find((d) => d.code === 'misspelled-term')?.severity, 4);
      const unset = workspaceWith(memoryFileSystem(files), { rules: { 'misspelled-term': 'default' } });
      assert.ok(!codesOf(diagnosticsOf(unset, at('a.md'))).includes('misspelled-term'));
    });

    it('accepted terms are left alone by term rules only; ignored findings by their rule and text', () => {
      const plain = workspaceWith(memoryFileSystem({}));
      const before = codesOf(diagnosticsOf(plain, at('a.md')));
      for (const code of ['misspelled-term', 'deprecated-term', 'unsupported-claim'])
        assert.ok(before.includes(code), `the text has a ${code} finding: ${before}`);
      const accepting = workspaceWith(
        memoryFileSystem({
          [at(PROJECT_CONFIG)]: JSON.stringify({
            acceptedTerms: ['Tisagenlecleucal', 'CRES', 'Kymriah targets BCMA.'],
            ignoreFindings: [{ rule: 'unsupported-claim', text: 'Kymriah  targets\nBCMA' }],
          }),
        }),
      );
      const after = codesOf(diagnosticsOf(accepting, at('a.md')));
      assert.deepEqual(before.filter((code) => !after.includes(code)).sort(), [
        'deprecated-term',
        'misspelled-term',
        'unsupported-claim',
      ]);
      const claimOnlyAccepted = workspaceWith(
        memoryFileSystem({ [at(PROJECT_CONFIG)]: JSON.stringify({ acceptedTerms: ['Kymriah targets BCMA'] }) }),
      );
      assert.ok(
        codesOf(diagnosticsOf(claimOnlyAccepted, at('a.md'))).includes('unsupported-claim'),
        'accepting a term does not silence a claim',
      );
    });
  });

  describe('quick fixes that write it', () => {
    function actionsFor(workspace: Workspace, document: TextDocument, code: string): CodeAction[] {
      const service = workspace.serviceFor(document.uri)!;
      const diagnostic = service.diagnostics(document).find((d) => d.code === code);
      assert.ok(diagnostic, `a ${code} finding`);
      return service.codeActions(document, diagnostic.range, { diagnostics: [diagnostic] });
    }
    function written(action: CodeAction | undefined, existing = ''): { uri: string; text: string } {
      const change = action?.edit?.documentChanges?.find((c): c is TextDocumentEdit => 'edits' in c);
      assert.ok(change, 'the action edits a file');
      const file = TextDocument.create(change.textDocument.uri, 'json', 0, existing);
      return { uri: change.textDocument.uri, text: applyEdits(file, change.edits) };
    }
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data/schema/project-config.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

    it('"Accept … in this workspace" adds the term to the nearest project file, which the schema accepts', () => {
      const existing = JSON.stringify({ profile: 'patient', acceptedTerms: ['CAR'] }, null, 2);
      const fileSystem = memoryFileSystem({ [at('docs', PROJECT_CONFIG)]: existing });
      const document = TextDocument.create(uriOf(at('docs', 'sub', 'a.md')), 'markdown', 1, TEXT);
      const accept = actionsFor(workspaceWith(fileSystem), document, 'misspelled-term').find((a) =>
        a.title.startsWith('Accept'),
      );
      assert.equal(accept?.title, 'Accept "Tisagenlecleucal" in this workspace');
      const { uri, text } = written(accept, existing);
      assert.equal(uri, uriOf(at('docs', PROJECT_CONFIG)));
      const config = JSON.parse(text);
      assert.deepEqual(config, { profile: 'patient', acceptedTerms: ['CAR', 'Tisagenlecleucal'] });
      assert.ok(validate(config), JSON.stringify(validate.errors));
      // Re-read with the written file: the finding is gone.
      const after = workspaceWith(memoryFileSystem({ [at('docs', PROJECT_CONFIG)]: text }));
      assert.ok(!codesOf(after.serviceFor(document.uri)!.diagnostics(document)).includes('misspelled-term'));
    });

    it('plain text gets the ignore list, never a comment that would print; a new file is created', () => {
      const document = TextDocument.create(uriOf(at('leaflet.txt')), 'plaintext', 1, TEXT);
      const actions = actionsFor(workspaceWith(memoryFileSystem({})), document, 'unsupported-claim');
      assert.ok(!actions.some((a) => a.title.startsWith('Suppress')), 'no inline suppression in plain text');
      const ignore = actions.find((a) => a.title.startsWith('Ignore'));
      assert.equal(ignore?.title, 'Ignore this unsupported-claim finding ("Kymriah targets BCMA") in this workspace');
      assert.deepEqual(ignore?.edit?.documentChanges?.[0], {
        kind: 'create',
        uri: uriOf(at(PROJECT_CONFIG)),
        options: { ignoreIfExists: true },
      });
      const { text } = written(ignore);
      assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));
      const after = workspaceWith(memoryFileSystem({ [at(PROJECT_CONFIG)]: text }));
      assert.ok(!codesOf(after.serviceFor(document.uri)!.diagnostics(document)).includes('unsupported-claim'));
      const edited = document.getText().replace('Kymriah targets BCMA', 'Kymriah targets CD22');
      assert.ok(
        codesOf(diagnosticsOf(after, at('leaflet.txt'), edited)).includes('unsupported-claim'),
        'another claim is still flagged',
      );
    });

    it('a project file that is not valid JSON is never rewritten', () => {
      const document = TextDocument.create(uriOf(at('a.md')), 'markdown', 1, TEXT);
      const actions = actionsFor(
        workspaceWith(memoryFileSystem({ [at(PROJECT_CONFIG)]: '{ broken' })),
        document,
        'misspelled-term',
      );
      assert.deepEqual(
        actions.filter((a) => /workspace/.test(a.title)).map((a) => a.title),
        [],
      );
    });
  });

  it('the shipped schema lists every setting and every rule', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data/schema/project-config.schema.json'), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', ...SETTING_KEYS].sort());
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...DIAGNOSTIC_CODES].sort());
    assert.deepEqual(
      RULES.filter((r) => r.meta.aboutTerms)
        .map((r) => r.meta.id)
        .sort()
        .filter((id) => !schema.properties.acceptedTerms.description.includes(id)),
      [],
      'the schema names every term rule',
    );
    const packageJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.ok(
      packageJson.contributes.jsonValidation.some(
        (v: { fileMatch: string; url: string }) =>
          v.fileMatch === PROJECT_CONFIG && v.url === './data/schema/project-config.schema.json',
      ),
    );
  });
});
