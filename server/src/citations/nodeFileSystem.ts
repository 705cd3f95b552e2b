import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileStat, FileSystem } from '../document/citations/types';

/** What readFile reads at most when the caller sets no limit (the document size limit). */
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Node's file system for file: URIs; the CLI and the server pass it to the language service. It reads
 * only regular files, never more than the limit: a FIFO, a device (`/dev/zero`) or a file growing under
 * us would otherwise block or fill memory.
 */
export const nodeFileSystem: FileSystem = {
  readFile(uri, maxBytes = DEFAULT_MAX_BYTES) {
    if (!uri.startsWith('file:')) return undefined;
    let fd: number | undefined;
    try {
      // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
      fd = fs.openSync(fileURLToPath(uri), fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
      const stat = fs.fstatSync(fd);
      if (!stat.isFile() || stat.size > maxBytes) return undefined;
      // One byte more than fstat said: a file that grew meanwhile (or a /proc file, whose size reads 0) is not read.
      const buffer = Buffer.alloc(stat.size + 1);
      let length = 0;
      for (let n = 1; n > 0 && length < buffer.length; length += n)
        n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      return length > stat.size ? undefined : buffer.toString('utf8', 0, length);
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  },
  stat(uri): FileStat | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      const real = fs.realpathSync(fileURLToPath(uri));
      const stat = fs.statSync(real);
      return {
        realUri: pathToFileURL(real).href,
        kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other',
        size: stat.size,
        version: `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`,
      };
    } catch {
      return undefined;
    }
  },
};
