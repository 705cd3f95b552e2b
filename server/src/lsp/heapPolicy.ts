// The CLI's memory flag (startup/flags.ts), which the server sets only while its open documents are large.
import * as v8 from 'node:v8';
import { LARGE_DOCUMENT_CHARS } from '../document/analysis';

/**
 * Under --heap-growing-percent=15, garbage collection was about half of a 1 MB document's edit (claim-dense: 126–142
 * ms CPU per edit against 73–97 without it); on a 15 MB document it keeps the peak near 740 MB instead of ~945.
 */
const LARGE_TEXT_V8_FLAGS = '--heap-growing-percent=15';
/** 0 is V8's own growth policy. */
const DEFAULT_V8_FLAGS = '--heap-growing-percent=0';

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
