import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { readWordDocument } from '../../server/src/word/document';
import { BUNDLED_CLI } from '../helpers/repo';
import { runCli } from '../helpers/cli';
import { sarifValidator } from '../helpers/sarif';
import { MANUSCRIPT, partText, tempDir, wordFile } from '../helpers/word';

// The CLI on Word files end to end (the bundled dist/cli.js and its dist/word.js).
describe('CLI: Word files', () => {
  let dir: string;
  let docx: Buffer;

  before(async () => {
    dir = tempDir();
    docx = await wordFile(MANUSCRIPT);
    fs.writeFileSync(path.join(dir, 'paper.docx'), docx);
    fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nKymriah targets BCMA.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('tells each finding by paragraph, with the flagged text and its heading', () => {
    const run = runCli(['paper.docx'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.ok(
      lines.includes(
        'paper.docx:¶4 error unsupported-claim Kymriah is not approved for multiple myeloma. It is approved for B-cell ALL, LBCL and FL. — “Kymriah is approved for multiple myeloma.” (under “Approvals”)',
      ),
      run.stdout,
    );
    assert.ok(
      lines.some(
        (l) =>
          l.startsWith('paper.docx:¶8 warning misspelled-term') && l.includes('— “tisagenlecleucal” (under “Safety”)'),
      ),
    );
    assert.match(run.stderr, /1 file, 4 errors/);
  });

  it('JSON carries each finding’s location; SARIF its paragraph, snippet and heading, and no fix edits', () => {
    const json = JSON.parse(runCli(['--format', 'json', 'paper.docx'], { cwd: dir }).stdout) as {
      diagnostics: { code: string; location: unknown; data: { fixes: { edits?: unknown }[] } }[];
    }[];
    const misspelled = json[0]!.diagnostics.find((d) => d.code === 'misspelled-term')!;
    assert.deepEqual(misspelled.location, {
      label: '¶8',
      paragraph: 8,
      heading: 'Safety',
      snippet: 'tisagenlecleucal',
    });
    assert.ok(misspelled.data.fixes.length > 0 && misspelled.data.fixes.every((f) => f.edits === undefined));
    const sarif = JSON.parse(runCli(['--format', 'sarif', 'paper.docx'], { cwd: dir }).stdout) as Sarif.Log;
    const validate = sarifValidator();
    assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
    const result = sarif.runs[0]!.results!.find((r) => r.ruleId === 'misspelled-term')!;
    assert.deepEqual(result.locations![0]!.physicalLocation!.region, {
      startLine: 8,
      snippet: { text: 'tisagenlecleucal' },
    });
    assert.equal(result.locations![0]!.logicalLocations![0]!.fullyQualifiedName, 'Safety › ¶8');
    assert.equal(result.fixes, undefined);
  });

  it('a damaged .docx, a .doc, an .odt and a .pdf each fail the run (exit 2) with advice; the rest is checked', () => {
    fs.writeFileSync(path.join(dir, 'damaged.docx'), docx.subarray(0, 2000));
    fs.writeFileSync(path.join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    fs.writeFileSync(path.join(dir, 'draft.odt'), 'PK');
    fs.writeFileSync(path.join(dir, 'paper.pdf'), '%PDF-1.7');
    const run = runCli(['damaged.docx', 'old.doc', 'draft.odt', 'paper.pdf', 'notes.md'], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /damaged\.docx: cannot be checked: the file is damaged/);
    assert.match(run.stderr, /old\.doc: a Word 97–2003 document cannot be checked: save it as \.docx/);
    assert.match(run.stderr, /draft\.odt: an OpenDocument text cannot be checked: save it as \.docx/);
    assert.match(run.stderr, /paper\.pdf: a PDF cannot be checked/);
    assert.match(run.stdout, /notes\.md:3:1 error unsupported-claim/, 'the readable file is still checked');
    for (const name of ['damaged.docx', 'old.doc', 'draft.odt', 'paper.pdf']) fs.rmSync(path.join(dir, name));
  });

  it('a folder walk checks .docx files and leaves out Word’s ~$ lock files', () => {
    const folder = path.join(dir, 'walk');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'paper.docx'), docx);
    fs.writeFileSync(path.join(folder, '~$paper.docx'), Buffer.alloc(162));
    const run = runCli(['--format', 'json', 'walk'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      (JSON.parse(run.stdout) as { file: string }[]).map((f) => f.file),
      [path.join('walk', 'paper.docx')],
    );
    fs.rmSync(folder, { recursive: true });
  });

  it('--annotate writes a commented copy that reads back, and never the checked file', () => {
    const before = fs.readFileSync(path.join(dir, 'paper.docx'));
    const run = runCli(['--annotate', 'reviewed.docx', 'paper.docx'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /wrote reviewed\.docx: 9 comments/);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'paper.docx')), before);
    const copy = fs.readFileSync(path.join(dir, 'reviewed.docx'));
    assert.equal(readWordDocument(copy).text, readWordDocument(before).text);
    const comments = partText(copy, 'word/comments.xml')!;
    assert.equal([...comments.matchAll(/<w:comment /g)].length, 9);
    assert.match(comments, /Warning \(misspelled-term\): &quot;tisagenlecleucal&quot; looks like a misspelling/);
    assert.match(comments, /Source: [^<]+https:\/\//, 'the knowledge base’s sources, with links');

    const inPlace = runCli(['--annotate', 'paper.docx', 'paper.docx'], { cwd: dir });
    assert.equal(inPlace.status, 2);
    assert.match(inPlace.stderr, /never changed in place/);
    assert.equal(runCli(['--annotate', 'x.docx', 'notes.md'], { cwd: dir }).status, 2);
  });

  it('loads the Word bundle only for a .docx', () => {
    // A preload that reports every module loaded from dist/word.js.
    const hook = path.join(dir, 'hook.js');
    fs.writeFileSync(
      hook,
      `const Module = require('module'); const load = Module._load;
       Module._load = function (request, parent, ...rest) {
         if (/word\\.js$/.test(request)) process.stderr.write('LOADED-WORD-BUNDLE\\n');
         return load.call(this, request, parent, ...rest);
       };`,
    );
    const run = (file: string) =>
      spawnSync(process.execPath, ['--require', hook, BUNDLED_CLI, file], { cwd: dir, encoding: 'utf8' }).stderr;
    assert.doesNotMatch(run('notes.md'), /LOADED-WORD-BUNDLE/);
    assert.match(run('paper.docx'), /LOADED-WORD-BUNDLE/);
  });
});
