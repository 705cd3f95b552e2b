// The CLI's memory flag (startup/flags.ts), and a young generation that does not grow, which the server sets only
// while its open documents are large.
import * as v8 from 'node:v8';
import { LARGE_DOCUMENT_CHARS } from '../service/index';

/**
 * Under --heap-growing-percent=15, garbage collection was about half of a 1 MB document's edit (claim-dense: 126–142
 * ms CPU per edit against 73–97 without it); on a 15 MB document it keeps the peak near 740 MB instead of ~945.
 * The young generation stays at its size (its semi-spaces otherwise grow to 16 MB each); V8 reads this flag at run
 * time, unlike --max-semi-space-size. Both peaks of the 15 MB claim-dense document went down by 40–70 MB with it and
 * the cuts of AnalysisCache (docs/memory.md), no slower. --heap-growing-percent=5 took another 20–25 MB off both
 * peaks but made an edit five times slower.
 */
const LARGE_TEXT_V8_FLAGS = '--heap-growing-percent=15 --semi-space-growth-factor=1';
/** V8's own growth policies (2 is its default growth factor). */
const DEFAULT_V8_FLAGS = '--heap-growing-percent=0 --semi-space-growth-factor=2';

/** Holds V8's heap to slow growth only while the open documents are large. */
export function createHeapPolicy(): (openTexts: Iterable<{ getText(): string }>) => void {
  let large = false;
  return (openTexts) => {
    let chars = 0;
    for (const document of openTexts) chars += document.getText().length;
    const nowLarge = chars > LARGE_DOCUMENT_CHARS;
    if (nowLarge === large) return;
    large = nowLarge;
    v8.setFlagsFromString(large ? LARGE_TEXT_V8_FLAGS : DEFAULT_V8_FLAGS);
  };
}
