import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';

// The CLI end to end, in a child process with a time limit: a bibliography that is a device, a FIFO, a
// link out of the folder or a /proc file gives a diagnostic, never a hang or the file's content.
describe('CLI: bibliographies that are not regular files inside the current folder', () => {
  let tmp: string;
  before(function () {
    if (process.platform !== 'linux') this.skip(); // /proc and mkfifo
  });
  beforeEach(() => (tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-hostile-')))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('each gets a diagnostic; the run ends and shows nothing of the files in JSON or SARIF', () => {
    const project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    spawnSync('mkfifo', [path.join(project, 'pipe.bib')]);
    fs.symlinkSync('/dev/zero', path.join(project, 'zero.bib'));
    fs.writeFileSync(path.join(tmp, 'secret.json'), '[{"id": "leaked", "title": "THERAPY_LINT_SECRET_TITLE"}]');
    fs.writeFileSync(path.join(project, 'big.bib'), '');
    fs.truncateSync(path.join(project, 'big.bib'), 300e6);
    const declared = [
      '/dev/zero',
      'pipe.bib',
      'zero.bib',
      'big.bib',
      '../secret.json',
      path.join(tmp, 'secret.json'),
      '/proc/self/environ#.json',
    ];
    fs.writeFileSync(
      path.join(project, 'paper.md'),
      `---\nbibliography:\n${declared.map((p) => `  - ${p}\n`).join('')}---\n\nCAR T cells were reviewed [@leaked].\n`,
    );
    const env = { ...process.env, THERAPY_LINT_SECRET: 'environment-secret-1234' };
    for (const format of ['json', 'sarif']) {
      const run = runCli(['--format', format, 'paper.md'], { cwd: project, env });
      assert.equal(run.status, 1, run.stderr);
      for (const secret of ['environment-secret-1234', 'THERAPY_LINT_SECRET', 'THERAPY_LINT_SECRET_TITLE', 'PATH='])
        assert.equal(run.stdout.includes(secret), false, `${format} shows ${secret}`);
      const messages = [...run.stdout.matchAll(/Bibliography ([^"]*?) (?:is|could)/g)].map((m) => m[1]);
      assert.deepEqual(messages, declared, format);
    }
  });
});
