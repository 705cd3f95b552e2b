import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { nodeFileSystem } from './citations/nodeFileSystem';
import { sameFile, writeAnnotatedCopy } from './cli/annotate';
import { FORMATS, type FormatName, outputFormat } from './cli/formats';
import { addCounts, countFindings, errorsOnly, noCounts, summaryLine } from './cli/report';
import { unifiedDiff } from './cli/diff';
import { OutputWriter } from './cli/writer';
import { fixUntilDone } from './service/languageFeatures/fixAll';
import { closest, distance } from 'fastest-levenshtein';
import { collectFiles, shardOf, type FileProblem } from './service/files';
import {
  checkKnowledgeBase,
  exportVocabulary,
  knowledgeBaseStats,
  VOCABULARY_FORMATS,
  type VocabularyFormat,
} from './service/knowledgeBase';
import type { DataProblem } from './kb/load';
import { PROJECT_CONFIG } from './service/projectConfig';
import { lintFiles, Workspace } from './service/workspace';

// CLI wiring only: files in, the language service's diagnostics out.
const USAGE = `Usage: therapy-lint [--format text|json|sarif|html] [--db DIR]... [--config FILE] [--quiet] [--max-warnings N]
                    [--shard I/N] PATH...
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

async function main(argv: string[]): Promise<number> {
  const started = performance.now();
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
  const fixMode = values['fix-dry-run'] ? 'dry-run' : values.fix ? 'write' : undefined;
  if (fixMode === 'dry-run' && format !== 'text') throw new UsageError('--fix-dry-run prints a diff: no --format');

  const rawSettings = values.config ? readJson(values.config) : undefined;
  for (const dir of values.db ?? []) if (!isDirectory(dir)) throw new UsageError(`--db ${dir}: not a folder`);
  // The workspace is the project's folder (the farthest .therapy-lint.json above the current folder, within
  // its repository), or the current folder, and the configuration's: documents name bibliographies inside
  // them, and project files are read up to them. Its knowledge base is the built-in data or the --db
  // folders, with the workspace's .therapy-lint/*.json and the project files' knowledge-base folders.
  const workspace = new Workspace({
    roots: [projectRoot(process.cwd()), ...(values.config ? [path.dirname(path.resolve(values.config))] : [])],
    trusted: true,
    workspaceData: true,
    dataDirs: values.db?.length ? values.db : undefined,
    fileSystem: nodeFileSystem,
    oneShot: true,
  });
  const { warnings, problems } = workspace.configure(rawSettings);
  for (const warning of warnings) process.stderr.write(`therapy-lint: --config ${values.config}: ${warning}\n`);
  const reportDataProblems = (list: readonly DataProblem[]) => {
    for (const p of list)
      process.stderr.write(
        `therapy-lint: ${p.file}${p.line !== undefined ? `:${p.line + 1}` : ''} ${p.pointer}: ${p.message}\n`,
      );
  };
  reportDataProblems(problems);
  // What a later --db folder changes in an earlier one is said, but is no error.
  if (problems.some((p) => p.severity !== 'information')) return 2;
  const service = workspace.service!;
  /** A broken project file (or a data folder it names) fails the run once every file is checked. */
  let badConfiguration = false;
  const reportConfigProblems = () => {
    const taken = workspace.takeProblems();
    if (!taken) return;
    for (const list of taken.config.values())
      for (const p of list) {
        badConfiguration ||= p.severity === 'error';
        process.stderr.write(
          `therapy-lint: ${path.relative(process.cwd(), p.file)}:${p.line + 1}: ${p.severity}: ${p.message}\n`,
        );
      }
    reportDataProblems(taken.data);
    badConfiguration ||= taken.data.some((p) => p.severity !== 'information');
  };

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
  const output = outputFormat(format as FormatName, service.rules, service.index, {
    version: readVersion(),
    baseDir: process.cwd(),
  });
  const out = new OutputWriter(process.stdout);
  const counts = noCounts();
  let any = false;
  let failed = false;
  // Awaits only when the stream is full: most writes just append to the pending chunk.
  const write = (text: string) => out.write(text);
  await write(output.head);
  // Text output prints no fixes: none is computed (an annotated .docx shows their titles). Sources are named by id.
  const fixOptions = { fixEdits: format !== 'text', fixTitles: format !== 'text' || annotate !== undefined };
  const lintOptions = { ...fixOptions, onProblem };
  for (const checked of lintFiles(workspace, files, lintOptions)) {
    const { file, skipped, ignored, failed: why, word } = checked;
    let text = checked.text;
    let all = checked.diagnostics;
    reportConfigProblems();
    // Left out by the project's ignorePaths, as if not named.
    if (ignored) continue;
    if (skipped) {
      // Not checked, so not counted as checked.
      process.stderr.write(`therapy-lint: ${file}: ${skipped}\n`);
      counts.skipped++;
      continue;
    }
    if (why) {
      // Never a silent pass: a document that could not be read fails the run.
      process.stderr.write(`therapy-lint: ${file}: ${why}\n`);
      counts.skipped++;
      failed = true;
      continue;
    }
    // Word files are never changed: only their findings are reported.
    if (fixMode && !word && checked.document && checked.service) {
      const fixed = fixUntilDone(checked.service, checked.document);
      for (const change of fixed.changes)
        process.stderr.write(
          `therapy-lint: ${file}:${change.line + 1}:${change.character + 1} ${fixMode === 'write' ? 'fixed' : 'would fix'} ${change.code}: ${change.title}\n`,
        );
      if (fixed.document !== checked.document) {
        if (fixMode === 'write') fs.writeFileSync(file, fixed.document.getText());
        else
          await write(
            unifiedDiff(file.split(path.sep).join('/'), checked.document.getText(), fixed.document.getText()),
          );
        all = checked.service.diagnostics(fixed.document, fixOptions);
        text = fixed.document.getText();
      }
      if (fixMode === 'dry-run') {
        addCounts(counts, countFindings(values.quiet ? errorsOnly(all) : all));
        continue;
      }
    }
    const diagnostics = values.quiet ? errorsOnly(all) : all;
    addCounts(counts, countFindings(diagnostics));
    if (annotate !== undefined && word)
      process.stderr.write(
        `therapy-lint: ${writeAnnotatedCopy(file, annotate, word, diagnostics, (checked.service ?? service).index)}\n`,
      );
    let first = true;
    for (const piece of output.file({ file, diagnostics, word, text })) {
      if (first && any) await write(output.between);
      first = false;
      await write(piece);
    }
    any ||= !first;
  }
  reportConfigProblems();
  await write(output.tail(any));
  await out.end();

  process.stderr.write(summaryLine(counts, performance.now() - started) + '\n');
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

/**
 * The farthest folder from `cwd` upwards holding a project file, without leaving the repository (the
 * first folder with .git); `cwd` when none does.
 */
function projectRoot(cwd: string): string {
  let root = cwd;
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, PROJECT_CONFIG))) root = dir;
    if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return root;
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
