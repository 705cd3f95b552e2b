import { lexicon, lexiconWords } from './lexicon';
import { findPhrase, type Word } from './words';

// Reported or refuted speech: the sentence talks about a claim instead of making it. "Critics say …",
// "advertisements suggest …": a speaker and a verb of saying, someone else's statement.
const REPORTING = [
  ...lexicon('reporting-cues'),
  ...lexicon('reporting-speakers').flatMap((speaker) => lexicon('reporting-verbs').map((verb) => `${speaker} ${verb}`)),
];

const SPEAKERS = lexiconWords('reporting-speakers');
const SAYING = lexiconWords('reporting-verbs');

export interface ReportedCue {
  at: number;
  length: number;
  phrase: string;
}

/** The first cue at or after word `from` showing the sentence reports or refutes a claim rather than making it. */
export function reportedIn(words: readonly Word[], from = 0): ReportedCue | undefined {
  const cue = findPhrase(words, REPORTING, from);
  if (cue) return cue;
  // A speaker word before a plural noun: "some writers believe", "many clinicians say".
  for (let i = from; i + 2 < words.length; i++)
    if (SPEAKERS.has(words[i]!.lower) && /^[a-z]{3,}s$/.test(words[i + 1]!.lower) && SAYING.has(words[i + 2]!.lower))
      return { at: i, length: 3, phrase: `${words[i]!.lower} ${words[i + 1]!.lower} ${words[i + 2]!.lower}` };
  // Quoted: the claim stands inside quotation marks.
  const open = words.findIndex((w, k) => k >= from && (w.lower === '“' || w.lower === '"'));
  const close = open < 0 ? -1 : words.findIndex((w, k) => k > open && (w.lower === '”' || w.lower === '"'));
  if (close >= 0 && !plainlyAttributed(words, open, close)) return { at: open, length: 1, phrase: 'quotation' };
  return undefined;
}

// Words of a source after a quotation: "the company", "investigators", "Dr Smith".
const MAX_SOURCE_WORDS = 4;

/**
 * "\"Tecartus is approved for adults,\" investigators said.": a quotation that opens the sentence and is closed by its
 * source and a plain speech verb (data/lexicon/quote-attribution-verbs) and nothing else, as its indirect form is.
 */
function plainlyAttributed(words: readonly Word[], open: number, close: number): boolean {
  if (open !== 0) return false;
  let end = words.length;
  while (end > close + 1 && words[end - 1]!.punct) end--;
  const source = words.slice(close + 1, end);
  const verb = source.findIndex((w) => lexiconWords('quote-attribution-verbs').has(w.lower));
  return (
    verb >= 0 &&
    source.length - 1 <= MAX_SOURCE_WORDS &&
    source.every((w, k) => k === verb || (!w.punct && !SPEAKERS.has(w.lower) && !SAYING.has(w.lower)))
  );
}
