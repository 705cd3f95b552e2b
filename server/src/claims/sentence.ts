import { maskedOf, type MaskedText } from '../text/prose';
import type { DocumentAnalysis } from '../document/analysis';
import type { Entity, Regulator } from '../kb/types';
import type { TermMatch } from '../terms/matcher';
import type { Sentence } from '../text/sentences';
import { splitClauses, type Clause } from './clauses';
import { resolveConditions } from './diseases';
import { isTherapy } from './knowledge';
import { onTableHeaderRow } from './heading';
import { isCompoundPart, isRadiolabelled } from './radiolabel';
import { entityMark, isPredicateNegated, type WordSpan } from './negation';
import { isSlotName, lexiconWords } from './lexicon';
import { isVerb, nounPhrasesOf } from './phrases';
import { wordsOf, type Word } from './words';
import { blockWordsOf, nextWordsOf } from './sentence-words';
import { type QuoteSpan, unassertedQuotations } from './quotes';
import { wordClass } from './word-classes';

/**
 * A referring phrase with no antecedent: a disease ("the aforementioned treatment setting") or a therapy; or a
 * `section`: the sentence names no disease but its heading does ("## Solid tumors / No CAR-T is approved yet").
 */
export interface UnresolvedReference {
  start: number;
  end: number;
  kind: 'condition' | 'therapy' | 'section' | 'pronoun';
}

/** A knowledge-base mention located on the sentence's words. */
export interface Mention extends WordSpan {
  match: TermMatch;
  entity: Entity;
  /** Index of its clause in ClaimSentence.clauses. */
  clause: number;
  /** "not X" / "rather than X" (negated) or "unlike X" (excluded); undefined when plain. */
  mark?: 'negated' | 'excluded';
  /**
   * A site after a disease or a marker's absence before it narrows it ("NETs of the lung", "SSTR-negative NETs"): a
   * denial is not judged against the wider disease.
   */
  narrowed?: true;
}

/** One sentence prepared for the relations: words, clauses and mentions on the same word indexes. */
export interface ClaimSentence {
  sentence: Sentence;
  /** The sentence's text (masked prose) and where it starts in the document. */
  text: string;
  start: number;
  words: readonly Word[];
  clauses: Clause[];
  mentions: Mention[];
  /**
   * Disease names the knowledge base does not know ("breast cancer", "Hodgkin lymphoma" when only "lymphoma" is
   * known): a claim about one is not judged as a claim about its head, nor as one that names no disease.
   */
  unknownConditions: (WordSpan & { clause: number })[];
  /** The regulator the sentence's section heading places it under ("## United States"), when that is the default one. */
  contextRegulator?: Regulator;
  /**
   * The period the statement is told for, when its words, its frame (a heading, lead-in or table header) or its
   * document's date give one; undefined when it speaks as of now by default.
   */
  // period.ts's Period, written out: period.ts reads sentences, so importing it back would make a cycle.
  statedPeriod?: { from: string; to: string };
  /** Placed under every regulator at once ("anywhere in the world"): only a denial any record contradicts is judged. */
  anywhere?: true;
  /** A list item under a heading that names a disease ("## Firsts in solid tumours"): the heading scopes a denial. */
  headingCondition?: true;
  /**
   * The one therapy the sentence's paragraph or section speaks of, when the sentence names none ("## After your CAR-T
   * infusion" over "Do not drive for 8 weeks."): set for the relations that read it (claims/discourse.ts, topicOf).
   */
  topic?: Entity;
  /** Referring phrases for a therapy that stand for nothing found before them ("this cell therapy"). */
  unresolvedTherapies: (WordSpan & { clause: number })[];
  /** The sentence after it rejects it as a whole ("Investors argued that P. They were wrong."): nothing is asserted. */
  rejected?: true;
  /**
   * A learner's question nobody confirms ("Student: Was Kymriah, the first BCMA CAR-T, approved in 2017?"): nothing in it,
   * the premises of its question included, is the writer's (claims/dialogue.ts).
   */
  unowned?: true;
  /** The sentence after it endorses its report as a whole ("One registrar argued that P. She was right."): P is stated. */
  endorsed?: true;
  /** A table's header cell: a label, which asserts nothing when it has no finite verb ("REMS required"). */
  label?: true;
  /** Whether the predicate word at `at` is negated within its clause. */
  negatedAt(at: number): boolean;
  clauseOf(at: number): Clause;
}

/**
 * Claim analysis judges sentences of at most this many words (punctuation included). Its work grows
 * faster than a sentence's length; real sentences stay far below it (the longest in the docs has 91).
 */
export const MAX_CLAIM_WORDS = 300;

/** Whether a sentence has more than MAX_CLAIM_WORDS words (each word is at least one character). */
export function tooLongToJudge(document: DocumentAnalysis, sentence: Sentence): boolean {
  return (
    sentence.end - sentence.start > MAX_CLAIM_WORDS &&
    blockWordsOf(document, sentence, MAX_CLAIM_WORDS + 1).length > MAX_CLAIM_WORDS
  );
}

/**
 * One of the document's sentences prepared for claim analysis (`mentions`: its own, or with those its anaphors and
 * misspelled names stand for), or 'too long' beyond MAX_CLAIM_WORDS (its
 * words are read only that far), its words read from its block's tokens. The words are not kept across
 * sentences: a per-document memo of word arrays raised peak memory by half on a 10 MB manuscript.
 */
export function claimSentenceOf(
  document: DocumentAnalysis,
  sentence: Sentence,
  mentions: readonly TermMatch[] = document.mentionsIn(sentence.start, sentence.end),
  unresolved: readonly UnresolvedReference[] = [],
): ClaimSentence | 'too long' {
  const words = blockWordsOf(document, sentence, MAX_CLAIM_WORDS + 1);
  if (words.length > MAX_CLAIM_WORDS) return 'too long';
  const quoted = unassertedQuotations(words, () => nextWordsOf(document, sentence));
  const prepared = prepareSentence(sentence, maskedOf(document.prose), mentions, words, unresolved, quoted);
  if (sentence.block === 'table-cell' && onTableHeaderRow(document.text, sentence.start)) prepared.label = true;
  return prepared;
}

// A label opening a line: one to four words, then a colon, an arrow ("CRS → tocilizumab") or a spaced dash.
const MAX_LABEL_WORDS = 4;
const SPACED_DASH = /\s[-–—]\s/;
const LABEL_MARKS = new Set([':', '→']);

/**
 * "Lentiviral: Kymriah, Breyanzi" over "γ-retroviral: Yescarta, Tecartus" written as lines of one paragraph: a line
 * that opens with a label naming a value (not a slot such as "Target:", which goes on a record card's subject) frames
 * its own line and the lines after it, never the line above, so a clause ends before it when its line lists
 * therapies.
 */
function splitAtValueLabels(
  masked: MaskedText,
  words: readonly Word[],
  therapies: readonly number[],
  clauses: Clause[],
): Clause[] {
  const cuts: number[] = [];
  for (let w = 1; w < words.length; w++) {
    if (!masked.slice(words[w - 1]!.end, words[w]!.start).includes('\n')) continue;
    // Up to a colon, or a spaced dash between two words (a dash is no word of its own).
    let k = w;
    const dashBefore = (at: number) => SPACED_DASH.test(masked.slice(words[at - 1]!.end, words[at]!.start));
    while (k < words.length && k - w < MAX_LABEL_WORDS && !words[k]!.punct && !(k > w && dashBefore(k))) k++;
    if (k === w || !words[k] || !(LABEL_MARKS.has(words[k]!.lower) || (k > w && dashBefore(k)))) continue;
    const label = words
      .slice(w, k)
      .map((x) => x.lower)
      .join(' ');
    // A line that is only a label ("Approved for myeloma:") frames the lines after it, labelled or not.
    if (words[w - 1]!.lower === ':') continue;
    // The label frames the therapies its line lists; a line naming none ("Myeloma: approved 2024" under
    // "**Breyanzi**") says something of the card's subject.
    const lineEnd = (from: number) => {
      let end = from + 1;
      while (end < words.length && !masked.slice(words[end - 1]!.end, words[end]!.start).includes('\n')) end++;
      return end;
    };
    let end = lineEnd(k);
    // A line that is only the label ("γ-retroviral:") frames the next line's.
    if (end === k + 1 && end < words.length) end = lineEnd(end);
    if (!therapies.some((t) => t > k && t < end)) continue;
    if (!isSlotName(label)) cuts.push(w);
  }
  if (!cuts.length) return clauses;
  return clauses.flatMap((clause) => {
    const inside = cuts.filter((c) => c > clause.from && c < clause.to);
    if (!inside.length) return [clause];
    return [clause.from, ...inside].map((from, i) => ({ ...clause, from, to: inside[i] ?? clause.to }));
  });
}

// A headline has this many words of four letters or more at least, each capitalized.
const MIN_HEADLINE_WORDS = 3;

/**
 * "FDA Eliminates REMS for Autologous CAR T Cell Immunotherapies" above a story's first sentence, without markup or end
 * punctuation: a first line whose longer words are all capitalized, before a line that starts with a capital, ends a
 * clause. What the next line requires or denies is said of its own subject, not of the headline's.
 */
function splitAfterHeadline(masked: MaskedText, words: readonly Word[], clauses: Clause[]): Clause[] {
  let w = 1;
  while (w < words.length && !masked.slice(words[w - 1]!.end, words[w]!.start).includes('\n')) w++;
  if (w >= words.length || words[w - 1]!.punct || !/^\p{Lu}/u.test(words[w]!.text)) return clauses;
  const long = words.slice(0, w).filter((x) => !x.punct && x.text.length >= 4 && /^\p{L}/u.test(x.text));
  if (long.length < MIN_HEADLINE_WORDS || long.some((x) => !/^\p{Lu}/u.test(x.text))) return clauses;
  if (!opensOwnSubject(words, w)) return clauses;
  return clauses.flatMap((clause) =>
    clause.from < w && w < clause.to
      ? [
          { ...clause, to: w },
          { ...clause, from: w },
        ]
      : [clause],
  );
}

/**
 * "Abecma targets BCMA" over "Kymriah targets CD19", lines of one paragraph without end punctuation (a shelf list, slide
 * bullets): where a line is a clause of its own (a subject, then a verb) ending in no stop, comma, preposition,
 * article or coordinator, and the next line opens with a capital and a subject and verb of its own, the line break
 * ends the clause. The next line's words are no object or date of the line above.
 */
function splitAtClauseLines(masked: MaskedText, words: readonly Word[], clauses: Clause[]): Clause[] {
  const breaks: number[] = [0];
  for (let w = 1; w < words.length; w++)
    if (masked.slice(words[w - 1]!.end, words[w]!.start).includes('\n')) breaks.push(w);
  if (breaks.length < 2) return clauses;
  breaks.push(words.length);
  const cuts: number[] = [];
  for (let b = 1; b < breaks.length - 1; b++) {
    const [start, at, end] = [breaks[b - 1]!, breaks[b]!, breaks[b + 1]!];
    const last = words[at - 1]!;
    if (last.punct || OPEN_ENDINGS.has(last.lower) || !/^\p{Lu}/u.test(words[at]!.text)) continue;
    if (opensOwnSubject(words.slice(start, at), 0) && opensOwnSubject(words.slice(at, end), 0)) cuts.push(at);
  }
  if (!cuts.length) return clauses;
  return clauses.flatMap((clause) => {
    const inside = cuts.filter((c) => c > clause.from && c < clause.to);
    if (!inside.length) return [clause];
    return [clause.from, ...inside].map((from, i) => ({ ...clause, from, to: inside[i] ?? clause.to }));
  });
}

const REFERRING = new Set(['it', 'its', 'they', 'their', 'this', 'these', 'that', 'those']);
const PREPOSITIONS = lexiconWords('prepositions');
const COORDINATORS = wordClass('and-or');
// A line ending in one of these words runs on into the next: "approved by the\nFDA in 2017".
const OPEN_ENDINGS = new Set([...PREPOSITIONS, ...COORDINATORS, 'the', 'a', 'an', 'its', 'their', 'that', 'which']);

/**
 * The line at word `at` opens with a subject of its own: a noun phrase (with its prepositional phrases) and then a verb,
 * and it refers back to nothing ("it", "this therapy"), so no headline subject is carried into it.
 */
function opensOwnSubject(words: readonly Word[], at: number): boolean {
  // The line's own phrases: read with the headline, its last words would run into the line's subject.
  const line = words.slice(at);
  const phrases = nounPhrasesOf(line);
  let phrase = phrases.at(0);
  if (phrase?.from !== 0 || REFERRING.has(line[0]!.lower)) return false;
  // Over its prepositional phrases and conjuncts: "Long-term follow-up studies of 15 years", "Boxed warnings and guides".
  const links = (word: Word | undefined) => PREPOSITIONS.has(word?.lower ?? '') || COORDINATORS.has(word?.lower ?? '');
  while (links(line[phrase.to]) && phrases.at(phrase.to + 1)) phrase = phrases.at(phrase.to + 1)!;
  return isVerb(line[phrase.to]) && !line.some((word) => REFERRING.has(word.lower));
}

/**
 * Each quotation the writer does not assert (claims/quotes.ts) is a clause of its own, marked `quoted`: its words are
 * no part of the clauses around it.
 */
function splitAtQuotations(clauses: Clause[], quoted: readonly QuoteSpan[]): Clause[] {
  if (!quoted.length) return clauses;
  return clauses.flatMap((clause) => {
    const pieces: Clause[] = [];
    let from = clause.from;
    for (const q of quoted) {
      if (q.to <= from || q.from >= clause.to) continue;
      if (q.from > from) pieces.push({ ...clause, from, to: q.from });
      const to = Math.min(q.to, clause.to);
      pieces.push({ from: Math.max(q.from, from), to, quoted: true });
      from = to;
    }
    if (!pieces.length) return [clause];
    if (from < clause.to) pieces.push({ ...clause, from, to: clause.to });
    return pieces;
  });
}

/** `words`: the sentence's words when already read (`wordsOf` of its masked text at its start). */
export function prepareSentence(
  sentence: Sentence,
  masked: MaskedText,
  matches: readonly TermMatch[],
  words: readonly Word[] = wordsOf(masked.slice(sentence.start, sentence.end), sentence.start),
  unresolved: readonly UnresolvedReference[] = [],
  quoted: readonly QuoteSpan[] = unassertedQuotations(words),
): ClaimSentence {
  const text = masked.slice(sentence.start, sentence.end);
  // Mentions and words are both in text order: one binary search per mention end.
  const wordAt = (offset: number, fromEnd: boolean) => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fromEnd ? words[mid]!.end <= offset : words[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return fromEnd ? lo - 1 : lo < words.length ? lo : -1;
  };
  const matched: (WordSpan & { match: TermMatch })[] = [];
  const labelled: (WordSpan & { kind: 'therapy' })[] = [];
  for (const match of matches) {
    const from = wordAt(match.start, false);
    const last = wordAt(match.end, true);
    if (from < 0 || last < from) continue;
    // "Kymriah (tisagenlecleucel)", "Afami-cel (Tecelra)": another name of the entity just named is the
    // same subject, not a second one (relations count subjects and pair parentheses with their head).
    const before = matched[matched.length - 1];
    if (
      before &&
      before.match.entity === match.entity &&
      before.to === from - 1 &&
      words[from - 1]!.lower === '(' &&
      words[last + 1]?.lower === ')'
    )
      continue;
    // "111In-octreotide": a radiolabelled conjugate of the drug is a therapy the knowledge base does not hold.
    if ((match.entity.type === 'drug' || match.entity.type === 'product') && isRadiolabelled(words, from)) {
      labelled.push({ from, to: last + 1, kind: 'therapy' });
      continue;
    }
    // "everolimus-eluting stents", "the octreotide-based SSTR2 CAR-T": a name inside a modifier of another noun names
    // no therapy of its own (the noun it modifies is what the phrase is about).
    if ((match.entity.type === 'drug' || match.entity.type === 'product') && isCompoundPart(words, last)) continue;
    matched.push({ from, to: last + 1, match });
  }
  // A clause naming an event that only dates another is split off where that other names a therapy of its own.
  const clauses = splitAtQuotations(
    splitAfterHeadline(
      masked,
      words,
      splitAtClauseLines(
        masked,
        words,
        splitAtValueLabels(
          masked,
          words,
          matched.filter((m) => isTherapy(m.match.entity)).map((m) => m.from),
          splitClauses(words, (from, to) =>
            matched.some((m) => m.from >= from && m.to <= to && isTherapy(m.match.entity)),
          ),
        ),
      ),
    ),
    quoted,
  );
  const { known, unknown, narrowed } = resolveConditions(words, matched);
  // An unresolved reference to a disease is a disease the claim names but the knowledge base cannot resolve.
  const references = unresolved.flatMap((u) => {
    const from = wordAt(u.start, false);
    const last = wordAt(u.end, true);
    return u.kind === 'section' || from < 0 || last < from ? [] : [{ from, to: last + 1, kind: u.kind }];
  });
  references.push(...labelled);
  unknown.push(...references.filter((r) => r.kind === 'condition'));
  // A heading's disease may restrict every clause: each clause's disease is unresolved (marked at its last word).
  if (unresolved.some((u) => u.kind === 'section'))
    for (const clause of clauses) if (clause.to > clause.from) unknown.push({ from: clause.to - 1, to: clause.to });
  const spans = matched.filter((_, i) => known[i]);
  const narrowedSpans = new Set(matched.filter((_, i) => known[i] && narrowed[i]));
  const clauseIndex = (at: number) => {
    for (let c = 0; c < clauses.length; c++) if (clauses[c]!.from <= at && at < clauses[c]!.to) return c;
    return 0;
  };
  let starts: Set<number> | undefined;
  const negations = new Map<number, boolean>();
  // Explicit literals: object spread is several times slower, and this runs per mention.
  const mentions: Mention[] = spans.flatMap((span) => {
    const clause = clauseIndex(span.from);
    // A name inside a quotation the writer does not assert names nothing the sentence says.
    if (clauses[clause]?.quoted) return [];
    return {
      from: span.from,
      to: span.to,
      match: span.match,
      entity: span.match.entity,
      clause,
      mark: clauses[clause] ? entityMark(words, clauses[clause]!, span, spans) : undefined,
      narrowed: narrowedSpans.has(span) ? true : undefined,
    };
  });
  // A clause whose pronoun subject could stand for more than one therapy says nothing the relations can judge
  // about the therapies it names.
  const ambiguous = new Set(references.filter((r) => r.kind === 'pronoun').map((r) => clauseIndex(r.from)));
  return {
    sentence,
    text,
    start: sentence.start,
    words,
    clauses,
    mentions: ambiguous.size ? mentions.filter((m) => !(ambiguous.has(m.clause) && isTherapy(m.entity))) : mentions,
    unknownConditions: unknown.map((span) => ({ from: span.from, to: span.to, clause: clauseIndex(span.from) })),
    unresolvedTherapies: references
      .filter((r) => r.kind === 'therapy' || r.kind === 'pronoun')
      .map((span) => ({ from: span.from, to: span.to, clause: clauseIndex(span.from) })),
    negatedAt: (at) => {
      let negated = negations.get(at);
      if (negated === undefined)
        negations.set(
          at,
          (negated = isPredicateNegated(
            words,
            clauses[clauseIndex(at)] ?? { from: 0, to: words.length },
            at,
            (starts ??= new Set(spans.map((s) => s.from))),
          )),
        );
      return negated;
    },
    clauseOf: (at) => clauses[clauseIndex(at)] ?? { from: 0, to: words.length },
  };
}

/** "Breyanzi's": the mention is followed by a possessive "'s" (which the words leave out). */
export function isPossessive(sentence: ClaimSentence, mention: WordSpan): boolean {
  const last = sentence.words[mention.to - 1]!;
  const after = sentence.text.charAt(last.end - sentence.start);
  return (after === "'" || after === '’') && sentence.text.charAt(last.end - sentence.start + 1) === 's';
}
