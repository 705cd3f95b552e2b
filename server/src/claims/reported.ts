import { findPhrase, type Word } from './words';

// Reported or refuted speech: the sentence talks about a claim instead of making it.
const REPORTING = [
  'wrongly',
  'falsely',
  'incorrectly',
  'erroneously',
  'mistakenly',
  'inaccurately',
  'misleadingly',
  'claim that',
  'claims that',
  'claimed that',
  'claiming that',
  'the claim',
  'a claim',
  'such claims',
  'myth',
  'myths',
  'misconception',
  'misconceptions',
  'misinformation',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'contrary to',
  'it is not true',
  'it is false',
  'is not true that',
  'is untrue',
  'debunk',
  'debunked',
  'some websites',
  'some sources',
  'some articles',
  'some reports',
  'some blogs',
  'some people',
  'some outlets',
  'some media',
  'it is often said',
  'it is sometimes said',
  'often claimed',
  'sometimes claimed',
  'commonly believed',
  // "Critics say …", "advertisements suggest …": someone else's statement.
  ...[
    'critics',
    'skeptics',
    'sceptics',
    'opponents',
    'proponents',
    'advocates',
    'marketers',
    'advertisements',
    'ads',
    'promoters',
    'others',
    'many',
    'some',
  ].flatMap((speaker) =>
    [
      'say',
      'said',
      'argue',
      'argued',
      'assert',
      'asserted',
      'insist',
      'insisted',
      'allege',
      'alleged',
      'suggest',
      'suggested',
      'believe',
      'believed',
    ].map((verb) => `${speaker} ${verb}`),
  ),
];

export interface ReportedCue {
  at: number;
  length: number;
  phrase: string;
}

/** The first cue at or after word `from` showing the sentence reports or refutes a claim rather than making it. */
export function reportedIn(words: readonly Word[], from = 0): ReportedCue | undefined {
  const cue = findPhrase(words, REPORTING, from);
  if (cue) return cue;
  // Quoted: the claim stands inside quotation marks.
  const open = words.findIndex((w, k) => k >= from && (w.lower === '“' || w.lower === '"'));
  if (open >= 0 && words.slice(open + 1).some((w) => w.lower === '”' || w.lower === '"'))
    return { at: open, length: 1, phrase: 'quotation' };
  return undefined;
}
