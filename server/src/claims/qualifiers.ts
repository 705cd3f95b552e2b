import type { Regulator } from '../kb/types';
import { isYear, MONTHS } from '../util/text';
import { approvalStateIn, frontedStartBound, frontedStateTime } from './adjunct';
import { type Clause, clausalAsidesIn } from './clauses';
import { regulatorOf } from './knowledge';
import { lexicon, lexiconWords } from './lexicon';
import { isVerb, nounPhrasesOf } from './phrases';
import type { ClaimSentence } from './sentence';
import { findAllPhrases, findPhrase, phraseAt, phraseStartingAt, type Word } from './words';
import { wordClass } from './word-classes';

/** What a clause says about who, when, where and in which line — the qualifiers of an approval claim. */
export interface Qualifiers {
  regulator?: Regulator;
  /**
   * Year, and month (1–12) when given; `owner` is the first word of the mention it is written beside ("Tecartus
   * (2021)").
   */
  /** `at`: the date's first word; `to`: after its year. */
  date?: { year: number; month?: number; at: number; to: number; owner?: number };
  /** Every event date in the clause, in order: "for MCL in 2020 and for adult ALL in 2021". */
  dates: NonNullable<Qualifiers['date']>[];
  /** "approved … since 2019": the state holds from then on. */
  since?: { year: number; month?: number };
  /** Populations the clause names. */
  pediatric: boolean;
  adults: boolean;
  /** "up to 25 years", "up to age 18", "aged 21 or younger": the oldest age the clause names. */
  maxAge?: number;
  /** "26 years and older", "over 30" (31): the youngest age of an open age range the clause names. */
  minAge?: number;
  /** "younger than 12 years", "under 18": the ages below this one, which the clause names. */
  underAge?: number;
  /** "not for children", "but not in children". */
  notPediatric: boolean;
  /** "only for children", "exclusively in adults". */
  populationOnly: boolean;
  /** "only for adults 26 years and older" (min), "only in children under 18" (under): an age bound "only" restricts to. */
  onlyAges?: { min?: number; under?: number };
  /** "patients of all ages", "adults of any age": no age limit. */
  allAges: boolean;
  /** Minimum prior lines the clause claims (0 = first line), and whether it says "only". */
  line?: { priorLines: number; only: boolean; at?: number };
  /** "first approved", "the first …". */
  first: boolean;
  /**
   * "was first approved", "its original indication", "the initial indication for Kymriah": the clause speaks of the
   * product's own first approval (data/lexicon/first-approval-cues), not of a rank among products.
   */
  ownFirst: boolean;
  /** Antitumor wording: "to shrink", "slow tumor growth", "progression-free". */
  antitumor: boolean;
  /** "functional" (hormone-secreting) tumors, as opposed to "non-functional" ones. */
  functional: boolean;
  /** Where the tumors arise, as the clause names it ("of lung origin": "lung"; data/lexicon/tumor-site-words). */
  sites: string[];
}

const MONTH_ABBR = MONTHS.map((month) => month.slice(0, 3));
const NUMBERS: ReadonlyMap<string, number> = new Map(
  Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, a: 1, single: 1 }),
);
// Adjectives that make a counted treatment one the patient has had: "one prior line", "two previous regimens".
const PRIOR_WORDS = new Set(['prior', 'previous', 'earlier']);
const ORDINALS: ReadonlyMap<string, number> = new Map(
  Object.entries({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5 }),
);
// Time words that make a year a reference point, not the date of the claimed event.
// "up to", "from 2017 to 2020": the bounds of a range; "later than 2016", "no later than 2018": a comparison's standard.
const NOT_EVENT_DATE = new Set([
  'of',
  'since',
  'by',
  'until',
  'through',
  'before',
  'after',
  'from',
  'till',
  'to',
  'than',
]);
// Approximations between the time word and the date: "as of about October 2026", "since early 2025".
const APPROXIMATELY = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'circa',
  'early',
  'mid',
  'late',
  'nearly',
  'almost',
]);
// Regulators by name or by country, for knowledge bases without regulator entities.
// A Map: a word like "constructor" must not find Object.prototype's members.
export const COUNTRY_REGULATOR: ReadonlyMap<string, Regulator> = new Map(
  Object.entries({
    fda: 'FDA',
    nmpa: 'NMPA',
    ema: 'EMA',
    china: 'NMPA',
    chinese: 'NMPA',
    us: 'FDA',
    'u.s': 'FDA',
    american: 'FDA',
    eu: 'EMA',
    europe: 'EMA',
    european: 'EMA',
  } satisfies Record<string, Regulator>),
);
// Multi-word places: "in the United States", "in the European Union".
const COUNTRY_PHRASES: readonly { phrase: string; regulator: Regulator }[] = [
  { phrase: 'united states', regulator: 'FDA' },
  { phrase: 'usa', regulator: 'FDA' },
  { phrase: 'european union', regulator: 'EMA' },
  { phrase: 'mainland china', regulator: 'NMPA' },
];
const COUNTRY_FIRST_WORDS = new Set(COUNTRY_PHRASES.map((p) => p.phrase.split(' ')[0]!));

/** The regulator a country or agency name at word `at` stands for ("United States", "EU", "US" but not "us"). */
export function countryRegulatorAt(words: readonly Word[], at: number): Regulator | undefined {
  return countryRegulatorSpanAt(words, at)?.regulator;
}

/** The regulator a country or agency name at word `at` stands for, and how many words name it. */
export function countryRegulatorSpanAt(
  words: readonly Word[],
  at: number,
): { regulator: Regulator; length: number } | undefined {
  const word = words[at]!;
  const place = COUNTRY_FIRST_WORDS.has(word.lower)
    ? COUNTRY_PHRASES.find((p) => phraseAt(words, at, p.phrase))
    : undefined;
  if (place) return { regulator: place.regulator, length: place.phrase.split(' ').length };
  const regulator = COUNTRY_REGULATOR.get(word.lower);
  return regulator && (word.lower !== 'us' || word.text === 'US') ? { regulator, length: 1 } : undefined;
}
const PEDIATRIC = lexicon('population-pediatric-words');
const ADULT = lexicon('population-adult-words');
const ANTITUMOR = lexicon('antitumor-qualifier-cues');
const SITES = lexiconWords('tumor-site-words');

const POPULATIONS = [...PEDIATRIC, ...ADULT];
/** Whether a lower-case word names a population ("children", "adults"). */
export const isPopulationWord = (word: string) => POPULATIONS.includes(word);
const APPROVAL_WORDS = lexiconWords('approval-cues');
// Several relations read the same clause's qualifiers: computed once per clause.
const memo = new WeakMap<Clause, Qualifiers>();

export function qualifiersOf(sentence: ClaimSentence, clause: Clause): Qualifiers {
  let qualifiers = memo.get(clause);
  if (!qualifiers) memo.set(clause, (qualifiers = computeQualifiers(sentence, clause)));
  return qualifiers;
}

function computeQualifiers(sentence: ClaimSentence, clause: Clause): Qualifiers {
  const { words } = sentence;
  const inClause = (from: number, to: number) => words.slice(from, to);
  const clauseWords = inClause(clause.from, clause.to);
  const dates = datesIn(sentence, clause);
  // "Abecma, whose first approval did not cover two prior lines, was approved in March 2021": an aside that is a
  // statement of its own keeps its "first" and its line, as it keeps its population, where the clause states an
  // approval outside it ("Kymriah met its endpoint, which led to a second-line approval" states it in the aside).
  const asides = clausalAsidesIn(words, clause);
  const inAside = (at: number) => asides.some((a) => a.from <= at && at < a.to);
  const approvalOutside = clauseWords.some((w) => APPROVAL_WORDS.has(w.lower) && !inAside(w.index));
  const asideOwn = (at: number) => approvalOutside && inAside(at);
  return {
    regulator: regulatorIn(sentence, clause, asides),
    // A copy: relations tell the first date from the others by identity.
    date: dates[0] && { ...dates[0] },
    dates,
    since: sinceIn(words, clause),
    ...populationOf(words, clause),
    line: claimedLine(sentence, clause, asideOwn),
    first: clauseWords.some(
      (w) =>
        w.lower === 'first' &&
        !asideOwn(w.index) &&
        !words[w.index + 1]?.hyphenBefore &&
        words[w.index + 1]?.lower !== 'line' &&
        !ordinalOfOther(words, w.index),
    ),
    ownFirst: ((at) => at !== undefined && !sentence.negatedAt(at))(
      ownFirstApproval(
        clauseWords.filter((w) => !asideOwn(w.index)),
        (at) => sentence.mentions.find((m) => m.from === at && m.entity.type === 'product')?.to,
      ),
    ),
    antitumor: antitumorClaimed(words, clause),
    functional: clauseWords.some(
      (w) =>
        (w.lower === 'functional' || w.lower === 'functioning') &&
        words[w.index - 1]?.lower !== 'non' &&
        words[w.index - 1]?.lower !== 'not' &&
        // "approved for non-functional NETs, not for functional ones": set against the use claimed, denied.
        !contrastedAt(words, w.index, clause.from, PURPOSE_LINKS),
    ),
    sites: [...new Set(clauseWords.filter((w) => SITES.has(w.lower)).map((w) => w.lower))],
  };
}

const FIRST_APPROVAL = lexicon('first-approval-cues');
// After an article "first" ranks ("the first approval for a solid tumor"), unless the product follows "for" or "of".
const OWNER_LINKS = new Set(['for', 'of']);

const PREPOSITIONS = lexiconWords('prepositions');

/**
 * Where words (a clause's, or a view of them) speak of a product's own first approval or indication
 * (data/lexicon/first-approval-cues): "was first approved", "its initial indication", "the original indication for
 * Kymriah"; the sentence index of the cue's first word. Not "the first approval for a solid tumor", where "first"
 * ranks, nor "its first approval in FL", where a prepositional phrase restricts the approvals ranked. `productAt` gives
 * the end (sentence index) of a product's mention that starts at a sentence word index.
 */
export function ownFirstApproval(
  view: readonly Word[],
  productAt: (index: number) => number | undefined,
): number | undefined {
  for (let from = 0; from < view.length; ) {
    const hit = findPhrase(view, FIRST_APPROVAL, from);
    if (!hit) return undefined;
    from = hit.at + 1;
    let end = hit.at + hit.length;
    const ownerEnd = OWNER_LINKS.has(view[end]?.lower ?? '') ? productAt(view[end + 1]?.index ?? -1) : undefined;
    if (ARTICLES.has(view[hit.at - 1]?.lower ?? '') && ownerEnd === undefined) continue;
    // The noun's own prepositional phrase after its owner: "the first approval for Kymriah in lymphoma".
    if (ownerEnd !== undefined) while (view[end] && view[end]!.index < ownerEnd) end++;
    const noun = !/ed$/.test(view[hit.at + hit.length - 1]!.lower);
    if (noun && PREPOSITIONS.has(view[end]?.lower ?? '')) continue;
    return view[hit.at]!.index;
  }
  return undefined;
}

// "to shrink", "for shrinking": the purpose link between a contrast cue and the antitumor wording.
const PURPOSE_LINKS = new Set(['to', 'for']);
const COORDINATORS = wordClass('coordinators');

/**
 * Antitumor wording in the clause that is claimed, not set against the use claimed: "approved for carcinoid syndrome
 * diarrhea, not to shrink tumors" and "… rather than to slow tumor growth" deny the antitumor use.
 */
function antitumorClaimed(words: readonly Word[], clause: Clause): boolean {
  let deniedTo = -1;
  for (const cue of findAllPhrases(words, ANTITUMOR, clause.from, clause.to)) {
    // "rather than to slow tumor growth": later wording in the denied phrase is denied too.
    if (deniedTo >= 0 && !words.slice(deniedTo, cue.at).some((w) => w.punct || COORDINATORS.has(w.lower))) {
      deniedTo = cue.at + cue.length;
      continue;
    }
    if (!contrastedAt(words, cue.at, clause.from, PURPOSE_LINKS)) return true;
    deniedTo = cue.at + cue.length;
  }
  return false;
}

const NOT_A_FIRST = lexiconWords('not-a-first-nouns');

/**
 * "patients at their first myeloma relapse": "first" before a noun of time or events in its noun phrase
 * (data/lexicon/not-a-first-nouns) counts those, it says nothing of the approval. The chunker may run on over an
 * unknown verb ("whose first relapse came"), so any such noun after "first" in the phrase counts; "approved" does not
 * ("the first approved CAR-T").
 */
function ordinalOfOther(words: readonly Word[], at: number): boolean {
  const phrase = nounPhrasesOf(words).at(at);
  if (!phrase) return false;
  for (let k = at + 1; k < phrase.to; k++)
    if (words[k]!.lower !== 'approved' && NOT_A_FIRST.has(words[k]!.lower)) return true;
  return false;
}

/** Who a claim is about: the population words of a range of a sentence. */
export type Population = Pick<
  Qualifiers,
  'pediatric' | 'adults' | 'maxAge' | 'minAge' | 'underAge' | 'notPediatric' | 'populationOnly' | 'onlyAges' | 'allAges'
>;

/**
 * The population a range names, read apart from what a contrastive denial sets aside: "only for adults, not for
 * patients younger than 18" names adults and excludes children; it does not name both.
 */
function populationOf(words: readonly Word[], range: Clause): Population {
  // "Carvykti, which is not approved for patients under 18, is approved for adults": an aside that is a statement of
  // its own names its own population, not the clause's.
  const asides = clausalAsidesIn(words, range);
  if (!asides.length) return populationBeside(words, range);
  const parts: Population[] = [];
  let from = range.from;
  for (const aside of asides) {
    if (aside.from > from) parts.push(populationBeside(words, { from, to: aside.from }));
    from = Math.max(from, aside.to);
  }
  if (from < range.to) parts.push(populationBeside(words, { from, to: range.to }));
  const defined = <T>(values: (T | undefined)[]) => values.find((v) => v !== undefined);
  return {
    pediatric: parts.some((p) => p.pediatric),
    notPediatric: parts.some((p) => p.notPediatric),
    maxAge: defined(parts.map((p) => p.maxAge)),
    minAge: defined(parts.map((p) => p.minAge)),
    underAge: defined(parts.map((p) => p.underAge)),
    adults: parts.some((p) => p.adults),
    populationOnly: parts.some((p) => p.populationOnly),
    onlyAges: defined(parts.map((p) => p.onlyAges)),
    allAges: parts.some((p) => p.allAges),
  };
}

/** The population a range without statement asides names, apart from what a contrastive denial sets aside. */
function populationBeside(words: readonly Word[], range: Clause): Population {
  const denied = deniedSpans(words, range);
  if (!denied.length) return plainPopulationOf(words, range);
  const kept: Clause[] = [];
  let from = range.from;
  for (const span of denied) {
    if (span.from > from) kept.push({ from, to: span.from });
    from = span.to;
  }
  if (from < range.to) kept.push({ from, to: range.to });
  const parts = kept.map((part) => plainPopulationOf(words, part));
  const whole = plainPopulationOf(words, range);
  const set = denied.map((span) => plainPopulationOf(words, span));
  const defined = <T>(values: (T | undefined)[]) => values.find((v) => v !== undefined);
  return {
    pediatric: parts.some((p) => p.pediatric),
    // Children set aside: named as such, or as the ages below adulthood.
    notPediatric:
      parts.some((p) => p.notPediatric) ||
      set.some(
        (p) =>
          p.pediatric ||
          p.notPediatric ||
          (p.underAge !== undefined && p.underAge <= ADULT_AGE) ||
          (p.maxAge !== undefined && p.maxAge < ADULT_AGE),
      ),
    maxAge: defined(parts.map((p) => p.maxAge)),
    minAge: defined(parts.map((p) => p.minAge)),
    underAge: defined(parts.map((p) => p.underAge)),
    adults: parts.some((p) => p.adults),
    populationOnly: whole.populationOnly,
    onlyAges: defined(parts.map((p) => p.onlyAges)),
    allAges: parts.some((p) => p.allAges),
  };
}

const ADULT_AGE = 18;
const DENIED_ENDS = new Set([',', ';', ':', '(', ')', 'but', 'while', 'whereas']);

/**
 * The spans a contrastive "not" sets aside: "…, not for children", "… but not in patients under 18", up to the next
 * comma or conjunction (a predicate's own "not", as in "is not approved for children", is the claim's polarity).
 */
function deniedSpans(words: readonly Word[], range: Clause): Clause[] {
  const spans: Clause[] = [];
  for (let i = range.from + 1; i < range.to; i++) {
    if (words[i]!.lower !== 'not') continue;
    const before = words[i - 1]!.lower;
    if (before !== ',' && before !== 'but' && before !== ';') continue;
    let end = i + 1;
    while (end < range.to && !DENIED_ENDS.has(words[end]!.lower)) end++;
    spans.push({ from: before === 'but' ? i - 1 : i, to: end });
    i = end;
  }
  return spans;
}

function plainPopulationOf(words: readonly Word[], range: Clause): Population {
  const pediatricWords = populationWords(words, range, PEDIATRIC);
  const minAge = openAgeIn(words, range);
  return {
    pediatric: pediatricWords.includes(false) || youngAgeIn(words, range),
    notPediatric: pediatricWords.includes(true),
    maxAge: maxAgeIn(words, range),
    minAge,
    underAge: underAgeIn(words, range),
    // "12 years and older" has no upper bound: it includes adults.
    adults:
      (findPhrase(words, ADULT, range.from, range.to) !== undefined && !phraseIn(words, range, 'young adults')) ||
      minAge !== undefined,
    populationOnly: onlyBefore(words, range, POPULATIONS) || onlyAfter(words, range),
    onlyAges: onlyAgesIn(words, range),
    allAges: findPhrase(words, lexicon('all-ages-cues'), range.from, range.to) !== undefined,
  };
}

/** The population a range of words names ("adults", "patients up to 25 years"), or undefined when it names none. */
export function populationIn(words: readonly Word[], range: Clause): Population | undefined {
  const population = populationOf(words, range);
  return population.pediatric ||
    population.adults ||
    population.notPediatric ||
    population.allAges ||
    population.maxAge !== undefined ||
    population.underAge !== undefined
    ? population
    : undefined;
}

const DENIAL = new Set(['not', 'no', 'nor', 'except', 'excluding', 'without']);

/** Whether a population word occurs negated ("not for children") or plainly. */
function populationWords(words: readonly Word[], clause: Clause, targets: readonly string[]): boolean[] {
  const found: boolean[] = [];
  for (let i = clause.from; i < clause.to; i++) {
    if (!targets.includes(words[i]!.lower)) continue;
    found.push(words.slice(Math.max(clause.from, i - 3), i).some((w) => DENIAL.has(w.lower)));
  }
  return found;
}

function phraseIn(words: readonly Word[], clause: Clause, phrase: string): boolean {
  for (let i = clause.from; i < clause.to; i++) if (phraseAt(words, i, phrase)) return true;
  return false;
}

/**
 * The regulator that places the clause's claims. A clause (or an aside read as a clause) finds its own regulator first;
 * a regulator named in an aside that is a statement of its own ("Tab-cel, which the FDA has not approved, is approved
 * in the EU") is that aside's, and places the clause only when the clause names none and the aside affirms an
 * approval by it ("Kymriah, approved by the FDA in 2017, is indicated for …"), not when it denies or refuses one.
 */
function regulatorIn(sentence: ClaimSentence, clause: Clause, asides: readonly Clause[]): Regulator | undefined {
  const clauseIndex = sentence.clauses.indexOf(clause);
  const { words } = sentence;
  const asideAt = (at: number) => asides.find((a) => a.from <= at && at < a.to);
  const named: { at: number; regulator: Regulator }[] = [];
  for (const mention of sentence.mentions) {
    const inRange =
      clauseIndex >= 0 ? mention.clause === clauseIndex : clause.from <= mention.from && mention.from < clause.to;
    if (!inRange || mention.mark || contrastedAt(words, mention.from, clause.from, PLACE_LINKS)) continue;
    const regulator = regulatorOf(mention.entity);
    if (regulator) named.push({ at: mention.from, regulator });
  }
  for (let i = clause.from; i < clause.to; i++) {
    const regulator = countryRegulatorAt(words, i);
    if (regulator && !contrastedAt(words, i, clause.from, PLACE_LINKS) && !setAsideAt(sentence, i))
      named.push({ at: i, regulator });
  }
  const own = named.find((n) => !asideAt(n.at));
  if (own) return own.regulator;
  const affirmed = named.find((n) => affirmsApproval(words, asideAt(n.at)!));
  return affirmed?.regulator ?? sentence.contextRegulator;
}

// What denies an aside's approval: a denial of a population (DENIAL) or one that makes an aside a statement of its own
// (data/lexicon/word-classes.json: aside-denials, read by clausalAsidesIn too).
const ASIDE_NEGATIONS = new Set([...DENIAL, ...wordClass('aside-denials')]);

/** Whether an aside states an approval without denying it ("approved by the FDA in 2017", not "which the FDA has not approved"). */
function affirmsApproval(words: readonly Word[], aside: Clause): boolean {
  let approval = false;
  for (let k = aside.from; k < aside.to; k++) {
    if (ASIDE_NEGATIONS.has(words[k]!.lower)) return false;
    approval ||= APPROVAL_WORDS.has(words[k]!.lower);
  }
  return approval;
}

/**
 * "Satri-cel, unlike the FDA-approved CAR-Ts, treats a solid tumour": a regulator named in a mention set aside, or in the
 * noun phrase of one, describes that mention and places nothing.
 */
function setAsideAt(sentence: ClaimSentence, at: number): boolean {
  const phrase = nounPhrasesOf(sentence.words).at(at);
  return sentence.mentions.some(
    (m) =>
      m.mark !== undefined && ((m.from <= at && at < m.to) || (!!phrase && m.from >= phrase.from && m.to <= phrase.to)),
  );
}

// Each cue with its length in words, split once.
const CONTRAST_CUES = lexicon('contrast-cues').map((phrase) => ({ phrase, words: phrase.split(' ').length }));
const PLACE_LINKS = lexiconWords('place-links');

/**
 * Whether a contrast cue (data/lexicon/contrast-cues, or "not" after a comma) ends right before word `at`, over
 * `links` ("in the", "to"): what follows is set against the claim, not claimed ("approved for myeloma, but not in the
 * United States").
 */
function contrastedAt(words: readonly Word[], at: number, from: number, links: ReadonlySet<string>): boolean {
  let k = at;
  while (k > from && links.has(words[k - 1]!.lower)) k--;
  if (words[k - 1]?.lower === 'not' && (words[k - 2]?.lower === ',' || words[k - 2]?.lower === ';')) return true;
  return CONTRAST_CUES.some((c) => k - c.words >= from && phraseAt(words, k - c.words, c.phrase));
}

/** The length of a period part ("end", "first half", data/lexicon/period-parts) ending just before word `at`, or 0. */
function periodPartBefore(words: readonly Word[], at: number): number {
  for (const part of lexicon('period-parts')) {
    const length = part.split(' ').length;
    if (at - length >= 0 && phraseAt(words, at - length, part)) return length;
  }
  return 0;
}

const DATELINE_LABELS = lexicon('dateline-labels');
const DATELINE_OPENERS = new Set([',', '(']);
// A dateline's date: a day, a month and a year at most, with a comma ("June 30, 2025").
const MAX_DATELINE_DATE_WORDS = 4;

/**
 * "UPDATE, July 2025: …", "Edited 1 September 2025 — …": a dateline of writing (data/lexicon: dateline-labels) opening
 * the sentence. Its date (from `date`) is when the text was written, not the date of what it reports; the statement
 * starts at `to`.
 */
export function datelineOf(words: readonly Word[]): { date: number; to: number } | undefined {
  const label = phraseStartingAt(words, 0, DATELINE_LABELS);
  if (!label) return undefined;
  let k = label.length;
  if (DATELINE_OPENERS.has(words[k]?.lower ?? '')) k++;
  const date = k;
  for (; k < words.length && k <= date + MAX_DATELINE_DATE_WORDS; k++) {
    const lower = words[k]!.lower;
    if (isYear(lower)) break;
    if (monthOf(lower) === undefined && !/^\d{1,2}$/.test(lower) && lower !== ',') return undefined;
  }
  const year = k;
  if (!isYear(words[year]?.lower ?? '')) return undefined;
  k = year + 1;
  if (words[k]?.lower === ')') k++;
  const next = words[k];
  if (!next) return undefined;
  if (next.lower === ':') return { date, to: k + 1 };
  return next.dashBefore ? { date, to: k } : undefined;
}

function datesIn(sentence: ClaimSentence, clause: Clause): NonNullable<Qualifiers['date']>[] {
  const { words } = sentence;
  const dates: NonNullable<Qualifiers['date']>[] = [];
  // "UPDATE, July 2025: the FDA has just dropped …": the dateline's date is the writing's, not the event's.
  const written = datelineOf(words)?.to ?? 0;
  // "Six CAR-Ts held FDA approval in 2023": a year of an approval held dates no approval.
  if (approvalStateIn(words, clause.from, clause.to)) return dates;
  // A fronted start ("Since 2017,") or a fronted state time ("In 2019, … only …") dates no event.
  const start = clause.from === 0 ? (frontedStartBound(words) ?? frontedStateTime(words)) : undefined;
  for (let i = clause.from; i < clause.to; i++) {
    const word = words[i]!;
    if (!isYear(word.lower) || i < written) continue;
    if (start && i < start.to) continue;
    const year = Number(word.lower);
    // "March 2023", "March 30, 2023", "30 March 2023"
    let month: number | undefined;
    let first = i;
    for (let back = 1; back <= 3 && i - back >= clause.from; back++) {
      const m = monthOf(words[i - back]!.lower);
      if (m !== undefined) {
        month = m;
        first = i - back;
        break;
      }
    }
    let lead = first;
    // "30 June 2024": the day before the month.
    if (month !== undefined && lead - 1 >= clause.from && /^\d{1,2}$/.test(words[lead - 1]!.lower)) lead--;
    while (lead - 1 >= clause.from && APPROXIMATELY.has(words[lead - 1]!.lower)) lead--;
    // "by the end of 2021", "as of the first half of 2022": the time word before the part of the period decides.
    const part = words[lead - 1]?.lower === 'of' ? periodPartBefore(words, lead - 1) : 0;
    if (part && words[lead - 2 - part]?.lower === 'the' && lead - 2 - part >= clause.from) lead -= part + 2;
    const before = words[lead - 1]?.lower;
    const beforeTwo = words[lead - 2]?.lower;
    if (before && NOT_EVENT_DATE.has(before) && !(before === 'of' && beforeTwo !== 'as')) continue;
    if (before === 'of' && beforeTwo === 'as') continue;
    if (qualifiesOtherNoun(sentence, clause, lead)) continue;
    const owner =
      before === '('
        ? sentence.mentions.find((m) => m.to === lead - 1)?.from
        : DATE_PREPOSITIONS.has(before ?? '')
          ? orderedTherapyBefore(sentence, lead - 1)
          : undefined;
    dates.push(
      owner === undefined ? { year, month, at: first, to: i + 1 } : { year, month, at: first, to: i + 1, owner },
    );
  }
  // "In 2017, … Kymriah in August and Yescarta in December": a month without a year takes the sentence's one year.
  let inherited: number | undefined;
  for (let i = clause.from + 1; i < clause.to; i++) {
    const month = MONTHS.indexOf(words[i]!.lower);
    if (
      month < 0 ||
      words[i - 1]!.lower !== 'in' ||
      (month === 4 && words[i]!.text !== 'May') ||
      /^\d/.test(words[i + 1]?.lower ?? '')
    )
      continue;
    const year = soleYearOf(words);
    if (year === undefined) break;
    dates.push({ year, month: month + 1, at: i, to: i + 1 });
    inherited = year;
  }
  // The bare year was only the frame of the months that took it.
  const framed = inherited === undefined ? dates : dates.filter((d) => d.year !== inherited || d.month !== undefined);
  return [...framed, ...listedMonths(words, clause, framed)].sort((a, b) => a.at - b.at);
}

const ARTICLES = wordClass('articles');
// "the 2023 FDA investigation": the words between a premodifying year and the noun it modifies are few.
const MAX_PREMODIFIER_WORDS = 3;

/**
 * Whether a date after an article premodifies a noun phrase of its own that word `head` does not head: "the 2025 end of
 * the REMS, the FDA's … investigation" dates the end, not the investigation listed after it; "the 2023 (FDA)
 * investigation" dates the investigation (after the date, a few words and no break between).
 */
export function datesOtherNounPhrase(words: readonly Word[], date: { at: number }, head: number): boolean {
  if (!ARTICLES.has(words[date.at - 1]?.lower ?? '')) return false;
  if (head <= date.at || head - date.at > MAX_PREMODIFIER_WORDS + 1) return true;
  return words.slice(date.at + 1, head).some((w) => w.punct);
}

const DATE_PREPOSITIONS = new Set(['in', 'on']);
const ORDER_CUES = [...lexicon('order-after-cues'), ...lexicon('order-before-cues')];

/**
 * "Carvykti was the second approved, after Abecma in 2021": a date right after the therapy an order word sets the
 * subject against is that therapy's (the first word of its mention, ending just before word `at`).
 */
function orderedTherapyBefore(sentence: ClaimSentence, at: number): number | undefined {
  const therapy = sentence.mentions.find(
    (m) => m.to === at && (m.entity.type === 'product' || m.entity.type === 'drug'),
  );
  if (!therapy) return undefined;
  const cue = ORDER_CUES.find((phrase) => {
    const length = phrase.split(' ').length;
    return therapy.from - length >= 0 && phraseAt(sentence.words, therapy.from - length, phrase);
  });
  return cue ? therapy.from : undefined;
}

// Marks between the items of a list of dates: "August and October 2017", "Aug vs. Oct 2017", "March, May and June".
export const DATE_LIST_MARKS = new Set([',', 'and', 'or', 'vs', 'versus', '/', 'then']);
const listMarkAt = (words: readonly Word[], k: number) =>
  DATE_LIST_MARKS.has(words[k]!.lower) || (words[k]!.lower === '.' && words[k - 1]?.lower === 'vs');

/**
 * "in August and October 2017", "(Aug vs Oct 2017)": a month listed before a dated month shares its year, so each
 * month is a date of its own (paired in order with listed therapies by coordination.ts).
 */
function listedMonths(
  words: readonly Word[],
  clause: Clause,
  dates: readonly NonNullable<Qualifiers['date']>[],
): NonNullable<Qualifiers['date']>[] {
  const listed: NonNullable<Qualifiers['date']>[] = [];
  const taken = (i: number) => dates.some((d) => d.at <= i && i < d.to) || listed.some((d) => d.at === i);
  for (const date of dates) {
    if (date.month === undefined) continue;
    // Back from the dated month along the list: "March, May and June 2024".
    let next = date.at;
    for (;;) {
      let k = next - 1;
      while (k >= clause.from && listMarkAt(words, k)) k--;
      if (k === next - 1 || k < clause.from) break;
      const month = words[k]!.text === 'May' || words[k]!.lower !== 'may' ? monthOf(words[k]!.lower) : undefined;
      if (month === undefined || taken(k)) break;
      listed.push({ year: date.year, month, at: k, to: k + 1 });
      next = k;
    }
  }
  return listed;
}

// Words a bare date in a parenthesis may have besides its month, day and year: "(in March 2021)", "(since 2019)".
const DATE_LEADS = new Set(['in', 'on', 'since', 'from', ',', 'the']);
// What an approval claim is about: a date in a parenthesis after one of these may be the claim's.
const CLAIM_HOSTS = new Set(['product', 'drug', 'therapy-class', 'indication']);

/**
 * "Abecma is approved with a REMS (removed in 2025)": a parenthesis that says something of its own about a noun no
 * claim is about (a predicate besides the date) about a noun that is neither a therapy nor a disease ("REMS") dates that noun.
 */
function qualifiesOtherNoun(sentence: ClaimSentence, clause: Clause, at: number): boolean {
  const { words } = sentence;
  let open = at - 1;
  while (open > clause.from && words[open]!.lower !== '(' && words[open]!.lower !== ')') open--;
  if (open <= clause.from || words[open]!.lower !== '(') return false;
  const host = open - 1;
  if (sentence.mentions.some((m) => m.from <= host && host < m.to && CLAIM_HOSTS.has(m.entity.type))) return false;
  for (let k = open + 1; k < at; k++) {
    const lower = words[k]!.lower;
    if (!DATE_LEADS.has(lower) && !APPROXIMATELY.has(lower) && monthOf(lower) === undefined && !/^\d/.test(lower))
      return true;
  }
  return false;
}

/** "since 2019", "since March 2021": the date a state is said to hold from. */
function sinceIn(words: readonly Word[], clause: Clause): Qualifiers['since'] {
  for (let i = clause.from; i < clause.to - 1; i++) {
    if (words[i]!.lower !== 'since') continue;
    const month = monthOf(words[i + 1]!.lower);
    const year = words[month === undefined ? i + 1 : i + 2]?.lower ?? '';
    if (isYear(year)) return { year: Number(year), month };
  }
  return undefined;
}

/** The one event year a sentence names ("In 2017, …"), or undefined when it names none or several. */
function soleYearOf(words: readonly Word[]): number | undefined {
  let year: number | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!isYear(words[i]!.lower)) continue;
    const before = words[i - 1]?.lower;
    if (before && NOT_EVENT_DATE.has(before)) return undefined;
    if (year !== undefined && year !== Number(words[i]!.lower)) return undefined;
    year = Number(words[i]!.lower);
  }
  return year;
}

/** The month (1–12) a lower-cased word names: "march", "mar", "mar.". */
export function monthOf(word: string): number | undefined {
  const full = MONTHS.indexOf(word);
  if (full >= 0) return full + 1;
  const short = MONTH_ABBR.indexOf(word.replace(/\.$/, ''));
  return short >= 0 && word !== 'may' ? short + 1 : undefined;
}

const startsWithDigit = (word: string) => word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;

const AGE_FILLER = new Set(['age', 'aged', 'the', 'of', 'ages']);

// "up to 31 December 2022", "through March 31": a day of a date, not an age.
const isDayOfDate = (words: readonly Word[], i: number) =>
  monthOf(words[i + 1]?.lower ?? '') !== undefined || monthOf(words[i - 1]?.lower ?? '') !== undefined;

function maxAgeIn(words: readonly Word[], clause: Clause): number | undefined {
  for (let i = clause.from; i < clause.to; i++) {
    if (!startsWithDigit(words[i]!.lower) || !/^\d+$/.test(words[i]!.lower) || isDayOfDate(words, i)) continue;
    let k = i - 1;
    while (k > clause.from && AGE_FILLER.has(words[k]!.lower)) k--;
    if (
      phraseAt(words, k - 1, 'up to') ||
      (words[k]?.lower === 'to' && rangeEnd(words, k, i)) ||
      AGE_CLOSED.some((p) => phraseAt(words, i + 1, p))
    )
      return Number(words[i]!.lower);
  }
  return undefined;
}

const AGE_WORDS = new Set(['age', 'aged', 'ages']);
const OPEN_AGE = lexicon('age-open-followers');
const AGE_CLOSED = lexicon('age-closed-followers');

/** "12 years and older", "aged 2 and older": an age with no upper bound, its youngest age. */
function openAgeIn(words: readonly Word[], clause: Clause): number | undefined {
  for (let i = clause.from; i < clause.to; i++) {
    if (!startsWithDigit(words[i]!.lower) || !/^\d+$/.test(words[i]!.lower) || Number(words[i]!.lower) >= 100) continue;
    const age = Number(words[i]!.lower);
    if (OPEN_AGE.some((p) => phraseAt(words, i + 1, p))) return age;
    // "people over 65", "older than 18": adults, from the next year of age ("over 25" leaves out 25-year-olds);
    // "from age 12": that age and older.
    if (age >= 18 && boundedBy(words, i, clause, 'age-above-cues')) return age + 1;
    if (boundedBy(words, i, clause, 'age-from-cues')) return age;
  }
  return undefined;
}

/** "patients younger than 12 years", "children under 18": an age a below cue bounds, which excludes it. */
function underAgeIn(words: readonly Word[], clause: Clause): number | undefined {
  for (let i = clause.from; i < clause.to; i++) {
    if (!startsWithDigit(words[i]!.lower) || !/^\d+$/.test(words[i]!.lower) || isDayOfDate(words, i)) continue;
    const age = Number(words[i]!.lower);
    if (age > 0 && age < 100 && boundedBy(words, i, clause, 'age-below-cues')) return age;
  }
  return undefined;
}

// "only for", "only in": a restrictive "only" before the phrase it restricts (not "the only CAR-T …").
const ONLY_WORDS = new Set(['only', 'exclusively', 'solely']);
const ONLY_PREPOSITIONS = new Set(['for', 'in', 'to', 'among']);
const UNDER_AGE = ['under', 'below', 'younger than', 'less than'];
// How far after "only for" the age may stand: "only for adult patients aged 26 years and older".
const ONLY_AGE_WINDOW = 8;

/** The age bound a restrictive "only" limits the population to ("only in patients aged 26 and over"). */
function onlyAgesIn(words: readonly Word[], clause: Clause): Qualifiers['onlyAges'] {
  for (let i = clause.from; i + 1 < clause.to; i++) {
    if (!ONLY_WORDS.has(words[i]!.lower) || !ONLY_PREPOSITIONS.has(words[i + 1]!.lower)) continue;
    for (let k = i + 2; k < Math.min(clause.to, i + 2 + ONLY_AGE_WINDOW); k++) {
      const word = words[k]!;
      if (word.punct) break;
      if (!/^\d+$/.test(word.lower) || Number(word.lower) >= 100) continue;
      const age = Number(word.lower);
      if (OPEN_AGE.some((p) => phraseAt(words, k + 1, p))) return { min: age };
      if (UNDER_AGE.some((p) => phraseAt(words, k - p.split(' ').length, p))) return { under: age };
    }
  }
  return undefined;
}

/** "to age 25", "aged 1 to 25", "1 to 25 years": the age after "to" (at `k`, the age at `i`) ends an age range. */
function rangeEnd(words: readonly Word[], k: number, i: number): boolean {
  if (Number(words[i]!.lower) >= 100) return false;
  if (words.slice(k + 1, i).some((w) => AGE_WORDS.has(w.lower))) return true;
  const start = words[k - 1]?.lower ?? '';
  if (!/^\d+$/.test(start)) return false;
  // "1 to 3 years" alone may be a duration: "years of age" or "years old" make it ages.
  const after = words
    .slice(i + 1, i + 4)
    .map((w) => w.lower)
    .join(' ');
  return AGE_WORDS.has(words[k - 2]?.lower ?? '') || /^years? (?:of age|old)\b/.test(after);
}

// "12 years and older", "aged 2 and older", "up to 25 years": an age under 18 includes children.
function youngAgeIn(words: readonly Word[], clause: Clause): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    if (!startsWithDigit(words[i]!.lower) || !/^\d+$/.test(words[i]!.lower) || isDayOfDate(words, i)) continue;
    const age = Number(words[i]!.lower);
    const next = words[i + 1]?.lower;
    if (age < 18 && OPEN_AGE.some((p) => phraseAt(words, i + 1, p))) return true;
    if (age < 18 && (next === 'years' || next === 'year' || next === 'and' || next === 'y'))
      if (words[i - 1]?.lower === 'aged' || words[i - 1]?.lower === '≥') return true;
    // "up to 25", "aged 25 and under": a closed range takes in children.
    if (phraseAt(words, i - 2, 'up to') || AGE_CLOSED.some((p) => phraseAt(words, i + 1, p))) return true;
    // "patients under 18", "younger than 18 years": children; so are "from age 12" and "16-year-olds".
    if (age <= 18 && boundedBy(words, i, clause, 'age-below-cues')) return true;
    if (age < 18 && (boundedBy(words, i, clause, 'age-from-cues') || yearsOld(words, i))) return true;
  }
  return false;
}

/** "16-year-olds", "a 16-year-old", "16 years old": the age at `i` is a person's. */
function yearsOld(words: readonly Word[], i: number): boolean {
  const unit = words[i + 1]?.lower;
  const old = words[i + 2];
  return (unit === 'year' || unit === 'years') && (old?.lower === 'old' || old?.lower === 'olds');
}

// Each age cue's word count, once per lexicon: every number of every clause is tested against each cue.
const cueLengths = new Map<string, { cue: string; length: number }[]>();

/** Whether a cue of `name` ends right before the age at `i` ("under 18", "over the age of 65"). */
function boundedBy(
  words: readonly Word[],
  i: number,
  clause: Clause,
  name: 'age-below-cues' | 'age-above-cues' | 'age-from-cues',
) {
  let cues = cueLengths.get(name);
  if (!cues) cueLengths.set(name, (cues = lexicon(name).map((cue) => ({ cue, length: cue.split(' ').length }))));
  return cues.some(({ cue, length }) => i - length >= clause.from && phraseAt(words, i - length, cue));
}

const AFTER = lexicon('line-behind-cues');

function afterLine(words: readonly Word[], at: number, clause: Clause): boolean {
  for (let back = 1; back <= 3 && at - back >= clause.from; back++) {
    if (AFTER.some((p) => phraseAt(words, at - back - p.split(' ').length + 1, p) && p.split(' ').length <= back + 1))
      return true;
  }
  return false;
}

// "restricted to adults", "limited to patients with four or more prior lines": an "only".
function restrictedTo(words: readonly Word[], at: number): boolean {
  const word = words[at]!.lower;
  return (word === 'restricted' || word === 'limited') && words[at + 1]?.lower === 'to';
}

// Determiners before an adjective "only" ("the only one", "its only indication"); not "all", which may be the disease
// ("B-ALL only in adults"), nor "that", which may open a relative clause ("a label that only covers adults").
const SINGLING_DETERMINERS = new Set(['the', 'its', 'their']);

function onlyBefore(words: readonly Word[], clause: Clause, targets: readonly string[]): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    if (
      words[i]!.lower !== 'only' &&
      words[i]!.lower !== 'exclusively' &&
      words[i]!.lower !== 'solely' &&
      !restrictedTo(words, i)
    )
      continue;
    // "the only one approved for children": an adjective singling out the subject, not a restriction of its use.
    if (words[i]!.lower === 'only' && SINGLING_DETERMINERS.has(words[i - 1]?.lower ?? '')) continue;
    // "only Kymriah has a pediatric indication": before a noun phrase and its verb, "only" singles out the subject;
    // what the verb says after it is not restricted.
    let end = Math.min(clause.to, i + 5);
    for (let k = i + 2; k < end; k++) if (isVerb(words[k])) end = k;
    const window = words.slice(i + 1, end).map((w) => w.lower);
    if (window.some((w) => targets.includes(w))) return true;
  }
  return false;
}

const ONLY_FORWARD = lexiconWords('only-forward-openers');

/**
 * "for adults only", "in adults only with pNET", "a paediatric-only CAR-T": a restrictive "only" right after the
 * population word restricts it; before a word that opens what it restricts instead ("adults only after two lines",
 * data/lexicon/only-forward-openers) it does not. Nor when the clause also names the other group ("not approved for
 * children, since its indication covers adults only"): the restriction then answers a denial the clause reader could
 * not split off.
 */
function onlyAfter(words: readonly Word[], clause: Clause): boolean {
  for (let i = clause.from; i + 1 < clause.to; i++) {
    if (words[i + 1]!.lower !== 'only' || ONLY_FORWARD.has(words[i + 2]?.lower ?? '')) continue;
    const word = words[i]!.lower;
    const other = ADULT.includes(word) ? PEDIATRIC : PEDIATRIC.includes(word) ? ADULT : undefined;
    if (other && !words.slice(clause.from, clause.to).some((w) => other.includes(w.lower))) return true;
  }
  return false;
}

/**
 * The line of therapy a clause claims, as a minimum number of prior lines: "first-line" → 0,
 * "second-line" → 1, "after one prior line" → 1, "four or more prior lines" → 4.
 */
// First words of the untreated cues ("never been treated"): the phrases are tried only there.
const UNTREATED_STARTS = new Set(lexicon('untreated-cues').map((p) => p.split(' ')[0]!));

// Determiners that make "as the first treatment" a claim of priority (the first ever), not of line.
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its']);

// "as your very first treatment": an intensifier before the modifier leaves the line.
const INTENSIFIERS = new Set(['very']);

/** "as a first treatment", "as their initial therapy", "as first therapy": a first-line use, at "as" (word `at`). */
function asFirstUse(words: readonly Word[], at: number): boolean {
  let k = at + 1;
  const determiner = words[k]?.lower ?? '';
  if (DEFINITE.has(determiner)) return false;
  if (lexiconWords('determiners').has(determiner)) k++;
  if (INTENSIFIERS.has(words[k]?.lower ?? '')) k++;
  return (
    lexiconWords('first-use-modifiers').has(words[k]?.lower ?? '') &&
    lexiconWords('therapy-heads').has(words[k + 1]?.lower ?? '')
  );
}

const PRIOR_NOUNS = lexiconWords('prior-treatment-nouns');
const NOT_WORDS = new Set(['not', 'never']);
// How far before the quantifier its negation or verb may stand: "has not yet had any", "had received no".
const NO_PRIOR_REACH = 3;

/**
 * "who have had no earlier treatment", "has not received any prior therapy": no treatment behind the patient, at "no"
 * or "any" (word `at`; "any" only after a negation). The treatment noun needs "prior"/"previous"/"earlier" before it or
 * a verb of having had it before the quantifier ("had no treatment"): "no other treatment options" is not a line.
 */
function noPriorTreatment(words: readonly Word[], at: number, clause: Clause): boolean {
  const quantifier = words[at]!.lower;
  if (quantifier !== 'no' && quantifier !== 'any') return false;
  const prior = PRIOR_WORDS.has(words[at + 1]?.lower ?? '');
  if (!lexiconWords('prior-treatment-nouns').has(words[at + (prior ? 2 : 1)]?.lower ?? '')) return false;
  const before = words.slice(Math.max(clause.from, at - NO_PRIOR_REACH), at);
  if (quantifier === 'any' && !before.some((w) => NOT_WORDS.has(w.lower))) return false;
  return prior || before.some((w) => lexiconWords('treatment-history-verbs').has(w.lower));
}

/** The line of therapy a verbless value states on its own ("Second line", "after one prior line"), as `lineIn` reads it. */
export function lineOfValue(words: readonly Word[]): Qualifiers['line'] {
  return lineIn(words, { from: 0, to: words.length }, new Set(), 0);
}

// "$55 million in upfront cash", "an upfront payment": "upfront" of a deal's money, not of a line of therapy.
const PAYMENT_NOUNS = new Set(['cash', 'payment', 'payments', 'fee', 'fees', 'consideration']);
const AMOUNT_WORDS = new Set(['$', '€', '£', 'million', 'billion', 'usd', 'eur']);
// An amount stands this close before it: "$55 million in upfront cash".
const AMOUNT_WINDOW = 4;

function paymentAt(words: readonly Word[], at: number): boolean {
  if (PAYMENT_NOUNS.has(words[at + 1]?.lower ?? '')) return true;
  for (let k = Math.max(0, at - AMOUNT_WINDOW); k < at; k++) if (AMOUNT_WORDS.has(words[k]!.lower)) return true;
  return false;
}

/**
 * The clause's line of therapy, passing over a denied one: "is not used first-line and is indicated after two or more
 * prior lines" claims the later lines. A clause whose lines are all denied keeps its first (the claim is negated).
 */
export function claimedLine(
  sentence: ClaimSentence,
  clause: Clause,
  inAside: (at: number) => boolean = () => false,
): Qualifiers['line'] {
  const starts = new Set(sentence.mentions.map((m) => m.from));
  let first = lineIn(sentence.words, clause, starts, clause.from);
  // A line named in a statement aside is the aside's ("…, whose first approval did not cover two prior lines, …").
  while (first && inAside(first.at!)) first = lineIn(sentence.words, clause, starts, first.at! + 1);
  for (let line = first; line; line = lineIn(sentence.words, clause, starts, line.at! + 1))
    if (!inAside(line.at!) && !sentence.negatedAt(line.at!)) return line;
  return first;
}

function lineIn(
  words: readonly Word[],
  clause: Clause,
  mentionStarts: ReadonlySet<number>,
  from: number,
): Qualifiers['line'] {
  // "only Abecma is approved after …" restricts the subject, not the line.
  // "after only one prior line" says how few lines, not that the use is restricted.
  // "not approved for second-line LBCL, only for third-line": an "only" after a comma restricts what follows it.
  let onlyAt = -1;
  for (let i = clause.from; i < clause.to && onlyAt < 0; i++) {
    const w = words[i]!;
    if (
      ((w.lower === 'only' || w.lower === 'exclusively') &&
        !mentionStarts.has(w.index + 1) &&
        !NUMBERS.has(words[i + 1]?.lower ?? '')) ||
      restrictedTo(words, i)
    )
      onlyAt = i;
  }
  const restricting = (at: number) => onlyAt >= 0 && (onlyAt < at || words[onlyAt - 1]?.lower !== ',');
  // A count of lines needs "line(s)", or "prior"/"previous" before a therapy noun, at most four words after the
  // count: without one, counts are not looked up.
  let lineAhead = false;
  for (let k = clause.from + 1; k < Math.min(clause.to + 4, words.length) && !lineAhead; k++)
    lineAhead = words[k]!.lower === 'line' || words[k]!.lower === 'lines' || PRIOR_WORDS.has(words[k]!.lower);
  for (let i = from; i < clause.to; i++) {
    const word = words[i]!.lower;
    const next = words[i + 1];
    // "first-line", "second line", "2L", "frontline"
    // "refractory to first-line therapy", "after second-line", "within 12 months of first-line": that line is already
    // behind the patient.
    const ordinal = ORDINALS.get(word);
    if (next?.lower === 'line' && ordinal !== undefined)
      return { priorLines: ordinal - (afterLine(words, i, clause) ? 0 : 1), only: restricting(i), at: i };
    // "came back within a year of your first treatment", "after their second therapy": that many lines behind.
    if (ordinal !== undefined && PRIOR_NOUNS.has(next?.lower ?? '') && afterLine(words, i, clause))
      return { priorLines: ordinal, only: restricting(i), at: i };
    if (word.length === 2 && word.charCodeAt(1) === 108 /* l */ && /^[1-4]l$/.test(word))
      return { priorLines: Number(word[0]) - 1, only: restricting(i), at: i };
    // Each phrase tried only at its own first word: this loop runs over every word of the clause.
    if (
      word === 'frontline' ||
      (word === 'front' && phraseAt(words, i, 'front line')) ||
      (word === 'upfront' && !paymentAt(words, i)) ||
      (word === 'newly' && phraseAt(words, i, 'newly diagnosed')) ||
      word === 'untreated' ||
      (word === 'treatment' && phraseAt(words, i, 'treatment naive')) ||
      (UNTREATED_STARTS.has(word) && lexicon('untreated-cues').some((p) => phraseAt(words, i, p))) ||
      (word === 'as' && asFirstUse(words, i)) ||
      noPriorTreatment(words, i, clause)
    )
      return { priorLines: 0, only: restricting(i), at: i };
    // "after one prior line", "after at least two lines", "four or more prior lines", "≥2 prior lines"
    const count = NUMBERS.get(word) ?? (/^\d$/.test(word) ? Number(word) : undefined);
    if (count === undefined) continue;
    // "after one treatment", "following two regimens": a count of treatments behind the patient is a count of lines.
    if (word !== 'a' && PRIOR_NOUNS.has(next?.lower ?? '') && afterLine(words, i, clause))
      return { priorLines: count, only: restricting(i), at: i };
    if (!lineAhead) continue;
    let j = i + 1;
    if (phraseAt(words, j, 'or more')) j += 2;
    if (lexiconWords('line-count-fillers').has(words[j]?.lower ?? '')) j++;
    const prior = PRIOR_WORDS.has(words[j]?.lower ?? '');
    if (prior) j++;
    // "after one prior therapy", "two or more previous regimens": a prior treatment counts as a line.
    if (
      words[j]?.lower === 'line' ||
      words[j]?.lower === 'lines' ||
      (prior && lexiconWords('prior-treatment-nouns').has(words[j]?.lower ?? ''))
    ) {
      if (word === 'a' && words[i - 1]?.lower !== 'after') continue;
      return { priorLines: count, only: restricting(i), at: i };
    }
  }
  return undefined;
}
