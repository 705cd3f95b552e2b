import { maskedOf } from '../text/prose';
import type { DocumentAnalysis } from '../document/analysis';
import type { TermMatch } from '../terms/matcher';
import type { Sentence } from '../text/sentences';
import { isNamed, sentenceBefore } from './discourse';
import { lexicon, lexiconWords } from './lexicon';
import { documentTime } from './period';
import { phraseAt, wordsOf, type Word } from './words';
import { blockWordsOf } from './sentence-words';
import { isVerb } from './phrases';

// An elliptical clause says what the clause before it says, of another subject: its predicate is the one left out.
//   "Kymriah targets CD19, and so does Abecma."        → "Abecma targets CD19."
//   "Yescarta uses a CD28 domain, as does Breyanzi."    → "Breyanzi uses a CD28 domain."
//   "Breyanzi is approved for CLL; Yescarta is too."    → "Yescarta is approved for CLL."
//   "Carvykti targets BCMA. So does Breyanzi."          → "Breyanzi targets BCMA."
// Read only where both subjects are named products or drugs, the first opens its clause and its predicate is plain
// (no comma, bracket or colon: "Kymriah, the first CAR-T, targets CD19" does not lend "the first CAR-T"). Cue words
// are data: data/lexicon/ellipsis-openers ("so", "as", "neither", "nor") and ellipsis-closers ("too", "as well").

// Words that join the elliptical clause to the one before it ("…, and so does X", "…; but X is too").
const JOINERS = new Set(['and', 'but']);
const SEPARATORS = new Set([',', ';']);
// What a lent predicate may not hold: an aside, a list or a second clause would be lent with it.
const NOT_PLAIN = /[,;:()[\]?]/;
// A cheap test before any word is read: a cue word among the last characters (the remnant ends the sentence).
const REMNANT_CHARS = 80;
let CUE: RegExp | undefined;
const cueTest = () =>
  (CUE ??= new RegExp(
    `\\b(?:${[...lexicon('ellipsis-openers'), ...lexicon('ellipsis-closers')].map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`,
    'i',
  ));

/** The statement an elliptical clause makes with the predicate of the clause before it, if the sentence ends in one. */
export function ellipsisStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (!cueTest().test(sentence.text.slice(-REMNANT_CHARS)) || sentence.text.trimEnd().endsWith('?')) return undefined;
  // A dated document judges as of its date, which a statement made apart from it would lose.
  if (documentTime(document.prose).kind !== 'current') return undefined;
  const named = document.mentionsIn(sentence.start, sentence.end).filter(isNamed);
  if (!named.length) return undefined;
  const masked = maskedOf(document.prose);
  const words = blockWordsOf(document, sentence).slice();
  while (words.length && (words.at(-1)!.lower === '.' || words.at(-1)!.lower === '!')) words.pop();
  const remnant = remnantOf(words, named);
  if (!remnant) return undefined;
  const antecedent =
    remnant.from === 0 ? sentenceInBlockBefore(document, sentence) : { start: words[0]!.start, end: remnant.joinStart };
  if (!antecedent) return undefined;
  const predicate = lentPredicate(document, antecedent, remnant.subject);
  return predicate && `${masked.slice(remnant.subject.start, remnant.subject.end)} ${predicate}.`;
}

interface Remnant {
  subject: TermMatch;
  /** Index of its first word, joiners included (0: the sentence is the remnant). */
  from: number;
  /** Where the clause it leans on ends: the start of the separator or joiner before it. */
  joinStart: number;
}

/** The elliptical clause the words end with: "so does X", "as is X", "X is too", "X does as well", "X is not either". */
function remnantOf(words: readonly Word[], named: readonly TermMatch[]): Remnant | undefined {
  const auxiliaries = lexiconWords('auxiliaries');
  const wordAt = (m: TermMatch) => words.findIndex((w) => w.start === m.start);
  const mentionEnding = (at: number) => (at >= 0 ? named.find((m) => m.end === words[at]!.end) : undefined);
  let subject = mentionEnding(words.length - 1);
  let first = subject ? wordAt(subject) - 2 : -1;
  // "(and) so does X", "as is X": the opener marks the clause; a comma or joiner before it is optional.
  const opened =
    first >= 0 && lexiconWords('ellipsis-openers').has(words[first]!.lower) && auxiliaries.has(words[first + 1]!.lower);
  if (!opened) {
    // "(and) X is too", "X does as well", "X is not either": a comma, semicolon or joiner before X.
    let end = words.length - 1;
    const closer = lexicon('ellipsis-closers').find((p) => phraseAt(words, end - p.split(' ').length + 1, p));
    if (!closer) return undefined;
    end -= closer.split(' ').length;
    if (words[end]?.lower === ',') end--;
    // A denial only with "either": "X does not" alone contrasts ("Kymriah targets CD19, but Abecma does not").
    if (words[end]?.lower === 'not') {
      if (closer !== 'either') return undefined;
      end--;
    }
    if (end < 1 || !auxiliaries.has(words[end]!.lower)) return undefined;
    subject = mentionEnding(end - 1);
    first = subject ? wordAt(subject) : -1;
    if (first < 0) return undefined;
  }
  if (!subject) return undefined;
  // What joins it to the clause before: nothing (a sentence of its own), "and"/"but", a comma or semicolon.
  let join = first;
  if (join > 0 && JOINERS.has(words[join - 1]!.lower)) join--;
  if (join > 0 && SEPARATORS.has(words[join - 1]!.lower)) join--;
  if (join > 0 && join === first && !opened) return undefined;
  return { subject, from: join, joinStart: words[join]!.start };
}

/** The sentence right before this one in its block: a remnant leans on no other block. */
function sentenceInBlockBefore(document: DocumentAnalysis, sentence: Sentence): Sentence | undefined {
  const before = sentenceBefore(document, sentence);
  return before?.blockIndex === sentence.blockIndex ? before : undefined;
}

/**
 * The predicate the clause at `span` lends: its words after a named subject that opens it, when they are plain and
 * name another subject than the remnant's.
 */
function lentPredicate(
  document: DocumentAnalysis,
  span: { start: number; end: number },
  remnant: TermMatch,
): string | undefined {
  const masked = maskedOf(document.prose);
  const text = masked.slice(span.start, span.end);
  const lead = text.length - text.trimStart().length;
  const subject = document.mentionsIn(span.start, span.end).find((m) => m.start === span.start + lead);
  if (!subject || !isNamed(subject) || subject.entity === remnant.entity) return undefined;
  const predicate = masked.slice(subject.end, span.end).trim().replace(/[.!]$/, '').replace(/\s+/g, ' ');
  const words = wordsOf(predicate);
  if (!words.length || words[0]!.punct || JOINERS.has(words[0]!.lower) || words[0]!.lower === 'or') return undefined;
  return NOT_PLAIN.test(predicate) ? undefined : predicate;
}

// A headline fragment and the headline it leans on are short: "CAR-T FOR OVARIAN CANCER. NOW FDA-APPROVED."
const MAX_FRAGMENT_WORDS = 10;
const MAX_HEADLINE_WORDS = 8;
// "KYMRIAH. FOR KIDS. ONLY FOR KIDS.": fragments may follow one another under one headline.
const MAX_FRAGMENTS_BETWEEN = 2;
const SUBJECT_TYPES = new Set(['product', 'drug', 'therapy-class']);
const OWN_SUBJECT_TYPES = new Set(['product', 'drug']);

/**
 * Headline ellipsis: "CAR-T FOR OVARIAN CANCER. NOW FDA-APPROVED.", "TECELRA. THE FIRST CAR-T FOR A SOLID TUMOUR.": in
 * a paragraph, a verbless fragment that names no product of its own says its words of the verbless headline before it
 * (the sentence before, or the one before a run of such fragments) that names a therapy, as a label line does: it is
 * judged as "<headline>: <fragment>". A fragment with a verb or a product of its own, a question, or a headline with a
 * verb ("CAR-T IS HERE.") lends nothing.
 */
export function headlineFragmentStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (sentence.block !== 'paragraph' || documentTime(document.prose).kind !== 'current') return undefined;
  const fragment = fragmentWords(document, sentence, OWN_SUBJECT_TYPES);
  if (!fragment) return undefined;
  let headline = sentenceInBlockBefore(document, sentence);
  for (let k = 0; headline && k <= MAX_FRAGMENTS_BETWEEN; k++) {
    const words = fragmentWords(document, headline, new Set());
    if (!words || words.length > MAX_HEADLINE_WORDS) return undefined;
    if (document.mentionsIn(headline.start, headline.end).some((m) => SUBJECT_TYPES.has(m.entity.type))) {
      const masked = maskedOf(document.prose);
      const label = masked.slice(words[0]!.start, words.at(-1)!.end);
      return `${label}: ${masked.slice(fragment[0]!.start, fragment.at(-1)!.end)}.`;
    }
    // A fragment in between names nothing: the headline is further back.
    headline = sentenceInBlockBefore(document, headline);
  }
  return undefined;
}

/**
 * The words of a short verbless sentence without its closing stops, or undefined when it has a verb, asks, is longer
 * than a fragment or names a therapy of one of `own` types.
 */
function fragmentWords(document: DocumentAnalysis, sentence: Sentence, own: ReadonlySet<string>): Word[] | undefined {
  // Its mentions first: most sentences name a product, and they need not be split into words.
  if (document.mentionsIn(sentence.start, sentence.end).some((m) => own.has(m.entity.type))) return undefined;
  const words = [...wordsOf(sentence.text, sentence.start)];
  while (words.length && (words.at(-1)!.lower === '.' || words.at(-1)!.lower === '!')) words.pop();
  if (!words.length || words.length > MAX_FRAGMENT_WORDS) return undefined;
  if (words.some((w) => w.lower === '?' || w.lower === ':' || isVerb(w))) return undefined;
  return words;
}
