// Verb classes are data: a lemma lexicon of one meaning (data/lexicon/making-verbs, basing-verbs) stands for every form
// of its verbs (scripts/inflect.ts), and each relation whose predicate has that meaning reads the class in the frames it
// understands, instead of keeping its own list of inflected phrases.
import { type VerbLexiconName, verbParts } from './lexicon';

const passives = new Map<VerbLexiconName, readonly string[]>();

/** A verb class's passives with "by" ("made by", "engineered by", "co developed by"): the past participle of each of its
 * verbs (scripts/inflect.ts), one list per class (scans index it once). */
export function passivesWithBy(name: VerbLexiconName): readonly string[] {
  let list = passives.get(name);
  if (!list) passives.set(name, (list = verbParts(name).participles.map((p) => `${p} by`)));
  return list;
}
