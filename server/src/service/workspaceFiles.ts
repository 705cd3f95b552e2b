import * as fs from 'node:fs';
import * as path from 'node:path';

// The files "Lint Workspace" checks: Markdown, plain text and LaTeX, outside hidden folders and node_modules.
const LINTABLE = new Map([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.txt', 'plaintext'],
  ['.tex', 'latex'],
  ['.latex', 'latex'],
]);

export function languageIdOfPath(file: string): string | undefined {
  return LINTABLE.get(path.extname(file).toLowerCase());
}

/** Every lintable file under the folders, sorted, at most `limit` of them. */
export function lintableFiles(folders: readonly string[], limit = 10_000): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (files.length >= limit) return;
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && languageIdOfPath(entry.name)) files.push(full);
    }
  };
  for (const folder of folders) walk(folder);
  return files;
}
