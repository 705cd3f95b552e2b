import { isYear } from '../util/text';
import { lexicon, lexiconWords } from './lexicon';
import { isVerb } from './phrases';
import { phraseStartingAt, type Word } from './words';

const BEFORE = lexicon('time-before-cues');
const SINCE = lexicon('time-since-cues');
const ASIDE = lexicon('aside-adjunct-cues');
const PARTITIVE = lexicon('partitive-openers');
const FRAME = lexicon('frame-openers');
const COORDINATORS = new Set(['and', 'or']);
const STATE_OPENERS = lexicon('state-time-openers');
const STATE_MARKERS = lexiconWords('state-markers');
// An adjunct is a short phrase: "Prior to the approval of Kymriah," is seven words.
const MAX_ADJUNCT_WORDS = 8;

/**
 * The words after an opening time cue up to its comma ("Before Abecma," → "Abecma"), and whether they hold a number
 * or a year; undefined when the sentence does not open with one of `cues`.
 */
function frontedAdjunct(
  words: readonly Word[],
  cues: readonly string[],
): { from: number; to: number; number: boolean; year: boolean } | undefined {
  const cue = phraseStartingAt(words, 0, cues);
  if (!cue) return undefined;
  const from = cue.length;
  let number = false;
  let year = false;
  for (let k = from; k < words.length && k <= from + MAX_ADJUNCT_WORDS; k++) {
    const lower = words[k]!.lower;
    if (lower === ',') return k > from ? { from, to: k, number, year } : undefined;
    if (/\d/.test(lower)) number = true;
    if (isYear(lower)) year = true;
  }
  return undefined;
}

/**
 * "Before Abecma, no CAR-T had been approved for myeloma": a sentence that opens with a time bound that is an event,
 * not a date. Returns the words of the event: they are not an argument of the claim, and the claim speaks of a past
 * the sentence does not date. A number in it ("Before 2021,") is left to the dates.
 */
export function frontedEventBound(words: readonly Word[]): { from: number; to: number } | undefined {
  const adjunct = frontedAdjunct(words, BEFORE);
  return adjunct && !adjunct.number ? adjunct : undefined;
}

/**
 * "Since Kymriah's approval in 2017, the FDA has approved Yescarta, Tecartus …": a sentence that opens with the start
 * of a period. Returns the opening, cue included, when it holds a year: that date is where the period starts, not when
 * what the rest of the sentence says happened.
 */
export function frontedStartBound(words: readonly Word[]): { from: number; to: number } | undefined {
  const adjunct = frontedAdjunct(words, SINCE);
  return adjunct?.year ? { from: 0, to: adjunct.to } : undefined;
}

/**
 * "With Kymriah and Tecartus for ALL, Yescarta for lymphoma, and Abecma for myeloma, none of the FDA-approved CAR-Ts
 * …": a sentence that opens with an adjunct setting things beside the claim. Returns its words up to its comma, and
 * over the verbless list items that continue it: they are not arguments of the main clause's claim.
 */
export function frontedAside(words: readonly Word[]): { from: number; to: number } | undefined {
  const adjunct = frontedAdjunct(words, ASIDE) ?? listedPartitive(words);
  if (!adjunct) return undefined;
  let to = adjunct.to;
  // A following segment without a verb that ends at a comma is another item of the same list.
  for (;;) {
    let k = to + 1;
    while (k < words.length && words[k]!.lower !== ',' && !isVerb(words[k]) && k <= to + 1 + MAX_ADJUNCT_WORDS) k++;
    if (k >= words.length || words[k]!.lower !== ',' || k === to + 1) break;
    to = k;
  }
  return { from: adjunct.from, to };
}

/**
 * "For NETs, lanreotide is approved, and no CAR-T is": a sentence that opens with the frame its clauses speak in.
 * Returns the words after the preposition, up to the comma; an opening with a verb is a clause, not a frame.
 */
export function frontedFrame(words: readonly Word[]): { from: number; to: number } | undefined {
  const adjunct = frontedAdjunct(words, FRAME);
  if (!adjunct) return undefined;
  for (let k = adjunct.from; k < adjunct.to; k++) if (isVerb(words[k])) return undefined;
  return { from: adjunct.from, to: adjunct.to };
}

/** "Of Breyanzi and Aucatzyl, …": a partitive opening whose set is listed, not described. */
function listedPartitive(words: readonly Word[]): { from: number; to: number } | undefined {
  const adjunct = frontedAdjunct(words, PARTITIVE);
  if (!adjunct) return undefined;
  for (let k = adjunct.from; k < adjunct.to; k++) if (COORDINATORS.has(words[k]!.lower)) return adjunct;
  return undefined;
}

/**
 * "In 2019, Kymriah was approved only for B-cell ALL": a sentence that opens with a bare date ("In 2019,", "During
 * March 2020,") and states a state ("only", "still", "already"), not an event. Returns the opening, cue included: its
 * date is the time the statement is judged at, not the date of an approval.
 */
export function frontedStateTime(words: readonly Word[]): { from: number; to: number } | undefined {
  const adjunct = frontedAdjunct(words, STATE_OPENERS);
  // Only a date: a month and a year, or a year.
  if (!adjunct?.year || adjunct.to - adjunct.from > 2 || !isYear(words[adjunct.to - 1]!.lower)) return undefined;
  for (let k = adjunct.to + 1; k < words.length && words[k]!.lower !== ';'; k++)
    if (STATE_MARKERS.has(words[k]!.lower)) return { from: 0, to: adjunct.to };
  return undefined;
}
