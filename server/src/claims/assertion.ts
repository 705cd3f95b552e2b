import type { Clause } from './clauses';
import { isTopicOnly } from './heading';
import { conditionalIn, hedgeIn, isQuestion } from './modality';
import { reportedIn } from './reported';
import type { ClaimSentence } from './sentence';

export type NotAsserted = 'question' | 'reported' | 'topic' | 'conditional' | 'hedged';

/**
 * Why a clause asserts nothing the knowledge base could contradict, or undefined when it is a plain
 * statement. `ownCues` are hedge words a relation reads as its own predicate ("investigational").
 */
export function notAsserted(sentence: ClaimSentence, clause: Clause, ownCues: readonly string[] = []): NotAsserted | undefined {
  const { words } = sentence;
  if (isQuestion(words)) return 'question';
  if (reportedIn(words)) return 'reported';
  if (sentence.sentence.block === 'heading' && isTopicOnly(words)) return 'topic';
  if (conditionalIn(words, clause)) return 'conditional';
  if (hedgeIn(words, clause, ownCues)) return 'hedged';
  return undefined;
}
