// Loads a TypeScript module of the server (bundled in memory with esbuild) so that a build step can run the
// very code the bundles run, e.g. to precompute what would otherwise be computed at every start-up.
import * as esbuild from 'esbuild';
import Module from 'node:module';
import { join } from 'node:path';

/** The exports of `file` (relative to `root`), its imports bundled with it; ajv is left to node_modules. */
export function requireTs(root, file) {
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [join(root, file)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    outdir: join(root, 'out', 'build-step'),
    external: ['ajv/*'],
    logLevel: 'warning',
  });
  const module = new Module(join(root, file));
  module.filename = join(root, file);
  module.paths = Module._nodeModulePaths(root);
  module._compile(outputFiles.find((f) => f.path.endsWith('.js')).text, module.filename);
  return module.exports;
}
