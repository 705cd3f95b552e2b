import type { TermMatch } from '../../terms/matcher';
import { sentenceCase } from '../sentenceCase';
import { fullName, isAbbreviation, isPluralMention, pluralize } from '../../terms/terminology';
import type { Rule } from '../types';

// "cytokine release syndrome (CRS)" or "CRS (cytokine release syndrome)": only an opening parenthesis between.
const OPENING = /^[ \t]*\([ \t]*$/;
/**
 * Abbreviations that style guides let stand without expansion (AMA Manual of Style, 11th ed., 13.11: "US", "DNA",
 * "HIV"; agencies readers know by their initials, as in the NCI and FDA style guides).
 */
const STANDING = new Set(['FDA', 'US', 'USA', 'UK', 'EU', 'DNA', 'RNA', 'mRNA', 'HIV', 'AIDS', 'NIH']);
// Where a definition is written whatever the knowledge base knows of the words: "Investigational New Drug (IND)"
// (the abbreviation in brackets after words), "IND (investigational new drug)", "tumor-infiltrating lymphocytes,
// or TILs", and glossary lines "CRS: cytokine release syndrome", "CRS – cytokine release syndrome", "| CRS | … |".
const IN_BRACKETS_AFTER_WORDS = /[\p{L}\p{N}][^\S\n]*\((?:[^\S\n]*[\p{L}\p{N}]+[^\S\n])?[^\S\n]*$/u;
const CLOSING_BRACKET = /^[\p{L}\p{N}‐-]*[^\S\n]*(?:[;,][^)\n]{0,80})?\)/u;
const BRACKETED_WORDS_AFTER = /^[^\S\n]*\([^\S\n]*\p{L}[^)\n]*\s[^)\n]*\)/u;
const OR_BEFORE = /,[^\S\n]*or[^\S\n]+$/;
const GLOSSARY_START = /(?:^|\n)[^\S\n]*(?:[-*•|][^\S\n]*)?(?:\*\*)?$/;
const GLOSSARY_SEPARATOR = /^(?:\*\*)?[^\S\n]*(?::|[–—=]|-\s|\|)/;

/** Whether the text around an abbreviation defines it (see the patterns above). */
function definedHere(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 120);
  return (
    (IN_BRACKETS_AFTER_WORDS.test(before) && CLOSING_BRACKET.test(after)) ||
    BRACKETED_WORDS_AFTER.test(after) ||
    OR_BEFORE.test(before) ||
    (GLOSSARY_START.test(before) && GLOSSARY_SEPARATOR.test(after))
  );
}

/** "CAR" of "CAR-T", "CAR T cells", "CARs": abbreviations built on one root are defined (and reported) together. */
function rootOf(abbreviation: string): string {
  return /^[A-Z][A-Za-z0-9]*?[A-Z0-9](?=s?\b|[-‐ ]T\b|‐)/.exec(abbreviation)?.[0] ?? abbreviation;
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
    },
  },
  check({ document, report }) {
    const { masked } = document.prose;
    const { text } = document;
    const mentions = document.mentions;
    const defined = new Set<string>();
    const reported = new Set<string>();
    const between = (a: TermMatch, b: TermMatch) => masked.slice(a.end, b.start);
    const isFull = (m: TermMatch | undefined, entity: string): m is TermMatch =>
      !!m && m.entity.id === entity && !isAbbreviation(m.alias);
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i]!;
      // A name that carries its abbreviation ("cytokine release syndrome (CRS)", "BCMA (B-cell maturation antigen)")
      // defines it.
      if (!isAbbreviation(mention.alias) && mention.text.includes('(')) {
        defined.add(mention.entity.id);
        const inside = /\(([^()]+)\)/.exec(mention.text)?.[1]?.trim();
        if (inside) defined.add(`root:${rootOf(inside)}`);
      }
      // A deprecated abbreviation (CRES) is deprecated-term's business, not a missing definition.
      if (!isAbbreviation(mention.alias) || mention.entity.deprecated) continue;
      const id = mention.entity.id;
      const root = `root:${rootOf(mention.text)}`;
      if (defined.has(id) || defined.has(root) || STANDING.has(mention.text)) continue;
      if (definedHere(text, mention.start, mention.end)) {
        defined.add(id).add(root);
        continue;
      }
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
      const full = fullName(mention.entity, mention.alias.text);
      if (!full) continue;
      const expanded = `${isPluralMention(mention) ? pluralize(full) : full} (${mention.text})`;
      // Words of the full name the text already has before the abbreviation ("China's NMPA") are not repeated.
      const start = mention.start - writtenBefore(text, mention.start, full);
      // A fix at a sentence start keeps its capital.
      const written = sentenceCase(document, start, expanded);
      report({
        start: mention.start,
        end: mention.end,
        messageId: 'undefinedAbbreviation',
        data: { abbreviation: mention.text, expanded },
        sources: mention.entity.sources,
        fixes: [
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
