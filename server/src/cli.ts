import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import * as v8 from 'node:v8';
import { nodeFileSystem } from './citations/nodeFileSystem';
import { sameFile } from './cli/annotate';
import { FORMATS, type FormatName, outputFormat } from './cli/formats';
import { dataProblemLines } from './cli/outcome';
import {
  checkFile,
  cliWorkspace,
  ONE_THREAD_V8_FLAGS,
  pooledOutcomes,
  poolWorkerSetup,
  runPoolWorker,
} from './cli/pool';
import { addCounts, noCounts, summaryLine } from './cli/report';
import { OutputWriter } from './cli/writer';
import { closest, distance } from 'fastest-levenshtein';
import { collectFiles, shardOf, type FileProblem } from './service/files';
import {
  checkKnowledgeBase,
  exportVocabulary,
  knowledgeBaseStats,
  VOCABULARY_FORMATS,
  type VocabularyFormat,
} from './service/knowledgeBase';
import { PROJECT_CONFIG } from './service/projectConfig';
import { Workspace } from './service/workspace';

// CLI wiring only: files in, the language service's diagnostics out.
const USAGE = `Usage: therapy-lint [--format text|json|sarif|html] [--db DIR]... [--config FILE] [--quiet] [--max-warnings N]
                    [--shard I/N] [--jobs N] PATH...
       therapy-lint --annotate OUT.docx [options] FILE.docx
       therapy-lint kb check|stats [--format text|json] [--db DIR]...
       therapy-lint kb export --format cspell|vale|ltex|harper [--db DIR]...

Checks Markdown (.md), plain-text (.txt), LaTeX (.tex) and Word (.docx) files against the knowledge base.
A PATH is a file, a folder, a quoted glob pattern ("docs/**/*.md"), or - to read one path per line from
stdin. A Word file's findings are told by paragraph (¶12, footnote 3) with the flagged text and its heading;
.doc, .odt and .pdf files cannot be checked (save them as .docx), and a damaged one is an error (exit 2).

Options:
  -f, --format FORMAT   text (default): file:line:col severity code message
                        json: [{ "file", "diagnostics": [LSP Diagnostic], "sources": { id: source } }]
                        sarif: SARIF 2.1.0 (GitHub code scanning)
                        html: a reviewer's report, one self-contained page (summary, chart, each
                        document with its findings in place, filters); redirect it to a file
  -q, --quiet           report errors only
  --max-warnings N      exit 1 when there are more than N warnings
  --db DIR              use this knowledge-base folder instead of the built-in one (repeatable)
  --config FILE         JSON settings (same keys as the editor's therapyLint.* settings)
  --fix                 apply every fix that needs no choice (a misspelling with one candidate, a deprecated
                        term, an abbreviation's expansion; never a claim) to the files, print each change on
                        stderr, and report what is left
  --fix-dry-run         the same without writing: print the changes as a unified diff on stdout
  --shard I/N           check only the I-th of N shares of the files (sorted by path, dealt out in turn),
                        to spread a large repository over N CI jobs
  -j, --jobs N          check files on N threads (default: the number of CPUs); 1 checks them one by one
                        on the main thread. The output is the same either way.
  --annotate OUT.docx   write a copy of the one .docx checked with each finding as a Word comment on its
                        text (the .docx itself is never changed)
  -h, --help            show this help
  -v, --version         show the version

The kb command works on the knowledge base (the built-in one, or the --db folders):
  check    schema, source ids that resolve, every fact sourced (errors); approvals whose newest source is
           more than a year older than the knowledge base's date, pending decisions past their date (warnings)
  stats    entities by type, facts by kind and by their most authoritative source, sources by kind
  export   the glossary's words as a vocabulary: cspell (dictionary file), vale (accept.txt),
           ltex (the ltex.dictionary setting) or harper (user dictionary), on stdout

A summary line (files, findings by severity, time) goes to stderr.
Exit status: 0 no errors, 1 an error-severity finding or too many warnings, 2 bad usage, a bad data file,
a path that does not exist or a document that could not be checked (the other paths are still checked).`;

const KB_COMMANDS = ['check', 'stats', 'export'];

/** Anything the user can fix on the command line: one line, exit 2. */
class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  db: { type: 'string', multiple: true },
  config: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  shard: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  annotate: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** parseArgs' own messages run over several lines; ours name the option and the nearest known one. */
function usageErrorOf(error: unknown): UsageError {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const name = option.replace(/^-+/, '').replace(/=.*/, '');
    const nearest = closest(name, Object.keys(OPTIONS));
    const near = nearest && nearest.length > 1 && distance(name, nearest) <= 2 ? `; did you mean --${nearest}?` : '';
    return new UsageError(`unknown option ${option}${near}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return new UsageError(`${option} needs a value`);
  return new UsageError(message.split('\n')[0]!);
}

/** `--shard I/N`: 1 ≤ I ≤ N. */
function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || !(count >= 1 && index >= 1 && index <= count))
    throw new UsageError(`--shard ${value}: expected I/N with 1 ≤ I ≤ N, e.g. --shard 2/4`);
  return { index, count };
}

/** `--jobs N`: N ≥ 1. */
function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!(Number.isInteger(jobs) && jobs >= 1))
    throw new UsageError(`--jobs ${value}: expected a whole number, 1 or more`);
  return jobs;
}

async function main(argv: string[]): Promise<number> {
  // Not performance.now(): its first use loads perf_hooks, a few milliseconds of every start.
  const started = process.hrtime.bigint();
  // A reader that closes the pipe early (`therapy-lint kb check | head`) ends the output, not the run: every
  // command writes to stdout through this stream, and what it writes after EPIPE goes nowhere.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  // biome-ignore lint/suspicious/noImplicitAnyLet: TypeScript types it from the parseArgs call below
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw usageErrorOf(error);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  const format = values.format!;
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings ${values['max-warnings']}: expected a whole number, 0 or more`);
  }
  if (positionals[0] === 'kb' && KB_COMMANDS.includes(positionals[1] ?? '')) {
    if (positionals.length > 2) throw new UsageError(`kb ${positionals[1]} takes no paths: ${positionals[2]}`);
    return knowledgeBaseCommand(positionals[1]!, format, values.db ?? [], maxWarnings);
  }
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format "${format}" (${FORMATS.join(', ')})`);
  if (positionals.length === 0) throw new UsageError('no files or folders given');
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const fixMode = values['fix-dry-run'] ? ('dry-run' as const) : values.fix ? ('write' as const) : undefined;
  if (fixMode === 'dry-run' && format !== 'text') throw new UsageError('--fix-dry-run prints a diff: no --format');

  const rawSettings = values.config ? readJson(values.config) : undefined;
  for (const dir of values.db ?? []) if (!isDirectory(dir)) throw new UsageError(`--db ${dir}: not a folder`);
  const setup = { config: values.config, rawSettings, dbs: values.db };
  const workspace = cliWorkspace(setup);
  const { warnings, problems } = workspace.configure(rawSettings);
  for (const warning of warnings) process.stderr.write(`therapy-lint: --config ${values.config}: ${warning}\n`);
  for (const line of dataProblemLines(problems)) process.stderr.write(line);
  // What a later --db folder changes in an earlier one is said, but is no error.
  if (problems.some((p) => p.severity !== 'information')) return 2;
  const service = workspace.service!;

  // A path left out (a FIFO, a dangling or outside symbolic link, an unreadable file) is one line; the rest is checked.
  const onProblem = (problem: FileProblem) =>
    process.stderr.write(`therapy-lint: ${problem.path}: ${problem.message}\n`);
  // A path that does not exist is reported, the others are checked, and the run exits 2.
  let missing = 0;
  const onMissing = (problem: FileProblem) => {
    missing++;
    onProblem(problem);
  };
  const collected = collectFiles(positionals, () => fs.readFileSync(0, 'utf8'), onProblem, onMissing);
  const files = shard ? shardOf(collected, shard.index, shard.count) : collected;
  const annotate = values.annotate;
  if (annotate !== undefined) {
    if (files.length !== 1 || !/\.docx$/i.test(files[0]!) || !/\.docx$/i.test(annotate))
      throw new UsageError('--annotate OUT.docx takes one .docx file to check, and writes a .docx');
    if (sameFile(files[0]!, annotate))
      throw new UsageError(
        `--annotate ${annotate}: that is the file being checked; Word files are never changed in place`,
      );
  }
  // Each file's findings are written as they come, finding by finding, and then dropped.
  const version = readVersion();
  const output = outputFormat(format as FormatName, service.rules, service.index, {
    version,
    baseDir: process.cwd(),
  });
  const out = new OutputWriter(process.stdout);
  const counts = noCounts();
  let any = false;
  let failed = false;
  let badConfiguration = false;
  // Awaits only when the stream is full: most writes just append to the pending chunk.
  const write = (text: string) => out.write(text);
  await write(output.head);
  const quiet = values.quiet ?? false;
  // Text output prints no fixes: none is computed (an annotated .docx shows their titles). Sources are named by id.
  const outcomeOptions = {
    output,
    quiet,
    fixEdits: format !== 'text',
    fixTitles: format !== 'text' || annotate !== undefined,
    fixMode,
    annotate,
  };
  // Many files go to worker threads, unless the run writes files (--fix, --annotate) or the HTML report,
  // which needs every file's findings and text on this thread.
  const jobs = Math.min(values.jobs === undefined ? os.availableParallelism() : parseJobs(values.jobs), files.length);
  const pooled = jobs > 1 && !fixMode && annotate === undefined && format !== 'html';
  if (!pooled) v8.setFlagsFromString(ONE_THREAD_V8_FLAGS);
  const checkHere = (file: string) => checkFile(workspace, file, outcomeOptions);
  const outcomes = pooled
    ? pooledOutcomes(
        files,
        checkHere,
        { ...setup, format: format as FormatName, quiet, version, baseDir: process.cwd() },
        jobs,
        path.join(__dirname, 'cli.js'),
        process.env.THERAPY_LINT_WORKERS_ONLY === '1',
      )
    : (function* () {
        for (const file of files) yield checkHere(file);
      })();
  // Two workers may both read a project file first: its problems are said once.
  const said = new Set<string>();
  for await (const outcome of outcomes) {
    for (const line of outcome.configLines) {
      if (said.has(line)) continue;
      said.add(line);
      process.stderr.write(line);
    }
    for (const line of outcome.messages) process.stderr.write(line);
    for (const raw of outcome.raw) {
      const full = write(raw);
      if (full) await full;
    }
    failed ||= outcome.failed;
    badConfiguration ||= outcome.badConfiguration;
    let first = true;
    for (const piece of outcome.pieces) {
      if (first && any) await write(output.between);
      first = false;
      // Not `await write(piece)`: an await on nothing still costs a turn of the event loop's microtasks, per piece.
      const full = write(piece);
      if (full) await full;
    }
    any ||= !first;
    // Counted as they were written.
    addCounts(counts, outcome.counts);
  }
  await write(output.tail(any));
  await out.end();

  process.stderr.write(summaryLine(counts, Number(process.hrtime.bigint() - started) / 1e6) + '\n');
  if (badConfiguration)
    process.stderr.write(
      `therapy-lint: a ${PROJECT_CONFIG} or a knowledge-base file it names has errors (see above)\n`,
    );
  if (missing > 0)
    process.stderr.write(
      `therapy-lint: ${missing === 1 ? 'a path does' : `${missing} paths do`} not exist (see above)\n`,
    );
  if (failed || badConfiguration || missing > 0) return 2;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) {
    process.stderr.write(`therapy-lint: ${counts.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return counts.errors > 0 ? 1 : 0;
}

/** `therapy-lint kb check|stats|export`: the knowledge base itself, through the service's knowledge-base tools. */
function knowledgeBaseCommand(command: string, format: string, dbs: string[], maxWarnings?: number): number {
  for (const dir of dbs) if (!isDirectory(dir)) throw new UsageError(`--db ${dir}: not a folder`);
  const workspace = new Workspace({
    roots: [process.cwd()],
    trusted: true,
    workspaceData: false,
    dataDirs: dbs.length ? dbs : undefined,
    fileSystem: nodeFileSystem,
  });
  const { problems } = workspace.configure(undefined);
  const kb = workspace.service!.index.kb;
  if (command === 'export') {
    if (!(VOCABULARY_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`kb export --format ${format}: expected one of ${VOCABULARY_FORMATS.join(', ')}`);
    process.stdout.write(exportVocabulary(kb, format as VocabularyFormat));
    return 0;
  }
  if (format !== 'text' && format !== 'json') throw new UsageError(`kb ${command} --format ${format}: text or json`);
  if (command === 'stats') {
    const stats = knowledgeBaseStats(kb);
    if (format === 'json') process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
    else {
      const line = (title: string, counts: Record<string, number>) =>
        `${title}: ${Object.entries(counts)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}\n`;
      process.stdout.write(
        `knowledge base as of ${stats.asOf}\n` +
          line('entities by type', stats.entitiesByType) +
          line('sourced facts by kind', stats.factsByKind) +
          line('sources by kind', stats.sourcesByKind) +
          line('facts by their most authoritative source', stats.factsByBestSource) +
          `unverified facts: ${stats.unverified}\n`,
      );
    }
    return 0;
  }
  const items = checkKnowledgeBase(kb, problems);
  const errors = items.filter((i) => i.severity === 'error').length;
  const warnings = items.length - errors;
  if (format === 'json') process.stdout.write(JSON.stringify(items, null, 2) + '\n');
  else
    for (const item of items)
      process.stdout.write(
        `${item.file ? `${path.relative(process.cwd(), item.file)} ` : ''}${item.pointer} ${item.severity} ${item.message}\n`,
      );
  process.stderr.write(`therapy-lint kb check: ${errors} errors, ${warnings} warnings (as of ${kb.meta.asOf})\n`);
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--config ${file}: ${(error as Error).message}`);
  }
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function readVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

const workerSetup = poolWorkerSetup();
if (workerSetup) runPoolWorker(workerSetup);
else
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error) => {
      if (error instanceof UsageError) {
        process.stderr.write(`therapy-lint: ${error.message} (therapy-lint --help shows the usage)\n`);
      } else {
        process.stderr.write(`therapy-lint: internal error: ${(error as Error).message}\n`);
      }
      process.exitCode = 2;
    },
  );
