import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileSystem } from '../document/citations/types';

/** Node's file system for file: URIs; the CLI and the server pass it to the language service. */
export const nodeFileSystem: FileSystem = {
  readFile(uri) {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return readFileSync(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  },
};
