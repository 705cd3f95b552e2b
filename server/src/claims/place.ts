import type { KnowledgeIndex } from '../kb/index';
import { isYear } from '../util/text';
import type { Sentence } from '../text/sentences';
import type { TermMatch } from '../terms/matcher';
import { STATEMENT_MEMO_CHARS, TextMemo } from '../util/memo';
import { headingLevel } from './heading';
import { defaultRegulator, regulatorOf } from './knowledge';
import { countryRegulatorAt } from './qualifiers';
import { lexicon, lexiconWords } from './lexicon';
import { isVerb, nounPhrasesOf } from './phrases';
import { findPhrase, phraseStartingAt, wordsOf, type Word } from './words';

const APPROVAL_CUES = lexiconWords('approval-cues');
const isCapital = (code: number) => code >= 65 && code <= 90;

/** `unresolved`: the words name a place no knowledge-base regulator covers, or several at once; `named`: a known one. */
export type Place = 'unresolved' | 'named' | undefined;

/** A mention with its text offsets: a TermMatch, or a sentence's Mention holding one. */
type Located = TermMatch | { entity: TermMatch['entity']; match: TermMatch };

/** Where a statement's words say it applies. */
export function placeIn(words: readonly Word[], mentions: readonly Located[]): Place {
  const place = namedPlaceIn(words, mentions);
  return place !== 'unresolved' && anyPlaceIn(words) ? 'unresolved' : place;
}

/** Whether the words name a regulator other than the default one: a mention's regulator, or a country's. */
export function namesNonDefaultRegulator(
  words: readonly Word[],
  mentions: readonly TermMatch[],
  index: KnowledgeIndex,
): boolean {
  const fallback = defaultRegulator(index);
  return (
    mentions.some((m) => {
      const regulator = regulatorOf(m.entity);
      return regulator !== undefined && regulator !== fallback;
    }) || words.some((_, i) => (countryRegulatorAt(words, i) ?? fallback) !== fallback)
  );
}

/**
 * "No CAR-T has been approved for a solid tumour anywhere in the world": words that place a statement under every
 * regulator at once, and no place or regulator besides. Such a denial is contradicted by any regulator's recorded
 * approval; nothing else in it can be judged, as no regulator but the default one has its approvals all on record.
 */
export function anywhereIn(words: readonly Word[], mentions: readonly Located[]): boolean {
  return anyPlaceIn(words) && namedPlaceIn(words, mentions) === undefined;
}

const anyPlaceIn = (words: readonly Word[]) => findPhrase(words, lexicon('any-place-cues')) !== undefined;

function namedPlaceIn(words: readonly Word[], mentions: readonly Located[]): Place {
  let named = mentions.some((m) => regulatorOf(m.entity) !== undefined);
  if (unknownAgencyIn(words, mentions) || placeExcludedIn(words, mentions)) return 'unresolved';
  const places = lexicon('other-regulator-places');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // Proper nouns only: "Turkey", not "turkey".
    if (isCapital(word.text.charCodeAt(0)) && phraseStartingAt(words, i, places) && !setAside(words, i, mentions))
      return 'unresolved';
    if (!named && countryRegulatorAt(words, i)) named = true;
  }
  if (named) return 'named';
  return datelineAbroad(words) ? 'unresolved' : undefined;
}

/**
 * "TOKYO, March 2019 — Kymriah has been approved …": a press release's dateline from a city abroad
 * (data/lexicon/dateline-places), written in capitals or before a comma, places a statement that names no regulator.
 */
function datelineAbroad(words: readonly Word[]): boolean {
  const city = phraseStartingAt(words, 0, lexicon('dateline-places'));
  if (!city) return false;
  const cityWords = words.slice(0, city.length);
  if (words[city.length]?.lower !== ',' && !cityWords.every((w) => w.text === w.text.toUpperCase())) return false;
  // A dateline opens a report: a heading "## Beijing, June 2026" names a place and a time, and no statement.
  for (let k = city.length; k < words.length; k++) if (isVerb(words[k])) return true;
  return false;
}

const PLACE_EXCLUSIONS = lexicon('place-exclusion-cues');
const PLACE_EXCLUSION_STARTS = new Set(PLACE_EXCLUSIONS.map((p) => p.split(' ')[0]!));

/**
 * "Outside China, no regulator has approved …": a place or regulator after an exclusion cue. The statement covers every
 * jurisdiction but that one, and no one regulator's record settles it.
 */
function placeExcludedIn(words: readonly Word[], mentions: readonly Located[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!PLACE_EXCLUSION_STARTS.has(words[i]!.lower)) continue;
    const cue = phraseStartingAt(words, i, PLACE_EXCLUSIONS);
    if (!cue) continue;
    let at = i + cue.length;
    if (words[at]?.lower === 'the') at++;
    if (at >= words.length) continue;
    if (countryRegulatorAt(words, at) || phraseStartingAt(words, at, lexicon('other-regulator-places'))) return true;
    const start = words[at]!.start;
    if (mentions.some((m) => regulatorOf(m.entity) && ('match' in m ? m.match : m).start === start)) return true;
  }
  return false;
}

const SEGMENT_ENDS = new Set([',', ';', '(', ')']);
// What a place set aside may stand beside: a class ("India's home-grown CAR-T") or a regulator, not what is approved.
const ASIDE_TYPES = new Set(['therapy-class', 'regulator']);

/**
 * "Weeks after a decision in Japan, the FDA approved …", "…, following Japan's decision": a place in a phrase of its
 * own (between commas) that names no approval, date, product or disease, beside a phrase where a covered regulator approves,
 * places nothing: the approval is that regulator's.
 */
function setAside(words: readonly Word[], at: number, mentions: readonly Located[]): boolean {
  const segmentOf = (i: number) => {
    let from = i;
    while (from > 0 && !SEGMENT_ENDS.has(words[from - 1]!.lower)) from--;
    let to = i;
    while (to < words.length && !SEGMENT_ENDS.has(words[to]!.lower)) to++;
    return { from, to };
  };
  const approves = (segment: { from: number; to: number }) =>
    words.slice(segment.from, segment.to).some((w) => APPROVAL_CUES.has(w.lower));
  const wordAt = (m: Located) => {
    const start = ('match' in m ? m.match : m).start;
    return words.findIndex((w) => w.start <= start && start < w.end);
  };
  const own = segmentOf(at);
  // A date beside the place may be a gapped approval ("…, Japan in 2019"): not set aside.
  if (approves(own) || words.slice(own.from, own.to).some((w) => isYear(w.lower))) return false;
  const inOwn = (m: Located) => {
    const i = wordAt(m);
    return i >= own.from && i < own.to;
  };
  if (mentions.some((m) => inOwn(m) && !ASIDE_TYPES.has(m.entity.type))) return false;
  return mentions.some((m) => {
    if (regulatorOf(m.entity) === undefined || inOwn(m)) return false;
    const i = wordAt(m);
    return i >= 0 && approves(segmentOf(i));
  });
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
    elsewhere = title ? placeOfText(title, index) === 'elsewhere' : false;
    titles.set(prose, elsewhere);
  }
  return elsewhere;
}

/** Where a title or heading places what follows it: under the default regulator, elsewhere, or nowhere said. */
function placeOfText(text: string, index: KnowledgeIndex): 'default' | 'elsewhere' | undefined {
  const words = wordsOf(text);
  const mentions = index.matcher.find(text);
  const fallback = defaultRegulator(index);
  const place = placeIn(words, mentions);
  if (place === 'unresolved') return 'elsewhere';
  if (place === undefined) return undefined;
  const regulators = [
    ...mentions.map((m) => regulatorOf(m.entity)),
    ...words.map((_, i) => countryRegulatorAt(words, i)),
  ].filter((r) => r !== undefined);
  return regulators.some((r) => r !== fallback) ? 'elsewhere' : 'default';
}

interface HeadingScope {
  start: number;
  place: 'default' | 'elsewhere' | undefined;
}
const headingScopes = new WeakMap<readonly Sentence[], HeadingScope[]>();

/**
 * Whether the headings a sentence stands under place it under a regulator other than the default one ("## Japan",
 * "### Approvals in Canada"): the nearest heading that names a place decides, a deeper one overriding its parent.
 * The heading scopes the sentence; it never lends it words.
 */
export function headingElsewhere(
  document: { text: string; sentences: readonly Sentence[] },
  sentence: { start: number },
  index: KnowledgeIndex,
): boolean {
  return headingPlaceOf(document, sentence, index) === 'elsewhere';
}

/**
 * Where the headings a sentence stands under place it: under the default regulator ("## United States"), elsewhere
 * ("## Japan"), or nowhere said.
 */
export function headingPlaceOf(
  document: { text: string; sentences: readonly Sentence[] },
  sentence: { start: number },
  index: KnowledgeIndex,
): 'default' | 'elsewhere' | undefined {
  let scopes = headingScopes.get(document.sentences);
  if (!scopes) headingScopes.set(document.sentences, (scopes = headingScopesOf(document, index)));
  let low = 0;
  let high = scopes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (scopes[mid]!.start <= sentence.start) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? scopes[low - 1]!.place : undefined;
}

function headingScopesOf(document: { text: string; sentences: readonly Sentence[] }, index: KnowledgeIndex) {
  const scopes: HeadingScope[] = [];
  // The open headings by level, each with the place it names or inherits.
  const open: { level: number; place: 'default' | 'elsewhere' | undefined }[] = [];
  // A thematic break ends every heading's reach.
  const breaks = [...document.text.matchAll(THEMATIC_BREAK)].map((m) => m.index + m[0].indexOf(m[2]!));
  let nextBreak = 0;
  for (const sentence of document.sentences) {
    if (sentence.block !== 'heading') continue;
    for (; nextBreak < breaks.length && breaks[nextBreak]! < sentence.start; nextBreak++) {
      open.length = 0;
      scopes.push({ start: breaks[nextBreak]!, place: undefined });
    }
    const level = headingLevel(document.text, sentence.start);
    while (open.length && open[open.length - 1]!.level >= level) open.pop();
    const place = headingPlace(sentence.text, index) ?? open[open.length - 1]?.place;
    open.push({ level, place });
    scopes.push({ start: sentence.start, place });
  }
  for (; nextBreak < breaks.length; nextBreak++) scopes.push({ start: breaks[nextBreak]!, place: undefined });
  return scopes;
}
// Per knowledge base, what each heading's text names (`null`: no place): every heading is read again at each edit.
const headingPlaces = new WeakMap<KnowledgeIndex, TextMemo<'default' | 'elsewhere' | null>>();

/** Where a heading's or lead-in's text places what it frames. */
export function headingPlace(text: string, index: KnowledgeIndex): 'default' | 'elsewhere' | undefined {
  let memo = headingPlaces.get(index);
  if (!memo) headingPlaces.set(index, (memo = new TextMemo(STATEMENT_MEMO_CHARS)));
  let place = memo.get(text);
  if (place === undefined) memo.set(text, (place = placeOfText(text, index) ?? null));
  return place ?? undefined;
}
// A line of three or more -, * or _ after a blank line (after a text line, "---" underlines a heading).
const THEMATIC_BREAK = /(^|\n[ \t]*\n)[ ]{0,3}(([-*_])[ \t]*(?:\3[ \t]*){2,})(?=\n|$)/g;

/**
 * A named agency the knowledge base does not know ("approved by the Therapeutic Goods Administration"): a noun phrase
 * whose last two words are capitalised, headed by an organisation noun that no knowledge-base regulator covers.
 */
function unknownAgencyIn(words: readonly Word[], mentions: readonly Located[]): boolean {
  const heads = lexiconWords('agency-heads');
  // Most sentences have no capitalised agency noun: chunking them into phrases (for nothing) was a tenth of the
  // claim engine's time on real prose.
  if (!words.some((word) => heads.has(word.lower) && isCapital(word.text.charCodeAt(0)))) return false;
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
