import { distance } from 'fastest-levenshtein';
import { sentenceCase } from '../sentenceCase';
import type { Entity } from '../../kb/types';
import { headline, matchCase } from '../../terms/terminology';
import { isLetters, tokenAfter } from '../../text/tokens';
import { maskedOf } from '../../text/prose';
import { MIN_WORD_LENGTH, vocabularyOf, type Suggestion, type Vocabulary } from '../../terms/vocabulary';
import type { Fix, Rule } from '../types';
import { detach } from '../../util/memo';
import { listWithin } from '../../util/messages';

// Words are tokens of letters only; a token glued to digits or an underscore ("CD19", "KTE_C19") is a code.
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

/**
 * Each written word's suggestions, for as long as its vocabulary (its knowledge base): the words of a folder's files
 * and of a document's versions repeat. Bounded: cleared when full.
 */
const suggestionMemos = new WeakMap<Vocabulary, Map<string, Suggestion[]>>();
const SUGGESTION_MEMO_ENTRIES = 5_000;
const NO_SUGGESTIONS: Suggestion[] = [];

const rule: Rule = {
  meta: {
    id: 'misspelled-term',
    description:
      'Near-misses of knowledge-base terms ("tisagenlecleucal", "Kymria"), with the right spelling as a quick fix.',
    defaultSeverity: 'warning',
    fixable: true,
    aboutTerms: true,
    fixesWithoutChoice: true,
    messages: {
      listedMisspelling: '"{{term}}" is a misspelling of "{{correct}}".',
      nearMiss: '"{{word}}" looks like a misspelling of "{{suggestion}}": {{entities}}.',
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
        fixes: () => [
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
    const masked = maskedOf(document.prose);
    let memo = suggestionMemos.get(vocabulary);
    if (!memo) suggestionMemos.set(vocabulary, (memo = new Map()));
    forEachSentence((sentence, reportInSentence) => {
      const mentions = document.mentionsIn(sentence.start, sentence.end);
      let next = 0;
      const { text, tokens, offset, to } = document.tokensOf(sentence);
      for (let k = tokenAfter(tokens, sentence.start - offset); 2 * k < tokens.length; k++) {
        const tokenStart = tokens[2 * k]!;
        const tokenEnd = tokens[2 * k + 1]!;
        if (tokenStart >= to) break;
        if (tokenEnd - tokenStart < MIN_WORD_LENGTH || !isLetters(text, tokenStart, tokenEnd)) continue;
        const start = offset + tokenStart;
        const end = offset + tokenEnd;
        if (masked.charCodeAt(start - 1) === 95 /* _ */ || masked.charCodeAt(end) === 95) continue;
        const word = text.slice(tokenStart, tokenEnd);
        while (next < mentions.length && mentions[next]!.end <= start) next++;
        if (next < mentions.length && mentions[next]!.start < end) continue;
        // Short all-capital words are acronyms: too many are legitimately close to each other.
        if (word.length <= 5 && word === word.toUpperCase()) continue;
        let suggestions = memo.get(word);
        if (!suggestions) {
          const found = vocabulary.suggest(word);
          suggestions = found.length ? found.slice(0, MAX_SUGGESTIONS) : NO_SUGGESTIONS;
          if (memo.size >= SUGGESTION_MEMO_ENTRIES) memo.clear();
          // A copy: the word is a slice of its document, which the memo (as long-lived as the vocabulary) kept alive.
          memo.set(detach(word), suggestions);
        }
        if (!suggestions.length) continue;
        const best = suggestions[0]!;
        const fixes = (): Fix[] =>
          suggestions.map((s, i) => {
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
