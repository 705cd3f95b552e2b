import type { DocumentAnalysis } from '../document/analysis';
import type { TermMatch } from '../terms/matcher';
import type { Sentence } from '../text/sentences';
import { maskedOf } from '../text/prose';
import { isYear } from '../util/text';
import { isLearner, turnOpenedBy, verdictOnTurn } from './dialogue';
import { isNamed, sentenceBefore } from './discourse';
import { lexicon, lexiconWords } from './lexicon';
import { blockWordsOf } from './sentence-words';
import { longestPhraseStartingAt, type Word } from './words';
import { wordClass } from './word-classes';

// A sentence giving the right value of one slot of the sentence before it: "One outlet reported that Kymriah was
// approved in 2019. The correct year is 2017." reads "Kymriah was approved in 2017."; "Our draft said Tecartus targets
// BCMA. The actual antigen is CD19." reads "Tecartus targets CD19." The earlier sentence's statement (what it reports
// after a verb of saying and "that", else all of it, to its first clause break) holds exactly one value of the new
// value's kind: a year, or a name of the same entity type. The statement with the new value is the writer's, judged on
// the correcting sentence. A value that is neither ("The correct date is the one above") is not read.

const SAYING = new Set([...lexiconWords('source-statement-verbs'), ...lexiconWords('reporting-verbs')]);
const COPULAS = wordClass('be-finite');
// The slot's noun is one or two words ("year", "approval year", "target antigen").
const MAX_SLOT_WORDS = 2;
// Nouns of a slot a year fills.
const YEAR_SLOTS = new Set(['year', 'date']);
const CLAUSE_ENDS = new Set([';', '.', '!', '?', ':']);
const ENDS = new Set(['.', '!']);
const THAT = wordClass('relatives-that-which');
let hint: RegExp | undefined;
const HINT = () => (hint ??= new RegExp(`^\\s*(?:${lexicon('corrected-value-openers').join('|')})\\b`, 'i'));

/** The statement the sentence before `sentence` makes with the value `sentence` corrects it to, or undefined. */
export function correctedValueStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (sentence.block !== 'paragraph' && sentence.block !== 'list-item') return undefined;
  if (!HINT().test(sentence.text)) return rejectingTurnValue(document, sentence);
  const words = blockWordsOf(document, sentence).slice();
  while (words.length && ENDS.has(words.at(-1)!.lower)) words.pop();
  const opener = longestPhraseStartingAt(words, 0, lexicon('corrected-value-openers'));
  if (!opener) return undefined;
  let copula = opener.length + 1;
  while (copula < words.length && copula - opener.length < MAX_SLOT_WORDS && !COPULAS.has(words[copula]!.lower))
    copula++;
  if (!COPULAS.has(words[copula]?.lower ?? '') || words.slice(opener.length, copula).some((w) => w.punct))
    return undefined;
  const value = words.slice(copula + 1);
  if (!value.length || value.some((w) => w.punct)) return undefined;
  const slot = words[copula - 1]!.lower;
  const year = value.length === 1 && isYear(value[0]!.lower) && YEAR_SLOTS.has(slot);
  const named = namedValue(document, value);
  if (!year && !named) return undefined;
  const before = sentenceBefore(document, sentence);
  if (!before || before.text.trimEnd().endsWith('?')) return undefined;
  const said = blockWordsOf(document, before);
  return withValue(document, said, statementStart(said), value, year ? undefined : named);
}

/**
 * "Trainee: Yescarta targets CD19." over "Supervisor: No, BCMA.": a turn that rejects the turn before it (claims/dialogue.ts)
 * and gives one named value or a year after its rejection and a comma reads the rejected turn's statement with that value, as
 * the replying speaker's claim. A learner's reply ("Student: No, BCMA.") asserts nothing.
 */
function rejectingTurnValue(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  const turn = turnOpenedBy(document, sentence);
  if (!turn || isLearner(turn.speaker)) return undefined;
  const before = sentenceBefore(document, sentence);
  const rejected = before && !before.text.trimEnd().endsWith('?') && turnOpenedBy(document, before);
  if (!rejected || rejected.speaker === turn.speaker || verdictOnTurn(document, before) !== 'reject') return undefined;
  const words = blockWordsOf(document, sentence).filter((w) => w.start >= turn.start);
  while (words.length && ENDS.has(words.at(-1)!.lower)) words.pop();
  const rejection = longestPhraseStartingAt(words, 0, lexicon('turn-rejections'));
  if (!rejection || words[rejection.length]?.lower !== ',') return undefined;
  const value = words.slice(rejection.length + 1);
  if (!value.length || value.some((w) => w.punct)) return undefined;
  const year = value.length === 1 && isYear(value[0]!.lower);
  const named = namedValue(document, value);
  if (!year && !named) return undefined;
  const said = blockWordsOf(document, before).filter((w) => w.start >= rejected.start);
  return withValue(document, said, 0, value, year ? undefined : named);
}

/**
 * The statement of words `said` from `from` to their first clause break with its one value of the kind of `named` (a
 * year when undefined) replaced by `value`, or undefined.
 */
function withValue(
  document: DocumentAnalysis,
  said: readonly Word[],
  from: number,
  value: readonly Word[],
  named: TermMatch | undefined,
): string | undefined {
  const masked = maskedOf(document.prose);
  let to = from;
  while (to < said.length && !CLAUSE_ENDS.has(said[to]!.lower)) to++;
  if (to - from < 3) return undefined;
  const mentions = document.mentionsIn(said[from]!.start, said[to - 1]!.end);
  if (!mentions.some(isNamed)) return undefined;
  const old = named ? sameKind(mentions, named) : yearsIn(said, from, to);
  if (old.length !== 1) return undefined;
  const [start, end] = old[0]!;
  const text = `${masked.slice(said[from]!.start, start)}${masked.slice(value[0]!.start, value.at(-1)!.end)}${masked.slice(end, said[to - 1]!.end)}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The one mention that spans the value's words exactly, if any. */
const namedValue = (document: DocumentAnalysis, value: readonly Word[]) =>
  document
    .mentionsIn(value[0]!.start, value.at(-1)!.end)
    .find((m) => m.start === value[0]!.start && m.end === value.at(-1)!.end);

/** Where a sentence's statement starts: after a verb of saying and its "that", else at its first word. */
function statementStart(words: readonly Word[]): number {
  const verb = words.findIndex((w) => SAYING.has(w.lower));
  if (verb < 0) return 0;
  return THAT.has(words[verb + 1]?.lower ?? '') ? verb + 2 : verb + 1;
}

/** The spans of the years among words [from, to). */
function yearsIn(words: readonly Word[], from: number, to: number): [number, number][] {
  return words.slice(from, to).flatMap((w) => (isYear(w.lower) ? [[w.start, w.end] as [number, number]] : []));
}

/** The spans of the mentions of the same entity type as `value`. */
function sameKind(mentions: readonly TermMatch[], value: TermMatch): [number, number][] {
  return mentions.filter((m) => m.entity.type === value.entity.type).map((m) => [m.start, m.end] as [number, number]);
}
