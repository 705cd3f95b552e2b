import type { DocumentAnalysis } from '../document/analysis';
import type { KnowledgeIndex } from '../kb/index';
import type { TermMatch } from '../terms/matcher';
import { type MaskedText, maskedOf } from '../text/prose';
import type { Sentence } from '../text/sentences';
import { arrivalBoundAfterDenial } from './adjunct';
import { isProduct } from './arrival-order';
import { membersOf } from './knowledge';
import { lexicon, lexiconWords } from './lexicon';
import { isVerb } from './phrases';
import { mayHavePhrase, phraseStartingAt, type Word, wordsOf } from './words';

// "No CAR-T had been approved for myeloma until Abecma's approval in March 2021", "Until Abecma arrived in 2021, no
// CAR-T was licensed for myeloma": a class denied up to a named product's arrival says that the product was the
// class's first. The denial itself holds only before the arrival (claims/period.ts); the first it entails is judged:
// "Abecma was the first CAR-T approved for myeloma". A product's label over such a denial may be its bound ("ABECMA: NO
// CAR-T HAD BEEN APPROVED BEFORE IT.").

const NEGATIVE_QUANTIFIERS = lexicon('negative-quantifiers');
const mayHaveNegativeQuantifier = (text: string) => mayHavePhrase(text, NEGATIVE_QUANTIFIERS);
const BEFORE = lexicon('time-before-cues').filter((cue) => cue !== 'up to');
const EVENT_NOUNS = lexiconWords('dated-event-nouns');
// The verb group between the class and its predicate: "had (not yet) been", "was", "could be".
const AUXILIARIES = lexiconWords('auxiliaries');
const isGroupAdverb = (word: Word) =>
  lexiconWords('verb-group-adverbs').has(word.lower) || lexiconWords('negation-adverbs').has(word.lower);
// The predicate a first takes: a participle or an adjective of approval or availability ("approved", "available").
const PREDICATES = lexiconWords('arrival-first-predicates');

/** The statement a class denied until a product's arrival makes of that product, or undefined. */
export function arrivalFirstStatement(
  document: DocumentAnalysis,
  sentence: Sentence,
  index: KnowledgeIndex,
): string | undefined {
  if (sentence.block !== 'paragraph' && sentence.block !== 'list-item') return undefined;
  if (!document.sentenceCue('negative quantifiers', sentence, mayHaveNegativeQuantifier)) return undefined;
  const masked = maskedOf(document.prose);
  const words = wordsOf(masked.slice(sentence.start, sentence.end), sentence.start);
  while (words.length && words.at(-1)!.punct) words.pop();
  const mentions = document.mentionsIn(sentence.start, sentence.end);
  const mentionAt = (at: number) => mentions.find((m) => m.start === words[at]?.start);
  const endOf = (m: TermMatch) => {
    const k = words.findIndex((w) => w.start >= m.end);
    return k < 0 ? words.length : k;
  };
  const productEndAt = (at: number) => {
    const m = mentionAt(at);
    return m && isProduct(m.entity) ? endOf(m) : undefined;
  };
  // A product's label over a denial bounded by a pronoun: "ABECMA: NO CAR-T HAD BEEN APPROVED BEFORE IT."
  const label = mentionAt(0);
  const labelEnd = label && isProduct(label.entity) ? endOf(label) : undefined;
  const last = words.length - 1;
  if (
    label &&
    labelEnd !== undefined &&
    words[last]?.lower === 'it' &&
    (words[labelEnd]?.lower === ':' || words[labelEnd]?.dashBefore)
  ) {
    const bound = [last - 2, last - 1].find(
      (k) => k > labelEnd && phraseStartingAt(words, k, BEFORE)?.phrase.split(' ').length === last - k,
    );
    const from = words[labelEnd]!.lower === ':' ? labelEnd + 1 : labelEnd;
    const denial = bound !== undefined ? denialAt(words, from, bound, mentionAt, index, label) : undefined;
    return denial && statement(masked, words, label, denial, bound!);
  }
  const cue = arrivalBoundAfterDenial(words, productEndAt);
  if (cue !== undefined) {
    const product = boundProduct(words, cue, words.length, mentionAt, endOf);
    const denial = product && denialAt(words, 0, cue, mentionAt, index, product);
    return denial && product && statement(masked, words, product, denial, cue);
  }
  // Fronted: "Until Abecma arrived in 2021, no CAR-T was licensed for myeloma".
  const fronted = phraseStartingAt(words, 0, BEFORE);
  const comma = words.findIndex((w) => w.lower === ',');
  if (!fronted || comma < 0) return undefined;
  const product = boundProduct(words, 0, comma, mentionAt, endOf);
  const denial = product && denialAt(words, comma + 1, words.length, mentionAt, index, product);
  return denial && product && statement(masked, words, product, denial, words.length);
}

/**
 * The product whose arrival the cue at `cue` names, up to `to`: right after it ("until Abecma", "until Abecma's
 * approval in March 2021"), or as an event noun's complement ("until the approval of Abecma"), and the only product
 * there.
 */
function boundProduct(
  words: readonly Word[],
  cue: number,
  to: number,
  mentionAt: (at: number) => TermMatch | undefined,
  endOf: (m: TermMatch) => number,
): TermMatch | undefined {
  const length = phraseStartingAt(words, cue, BEFORE)?.phrase.split(' ').length ?? 1;
  let at = cue + length;
  if (/^(?:the|its)$/.test(words[at]?.lower ?? '')) at++;
  if (EVENT_NOUNS.has(words[at]?.lower ?? '') && words[at + 1]?.lower === 'of') at += 2;
  const product = mentionAt(at);
  if (!product || !isProduct(product.entity)) return undefined;
  // "until Abecma and Carvykti": a pair arrives as no single first.
  for (let k = endOf(product); k < to; k++) {
    if (words[k]!.lower === 'and' || words[k]!.lower === 'or') return undefined;
    const other = mentionAt(k);
    if (other && isProduct(other.entity)) return undefined;
  }
  return product;
}

interface Denial {
  /** Where the class's noun phrase runs, after the quantifier. */
  from: number;
  to: number;
  /** Where the predicate starts, after the verb group. */
  predicate: number;
}

/**
 * The denied class of a clause from `from` to `to`: "(There was) no <class> (verb group) <predicate>", the class naming
 * a therapy class the product is a member of, the predicate a participle or adjective of arrival, or none after an
 * existential ("There was no FDA-approved CAR-T … until Kymriah").
 */
function denialAt(
  words: readonly Word[],
  from: number,
  to: number,
  mentionAt: (at: number) => TermMatch | undefined,
  index: KnowledgeIndex,
  product: TermMatch,
): Denial | undefined {
  let k = from;
  // "There was no …", "There had been no …".
  const existential = words[k]?.lower === 'there' && AUXILIARIES.has(words[k + 1]?.lower ?? '');
  if (existential) {
    k += 2;
    if (words[k]?.lower === 'been') k++;
  }
  const quantifier = phraseStartingAt(words, k, NEGATIVE_QUANTIFIERS);
  if (!quantifier || quantifier.phrase === 'neither' || quantifier.phrase === 'none of') return undefined;
  const nounFrom = k + quantifier.phrase.split(' ').length;
  let nounTo = nounFrom;
  let member = false;
  while (nounTo < to && !words[nounTo]!.punct && !isVerb(words[nounTo])) {
    const m = mentionAt(nounTo);
    if (m?.entity.type === 'therapy-class')
      member ||= membersOf(index, m.entity).some((e) => e.id === product.entity.id);
    nounTo++;
  }
  if (!member) return undefined;
  if (existential) return { from: nounFrom, to: nounTo, predicate: nounTo };
  let v = nounTo;
  while (v < to && (AUXILIARIES.has(words[v]!.lower) || isGroupAdverb(words[v]!))) v++;
  if (v === nounTo || !PREDICATES.has(words[v]?.lower ?? '')) return undefined;
  return { from: nounFrom, to: nounTo, predicate: v };
}

/** "<product> was the first <class> <predicate>.", the predicate's words running up to `end` (the bound, or the end). */
function statement(
  masked: MaskedText,
  words: readonly Word[],
  product: TermMatch,
  denial: Denial,
  end: number,
): string | undefined {
  const predicate = words.slice(denial.predicate, end);
  // A second denial or a clause of its own in the predicate is more than the first says.
  if (predicate.some((w) => (w.punct && w.lower !== ',') || w.lower === 'not' || w.lower === 'never' || isVerb(w)))
    return undefined;
  const span = (from: number, to: number) => (from < to ? masked.slice(words[from]!.start, words[to - 1]!.end) : '');
  const rest = span(denial.predicate, end);
  return `${masked.slice(product.start, product.end)} was the first ${span(denial.from, denial.to)}${rest ? ` ${rest}` : ''}.`;
}
