import { lexiconWords } from './lexicon';
import type { Word } from './words';

const SCALE_HEADS = lexiconWords('grading-scale-heads');

/**
 * Whether the words name a grading system the knowledge base does not know: a capitalized name no mention covers
 * before a grading system's head ("Penn criteria", "CTCAE grade"). Its grades follow its own criteria.
 */
export function unknownScaleNamed(words: readonly Word[], known: (at: number) => boolean): boolean {
  for (let i = 1; i < words.length; i++) {
    if (!SCALE_HEADS.has(words[i]!.lower)) continue;
    const before = words[i - 1]!;
    if (before.punct || !/^[A-Z]/.test(before.text)) continue;
    // A sentence's or a header's first word ("Maximum grade") may be no name: left unjudged all the same.
    if (!known(i - 1)) return true;
  }
  return false;
}
