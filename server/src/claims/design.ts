import type { Entity } from '../kb/types';
import { phraseAt, type Word } from './words';

/** A design property a phrase can name ("allogeneic CAR-T", "gene-edited"). */
export type DesignProperty =
  | 'autologous'
  | 'allogeneic'
  | 'gene-edited'
  | 'genetically-modified'
  | 'not-genetically-modified'
  | 'mhc-restricted'
  | 'mhc-independent';

/** Words that name design properties; read on hyphen-free lower-case words. */
export const DESIGN_WORDS: readonly { phrase: string; property: DesignProperty }[] = [
  { phrase: 'autologous', property: 'autologous' },
  { phrase: 'allogeneic', property: 'allogeneic' },
  { phrase: 'allogenic', property: 'allogeneic' },
  { phrase: 'off the shelf', property: 'allogeneic' },
  { phrase: 'donor derived', property: 'allogeneic' },
  { phrase: 'donor t cells', property: 'allogeneic' },
  { phrase: 'donor cells', property: 'allogeneic' },
  { phrase: 'from donors', property: 'allogeneic' },
  { phrase: 'from a donor', property: 'allogeneic' },
  { phrase: 'healthy donor', property: 'allogeneic' },
  { phrase: 'healthy donors', property: 'allogeneic' },
  // "the patient's own T cells" (the possessive is not a word of its own).
  { phrase: 'own t cells', property: 'autologous' },
  { phrase: 'own cells', property: 'autologous' },
  { phrase: 'own immune cells', property: 'autologous' },
  { phrase: 'gene edited', property: 'gene-edited' },
  { phrase: 'gene editing', property: 'gene-edited' },
  { phrase: 'crispr', property: 'gene-edited' },
  { phrase: 'talen', property: 'gene-edited' },
  { phrase: 'base edited', property: 'gene-edited' },
  // "made by CRISPR editing": the editing named by its tool is the design itself, not a noun it premodifies.
  { phrase: 'crispr editing', property: 'gene-edited' },
  { phrase: 'crispr gene editing', property: 'gene-edited' },
  { phrase: 'crispr cas9 editing', property: 'gene-edited' },
  { phrase: 'talen editing', property: 'gene-edited' },
  { phrase: 'base editing', property: 'gene-edited' },
  { phrase: 'genome editing', property: 'gene-edited' },
  { phrase: 'genome edited', property: 'gene-edited' },
  { phrase: 'genetically engineered', property: 'genetically-modified' },
  { phrase: 'genetically modified', property: 'genetically-modified' },
  { phrase: 'gene modified', property: 'genetically-modified' },
  { phrase: 'engineered', property: 'genetically-modified' },
  { phrase: 'not genetically engineered', property: 'not-genetically-modified' },
  { phrase: 'not genetically modified', property: 'not-genetically-modified' },
  { phrase: 'unmodified', property: 'not-genetically-modified' },
  { phrase: 'hla restricted', property: 'mhc-restricted' },
  { phrase: 'mhc restricted', property: 'mhc-restricted' },
  { phrase: 'presented on mhc', property: 'mhc-restricted' },
  { phrase: 'presented by mhc', property: 'mhc-restricted' },
  { phrase: 'presented on hla', property: 'mhc-restricted' },
  { phrase: 'presented by hla', property: 'mhc-restricted' },
  { phrase: 'require hla', property: 'mhc-restricted' },
  { phrase: 'requires hla', property: 'mhc-restricted' },
  { phrase: 'mhc independent', property: 'mhc-independent' },
  { phrase: 'independent of mhc', property: 'mhc-independent' },
  { phrase: 'independently of mhc', property: 'mhc-independent' },
  { phrase: 'without mhc', property: 'mhc-independent' },
  { phrase: 'without hla', property: 'mhc-independent' },
  { phrase: 'independent of hla', property: 'mhc-independent' },
  { phrase: 'independently of hla', property: 'mhc-independent' },
  { phrase: 'hla independent', property: 'mhc-independent' },
];

const DESIGN_BY_LENGTH = [...DESIGN_WORDS].sort((a, b) => b.phrase.length - a.phrase.length);
// Their first words: most words start no design phrase, and one set lookup tells.
const DESIGN_FIRST_WORDS = new Set(DESIGN_WORDS.map((d) => d.phrase.split(' ')[0]!));

/** The design property whose phrase starts at word `at` (longest phrase wins: "not genetically engineered"). */
export function designAt(words: readonly Word[], at: number): { property: DesignProperty; length: number } | undefined {
  if (!DESIGN_FIRST_WORDS.has(words[at]?.lower ?? '')) return undefined;
  const hit = DESIGN_BY_LENGTH.find((d) => phraseAt(words, at, d.phrase));
  return hit && { property: hit.property, length: hit.phrase.split(' ').length };
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
