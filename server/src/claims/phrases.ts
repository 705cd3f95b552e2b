// The sentence layer's noun phrases: chunks of a sentence's words with their heads, computed once per sentence and
// shared by the relations. Word classes come from data (data/lexicon: noun-phrase-boundaries, auxiliaries,
// finite-verbs, determiners, therapy-heads), not from per-relation word lists. No tagger: a noun phrase is a run of words that are neither
// punctuation nor a closed-class boundary word, opened by a determiner when it has one; its head is its last word.
import { lexicon, lexiconWords } from './lexicon';
import { phraseStartingAt, type Word } from './words';
import { wordClass } from './word-classes';

/** A noun phrase: words [from, to); its head is its last word (to - 1). */
export interface NounPhrase {
  from: number;
  to: number;
}

export interface NounPhrases {
  readonly phrases: readonly NounPhrase[];
  /** The phrase word `at` belongs to, if any (punctuation and boundary words belong to none). */
  at(at: number): NounPhrase | undefined;
}

const memo = new WeakMap<readonly Word[], NounPhrases>();

/** The sentence's noun phrases (memoised on its word array). */
export function nounPhrasesOf(words: readonly Word[]): NounPhrases {
  let found = memo.get(words);
  if (!found) memo.set(words, (found = chunk(words)));
  return found;
}

/** Whether a word is an auxiliary or a frequent finite verb (data/lexicon: auxiliaries, finite-verbs). */
export function isVerb(word: Word | undefined): boolean {
  return !!word && (lexiconWords('auxiliaries').has(word.lower) || lexiconWords('finite-verbs').has(word.lower));
}

// A placing phrase is short: "in the lead", "on page 3", "for Breyanzi", "in the first draft", "on my part".
const MAX_PLACE_WORDS = 4;

/**
 * The index after a short prepositional phrase at `at` that places what was said in its document or says what it is
 * about ("'P' in the lead is wrong", "an error in the handout."): a preposition (data/lexicon/prepositions), then one to
 * MAX_PLACE_WORDS words with no verb and no punctuation, closed where the reader's own stop `closes` holds (a verdict
 * after a quotation, the end of a clause); undefined when no such phrase starts at `at`. Words from `to` on are not read.
 */
export function placePhraseEnd(
  words: readonly Word[],
  at: number,
  closes: (k: number) => boolean,
  to = words.length,
): number | undefined {
  if (!lexiconWords('prepositions').has(words[at]?.lower ?? '')) return undefined;
  for (let k = at + 1; k <= at + 1 + MAX_PLACE_WORDS; k++) {
    if (closes(k)) return k > at + 1 ? k : undefined;
    if (k >= to || words[k]!.punct || isVerb(words[k])) return undefined;
  }
  return undefined;
}

const isBoundary = (word: Word) => word.punct || lexiconWords('noun-phrase-boundaries').has(word.lower) || isVerb(word);

const CONTRAST_STARTS = new Set(lexicon('contrast-cues').map((cue) => cue.split(' ')[0]!));

// A bracketed abbreviation inside a phrase ("allogeneic (allo) stem cell transplantation") is at most this long.
const MAX_INNER_PARENTHESIS = 6;

function chunk(words: readonly Word[]): NounPhrases {
  const determiners = lexiconWords('determiners');
  const phrases: NounPhrase[] = [];
  const owner = new Int32Array(words.length).fill(-1);
  let from = -1;
  const close = (to: number) => {
    if (from >= 0 && to > from) {
      for (let k = from; k < to; k++) if (!words[k]!.punct) owner[k] = phrases.length;
      phrases.push({ from, to });
    }
    from = -1;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.lower === '(' && from >= 0) {
      // A short parenthesis followed by more of the phrase is inside it.
      let end = i + 1;
      while (end < words.length && end - i <= MAX_INNER_PARENTHESIS && words[end]!.lower !== ')') end++;
      const next = words[end + 1];
      if (words[end]?.lower === ')' && next && !isBoundary(next) && !determiners.has(next.lower)) {
        i = end;
        continue;
      }
    }
    // "donor cells rather than the patient's own": a contrast cue ends the phrase like a preposition.
    if (isBoundary(word) || (CONTRAST_STARTS.has(word.lower) && phraseStartingAt(words, i, lexicon('contrast-cues')))) {
      close(i);
      continue;
    }
    if (determiners.has(word.lower)) close(i);
    if (from < 0) from = i;
  }
  close(words.length);
  return { phrases, at: (at) => (owner[at]! >= 0 ? phrases[owner[at]!] : undefined) };
}

/** Whether a word is a noun that heads a phrase naming a therapy ("therapy", "product", "cells" …). */
export function isTherapyHead(word: Word | undefined): boolean {
  return !!word && lexiconWords('therapy-heads').has(word.lower);
}

// What may stand between two items of one list besides other items: list punctuation and a bracketed abbreviation.
const LIST_MARKS = new Set([',', '(', ')', '/']);
const LIST_COORDINATORS = wordClass('and-or');

/**
 * Whether the noun phrases holding words `first` < `second` are items of one coordinated list ("TILs and
 * TCR-engineered T cells", "CAR-T approaches, gene editing, and immune modulation"): only list marks, "and"/"or" and
 * other items stand between them, and the list has a coordinator. A phrase opened by a determiner after a comma is an
 * appositive ("Kymriah, an autologous CAR-T"), not an item.
 */
export function coordinatedPhrases(words: readonly Word[], first: number, second: number): boolean {
  const phrases = nounPhrasesOf(words);
  const left = phrases.at(first);
  const right = phrases.at(second);
  if (!left || !right || right.from < left.to || lexiconWords('determiners').has(words[right.from]!.lower)) {
    return false;
  }
  let coordinated = false;
  for (let k = left.to; k < right.from; k++) {
    const word = words[k]!.lower;
    if (LIST_COORDINATORS.has(word)) coordinated = true;
    else if (!LIST_MARKS.has(word) && !phrases.at(k)) return false;
  }
  // The coordinator may come after: "A, B, and C".
  let next = right.to;
  while (words[next]?.lower === ',') next++;
  return coordinated || LIST_COORDINATORS.has(words[next]?.lower ?? '');
}

/**
 * The other conjunct of words [from, to) when a coordinator stands right beside them ("lentiviral or
 * gamma-retroviral"): `after`, where it starts after them, or `before`, where it ends before them (exclusive).
 */
export function conjunctBeside(
  words: readonly Word[],
  from: number,
  to: number,
  coordinators: ReadonlySet<string>,
): { after?: number; before?: number } {
  const is = (k: number) => coordinators.has(words[k]?.lower ?? '');
  return { after: is(to) ? to + 1 : undefined, before: is(from - 1) ? from - 1 : undefined };
}

/**
 * The noun phrase a chain of prepositional phrases hangs from: for word `at` in "priority review to tab-cel for this
 * indication", "priority review" (walking left over preposition + phrase links). Undefined when `at` is in no phrase or
 * its phrase follows no preposition.
 */
export function governingPhrase(
  words: readonly Word[],
  at: number,
  prepositions: ReadonlySet<string>,
): NounPhrase | undefined {
  const phrases = nounPhrasesOf(words);
  let phrase = phrases.at(at);
  let governor: NounPhrase | undefined;
  while (phrase && prepositions.has(words[phrase.from - 1]?.lower ?? '')) {
    phrase = phrases.at(phrase.from - 2);
    if (phrase) governor = phrase;
  }
  return governor;
}

// Articles that open an appositive noun phrase ("Kymriah, a CD19 CAR-T, …").
const APPOSITIVE_OPENERS = wordClass('articles');

/**
 * The appositive right after the phrase ending before word `to` ("Lifileucel, a TIL product for melanoma, and …"): a
 * comma, an article, then words without a verb up to the next comma or the end of the range. What it names belongs
 * to its host, never to another item of a list the host is in. Undefined when none follows.
 */
export function appositiveAfter(words: readonly Word[], to: number, end = words.length): NounPhrase | undefined {
  if (words[to]?.lower !== ',' || !APPOSITIVE_OPENERS.has(words[to + 1]?.lower ?? '') || to === 0) return undefined;
  let close = to + 2;
  for (; close < end; close++) {
    const word = words[close]!;
    if (word.lower === ',' || word.lower === ';') break;
    // A verb makes it a clause ("…, the FDA approved …"), not a description of the host.
    if (isVerb(word)) return undefined;
  }
  return close > to + 2 ? { from: to, to: close } : undefined;
}
