// Closed word classes (articles, copulas, auxiliaries, relatives, …) are data: data/lexicon/word-classes.json tags each
// word with its classes, and the build writes each class's words into lexicon.generated.ts.
import { WORD_CLASSES } from './lexicon.generated';

export type WordClassName = keyof typeof WORD_CLASSES;

const sets = new Map<WordClassName, ReadonlySet<string>>();

/** The words of one class, as a set (one per class: every reader shares it). */
export function wordClass(name: WordClassName): ReadonlySet<string> {
  let set = sets.get(name);
  if (!set) sets.set(name, (set = new Set(WORD_CLASSES[name])));
  return set;
}
