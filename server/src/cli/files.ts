import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** Raised for anything the user can fix on the command line: the CLI prints it with the usage, exit 2. */
export class UsageError extends Error {}

export const EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.tex', '.latex']);

/**
 * Expands the command line's inputs into files, in order and without duplicates: a file is taken as
 * is; a folder is walked for supported extensions; `-` reads one path per line from stdin; a glob
 * pattern (quoted, so the shell leaves it alone) matches supported files below the current folder.
 */
export function collectFiles(inputs: readonly string[], readStdin: () => string): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      const listed = readStdin()
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      for (const file of listed) files.push(...expandPath(file, 'stdin'));
    } else if (!fs.existsSync(input) && isDynamicPattern(input)) {
      const matched = globSync(input, { onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: false })
        .filter(isSupported)
        .sort();
      if (matched.length === 0) throw new UsageError(`${input}: no .md, .txt or .tex file matches this pattern`);
      files.push(...matched);
    } else {
      files.push(...expandPath(input, 'argument'));
    }
  }
  return [...new Set(files.map((f) => path.normalize(f)))];
}

function expandPath(input: string, origin: 'argument' | 'stdin'): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw new UsageError(`${input}: no such file or folder${origin === 'stdin' ? ' (read from stdin)' : ''}`);
  }
  return stat.isDirectory() ? walk(input) : [input];
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (isSupported(entry.name)) files.push(full);
  }
  return files;
}

function isSupported(file: string): boolean {
  return EXTENSIONS.has(path.extname(file).toLowerCase());
}

export function languageIdOf(file: string): string {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : ext === '.tex' || ext === '.latex' ? 'latex' : 'plaintext';
}
