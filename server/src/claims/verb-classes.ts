// Verb classes are data: a lemma lexicon of one meaning (data/lexicon/making-verbs, basing-verbs) stands for every form
// of its verbs (scripts/inflect.ts), and each relation whose predicate has that meaning reads the class in the frames it
// understands, instead of keeping its own list of inflected phrases.
import { type LexiconName, lexicon } from './lexicon';

const passives = new Map<LexiconName, readonly string[]>();

/** A verb class's passives with "by" ("made by", "engineered by", "co developed by"): every form of its verbs but the
 * -s and -ing forms (one list per class: scans index it once). */
export function passivesWithBy(name: LexiconName): readonly string[] {
  let list = passives.get(name);
  if (!list) {
    const forms = new Set(lexicon(name));
    const third = (form: string) =>
      form.split(' ').some((word, i, all) => {
        if (!word.endsWith('s')) return false;
        const stem = (w: string) => [...all.slice(0, i), w, ...all.slice(i + 1)].join(' ');
        return (
          forms.has(stem(word.slice(0, -1))) ||
          forms.has(stem(word.slice(0, -2))) ||
          forms.has(stem(`${word.slice(0, -3)}y`))
        );
      });
    list = [...forms].filter((f) => !f.split(' ').some((w) => w.endsWith('ing')) && !third(f)).map((f) => `${f} by`);
    passives.set(name, list);
  }
  return list;
}
