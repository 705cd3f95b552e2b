import filter from './english-guard.generated.json';

// A Bloom filter of an English word list, built by scripts/terms.mjs (the hashing mirrors it): "is this
// an ordinary English word?" in a few hundred kilobytes. A false positive (about 1%) only hides a
// misspelling; a real English word is always recognized.
const { bits, hashes, data, candidates, near } = filter as {
  bits: number;
  hashes: number;
  data: string;
  /** The shipped knowledge base's misspelling candidates and the English words within a near miss of one. */
  candidates?: string[];
  near?: string[];
};
const table = Buffer.from(data, 'base64');
const shippedCandidates = new Set(candidates ?? []);
const nearWords = new Set(near ?? []);

/**
 * Whether a word the filter calls English really is, when its near misses are all shipped candidates: the exact list
 * of English words near them decides ("Carvyktie" is a filter false positive, not a word). Undefined otherwise.
 */
export function isEnglishNear(key: string, candidateKeys: readonly string[]): boolean | undefined {
  if (!candidates || !candidateKeys.every((c) => shippedCandidates.has(c))) return undefined;
  return nearWords.has(key);
}

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h >>> 0;
}

/** True for ordinary English words (lower-cased key); false when the filter was built empty. */
export function isEnglishWord(key: string): boolean {
  if (!bits || table.length === 0) return false;
  const h1 = fnv1a(key, 2166136261);
  const h2 = fnv1a(key, 374761393) | 1;
  for (let i = 0; i < hashes; i++) {
    const bit = ((h1 + Math.imul(i, h2)) >>> 0) % bits;
    if (!(table[bit >>> 3]! & (1 << (bit & 7)))) return false;
  }
  return true;
}
