import { maskedOf } from '../text/prose';
import type { DocumentAnalysis } from '../document/analysis';
import type { TermMatch } from '../terms/matcher';
import type { Sentence } from '../text/sentences';
import { lexicon, lexiconWords } from './lexicon';
import { longestPhraseStartingAt, phraseStartingAt, wordsOf, type Word } from './words';
import { isVerb } from './phrases';
import { cardinal } from './numbers';
import { ANSWER_LABEL, ANSWER_LABEL_PART, QUESTION_LABEL } from './modality';
import { isNamed, sentencesBefore } from './discourse';

// A subject standing for a set named before it: "Abecma and Carvykti treat myeloma. Both target BCMA." reads "Abecma
// and Carvykti target BCMA."; "7 FDA-approved CAR-Ts" over "4 of them use CD28" reads "Of the 7 FDA-approved CAR-Ts, 4
// use CD28." Judged as that statement on the sentence, which alone names nothing.

const isClass = (m: TermMatch) => m.entity.type === 'therapy-class';
// Sentences that may open with a set anaphor, told before their words are read: most do not.
const MAY_OPEN = new RegExp(
  `^\\s*(?:${ANSWER_LABEL_PART})?(?:(?:${lexicon('answer-particles').join('|')})\\s*[,.;!]\\s*)?(?:${[
    ...new Set(lexicon('set-anaphors').map((p) => p.split(' ')[0])),
  ].join('|')}|\\d{1,2}|\\p{L}+\\s+(?:${lexicon('partitive-set-anaphors').join('|')})\\b)`,
  'iu',
);
// How many sentences back the set may be named: the one before, past an answer's bare yes or no.
const MAX_DISTANCE = 2;

/** The statement a sentence opening with a set anaphor makes of the set named before it, or undefined. */
export function setAnaphorStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (sentence.block !== 'paragraph' && sentence.block !== 'list-item') return undefined;
  const text = sentence.text.replace(ANSWER_LABEL, '');
  if (!MAY_OPEN.test(text)) return undefined;
  if (document.mentionsIn(sentence.start, sentence.end).some((m) => isNamed(m) || isClass(m))) return undefined;
  const offset = sentence.start + sentence.text.length - text.length;
  const words = wordsOf(text, offset);
  let at = 0;
  // "Yes, both use 4-1BB": the answer's own clause follows its yes or no.
  if (lexiconWords('answer-particles').has(words[0]?.lower ?? '') && words[1]?.punct) at = 2;
  const masked = maskedOf(document.prose);
  // To the sentence's end, closed as a statement is.
  const rest = (from: number) =>
    masked
      .slice(words[from]!.start, sentence.end)
      .trim()
      .replace(/[^.!?]$/, '$&.');
  const set = longestPhraseStartingAt(words, at, lexicon('set-anaphors'));
  if (set) {
    const verb = set.at + set.length;
    if (!isVerb(words[verb])) return undefined;
    const names = namedSet(document, sentence);
    // "Both", "the two": a pair.
    const pair = words.slice(set.at, verb).some((w) => w.lower === 'both' || w.lower === 'two');
    if (!names || (pair && names.length !== 2)) return undefined;
    return `${joined(names.map((m) => masked.slice(m.start, m.end)))} ${rest(verb)}`;
  }
  // "4 of them use CD28": a count of the class counted before.
  const count = words[at];
  const part = count && phraseStartingAt(words, at + 1, lexicon('partitive-set-anaphors'));
  if (!part || !isCount(count.lower) || !isVerb(words[part.at + part.length])) return undefined;
  const counted = countedClass(document, sentence);
  return counted && `Of the ${counted}, ${count.text} ${rest(part.at + part.length)}`;
}

const isCount = (word: string) => /^\d{1,2}$/.test(word) || cardinal(word) !== undefined;

/** "A and B", "A, B and C". */
const joined = (names: readonly string[]) => `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * The nearest sentences before `sentence` in its discourse unit, skipping an answer's bare yes or no ("No." between
 * the question and "Both use CD28").
 */
function* sentencesPastAnswers(document: DocumentAnalysis, sentence: Sentence): Generator<Sentence> {
  let seen = 0;
  for (const before of sentencesBefore(document, sentence)) {
    if (seen >= MAX_DISTANCE) return;
    const words = wordsOf(before.text.replace(ANSWER_LABEL, ''));
    if (words.length <= 2 && lexiconWords('answer-particles').has(words[0]?.lower ?? '')) continue;
    seen++;
    yield before;
  }
}

/**
 * The products or drugs named together before the sentence: those of the nearest earlier sentence naming any, when
 * they are its subject ("Abecma and Carvykti treat myeloma.") or, in a question, what it asks about ("Does Yescarta use
 * the same domain as Kymriah?"), and at least two; otherwise none (a set named as objects may stand beside a subject
 * "they" could mean: "Doctors compared Abecma and Carvykti. They …").
 */
function namedSet(document: DocumentAnalysis, sentence: Sentence): TermMatch[] | undefined {
  for (const before of sentencesPastAnswers(document, sentence)) {
    const mentions = document.mentionsIn(before.start, before.end);
    const named = mentions.filter(isNamed);
    if (!named.length) {
      if (mentions.some(isClass)) return undefined;
      continue;
    }
    const distinct = named.filter((m, k) => named.findIndex((o) => o.entity === m.entity) === k);
    if (distinct.length < 2) return undefined;
    const text = before.text.replace(QUESTION_LABEL, '').replace(ANSWER_LABEL, '');
    const words = wordsOf(text, before.start + before.text.length - text.length);
    const question = text.trimEnd().endsWith('?');
    // The subject: the sentence's first words, or in a question those after its auxiliary.
    const subjectAt = question && isVerb(words[0]) ? 1 : 0;
    if (words[subjectAt]?.start !== distinct[0]!.start) return undefined;
    if (!question && !coordinated(words, subjectAt, distinct)) return undefined;
    return distinct;
  }
  return undefined;
}

/** Whether the names open the sentence as one coordination ("Kymriah, Breyanzi and Abecma"), before its verb. */
function coordinated(words: readonly Word[], from: number, names: readonly TermMatch[]): boolean {
  let k = from;
  for (const [n, name] of names.entries()) {
    if (words[k]?.start !== name.start) return false;
    while (k < words.length && words[k]!.start < name.end) k++;
    if (n === names.length - 1) break;
    if (words[k]?.lower === ',') k++;
    if (words[k]?.lower === 'and') k++;
  }
  return isVerb(words[k]) || words[k]?.lower === 'both';
}

/**
 * The class counted by the nearest earlier sentence or line ("7 FDA-approved CAR-Ts", "There are seven approved
 * CAR-Ts."), as written from its count to the class's name, when it names one class and no product.
 */
function countedClass(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  const masked = maskedOf(document.prose);
  for (const before of sentencesPastAnswers(document, sentence)) {
    const mentions = document.mentionsIn(before.start, before.end);
    if (!mentions.length) continue;
    const classes = mentions.filter(isClass);
    if (classes.length !== 1 || mentions.some(isNamed)) return undefined;
    const cls = classes[0]!;
    const words = wordsOf(masked.slice(before.start, cls.start), before.start);
    // The count opens the class's phrase: only modifiers a hyphen joins ("FDA-approved") or one word between.
    for (let k = words.length - 1; k >= 0 && words.length - k <= 4; k--) {
      const word = words[k]!;
      if (isCount(word.lower)) return masked.slice(word.start, cls.end);
      if ((word.punct && word.lower !== '-') || isVerb(word)) break;
    }
    return undefined;
  }
  return undefined;
}
