import type { Entity } from '../kb/types';
import { lexicon, lexiconWords } from './lexicon';
import { phraseAt, phraseStartingAt, type Word } from './words';
import { phraseAlternation } from '../util/alternation';

/** A design property a phrase can name ("allogeneic CAR-T", "gene-edited"). */
export type DesignProperty =
  | 'autologous'
  | 'allogeneic'
  | 'gene-edited'
  | 'genetically-modified'
  | 'not-genetically-modified'
  | 'mhc-restricted'
  | 'mhc-independent';

const PROPERTIES: readonly DesignProperty[] = [
  'autologous',
  'allogeneic',
  'gene-edited',
  'genetically-modified',
  'not-genetically-modified',
  'mhc-restricted',
  'mhc-independent',
];

/** Words that name design properties (data/lexicon/design-<property>); read on hyphen-free lower-case words. */
export const DESIGN_WORDS: readonly { phrase: string; property: DesignProperty }[] = PROPERTIES.flatMap((property) =>
  lexicon(`design-${property}`).map((phrase) => ({ phrase, property })),
);

/** Whether a text may name a design property in the lexicons' words: a relation's prefilter reads every entry. */
export const DESIGN_TEXT = new RegExp(
  `\\b(?:${phraseAlternation(
    DESIGN_WORDS.map((d) => d.phrase.replace(/[^a-z0-9 ]/g, (c) => `\\${c}`)),
    '\\W+',
  )})\\b`,
  'i',
);

const DESIGN_BY_LENGTH = [...DESIGN_WORDS].sort((a, b) => b.phrase.length - a.phrase.length);
// Their first words: most words start no design phrase, and one set lookup tells.
const DESIGN_FIRST_WORDS = new Set(DESIGN_WORDS.map((d) => d.phrase.split(' ')[0]!));

/** The design property whose phrase starts at word `at` (longest phrase wins: "not genetically engineered"). */
export function designAt(words: readonly Word[], at: number): { property: DesignProperty; length: number } | undefined {
  const first = words[at]?.lower ?? '';
  if (INDIFFERENCE_FIRST_WORDS.has(first)) {
    const length = cueBeforeMhc(words, at, INDIFFERENCE);
    if (length) return { property: 'mhc-independent', length };
  }
  if (PRESENTATION_FIRST_WORDS.has(first)) {
    const length = cueBeforeMhc(words, at, PRESENTATION);
    if (length) return { property: 'mhc-restricted', length };
  }
  if (!DESIGN_FIRST_WORDS.has(first)) return undefined;
  const hit = DESIGN_BY_LENGTH.find((d) => phraseAt(words, at, d.phrase));
  return hit && { property: hit.property, length: hit.phrase.split(' ').length };
}

const INDIFFERENCE = lexicon('indifference-cues');
const INDIFFERENCE_FIRST_WORDS = new Set(INDIFFERENCE.map((p) => p.split(' ')[0]!));
const PRESENTATION = lexicon('mhc-presentation-cues');
const PRESENTATION_FIRST_WORDS = new Set(PRESENTATION.map((p) => p.split(' ')[0]!));
// Words a possessor or determiner may take between the cue and the MHC word ("the transplant recipient's HLA").
const MAX_POSSESSOR_WORDS = 2;

/**
 * "regardless of (the patient's / their / a recipient's) HLA type" (indifference), "displayed on the patient's HLA
 * molecules" (presentation): a cue, then a noun phrase whose MHC word follows only determiners and a short possessor.
 * Its length in words, or undefined.
 */
function cueBeforeMhc(words: readonly Word[], at: number, cues: readonly string[]): number | undefined {
  const cue = phraseStartingAt(words, at, cues);
  if (!cue) return undefined;
  const determiners = lexiconWords('determiners');
  let others = 0;
  for (let k = at + cue.length; k < words.length; k++) {
    const word = words[k]!;
    if (lexiconWords('mhc-nouns').has(word.lower)) return k + 1 - at;
    if (word.punct || (!determiners.has(word.lower) && ++others > MAX_POSSESSOR_WORDS)) return undefined;
  }
  return undefined;
}

/** Design properties named in words [from, to). */
export function designIn(words: readonly Word[], from: number, to: number): DesignProperty[] {
  const found: DesignProperty[] = [];
  for (let i = from; i < to; i++) {
    const hit = designAt(words, i);
    if (hit) {
      found.push(hit.property);
      i += hit.length - 1;
    }
  }
  return found;
}

/** Whether a product has a design property; undefined when the knowledge base does not say. */
export function hasProperty(entity: Entity, property: DesignProperty): boolean | undefined {
  const design = entity.design;
  if (!design) return undefined;
  switch (property) {
    // An origin the knowledge base does not record is unknown, not "the other one".
    case 'autologous':
      return design.origin === undefined ? undefined : design.origin === 'autologous';
    case 'allogeneic':
      return design.origin === undefined ? undefined : design.origin === 'allogeneic';
    case 'gene-edited':
      return design.geneEdited;
    case 'genetically-modified':
      return design.geneticallyModified;
    case 'not-genetically-modified':
      return design.geneticallyModified === undefined ? undefined : !design.geneticallyModified;
    case 'mhc-restricted':
      return design.hlaRestricted;
    case 'mhc-independent':
      return design.hlaRestricted === undefined ? undefined : !design.hlaRestricted;
  }
}
