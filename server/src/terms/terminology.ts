import type { KnowledgeIndex } from '../kb/index';
import { capitalize } from '../util/text';
import { detach } from '../util/memo';
import type { Alias, Entity } from '../kb/types';
import type { Sentence } from '../text/sentences';
import type { TermMatch } from './matcher';

// Helpers shared by the terminology rules, hover, completion and the glossary commands.

/** Abbreviation-like: one token with at least two capitals (CRS, ICANS, LBCL, pNET). */
export function isAbbreviation(alias: Alias): boolean {
  return alias.kind === 'abbreviation';
}

/**
 * The letters an abbreviation is built from: its tokens that carry a capital or a digit ("B-cell NHL" gives
 * b n h l, "IL-6R" i l 6 r, "pNET" p n e t), a plural "s" after a capital dropped ("CARs", "INDs").
 */
function lettersOf(abbreviation: string): string {
  return abbreviation
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => /[\p{Lu}\p{N}]/u.test(t))
    .map((t) => (/\p{Lu}s$/u.test(t) ? t.slice(0, -1) : t))
    .join('')
    .toLowerCase();
}

/**
 * Whether a long form spells out an abbreviation (Schwartz and Hearst's test): its letters appear in order in the
 * long form, the first at the long form's start. "major histocompatibility complex" spells MHC, "human leukocyte
 * antigen" does not; "hemophagocytic lymphohistiocytosis" spells HLH.
 */
export function spellsOut(abbreviation: string, long: string): boolean {
  const letters = lettersOf(abbreviation);
  const text = long.toLowerCase();
  if (!letters) return false;
  // Backwards, each letter at its nearest place; the first one is the long form's first character.
  let j = text.length - 1;
  for (let i = letters.length - 1; i > 0; i--) {
    while (j > 0 && text[j] !== letters[i]) j--;
    if (j <= 0) return false;
    j--;
  }
  return text[0] === letters[0];
}

function candidatesOf(entity: Entity, abbreviation?: string): string[] {
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
  return candidates.filter((text) => {
    if (!/\s/.test(text.trim()) || abbreviations.has(text)) return false;
    const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    return !capitals.some((c) => words.has(c));
  });
}

/**
 * What an abbreviation stands for, only when a name of the entity spells it out (see `spellsOut`): of the
 * entity's name (either side of a parenthesis) and its synonyms, the first that does, leaving out a name that
 * joins two terms with "/" unless the abbreviation does too ("CLL" is chronic lymphocytic leukemia, not
 * "chronic lymphocytic leukemia / small lymphocytic lymphoma"). "RRMM" and "R/R MM" are "relapsed or refractory"
 * and what the rest spells out. Undefined when nothing does: no expansion is better than a wrong one.
 */
export function expansionOf(entity: Entity, abbreviation: string): string | undefined {
  // Asked again for the same few abbreviations at every edit: worked out once per entity and abbreviation.
  let known = expansions.get(entity);
  if (!known) expansions.set(entity, (known = new Map()));
  if (known.has(abbreviation)) return known.get(abbreviation);
  const expansion = expand(entity, abbreviation);
  known.set(detach(abbreviation), expansion);
  return expansion;
}

const expansions = new WeakMap<Entity, Map<string, string | undefined>>();

function expand(entity: Entity, abbreviation: string): string | undefined {
  const slash = abbreviation.includes('/');
  const found = (abbr: string) =>
    candidatesOf(entity, abbr).find((text) => (slash || !text.includes('/')) && spellsOut(abbr, text));
  const direct = found(abbreviation);
  if (direct) return direct;
  const rest = /^(?:RR|R\/R|r\/r)[-\s]?(?=[A-Z])(.+)$/.exec(abbreviation)?.[1];
  const relapsed = rest ? found(rest) : undefined;
  return relapsed ? `relapsed or refractory ${relapsed}` : undefined;
}

/**
 * What an abbreviation stands for: the name that spells it out (`expansionOf`), else of the entity's name
 * (either side of a parenthesis, "BCMA (B-cell maturation antigen)", "immune effector … syndrome (ICANS)") and its
 * synonyms, the first with several words that does not itself contain the abbreviation's capitals ("CAR T-cell
 * therapy" does not expand "CAR-T").
 */
export function fullName(entity: Entity, abbreviation?: string): string | undefined {
  return (abbreviation && expansionOf(entity, abbreviation)) || candidatesOf(entity, abbreviation)[0];
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

// Words that end a noun phrase rather than continue it: verbs, prepositions, conjunctions, determiners.
const PHRASE_ENDERS = new Set(
  (
    'a an and are as at be been being but by can cannot could did do does for from had has have how in into is it its may ' +
    'might must not of on or per should than that the their then these this those to was were which who whose will ' +
    'with would after before during while within without among against versus vs'
  ).split(' '),
);

/** How many characters after a term modifierFollows reads. */
export const MODIFIER_WINDOW = 60;

/**
 * Whether a word after `end` continues the noun phrase, so that the term there is a compound modifier ("CAR T-cell
 * products", "T-cell malignancies", "CAR T cell-mediated"), not a noun ("CAR T cell is", "the T cell developed",
 * "T cell."). Brackets are skipped: "(CAR T-cell) therapy", "CAR T-cell (CAR-T) therapy".
 */
export function modifierFollows(text: string, end: number): boolean {
  const after = text.slice(end, end + MODIFIER_WINDOW);
  if (/^[-‐‑][\p{L}]/u.test(after)) return true;
  const word = /^(?:[^\S\n]*\([^()\n]{0,30}\))?[)\]]?[^\S\n]+([a-z][a-z-]*)/.exec(after)?.[1];
  return !!word && !PHRASE_ENDERS.has(word) && !/ed$/.test(word);
}
