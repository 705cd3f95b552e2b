// `npm run bench -- --memory`: peak RSS of every surface (CLI text, JSON and SARIF; the LSP server opening
// the document and publishing its diagnostics) on the inputs issue 17 bounds at 500 MB: a 15 MB
// claim-dense Markdown manuscript, 15 MB of plain text, and 20,000-entry reference lists in Markdown and
// LaTeX. Each figure is one fresh process's own peak (the kernel's high-water mark), so runs do not mix.
// `--against DIR` measures another build (a checkout with its dist/) on the same inputs, each row right after this
// one's: peak RSS depends on the machine's load, so a before/after comparison is only fair from one run.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KnowledgeBase } from '../server/src/kb/types';
import { LspClient } from '../test/robustness/lspClient';
import { generateClaimDense, generateManuscript, generateReferenceList } from './generate';

export const MEMORY_LIMIT_MB = 500;

interface Input {
  label: string;
  file: string;
  languageId: string;
}

export interface MemoryRow {
  /** Which build: this checkout, or the one given with --against. */
  build: string;
  input: string;
  surface: string;
  peakMb: number;
  outputMb?: number;
  findings?: number;
  /** Server only: its peak while one word inserted mid-document is checked (the high-water mark reset before). */
  editPeakMb?: number;
  /** Server only, with --heap: heap used after forced full collections, after opening and after the edit. */
  keptMb?: [number, number];
  /** Server only: seconds from opening to the diagnostics, and from the edit to its diagnostics (load-dependent). */
  seconds?: [number, number];
  /** Server only: a hash of the diagnostics published on open and after the edit, to compare builds. */
  published?: string;
}

function writeInputs(kb: KnowledgeBase, dir: string): Input[] {
  const inputs: { label: string; name: string; languageId: string; text: () => string }[] = [
    {
      label: '15 MB claim-dense Markdown',
      name: 'claim-dense.md',
      languageId: 'markdown',
      text: () => generateClaimDense(kb, 15_000_000),
    },
    {
      label: '15 MB plain text',
      name: 'manuscript.txt',
      languageId: 'plaintext',
      text: () => generateManuscript(kb, 15_000_000, { seed: 15, lineWidth: 80 }),
    },
    {
      label: '20,000 references, Markdown',
      name: 'references.md',
      languageId: 'markdown',
      text: () => generateReferenceList(20_000, 'markdown'),
    },
    {
      label: '20,000 references, LaTeX',
      name: 'references.tex',
      languageId: 'latex',
      text: () => generateReferenceList(20_000, 'latex'),
    },
  ];
  return inputs.map(({ label, name, languageId, text }) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text());
    return { label, file, languageId };
  });
}

/**
 * A process's own peak RSS in kB, as JavaScript to run in it: the kernel's high-water mark of its memory (VmHWM), where
 * Linux gives it. Not `process.resourceUsage().maxRSS`: on Linux a spawned child's maxRSS starts at its parent's RSS
 * (the forked copy's peak carries over the exec), so every child of the bench read at least the bench's own size.
 */
export const PEAK_RSS_KB = `(() => {
  try {
    return Number(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
})()`;

/** This process's own peak RSS in kB (see PEAK_RSS_KB). */
export function ownPeakRssKb(): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))![1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

/** `node -e MEASURED CLI ARGS…`: the CLI, then its own peak RSS on stderr as it exits. */
const MEASURED = `process.on('exit', () => {
  require('fs').writeSync(2, 'PEAK_RSS_KB ' + ${PEAK_RSS_KB} + '\\n');
});
require(process.argv[1]);`;

function measureCli(root: string, input: Input, format: string, dir: string): MemoryRow {
  const outFile = path.join(dir, `output.${format}`);
  const out = fs.openSync(outFile, 'w');
  const cli = path.join(root, 'dist', 'cli.js');
  const run = spawnSync(process.execPath, ['-e', MEASURED, cli, '--format', format, input.file], {
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    cwd: dir,
  });
  fs.closeSync(out);
  const kb = /PEAK_RSS_KB (\d+)/.exec(run.stderr)?.[1];
  if ((run.status !== 0 && run.status !== 1) || !kb)
    throw new Error(`CLI --format ${format} on ${input.label} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const bytes = fs.statSync(outFile).size;
  fs.rmSync(outFile);
  return {
    build: root,
    input: input.label,
    surface: `CLI ${format}`,
    peakMb: Number(kb) / 1024,
    outputMb: bytes / 1e6,
  };
}

/**
 * Preloaded into the server with --heap: on SIGUSR2, two full collections (gc exposed at run time), then the heap
 * used on stderr. Forcing them before the edit lowers the edit's peak a little: compare runs made the same way.
 */
const HEAP_PROBE = `const v8 = require('node:v8');
v8.setFlagsFromString('--expose-gc');
const gc = require('node:vm').runInNewContext('gc');
process.on('SIGUSR2', () => {
  gc(); gc();
  process.stderr.write('HEAP_KEPT ' + process.memoryUsage().heapUsed + '\\n');
});`;

function hwmMb(pid: number): number {
  return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

async function heapKeptMb(client: LspClient): Promise<number> {
  const from = client.logs.length;
  client.process.kill('SIGUSR2');
  for (let waited = 0; waited < 120_000; waited += 50) {
    for (const log of client.logs.slice(from)) {
      const used = /HEAP_KEPT (\d+)/.exec(log.message)?.[1];
      if (used) return Number(used) / 2 ** 20;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server did not report its heap');
}

/**
 * The server over stdio: open the document, wait for its diagnostics, read the process's peak RSS; then reset the
 * peak, insert one word in the middle of the document, wait for that version's diagnostics and read the peak again.
 */
async function measureServer(root: string, input: Input, probe?: string): Promise<MemoryRow> {
  // The client starts the server of THERAPY_LINT_ROOT's dist.
  const own = { root: process.env.THERAPY_LINT_ROOT, options: process.env.NODE_OPTIONS };
  process.env.THERAPY_LINT_ROOT = root;
  if (probe) process.env.NODE_OPTIONS = `${own.options ?? ''} --require ${probe}`;
  const client = new LspClient();
  for (const [name, value] of [
    ['THERAPY_LINT_ROOT', own.root],
    ['NODE_OPTIONS', own.options],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  const pid = client.process.pid!;
  try {
    await client.initialize();
    const uri = pathToFileURL(input.file).href;
    const text = fs.readFileSync(input.file, 'utf8');
    const published = client.diagnostics(uri, 1, 600_000);
    const opened = performance.now();
    await client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: input.languageId, version: 1, text },
    });
    const diagnostics = await published;
    const openS = (performance.now() - opened) / 1000;
    const peakMb = hwmMb(pid);
    const onOpen = JSON.stringify(client.published.get(uri)?.diagnostics);
    const keptOpen = probe ? await heapKeptMb(client) : 0;
    // Writing 5 to clear_refs resets the high-water mark, so the next reading is the edit's own peak.
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const middle = text.lastIndexOf('\n', text.length >> 1) + 1;
    const before = text.slice(0, middle);
    const line = before.split('\n').length - 1;
    const edited = client.diagnostics(uri, 2, 600_000);
    const editing = performance.now();
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Notably ' }],
    });
    await edited;
    const editS = (performance.now() - editing) / 1000;
    const editPeakMb = hwmMb(pid);
    const afterEdit = JSON.stringify(client.published.get(uri)?.diagnostics);
    const keptEdit = probe ? await heapKeptMb(client) : 0;
    const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 8);
    return {
      build: root,
      input: input.label,
      surface: 'LSP server',
      peakMb,
      outputMb: Buffer.byteLength(onOpen) / 1e6,
      findings: diagnostics.length,
      editPeakMb,
      keptMb: probe ? [keptOpen, keptEdit] : undefined,
      seconds: [openS, editS],
      published: `${hash(onOpen)} ${hash(afterEdit)}`,
    };
  } finally {
    await client.stop();
  }
}

export async function benchMemory(
  kb: KnowledgeBase,
  root: string,
  only?: string,
  against?: string,
  heap = false,
): Promise<MemoryRow[]> {
  const roots = against ? [root, path.resolve(against)] : [root];
  for (const r of roots)
    if (!fs.existsSync(path.join(r, 'dist', 'cli.js'))) throw new Error(`${r} has no dist/cli.js: build it first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-memory-'));
  const rows: MemoryRow[] = [];
  try {
    const inputs = writeInputs(kb, dir);
    const probe = heap ? path.join(dir, 'heap-probe.js') : undefined;
    if (probe) fs.writeFileSync(probe, HEAP_PROBE);
    console.log(
      `peak RSS per surface and input (limit ${MEMORY_LIMIT_MB} MB; load average ${os.loadavg()[0]!.toFixed(2)})`,
    );
    for (const input of inputs) {
      for (const surface of ['text', 'json', 'sarif', 'server']) {
        if (only && !`${input.label} ${surface}`.includes(only)) continue;
        for (const r of roots) {
          const row = surface === 'server' ? await measureServer(r, input, probe) : measureCli(r, input, surface, dir);
          rows.push(row);
          const which = against ? ` (${r === root ? 'this build' : r})` : '';
          const edit = row.editPeakMb === undefined ? '' : `, edit ${row.editPeakMb.toFixed(0)} MB`;
          const kept = row.keptMb ? `, heap kept ${row.keptMb.map((m) => m.toFixed(0)).join('/')} MB` : '';
          const hashes = row.published ? ` [published ${row.published}]` : '';
          const took = row.seconds ? `, ${row.seconds.map((t) => t.toFixed(1)).join('/')} s` : '';
          console.log(
            `  ${row.input}, ${row.surface}${which}: ${row.peakMb.toFixed(0)} MB${edit}${kept}${took}${hashes}`,
          );
        }
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  printMemoryTable(rows, against ? root : undefined);
  return rows;
}

export function overLimit(row: MemoryRow): boolean {
  return Math.max(row.peakMb, row.editPeakMb ?? 0) > MEMORY_LIMIT_MB;
}

/** `own`: the checkout measured against another build, whose rows are named by their folder. */
function printMemoryTable(rows: readonly MemoryRow[], own?: string): void {
  const header = [...(own ? ['Build'] : []), 'Input', 'Surface', 'Peak RSS', 'Edit peak', 'Output', ''];
  const body = rows.map((r) => [
    ...(own ? [r.build === own ? 'this' : r.build] : []),
    r.input,
    r.surface,
    `${r.peakMb.toFixed(0)} MB`,
    r.editPeakMb === undefined ? '' : `${r.editPeakMb.toFixed(0)} MB`,
    r.outputMb === undefined
      ? ''
      : `${r.outputMb.toFixed(1)} MB${r.findings === undefined ? '' : ` (${r.findings} published)`}`,
    overLimit(r) ? 'OVER' : 'ok',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log('\n' + line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
}
