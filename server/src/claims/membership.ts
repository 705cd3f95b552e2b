import { maskedOf } from '../text/prose';
// A class phrase that lists its members: "CAR-Ts approved for myeloma include Abecma, Carvykti and Breyanzi", "The
// BCMA-directed CAR-Ts are Abecma and Carvykti". Each listed product is said to be one of the class as the subject
// describes it, so the sentence is judged as its members' statement: "Abecma, Carvykti and Breyanzi are CAR-Ts
// approved for myeloma".
import type { DocumentAnalysis } from '../document/analysis';
import type { Sentence } from '../text/sentences';
import { lexicon, lexiconWords } from './lexicon';
import { NEGATION_WORDS } from './negation';
import { isVerb } from './phrases';
import { wordsOf } from './words';

// A cheap test first: most sentences have no membership link.
let linkText: RegExp | undefined;
const mayLink = (text: string) =>
  (linkText ??= new RegExp(`\\b(?:${lexicon('membership-links').join('|')})\\b`, 'i')).test(text);

// What may stand between two listed members besides the members ("A, B and C"); "or" offers alternatives instead.
const LIST_JOINS = new Set([',', 'and']);
const NEGATIONS = new Set(NEGATION_WORDS);

/**
 * The members' statement of a paragraph sentence whose subject names a therapy class and no product, and whose
 * membership link is followed by a list of two or more products and nothing else; undefined otherwise. A subject with
 * a verb, a negation or a hedge ("CAR-Ts that may be approved", "No CAR-Ts approved for NETs") is not read.
 */
export function membersStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (sentence.block !== 'paragraph' || !mayLink(sentence.text)) return undefined;
  const mentions = document.mentionsIn(sentence.start, sentence.end);
  // A class and two products at least, or no words need reading.
  if (
    !mentions.some((m) => m.entity.type === 'therapy-class') ||
    mentions.filter((m) => m.entity.type === 'product').length < 2
  )
    return undefined;
  const text = maskedOf(document.prose).slice(sentence.start, sentence.end);
  const words = wordsOf(text, sentence.start);
  let end = words.length;
  while (end > 0 && words[end - 1]!.punct && words[end - 1]!.lower !== '?') end--;
  if (end < words.length && words[end]!.lower !== '.') return undefined;
  const link = words.findIndex((w) => lexiconWords('membership-links').has(w.lower));
  if (link < 1 || link >= end - 1) return undefined;
  const subject = words.slice(0, link);
  const hedges = lexiconWords('modality-hedges');
  if (subject.some((w) => isVerb(w) || NEGATIONS.has(w.lower) || hedges.has(w.lower) || w.lower === '?'))
    return undefined;
  const inSubject = mentions.filter((m) => m.start < words[link]!.start);
  if (!inSubject.some((m) => m.entity.type === 'therapy-class')) return undefined;
  if (inSubject.some((m) => m.entity.type === 'product' || m.entity.type === 'drug')) return undefined;
  // After the link: products, list commas and "and", nothing else.
  const members = mentions.filter((m) => m.start > words[link]!.start);
  if (members.length < 2 || members.some((m) => m.entity.type !== 'product')) return undefined;
  for (const word of words.slice(link + 1, end)) {
    const inMember = members.some((m) => m.start <= word.start && word.end <= m.end);
    if (!inMember && !LIST_JOINS.has(word.lower)) return undefined;
  }
  const offset = sentence.start;
  const first = words[0]!.lower === 'the' ? words[1]! : words[0]!;
  let described = text.slice(first.start - offset, words[link - 1]!.end - offset);
  // A capital the sentence's start gave ("Approved CAR-Ts"), not a name's ("CAR-Ts").
  if (/^\p{Lu}\p{Ll}/u.test(described)) described = described[0]!.toLowerCase() + described.slice(1);
  const list = text.slice(words[link + 1]!.start - offset, words[end - 1]!.end - offset);
  return `${list} are ${described}.`;
}
