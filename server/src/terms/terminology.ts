import type { KnowledgeIndex } from '../kb/index';
import { capitalize } from '../util/text';
import type { Alias, Entity } from '../kb/types';
import type { Sentence } from '../text/sentences';
import type { TermMatch } from './matcher';

// Helpers shared by the terminology rules, hover, completion and the glossary commands.

/** Abbreviation-like: one token with at least two capitals (CRS, ICANS, LBCL, pNET). */
export function isAbbreviation(alias: Alias): boolean {
  return alias.kind === 'abbreviation';
}

/**
 * What an abbreviation stands for: of the entity's name (either side of a parenthesis, "BCMA (B-cell
 * maturation antigen)", "immune effector … syndrome (ICANS)") and its synonyms, the first with several
 * words that does not itself contain the abbreviation's capitals ("CAR T-cell therapy" does not expand "CAR-T").
 */
export function fullName(entity: Entity, abbreviation?: string): string | undefined {
  const abbreviations = new Set(entity.aliases.filter(isAbbreviation).map((a) => a.text));
  const capitals = (abbreviation ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && w === w.toUpperCase())
    .map((w) => w.toLowerCase());
  const parts = /^(.*?)\s*\(([^()]*)\)$/.exec(entity.name);
  const candidates = [
    ...(parts ? [parts[1]!, parts[2]!] : [entity.name]),
    ...entity.aliases.filter((a) => a.kind === 'synonym' || a.kind === undefined).map((a) => a.text),
  ];
  return candidates.find((text) => {
    if (!/\s/.test(text.trim()) || abbreviations.has(text)) return false;
    const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    return !capitals.some((c) => words.has(c));
  });
}

/** "tisagenlecleucel (Kymriah)" or "Kymriah (tisagenlecleucel)", per the genericNameStyle setting. */
export function pairGenericAndBrand(
  generic: string,
  brand: string,
  style: 'generic (Brand)' | 'Brand (generic)',
): string {
  return style === 'Brand (generic)' ? `${brand} (${generic})` : `${generic} (${brand})`;
}

/** The generic (INN) of a product that has a brand: its inn alias, else its name when that is not the brand. */
export function genericOf(entity: Entity, index: KnowledgeIndex): string | undefined {
  const brand = index.brand(entity);
  if (!brand) return undefined;
  const inn = index.generic(entity);
  if (inn) return inn;
  return entity.name !== brand && !/[A-Z]/.test(entity.name[0] ?? '') ? entity.name : undefined;
}

/** "AMA headline": generic (Brand) for products with both, else the canonical name. */
export function headline(entity: Entity, index: KnowledgeIndex): string {
  const brand = index.brand(entity);
  const generic = genericOf(entity, index);
  return brand && generic ? `${generic} (${brand})` : entity.name;
}

/** A mention written as a plural of its alias ("NETs" for "NET"). */
export function isPluralMention(mention: TermMatch): boolean {
  return mention.text.length > mention.alias.text.length && /s$/i.test(mention.text);
}

/** "therapy" → "therapies", "CAR T cell" → "CAR T cells"; abbreviations take a plain "s" ("NETs"). */
export function pluralize(term: string): string {
  if (/[^aeiou]y$/.test(term)) return term.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(term)) return term + 'es';
  return term + 's';
}

/** Walks sentences in document order: `at(offset)` for non-decreasing offsets is amortized O(1). */
export class SentenceCursor {
  private i = 0;
  constructor(private readonly sentences: readonly Sentence[]) {}

  at(offset: number): Sentence | undefined {
    while (this.i < this.sentences.length && this.sentences[this.i]!.end < offset) this.i++;
    const sentence = this.sentences[this.i];
    return sentence && sentence.start <= offset ? sentence : undefined;
  }

  /** The sentence after the current one, if in the same block. */
  next(): Sentence | undefined {
    const current = this.sentences[this.i];
    const following = this.sentences[this.i + 1];
    return current && following && following.blockIndex === current.blockIndex ? following : undefined;
  }
}

/** Keeps the case pattern of the written word when suggesting a replacement for it. */
export function matchCase(written: string, suggestion: string): string {
  if (/[A-Z]/.test(suggestion)) return suggestion;
  if (written.length > 1 && written === written.toUpperCase()) return suggestion.toUpperCase();
  if (/^\p{Lu}/u.test(written)) return capitalize(suggestion);
  return suggestion;
}
