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
  if (open >= 0 && words.slice(open + 1).some((w) => w.lower === '”' || w.lower === '"'))
    return { at: open, length: 1, phrase: 'quotation' };
  return undefined;
}
