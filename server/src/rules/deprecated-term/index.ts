import type { KnowledgeIndex } from '../../kb/index';
import { sentenceCase } from '../sentenceCase';
import type { TermMatch } from '../../terms/matcher';
import type { Sentence } from '../../text/sentences';
import { isAbbreviation, isPluralMention, pluralize, SentenceCursor } from '../../terms/terminology';
import type { Rule } from '../types';
import { gist } from '../../util/messages';

// A sentence that says the term is old ("formerly CRES", "the outdated term carHLH") uses it on purpose.
const HISTORICAL =
  /\b(?:formerly|previously|outdated|historical(?:ly)?|older|obsolete|deprecated|replaced|renamed|former|earlier|legacy|superseded|retired|no longer)\b/i;

interface Replacement {
  text: string;
  /** "outdated" for a replaced term (CRES), "discouraged" for a malformed or non-preferred form. */
  verdict: 'outdated' | 'discouraged';
  why: string;
  sources: string[];
  /** Entity id whose mention in the same sentence shows the writer knows the current term. */
  currentEntity: string;
}

/** What the knowledge base says to write instead of this mention, if it is deprecated. */
function replacementFor(mention: TermMatch, index: KnowledgeIndex): Replacement | undefined {
  const { entity } = mention;
  // The matcher reports a name that is also listed as an alias under the name: the alias carries `use` and `note`.
  const alias = entity.aliases.find((a) => a.text === mention.alias.text) ?? mention.alias;
  if (entity.deprecated) {
    const current = index.entity(entity.deprecated.replacedBy);
    if (!current) return undefined;
    // A one-word or abbreviated term is replaced by the current abbreviation (CRES → ICANS), a full name by the full
    // name.
    const abbreviation = current.aliases.find(isAbbreviation)?.text;
    const short = isAbbreviation(alias) || !/\s/.test(alias.text);
    const text = alias.use ?? (short && abbreviation ? abbreviation : current.name);
    return {
      text,
      verdict: 'outdated',
      // Who retired it; the reason is in the hover card (a message stays one line).
      why: gist(entity.deprecated.by, 60),
      sources: entity.deprecated.sources,
      currentEntity: current.id,
    };
  }
  if (alias.kind === 'deprecated') {
    const abbreviation = entity.aliases.find(isAbbreviation)?.text;
    const text = alias.use ?? (!/\s/.test(alias.text) && abbreviation ? abbreviation : entity.name);
    return {
      text,
      verdict: 'discouraged',
      why: alias.note ? gist(alias.note, 60) : 'discouraged term',
      sources: alias.sources ?? entity.sources,
      currentEntity: entity.id,
    };
  }
  return undefined;
}

const rule: Rule = {
  meta: {
    id: 'deprecated-term',
    description: 'Outdated or discouraged terms (CRES, carHLH, "CAR-T cells therapy"), with the current term and why.',
    defaultSeverity: 'warning',
    fixable: true,
    aboutTerms: true,
    fixesWithoutChoice: true,
    messages: {
      outdated: '"{{term}}" is outdated: write "{{replacement}}" ({{why}}).',
      discouraged: '"{{term}}" is discouraged: write "{{replacement}}" ({{why}}).',
    },
  },
  check({ document, index, report }) {
    const sentences = new SentenceCursor(document.sentences);
    // Read once per sentence, however many old terms it holds: whether it calls them old, the current terms it names.
    let read: { sentence: Sentence; historical: boolean; current: Set<string> } | undefined;
    for (const mention of document.selectMentions('deprecated-term', (m) => replacementFor(m, index) !== undefined)) {
      const replacement = replacementFor(mention, index)!;
      const sentence = sentences.at(mention.start);
      if (sentence) {
        if (read?.sentence !== sentence) {
          const named = document.mentionsIn(sentence.start, sentence.end + 1).filter((m) => !replacementFor(m, index));
          read = {
            sentence,
            historical: HISTORICAL.test(sentence.text),
            current: new Set(named.map((m) => m.entity.id)),
          };
        }
        if (read.historical || read.current.has(replacement.currentEntity)) continue;
      }
      const text = isPluralMention(mention) ? pluralize(replacement.text) : replacement.text;
      // A fix at a sentence start keeps its capital.
      const written = sentenceCase(document, mention.start, text);
      report({
        start: mention.start,
        end: mention.end,
        messageId: replacement.verdict,
        data: { term: mention.text, replacement: text, why: replacement.why },
        sources: replacement.sources,
        fixes: () => [
          {
            title: `Replace with "${written}"`,
            edits: [{ start: mention.start, end: mention.end, newText: written }],
            isPreferred: true,
          },
        ],
      });
    }
  },
};

export default rule;
