// "Abecma was approved before Carvykti", "Kymriah reached US patients ahead of Yescarta": an order word after an
// arrival predicate, comparing the subject with the product named right after it. The order relation judges the
// pair; the approval relation leaves a denied order ("X was not approved before Y") to it.
import type { Entity } from '../kb/types';
import { lexicon } from './lexicon';
import type { Mention } from './sentence';
import { findAllPhrases, phraseAt, type Word } from './words';

const BEFORE = lexicon('order-before-cues');
const AFTER = lexicon('order-after-cues');
const ORDER_PHRASES = [...BEFORE, ...AFTER];
export const ARRIVAL_PREDICATES = lexicon('order-approval-predicates');
/** A cheap test on a sentence's prose: an order word occurs. */
export const ORDER_CUE = new RegExp(`\\b(?:${ORDER_PHRASES.map((p) => p.replace(/ /g, '\\W+')).join('|')})\\b`, 'i');

// Words between the order word and the other product: "before that of Kymriah", "after Kymriah had been".
const BETWEEN = new Set(['the', 'that', 'of', 'was', 'were', 'had', 'been', 'did']);

export const isProduct = (e: Entity) => e.type === 'product' || e.type === 'drug';

export interface OrderComparison {
  /** Where the order word is, and its length in words. */
  at: number;
  length: number;
  /** The order word puts the subject before the other product. */
  before: boolean;
  /** The product compared with. */
  other: Mention;
}

const STANDARD_DETERMINERS = new Set(['any', 'every', 'all', 'the', 'a', 'an', 'other']);

/**
 * "A TIL therapy was approved for melanoma before any CAR-T for a solid tumour": whether the therapy at word `at`
 * follows an order word, the standard the subject is set against rather than a subject of its own.
 */
export function followsOrderWord(words: readonly Word[], at: number): boolean {
  return standardAfter(words, at, ORDER_PHRASES);
}

/** Whether one of `phrases` ends right before the noun phrase at `at`, past the standard's determiners. */
function standardAfter(words: readonly Word[], at: number, phrases: readonly string[]): boolean {
  let k = at;
  while (k > 0 && STANDARD_DETERMINERS.has(words[k - 1]!.lower)) k--;
  return phrases.some((phrase) => {
    const length = phrase.split(' ').length;
    return k - length >= 0 && phraseAt(words, k - length, phrase);
  });
}

const SUCCESSION_VERBS = lexicon('succession-verbs');

/**
 * "Yescarta followed Kymriah onto the US market in October 2017", "Having trailed Kymriah by seven weeks, Yescarta …":
 * whether the therapy at word `at` is the object of a verb of succession, the standard the subject's event is set
 * against rather than a subject of its own.
 */
export function objectOfSuccession(words: readonly Word[], at: number): boolean {
  return standardAfter(words, at, SUCCESSION_VERBS);
}

// Pronouns that stand for the product an order word sets an event against ("before it").
const ORDER_PRONOUNS = new Set(['it', 'them']);

/**
 * "Breyanzi opened FL to CAR-T: no cell therapy of its kind was licensed for FL before it", "before it, no CAR-T was
 * approved for myeloma": whether an order word in [from, to) takes a pronoun alone, a product named earlier that the
 * clause's event is set against.
 */
export function orderAgainstPronoun(words: readonly Word[], from: number, to: number): boolean {
  // "before it was approved" opens a clause whose subject is the pronoun: no object of the order word.
  return findAllPhrases(words, ORDER_PHRASES, from, to).some((order) => {
    const k = order.at + order.length;
    return ORDER_PRONOUNS.has(words[k]?.lower ?? '') && (k + 1 >= to || !!words[k + 1]!.punct);
  });
}

/** The first order word in [from, to) with a product right after it, among `mentions`. */
export function orderComparison(
  words: readonly Word[],
  mentions: readonly Mention[],
  from: number,
  to: number,
): OrderComparison | undefined {
  // The first order word that takes a product: "were followed up after Kymriah" compares with Kymriah.
  for (const order of findAllPhrases(words, ORDER_PHRASES, from, to)) {
    let k = order.at + order.length;
    while (k < to && BETWEEN.has(words[k]!.lower)) k++;
    const other = mentions.find((m) => m.from === k && isProduct(m.entity));
    if (other) return { at: order.at, length: order.length, before: BEFORE.includes(order.phrase), other };
  }
  return undefined;
}
