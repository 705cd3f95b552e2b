import { genericOf, pairGenericAndBrand, SentenceCursor } from '../../terms/terminology';
import { sentenceCase } from '../sentenceCase';
import type { Rule } from '../types';

const rule: Rule = {
  meta: {
    id: 'generic-name-missing',
    description:
      'A brand at its first mention without its generic name nearby (AMA style: "tisagenlecleucel (Kymriah)").',
    // A style preference in a manuscript (the default profile); promotional copy raises it (settings PROFILES).
    defaultSeverity: 'hint',
    fixable: true,
    aboutTerms: true,
    messages: {
      brandWithoutGeneric: 'First mention of the brand "{{brand}}" without its generic name: write "{{paired}}".',
    },
  },
  check({ document, index, settings, report }) {
    const sentences = new SentenceCursor(document.sentences);
    // Entities whose generic name has appeared, and brands already judged at their first mention.
    const genericSeen = new Set<string>();
    const judged = new Set<string>();
    for (const mention of document.selectMentions(
      'generic-name-missing',
      (m) => genericOf(m.entity, index) !== undefined,
    )) {
      const { entity, alias } = mention;
      const generic = genericOf(entity, index)!;
      if (alias.kind === 'inn' || alias.text === generic) genericSeen.add(entity.id);
      if (alias.kind !== 'brand' || judged.has(entity.id)) continue;
      judged.add(entity.id);
      if (genericSeen.has(entity.id)) continue;
      // Nearby: the brand's sentence, or the next one in the same paragraph ("Kymriah is … Its generic name,
      // tisagenlecleucel, …").
      const sentence = sentences.at(mention.start);
      const following = sentence ? sentences.next() : undefined;
      const end = following?.end ?? sentence?.end ?? mention.end;
      const start = sentence?.start ?? mention.start;
      const nearby = document
        .mentionsIn(start, end + 1)
        .some((m) => m.entity.id === entity.id && (m.alias.kind === 'inn' || m.alias.text === generic));
      if (nearby) continue;
      const paired = pairGenericAndBrand(generic, mention.text, settings.genericNameStyle);
      // A fix at a sentence start keeps its capital.
      const written = sentenceCase(document, mention.start, paired);
      report({
        start: mention.start,
        end: mention.end,
        messageId: 'brandWithoutGeneric',
        data: { brand: mention.text, paired },
        sources: entity.sources,
        fixes: () => [
          {
            title: `Write "${written}"`,
            edits: [{ start: mention.start, end: mention.end, newText: written }],
            isPreferred: true,
          },
        ],
      });
    }
  },
};

export default rule;
