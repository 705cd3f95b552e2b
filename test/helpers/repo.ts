import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root, found from the running bundle (out/test/...) or source file upwards. */
export const REPO_ROOT = findRoot(__dirname);

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (
      fs.existsSync(manifest) &&
      (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'therapy-lint'
    )
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`therapy-lint's package.json not found above ${start}`);
  }
}

/** The bundles the build writes; client tests run these, never the sources. */
export const BUNDLED_SERVER = path.join(REPO_ROOT, 'dist', 'server.js');
export const BUNDLED_CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
