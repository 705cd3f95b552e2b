import type { KnowledgeIndex } from '../kb/index';
import type { TermMatch } from '../terms/matcher';
import { defaultRegulator, regulatorOf } from './knowledge';
import { COUNTRY_REGULATOR } from './qualifiers';
import { lexicon, lexiconWords } from './lexicon';
import { nounPhrasesOf } from './phrases';
import { findPhrase, phraseStartingAt, wordsOf, type Word } from './words';

const isCapital = (code: number) => code >= 65 && code <= 90;

/** `unresolved`: the words name a place no knowledge-base regulator covers, or several at once; `named`: a known one. */
export type Place = 'unresolved' | 'named' | undefined;

/** A mention with its text offsets: a TermMatch, or a sentence's Mention holding one. */
type Located = TermMatch | { entity: TermMatch['entity']; match: TermMatch };

/** Where a statement's words say it applies. */
export function placeIn(words: readonly Word[], mentions: readonly Located[]): Place {
  let named = mentions.some((m) => regulatorOf(m.entity) !== undefined);
  if (unknownAgencyIn(words, mentions)) return 'unresolved';
  const places = lexicon('other-regulator-places');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // Proper nouns only: "Turkey", not "turkey".
    if (isCapital(word.text.charCodeAt(0)) && phraseStartingAt(words, i, places)) return 'unresolved';
    if (!named && COUNTRY_REGULATOR[word.lower] && (word.lower !== 'us' || word.text === 'US')) named = true;
  }
  if (findPhrase(words, lexicon('any-place-cues')) !== undefined) return 'unresolved';
  return named ? 'named' : undefined;
}

const TITLE_LINE = /^title:[ \t]*["']?([^\r\n]*?)["']?[ \t]*$/m;
const titles = new WeakMap<object, boolean>();

/**
 * Whether the document's title (front matter `title:`) places it under a regulator other than the default one
 * ("… approved in China", "Israeli multicenter study"): then a statement naming no regulator is not judged by the
 * default regulator's record.
 */
export function titleElsewhere(prose: { frontMatter?: { text: string } }, index: KnowledgeIndex): boolean {
  let elsewhere = titles.get(prose);
  if (elsewhere === undefined) {
    const title = prose.frontMatter && TITLE_LINE.exec(prose.frontMatter.text)?.[1];
    const words = title ? wordsOf(title) : [];
    const mentions = title ? index.matcher.find(title) : [];
    const fallback = defaultRegulator(index);
    elsewhere =
      placeIn(words, mentions) === 'unresolved' ||
      mentions.some((m) => {
        const r = regulatorOf(m.entity);
        return r !== undefined && r !== fallback;
      }) ||
      words.some((w) => {
        const r = COUNTRY_REGULATOR[w.lower];
        return r !== undefined && r !== fallback && (w.lower !== 'us' || w.text === 'US');
      });
    titles.set(prose, elsewhere);
  }
  return elsewhere;
}

/**
 * A named agency the knowledge base does not know ("approved by the Therapeutic Goods Administration"): a noun phrase
 * whose last two words are capitalised, headed by an organisation noun that no knowledge-base regulator covers.
 */
function unknownAgencyIn(words: readonly Word[], mentions: readonly Located[]): boolean {
  const heads = lexiconWords('agency-heads');
  for (const phrase of nounPhrasesOf(words).phrases) {
    const head = words[phrase.to - 1]!;
    if (!heads.has(head.lower) || !isCapital(head.text.charCodeAt(0))) continue;
    // A name, not a capitalised word opening the sentence ("Administration of Kymriah …").
    if (phrase.to - 1 === phrase.from || !isCapital(words[phrase.to - 2]!.text.charCodeAt(0))) continue;
    const covered = mentions.some((m) => {
      const span = 'match' in m ? m.match : m;
      return regulatorOf(m.entity) !== undefined && span.start <= head.start && head.start < span.end;
    });
    if (!covered) return true;
  }
  return false;
}
