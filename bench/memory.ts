// `npm run bench -- --memory`: peak RSS of every surface (CLI text, JSON and SARIF; the LSP server opening
// the document and publishing its diagnostics) on the inputs issue 17 bounds at 500 MB: a 15 MB
// claim-dense Markdown manuscript, 15 MB of plain text, and 20,000-entry reference lists in Markdown and
// LaTeX. Each figure is one fresh process's own peak (the kernel's high-water mark), so runs do not mix.
// `--against DIR` measures another build (a checkout with its dist/) on the same inputs, each row right after this
// one's: peak RSS depends on the machine's load, so a before/after comparison is only fair from one run.
import { spawnSync } from 'node:child_process';
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

/** `node -e MEASURED CLI ARGS…`: the CLI, then its own peak RSS on stderr as it exits. */
const MEASURED = `process.on('exit', () => {
  require('fs').writeSync(2, 'PEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\\n');
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

/** The server over stdio: open the document, wait for its diagnostics, read the process's peak RSS. */
async function measureServer(root: string, input: Input): Promise<MemoryRow> {
  // The client starts the server of THERAPY_LINT_ROOT's dist.
  const own = process.env.THERAPY_LINT_ROOT;
  process.env.THERAPY_LINT_ROOT = root;
  const client = new LspClient();
  if (own === undefined) delete process.env.THERAPY_LINT_ROOT;
  else process.env.THERAPY_LINT_ROOT = own;
  try {
    await client.initialize();
    const uri = pathToFileURL(input.file).href;
    const published = client.diagnostics(uri, 1, 600_000);
    await client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: input.languageId, version: 1, text: fs.readFileSync(input.file, 'utf8') },
    });
    const diagnostics = await published;
    const status = fs.readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    const publishMb = Buffer.byteLength(JSON.stringify(client.published.get(uri))) / 1e6;
    return {
      build: root,
      input: input.label,
      surface: 'LSP server',
      peakMb: kb / 1024,
      outputMb: publishMb,
      findings: diagnostics.length,
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
): Promise<MemoryRow[]> {
  const roots = against ? [root, path.resolve(against)] : [root];
  for (const r of roots)
    if (!fs.existsSync(path.join(r, 'dist', 'cli.js'))) throw new Error(`${r} has no dist/cli.js: build it first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-memory-'));
  const rows: MemoryRow[] = [];
  try {
    const inputs = writeInputs(kb, dir);
    console.log(
      `peak RSS per surface and input (limit ${MEMORY_LIMIT_MB} MB; load average ${os.loadavg()[0]!.toFixed(2)})`,
    );
    for (const input of inputs) {
      for (const surface of ['text', 'json', 'sarif', 'server']) {
        if (only && !`${input.label} ${surface}`.includes(only)) continue;
        for (const r of roots) {
          const row = surface === 'server' ? await measureServer(r, input) : measureCli(r, input, surface, dir);
          rows.push(row);
          const which = against ? ` (${r === root ? 'this build' : r})` : '';
          console.log(`  ${row.input}, ${row.surface}${which}: ${row.peakMb.toFixed(0)} MB`);
        }
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  printMemoryTable(rows, against ? root : undefined);
  return rows;
}

/** `own`: the checkout measured against another build, whose rows are named by their folder. */
function printMemoryTable(rows: readonly MemoryRow[], own?: string): void {
  const header = [...(own ? ['Build'] : []), 'Input', 'Surface', 'Peak RSS', 'Output', ''];
  const body = rows.map((r) => [
    ...(own ? [r.build === own ? 'this' : r.build] : []),
    r.input,
    r.surface,
    `${r.peakMb.toFixed(0)} MB`,
    r.outputMb === undefined
      ? ''
      : `${r.outputMb.toFixed(1)} MB${r.findings === undefined ? '' : ` (${r.findings} published)`}`,
    r.peakMb <= MEMORY_LIMIT_MB ? 'ok' : 'OVER',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log('\n' + line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
}
