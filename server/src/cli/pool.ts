import * as fs from 'node:fs';
import * as path from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { nodeFileSystem } from '../citations/nodeFileSystem';
import { PROJECT_CONFIG } from '../service/projectConfig';
import { lintFiles, Workspace } from '../service/workspace';
import { type FormatName, outputFormat } from './formats';
import { type FileOutcome, type OutcomeOptions, outcomeOf, quietOutcome, takeConfigProblems } from './outcome';
import { noCounts } from './report';

// Many files are checked by a pool of worker threads, each with its own workspace (knowledge base and
// services), while the main thread writes each file's output in the order of the files.

/** What the CLI's workspace is made of: the same on the main thread and in each worker. */
export interface CliSetup {
  /** --config's file and its settings. */
  config?: string;
  rawSettings: unknown;
  /** --db folders. */
  dbs?: string[];
}

/** What a worker needs besides the workspace to write a file's output. */
export interface PoolSetup extends CliSetup {
  format: FormatName;
  quiet: boolean;
  version: string;
  baseDir: string;
}

/**
 * The workspace is the project's folder (the farthest .therapy-lint.json above the current folder, within
 * its repository), or the current folder, and the configuration's: documents name bibliographies inside
 * them, and project files are read up to them. Its knowledge base is the built-in data or the --db
 * folders, with the workspace's .therapy-lint/*.json and the project files' knowledge-base folders.
 */
export function cliWorkspace(setup: CliSetup): Workspace {
  return new Workspace({
    roots: [projectRoot(process.cwd()), ...(setup.config ? [path.dirname(path.resolve(setup.config))] : [])],
    trusted: true,
    workspaceData: true,
    dataDirs: setup.dbs?.length ? setup.dbs : undefined,
    fileSystem: nodeFileSystem,
    oneShot: true,
  });
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

/**
 * Checks one file: what it writes and counts, with the problems found on the way (an unreadable file,
 * the project files first read for it). A failure inside the check fails this file only.
 */
export function checkFile(workspace: Workspace, file: string, options: OutcomeOptions): FileOutcome {
  const messages: string[] = [];
  const onProblem = (problem: { path: string; message: string }) =>
    messages.push(`therapy-lint: ${problem.path}: ${problem.message}\n`);
  let outcome: FileOutcome | undefined;
  try {
    // Left out by the project's ignorePaths (as if not named), or unreadable: nothing but messages.
    const { fixEdits, fixTitles } = options;
    for (const checked of lintFiles(workspace, [file], { fixEdits, fixTitles, onProblem, streamed: true }))
      if (!checked.ignored) outcome = outcomeOf(checked, options);
  } catch (error) {
    const counts = noCounts();
    counts.skipped++;
    outcome = quietOutcome([`therapy-lint: ${file}: internal error: ${(error as Error).message}\n`], counts, true);
  }
  const config = takeConfigProblems(workspace);
  outcome ??= quietOutcome([], noCounts());
  return {
    ...outcome,
    configLines: config.lines,
    messages: [...messages, ...outcome.messages],
    badConfiguration: outcome.badConfiguration || config.bad,
  };
}

/** A worker's answer: the outcome with its output joined into one string. */
interface Done {
  index: number;
  outcome: Omit<FileOutcome, 'pieces'> & { output: string; printed: boolean };
}

/**
 * V8 flags for a run on one thread: young-generation collections without helper threads, which on two cores cost
 * more CPU than they save (medians of 6–8 alternating runs, CPU: claim-dense 1 MB text 2.13 → 1.99 s, JSON 3.58 →
 * 3.33 s; 100 files of 10 kB, JSON, --jobs 1, 3.35 → 3.14 s). A pool was not faster for it (1,000 files: 25.1 →
 * 26.7 s), so it keeps them. Read at each collection: safe to set once V8 runs, unlike the marking flags.
 */
export const ONE_THREAD_V8_FLAGS = '--no-parallel-scavenge';

/** Files sent to a worker before it answers: the one it checks and the next, so that it never waits for one. */
const IN_FLIGHT = 2;

/** Marks the data a worker is started with. */
const WORKER_KEY = 'therapyLintWorker';

/** The pool's setup when this thread is one of its workers. */
export function poolWorkerSetup(): PoolSetup | undefined {
  return parentPort ? (workerData as Record<string, PoolSetup> | undefined)?.[WORKER_KEY] : undefined;
}

/** A worker: once ready, checks each file the main thread sends and answers with its outcome. */
export function runPoolWorker(setup: PoolSetup): void {
  const workspace = cliWorkspace(setup);
  // The main thread has reported the settings' and the data's problems already.
  workspace.configure(setup.rawSettings);
  const service = workspace.service!;
  const options: OutcomeOptions = {
    output: outputFormat(setup.format, service.rules, service.index, {
      version: setup.version,
      baseDir: setup.baseDir,
    }),
    quiet: setup.quiet,
    fixEdits: setup.format !== 'text',
    fixTitles: setup.format !== 'text',
  };
  const port = parentPort!;
  port.on('message', (task: { index: number; file: string }) => {
    const { pieces, ...outcome } = checkFile(workspace, task.file, options);
    let output = '';
    let printed = false;
    for (const piece of pieces) {
      output += piece;
      printed = true;
    }
    const done: Done = { index: task.index, outcome: { ...outcome, output, printed } };
    port.postMessage(done);
  });
  port.postMessage('ready');
}

/**
 * The files' outcomes in the order of `files`, checked on `size` threads: this one (`checkHere`) and
 * `size - 1` workers started from `workerFile`. A worker takes files once it has loaded its knowledge base;
 * until then (and whenever the next file to write is not ready) this thread checks the next file itself,
 * so a short run never waits for a worker to start. Each worker holds its next file before it answers the
 * one it checks (IN_FLIGHT): files are handed out by this thread, which is often busy checking one itself,
 * and a worker with nothing queued waited for it. At most a few files per thread are checked ahead of
 * the one to be written next: a slow consumer holds back the checking rather than piling up results. A
 * worker that dies fails the file it was checking (the run then exits 2), the files queued to it are
 * checked again, and it is replaced.
 */
export async function* pooledOutcomes(
  files: readonly string[],
  checkHere: (file: string) => FileOutcome,
  setup: PoolSetup,
  size: number,
  workerFile: string,
  /** This thread checks files only when no worker is left (tests: so that the workers surely check). */
  workersOnly = false,
): AsyncGenerator<FileOutcome> {
  const ahead = size * 4;
  const results = new Map<number, FileOutcome>();
  /** Per ready worker, the files sent to it and not yet answered, in the order it checks them. */
  const queued = new Map<Worker, number[]>();
  const workers = new Set<Worker>();
  /** Files sent to a worker that died before it began them: handed out again first. */
  const again: number[] = [];
  let dispatched = 0;
  let written = 0;
  let closing = false;
  let wake: (() => void) | undefined;
  const settle = (index: number, outcome: FileOutcome) => {
    results.set(index, outcome);
    wake?.();
  };
  const canTake = () => again.length > 0 || (dispatched < files.length && dispatched < written + ahead);
  const take = () => (again.length ? again.shift()! : dispatched++);
  const dispatch = () => {
    for (const [worker, mine] of queued)
      while (mine.length < IN_FLIGHT && canTake()) {
        const index = take();
        mine.push(index);
        worker.postMessage({ index, file: files[index] });
      }
  };
  const start = (): void => {
    const worker = new Worker(workerFile, { workerData: { [WORKER_KEY]: setup } });
    let answered = false;
    worker.on('message', (message: Done | 'ready') => {
      if (message === 'ready') queued.set(worker, []);
      else {
        answered = true;
        queued.get(worker)!.shift();
        const { output, printed, ...rest } = message.outcome;
        settle(message.index, { ...rest, pieces: printed ? [output] : [] });
      }
      dispatch();
    });
    let lost: Error | undefined;
    worker.on('error', (error) => (lost ??= error));
    worker.on('exit', (code) => {
      workers.delete(worker);
      if (closing) return;
      const [index, ...waiting] = queued.get(worker) ?? [];
      queued.delete(worker);
      again.push(...waiting);
      again.sort((a, b) => a - b);
      if (index !== undefined) {
        const counts = noCounts();
        counts.skipped++;
        const why = lost?.message ?? `the worker thread stopped (exit code ${code})`;
        settle(index, quietOutcome([`therapy-lint: ${files[index]}: internal error: ${why}\n`], counts, true));
      }
      // One that never answered would fail again the same way: this thread checks the rest.
      if (answered && (again.length > 0 || dispatched < files.length)) start();
      dispatch();
      wake?.();
    });
    workers.add(worker);
  };
  try {
    for (let i = 1; i < size; i++) start();
    while (written < files.length) {
      const outcome = results.get(written);
      if (outcome) {
        results.delete(written++);
        dispatch();
        yield outcome;
      } else if (canTake() && !(workersOnly && workers.size > 0)) {
        const index = take();
        settle(index, checkHere(files[index]!));
        // Lets the workers' answers in before the next check here.
        await new Promise((resolve) => setImmediate(resolve));
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    }
  } finally {
    closing = true;
    await Promise.all([...workers].map((worker) => worker.terminate()));
  }
}
