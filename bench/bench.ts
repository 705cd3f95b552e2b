// `npm run bench`: generates manuscripts from the knowledge base and times the service, the CLI and the
// bundled LSP server. Never run as a unit test: timings depend on the machine.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  buildKnowledgeBase,
  builtInDataDir,
  loadKnowledgeBase,
  readDataFiles,
  schemaPath,
} from '../server/src/kb/load';
import type { KnowledgeBase } from '../server/src/kb/types';
import { KnowledgeIndex } from '../server/src/kb/index';
import { analyze } from '../server/src/document/analysis';
import { checkClaims } from '../server/src/claims/engine';
import { RELATIONS } from '../server/src/claims/relations/all.generated';
import { createLanguageService } from '../server/src/service/index';
import { LspClient } from '../test/robustness/lspClient';
import { generateClaimDense, generateLines, generateManuscript, random } from './generate';
import { benchMemory, overLimit, ownPeakRssKb, PEAK_RSS_KB } from './memory';

const root = path.resolve(__dirname, '..');
process.env.THERAPY_LINT_ROOT = root;
const quick = process.argv.includes('--quick');
/**
 * `--against DIR`: another checkout, built (its dist/ and data/), whose CLI runs beside this one's in the start-up and
 * workload rows, alternating with it: a change is measured against its start in the same run and under the same load.
 */
const againstAt = process.argv.indexOf('--against');
const against = againstAt >= 0 ? path.resolve(process.argv[againstAt + 1] ?? '') : undefined;
const dbDirs = process.env.THERAPY_LINT_BENCH_DB ? [process.env.THERAPY_LINT_BENCH_DB] : [builtInDataDir()];
const SIZES = [
  { label: '10 kB', bytes: 10_000, runs: 50 },
  { label: '100 kB', bytes: 100_000, runs: 30 },
  { label: '1 MB', bytes: 1_000_000, runs: quick ? 3 : 10 },
  { label: '10 MB', bytes: 10_000_000, runs: quick ? 1 : 3 },
];

interface Row {
  measure: string;
  median: number;
  p95: number;
  unit: string;
  target?: string;
  ok?: boolean;
  runs: number;
  /** Why the bench could not measure this figure (its median and p95 are then no figures). */
  missing?: string;
}
const rows: Row[] = [];

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: rank(0.5), p95: rank(0.95) };
}

function record(
  measure: string,
  samples: number[],
  unit = 'ms',
  target?: { value: number; on: 'median' | 'p95' },
): Row {
  // A figure the bench could not take is said to be missing, never printed as NaN against a target.
  if (!samples.length || samples.some((s) => !Number.isFinite(s))) return notMeasured(measure, unit, 'no sample');
  const { median, p95 } = stats(samples);
  const row: Row = { measure, median: round(median), p95: round(p95), unit, runs: samples.length };
  if (target) {
    row.target = `${target.on} ≤ ${target.value} ${unit}`;
    row.ok = (target.on === 'median' ? median : p95) <= target.value;
  }
  rows.push(row);
  console.log(
    `  ${measure}: median ${row.median} ${unit}, p95 ${row.p95} ${unit}${row.ok === false ? '  (over target)' : ''}`,
  );
  return row;
}

/** A row the bench could not measure, and why: shown as such, with no median and no verdict on its target. */
function notMeasured(measure: string, unit: string, why: string): Row {
  const row: Row = { measure, median: Number.NaN, p95: Number.NaN, unit, runs: 0, missing: why };
  rows.push(row);
  console.log(`  ${measure}: NOT MEASURED (${why})`);
  return row;
}

const round = (n: number) => Math.round(n * 100) / 100;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function loadKb(): KnowledgeBase {
  // A custom folder (THERAPY_LINT_BENCH_DB) brings its own schema/ when it has one.
  const own = schemaPath(dbDirs[0]);
  const { kb, problems } = fs.existsSync(own)
    ? buildKnowledgeBase(readDataFiles(dbDirs).files, own)
    : loadKnowledgeBase(dbDirs);
  if (problems.length) console.warn(`knowledge base has ${problems.length} problem(s); benchmarking what loaded`);
  return kb;
}

/** Full diagnostics with a fresh service (no caches from earlier runs), the knowledge base already indexed. */
function benchService(kb: KnowledgeBase, texts: Map<string, string>): void {
  console.log('service: full diagnostics of a fresh document');
  const perMb: { label: string; bytes: number; median: number }[] = [];
  for (const size of SIZES) {
    const text = texts.get(size.label)!;
    const samples: number[] = [];
    const warmup = size.bytes >= 1_000_000 ? 1 : 2; // early runs warm up the JIT
    for (let i = 0; i < size.runs + warmup; i++) {
      const service = createLanguageService({ knowledgeBase: kb });
      const document = TextDocument.create(`file:///bench/${i}.md`, 'markdown', 1, text);
      const ms = time(() => service.diagnostics(document));
      if (i >= warmup) samples.push(ms);
    }
    const row = record(
      `service diagnostics ${size.label}`,
      samples,
      'ms',
      size.label === '1 MB' ? { value: 50, on: 'median' } : undefined,
    );
    perMb.push({ label: size.label, bytes: text.length, median: row.median });
  }
  console.log(
    '  linearity (ms per MB): ' + perMb.map((p) => `${p.label} ${round(p.median / (p.bytes / 1e6))}`).join(', '),
  );
  linearity.push(...perMb.map((p) => ({ ...p, msPerMb: round(p.median / (p.bytes / 1e6)) })));
}
const linearity: { label: string; bytes: number; median: number; msPerMb: number }[] = [];

function benchCli(files: Map<string, string>): void {
  console.log('CLI end to end (node dist/cli.js --format json FILE)');
  const db = process.env.THERAPY_LINT_BENCH_DB ? ['--db', process.env.THERAPY_LINT_BENCH_DB] : [];
  for (const size of SIZES) {
    const samples: number[] = [];
    const runs = Math.max(1, Math.ceil(size.runs / 3));
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = spawnSync(
        process.execPath,
        [path.join(root, 'dist', 'cli.js'), '--format', 'json', ...db, files.get(size.label)!],
        {
          maxBuffer: 1 << 30,
        },
      );
      samples.push(performance.now() - start);
      if (result.status === 2) throw new Error(`CLI failed: ${result.stderr}`);
    }
    record(`CLI end to end ${size.label}`, samples);
  }
}

/**
 * Start-up (issue 16): the CLI on a one-line file against bare Node running an empty script, alternating, both
 * under MEASURED_CLI. Target: CPU median at most 100 ms over Node's. The code cache is written by a first run.
 */
function benchStartup(dir: string): void {
  privateCodeCache(dir);
  console.log(`CLI start-up: one-line file vs node on an empty script (load average ${loadAverage()})`);
  const oneLine = path.join(dir, 'one-line.md');
  fs.writeFileSync(oneLine, 'Kymriah is a CAR T-cell therapy for B-cell ALL.\n');
  const empty = path.join(dir, 'empty.js');
  fs.writeFileSync(empty, '');
  const db = process.env.THERAPY_LINT_BENCH_DB ? ['--db', process.env.THERAPY_LINT_BENCH_DB] : [];
  const cli: Tool = { name: 'CLI', args: [path.join(root, 'dist', 'cli.js'), ...db, oneLine], ...noSamples() };
  const node: Tool = { name: 'node', args: [empty], ...noSamples() };
  const baseline: Tool[] = against
    ? [{ name: 'baseline CLI', args: [path.join(against, 'dist', 'cli.js'), ...db, oneLine], ...noSamples() }]
    : [];
  for (const tool of [cli, ...baseline]) measure({ ...tool, ...noSamples() }, path.join(dir, 'output'));
  const tools = [node, cli, ...baseline];
  for (let i = 0; i < (quick ? 10 : 30); i++) for (const tool of tools) measure(tool, path.join(dir, 'output'));
  record('node on an empty script: CPU', node.cpu);
  for (const tool of [cli, ...baseline]) {
    const cpu = stats(tool.cpu).median - stats(node.cpu).median;
    record(`${tool.name} on a one-line file: CPU`, tool.cpu);
    record(`${tool.name} start-up over node: CPU`, [cpu], 'ms', { value: 100, on: 'median' });
    record(`${tool.name} start-up over node: wall`, [stats(tool.wall).median - stats(node.wall).median]);
  }
}

/**
 * How far the claim-dense 1 MB manuscript's sentences get in the claim engine (issue 16): how many mention an
 * entity, and per relation how many it applies to (its prefilter passed), how many it found something in and the
 * CPU time of its checks; the engine's CPU time beside them (this process, a first run: cold, as the CLI's is).
 */
function claimFunnel(kb: KnowledgeBase, text: string): void {
  const index = new KnowledgeIndex(kb);
  const document = analyze(TextDocument.create('file:///bench/claim-dense.md', 'markdown', 1, text), index);
  const counts = new Map(RELATIONS.map((r) => [r.meta.id, { applies: 0, checked: 0, found: 0, checkMs: 0 }]));
  const cpuMs = () => process.cpuUsage().user / 1000;
  const counting = RELATIONS.map((relation) => {
    const count = counts.get(relation.meta.id)!;
    return {
      ...relation,
      applies: (sentenceText: string, mentions: Parameters<typeof relation.applies>[1]) => {
        const applies = relation.applies(sentenceText, mentions);
        if (applies) count.applies++;
        return applies;
      },
      check: (context: Parameters<typeof relation.check>[0]) => {
        const start = cpuMs();
        relation.check(context);
        count.checkMs += cpuMs() - start;
      },
    };
  });
  const start = cpuMs();
  const results = checkClaims(document, index, counting);
  const engineMs = cpuMs() - start;
  for (const result of results) for (const finding of result.findings) counts.get(finding.relation)!.found++;
  const mentioning = document.sentences.filter((s) => document.mentionsIn(s.start, s.end).length > 0).length;
  const checksMs = [...counts.values()].reduce((sum, c) => sum + c.checkMs, 0);
  console.log(
    `claim engine funnel, claim-dense 1 MB: ${document.sentences.length} sentences, ${mentioning} with a mention, ${results.length} with a finding; ${round(engineMs)} ms CPU, of which the relations' checks ${round(checksMs)} ms (the rest: prefilters, sentence preparation, discourse, periods)`,
  );
  record('claim engine, claim-dense 1 MB: CPU', [engineMs]);
  record("claim engine, claim-dense 1 MB: the relations' checks' CPU", [checksMs]);
  for (const [id, count] of counts) {
    console.log(
      `  ${id}: applies to ${count.applies} sentences, findings ${count.found}, checks ${round(count.checkMs)} ms CPU`,
    );
    rows.push({
      measure: `claim relation ${id}: sentences it applies to`,
      median: count.applies,
      p95: count.applies,
      unit: 'sentences',
      runs: 1,
    });
  }
}

/**
 * The CLI on the workloads users feel (issue 16): a claim-dense 1 MB manuscript, a citation-dense 1 MB one
 * (the examples' manuscripts and reference lists repeated) and a folder of 1,000 Markdown files of 10 kB,
 * in text and JSON: CPU and wall medians, peak RSS and output size. The output goes to a file. In the same
 * run, alternating with the CLI, the peer: textlint with textlint-rule-prh and a 16-rule dictionary (a tool
 * that does little beyond loading its framework and parsing Markdown), and on the folder the CLI on one
 * thread (`--jobs 1`) against its worker pool.
 */
function benchCliWorkloads(kb: KnowledgeBase, dir: string, only?: string): void {
  privateCodeCache(dir);
  console.log(`CLI workloads (CPU = user + system of the process, all threads; load average ${loadAverage()})`);
  const claimDense = path.join(dir, 'claim-dense-1mb.md');
  const claimDenseText = generateClaimDense(kb, 1_000_000);
  fs.writeFileSync(claimDense, claimDenseText);
  claimFunnel(kb, claimDenseText);
  const examples = ['car-t-review.md', 'manuscript-citations.md'].map((f) =>
    fs.readFileSync(path.join(root, 'examples', f), 'utf8'),
  );
  let citations = '';
  for (let i = 0; citations.length < 1_000_000; i++) citations += examples[i % examples.length] + '\n';
  const citationDense = path.join(dir, 'citation-dense-1mb.md');
  fs.writeFileSync(citationDense, citations);
  const folder = path.join(dir, 'folder-1000');
  fs.mkdirSync(folder);
  for (let i = 0; i < 1000; i++)
    fs.writeFileSync(
      path.join(folder, `doc-${String(i).padStart(4, '0')}.md`),
      generateManuscript(kb, 10_000, { seed: 1000 + i, lineWidth: 80 }),
    );
  // What a file costs beyond its text: 1,000 files of 1 kB against the same text as one file.
  const small = path.join(dir, 'folder-1000-small');
  fs.mkdirSync(small);
  const smallTexts: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const text = generateManuscript(kb, 1_000, { seed: 5000 + i, lineWidth: 80 });
    smallTexts.push(text);
    fs.writeFileSync(path.join(small, `doc-${String(i).padStart(4, '0')}.md`), text);
  }
  const smallJoined = path.join(dir, 'small-joined.md');
  fs.writeFileSync(smallJoined, smallTexts.join('\n'));
  const textlintConfig = writeTextlintConfig(kb, dir);
  const workloads = [
    { label: 'claim-dense 1 MB', target: claimDense, runs: quick ? 1 : 3 },
    { label: 'citation-dense 1 MB', target: citationDense, runs: quick ? 1 : 3 },
    { label: '1,000 files of 10 kB', target: folder, runs: quick ? 1 : 3, folder: true },
    { label: '1,000 files of 1 kB', target: small, runs: quick ? 1 : 3, folder: true },
    { label: 'the 1,000 files of 1 kB as one file', target: smallJoined, runs: quick ? 1 : 3 },
  ];
  /** CPU medians by tool, format and workload, for the per-file cost. */
  const cpuOf = new Map<string, number>();
  const db = process.env.THERAPY_LINT_BENCH_DB ? ['--db', process.env.THERAPY_LINT_BENCH_DB] : [];
  const cli = path.join(root, 'dist', 'cli.js');
  const textlint = path.join(root, 'node_modules', 'textlint', 'bin', 'textlint.js');
  for (const { label, target, runs, folder: many } of workloads.filter((w) => !only || w.label.includes(only))) {
    for (const format of ['text', 'json']) {
      const tools: Tool[] = [
        { name: 'CLI', args: [cli, '--format', format, ...db, target], ...noSamples() },
        ...(against
          ? [
              {
                name: 'baseline CLI',
                args: [path.join(against, 'dist', 'cli.js'), '--format', format, ...db, target],
                ...noSamples(),
              },
            ]
          : []),
        ...(many
          ? [{ name: 'CLI --jobs 1', args: [cli, '--jobs', '1', '--format', format, ...db, target], ...noSamples() }]
          : []),
        {
          name: 'textlint + prh',
          args: [
            textlint,
            '--no-color',
            '--config',
            textlintConfig,
            ...(format === 'json' ? ['--format', 'json'] : []),
            target,
          ],
          ...noSamples(),
        },
      ];
      // Alternating runs: a change in the machine's load falls on every tool alike.
      for (let i = 0; i < runs; i++) for (const tool of tools) measure(tool, path.join(dir, 'output'));
      console.log(`  ${format} ${label}: load average at each run's start ${loadsOf(tools)}`);
      const medians = new Map<string, { cpu: number; wall: number }>();
      for (const tool of tools) {
        const name = `${tool.name} ${format} ${label}`;
        medians.set(tool.name, {
          cpu: record(`${name}: CPU`, tool.cpu).median,
          wall: record(`${name}: wall`, tool.wall).median,
        });
        cpuOf.set(name, medians.get(tool.name)!.cpu);
        record(
          `${name}: peak RSS`,
          tool.rss,
          'MB',
          tool.name === 'CLI' && many ? { value: 400, on: 'median' } : undefined,
        );
        record(`${name}: output`, [tool.bytes / 1e6], 'MB');
      }
      // Targets as ratios on the same run (issue 16): at least 3x faster than textlint + prh in CPU time
      // (both formats on the claim-dense file, and on the folder), 1.4x faster in wall time with the pool.
      const ours = medians.get('CLI')!;
      const peer = medians.get('textlint + prh')!;
      const needsThree = label === 'claim-dense 1 MB' || label === '1,000 files of 10 kB';
      ratio(`textlint/CLI CPU, ${format} ${label}`, peer.cpu / ours.cpu, needsThree ? 3 : undefined);
      ratio(`textlint/CLI wall, ${format} ${label}`, peer.wall / ours.wall);
      const one = medians.get('CLI --jobs 1');
      if (one)
        ratio(
          `CLI --jobs 1/pool wall, ${format} ${label}`,
          one.wall / ours.wall,
          label === '1,000 files of 10 kB' ? 1.4 : undefined,
        );
      const base = medians.get('baseline CLI');
      if (base) {
        ratio(`textlint/baseline CLI CPU, ${format} ${label}`, peer.cpu / base.cpu);
        ratio(`baseline/CLI CPU, ${format} ${label}`, base.cpu / ours.cpu);
      }
    }
  }
  // The same text in 1,000 files or in one, on one thread: the difference is what a file costs beyond its text
  // (reading it, its settings, its own analysis and output), at most: the one file replays its repeated blocks
  // (the same reference entries), which separate files check again.
  for (const format of ['text', 'json']) {
    const many = cpuOf.get(`CLI --jobs 1 ${format} 1,000 files of 1 kB`);
    const one = cpuOf.get(`CLI ${format} the 1,000 files of 1 kB as one file`);
    if (many !== undefined && one !== undefined)
      record(`CLI cost per file beyond its text, ${format} (1,000 files of 1 kB against one file)`, [
        (many - one) / 1000,
      ]);
  }
}

/**
 * The CLI's code cache in a folder of this run, written once before anything is measured: the user's cache folder is
 * shared by every checkout on the machine, and a run of another build replaces the cache (each run then measured
 * compiling the bundle and writing a new cache).
 */
function privateCodeCache(dir: string): void {
  const cache = path.join(dir, 'code-cache');
  if (process.env.THERAPY_LINT_CODE_CACHE === cache) return;
  process.env.THERAPY_LINT_CODE_CACHE = cache;
  const oneLine = path.join(dir, 'warm-up.md');
  fs.writeFileSync(oneLine, 'Kymriah is a CAR T-cell therapy.\n');
  for (const build of [root, ...(against ? [against] : [])])
    spawnSync(process.execPath, [path.join(build, 'dist', 'cli.js'), oneLine]);
}

interface Tool {
  name: string;
  args: string[];
  cpu: number[];
  wall: number[];
  rss: number[];
  bytes: number;
  /** The machine's 1-minute load average as each run started: a ratio is only as fair as the load was alike. */
  load: number[];
}

const noSamples = () => ({ cpu: [], wall: [], rss: [], bytes: 0, load: [] });

/**
 * How much longer a run's wall time may be than the child's own lifetime (process.uptime at its exit) before the bench
 * says so: spawning a process takes milliseconds, so more means the wall measured something else (a pipe held open,
 * the bench itself descheduled).
 */
const WALL_SLACK_MS = 500;

/** Runs a Node program under MEASURED_CLI, its output into `outFile`, and adds its figures to `tool`. */
function measure(tool: Tool, outFile: string): void {
  const out = fs.openSync(outFile, 'w');
  tool.load.push(os.loadavg()[0]!);
  const start = performance.now();
  // The child reports its own CPU time and peak RSS as it exits.
  const result = spawnSync(process.execPath, ['-e', MEASURED_CLI, ...tool.args], {
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
  });
  tool.wall.push(performance.now() - start);
  fs.closeSync(out);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${tool.name} failed: ${result.stderr}`);
  const usage = /BENCH (\{.*\})/.exec(result.stderr)?.[1];
  if (!usage) throw new Error(`no usage from ${tool.name}: ${result.stderr}`);
  const { cpuMs, maxRssKb, uptimeMs } = JSON.parse(usage) as { cpuMs: number; maxRssKb: number; uptimeMs: number };
  const wall = tool.wall[tool.wall.length - 1]!;
  if (wall - uptimeMs > WALL_SLACK_MS)
    console.warn(`  ${tool.name}: wall ${round(wall)} ms, but the process lived ${round(uptimeMs)} ms`);
  tool.cpu.push(cpuMs);
  tool.rss.push(maxRssKb / 1024);
  tool.bytes = fs.statSync(outFile).size;
}

/** A ratio as a row, with its target (at least) when it has one. */
function ratio(measure: string, value: number, atLeast?: number): void {
  const row: Row = { measure, median: round(value), p95: round(value), unit: 'x', runs: 1 };
  if (atLeast !== undefined) {
    row.target = `≥ ${atLeast} x`;
    row.ok = value >= atLeast;
  }
  rows.push(row);
  console.log(`  ${measure}: ${row.median}x${row.ok === false ? '  (under target)' : ''}`);
}

/** The load averages the tools' runs started at, in the order they ran. */
const loadsOf = (tools: readonly Tool[]) =>
  tools[0]!.load.flatMap((_, i) => tools.map((t) => t.load[i]!.toFixed(1))).join(' ');

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/**
 * textlint's configuration: textlint-rule-prh with a dictionary of 16 rules, the knowledge base's own
 * deprecated terms and misspellings (with what to write instead), then brand names written in lower case.
 */
function writeTextlintConfig(kb: KnowledgeBase, dir: string): string {
  const rules: { expected: string; pattern: string }[] = [];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  for (const entity of kb.entities.values())
    for (const alias of entity.aliases)
      if (alias.kind === 'deprecated' || alias.kind === 'misspelling')
        rules.push({
          expected: alias.use ?? entity.name,
          pattern: `/\\b${escape(alias.text)}\\b/${alias.case === 'exact' ? '' : 'i'}`,
        });
  for (const entity of kb.entities.values())
    for (const alias of entity.aliases)
      if (alias.kind === 'brand' && /^[A-Z][a-z]+$/.test(alias.text))
        rules.push({ expected: alias.text, pattern: `/\\b${alias.text.toLowerCase()}\\b/` });
  const dictionary = path.join(dir, 'prh.yml');
  // YAML is a superset of JSON.
  fs.writeFileSync(dictionary, JSON.stringify({ version: 1, rules: rules.slice(0, 16) }, null, 2));
  const config = path.join(dir, 'textlintrc.json');
  fs.writeFileSync(config, JSON.stringify({ rules: { prh: { rulePaths: [dictionary] } } }));
  if (rules.length < 16) throw new Error(`only ${rules.length} prh rules from the knowledge base`);
  return config;
}

/** `node -e MEASURED_CLI CLI ARGS…`: runs the CLI and writes its CPU time and peak RSS (PEAK_RSS_KB) to stderr at exit. */
const MEASURED_CLI = `process.on('exit', () => {
  const r = process.resourceUsage();
  require('fs').writeSync(2, 'BENCH ' + JSON.stringify({ cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000, maxRssKb: ${PEAK_RSS_KB}, uptimeMs: process.uptime() * 1000 }) + '\\n');
});
// textlint's command is an ES module: import() loads both kinds.
import(require('url').pathToFileURL(process.argv[1]).href);`;

/** Peak RSS of a process that loads the knowledge base and checks the 10 MB manuscript once. */
function benchServiceRss(file: string): void {
  const measure = 'peak RSS, service checking 10 MB';
  const result = spawnSync(process.execPath, [__filename, '--rss', file], { encoding: 'utf8', env: process.env });
  const kb = /^peakRssKb (\d+)$/m.exec(result.stdout ?? '')?.[1];
  if (!kb) {
    const why = result.error
      ? String(result.error)
      : `the child ended with ${result.signal ? `signal ${result.signal}` : `status ${result.status}`}: ${(result.stderr ?? '').trim().split('\n').slice(-3).join(' / ') || 'no output'}`;
    notMeasured(measure, 'MB', why);
    return;
  }
  record(measure, [Number(kb) / 1024], 'MB', { value: 80, on: 'median' });
}

function rssChild(file: string): void {
  const kb = loadKb();
  const service = createLanguageService({ knowledgeBase: kb });
  const text = fs.readFileSync(file, 'utf8');
  service.diagnostics(TextDocument.create(pathToFileURL(file).href, 'markdown', 1, text));
  console.log(`peakRssKb ${ownPeakRssKb()}`);
}

/** Opens a document and waits for its first diagnostics, however long a loaded machine takes to check it. */
async function openDocument(client: LspClient, uri: string, text: string): Promise<void> {
  const published = client.diagnostics(uri, 1, 600_000);
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await published;
}

/** A server to time edits in, and what its rows are called (a baseline's rows say so). */
interface EditServer {
  client: LspClient;
  name: string;
}

/**
 * One-character edits in a prose line near the middle of an open document, alternately typed and deleted:
 * from didChange to the publishDiagnostics of that version (the first ten warm up). With several servers (a baseline
 * build, `--baseline ROOT`), each edit goes to each in turn, so that they share the machine's load alike.
 */
async function benchEdits(
  servers: readonly EditServer[],
  uri: string,
  lines: readonly string[],
  label: string,
  versions: number,
  target: { value: number; on: 'median' | 'p95' },
): Promise<void> {
  let line = Math.floor(lines.length / 2);
  while (!/^[A-Za-z]/.test(lines[line] ?? '')) line++;
  const character = lines[line]!.indexOf(' ') + 1;
  const edits = servers.map(() => [] as number[]);
  const cpu = servers.map(() => [] as number[]);
  for (let version = 2; version < versions; version++) {
    const insert = version % 2 === 0;
    const range = { start: { line, character }, end: { line, character: character + (insert ? 0 : 1) } };
    for (const [i, { client }] of servers.entries()) {
      const published = client.diagnostics(uri, version);
      const cpuStart = serverCpuMs(client);
      const start = performance.now();
      await client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text: insert ? 'x' : '' }],
      });
      await published;
      if (version < 12) continue;
      edits[i]!.push(performance.now() - start);
      cpu[i]!.push(serverCpuMs(client) - cpuStart);
    }
  }
  for (const [i, { name }] of servers.entries()) {
    record(`edit to diagnostics, 1-char edit in ${label}${name}`, edits[i]!, 'ms', target);
    // Wall time on a shared machine includes waiting for a core; the server's own CPU time does not.
    if (cpu[i]!.every(Number.isFinite)) record(`  server CPU per edit, ${label}${name}`, cpu[i]!, 'ms', target);
  }
}

/**
 * The server process's CPU time so far (all its threads, garbage collection included), in nanosecond
 * resolution from Linux's schedstat; NaN elsewhere.
 */
function serverCpuMs(client: LspClient): number {
  const tasks = `/proc/${client.process.pid}/task`;
  if (!fs.existsSync(tasks)) return Number.NaN;
  let ns = 0;
  for (const task of fs.readdirSync(tasks)) {
    try {
      ns += Number(fs.readFileSync(`${tasks}/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // A thread that ended meanwhile.
    }
  }
  return ns / 1e6;
}

/** The claim-dense 1 MB manuscript in the server: one-character edits, and what one publish weighs. */
async function benchClaimDenseEdits(kb: KnowledgeBase, servers: readonly EditServer[]): Promise<void> {
  const text = generateClaimDense(kb, 1_000_000);
  const uri = 'file:///bench/claim-dense-1mb.md';
  for (const { client } of servers) await openDocument(client, uri, text);
  await benchEdits(servers, uri, text.split('\n'), 'claim-dense 1 MB', quick ? 24 : 52, { value: 50, on: 'median' });
  const publish = servers[0]!.client.published.get(uri)!;
  const bytes = Buffer.byteLength(JSON.stringify(publish));
  record('LSP publish, claim-dense 1 MB', [bytes / 1e6], 'MB', { value: 5, on: 'median' });
  console.log(`    (${publish.diagnostics.length} diagnostics)`);
  for (const { client } of servers) await client.notify('textDocument/didClose', { textDocument: { uri } });
}

async function benchServer(kb: KnowledgeBase, files: Map<string, string>): Promise<void> {
  console.log('LSP server (dist/server.js over stdio, debounceMs 0)');
  // Cold start: spawn to the first diagnostics of a small document. Every start after the first reads
  // the code cache the first one wrote (a private cache folder here, so the bench leaves none behind).
  const small = generateManuscript(kb, 2_000, { seed: 3 });
  const coldStart = async (cacheDir: string): Promise<number> => {
    process.env.THERAPY_LINT_CODE_CACHE = cacheDir;
    const start = performance.now();
    const client = new LspClient();
    await client.initialize();
    await client.open('file:///bench/cold.md', small);
    const ms = performance.now() - start;
    await client.stop();
    return ms;
  };
  const cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-bench-cache-'));
  try {
    const first: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < (quick ? 3 : 10); i++) first.push(await coldStart(path.join(cacheRoot, `first-${i}`)));
    await coldStart(path.join(cacheRoot, 'warm'));
    for (let i = 0; i < (quick ? 5 : 10); i++) cached.push(await coldStart(path.join(cacheRoot, 'warm')));
    record('server first start ever (no code cache yet)', first, 'ms');
    record('server cold start to first diagnostics', cached, 'ms', { value: 150, on: 'median' });
  } finally {
    delete process.env.THERAPY_LINT_CODE_CACHE;
    fs.rmSync(cacheRoot, { recursive: true, force: true });
  }

  const client = new LspClient();
  await client.initialize();
  const text = generateLines(kb, 3000);
  const lines = text.split('\n');
  const uri = 'file:///bench/3000-lines.md';
  await client.open(uri, text);
  const servers = [{ client, name: '' }];
  await benchEdits(servers, uri, lines, `${lines.length}-line document`, quick ? 40 : 202, { value: 10, on: 'median' });
  await benchClaimDenseEdits(kb, servers);

  // Hover on mentions and completion after word prefixes, round trip over stdio.
  const rand = random(11);
  const hovers: number[] = [];
  const completions: number[] = [];
  const names = [...kb.entities.values()].flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]);
  const positions: { line: number; character: number }[] = [];
  lines.forEach((l, i) => {
    for (const name of names) {
      const at = l.indexOf(name);
      if (at >= 0 && positions.length < 2000) positions.push({ line: i, character: at + 1 });
    }
  });
  for (let i = 0; i < 400; i++) {
    const position = positions[Math.floor(rand() * positions.length)] ?? { line: 0, character: 0 };
    let start = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position });
    hovers.push(performance.now() - start);
    const prefixEnd = { line: position.line, character: position.character + 1 };
    start = performance.now();
    await client.request('textDocument/completion', { textDocument: { uri }, position: prefixEnd });
    completions.push(performance.now() - start);
  }
  record('hover (3,000-line document)', hovers.slice(20), 'ms', { value: 2, on: 'p95' });
  record('completion (3,000-line document)', completions.slice(20), 'ms', { value: 2, on: 'p95' });

  // Peak RSS of the server after checking the 10 MB manuscript.
  const big = fs.readFileSync(files.get('10 MB')!, 'utf8');
  await openDocument(client, 'file:///bench/10mb.md', big);
  const status = fs.readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
  record('peak RSS, LSP server with the 10 MB manuscript open', [hwm / 1024], 'MB', { value: 80, on: 'median' });
  await client.stop();
}

async function main(): Promise<void> {
  const rssAt = process.argv.indexOf('--rss');
  if (rssAt >= 0) return rssChild(process.argv[rssAt + 1]!);
  const kb = loadKb();
  const memoryAt = process.argv.indexOf('--memory');
  if (memoryAt >= 0) {
    // Only peak memory per surface: `npm run bench -- --memory [FILTER] [--against DIR] [--heap]` (FILTER picks rows
    // by input and surface; DIR is another checkout, built, measured alongside; --heap also reads the server's heap
    // kept after opening and after the edit).
    const filter = process.argv[memoryAt + 1];
    const heap = process.argv.includes('--heap');
    const rows = await benchMemory(kb, root, filter?.startsWith('--') ? undefined : filter, against, heap);
    if (rows.some((r) => r.build === root && overLimit(r))) process.exitCode = 1;
    return;
  }
  console.log(
    `knowledge base: ${kb.entities.size} entities, ${kb.sources.size} sources; node ${process.version}, ${os.cpus()[0]?.model ?? ''}`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-bench-'));
  const texts = new Map<string, string>();
  const files = new Map<string, string>();
  for (const size of SIZES) {
    const text = generateManuscript(kb, size.bytes, { seed: size.bytes, lineWidth: 0 });
    texts.set(size.label, text);
    const file = path.join(dir, `manuscript-${size.label.replace(' ', '')}.md`);
    fs.writeFileSync(file, text);
    files.set(size.label, file);
  }
  try {
    if (process.argv.includes('--edits')) {
      // Only the server's edit latency: `npm run bench -- --edits [--quick] [--baseline ROOT]`. ROOT is another
      // checkout, built (its dist/server.js and data/): its server gets the same edits, in turn with this one's.
      const baselineAt = process.argv.indexOf('--baseline');
      const servers: EditServer[] = [{ client: new LspClient(), name: '' }];
      if (baselineAt >= 0) {
        process.env.THERAPY_LINT_ROOT = path.resolve(process.argv[baselineAt + 1] ?? '');
        servers.push({ client: new LspClient(), name: ' (baseline)' });
        process.env.THERAPY_LINT_ROOT = root;
      }
      const text = generateLines(kb, 3000);
      const uri = 'file:///bench/3000-lines.md';
      for (const { client } of servers) {
        await client.initialize();
        await openDocument(client, uri, text);
      }
      const lines = text.split('\n');
      await benchEdits(servers, uri, lines, `${lines.length}-line document`, quick ? 40 : 202, {
        value: 10,
        on: 'median',
      });
      await benchClaimDenseEdits(kb, servers);
      for (const { client } of servers) await client.stop();
      printTable();
      return;
    }
    if (process.argv.includes('--funnel')) {
      // Only how far the claim-dense manuscript's sentences get in the claim engine: `npm run bench -- --funnel`.
      claimFunnel(kb, generateClaimDense(kb, 1_000_000));
      return;
    }
    if (process.argv.includes('--startup')) {
      // Only the CLI's start-up: `npm run bench -- --startup [--quick] [--against DIR]`.
      benchStartup(dir);
      printTable();
      return;
    }
    if (process.argv.includes('--service-rss')) {
      // Only the service's peak RSS on the 10 MB manuscript: `npm run bench -- --service-rss`.
      benchServiceRss(files.get('10 MB')!);
      printTable();
      return;
    }
    if (process.argv.includes('--workloads')) {
      // Only the CLI workloads: `npm run bench -- --workloads [FILTER] [--quick] [--against DIR]` (FILTER: part of a
      // workload's label, e.g. claim-dense, files).
      const filter = process.argv[process.argv.indexOf('--workloads') + 1];
      benchCliWorkloads(kb, dir, filter?.startsWith('--') ? undefined : filter);
      printTable();
      return;
    }
    benchService(kb, texts);
    benchCli(files);
    benchStartup(dir);
    benchCliWorkloads(kb, dir);
    benchServiceRss(files.get('10 MB')!);
    if (!process.env.THERAPY_LINT_BENCH_DB) await benchServer(kb, files);
    else console.log('LSP server skipped: it always loads the built-in knowledge base');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  printTable();
  fs.writeFileSync(
    path.join(root, 'bench', 'results.json'),
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, cpu: os.cpus()[0]?.model, rows, linearity },
      null,
      2,
    ) + '\n',
  );
  console.log('\nwrote bench/results.json');
}

function printTable(): void {
  const header = ['Measure', 'Median', 'p95', 'Target', ''];
  const body = rows.map((r) => [
    r.measure,
    r.missing ? `not measured: ${r.missing}` : `${r.median} ${r.unit}`,
    r.missing ? '' : `${r.p95} ${r.unit}`,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'ok' : r.unit === 'x' ? 'UNDER' : 'OVER',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log('\n' + line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
  console.log(
    '\nLinearity (service, median ms per MB): ' + linearity.map((l) => `${l.label}: ${l.msPerMb}`).join(' · '),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
