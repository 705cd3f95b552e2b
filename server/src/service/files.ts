import { pushAll } from '../util/sorted';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { languageOfPath } from '../text/languages';
import { isWordLockFile, isWordPath } from '../word/load';

// tinyglobby, and the picomatch it loads, only for a pattern: loading them cost every start-up about 5 ms.
type Globber = typeof import('tinyglobby');
let globber: Globber | undefined;
const tinyglobby = (): Globber => (globber ??= require('tinyglobby') as Globber);

// File discovery for the CLI and "Lint Workspace": one walker. Only regular files are ever opened (a FIFO
// named x.md would block the read forever), symbolic links are followed only to places inside the folders
// being walked (so `docs/x -> /` cannot make a walk crawl the file system), and each real folder is read
// once (so a link loop ends).

/** A path left out, and why: reported (one line each), never fatal. */
export interface FileProblem {
  path: string;
  message: string;
}
export type OnFileProblem = (problem: FileProblem) => void;

export interface WalkOptions {
  /** At most this many files (the first ones in name order). */
  limit?: number;
  onProblem?: OnFileProblem;
  /**
   * Also Word files (.docx), and .doc and .odt files to report as such (the CLI): not Lint Workspace,
   * whose findings the editor shows in text documents.
   */
  documents?: boolean;
}

/** Whether a walk checks (or, for .doc and .odt, reports) a file of this name. */
function walked(name: string, documents: boolean | undefined): boolean {
  if (languageOfPath(name) !== undefined) return true;
  return documents === true && (isWordPath(name) || /\.(?:doc|odt)$/i.test(name)) && !isWordLockFile(name);
}

/**
 * Every file with a checked extension under the folders, in name order, leaving out hidden folders and
 * node_modules.
 */
export function lintableFiles(folders: readonly string[], options: WalkOptions = {}): string[] {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const report = options.onProblem ?? (() => {});
  const roots = folders.flatMap((folder) => {
    try {
      return [fs.realpathSync(folder)];
    } catch (error) {
      report({ path: folder, message: `cannot read folder: ${reason(error)}` });
      return [];
    }
  });
  const visited = new Set<string>();
  const files: string[] = [];
  const walk = (dir: string, real: string): void => {
    if (visited.has(real)) return;
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      report({ path: dir, message: `cannot read folder: ${reason(error)}` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (files.length >= limit) return;
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      const lintable = walked(entry.name, options.documents);
      if (entry.isDirectory()) walk(full, path.join(real, entry.name));
      else if (entry.isFile()) {
        if (lintable) files.push(full);
      } else if (entry.isSymbolicLink()) {
        const target = resolveLink(full, roots, real);
        if ('message' in target) report({ path: full, message: target.message });
        else if (target.directory) walk(full, target.real);
        else if (lintable) files.push(full);
      } else if (lintable) report({ path: full, message: `${specialKind(full)}, not a regular file; skipped` });
    }
  };
  for (const [i, folder] of folders.entries()) {
    const root = roots[i];
    if (root !== undefined) walk(folder, root);
  }
  return files;
}

/**
 * The command line's inputs as files, in order and without duplicates: a file is taken as is; a folder
 * is walked; `-` reads one path per line from stdin; a glob pattern (quoted, so the shell leaves it
 * alone) matches checked files below its fixed leading folders. A path that does not exist, or a pattern
 * that matches nothing, goes to `onMissing` and the rest is still collected.
 */
export function collectFiles(
  inputs: readonly string[],
  readStdin: () => string,
  onProblem: OnFileProblem = () => {},
  onMissing: OnFileProblem = onProblem,
): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      const listed = readStdin()
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      for (const file of listed) pushAll(files, expandPath(file, 'stdin', onProblem, onMissing));
    } else if (!fs.existsSync(input) && tinyglobby().isDynamicPattern(input)) {
      const matched = globFiles(input, onProblem);
      if (matched.length === 0)
        onMissing({ path: input, message: 'no .md, .txt, .tex or .docx file matches this pattern' });
      pushAll(files, matched);
    } else {
      pushAll(files, expandPath(input, 'argument', onProblem, onMissing));
    }
  }
  return [...new Set(files.map((f) => path.normalize(f)))];
}

function expandPath(
  input: string,
  origin: 'argument' | 'stdin',
  report: OnFileProblem,
  onMissing: OnFileProblem,
): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(input);
  } catch {
    onMissing({ path: input, message: `no such file or folder${origin === 'stdin' ? ' (read from stdin)' : ''}` });
    return [];
  }
  if (stat.isSymbolicLink()) {
    // Named by the user, so followed wherever it points (but only to a regular file or a folder).
    const target = resolveLink(input);
    if ('message' in target) {
      report({ path: input, message: target.message });
      return [];
    }
    return target.directory ? folderFiles(input, report) : [input];
  }
  if (stat.isDirectory()) return folderFiles(input, report);
  if (stat.isFile()) return [input];
  report({ path: input, message: `${specialKind(input)}, not a regular file; skipped` });
  return [];
}

/** A folder named by the user: one holding nothing to check is said, never passed over in silence. */
function folderFiles(folder: string, report: OnFileProblem): string[] {
  const files = lintableFiles([folder], { onProblem: report, documents: true });
  if (files.length === 0) report({ path: folder, message: 'no .md, .txt, .tex or .docx file in this folder' });
  return files;
}

/**
 * tinyglobby walks and matches; symbolic links it meets are resolved through `realpathSync`, which here
 * refuses links out of the pattern's fixed leading folders, loops and dangling links, each reported.
 */
function globFiles(pattern: string, report: OnFileProblem): string[] {
  let root: string;
  try {
    root = fs.realpathSync(fixedBase(pattern));
  } catch {
    return [];
  }
  const reported = new Set<string>();
  const reportOnce = (problem: FileProblem) => {
    if (reported.has(problem.path)) return;
    reported.add(problem.path);
    report(problem);
  };
  const realpathSync = (link: string): string => {
    const target = resolveLink(link, [root]);
    if ('message' in target) {
      reportOnce({ path: path.relative(process.cwd(), link) || link, message: target.message });
      throw new Error(target.message);
    }
    return target.real;
  };
  // The crawler drops entries that are neither files, folders nor links, so a FIFO or device the pattern matches
  // would vanish without a word: shown to it as files, they are matched, then reported by lstat below.
  const readdirSync = (dir: string, options: { withFileTypes: true }): fs.Dirent[] =>
    fs.readdirSync(dir, options).map((entry) => (isSpecial(entry) ? asFile(entry) : entry));
  const matched = tinyglobby().globSync(pattern, {
    onlyFiles: true,
    ignore: ['**/node_modules/**'],
    expandDirectories: false,
    fs: {
      realpathSync: realpathSync as unknown as typeof fs.realpathSync,
      readdirSync: readdirSync as unknown as typeof fs.readdirSync,
    },
  });
  // FIFOs, devices and links to them are left out here, each reported.
  const isRegularFile = (file: string): boolean => {
    const stat = fs.lstatSync(file);
    if (stat.isFile()) return true;
    const target = stat.isSymbolicLink()
      ? resolveLink(file, [root])
      : { message: `${specialKind(file)}, not a regular file; skipped` };
    if ('message' in target) reportOnce({ path: file, message: target.message });
    return 'real' in target && !target.directory;
  };
  return matched.filter((file) => walked(file, true) && isRegularFile(file)).sort();
}

const isSpecial = (entry: fs.Dirent): boolean =>
  entry.isFIFO() || entry.isCharacterDevice() || entry.isBlockDevice() || entry.isSocket();

/** A special entry that reads as a regular file to the crawler (its name and place unchanged). */
function asFile(entry: fs.Dirent): fs.Dirent {
  return Object.assign(Object.create(entry) as fs.Dirent, {
    isFile: () => true,
    isFIFO: () => false,
    isCharacterDevice: () => false,
    isBlockDevice: () => false,
    isSocket: () => false,
  });
}

/** The leading folders of a pattern before its first wildcard: `docs/**\/*.md` → `docs`. */
function fixedBase(pattern: string): string {
  const parts = pattern.split('/').slice(0, -1);
  const fixed: string[] = [];
  for (const part of parts) {
    if (tinyglobby().isDynamicPattern(part)) break;
    fixed.push(part);
  }
  if (fixed.length === 1 && fixed[0] === '') return '/';
  return fixed.join('/') || '.';
}

type LinkTarget = { real: string; directory: boolean } | { message: string };

/**
 * Where a symbolic link leads, if it may be followed: to a regular file or a folder, inside one of
 * `roots` (when given), and not to a folder containing `from` (a loop).
 */
function resolveLink(link: string, roots?: readonly string[], from?: string): LinkTarget {
  let real: string;
  try {
    real = fs.realpathSync(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { message: 'symbolic link loop; skipped' };
    if (code === 'ENOENT') return { message: `dangling symbolic link (to ${readLink(link)}); skipped` };
    return { message: `cannot follow symbolic link: ${reason(error)}` };
  }
  if (roots && !roots.some((root) => isInside(real, root)))
    return { message: `symbolic link to ${real}, outside the folders being checked; not followed` };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(real);
  } catch (error) {
    return { message: `cannot follow symbolic link: ${reason(error)}` };
  }
  if (stat.isDirectory()) {
    const fromReal = from ?? safeRealpath(path.dirname(link));
    if (fromReal !== undefined && isInside(fromReal, real))
      return { message: 'symbolic link loop (to a folder that contains it); not followed' };
    return { real, directory: true };
  }
  if (stat.isFile()) return { real, directory: false };
  return { message: `symbolic link to ${specialKind(real)}, not a regular file; skipped` };
}

/**
 * The files of shard `index` of `count` (1-based): sorted by path (code units, so every machine agrees),
 * then dealt out in turn, so that each shard gets files from every folder.
 */
export function shardOf(files: readonly string[], index: number, count: number): string[] {
  const key = (file: string) => file.split(path.sep).join('/');
  return [...files]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .filter((_, position) => position % count === index - 1);
}

function isInside(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

function safeRealpath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

function readLink(link: string): string {
  try {
    return fs.readlinkSync(link);
  } catch {
    return '?';
  }
}

/** What a non-regular file is, for messages; found with lstat/stat, never by opening it. */
function specialKind(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return 'not readable';
  }
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  return 'a special file';
}

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
