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
// Relations test one sentence in turn: its text lower-cased, and split once it has to be, serves them all.
let splitText: string | undefined;
let lowerText = '';
let splitRuns: ReadonlySet<string> | undefined;

/** `text` lower-cased, as its runs are read. */
function lowerOf(text: string): string {
  if (text !== splitText) {
    splitText = text;
    lowerText = text.toLowerCase();
    splitRuns = undefined;
  }
  return lowerText;
}

const RUN_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** The lower-cased runs of letters and digits of `text`: every word its word list can hold, bar those of contractions. */
function runsOf(text: string): ReadonlySet<string> {
  const lower = lowerOf(text);
  splitRuns ??= new Set(lower.split(RUN_SEPARATOR));
  return splitRuns;
}

const ASCII_WORD = /^[a-z0-9]+$/;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const RUN_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether the code point of `lower` starting (or, `before`, ending) at `at` is none of a run's. */
const outsideRun = (lower: string, at: number, before = false): boolean => {
  if (at < 0 || at >= lower.length) return true;
  const code = lower.charCodeAt(at);
  if (code < 128) return !((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90));
  // A low surrogate ending the code point before: its pair starts one earlier.
  const paired = before && isLowSurrogate(code) && at > 0 && isHighSurrogate(lower.charCodeAt(at - 1));
  return !RUN_CHAR.test(String.fromCodePoint(lower.codePointAt(paired ? at - 1 : at)!));
};

/**
 * Whether `word` (ASCII letters and digits) or the contraction of it (`word` + "n": "isn" of "isn't") is a run of
 * `lower`: an occurrence with no run character beside it.
 */
function isRun(lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (!outsideRun(lower, at - 1, true)) continue;
    const after = at + word.length;
    if (outsideRun(lower, after) || (lower.charCodeAt(after) === 110 /* n */ && outsideRun(lower, after + 1)))
      return true;
  }
  return false;
}

/**
 * Whether `word` (lower case) can be one of the words of `text`: a run of it, or what a contraction of it reads. An
 * ASCII word is looked for in the lower-cased text, without splitting it (most of the cost), others among its runs.
 */
function mayHaveWord(text: string, word: string): boolean {
  // "isn't" is the run "isn" and reads "is not".
  if (CONTRACTED_WORDS.has(word)) return true;
  if (ASCII_WORD.test(word)) return isRun(lowerOf(text), word);
  const runs = runsOf(text);
  return runs.has(word) || runs.has(`${word}n`);
}

const byFirstWord = new WeakMap<readonly string[], Map<string, string[][]>>();

/**
 * False when no phrase of the list can be among the words of `text`, a sentence's prose, before they are read: some
 * word of each phrase is missing. (Looser than findPhrase: it does not look at their order.)
 */
export function mayHavePhrase(text: string, phrases: readonly string[]): boolean {
  let grouped = byFirstWord.get(phrases);
  if (!grouped) {
    grouped = new Map();
    for (const phrase of phrases) {
      const [first, ...rest] = phrase.split(' ');
      grouped.set(first!, [...(grouped.get(first!) ?? []), rest]);
    }
    byFirstWord.set(phrases, grouped);
  }
  for (const [first, rests] of grouped)
    if (mayHaveWord(text, first) && rests.some((rest) => rest.every((word) => mayHaveWord(text, word)))) return true;
  return false;
}

/** False when none of `words` (lower case) can be among the words of `text`. */
export function mayHaveWordOf(text: string, words: Iterable<string>): boolean {
  for (const word of words) if (mayHaveWord(text, word)) return true;
  return false;
}
