import { maskedOf } from '../text/prose';
import type { DocumentAnalysis } from '../document/analysis';
import type { TermMatch } from '../terms/matcher';
import type { Sentence } from '../text/sentences';
import { lexicon, lexiconWords } from './lexicon';
import { longestPhraseStartingAt, phraseStartingAt, wordsOf, type Word } from './words';
import { blockWordsOf } from './sentence-words';
import { isVerb } from './phrases';
import { isPopulationWord } from './qualifiers';
import { isNamed, sentenceBefore } from './discourse';

// A phrase standing for a use described just before it, with its qualifiers: "Referral: relapsed LBCL after one line
// of therapy. Kymriah is FDA-approved in this setting." reads "Kymriah is FDA-approved for relapsed LBCL after one line
// of therapy."; "Request for coverage of Breyanzi for myeloma. This use is FDA-approved." reads "Breyanzi is
// FDA-approved for myeloma." The discourse layer reads such a phrase as the disease alone, which loses the line and the
// patients the writer meant (claims/discourse.ts); this statement keeps them, and is judged on the sentence.

const isIndication = (m: TermMatch) => m.entity.type === 'indication';
// Prepositions that attach a use to a therapy ("Breyanzi for myeloma", "Abecma as first-line treatment for …").
const USE_PREPOSITIONS = new Set(['for', 'as', 'in']);
// Where a described use ends: a clause's punctuation.
const CLAUSE_ENDS = new Set([';', '.', ':', '!', '?', ',']);
// Sentences that may hold a use anaphor, told before their words are read.
let mayRefer: RegExp | undefined;
const MAY_REFER = () =>
  (mayRefer ??= new RegExp(
    `\\b(?:${lexicon('reference-determiners').join('|')})\\s+(?:${lexicon('use-anaphor-heads').join('|')})\\b`,
    'i',
  ));

/** The statement a sentence referring to the use described before it makes of that use, or undefined. */
export function useAnaphorStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (sentence.block !== 'paragraph' && sentence.block !== 'list-item') return undefined;
  if (!MAY_REFER().test(sentence.text)) return undefined;
  const masked = maskedOf(document.prose);
  const words = blockWordsOf(document, sentence);
  const reference = referenceIn(words);
  if (!reference) return undefined;
  // The reference's clause ("…; Yescarta is FDA-approved in this setting"): what it names is its own.
  const clauseStart = lastClauseStart(words, reference.at);
  const own = document.mentionsIn(words[clauseStart]!.start, sentence.end);
  if (own.some(isIndication)) return undefined;
  const therapies = own.filter(isNamed);
  const text = (from: number, to: number) => masked.slice(words[from]!.start, words[to - 1]!.end);
  const end = clauseEnd(words, reference.at + reference.length);
  if (reference.at === clauseStart) {
    // "This use is FDA-approved": the use's therapy is the subject, the use the predicate's object.
    if (therapies.length || !isVerb(words[reference.at + reference.length])) return undefined;
    const use = describedUse(document, sentence, words[clauseStart]!.start, true);
    if (!use?.therapy) return undefined;
    return `${use.therapy} ${text(reference.at + reference.length, end)} ${use.phrase}.`;
  }
  // "Kymriah is FDA-approved in this setting": the sentence's one therapy, in the use described before.
  const before = words[reference.at - 1]?.lower ?? '';
  if (!USE_PREPOSITIONS.has(before) || therapies.length === 0) return undefined;
  if (therapies.some((m) => m.entity !== therapies[0]!.entity)) return undefined;
  const use = describedUse(document, sentence, words[clauseStart]!.start, false);
  if (!use || (use.entity && use.entity !== therapies[0]!.entity)) return undefined;
  const after = reference.at + reference.length;
  const tail = after < end ? ` ${text(after, end)}` : '';
  return `${text(clauseStart, reference.at - 1)} ${use.phrase}${tail}.`;
}

/** A reference determiner and a use head ("this setting", "the same indication"), or undefined. */
function referenceIn(words: readonly Word[]): { at: number; length: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    const determiner = longestPhraseStartingAt(words, i, lexicon('reference-determiners'));
    if (!determiner) continue;
    const head = phraseStartingAt(words, i + determiner.length, lexicon('use-anaphor-heads'));
    if (head) return { at: i, length: determiner.length + head.length };
  }
  return undefined;
}

/** Where the clause holding word `at` starts: after the last ";" before it. */
function lastClauseStart(words: readonly Word[], at: number): number {
  for (let k = at - 1; k >= 0; k--) if (words[k]!.lower === ';') return k + 1;
  return 0;
}

/** Where the clause from word `from` ends: at its punctuation or a coordinator of clauses. */
function clauseEnd(words: readonly Word[], from: number): number {
  let k = from;
  while (k < words.length && !CLAUSE_ENDS.has(words[k]!.lower)) k++;
  return k;
}

/**
 * The use described in the nearest earlier clause of the discourse that names a disease, when it names exactly one
 * and at most one therapy: as "for <disease and its qualifiers>" ("for relapsed LBCL after one line of therapy",
 * "for follicular lymphoma that has relapsed after one prior line"), or as the words after its therapy ("as first-line
 * treatment for newly diagnosed myeloma"), with that therapy. `needsTherapy`: the use must name its therapy.
 */
function describedUse(
  document: DocumentAnalysis,
  sentence: Sentence,
  clauseStart: number,
  needsTherapy: boolean,
): { phrase: string; therapy?: string; entity?: TermMatch['entity'] } | undefined {
  const masked = maskedOf(document.prose);
  // The clause before the reference's own in its sentence, else the sentence before it in its discourse.
  let span: { start: number; end: number } | undefined;
  if (clauseStart > sentence.start) span = { start: sentence.start, end: clauseStart };
  else span = sentenceBefore(document, sentence);
  if (!span) return undefined;
  const mentions = document.mentionsIn(span.start, span.end);
  const diseases = mentions.filter(isIndication);
  const therapies = mentions.filter(isNamed);
  if (diseases.length !== 1 || therapies.some((m) => m.entity !== therapies[0]!.entity)) return undefined;
  const disease = diseases[0]!;
  const words = wordsOf(masked.slice(span.start, span.end), span.start);
  const text = (from: Word, to: Word) => masked.slice(from.start, to.end);
  const at = words.findIndex((w) => w.start === disease.start);
  const last = words.findLastIndex((w) => w.start < disease.end);
  if (at < 0 || last < 0) return undefined;
  // Negated or asked, the clause describes no use the writer holds ("not for CLL", "for LBCL?").
  if (words.some((w) => lexiconWords('negation-cues').has(w.lower) || w.lower === '?')) return undefined;
  const therapy = therapies[0];
  if (therapy) {
    // "Breyanzi for myeloma", "Abecma as first-line treatment for newly diagnosed myeloma": the words after it.
    const k = words.findLastIndex((w) => w.start < therapy.end) + 1;
    if (!USE_PREPOSITIONS.has(words[k]?.lower ?? '') || k > at) return undefined;
    const end = useEnd(words, last + 1);
    return {
      phrase: text(words[k]!, words[end - 1]!),
      therapy: masked.slice(therapy.start, therapy.end),
      entity: therapy.entity,
    };
  }
  if (needsTherapy) return undefined;
  // The disease with the qualifiers before it ("relapsed", "pediatric", "second-line") and the words after it.
  let from = at;
  while (from > 0 && qualifies(words, from - 1)) from--;
  // "The patient's follicular lymphoma has relapsed after one prior line": its verb opens a relative clause.
  const verb = isVerb(words[last + 1]);
  const end = verb ? clauseEnd(words, last + 1) : useEnd(words, last + 1);
  const named = masked.slice(words[from]!.start, words[last]!.end);
  if (end === last + 1) return verb ? undefined : { phrase: `for ${named}` };
  return { phrase: `for ${named}${verb ? ' that' : ''} ${text(words[last + 1]!, words[end - 1]!)}` };
}

/** Whether word `k` qualifies the disease after it: a clinical state, a population, or part of a hyphenated modifier. */
function qualifies(words: readonly Word[], k: number): boolean {
  const word = words[k]!;
  if (word.punct) return false;
  if (words[k + 1]?.hyphenBefore) return true;
  return (
    lexiconWords('disease-qualifiers').has(word.lower) ||
    lexiconWords('disease-qualifying-parts').has(word.lower) ||
    isPopulationWord(word.lower)
  );
}

/** Where a described use ends after word `from`: at a clause's punctuation or a finite verb outside a relative clause. */
function useEnd(words: readonly Word[], from: number): number {
  let relative = false;
  let k = from;
  for (; k < words.length; k++) {
    const word = words[k]!;
    if (CLAUSE_ENDS.has(word.lower)) break;
    if (lexiconWords('relative-pronouns').has(word.lower)) relative = true;
    else if (isVerb(word) && !relative) break;
  }
  return k;
}
