import { distance } from 'fastest-levenshtein';
import type { KnowledgeIndex } from '../kb/index';
import type { Entity } from '../kb/types';
import { ALIAS_WORDS_JSON } from './alias-tokens.generated';
import { isEnglishNear, isEnglishWord } from './english';

/**
 * The distinctive words of the knowledge base (Kymriah, tisagenlecleucel, maraleucel …) indexed for
 * near-miss lookups. English words (./english.ts) are never candidates and never flagged: a term that
 * is an ordinary word ("persistence") is a general spell checker's business.
 */
export interface VocabularyWord {
  /** As the knowledge base writes it. */
  text: string;
  key: string;
  entities: Entity[];
}

export interface Suggestion {
  word: VocabularyWord;
  distance: number;
}

export const MIN_WORD_LENGTH = 5;
export { isEnglishWord };

/** Edits allowed for a word of this length: none below 5 letters, 1 up to 6, 2 up to 10, then 3. */
export function maxDistance(length: number): number {
  if (length < MIN_WORD_LENGTH) return 0;
  if (length <= 6) return 1;
  if (length <= 10) return 2;
  return 3;
}

export class Vocabulary {
  /** Every lower-cased word of every alias (any length): never a misspelling itself. */
  private readonly known = new Set<string>();
  /** Candidate shapes by first letter, then by length; English ones are set aside when first compared. */
  private readonly buckets = new Map<string, Map<number, VocabularyWord[]>>();
  /** isEnglishWord by candidate key, asked on first use: most candidates are never compared to anything. */
  private readonly english = new Map<string, boolean>();
  /** The candidate words by key. */
  private readonly words = new Map<string, VocabularyWord>();

  constructor(entities: Iterable<Entity>) {
    const words = this.words;
    for (const entity of entities) {
      for (const alias of [{ text: entity.name }, ...entity.aliases]) {
        for (const [word, candidate] of aliasWords(alias.text)) {
          const key = word.toLowerCase();
          this.known.add(key);
          // A listed misspelling's words ("lymphoiblast") are never offered as the right spelling.
          if (!candidate || ('kind' in alias && alias.kind === 'misspelling')) continue;
          const entry = words.get(key) ?? { text: word, key, entities: [] };
          if (!entry.entities.includes(entity)) entry.entities.push(entity);
          words.set(key, entry);
        }
      }
    }
    // Pushed, not copied: copying a bucket per word was quadratic in a workspace's many aliases of one shape.
    for (const word of words.values()) {
      let byLength = this.buckets.get(word.key[0]!);
      if (!byLength) this.buckets.set(word.key[0]!, (byLength = new Map()));
      const bucket = byLength.get(word.key.length);
      if (bucket) bucket.push(word);
      else byLength.set(word.key.length, [word]);
    }
  }

  private isEnglish(key: string): boolean {
    let english = this.english.get(key);
    if (english === undefined) this.english.set(key, (english = isEnglishWord(key)));
    return english;
  }

  isKnown(key: string): boolean {
    return this.known.has(key);
  }

  /** The candidate word a lower-cased key spells exactly, if any ("kymriah" for Kymriah). */
  wordOf(key: string): VocabularyWord | undefined {
    return this.words.get(key);
  }

  /** Near misses of a written word, best first; empty for known and English words. */
  suggest(written: string): Suggestion[] {
    const key = written.toLowerCase();
    const allowed = maxDistance(key.length);
    if (allowed === 0 || this.known.has(key)) return [];
    const byLength = this.buckets.get(key[0]!);
    if (!byLength) return [];
    // The filter's "English" (about 1% false positives) is checked against the exact list of English words near the
    // shipped names once the near misses are known.
    const english = isEnglishWord(key);
    const found: Suggestion[] = [];
    for (let length = key.length - allowed; length <= key.length + allowed; length++) {
      for (const word of byLength.get(length) ?? []) {
        if (this.isEnglish(word.key)) continue;
        // The threshold scales with the shorter of the two words, so a short word never reaches a long one.
        const limit = Math.min(allowed, maxDistance(word.key.length));
        const d = editDistance(key, word.key);
        if (d > 0 && d <= limit) found.push({ word, distance: d });
      }
    }
    const near = found.map((s) => s.word.key);
    if (english && (isEnglishNear(key, near) ?? true)) return [];
    return found.sort((a, b) => a.distance - b.distance || a.word.key.localeCompare(b.word.key));
  }
}

/**
 * Levenshtein distance, with two swapped neighbours ("Aebcma" for "Abecma") as one edit: the commonest typing slip,
 * which plain Levenshtein counts as two and so never suggested for a short name.
 */
export function editDistance(a: string, b: string): number {
  const d = distance(a, b);
  return d === 2 && isTransposition(a, b) ? 1 : d;
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** An alias's words (runs of letters and digits), each with whether it has a candidate's shape. */
export function wordsOfAlias(text: string): [word: string, candidate: boolean][] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => [word, hasCandidateShape(word)]);
}

/**
 * The shipped names' and aliases' words, split at build time (scripts/terms.mjs): splitting them was most of building
 * the vocabulary at every start-up. Other texts (workspace data) are split here.
 */
let shippedWords: Map<string, [string, boolean][]> | undefined;

function aliasWords(text: string): [string, boolean][] {
  shippedWords ??= new Map(Object.entries(JSON.parse(ALIAS_WORDS_JSON) as Record<string, [string, boolean][]>));
  return shippedWords.get(text) ?? wordsOfAlias(text);
}

/**
 * Letters only and long enough: "Kymriah", "cells" yes; "KTE-C19" no. A candidate must also not be an
 * English word ("cells", "persistence"): that is checked when it is first compared.
 */
function hasCandidateShape(word: string): boolean {
  return word.length >= MIN_WORD_LENGTH && /^\p{L}+$/u.test(word);
}

const vocabularies = new WeakMap<KnowledgeIndex, Vocabulary>();

/** One vocabulary per knowledge index, built on first use. */
export function vocabularyOf(index: KnowledgeIndex): Vocabulary {
  let vocabulary = vocabularies.get(index);
  if (!vocabulary) vocabularies.set(index, (vocabulary = new Vocabulary(index.entities())));
  return vocabulary;
}
