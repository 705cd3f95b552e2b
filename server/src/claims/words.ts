// The claim engine's phrase helpers over a sentence's words (text/words.ts).
import type { Word } from '../text/words';

export { type Word, wordsIn, wordsOf } from '../text/words';

/** A clause: a half-open range of word indexes in its sentence (split by clauses.ts). */
export interface Clause {
  from: number;
  to: number;
  /** An opening subordinate clause that states its content as given ("Since Kymriah targets CD19, …"). */
  premise?: true;
  /** A clause naming an event that only dates the clause before it ("… on the day the FDA approved Kymriah"). */
  event?: true;
  /** A quotation the writer mentions without asserting it: edited out or rejected ("Replace 'P' with 'Q'"). */
  quoted?: true;
  /** A reason the writer denies ("not because P"): P is neither asserted nor denied. */
  deniedReason?: true;
}

// Punctuation that ends a clause: a sentence stop, a semicolon, a colon or a dash written as its own word.
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', '.', '?', '!', '\u2014', '\u2013']);

/** Whether `word` is punctuation ending a clause ("; ", ": ", ". ", " — "), not a comma. */
export function isClauseBreak(word: Word): boolean {
  return CLAUSE_BREAKS.has(word.lower);
}

/** Whether a clause ends at `word`: at clause-ending punctuation or where a dash stands before it. */
export function breaksClause(word: Word): boolean {
  return isClauseBreak(word) || word.dashBefore === true;
}

// Lexicon phrases are checked at every word: split each once.
const splitCache = new Map<string, string[]>();

/** True when the words from `at` spell `phrase` ("fda approved", "first line"), ignoring hyphens. */
export function phraseAt(words: readonly Word[], at: number, phrase: string): boolean {
  let parts = splitCache.get(phrase);
  if (!parts) splitCache.set(phrase, (parts = phrase.split(' ')));
  if (at < 0) return false;
  for (let i = 0; i < parts.length; i++) {
    const word = words[at + i];
    if (!word || (parts[i] !== '*' && word.lower !== parts[i])) return false;
  }
  return true;
}

interface Compiled {
  byFirst: Map<string, { phrase: string; parts: string[] }[]>;
  /**
   * Per ASCII first character, a bit per first-word length (31 = 31 or more): most words start no phrase, and this
   * tells without a map lookup.
   */
  startBits: Uint32Array;
  nonAsciiStart: boolean;
}
const compiled = new WeakMap<readonly string[], Compiled>();

const lengthBit = (length: number) => 1 << Math.min(length, 31);

/** Phrase lists indexed by their first word, once per list, so a scan costs one lookup per word. */
function compile(phrases: readonly string[]): Compiled {
  let list = compiled.get(phrases);
  if (!list) {
    list = { byFirst: new Map(), startBits: new Uint32Array(128), nonAsciiStart: false };
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      const first = parts[0]!;
      const candidates = list.byFirst.get(first) ?? [];
      candidates.push({ phrase, parts });
      list.byFirst.set(first, candidates);
      const code = first.charCodeAt(0);
      if (code < 128) list.startBits[code]! |= lengthBit(first.length);
      else list.nonAsciiStart = true;
    }
    compiled.set(phrases, list);
  }
  return list;
}

/** The longest phrase of the list that starts at word `at` ("age group" over "age"), if any. */
export function longestPhraseStartingAt(words: readonly Word[], at: number, phrases: readonly string[]) {
  const candidates = words[at] && compile(phrases).byFirst.get(words[at]!.lower);
  let best: { at: number; length: number; phrase: string } | undefined;
  for (const { phrase, parts } of candidates ?? []) {
    if (best && parts.length <= best.length) continue;
    let k = 1;
    while (k < parts.length && words[at + k]?.lower === parts[k]) k++;
    if (k === parts.length) best = { at, length: parts.length, phrase };
  }
  return best;
}

/** The phrase of the list that starts at word `at`, if any. */
export function phraseStartingAt(words: readonly Word[], at: number, phrases: readonly string[]) {
  return words[at] ? matchAt(words, at, compile(phrases)) : undefined;
}

function matchAt(
  words: readonly Word[],
  at: number,
  list: Compiled,
): { at: number; length: number; phrase: string } | undefined {
  const lower = words[at]!.lower;
  const code = lower.charCodeAt(0);
  if (code < 128 ? (list.startBits[code]! & lengthBit(lower.length)) === 0 : !list.nonAsciiStart) return undefined;
  const candidates = list.byFirst.get(lower);
  if (!candidates) return undefined;
  for (const { phrase, parts } of candidates) {
    let k = 1;
    while (k < parts.length && words[at + k]?.lower === parts[k]) k++;
    if (k === parts.length) return { at, length: parts.length, phrase };
  }
  return undefined;
}

/**
 * The first place at or after `from` (before `to`) where one of the phrases starts. Phrase lists
 * should be module constants: each list is indexed once.
 */
export function findPhrase(
  words: readonly Word[],
  phrases: readonly string[],
  from = 0,
  to = words.length,
): { at: number; length: number; phrase: string } | undefined {
  const list = compile(phrases);
  for (let i = from; i < Math.min(to, words.length); i++) {
    const hit = matchAt(words, i, list);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Words [from, to) only separate two cells of a verbless row ("Abecma — BCMA — 4-1BB", "Anakinra: IL-1
 * receptor antagonist", "Kymriah | CD19"): a colon or a bar, or nothing but a spaced dash or a long dash
 * before `to` (not the hyphen of "CD19-negative"). `text` is the words' text, starting at document offset `offset`.
 */
export function isRowSeparator(
  words: readonly Word[],
  text: string,
  offset: number,
  from: number,
  to: number,
): boolean {
  if (to === from + 1) return words[from]!.lower === ':' || words[from]!.lower === '|';
  const next = words[to];
  const previous = words[to - 1];
  return to === from && !!next && !!previous && ROW_DASH.test(text.slice(previous.end - offset, next.start - offset));
}
const ROW_DASH = /^(?:\s+[-–—]\s+|\s*[–—]\s*)$/u;

/**
 * Every occurrence of any phrase in [from, to), with words of `skip` allowed between its words (not before its first):
 * "is still limited to" as "is limited to", the adverb inside the verb group. A hit spans the skipped words.
 */
export function findAllPhrasesSkipping(
  words: readonly Word[],
  phrases: readonly string[],
  skip: ReadonlySet<string>,
  from = 0,
  to = words.length,
): { at: number; length: number; phrase: string }[] {
  const list = compile(phrases);
  const found: { at: number; length: number; phrase: string }[] = [];
  for (let i = from; i < Math.min(to, words.length); i++) {
    for (const { phrase, parts } of list.byFirst.get(words[i]!.lower) ?? []) {
      let k = 1;
      let at = i + 1;
      while (k < parts.length && at < to) {
        if (words[at]?.lower === parts[k]) k++;
        else if (!skip.has(words[at]!.lower)) break;
        at++;
      }
      if (k === parts.length) {
        found.push({ at: i, length: at - i, phrase });
        break;
      }
    }
  }
  return found;
}

/** Every occurrence of any phrase in [from, to). */
export function findAllPhrases(
  words: readonly Word[],
  phrases: readonly string[],
  from = 0,
  to = words.length,
): { at: number; length: number; phrase: string }[] {
  const list = compile(phrases);
  const found: { at: number; length: number; phrase: string }[] = [];
  for (let i = from; i < Math.min(to, words.length); i++) {
    const hit = matchAt(words, i, list);
    if (hit) found.push(hit);
  }
  return found;
}

// Words a contraction gives that its text does not spell: "n't" reads "not", "can't" "can not", "won't" "will not".
const CONTRACTED_WORDS = new Set(['not', 'can', 'will', 'shall']);
// Relations test one sentence in turn, each for tens of words: its runs, read once, serve them all. Kept for the two
// texts read last: a sentence's readings also test its masked prose (citations blanked) between relations.
let lastRuns: { text: string; runs: ReadonlySet<string> } | undefined;
let beforeRuns: { text: string; runs: ReadonlySet<string> } | undefined;

const RUN_SEPARATOR = /[^\p{L}\p{N}]+/u;

/**
 * The lower-cased runs of letters and digits of `text` (every word its word list can hold, bar those of contractions),
 * and each run ending in "n" without it: "isn" of "isn't" reads "is".
 */
function runsOf(text: string): ReadonlySet<string> {
  if (lastRuns?.text === text) return lastRuns.runs;
  if (beforeRuns?.text === text) {
    [lastRuns, beforeRuns] = [beforeRuns, lastRuns];
    return lastRuns.runs;
  }
  const runs = new Set<string>();
  for (const run of text.toLowerCase().split(RUN_SEPARATOR)) {
    runs.add(run);
    if (run.endsWith('n')) runs.add(run.slice(0, -1));
  }
  beforeRuns = lastRuns;
  lastRuns = { text, runs };
  return runs;
}

/** Whether `word` (lower case) can be one of the words of `text`: a run of it, or what a contraction of it reads. */
function mayHaveWord(text: string, word: string): boolean {
  // "isn't" is the run "isn" and reads "is not".
  return CONTRACTED_WORDS.has(word) || runsOf(text).has(word);
}

/** A phrase list by first word: the rests of its phrases, and those of phrases whose first word every text may have. */
interface Grouped {
  byFirst: Map<string, string[][]>;
  contracted: string[][];
}
const byFirstWord = new WeakMap<readonly string[], Grouped>();

/**
 * False when no phrase of the list can be among the words of `text`, a sentence's prose, before they are read: some
 * word of each phrase is missing. (Looser than findPhrase: it does not look at their order.)
 */
export function mayHavePhrase(text: string, phrases: readonly string[]): boolean {
  let grouped = byFirstWord.get(phrases);
  if (!grouped) {
    grouped = { byFirst: new Map(), contracted: [] };
    for (const phrase of phrases) {
      const [first, ...rest] = phrase.split(' ');
      if (CONTRACTED_WORDS.has(first!)) grouped.contracted.push(rest);
      else grouped.byFirst.set(first!, [...(grouped.byFirst.get(first!) ?? []), rest]);
    }
    byFirstWord.set(phrases, grouped);
  }
  const runs = runsOf(text);
  const complete = (rest: readonly string[]) => rest.every((word) => mayHaveWord(text, word));
  if (grouped.contracted.some(complete)) return true;
  // The shorter side is walked: a sentence's runs looked up among a long list's first words, or a short list's first
  // words among the runs.
  if (grouped.byFirst.size < runs.size) {
    for (const [first, rests] of grouped.byFirst) if (runs.has(first) && rests.some(complete)) return true;
  } else for (const run of runs) if (grouped.byFirst.get(run)?.some(complete)) return true;
  return false;
}

/** False when none of `words` (lower case) can be among the words of `text`. */
export function mayHaveWordOf(text: string, words: Iterable<string>): boolean {
  for (const word of words) if (mayHaveWord(text, word)) return true;
  return false;
}
