// Makes a bundle ASCII-only. esbuild escapes non-ASCII characters in strings, templates and identifiers, but leaves
// them in regular-expression literals ("…", "–", "’"): one such character makes the whole 1.6 MB bundle a two-byte
// string (3.3 MB), slower to decode from UTF-8 at every start (2.5–3 ms CPU, against ~1 ms for ASCII) and kept by V8.
// Each is written as \uXXXX (per UTF-16 code unit: a surrogate pair stays one code point with the u flag), which a
// regular expression reads as the character itself; the source map's columns are moved to match.
import { readFileSync, writeFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The first VLQ value of `segment` and where the rest begins. */
export function readVlq(segment) {
  let value = 0;
  let shift = 0;
  let i = 0;
  for (;;) {
    const digit = DIGIT.get(segment[i++]);
    value += (digit & 31) << shift;
    shift += 5;
    if (!(digit & 32)) break;
  }
  return { value: value & 1 ? -(value >>> 1) : value >>> 1, rest: segment.slice(i) };
}

export function writeVlq(value) {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    out += BASE64[digit];
  } while (v);
  return out;
}

/** Escapes `file`'s non-ASCII characters and shifts the generated columns of `file.map` after each. */
export function asciiOnly(file) {
  const code = readFileSync(file, 'utf8');
  if (!/[\u0080-\uffff]/.test(code)) return;
  const lines = code.split('\n');
  // Per line, the columns of its non-ASCII code units (each grows by five characters).
  const wide = lines.map((line) => {
    const at = [];
    for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 0x7f) at.push(i);
    return at;
  });
  const escaped = lines
    .map((line) => line.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
    .join('\n');
  writeFileSync(file, escaped);
  let map;
  try {
    map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  } catch {
    return; // No source map.
  }
  map.mappings = map.mappings
    .split(';')
    .map((line, n) => {
      const at = wide[n] ?? [];
      if (!at.length || !line) return line;
      let column = 0;
      let moved = 0;
      return line
        .split(',')
        .map((segment) => {
          const { value, rest } = readVlq(segment);
          column += value;
          let before = 0;
          while (before < at.length && at[before] < column) before++;
          const to = column + 5 * before;
          const out = writeVlq(to - moved) + rest;
          moved = to;
          return out;
        })
        .join(',');
    })
    .join(';');
  writeFileSync(`${file}.map`, JSON.stringify(map));
}

/** An esbuild plugin: every JavaScript file the build wrote is made ASCII-only (watch rebuilds too). */
export const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.initialOptions.metafile = true;
    build.onEnd((result) => {
      for (const out of Object.keys(result.metafile?.outputs ?? {})) if (out.endsWith('.js')) asciiOnly(out);
    });
  },
};
