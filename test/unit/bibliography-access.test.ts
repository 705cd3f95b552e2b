import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFileSystem } from '../../server/src/citations/nodeFileSystem';
import type { FileSystem } from '../../server/src/document/citations/types';
import { createLanguageService } from '../../server/src/service/index';
import { TEST_KNOWLEDGE_BASE } from '../helpers/citations';

const BIB = '@article{june2018,\n  title = {CAR T cell immunotherapy for human cancer},\n  year = {2018}\n}\n';

/** Node's file system, counting reads; with `refuse`, a read is only recorded (so a wrong read cannot hang). */
function spy(refuse = false): { fileSystem: FileSystem; reads: string[] } {
  const reads: string[] = [];
  const fileSystem: FileSystem = {
    readFile: (uri, maxBytes) => {
      reads.push(uri);
      return refuse ? undefined : nodeFileSystem.readFile(uri, maxBytes);
    },
    stat: (uri) => nodeFileSystem.stat!(uri),
  };
  return { fileSystem, reads };
}

describe('bibliographies are read only when they are regular files inside the workspace', () => {
  let tmp: string;
  let workspace: string;
  let docs: string;
  let outside: string;
  before(function () {
    if (process.platform === 'win32') this.skip(); // FIFOs, /dev and /proc are POSIX
  });
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-bib-')));
    workspace = path.join(tmp, 'workspace');
    docs = path.join(workspace, 'docs');
    fs.mkdirSync(docs, { recursive: true });
    fs.mkdirSync(path.join(workspace, 'shared'));
    fs.writeFileSync(path.join(docs, 'refs.bib'), BIB);
    fs.writeFileSync(path.join(workspace, 'shared', 'refs.bib'), BIB);
    outside = path.join(tmp, 'outside.bib');
    fs.writeFileSync(outside, BIB);
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const documentIn = (text: string, version = 1) =>
    TextDocument.create(pathToFileURL(path.join(docs, 'paper.md')).href, 'markdown', version, text);
  const paper = (bibliography: string) =>
    `---\nbibliography: ${bibliography}\n---\n\nCAR T cells were reviewed [@june2018].\n`;
  const service = (fileSystem: FileSystem, trusted = true) =>
    createLanguageService({
      knowledgeBase: TEST_KNOWLEDGE_BASE,
      fileSystem,
      workspaceFolders: trusted ? [pathToFileURL(workspace).href] : undefined,
    });
  const bibliographyMessages = (fileSystem: FileSystem, bibliography: string, trusted = true) =>
    service(fileSystem, trusted)
      .diagnostics(documentIn(paper(bibliography)))
      .filter((d) => d.message.startsWith('Bibliography'))
      .map((d) => d.message);

  /** Makes `name` in the document's folder with `make`, and gives the name. */
  const inDocs = (name: string, make: (file: string) => void) => () => {
    make(path.join(docs, name));
    return name;
  };
  const hostile: [string, string, () => string][] = [
    ['/dev/zero', 'is outside the workspace folders', () => '/dev/zero'],
    ['a FIFO', 'is not a regular file', inDocs('pipe.bib', (file) => spawnSync('mkfifo', [file]))],
    ['a symlink to /dev/zero', 'is outside', inDocs('zero.bib', (file) => fs.symlinkSync('/dev/zero', file))],
    [
      'a sparse file over the limit',
      'is larger than 10 MB',
      inDocs('big.bib', (file) => {
        fs.writeFileSync(file, '');
        fs.truncateSync(file, 11e6);
      }),
    ],
    ['a ../ path out of the workspace', 'is outside', () => '../../outside.bib'],
    ['an absolute path outside', 'is outside', () => outside],
    ['a file: URL outside', 'is outside', () => pathToFileURL(outside).href],
    ['a symlink out of the workspace', 'is outside', inDocs('link.bib', (file) => fs.symlinkSync(outside, file))],
    ['/proc/self/environ#.json', 'is outside', () => '/proc/self/environ#.json'],
    ['a folder', 'is not a regular file', () => '../shared'],
  ];
  for (const [name, why, make] of hostile) {
    it(`${name}: a diagnostic on the declaration saying why, and nothing is read`, () => {
      const declared = make();
      const { fileSystem, reads } = spy(true);
      const messages = bibliographyMessages(fileSystem, declared);
      assert.equal(messages.length, 1, `one diagnostic: ${messages}`);
      assert.match(messages[0]!, new RegExp(`^Bibliography ${declared.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${why}`));
      assert.deepEqual(reads, []);
    });
  }

  it('reads files anywhere in the workspace when trusted, only in the document folder when not', () => {
    const trusted = spy();
    assert.deepEqual(bibliographyMessages(trusted.fileSystem, 'refs.bib'), []);
    assert.deepEqual(bibliographyMessages(trusted.fileSystem, '../shared/refs.bib'), []);
    assert.equal(trusted.reads.length, 2);
    const untrusted = spy();
    assert.deepEqual(bibliographyMessages(untrusted.fileSystem, 'refs.bib', false), []);
    assert.deepEqual(bibliographyMessages(untrusted.fileSystem, '../shared/refs.bib', false), [
      "Bibliography ../shared/refs.bib is outside the document's folder (after resolving links), so it is not read: its citations cannot be checked.",
    ]);
    assert.equal(untrusted.reads.length, 1);
  });

  it('a symlink inside the workspace to a file inside it is read', () => {
    fs.symlinkSync(path.join(workspace, 'shared', 'refs.bib'), path.join(docs, 'linked.bib'));
    const { fileSystem } = spy();
    const lint = service(fileSystem);
    const diagnostics = lint.diagnostics(documentIn(paper('linked.bib')));
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'unknown-reference'),
      [],
    );
  });

  it('is parsed once per change of the file, not once per edit', () => {
    const { fileSystem, reads } = spy();
    const lint = service(fileSystem);
    const unknown = (version: number, extra: string) =>
      lint
        .diagnostics(documentIn(`${paper('refs.bib')}${extra}`, version))
        .filter((d) => d.code === 'unknown-reference').length;
    for (let version = 1; version <= 5; version++) assert.equal(unknown(version, 'x'.repeat(version)), 0);
    assert.equal(reads.length, 1, 'read (and parsed) once across five edits');
    fs.writeFileSync(path.join(docs, 'refs.bib'), BIB.replace('june2018', 'other20199'));
    assert.equal(unknown(6, 'y'), 1, 'the changed file is read again: its key is gone');
    assert.equal(reads.length, 2);
    assert.equal(unknown(7, 'z'), 1);
    assert.equal(reads.length, 2);
  });

  it('an edit costs about as much with a 20,000-entry bibliography as with a 20-entry one', () => {
    // Its entries were indexed by key again at each edit: 24 ms an edit against 1 ms (min of 30, loaded machine).
    const fastestEdit = (entries: number) => {
      const bib = Array.from(
        { length: entries },
        (_, i) => `@article{key${i},\n  title = {Title ${i}},\n  year = {2020}\n}\n`,
      );
      fs.writeFileSync(path.join(docs, `refs${entries}.bib`), `${BIB}${bib.join('')}`);
      const lint = service(nodeFileSystem);
      const text = `${paper(`refs${entries}.bib`)}Cited last [@key${entries - 1}].\n`;
      let fastest = Number.POSITIVE_INFINITY;
      for (let version = 1; version <= 15; version++) {
        const document = documentIn(`${text}${'x'.repeat(version)}\n`, version);
        const started = performance.now();
        const unknown = lint.diagnostics(document).filter((d) => d.code === 'unknown-reference');
        if (version > 1) fastest = Math.min(fastest, performance.now() - started);
        assert.deepEqual(unknown, [], 'every key is found in the file');
      }
      return fastest;
    };
    const small = fastestEdit(20);
    const large = fastestEdit(20_000);
    assert.ok(
      large < 5 * small + 2,
      `an edit: ${large.toFixed(1)} ms with 20,000 entries, ${small.toFixed(1)} ms with 20`,
    );
  });
});

describe("node's file system reads only regular files, never past the limit", () => {
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-fs-'))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const read = (file: string, maxBytes?: number) => nodeFileSystem.readFile(pathToFileURL(file).href, maxBytes);

  it('gives nothing for a device, a FIFO, a /proc file or a file over the limit', function () {
    if (process.platform !== 'linux') this.skip(); // /proc is Linux's
    assert.equal(read('/dev/zero'), undefined);
    spawnSync('mkfifo', [path.join(tmp, 'pipe')]);
    assert.equal(read(path.join(tmp, 'pipe')), undefined);
    assert.equal(read('/proc/self/environ'), undefined);
    fs.writeFileSync(path.join(tmp, 'five'), '12345');
    assert.equal(read(path.join(tmp, 'five'), 4), undefined);
    assert.equal(read(path.join(tmp, 'five'), 5), '12345');
  });

  it('stat resolves links and tells files from the rest', () => {
    fs.writeFileSync(path.join(tmp, 'a.bib'), BIB);
    fs.symlinkSync(path.join(tmp, 'a.bib'), path.join(tmp, 'b.bib'));
    const stat = nodeFileSystem.stat!(pathToFileURL(path.join(tmp, 'b.bib')).href)!;
    assert.equal(stat.realUri, pathToFileURL(fs.realpathSync(path.join(tmp, 'a.bib'))).href);
    assert.equal(stat.kind, 'file');
    assert.equal(stat.size, BIB.length);
    assert.equal(nodeFileSystem.stat!(pathToFileURL(tmp).href)!.kind, 'directory');
    assert.equal(nodeFileSystem.stat!(pathToFileURL(path.join(tmp, 'none')).href), undefined);
  });
});
