import { maskedOf } from '../text/prose';
import type { DocumentAnalysis } from '../document/analysis';
import type { Sentence } from '../text/sentences';
import { isNamed } from './discourse';
import { isTopicOnly } from './heading';
import { lexicon } from './lexicon';
import { isPopulationWord } from './qualifiers';
import { phraseStartingAt, type Word } from './words';
import { blockWordsOf } from './sentence-words';

// A label's use sections say whom a product is for in their own idiom (the "8.4 Pediatric Use" wording):
//   "The safety and effectiveness of TECARTUS have been established in pediatric patients with ALL."
//       → "TECARTUS is approved for pediatric patients with ALL."
//   "Safety and effectiveness of ABECMA in pediatric patients have not been established."
//       → "ABECMA is not approved for pediatric patients."
// The idiom's noun phrase is data (data/lexicon/label-established-nouns); its "of" names one product or drug, and one
// "in …" phrase that opens with a population word names the patients. Only a section title may come before it.

const HAVE = new Set(['have', 'has', 'were', 'was']);

/** The approval statement a label's "safety and effectiveness … established in …" sentence makes, if it is one. */
export function establishedUseStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  // Most sentences are no such idiom: a cheap test before any word is read.
  if (!/\bestablished\b/i.test(sentence.text)) return undefined;
  const masked = maskedOf(document.prose);
  const words = blockWordsOf(document, sentence).slice();
  while (words.length && (words.at(-1)!.lower === '.' || words.at(-1)!.lower === ';')) words.pop();
  const nouns = lexicon('label-established-nouns');
  let at = words.findIndex((_, i) => phraseStartingAt(words, i, nouns) !== undefined);
  if (at < 0) return undefined;
  // "8.4 Pediatric Use:", "The": a title before the idiom asserts nothing of its own.
  const before = words[at - 1]?.lower === 'the' ? at - 1 : at;
  if (!isTopicOnly(words.slice(0, before))) return undefined;
  at += phraseStartingAt(words, at, nouns)!.length;
  if (words[at]?.lower !== 'of') return undefined;
  const named = document.mentionsIn(words[at + 1]?.start ?? -1, sentence.end)[0];
  if (!named || named.start !== words[at + 1]!.start || !isNamed(named)) return undefined;
  let k = words.findIndex((w) => w.start >= named.end);
  if (k < 0) return undefined;
  // "… of ABECMA in pediatric patients have not been established": the patients before the verb.
  let patients = words[k]!.lower === 'in' ? populationPhrase(words, k + 1) : undefined;
  if (patients) k = patients.end;
  if (!HAVE.has(words[k]?.lower ?? '')) return undefined;
  k++;
  const negated = words[k]?.lower === 'not';
  if (negated) k++;
  if (words[k]?.lower !== 'been' || words[k + 1]?.lower !== 'established') return undefined;
  k += 2;
  if (k < words.length) {
    if (patients || words[k]!.lower !== 'in') return undefined;
    patients = populationPhrase(words, k + 1);
    if (!patients || patients.end !== words.length) return undefined;
  }
  if (!patients) return undefined;
  const whom = masked.slice(words[patients.start]!.start, words[patients.end - 1]!.end);
  return `${named.text} is ${negated ? 'not ' : ''}approved for ${whom}.`;
}

/** The words from `from` up to a verb of the idiom or the end, when they open with a population word. */
function populationPhrase(words: readonly Word[], from: number): { start: number; end: number } | undefined {
  if (!isPopulationWord(words[from]?.lower ?? '')) return undefined;
  let end = from;
  while (end < words.length && !HAVE.has(words[end]!.lower)) end++;
  return { start: from, end };
}
