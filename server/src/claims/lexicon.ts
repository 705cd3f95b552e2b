// The claim engine's cue vocabulary is data: data/lexicon/<name>.json, one file per cue class, each pattern with an
// example sentence (schema: data/schema/lexicon.schema.json). The build validates the files and writes their
// patterns into lexicon.generated.ts.
import { LEXICONS, VERB_PARTS } from './lexicon.generated';

export type LexiconName = keyof typeof LEXICONS;

/** The patterns of one lexicon, as phrases for words.ts (one stable list per name: scans index it once). */
export function lexicon(name: LexiconName): readonly string[] {
  return LEXICONS[name];
}

export type VerbLexiconName = keyof typeof VERB_PARTS;

/** A verb lexicon's lemmas as written ("lead to") and their past participles ("led to"), one of each per entry,
 * derived at build time (scripts/inflect.ts) for readers that need one form and not the others. */
export function verbParts(name: VerbLexiconName): {
  readonly lemmas: readonly string[];
  readonly participles: readonly string[];
} {
  return VERB_PARTS[name];
}

const wordSets = new Map<LexiconName, ReadonlySet<string>>();

/** The one-word patterns of a lexicon, as a set. */
export function lexiconWords(name: LexiconName): ReadonlySet<string> {
  let set = wordSets.get(name);
  if (!set) wordSets.set(name, (set = new Set(LEXICONS[name].filter((p) => !p.includes(' ')))));
  return set;
}

let slotNames: ReadonlySet<string> | undefined;

/** Every table header's words (data/lexicon/table-header*): the names of slots a label line may fill ("Target"). */
export function isSlotName(label: string): boolean {
  slotNames ??= new Set(
    (Object.keys(LEXICONS) as LexiconName[])
      .filter((name) => name.startsWith('table-header'))
      .flatMap((n) => LEXICONS[n]),
  );
  return slotNames.has(label);
}
