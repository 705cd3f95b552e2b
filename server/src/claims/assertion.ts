import { asidesIn, type Clause } from './clauses';
import { isTopicOnly } from './heading';
import {
  answerStart,
  conditionalIn,
  hedgesIn,
  isQuestion,
  type ModalCue,
  proscribedClause,
  questionLabelLength,
  trailingQuestionStart,
} from './modality';
import { lexicon, lexiconWords } from './lexicon';
import { correctionStart, rejectionEnd, reportedIn } from './reported';
import type { ClaimSentence } from './sentence';
import { refutationEnd } from './clauses';
import { isVerb } from './phrases';
import { phraseStartingAt, type Word } from './words';
import { wordClass } from './word-classes';

const PRESUPPOSING = lexicon('presupposing-questions');

export type NotAsserted =
  | 'question'
  | 'reported'
  | 'topic'
  | 'conditional'
  | 'hedged'
  | 'retired'
  | 'proscribed'
  | 'denied-reason';

/**
 * Why a clause asserts nothing the knowledge base could contradict, or undefined when it is a plain
 * statement. `ownCues` are hedge words a relation reads as its own predicate ("investigational").
 */
export function notAsserted(
  sentence: ClaimSentence,
  clause: Clause,
  ownCues: readonly string[] = [],
): NotAsserted | undefined {
  const { words } = sentence;
  if (clause.quoted || sentence.unowned) return 'reported';
  if (clause.deniedReason) return 'denied-reason';
  if (
    isQuestion(words, clause.from < answerStart(words) ? clause : undefined) &&
    clause.to > trailingQuestionStart(words)
  )
    return 'question';
  if ((reportedIn(words) && !sentence.endorsed) || sentence.rejected || clause.from < rejectionEnd(sentence))
    return 'reported';
  if (clause.from < retiredEnd(words)) return 'retired';
  if ((sentence.sentence.block === 'heading' || sentence.label) && isTopicOnly(words)) return 'topic';
  if (objectGap(words, clause)) return 'topic';
  if (conditionalIn(words, clause)) return 'conditional';
  if (proscribedClause(words, clause)) return 'proscribed';
  if (mainHedges(sentence, clause).some((cue) => !ownCues.includes(cue.phrase))) return 'hedged';
  return undefined;
}

/**
 * The hedges that reach a clause's main predicate: a hedge inside a comma-bounded relative or participial aside that
 * names no knowledge-base entity (", which some centres may prefer,") qualifies the aside alone, and the aside holds
 * no claim of its own to leave unhedged.
 */
function mainHedges(sentence: ClaimSentence, clause: Clause): ModalCue[] {
  const hedges = hedgesIn(sentence.words, clause);
  if (!hedges.length) return hedges;
  const idle = asidesIn(sentence.words, clause).filter(
    (a) => sentence.words[a.from]!.lower === ',' && !sentence.mentions.some((m) => m.from >= a.from && m.from < a.to),
  );
  return idle.length ? hedges.filter((cue) => !idle.some((a) => a.from <= cue.at && cue.at < a.to)) : hedges;
}

const RETIRED = [...lexicon('retired-status-cues'), ...lexicon('removed-wording-labels')];
// An opening label is short: "Criterion D (retired 2025-07-01)".
const MAX_LABEL_WORDS = 10;
// Punctuation a label may hold: "Criterion D (retired …)", "Step 3 - withdrawn", a tracked change's "[Deleted".
const LABEL_PUNCTUATION = new Set(['(', ')', '-', '[']);

/**
 * "Criterion D (retired 2025-07-01): REMS certification of the treating facility", "[Deleted: P]": a short opening
 * label, with no verb, whose words say that what it labels no longer holds or was taken out of the text; the line
 * after its colon tells history or old wording. Where what it labels ends: at the bracket closing a label opened by one
 * ("[Deleted: P] [Inserted: Q]" labels P alone), else at the sentence's end; 0 without such a label.
 */
function retiredEnd(words: readonly Word[]): number {
  for (let k = 0; k < words.length && k <= MAX_LABEL_WORDS; k++) {
    const word = words[k]!;
    if (word.lower === ':') {
      if (!words.slice(0, k).some((_, i) => phraseStartingAt(words, i, RETIRED) !== undefined)) return 0;
      if (words[0]!.lower !== '[') return words.length;
      for (let j = k + 1; j < words.length; j++) if (words[j]!.lower === ']') return j + 1;
      return words.length;
    }
    if (isVerb(word) || (word.punct && !LABEL_PUNCTUATION.has(word.lower))) return 0;
  }
  return 0;
}

const GAP_WH_WORDS = lexiconWords('gap-wh-words');
const STRANDABLE = lexiconWords('strandable-prepositions');

/**
 * "What Kymriah is not approved for": a clause that ends at a preposition whose object is a wh-word before it names
 * a topic; read as a claim, "not approved for" with nothing after it would become "not approved at all".
 */
function objectGap(words: readonly Word[], clause: Clause): boolean {
  let last = clause.to - 1;
  while (last > clause.from && words[last]!.punct) last--;
  if (!STRANDABLE.has(words[last]?.lower ?? '')) return false;
  for (let k = clause.from; k < last; k++) if (GAP_WH_WORDS.has(words[k]!.lower)) return true;
  return false;
}

const INDEFINITE = wordClass('indefinite-articles');
const COPULAS = wordClass('be-present');
const THERAPY_TYPES = new Set(['product', 'drug', 'therapy-class']);
// A defined kind's subject is short ("A Risk Evaluation and Mitigation Strategy (REMS)").
const MAX_DEFINED_WORDS = 10;

/**
 * "A REMS is a safety program that the FDA can require …": a clause opening with an indefinite subject that is
 * defined by an indefinite predicate noun says what the kind is, not the status of any member. A therapy in the
 * subject keeps the clause ("A CAR-T is a gene-edited therapy" claims the class's design).
 */
function definesKind(sentence: ClaimSentence, clause: Clause): boolean {
  const { words } = sentence;
  if (!INDEFINITE.has(words[clause.from]?.lower ?? '')) return false;
  const last = Math.min(clause.to - 1, clause.from + MAX_DEFINED_WORDS);
  for (let i = clause.from + 2; i < last; i++) {
    if (!COPULAS.has(words[i]!.lower)) continue;
    if (!INDEFINITE.has(words[i + 1]!.lower)) return false;
    return !sentence.mentions.some((m) => m.from < i && m.from >= clause.from && THERAPY_TYPES.has(m.entity.type));
  }
  return false;
}

/**
 * The clauses of a sentence that `notAsserted` lets through, for any relation's own cues: what depends on
 * the sentence, each clause's conditionals and its hedges are read once, however many relations ask.
 */
export function assertedClausesOf(sentence: ClaimSentence): (ownCues?: readonly string[]) => Clause[] {
  const { words } = sentence;
  // Clauses without a sentence-level reason or a conditional, with their hedges.
  let candidates: { clause: Clause; hedges: ModalCue[] }[] | undefined;
  let plain: Clause[] | undefined;
  const candidatesOf = () => {
    // "Contrary to some reports, X": the reports are not asserted, X is; so is a correction after a source's statement
    // ("Some outlets dated it to 2018, but it was approved in 2017").
    // So is what a later clause rejects: "Analysts repeat that P, but they are wrong: Q" asserts Q; "They were wrong."
    // after the sentence rejects all of it.
    if (sentence.rejected || sentence.unowned) return [];
    const refuted = Math.max(refutationEnd(words), rejectionEnd(sentence), retiredEnd(words));
    const own = correctionStart(sentence, refuted) ?? refuted;
    if (
      (reportedIn(words, own) && !sentence.endorsed) ||
      ((sentence.sentence.block === 'heading' || sentence.label) && isTopicOnly(words))
    )
      return [];
    // A yes/no question asserts only its premises ("Since X, can …?"); "Why was X …?" presupposes all of it, after an
    // FAQ's "Q:" label too.
    // A question closed before its answer ("Q3 (Which antigen …?): Abecma targets BCMA.") asks only up to its mark.
    const answered = answerStart(words);
    const question = isQuestion(words) && !phraseStartingAt(words, questionLabelLength(words), PRESUPPOSING);
    // "P, and she's right, so why …?": the clauses before the coordinated question are stated.
    const asked = trailingQuestionStart(words);
    return sentence.clauses
      .filter(
        (clause) =>
          clause.from >= own &&
          !clause.quoted &&
          !clause.deniedReason &&
          (clause.from < answered ? clause.premise : !question || clause.premise || clause.to <= asked) &&
          !conditionalIn(words, clause) &&
          !proscribedClause(words, clause) &&
          !definesKind(sentence, clause) &&
          !objectGap(words, clause),
      )
      .map((clause) => ({ clause, hedges: mainHedges(sentence, clause) }));
  };
  return (ownCues = []) => {
    if (!ownCues.length && plain) return plain;
    candidates ??= candidatesOf();
    const asserted = candidates
      .filter(({ hedges }) => !hedges.some((cue) => !ownCues.includes(cue.phrase)))
      .map(({ clause }) => clause);
    if (!ownCues.length) plain = asserted;
    return asserted;
  };
}
