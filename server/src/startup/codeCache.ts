// Start-up loaders for the server and CLI bundles with V8's code cache: compiling the ~1 MB bundle and
// the functions a first check runs cost about a quarter of a cold start, and every start after the first
// can reuse the bytecode the previous one produced. The cache lives in the user's own cache folder (never
// a shared temporary folder), keyed by the bundle's size and date and Node's V8 version; V8 itself rejects
// a cache that does not match, and then the bundle is compiled as usual and the cache rewritten.
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

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

/** Runs a CommonJS bundle as a module of its own, from the code cache when there is a valid one. */
export function runBundle(file: string): void {
  const source = fs.readFileSync(file, 'utf8');
  const dir = codeCacheDir();
  let cacheFile: string | undefined;
  let cachedData: Buffer | undefined;
  if (dir) {
    const { size, mtimeMs } = fs.statSync(file);
    cacheFile = path.join(
      dir,
      `${path.basename(file)}-${size}-${Math.round(mtimeMs)}-${process.versions.v8}-${process.arch}.cache`,
    );
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      // No cache yet.
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) saveLater(script, dir!, cacheFile);
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

/**
 * Writes the cache once the first check has compiled what it needs (a few seconds in), or at exit for a
 * short run like the CLI's. A failure to write only means the next start compiles again.
 */
function saveLater(script: vm.Script, dir: string, cacheFile: string): void {
  let saved = false;
  const save = () => {
    if (saved) return;
    saved = true;
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const partial = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(partial, cacheFile);
      // Caches of earlier builds of this bundle (or another Node) are never read again.
      const prefix = cacheFile.slice(dir.length + 1).split('-')[0]! + '-';
      for (const name of fs.readdirSync(dir)) {
        if (name.startsWith(prefix) && name.endsWith('.cache') && path.join(dir, name) !== cacheFile)
          fs.rmSync(path.join(dir, name), { force: true });
      }
    } catch {
      // A read-only or full disk: start-up just stays uncached.
    }
  };
  setTimeout(save, 3000).unref();
  process.once('exit', save);
}
