import type { MaskedText } from '../../text/prose';
import { lowerBound } from '../../util/sorted';
import type { Span } from './types';

/** The span in sorted, non-overlapping `spans` that contains `offset` (end exclusive). */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const span = spans[lowerBound(spans, offset + 1) - 1];
  return span && span.start <= offset && offset < span.end ? span : undefined;
}

/** Whether `text` between `start` and `end` is only blanks and single line breaks (no paragraph break). */
export function onlyBlanks(text: MaskedText, start: number, end: number): boolean {
  let newlines = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++newlines > 1) return false;
    } else if (c !== 32 && c !== 9 && c !== 13 && c !== 160) return false;
  }
  return true;
}
