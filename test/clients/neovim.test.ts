import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runJson } from '../helpers/cli';
import { BUNDLED_SERVER, REPO_ROOT } from '../helpers/repo';
import { copyWorkspace } from '../e2e/prepare';
import { missingInput } from '../helpers/missing';

// Neovim's built-in LSP client against `dist/server.js --stdio`: the server is a plain LSP server.
const PROBE = path.join(REPO_ROOT, 'test', 'clients', 'neovim', 'probe.lua');

interface NeovimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  code: string;
  source: string;
  severity: number;
  message: string;
}

interface ProbeResult {
  published: boolean;
  diagnostics: NeovimDiagnostic[];
  hover: { contents: { kind: string; value: string } } | null;
  nvim: string;
}

const nvimVersion = spawnSync('nvim', ['--version'], { encoding: 'utf8' });

describe('Neovim (headless) as an LSP client of dist/server.js --stdio', function () {
  this.timeout(60_000);
  let workspace: string;

  before(function () {
    if (nvimVersion.error || nvimVersion.status !== 0)
      missingInput(this, 'nvim is not installed (apt-get install neovim)');
    workspace = copyWorkspace(fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-nvim-')));
  });

  after(() => {
    if (workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  });

  function probe(file: string, filetype: string, hoverAt: { line: number; character: number }): ProbeResult {
    const out = path.join(path.dirname(workspace), `${file}.json`);
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-S', PROBE], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 45_000,
      env: {
        ...process.env,
        PROBE_FILE: path.join(workspace, file),
        PROBE_FILETYPE: filetype,
        PROBE_ROOT: workspace,
        PROBE_NODE: process.execPath,
        PROBE_SERVER: BUNDLED_SERVER,
        PROBE_OUT: out,
        PROBE_HOVER_LINE: String(hoverAt.line),
        PROBE_HOVER_CHARACTER: String(hoverAt.character),
      },
    });
    assert.ok(fs.existsSync(out), `Neovim wrote no result (status ${run.status}):\n${run.stdout}\n${run.stderr}`);
    return JSON.parse(fs.readFileSync(out, 'utf8')) as ProbeResult;
  }

  it('shows the same diagnostics as the CLI and a hover card for a product', () => {
    const text = fs.readFileSync(path.join(workspace, 'claims.md'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('Kymriah'));
    const result = probe('claims.md', 'markdown', { line, character: 2 });
    assert.ok(result.published, `Neovim ${result.nvim} received no diagnostics`);
    const expected = runJson(['claims.md'], { cwd: workspace })[0]!.diagnostics.map(
      (d) =>
        `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`,
    );
    const seen = result.diagnostics.map((d) => `${d.code} ${d.lnum}:${d.col}-${d.end_lnum}:${d.end_col} ${d.message}`);
    assert.deepEqual(seen.sort(), expected.sort());
    assert.ok(result.diagnostics.every((d) => d.source === 'therapy-lint'));
    assert.ok(result.hover, 'a hover');
    assert.equal(result.hover.contents.kind, 'markdown');
    assert.match(result.hover.contents.value, /tisagenlecleucel/i);
  });
});
