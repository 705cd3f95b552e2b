// Lemma lexicons: an entry of a cue lexicon (data/lexicon/*.json) marked as a verb or a count noun stands for every
// form of its head word, derived here at build time (scripts/lexicon.mjs), so that no form is missed because nobody
// typed it. Rules cover regular English; data/morphology/irregular.json holds what they cannot derive.
import irregular from '../data/morphology/irregular.json';
import { CARDINAL_WORDS } from '../server/src/claims/cardinals';

export type Inflection = 'verb' | 'noun';

export interface LexiconEntry {
  pattern: string;
  example: string;
  /** Overrides the lexicon's `inflect`; "none" keeps the pattern as written. */
  inflect?: Inflection | 'none';
  /** The index of the word to inflect (default: a verb's first word, a noun's last). */
  head?: number;
}

export interface LexiconData {
  description: string;
  inflect?: Inflection;
  /** A count written as a word is also read as digits: "two infusions" stands for "2 infusions" too. */
  numerals?: true;
  patterns: LexiconEntry[];
}

const verbs: Record<string, string[]> = irregular.verbs;
const nouns: Record<string, string[]> = irregular.nouns;
const doubling = new Set(irregular.doubling);

const consonant = (c: string | undefined) => c !== undefined && /[bcdfghjklmnpqrstvz]/.test(c);
const vowel = (c: string | undefined) => c !== undefined && /[aeiou]/.test(c);

/** Whether a verb doubles its last consonant before -ed/-ing: one syllable ending consonant-vowel-consonant ("stop",
 * not "need", "fix" or "show"), or listed as stressed on its last syllable ("refer"). */
function doubles(verb: string): boolean {
  if (doubling.has(verb)) return true;
  const n = verb.length;
  const syllables = verb.replace(/^qu/, 'q').match(/[aeiouy]+/g)?.length ?? 0;
  return (
    syllables === 1 &&
    consonant(verb[n - 1]) &&
    !/[wxy]/.test(verb[n - 1]!) &&
    vowel(verb[n - 2]) &&
    !vowel(verb[n - 3])
  );
}

const sibilant = (word: string) => /(s|x|z|ch|sh)$/.test(word);
const consonantY = (word: string) => word.endsWith('y') && consonant(word[word.length - 2]);

/** A verb's forms, the lemma first: "target" → targets, targeted, targeting; "carry" → carries, carried, carrying. */
export function verbForms(lemma: string): string[] {
  const listed = verbs[lemma];
  if (listed) return unique([lemma, ...listed]);
  const third =
    sibilant(lemma) || lemma.endsWith('o')
      ? `${lemma}es`
      : consonantY(lemma)
        ? `${lemma.slice(0, -1)}ies`
        : `${lemma}s`;
  const doubled = doubles(lemma) ? lemma + lemma.at(-1) : lemma;
  const past = lemma.endsWith('e') ? `${lemma}d` : consonantY(lemma) ? `${lemma.slice(0, -1)}ied` : `${doubled}ed`;
  const ing = lemma.endsWith('ie')
    ? `${lemma.slice(0, -2)}ying`
    : /[^eoy]e$/.test(lemma)
      ? `${lemma.slice(0, -1)}ing`
      : `${doubled}ing`;
  return unique([lemma, third, past, ing]);
}

/** A verb's past participle: "target" → targeted, "make" → made, "give" → given, "put" → put. An irregular verb's
 * listed forms are its -s form, its past and past participle (one form when they are alike; none when both are the
 * lemma) and its -ing form; the participle is the last of those between. */
export function verbParticiple(lemma: string): string {
  const listed = verbs[lemma];
  if (!listed) return verbForms(lemma)[2]!;
  const between = listed.slice(1, listed.at(-1)?.endsWith('ing') ? -1 : undefined);
  return between.at(-1) ?? lemma;
}

/** A count noun and its plural: "study" → studies, "class" → classes, "diagnosis" → diagnoses, "criterion" → criteria. */
export function nounForms(lemma: string): string[] {
  const listed = nouns[lemma];
  if (listed) return unique([lemma, ...listed]);
  if (lemma.endsWith('sis')) return [lemma, `${lemma.slice(0, -2)}es`];
  if (sibilant(lemma)) return [lemma, `${lemma}es`];
  if (consonantY(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`];
  return [lemma, `${lemma}s`];
}

/** Every phrase an entry stands for, its pattern first. */
export function entryForms(entry: LexiconEntry, inflect: Inflection | undefined): string[] {
  const kind = entry.inflect ?? inflect;
  if (!kind || kind === 'none') return [entry.pattern];
  const words = entry.pattern.split(' ');
  const head = entry.head ?? (kind === 'verb' ? 0 : words.length - 1);
  const word = words[head];
  if (word === undefined || !/^[a-z]+$/.test(word)) {
    throw new Error(`"${entry.pattern}": head ${head} is not a word to inflect`);
  }
  return (kind === 'verb' ? verbForms(word) : nounForms(word)).map((form) =>
    [...words.slice(0, head), form, ...words.slice(head + 1)].join(' '),
  );
}

/** The parts of a verb lexicon's entries that readers ask for by name: each entry's lemma as written ("lead to") and
 * its past participle ("led to"), in entry order; entries not inflected as verbs are left out. */
export function verbParts(data: LexiconData): { lemmas: string[]; participles: string[] } {
  const lemmas: string[] = [];
  const participles: string[] = [];
  for (const entry of data.patterns) {
    if ((entry.inflect ?? data.inflect) !== 'verb') continue;
    const words = entry.pattern.split(' ');
    const head = entry.head ?? 0;
    lemmas.push(entry.pattern);
    participles.push([...words.slice(0, head), verbParticiple(words[head]!), ...words.slice(head + 1)].join(' '));
  }
  return { lemmas: unique(lemmas), participles: unique(participles) };
}

/** A phrase with each cardinal number word written as digits ("two doses" → "2 doses"), when it has one. */
export function numeralForm(phrase: string): string | undefined {
  const words = phrase.split(' ');
  if (!words.some((w) => CARDINAL_WORDS.has(w))) return undefined;
  return words.map((w) => String(CARDINAL_WORDS.get(w) ?? w)).join(' ');
}

/** The patterns a lexicon file stands for, in order; throws when an entry is a form another entry already derives. */
export function lexiconPatterns(data: LexiconData): string[] {
  const derivedFrom = new Map<string, string>();
  const out: string[] = [];
  for (const entry of data.patterns) {
    const forms = entryForms(entry, data.inflect);
    const numerals = data.numerals ? forms.map(numeralForm).filter((f) => f !== undefined) : [];
    for (const form of [...forms, ...numerals]) {
      const owner = derivedFrom.get(form);
      if (owner !== undefined && owner !== entry.pattern) {
        throw new Error(`"${form}" is listed twice (derived from "${owner}" and from "${entry.pattern}")`);
      }
      if (owner === undefined) out.push(form);
      derivedFrom.set(form, entry.pattern);
    }
  }
  return out;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
