import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateMixed } from '../../bench/generate';
import { BUNDLED_CLI, REPO_ROOT } from '../helpers/repo';
import { builtInKnowledgeBase } from '../helpers/service';

// Memory, not time, and relative: what each further MB of a document costs at the CLI's peak (the process's
// own high-water mark), between a small and a larger claim-dense document, so that what any run costs anyway
// (Node, the knowledge base, the bundle) does not count. Issue 17 bounds a 15 MB document at 500 MB.
// Measured (JSON with fix edits, 0.5 → 3 MB): 56 MB per MB while each rule's findings were kept until it finished
// and V8 let its heap grow to 4× what survived a collection; 33 since (a 15 MB document: 1,200 → 705 MB).
const PEAK_MB_PER_MB = 45;
const SMALL = 500_000;
const LARGE = 3_000_000;

function realTexts(): string[] {
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
      .sort();
  return [
    ...['car-t-review.md', 'manuscript-citations.md', 'patient-leaflet.txt'].map((f) =>
      path.join(REPO_ROOT, 'examples', f),
    ),
    ...files(path.join(REPO_ROOT, 'test', 'fixtures', 'real-corpus', 'docs')),
    ...files(path.join(REPO_ROOT, 'test', 'fixtures', 'real-heldout', 'docs')),
  ].map((f) => fs.readFileSync(f, 'utf8'));
}

/** `node -e MEASURED CLI ARGS…`: the CLI, then its own peak RSS on stderr as it exits (as `npm run bench` measures). */
const MEASURED = `process.on('exit', () => {
  require('fs').writeSync(2, 'PEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\\n');
});
require(process.argv[1]);`;

describe('CLI: memory grows slowly with the document', function () {
  this.timeout(300_000);
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-memory-'))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** Peak RSS in MB of the CLI's JSON (fix edits included) on a mixed document of `bytes`, and its findings. */
  function peak(bytes: number, texts: string[]): { mb: number; findings: number } {
    const file = path.join(tmp, `large-${bytes}.md`);
    fs.writeFileSync(file, generateMixed(builtInKnowledgeBase(), bytes, texts));
    const run = spawnSync(process.execPath, ['-e', MEASURED, BUNDLED_CLI, '--format', 'json', file], {
      cwd: tmp,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const kb = /PEAK_RSS_KB (\d+)/.exec(run.stderr)?.[1];
    assert.equal(run.status, 1, `the CLI failed:\n${run.stderr.slice(-2000)}`);
    assert.ok(kb, run.stderr.slice(-2000));
    const [result] = JSON.parse(run.stdout) as { diagnostics: unknown[] }[];
    return { mb: Number(kb) / 1024, findings: result!.diagnostics.length };
  }

  it(`each further MB of claims and real documents costs under ${PEAK_MB_PER_MB} MB at the peak (JSON with fix edits)`, () => {
    const texts = realTexts();
    const small = peak(SMALL, texts);
    const large = peak(LARGE, texts);
    assert.ok(large.findings > 12_000, `${large.findings} findings`);
    const perMb = (large.mb - small.mb) / ((LARGE - SMALL) / 1e6);
    console.log(
      `      peak RSS ${small.mb.toFixed(0)} MB at ${SMALL / 1e6} MB, ${large.mb.toFixed(0)} MB at ${LARGE / 1e6} MB: ${perMb.toFixed(1)} MB per MB`,
    );
    assert.ok(perMb < PEAK_MB_PER_MB, `${perMb.toFixed(1)} MB per MB of input`);
  });
});
