import type { KnowledgeIndex } from '../kb/index';
import type { TermMatch } from '../terms/matcher';
import { defaultRegulator, regulatorOf } from './knowledge';
import { COUNTRY_REGULATOR } from './qualifiers';
import { lexicon } from './lexicon';
import { findPhrase, phraseStartingAt, wordsOf, type Word } from './words';

const isCapital = (code: number) => code >= 65 && code <= 90;

/** `unresolved`: the words name a place no knowledge-base regulator covers, or several at once; `named`: a known one. */
export type Place = 'unresolved' | 'named' | undefined;

/** Where a statement's words say it applies. */
export function placeIn(words: readonly Word[], mentions: readonly { entity: TermMatch['entity'] }[]): Place {
  let named = mentions.some((m) => regulatorOf(m.entity) !== undefined);
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
