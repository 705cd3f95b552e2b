// Prompts that ask one slot of one product ("Antigen targeted by Abecma" over "Answer: CD19"), read through the
// table columns' slot names. Apart from claims/clues.ts because the tables' reader checks statements with the engine,
// which reads the clues.
import type { DocumentAnalysis } from '../document/analysis';
import { maskedOf } from '../text/prose';
import type { Sentence } from '../text/sentences';
import { CLUE_LABEL, cluePair, ENUMERATION } from './clues';
import { isNamed } from './discourse';
import { lexicon, lexiconWords } from './lexicon';
import { QUESTION_LABEL } from './modality';
import { isVerb } from './phrases';
import { type Column, columnNamed, slotStatement } from './tables';
import { type Word, wordsOf } from './words';

// A slot's answer is a short value ("BCMA", "a lentiviral vector", "Juno Therapeutics, a BMS company").
const MAX_SLOT_ANSWER_WORDS = 8;
// A possessive's apostrophe written apart from its name ("Abecma ’s target").
const APOSTROPHES = new Set(["'", '\u2019']);

/**
 * The statement a noun-phrase prompt makes with its answer line, when the prompt asks for one slot of one named product
 * or drug: "14 Across: Antigen targeted by Abecma (4)" or "Front: Co-stim domain in Kymriah" over "Answer: CD19" reads
 * "Abecma targets CD19."; "Front: Ide-cel target antigen" and "Q3. Abecma's vector:" name the slot after the product.
 * The words left once the product and its link (data/lexicon/prompt-slot-links) are taken out must be a table header's
 * slot name (data/lexicon/table-headers-*); the prompt has no verb but its link's and asks no question; the answer is a
 * short verbless value that names no product, no guess ("?") and opens with no denial. Anything else says nothing.
 */
export function slotClueStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  const pair = cluePair(document, sentence);
  if (!pair) return undefined;
  const masked = maskedOf(document.prose);
  const line = masked.slice(pair.clue.start, pair.clue.end);
  const label = CLUE_LABEL().exec(line) ?? QUESTION_LABEL.exec(line);
  if (!label) return undefined;
  const from = pair.clue.start + label[0].length;
  const clue = line
    .slice(label[0].length)
    .replace(ENUMERATION, '')
    .trimEnd()
    .replace(/\s*[.:]$/, '');
  if (!clue.trim() || clue.includes('?')) return undefined;
  // One product or drug; the slot's own words may be terms of the glossary ("costimulatory domain").
  const mentions = document.mentionsIn(from, from + clue.length).filter(isNamed);
  const named = mentions[0];
  if (mentions.length !== 1 || !named) return undefined;
  const words = wordsOf(clue, from).filter((w) => !APOSTROPHES.has(w.lower));
  const before = words.filter((w) => w.end <= named.start);
  const after = words.filter((w) => w.start >= named.end);
  let column: Column | undefined;
  // "Antigen targeted by Abecma": the slot, then its link, then the product.
  if (before.length && !after.length) column = linkedSlot(before);
  // "Ide-cel target antigen", "Abecma's vector": the slot after the product.
  else if (after.length && !before.length && !after.some((w) => w.punct))
    column = columnNamed(after.map((w) => w.lower).join(' '));
  if (!column) return undefined;
  const answer = masked.slice(pair.answer.start, pair.answer.end).trim().replace(/[.!]$/, '');
  const answerWords = wordsOf(answer);
  if (
    !answerWords.length ||
    answerWords.length > MAX_SLOT_ANSWER_WORDS ||
    // "CD28, maybe": a hedged answer is a guess.
    answerWords.some((w) => isVerb(w) || w.lower === '?' || lexiconWords('modality-hedges').has(w.lower)) ||
    lexiconWords('negation-cues').has(answerWords[0]!.lower) ||
    document.mentionsIn(pair.answer.start, pair.answer.end).some(isNamed)
  )
    return undefined;
  return slotStatement(column, masked.slice(named.start, named.end), answer)?.text;
}

/**
 * The slot that words before a product's name ask for, when they end with a link (data/lexicon/prompt-slot-links) and
 * the words before it, without a leading "the", are a table header's slot name: "antigen targeted by", "the
 * costimulatory domain of".
 */
export function linkedSlot(words: readonly Pick<Word, 'lower' | 'punct'>[]): Column | undefined {
  const link = lexicon('prompt-slot-links')
    .map((l) => l.split(' '))
    .filter((l) => l.length < words.length && l.every((w, i) => words[words.length - l.length + i]!.lower === w))
    .sort((a, b) => b.length - a.length)[0];
  if (!link) return undefined;
  const slot = words.slice(words[0]!.lower === 'the' ? 1 : 0, words.length - link.length);
  if (!slot.length || slot.some((w) => w.punct)) return undefined;
  return columnNamed(slot.map((w) => w.lower).join(' '));
}
