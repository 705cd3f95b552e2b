import type { DiagnosticData } from '../service/languageFeatures/diagnostics';

/**
 * `JSON.stringify(value)`'s text in small pieces, for the rare value too large to hold as one string: a fix that
 * renumbers a 20,000-entry reference list has ~170,000 edits, 17 MB of JSON, and one string for it cost three copies
 * (the stringifier's, the writer's chunk and the stream's buffer). Plain data only (no toJSON): an iterable other than
 * an array is written as an array, so that a large list can be made item by item as it is written.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  // A small plain value (an edit, a range) is one piece: a piece per key and value cost a generator step and a write
  // each, for the 11,000 edits of a claim-dense file's renumbering fix.
  if (typeof value !== 'object' || value === null || isSmallPlain(value, { left: SMALL_VALUES })) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value) || Symbol.iterator in value) {
    yield '[';
    let first = true;
    for (const item of value as Iterable<unknown>) {
      if (!first) yield ',';
      first = false;
      // As JSON.stringify writes what JSON has no value for in an array.
      yield* jsonPieces(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    // Left out, as JSON.stringify leaves them out of an object.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonPieces(item);
  }
  yield '}';
}

/** How many values (objects, arrays and what they hold) a value written in one piece may have. */
const SMALL_VALUES = 64;

/**
 * Whether `value` has at most `budget.left` values, none of them an iterable other than an array or an object with
 * toJSON: then JSON.stringify writes what the pieces would.
 */
function isSmallPlain(value: object, budget: { left: number }): boolean {
  if (--budget.left < 0) return false;
  const array = Array.isArray(value);
  if (!array && (Symbol.iterator in value || typeof (value as { toJSON?: unknown }).toJSON === 'function'))
    return false;
  for (const item of array ? value : Object.values(value)) {
    if (typeof item !== 'object' || item === null) {
      if (--budget.left < 0) return false;
    } else if (!isSmallPlain(item, budget)) return false;
  }
  return true;
}

/** More edits than this in one fix (renumbering a long reference list): its diagnostic is written in pieces. */
const LARGE_FIX_EDITS = 1000;

export function hasLargeFix(diagnostic: { data?: unknown }): boolean {
  return !!(diagnostic.data as DiagnosticData | undefined)?.fixes?.some(
    (f) => (f.edits?.length ?? 0) > LARGE_FIX_EDITS,
  );
}
