// One namespace object per CommonJS module in a bundle. esbuild turns each `import … from` of a CommonJS module
// (node:fs, node:path, the LSP types) into `__toESM(require(…))`, which defines a getter for every export, again at
// each importing file: the CLI bundle did it 31 times, ~8 ms of every start-up (~1,900 property definitions). The
// namespace holds getters that read the module's exports when used, so importers can share one. (A module required
// again while it is still loading, in an import cycle, could lack exports a later copy would have had: the modules
// imported this way are Node's built-ins and dependencies, which never import ours back.)
import { readFileSync, writeFileSync } from 'node:fs';
import { readVlq, writeVlq } from './ascii.mjs';

/** esbuild's helper, as the minifier writes it (the build fails if esbuild changes it). */
const HELPER = /__toESM=\(mod,isNodeMode,(\w+)\)=>\(/;

/** Memoizes `__toESM` in `file` and shifts the source map's columns on its line after the change. */
export function shareNamespaces(file) {
  const code = readFileSync(file, 'utf8');
  if (!code.includes('__toESM(')) return;
  const found = HELPER.exec(code);
  if (!found) throw new Error(`${file}: esbuild's __toESM helper changed: update scripts/shared-namespaces.mjs`);
  const at = found.index;
  const replacement =
    '__esmMemo=[new WeakMap,new WeakMap],' +
    '__toESM=(mod,isNodeMode)=>{if(mod===null||typeof mod!=="object"&&typeof mod!=="function")return __toESMEach(mod,isNodeMode);' +
    'let memo=__esmMemo[isNodeMode?1:0],ns=memo.get(mod);return ns||memo.set(mod,ns=__toESMEach(mod,isNodeMode)),ns},' +
    '__toESMEach=';
  // Everything before the helper's name stays; its definition becomes __toESMEach, shared by the new __toESM.
  const patched = code.slice(0, at) + replacement + code.slice(at + '__toESM='.length);
  const line = code.slice(0, at).split('\n').length - 1;
  const lineStart = code.lastIndexOf('\n', at) + 1;
  const column = at - lineStart;
  const grown = replacement.length - '__toESM='.length;
  const mapFile = `${file}.map`;
  let map;
  try {
    map = JSON.parse(readFileSync(mapFile, 'utf8'));
  } catch {
    writeFileSync(file, patched);
    return; // No source map.
  }
  const lines = map.mappings.split(';');
  const segments = lines[line] ? lines[line].split(',') : [];
  if (segments.length) {
    // A line's first segment holds its absolute column, the others are relative: moving the first moves them all.
    // The helpers are esbuild's runtime, never mapped: a mapped column before them would be moved wrongly.
    const { value, rest } = readVlq(segments[0]);
    if (value < column) throw new Error(`${file}: mapped code before __toESM; scripts/shared-namespaces.mjs`);
    segments[0] = writeVlq(value + grown) + rest;
    lines[line] = segments.join(',');
    map.mappings = lines.join(';');
  }
  writeFileSync(file, patched);
  writeFileSync(mapFile, JSON.stringify(map));
}

/** An esbuild plugin: the bundles' `__toESM` shares one namespace per module (watch rebuilds too). */
export const sharedNamespaces = {
  name: 'shared-namespaces',
  setup(build) {
    build.initialOptions.metafile = true;
    build.onEnd((result) => {
      for (const out of Object.keys(result.metafile?.outputs ?? {})) if (out.endsWith('.js')) shareNamespaces(out);
    });
  },
};
