import type { TermMatch } from '../../terms/matcher';
import { sentenceCase } from '../sentenceCase';
import { expansionOf, isAbbreviation, isPluralMention, modifierFollows, pluralize } from '../../terms/terminology';
import type { DocumentAnalysis } from '../../document/analysis';
import type { KnowledgeIndex } from '../../kb/index';
import type { Entity } from '../../kb/types';
import type { Rule } from '../types';
import { detach } from '../../util/memo';
import { lowerBound } from '../../util/sorted';
import { maskedOf } from '../../text/prose';

/**
 * Abbreviations that style guides let stand without expansion (AMA Manual of Style, 11th ed., 13.11: "US", "DNA",
 * "HIV"; agencies readers know by their initials, as in the NCI and FDA style guides).
 */
const STANDING = new Set(['FDA', 'US', 'USA', 'UK', 'EU', 'DNA', 'RNA', 'mRNA', 'HIV', 'AIDS', 'NIH']);
// Where a definition is written whatever the knowledge base knows of the words: "Investigational New Drug (IND)"
// (the abbreviation in round or square brackets after words, possibly after a qualifier or in quotes:
// "multiple myeloma (R/R MM)", "leukemia (\"ALL\")", "lymphoma [NHL]", "transplantation (allo-HSCT)"),
// "IND (investigational new drug)", "BCMA [the B-cell maturation antigen]", "tumor-infiltrating lymphocytes, or
// TILs", "CAR refers to a chimeric antigen receptor", and glossary lines "CRS: cytokine release syndrome",
// "CRS – cytokine release syndrome", "| CRS | … |".
const IN_BRACKETS_AFTER_WORDS =
  /[\p{L}\p{N}][^\S\n]*[([](?:[^\S\n]*(?:[\p{L}\p{N}]+[^\S\n]|[Rr]\/[Rr][^\S\n]|(?:\p{L}+-)+))?[^\S\n]*["“]?$/u;
const CLOSING_BRACKET = /^[\p{L}\p{N}‐-]*["”]?[^\S\n]*(?:[;,][^)\]\n]{0,80})?[)\]]/u;
const BRACKETED_WORDS_AFTER = /^[^\S\n]*[([][^\S\n]*\p{L}[^)\]\n]*\s[^)\]\n]*[)\]]/u;
const OR_BEFORE = /,[^\S\n]*or[^\S\n]+$/;
const REFERS_AFTER = /^[^\S\n]+(?:refers to|stands for|is short for)[^\S\n]/;
const GLOSSARY_START = /(?:^|\n)[^\S\n]*(?:[-*•|][^\S\n]*)?(?:\*\*)?$/;
const GLOSSARY_SEPARATOR = /^(?:\*\*)?[^\S\n]*(?::|[–—=]|-\s|\|)/;
// A full name right before its abbreviation: "chimeric antigen receptor (CAR)", "chimeric antigen receptor or CAR",
// "usually called CAR-T cell therapy or just CAR-T", and even "chimeric antigen receptor CAR-positive".
const OPENING = /^[^\S\n]*(?:[([][^\S\n]*(?:[Rr]\/[Rr][^\S\n]+)?["“]?|,?[^\S\n]*or(?:[^\S\n]+just)?[^\S\n]+|[^\S\n])$/;
// Any abbreviation in brackets after words defines itself and the abbreviations built on it, known to the knowledge
// base or not: "T-cell receptor (TCR)" defines "TCR-T cells", "Interleukin (IL)-6" defines "IL-6".
export const BRACKETED_ABBREVIATION =
  /[\p{L}\p{N}][^\S\n]*[([]["“]?(?:[Rr]\/[Rr][^\S\n]+)?(\p{Lu}[\p{L}\p{N}]*[\p{Lu}\p{N}][\p{L}\p{N}]*)["”]?[)\]](-[\p{L}\p{N}]+)?/gu;

// The bracketed abbreviation right after a mention: the mention ends the full name it abbreviates.
const OUTER_DEFINITION = /^[^\S\n]*[([]["“]?(\p{Lu}[\p{L}\p{N}]*[\p{Lu}\p{N}][\p{L}\p{N}]*)["”]?[)\]]/u;

/** Whether the text around an abbreviation defines it (see the patterns above). */
function definedHere(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 120);
  // The patterns anchored at the start of `after` first: those anchored at the end of `before` are tried at each of
  // its characters (a few microseconds for each undefined abbreviation at every edit).
  const spaceBefore = before.length > 0 && /[^\S\n]/.test(before[before.length - 1]!);
  return (
    (CLOSING_BRACKET.test(after) && IN_BRACKETS_AFTER_WORDS.test(before)) ||
    BRACKETED_WORDS_AFTER.test(after) ||
    (spaceBefore && OR_BEFORE.test(before)) ||
    REFERS_AFTER.test(after) ||
    (GLOSSARY_SEPARATOR.test(after) && GLOSSARY_START.test(before))
  );
}

/**
 * Where each bracketed abbreviation is defined: its offset, by the abbreviation and by its root. Read block by block
 * (a definition never spans two), so that after an edit only the changed blocks are read again.
 */
function bracketedDefinitions(document: DocumentAnalysis): Map<string, number> {
  const at = new Map<string, number>();
  const add = (key: string, offset: number) => {
    if (!at.has(key)) at.set(key, offset);
  };
  for (const { blockStart, found } of document.findInBlocks('undefined-abbreviation', bracketedIn)) {
    const { index, abbreviation, suffix } = found;
    add(abbreviation, blockStart + index);
    add(rootKey(abbreviation), blockStart + index);
    if (suffix) add(abbreviation + suffix, blockStart + index);
  }
  return at;
}

// BRACKETED_ABBREVIATION, tried only where it can start: at the letter or digit before a bracket and the spaces before
// it (the scan of the unanchored pattern tried it at every letter of the document).
const BRACKETED_AT = new RegExp(BRACKETED_ABBREVIATION.source, 'uy');
const BRACKET = /[([]/g;
const INLINE_SPACE = /[^\S\n]/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The bracketed abbreviations in a block's prose ("Interleukin (IL)-6": IL, with its suffix "-6"): the matches of
 * BRACKETED_ABBREVIATION, in order and not overlapping.
 */
export function bracketedIn(prose: string): { index: number; abbreviation: string; suffix?: string }[] {
  const found: { index: number; abbreviation: string; suffix?: string }[] = [];
  // Where the next match may start: the end of the last one.
  let free = 0;
  BRACKET.lastIndex = 0;
  for (let b = BRACKET.exec(prose); b; b = BRACKET.exec(prose)) {
    let at = b.index;
    while (at > 0 && INLINE_SPACE.test(prose[at - 1]!)) at--;
    // The code point before the spaces (a surrogate pair is one).
    const low = prose.charCodeAt(at - 1);
    const start =
      low >= 0xdc00 &&
      low <= 0xdfff &&
      at >= 2 &&
      prose.charCodeAt(at - 2) >= 0xd800 &&
      prose.charCodeAt(at - 2) <= 0xdbff
        ? at - 2
        : at - 1;
    if (start < free || !LETTER_OR_DIGIT.test(prose.slice(start, at))) continue;
    BRACKETED_AT.lastIndex = start;
    const m = BRACKETED_AT.exec(prose);
    if (!m) continue;
    found.push({ index: start, abbreviation: m[1]!, ...(m[2] ? { suffix: m[2] } : {}) });
    free = start + m[0].length;
  }
  return found;
}

/** "CAR" of "CAR-T", "CAR T cells", "CARs": abbreviations built on one root are defined (and reported) together. */
function rootOf(abbreviation: string): string {
  return /^[A-Z][A-Za-z0-9]*?[A-Z0-9](?=s?\b|[-‐ ]T\b|‐)/.exec(abbreviation)?.[0] ?? abbreviation;
}

// Abbreviations and the entities they name, per knowledge base (for the root of "CAR T cells").
const abbreviationsByIndex = new WeakMap<KnowledgeIndex, Map<string, Entity>>();
function entityOfAbbreviation(index: KnowledgeIndex, abbreviation: string): Entity | undefined {
  let map = abbreviationsByIndex.get(index);
  if (!map) {
    map = new Map();
    for (const entity of index.entities())
      for (const alias of entity.aliases)
        if (isAbbreviation(alias) && !map.has(alias.text)) map.set(alias.text, entity);
    abbreviationsByIndex.set(index, map);
  }
  return map.get(abbreviation);
}

/**
 * "CAR T cells", "CAR-T cell", "TCR-T cells": cells, not the therapy. Only the root is expanded, in the configured
 * (AMA/NCI) spelling: "chimeric antigen receptor (CAR) T cells", "... (CAR) T-cell" before a noun it modifies.
 * Undefined when the mention is not such a name or its root has no expansion.
 */
function cellsExpansion(index: KnowledgeIndex, text: string, modifier: boolean): string | undefined {
  const m = /^(\p{Lu}[\p{Lu}\p{N}]*)[-‐‑ ]?(T|NK)[-‐‑ ]?(cells?)$/u.exec(text);
  if (!m) return undefined;
  const [, root, kind, cells] = m;
  const entity = entityOfAbbreviation(index, root!);
  const full = entity && expansionOf(entity, root!);
  if (!full) return undefined;
  return `${full} (${root}) ${kind}${cells === 'cells' ? ' cells' : modifier ? '-cell' : ' cell'}`;
}

/**
 * A mention the rule reads: an abbreviation (a deprecated one is deprecated-term's business, not a missing
 * definition), or a name that carries its abbreviation in brackets.
 */
function definesOrAbbreviates(mention: TermMatch): boolean {
  return isAbbreviation(mention.alias) ? !mention.entity.deprecated : mention.text.includes('(');
}

// "root:CAR" for "CAR-T", "CAR T cells": the same few abbreviations recur in every version (bounded: they come from
// documents; kept as copies, since a mention's text is a slice of its document).
const rootKeys = new Map<string, string>();
function rootKey(abbreviation: string): string {
  let key = rootKeys.get(abbreviation);
  if (key === undefined) {
    if (rootKeys.size >= 10_000) rootKeys.clear();
    rootKeys.set(detach(abbreviation), (key = detach(`root:${rootOf(abbreviation)}`)));
  }
  return key;
}

/** The index of `mention` in the document's mentions (sorted by start; the same objects). */
function indexOfMention(mentions: readonly TermMatch[], mention: TermMatch): number {
  let i = lowerBound(mentions, mention.start);
  while (i < mentions.length && mentions[i] !== mention) i++;
  return i;
}

const rule: Rule = {
  meta: {
    id: 'undefined-abbreviation',
    description: 'Abbreviations (CRS, ICANS, NET, LBCL …) used before they are defined as "Full name (ABBR)".',
    defaultSeverity: 'information',
    fixable: true,
    aboutTerms: true,
    fixesWithoutChoice: true,
    messages: {
      undefinedAbbreviation: '"{{abbreviation}}" is used before it is defined: write "{{expanded}}" at its first use.',
      undefinedInsideDefinition:
        '"{{abbreviation}}" is used before it is defined, inside the full name of "{{outer}}": write it out as "{{expanded}}".',
    },
  },
  check({ document, index, report }) {
    const masked = maskedOf(document.prose);
    const { text } = document;
    const bracketed = bracketedDefinitions(document);
    const definedBefore = (key: string, offset: number) => (bracketed.get(key) ?? Number.POSITIVE_INFINITY) < offset;
    const mentions = document.mentions;
    const defined = new Set<string>();
    const reported = new Set<string>();
    const between = (a: TermMatch, b: TermMatch) => masked.slice(a.end, b.start);
    const isFull = (m: TermMatch | undefined, entity: string): m is TermMatch =>
      !!m && m.entity.id === entity && !isAbbreviation(m.alias);
    // Only the mentions that define or use an abbreviation, chosen per block: an edit looks at the changed blocks'.
    for (const mention of document.selectMentions('undefined-abbreviation', definesOrAbbreviates)) {
      // A name that carries its abbreviation ("cytokine release syndrome (CRS)", "BCMA (B-cell maturation antigen)")
      // defines it.
      if (!isAbbreviation(mention.alias)) {
        defined.add(mention.entity.id);
        const inside = /\(([^()]+)\)/.exec(mention.text)?.[1]?.trim();
        if (inside) defined.add(rootKey(inside));
        continue;
      }
      const id = mention.entity.id;
      const root = rootKey(mention.text);
      if (defined.has(id) || defined.has(root) || STANDING.has(mention.text)) continue;
      if (definedBefore(mention.text, mention.start) || definedBefore(root, mention.start)) {
        defined.add(id).add(root);
        continue;
      }
      if (definedHere(text, mention.start, mention.end)) {
        defined.add(id).add(root);
        continue;
      }
      const i = indexOfMention(mentions, mention);
      const previous = mentions[i - 1];
      const next = mentions[i + 1];
      if (
        (isFull(previous, id) && OPENING.test(between(previous, mention))) ||
        (isFull(next, id) && OPENING.test(between(mention, next)))
      ) {
        defined.add(id).add(root);
        continue;
      }
      if (reported.has(id) || reported.has(root)) continue;
      reported.add(id).add(root);
      const cells = /cells?$/.test(mention.text)
        ? cellsExpansion(index, mention.text, modifierFollows(text, mention.end))
        : undefined;
      const full = cells ? undefined : expansionOf(mention.entity, mention.alias.text);
      // Cells of a therapy with no expandable root ("TCR-T cells"), or no name that spells the abbreviation out:
      // no advice rather than a wrong one.
      if (!cells && (!full || /cells?$/.test(mention.text))) continue;
      // Inside another abbreviation's full name ("diffuse large B-cell NHL (DLBCL)"), brackets of its own would part
      // that name from its abbreviation: the name is written out instead.
      const outer = cells ? undefined : OUTER_DEFINITION.exec(text.slice(mention.end, mention.end + 40))?.[1];
      const spelled =
        outer && outer !== mention.text ? (isPluralMention(mention) ? pluralize(full!) : full!) : undefined;
      const expanded = cells ?? spelled ?? `${isPluralMention(mention) ? pluralize(full!) : full} (${mention.text})`;
      // Words of the full name the text already has before the abbreviation ("China's NMPA") are not repeated.
      const start =
        mention.start - writtenBefore(text, mention.start, cells ? cells.slice(0, cells.indexOf(' (')) : full!);
      // A fix at a sentence start keeps its capital.
      const written = sentenceCase(document, start, expanded);
      report({
        start: mention.start,
        end: mention.end,
        ...(spelled
          ? { messageId: 'undefinedInsideDefinition', data: { abbreviation: mention.text, outer: outer!, expanded } }
          : { messageId: 'undefinedAbbreviation', data: { abbreviation: mention.text, expanded } }),
        sources: mention.entity.sources,
        fixes: () => [
          {
            title: `Expand to "${written}"`,
            edits: [{ start, end: mention.end, newText: written }],
            isPreferred: true,
          },
        ],
      });
    }
  },
};

/** How many characters before `at` are the full name's first words ("China's " before "NMPA"), or 0. */
function writtenBefore(text: string, at: number, full: string): number {
  const words = full.split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const prefix = `${words.slice(0, k).join(' ')} `;
    const start = at - prefix.length;
    if (start < 0 || text.slice(start, at).toLowerCase() !== prefix.toLowerCase()) continue;
    if (start === 0 || !/[\p{L}\p{N}]/u.test(text[start - 1]!)) return prefix.length;
  }
  return 0;
}

export default rule;
