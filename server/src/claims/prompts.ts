import type { DocumentAnalysis } from '../document/analysis';
import { maskedOf } from '../text/prose';
import type { Sentence } from '../text/sentences';
import { lowerBound } from '../util/sorted';
import { isNamed } from './discourse';
import { lexiconWords } from './lexicon';
import { ANSWER_LABEL } from './modality';
import { cardinal } from './numbers';
import { isVerb } from './phrases';
import { type Word, wordsOf } from './words';

// An exercise's prompt and the answer its key gives: an imperative that asks for a name ("Name the first CAR-T approved
// for myeloma.", data/lexicon/prompt-naming-verbs) or for a kind ("Classify Tecelra.", prompt-kind-verbs), over a
// labelled answer ("Answer: Abecma."). The prompt asks what a wh-question asks ("Which CAR-T was the first …?"), and
// the pair is judged as the statement the answer completes, on the answer's sentence.

// An item's label before its prompt is short ("Exercise 4:", "Task 3.", "Quiz 2.1 -").
const MAX_ITEM_LABEL_WORDS = 5;
// A key's answer is a short phrase ("Abecma", "an engineered TCR therapy").
const MAX_ANSWER_WORDS = 10;

/**
 * "Exercise 4: Name the first CAR-T approved for myeloma." over "Answer: Abecma." reads "The first CAR-T approved for
 * myeloma is Abecma."; "Classify Tecelra." over "Answer: an engineered TCR therapy." reads "Tecelra is an engineered
 * TCR therapy." A naming prompt's object is a definite description ("the …"), a kind prompt's one named product or
 * drug. The answer carries an answer label, has no verb, names no count and opens with no denial.
 */
export function promptAnswerStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (sentence.block !== 'paragraph' && sentence.block !== 'list-item') return undefined;
  // Most sentences carry no answer label: told from their first characters.
  const label = ANSWER_LABEL.exec(sentence.text);
  if (!label) return undefined;
  const answer = sentence.text.slice(label[0].length).trim().replace(/[.;]$/, '');
  const answerWords = wordsOf(answer);
  if (
    !answerWords.length ||
    answerWords.length > MAX_ANSWER_WORDS ||
    answerWords.some((w) => isVerb(w) || w.lower === '?') ||
    lexiconWords('negation-cues').has(answerWords[0]!.lower)
  )
    return undefined;
  const prompt = document.sentences[lowerBound(document.sentences, sentence.start) - 1];
  if (!prompt || prompt.end > sentence.start || sentence.blockIndex - prompt.blockIndex > 1) return undefined;
  const masked = maskedOf(document.prose);
  const text = masked.slice(prompt.start, prompt.end).trimEnd();
  if (!text.endsWith('.')) return undefined;
  const words = wordsOf(text, prompt.start).slice(0, -1);
  const at = promptVerbAt(words);
  if (at < 0) return undefined;
  const object = words.slice(at + 1);
  if (!object.length || object.some((w) => w.punct || cardinal(w.lower) !== undefined)) return undefined;
  if (lexiconWords('prompt-naming-verbs').has(words[at]!.lower)) {
    if (object[0]!.lower !== 'the' || object.length < 2) return undefined;
    // "Abecma and Carvykti" are several; "Kite, a Gilead company" is one with its appositive.
    const several = answerWords.some((w) => w.lower === 'and');
    // The description after its article: "the" is written again, capitalised, at the statement's start.
    const head = masked.slice(object[1]!.start, object.at(-1)!.end);
    return `The ${head} ${several ? 'are' : 'is'} ${answer}.`;
  }
  const named = document.mentionsIn(object[0]!.start, object.at(-1)!.end);
  const only = named[0];
  if (
    named.length !== 1 ||
    !only ||
    !isNamed(only) ||
    only.start !== object[0]!.start ||
    only.end !== object.at(-1)!.end
  )
    return undefined;
  return `${masked.slice(only.start, only.end)} is ${answer}.`;
}

/**
 * Where a prompt's verb stands: first in the sentence, or after a short item label that ends with a colon, a stop or a
 * bracket ("Exercise 4: Name …"); -1 when the sentence opens with no prompt verb.
 */
function promptVerbAt(words: readonly Word[]): number {
  const isPromptVerb = (w: Word | undefined) =>
    !!w && (lexiconWords('prompt-naming-verbs').has(w.lower) || lexiconWords('prompt-kind-verbs').has(w.lower));
  if (isPromptVerb(words[0])) return 0;
  for (let k = 1; k <= MAX_ITEM_LABEL_WORDS && k < words.length; k++) {
    const mark = words[k - 1]!.lower;
    if ((mark === ':' || mark === '.' || mark === ')') && isPromptVerb(words[k])) return k;
    if (isVerb(words[k - 1])) return -1;
  }
  return -1;
}
