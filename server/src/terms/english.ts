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
// The filter's bits are read from the base64 text where they are: decoding all of it cost ~2 ms of every start-up.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const sextets = new Uint8Array(128);
for (let i = 0; i < BASE64.length; i++) sextets[BASE64.charCodeAt(i)] = i;
const sextet = (at: number) => sextets[data.charCodeAt(at)]!;

/** Byte `n` of the filter: four base64 characters hold three bytes. */
function byteAt(n: number): number {
  const at = 4 * ((n / 3) | 0);
  switch (n % 3) {
    case 0:
      return (sextet(at) << 2) | (sextet(at + 1) >> 4);
    case 1:
      return ((sextet(at + 1) & 15) << 4) | (sextet(at + 2) >> 2);
    default:
      return ((sextet(at + 2) & 3) << 6) | sextet(at + 3);
  }
}
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
  if (!bits || !data) return false;
  const h1 = fnv1a(key, 2166136261);
  const h2 = fnv1a(key, 374761393) | 1;
  for (let i = 0; i < hashes; i++) {
    const bit = ((h1 + Math.imul(i, h2)) >>> 0) % bits;
    if (!(byteAt(bit >>> 3) & (1 << (bit & 7)))) return false;
  }
  return true;
}
