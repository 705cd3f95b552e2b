import { lexicon, lexiconWords } from './lexicon';
import type { Word } from './words';

const SCALE_HEADS = lexiconWords('grading-scale-heads');

/**
 * Whether the words name a grading system the knowledge base does not know: a capitalized name no mention covers
 * before a grading system's head ("Penn criteria", "CTCAE grade"). Its grades follow its own criteria.
 */
export function unknownScaleNamed(words: readonly Word[], known: (at: number) => boolean): boolean {
  for (let i = 1; i < words.length; i++) {
    if (!SCALE_HEADS.has(words[i]!.lower)) continue;
    const before = words[i - 1]!;
    if (before.punct || !/^[A-Z]/.test(before.text)) continue;
    // A sentence's or a header's first word ("Maximum grade") may be no name: left unjudged all the same.
    if (!known(i - 1)) return true;
  }
  return false;
}

// A value that is a numeric range and nothing else: "0 to 10", "0-10", "0–10 points".
const NUMERIC_RANGE = /^(\d{1,3})\s*(?:-|–|—|to)\s*(\d{1,3})(?:\s+points?)?$/i;

/**
 * The statement a numeric range makes of the one grading scale its frame names ("ICE score" and "0 to 5" read "The
 * ICE score ranges from 0 to 5."), when `label` (the words beside the scale's name, or the label alone) says only
 * that it is a range (data/lexicon/score-range-words) or nothing at all; undefined otherwise.
 */
export function scaleRangeStatement(scale: string, label: readonly Word[], value: string): string | undefined {
  const range = NUMERIC_RANGE.exec(value.trim().replace(/[.;]$/, ''));
  if (!range) return undefined;
  const said = label
    .filter((w) => !w.punct)
    .map((w) => w.lower)
    .join(' ');
  if (said && !lexicon('score-range-words').includes(said)) return undefined;
  return `The ${scale} ranges from ${range[1]} to ${range[2]}.`;
}
