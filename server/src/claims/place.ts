import type { KnowledgeIndex } from '../kb/index';
import type { TermMatch } from '../terms/matcher';
import { defaultRegulator, regulatorOf } from './knowledge';
import { COUNTRY_REGULATOR } from './qualifiers';
import { findPhrase, wordsOf, type Word } from './words';

// Places and regulators the knowledge base has no regulator for, as written (capitals matter: "Turkey", "NICE"):
// a statement about them is not judged by another regulator's record.
const OTHER_PLACES = [
  'Japan',
  'Japanese',
  'MHLW',
  'PMDA',
  'Health Canada',
  'Canada',
  'Canadian',
  'Israel',
  'Israeli',
  'Australia',
  'Australian',
  'TGA',
  'UK',
  'United Kingdom',
  'Britain',
  'British',
  'England',
  'Scotland',
  'MHRA',
  'NICE',
  'India',
  'Indian',
  'CDSCO',
  'Korea',
  'Korean',
  'MFDS',
  'Taiwan',
  'Taiwanese',
  'Singapore',
  'Hong Kong',
  'Switzerland',
  'Swiss',
  'Swissmedic',
  'Brazil',
  'Brazilian',
  'ANVISA',
  'Anvisa',
  'Mexico',
  'Argentina',
  'Russia',
  'Russian',
  'Turkey',
  'Iran',
  'Saudi Arabia',
  'Egypt',
  'South Africa',
  'New Zealand',
  'Asia',
  'Asian',
  'Latin America',
  'Africa',
  'Middle East',
  // EU member states: the EU's authorisation applies there, but national decisions (reimbursement, access) do too.
  'Germany',
  'German',
  'France',
  'French',
  'Italy',
  'Italian',
  'Spain',
  'Spanish',
  'Netherlands',
  'Dutch',
  'Belgium',
  'Austria',
  'Sweden',
  'Denmark',
  'Norway',
  'Finland',
  'Poland',
  'Ireland',
  'Portugal',
  'Greece',
];
// By first word as written: most words start no place name, and this tells with one lookup.
const PLACES_BY_FIRST = new Map<string, string[][]>();
for (const place of OTHER_PLACES) {
  const words = place.split(' ');
  PLACES_BY_FIRST.set(words[0]!, [...(PLACES_BY_FIRST.get(words[0]!) ?? []), words]);
}
// Several or any jurisdictions at once: no one regulator's record settles the statement.
const ANY_PLACE = [
  'anywhere in the world',
  'around the world',
  'in the world',
  'worldwide',
  'globally',
  'any regulatory agency',
  'any regulatory authority',
  'any regulator',
  'any country',
  'countries',
  'internationally',
];

/** `unresolved`: the words name a place no knowledge-base regulator covers, or several at once; `named`: a known one. */
export type Place = 'unresolved' | 'named' | undefined;

/** Where a statement's words say it applies. */
export function placeIn(words: readonly Word[], mentions: readonly { entity: TermMatch['entity'] }[]): Place {
  let named = mentions.some((m) => regulatorOf(m.entity) !== undefined);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const places = PLACES_BY_FIRST.get(word.text);
    if (places?.some((p) => p.every((w, k) => words[i + k]?.text === w))) return 'unresolved';
    if (!named && COUNTRY_REGULATOR[word.lower] && (word.lower !== 'us' || word.text === 'US')) named = true;
  }
  if (findPhrase(words, ANY_PLACE) !== undefined) return 'unresolved';
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
