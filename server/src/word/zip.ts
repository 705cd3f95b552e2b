import { type Unzipped, unzipSync, zipSync } from 'fflate';

/** A Word file that cannot be read: the message says why, for the writer. */
export class WordFileError extends Error {}

/** At most this much unpacked from one part (a manuscript's document.xml is a few MB). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** At most this much unpacked from one file (all the parts read, media included when copying). */
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;

/**
 * The entries of a .docx (a zip) that `wanted` selects, unpacked within bounds: a part whose declared
 * size is over MAX_PART_BYTES, or parts adding up to more than MAX_TOTAL_BYTES, are refused before any
 * unpacking (a zip bomb). A declared size is also what fflate unpacks into, so a size that lies cannot
 * grow memory; one smaller than the packed data (impossible for honest deflate) is refused as damage.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean = () => true): Unzipped {
  let total = 0;
  let problem: string | undefined;
  let entries: Unzipped;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (problem || !wanted(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) {
          problem = `${file.name} unpacks to more than ${megabytes(MAX_PART_BYTES)}, the limit for one part`;
          return false;
        }
        if (file.compression !== 0 && file.size > file.originalSize * 1.01 + 1024) {
          problem = `the zip is damaged (${file.name} declares ${file.originalSize} bytes but packs ${file.size})`;
          return false;
        }
        total += file.originalSize;
        if (total > MAX_TOTAL_BYTES) {
          problem = `it unpacks to more than ${megabytes(MAX_TOTAL_BYTES)}`;
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    throw new WordFileError(`the file is damaged (not a readable zip: ${(error as Error).message})`);
  }
  if (problem) throw new WordFileError(problem);
  return entries;
}

/** A zip of `entries` in the given order, deflated (stored for media that is compressed already). */
export function writeZip(entries: Unzipped): Uint8Array {
  const input: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  // [Content_Types].xml first, as Word writes it (some readers look for it there).
  const names = Object.keys(entries).sort(
    (a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'),
  );
  for (const [name, data] of names.map((n) => [n, entries[n]!] as const))
    input[name] = [data, { level: /\.(png|jpe?g|gif|zip|mp4|emf|wdp)$/i.test(name) ? 0 : 6 }];
  return zipSync(input);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(0)} MB`;
}
