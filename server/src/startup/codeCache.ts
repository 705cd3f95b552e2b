// Start-up loaders for the server and CLI bundles with V8's code cache: compiling the ~1 MB bundle and
// the functions a first check runs cost about a quarter of a cold start, and every start after the first
// can reuse the bytecode the previous one produced.
//
// Only bytecode compiled from this very bundle may run. V8's own check of `cachedData` compares the
// source's length (and V8's flags), not its text: a cache compiled from other code of the same length
// is accepted and that code runs. So:
// - the cache file is named by the SHA-256 of the bundle's bytes (with V8's version and the CPU), and
//   starts with that hash: a cache of another build (stale, copied or hard-linked under this name) is
//   discarded and rewritten. Hashing at each start costs under 1 ms for the 1 MB bundle, and
//   nothing but the bundle itself is trusted for its hash (a hash file beside it could go stale);
// - the folder is owner-only (0700) and each file 0600: a folder owned by another user or writable by
//   group or others (a shared XDG_CACHE_HOME, THERAPY_LINT_CODE_CACHE pointing at a shared folder) is
//   not used at all, a file owned by another user or writable by others is not read (and is replaced).
// Whoever can write files as this user can change the bundle or the shell's start-up files too: the
// cache adds no way in for them, and nobody else can put a file into the cache folder.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';

/** `THERAPY_LINT_CODE_CACHE`: `off`, or a folder to use instead of the user's cache folder. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.THERAPY_LINT_CODE_CACHE;
  if (setting === 'off') return undefined;
  if (setting) return setting;
  const base =
    env.XDG_CACHE_HOME ||
    (process.platform === 'win32'
      ? env.LOCALAPPDATA
      : process.platform === 'darwin'
        ? path.join(os.homedir(), 'Library', 'Caches')
        : path.join(os.homedir(), '.cache'));
  return base ? path.join(base, 'therapy-lint') : undefined;
}

/** Bytes of the SHA-256 that start a cache file. */
const HASH_BYTES = 32;

/** The cache file of a bundle whose bytes hash to `hash`. */
export function codeCacheFile(dir: string, bundle: string, hash: Buffer): string {
  return path.join(
    dir,
    `${path.basename(bundle)}-${hash.toString('hex').slice(0, 32)}-${process.versions.v8}-${process.arch}.cache`,
  );
}

/** A cache file's bytes: the bundle's hash, then V8's data. */
export function encodeCodeCache(hash: Buffer, data: Buffer): Buffer {
  return Buffer.concat([hash, data]);
}

/**
 * Whether only `uid` can change what `stat` describes: owned by it, not writable by group or others.
 * Without user ids (Windows), the user's own profile folder is private already.
 */
export function ownerOnly(stat: fs.Stats, uid: number | undefined): boolean {
  return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
}

const uid = process.getuid?.();

function privateDir(dir: string): boolean {
  try {
    const stat = fs.statSync(dir);
    return stat.isDirectory() && ownerOnly(stat, uid);
  } catch {
    return false;
  }
}

/** V8's data from the cache file when it is ours and was made from the bundle hashing to `hash`. */
function readCache(file: string, hash: Buffer): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || !ownerOnly(stat, uid)) return undefined;
    const bytes = fs.readFileSync(fd);
    return bytes.length > HASH_BYTES && bytes.subarray(0, HASH_BYTES).equals(hash)
      ? bytes.subarray(HASH_BYTES)
      : undefined;
  } catch {
    return undefined; // No cache yet.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Runs a CommonJS bundle as a module of its own, from the code cache when there is a valid one. */
export function runBundle(file: string): void {
  const bytes = fs.readFileSync(file);
  const source = bytes.toString('utf8');
  let dir = codeCacheDir();
  // A folder others can write is not ours to read or write; a missing one is created owner-only.
  if (dir && fs.existsSync(dir) && !privateDir(dir)) {
    process.stderr.write(
      `therapy-lint: the code cache folder ${dir} is not private to this user (another owner, or writable by group or others); starting without it\n`,
    );
    dir = undefined;
  }
  let cacheFile: string | undefined;
  let cachedData: Buffer | undefined;
  let hash: Buffer | undefined;
  if (dir) {
    hash = createHash('sha256').update(bytes).digest();
    cacheFile = codeCacheFile(dir, file, hash);
    cachedData = readCache(cacheFile, hash);
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  // Worker threads read the cache under the same checks and leave writing it to the main thread.
  if (cacheFile && isMainThread && (!cachedData || script.cachedDataRejected))
    saveLater(script, dir!, cacheFile, hash!);
  const module = new Module(file);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(
    path.dirname(file),
  );
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  run.call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
}

// Caches kept per bundle: two installed versions used in turn (an editor's and a project's CLI) each keep theirs
// instead of evicting each other on every start; older builds' caches are removed.
const KEPT_BUILDS = 4;

/** Removes this bundle's caches beyond the KEPT_BUILDS most recently written, never the one just written. */
function pruneOtherBuilds(dir: string, cacheFile: string): void {
  const prefix = `${path.basename(cacheFile).split('-')[0]!}-`;
  const others = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.cache') && path.join(dir, name) !== cacheFile)
    .map((name) => ({ file: path.join(dir, name), written: fs.statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.written - a.written);
  for (const { file } of others.slice(KEPT_BUILDS - 1)) fs.rmSync(file, { force: true });
}

/**
 * Writes the cache once the first check has compiled what it needs (a few seconds in), or at exit for a
 * short run like the CLI's. A failure to write only means the next start compiles again.
 */
function saveLater(script: vm.Script, dir: string, cacheFile: string, hash: Buffer): void {
  let saved = false;
  const save = () => {
    if (saved) return;
    saved = true;
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (!privateDir(dir)) return;
      const partial = `${cacheFile}.${process.pid}`;
      fs.rmSync(partial, { force: true });
      // 'wx': a new file (never through a link someone left at this name), owner-only.
      fs.writeFileSync(partial, encodeCodeCache(hash, script.createCachedData()), { mode: 0o600, flag: 'wx' });
      fs.renameSync(partial, cacheFile);
      pruneOtherBuilds(dir, cacheFile);
    } catch {
      // A read-only or full disk: start-up just stays uncached.
    }
  };
  setTimeout(save, 3000).unref();
  process.once('exit', save);
}
