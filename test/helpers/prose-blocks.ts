import * as assert from 'node:assert/strict';
import { extractProse } from '../../server/src/text/extract';

/**
 * A Markdown source's prose blocks, each as "kind [start, end): masked text": the range in the source and the text the
 * claim layer reads there (offsets the source's).
 */
export function blocks(source: string): string[] {
  const prose = extractProse(source, 'markdown');
  assert.equal(prose.masked.length, source.length);
  return prose.blocks.map((b) => `${b.kind} [${b.start}, ${b.end}): ${prose.masked.slice(b.start, b.end)}`);
}

/** `text`'s range in `source` (its first occurrence), as blocks() prints it. */
export function at(source: string, kind: string, text: string, masked = text): string {
  const start = source.indexOf(text);
  assert.ok(start >= 0, `${text} in ${source}`);
  return `${kind} [${start}, ${start + text.length}): ${masked}`;
}
