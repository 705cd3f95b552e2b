import { distance } from 'fastest-levenshtein';
import { sentenceCase } from '../sentenceCase';
import type { Entity } from '../../kb/types';
import { headline, matchCase } from '../../terms/terminology';
import { MIN_WORD_LENGTH, vocabularyOf, type Suggestion } from '../../terms/vocabulary';
import type { Fix, Rule } from '../types';
import { listWithin } from '../../util/messages';

// Runs of letters; a run glued to digits or an underscore ("CD19", "KTE_C19") is a code, not a word.
const LETTERS = /\p{L}+/gu;
const GLUE = /[\p{N}_]/u;
const MAX_SUGGESTIONS = 3;

/** The correctly spelled alias a listed misspelling is closest to ("Kymirah" → "Kymriah", not the INN). */
function closestAlias(misspelled: string, entity: Entity): string {
  let best = entity.name;
  let bestDistance = distance(misspelled.toLowerCase(), best.toLowerCase());
  for (const alias of entity.aliases) {
    if (alias.kind === 'misspelling' || alias.kind === 'deprecated') continue;
    const d = distance(misspelled.toLowerCase(), alias.text.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [alias.text, d];
  }
  return best;
}

const rule: Rule = {
  meta: {
    id: 'misspelled-term',
    description:
      'Near-misses of knowledge-base terms ("tisagenlecleucal", "Kymria"), with the right spelling as a quick fix.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      listedMisspelling: '"{{term}}" is a misspelling of "{{correct}}".',
      nearMiss: '"{{word}}" looks like a misspelling of "{{suggestion}}" ({{entities}}).',
    },
  },
  check({ document, index, report, forEachSentence }) {
    // Misspellings the knowledge base lists outright.
    for (const mention of document.mentions) {
      if (mention.alias.kind !== 'misspelling') continue;
      const right = mention.alias.use ?? closestAlias(mention.alias.text, mention.entity);
      // A fix at a sentence start keeps its capital.
      const written = sentenceCase(document, mention.start, right);
      report({
        start: mention.start,
        end: mention.end,
        messageId: 'listedMisspelling',
        data: { term: mention.text, correct: right },
        sources: mention.alias.sources ?? mention.entity.sources,
        fixes: [
          {
            title: `Change to "${written}"`,
            edits: [{ start: mention.start, end: mention.end, newText: written }],
            isPreferred: true,
          },
        ],
      });
    }
    // Near misses of distinctive knowledge-base words, in the prose outside known terms, sentence by
    // sentence: after an edit only the changed sentences are scanned again.
    const vocabulary = vocabularyOf(index);
    const { masked } = document.prose;
    const memo = new Map<string, Suggestion[]>();
    forEachSentence((sentence, reportInSentence) => {
      const mentions = document.mentionsIn(sentence.start, sentence.end);
      let next = 0;
      LETTERS.lastIndex = sentence.start;
      for (let m = LETTERS.exec(masked); m && m.index < sentence.end; m = LETTERS.exec(masked)) {
        const word = m[0];
        if (word.length < MIN_WORD_LENGTH) continue;
        const start = m.index;
        const end = start + word.length;
        if (GLUE.test(masked[start - 1] ?? '') || GLUE.test(masked[end] ?? '')) continue;
        while (next < mentions.length && mentions[next]!.end <= start) next++;
        if (next < mentions.length && mentions[next]!.start < end) continue;
        // Short all-capital words are acronyms: too many are legitimately close to each other.
        if (word.length <= 5 && word === word.toUpperCase()) continue;
        let suggestions = memo.get(word);
        if (!suggestions) memo.set(word, (suggestions = vocabulary.suggest(word).slice(0, MAX_SUGGESTIONS)));
        if (!suggestions.length) continue;
        const best = suggestions[0]!;
        const fixes: Fix[] = suggestions.map((s, i) => {
          const replacement = matchCase(word, s.word.text);
          return {
            title: `Change to "${replacement}"`,
            edits: [{ start, end, newText: replacement }],
            isPreferred: i === 0 && suggestions.length === 1,
          };
        });
        const names = listWithin(
          best.word.entities.map((e) => headline(e, index)),
          60,
        );
        reportInSentence({
          start,
          end,
          messageId: 'nearMiss',
          data: { word, suggestion: matchCase(word, best.word.text), entities: names },
          sources: best.word.entities[0]?.sources,
          fixes,
        });
      }
    });
  },
};

export default rule;
