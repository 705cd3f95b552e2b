import type { QuantityUnit } from '../kb/types';
import { CARDINAL_WORDS } from './cardinals';
import { lexicon, lexiconWords } from './lexicon';
import type { Word } from './words';

/** The value of `word` (lower case) when it is a cardinal number word from `min` to `max`. */
export function cardinal(word: string, min = 1, max = Number.POSITIVE_INFINITY): number | undefined {
  const value = CARDINAL_WORDS.get(word);
  return value !== undefined && value >= min && value <= max ? value : undefined;
}

// Ordinal number words and abbreviations: "its third cancer type", "the 4th indication".
const ORDINALS = new Map<string, number>([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
  ['5th', 5],
  ['6th', 6],
  ['7th', 7],
  ['8th', 8],
  ['9th', 9],
  ['10th', 10],
]);

/** The value of `word` (lower case) when it is an ordinal number word ("third", "3rd"). */
export function ordinal(word: string): number | undefined {
  return ORDINALS.get(word);
}

/** The ordinal word for `n` (1–10), for messages. */
export function ordinalWord(n: number): string {
  for (const [word, value] of ORDINALS) if (value === n) return word;
  return `${n}th`;
}

// data/lexicon/partitive-openers, read by the fronted adjuncts (claims/adjunct.ts) too.
const PARTITIVE_OPENERS = lexiconWords('partitive-openers');
// Where a class may start in an opening partitive: "Of the CAR-Ts", "Among the seven approved CAR-Ts".
const MAX_PARTITIVE_LEAD = 4;

/**
 * "Of the seven FDA-approved CAR-Ts, four use 4-1BB", "Among the CAR-Ts on the US market, three carry CD28": a class
 * in a sentence-opening partitive is counted by the number that opens what follows its comma, when no other number
 * stands between that count and `until` (the predicate judged: "two use CD28 and five use 4-1BB" counts each apart).
 */
export function partitiveCount(
  words: readonly Word[],
  classFrom: number,
  until: number,
): { count: number; at: number } | undefined {
  if (!PARTITIVE_OPENERS.has(words[0]?.lower ?? '') || words[1]?.lower !== 'the') return undefined;
  if (classFrom < 2 || classFrom > MAX_PARTITIVE_LEAD) return undefined;
  const comma = words.findIndex((w, i) => i > classFrom && w.punct);
  if (comma < 0 || words[comma]!.lower !== ',' || comma + 1 >= until) return undefined;
  const numberAt = (k: number) => {
    const word = words[k]?.lower ?? '';
    return cardinal(word) ?? (/^\d{1,2}$/.test(word) ? Number(word) : undefined);
  };
  const count = numberAt(comma + 1);
  if (count === undefined) return undefined;
  for (let k = comma + 2; k < until; k++) if (numberAt(k) !== undefined) return undefined;
  return { count, at: comma + 1 };
}

// Units of time by every word that names one, abbreviations included (data/lexicon/time-unit-*: "15 yrs", "2 wks").
// A Map: a word like "constructor" must not find Object.prototype's members.
const TIME_UNITS: ReadonlyMap<string, QuantityUnit> = new Map(
  (['hour', 'day', 'week', 'month', 'year'] as const).flatMap((unit) =>
    lexicon(`time-unit-${unit}`).map((word) => [word, unit] as const),
  ),
);

/** The unit of time `word` (lower case) names ("weeks", "wks"), if any. */
export function timeUnit(word: string): QuantityUnit | undefined {
  return TIME_UNITS.get(word);
}

/** Every word that names a unit of time. */
export const TIME_UNIT_WORDS: readonly string[] = [...TIME_UNITS.keys()];
