import type { TermMatch } from '../../terms/matcher';
import { sentenceCase } from '../sentenceCase';
import { fullName, isAbbreviation, isPluralMention, pluralize } from '../../terms/terminology';
import type { Rule } from '../types';

// "cytokine release syndrome (CRS)" or "CRS (cytokine release syndrome)": only an opening parenthesis between.
const OPENING = /^[ \t]*\([ \t]*$/;

const rule: Rule = {
  meta: {
    id: 'undefined-abbreviation',
    description: 'Abbreviations (CRS, ICANS, NET, LBCL …) used before they are defined as "Full name (ABBR)".',
    defaultSeverity: 'information',
    fixable: true,
    messages: {
      undefinedAbbreviation: '"{{abbreviation}}" is used before it is defined: write "{{expanded}}" at its first use.',
    },
  },
  check({ document, report }) {
    const { masked } = document.prose;
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
      if (!isAbbreviation(mention.alias) && mention.text.includes('(')) defined.add(mention.entity.id);
      // A deprecated abbreviation (CRES) is deprecated-term's business, not a missing definition.
      if (!isAbbreviation(mention.alias) || mention.entity.deprecated) continue;
      const id = mention.entity.id;
      if (defined.has(id)) continue;
      const previous = mentions[i - 1];
      const next = mentions[i + 1];
      if (
        (isFull(previous, id) && OPENING.test(between(previous, mention))) ||
        (isFull(next, id) && OPENING.test(between(mention, next)))
      ) {
        defined.add(id);
        continue;
      }
      if (reported.has(id)) continue;
      reported.add(id);
      const full = fullName(mention.entity, mention.alias.text);
      if (!full) continue;
      const expanded = `${isPluralMention(mention) ? pluralize(full) : full} (${mention.text})`;
      // A fix at a sentence start keeps its capital.
      const written = sentenceCase(document, mention.start, expanded);
      report({
        start: mention.start,
        end: mention.end,
        messageId: 'undefinedAbbreviation',
        data: { abbreviation: mention.text, expanded },
        sources: mention.entity.sources,
        fixes: [
          {
            title: `Expand to "${written}"`,
            edits: [{ start: mention.start, end: mention.end, newText: written }],
            isPreferred: true,
          },
        ],
      });
    }
  },
};

export default rule;
