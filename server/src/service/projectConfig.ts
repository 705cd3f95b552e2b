import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileSystem } from '../document/citations/types';
import { type SettingsLayer, readSettingsLayer } from './settings';

// The project file `.therapy-lint.json`: the settings a team shares, read the same way by the CLI and the
// server. Each document gets the files found walking up from its folder to the workspace folder that holds
// it; a nearer file overrides a farther one for its folder.

export const PROJECT_CONFIG = '.therapy-lint.json';
/** A project file is a few kilobytes; anything far larger is not one, and is not read. */
export const MAX_PROJECT_CONFIG_BYTES = 1024 * 1024;

export interface ConfigProblem {
  /** The project file's path. */
  file: string;
  /** 0-based line the problem is on (the key's, when known). */
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface ProjectConfigFile {
  /** The file's path, and its folder (relative paths in it are relative to that folder). */
  file: string;
  folder: string;
  /** What it sets; empty when it could not be read. */
  layer: SettingsLayer;
  problems: ConfigProblem[];
}

/**
 * The project files that apply to a document in `folder`, the farthest first: in `folder` and each folder
 * above it up to the workspace folder that holds it (inclusive), or in `folder` alone when no workspace
 * folder holds it. Only regular files inside that range (after resolving links) of at most
 * MAX_PROJECT_CONFIG_BYTES are read; others are a problem of the file, never read.
 */
export function projectConfigsFor(
  folder: string,
  roots: readonly string[],
  fileSystem: FileSystem,
  read: (file: string, boundary: string) => ProjectConfigFile | undefined = (file, boundary) =>
    readProjectConfig(file, fileSystem, boundary),
): ProjectConfigFile[] {
  const root = roots
    .map((r) => path.resolve(r))
    .filter((r) => isInside(folder, r))
    .sort((a, b) => b.length - a.length)[0];
  const boundary = root ?? folder;
  const found: ProjectConfigFile[] = [];
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const config = read(path.join(dir, PROJECT_CONFIG), boundary);
    if (config) found.push(config);
    if (dir === boundary || path.dirname(dir) === dir) break;
  }
  return found.reverse();
}

/** One project file, or undefined when there is none. */
export function readProjectConfig(
  file: string,
  fileSystem: FileSystem,
  boundary: string,
): ProjectConfigFile | undefined {
  const uri = pathToFileURL(file).href;
  const folder = path.dirname(file);
  const problem = (message: string, line = 0): ProjectConfigFile => ({
    file,
    folder,
    layer: {},
    problems: [{ file, line, severity: 'error', message }],
  });
  const stat = fileSystem.stat?.(uri);
  if (fileSystem.stat && !stat) return undefined;
  if (stat) {
    const real = fileURLToPath(stat.realUri);
    if (!isInside(real, boundary)) return problem(`links to ${real}, outside the workspace: not read`);
    if (stat.kind !== 'file') return problem('not a regular file: not read');
    if (stat.size > MAX_PROJECT_CONFIG_BYTES)
      return problem(`larger than ${MAX_PROJECT_CONFIG_BYTES / 1024} kB: not read`);
  }
  const text = fileSystem.readFile(uri, MAX_PROJECT_CONFIG_BYTES);
  if (text === undefined) return stat ? problem('cannot be read: not used') : undefined;
  return parseProjectConfig(file, text);
}

/** A project file's text as settings, every problem with its line. */
export function parseProjectConfig(file: string, text: string): ProjectConfigFile {
  const folder = path.dirname(file);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const at = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const line = Number.isFinite(at) ? lineAt(text, at) : 0;
    return {
      file,
      folder,
      layer: {},
      problems: [{ file, line, severity: 'error', message: `not valid JSON (${message}): none of it is used` }],
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return {
      file,
      folder,
      layer: {},
      problems: [{ file, line: 0, severity: 'error', message: 'must be a JSON object of settings' }],
    };
  const { layer, warnings } = readSettingsLayer(raw);
  const problems = warnings.map((message) => ({
    file,
    line: lineOfKey(text, /"([^"]+)"/.exec(message)?.[1]),
    severity: 'warning' as const,
    message,
  }));
  return { file, folder, layer, problems };
}

function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function lineOfKey(text: string, key: string | undefined): number {
  if (!key) return 0;
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? 0 : lineAt(text, at);
}

export function isInside(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

/**
 * A glob as a regular expression over '/'-separated paths relative to its folder: `*` and `?` within a
 * name, `**` across folders, `{a,b}` alternatives; a pattern without '/' matches a name at any depth, and
 * a folder's pattern matches everything below it.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = glob.replace(/^\.\//, '');
  if (!pattern.includes('/')) pattern = `**/${pattern}`;
  pattern = pattern.replace(/^\//, '').replace(/\/$/, '');
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) source += '\\{';
      else {
        source += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map((alt) => alt.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
          .join('|')})`;
        i = end;
      }
    } else source += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}
