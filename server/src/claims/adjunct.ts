import { isYear } from '../util/text';
import { lexicon } from './lexicon';
import { phraseStartingAt, type Word } from './words';

const BEFORE = lexicon('time-before-cues');
const SINCE = lexicon('time-since-cues');
// An adjunct is a short phrase: "Prior to the approval of Kymriah," is seven words.
const MAX_ADJUNCT_WORDS = 8;

/**
 * "Before Abecma, no CAR-T had been approved for myeloma": a sentence that opens with a time bound that is an event,
 * not a date. Returns the words of the event (after the cue, up to the comma): they are not an argument of the claim,
 * and the claim speaks of a past the sentence does not date. A number in it ("Before 2021,") is left to the dates.
 */
export function frontedEventBound(words: readonly Word[]): { from: number; to: number } | undefined {
  const cue = phraseStartingAt(words, 0, BEFORE);
  if (!cue) return undefined;
  const from = cue.length;
  for (let k = from; k < words.length && k <= from + MAX_ADJUNCT_WORDS; k++) {
    const lower = words[k]!.lower;
    if (lower === ',') return k > from ? { from, to: k } : undefined;
    if (/\d/.test(lower)) return undefined;
  }
  return undefined;
}

/**
 * "Since Kymriah's approval in 2017, the FDA has approved Yescarta, Tecartus …": a sentence that opens with the start
 * of a period. Returns the opening's words when they hold a year: that date is where the period starts, not when what
 * the rest of the sentence says happened.
 */
export function frontedStartBound(words: readonly Word[]): { from: number; to: number } | undefined {
  const cue = phraseStartingAt(words, 0, SINCE);
  if (!cue) return undefined;
  let year = false;
  for (let k = cue.length; k < words.length && k <= cue.length + MAX_ADJUNCT_WORDS; k++) {
    const lower = words[k]!.lower;
    if (lower === ',') return year ? { from: 0, to: k } : undefined;
    if (isYear(lower)) year = true;
  }
  return undefined;
}
