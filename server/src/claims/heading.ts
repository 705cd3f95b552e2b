import type { Word } from './words';

// Finite verbs and auxiliaries: a heading without any of them only names a topic ("CAR T for NETs").
const FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'does',
  'do',
  'did',
  'can',
  'cannot',
  'approves',
  'approved',
  'targets',
  'targeted',
  'cures',
  'cured',
  'causes',
  'uses',
  'used',
  'recognizes',
  'carries',
  'requires',
  'works',
  'treats',
  'became',
  'becomes',
  'remains',
  'kills',
  'blocks',
  'include',
  'includes',
]);

/** True for a heading that only names a topic: it has no finite verb, so it asserts nothing. */
export function isTopicOnly(words: readonly Word[]): boolean {
  return !words.some((w) => FINITE.has(w.lower) && !w.hyphenBefore && !words[w.index + 1]?.hyphenBefore);
}
