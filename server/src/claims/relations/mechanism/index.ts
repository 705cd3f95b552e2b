import type { Entity } from '../../../kb/types';
import { label, mechanismPhrase, uniqueSources } from '../../knowledge';
import { therapiesIn } from '../../roles';
import type { ClaimSentence } from '../../sentence';
import { lexicon, lexiconWords } from '../../lexicon';
import { findAllPhrases } from '../../words';
import type { Relation } from '../types';

// What a drug acts on: "tocilizumab blocks IL-6", "anakinra inhibits IL-1", "an anti-IL-6 drug".
const ACTS_ON = lexicon('acts-on-verbs');

// Words without which the relation has nothing to judge (a cheap test before any word-level work).
const CUE_WORDS = /\bil-?\s?\d|interleukin/i;

const relation: Relation = {
  meta: {
    id: 'mechanism',
    description:
      'What a drug acts on ("tocilizumab blocks IL-6", not IL-1), against the mechanism the knowledge base records.',
    messages: {
      doesActOn: '{{drug}} does act on {{target}}: it is {{mechanism}}.',
      doesNotActOn: '{{drug}} does not act on {{target}}: it is {{mechanism}}.',
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => m.entity.type === 'drug' || m.entity.type === 'product') && CUE_WORDS.test(text),
  check({ sentence, index, assertedClauses, report }) {
    for (const clause of assertedClauses()) {
      const cues = [
        ...findAllPhrases(sentence.words, ACTS_ON, clause.from, clause.to),
        ...agentNounsIn(sentence, clause.from, clause.to),
      ];
      for (const cue of cues) {
        const claimed = cytokineAt(sentence, cue.at + cue.length);
        if (!claimed) continue;
        // The subjects before the cue: "Tocilizumab blocks …", "Tocilizumab, an anti-IL-6 antibody, …".
        const subjects = therapiesIn(sentence, clause, index).filter(
          (s) => !s.isClass && s.mention && s.to <= cue.at && s.mention.mark !== 'negated',
        );
        const negated = sentence.negatedAt(cue.at);
        for (const subject of subjects) {
          const entity = subject.mention!.entity;
          const acts = actsOn(entity);
          if (!acts || acts.includes(claimed) === !negated) continue;
          report({
            messageId: negated ? 'doesActOn' : 'doesNotActOn',
            data: {
              drug: label(index, entity),
              target: claimed,
              mechanism: mechanismPhrase(entity.mechanism!.text),
            },
            sources: uniqueSources(entity.mechanism!.sources),
            correction: `${label(index, entity)} is ${mechanismPhrase(entity.mechanism!.text)}.`,
          });
        }
      }
    }
  },
};
export default relation;

/** The interleukins a verified mechanism names ("anti-IL-6 receptor …" → ["IL-6"]), or undefined when it names none. */
function actsOn(entity: Entity): string[] | undefined {
  if (!entity.mechanism || entity.mechanism.unverified) return undefined;
  const named = [...entity.mechanism.text.matchAll(/\bIL-?(\d+)/gi)].map((m) => `IL-${m[1]}`);
  return named.length ? [...new Set(named)] : undefined;
}

const AGENT_NOUNS = lexiconWords('acts-on-agent-nouns');

/**
 * "an IL-1 blocker", "an IL-6 receptor antibody": the cytokine before an agent noun, as a cue right before the
 * cytokine (so that it reads as "blocks IL-1").
 */
function agentNounsIn(sentence: ClaimSentence, from: number, to: number): { at: number; length: number }[] {
  const { words } = sentence;
  const found: { at: number; length: number }[] = [];
  for (let i = Math.max(from, 1); i < to; i++) {
    const word = words[i]!.lower;
    const joined = /^il\d+$/.test(word);
    if (!joined && !((word === 'il' || word === 'interleukin') && /^\d+$/.test(words[i + 1]?.lower ?? ''))) continue;
    let k = i + (joined ? 1 : 2);
    if (words[k]?.lower === 'receptor') k++;
    if (k < to && AGENT_NOUNS.has(words[k]!.lower) && words[i - 1]!.lower !== 'anti') found.push({ at: i, length: 0 });
  }
  return found;
}

/** "IL-6", "IL6", "interleukin-6" starting at word `at` (after "the" or "the receptor for"), as "IL-6". */
function cytokineAt(sentence: ClaimSentence, at: number): string | undefined {
  const { words } = sentence;
  let i = at;
  while (
    words[i] &&
    ['the', 'an', 'a', 'receptor', 'for', 'of', 'cytokine', 'signaling', 'signalling', 'pathway'].includes(
      words[i]!.lower,
    )
  )
    i++;
  const word = words[i]?.lower;
  if (!word) return undefined;
  const joined = /^il(\d+)$/.exec(word);
  if (joined) return `IL-${joined[1]}`;
  if ((word === 'il' || word === 'interleukin') && /^\d+$/.test(words[i + 1]?.lower ?? ''))
    return `IL-${words[i + 1]!.lower}`;
  return undefined;
}
