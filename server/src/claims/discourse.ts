import type { DocumentAnalysis } from '../document/analysis';
import type { KnowledgeIndex } from '../kb/index';
import type { Entity } from '../kb/types';
import type { TermMatch } from '../terms/matcher';
import { vocabularyOf } from '../terms/vocabulary';
import type { Sentence } from '../text/sentences';
import { lexicon } from './lexicon';
import { wordsIn } from '../text/words';
import { findPhrase, phraseStartingAt, type Word } from './words';

// Mentions a sentence makes without naming a knowledge-base term: a pronoun or a definite description standing for
// an entity named earlier in its paragraph ("It targets BCMA."), and a misspelled product name ("Kymria").

const isTherapyEntity = (e: Entity) => e.type === 'product' || e.type === 'drug';
const isIndication = (e: Entity) => e.type === 'indication';
// "However, it …", "In addition, the product …": a connective before the subject.
const OPENERS = new Set(['however', 'also', 'moreover', 'additionally', 'furthermore', 'importantly', 'notably']);

/**
 * The sentence's own mentions with those its anaphors and misspelled names stand for, in text order. A heading
 * never lends its entity: only earlier sentences of the same paragraph do.
 */
export function discourseMentions(
  document: DocumentAnalysis,
  sentence: Sentence,
  index: KnowledgeIndex,
  own: readonly TermMatch[] = document.mentionsIn(sentence.start, sentence.end),
): TermMatch[] {
  const added = [...misspelledIn(sentence, own, index), ...anaphorsIn(document, sentence, own)];
  if (!added.length) return own as TermMatch[];
  return [...own, ...added].sort((a, b) => a.start - b.start);
}

/** What the sentence's anaphors stand for, as a key: a sentence's check depends on it beyond its own text. */
export function antecedentKey(document: DocumentAnalysis, sentence: Sentence): string {
  return anaphorsIn(document, sentence, document.mentionsIn(sentence.start, sentence.end))
    .map((m) => m.entity.id)
    .join(' ');
}

// Sentences that may hold an anaphor, told before their words are read: most do not.
const MAY_REFER =
  /^\s*(?:it|the|this|however|also|moreover|additionally|furthermore|importantly|notably|in addition)\b|\b(?:this|the same) (?:indication|disease|cancer|condition)\b/i;

function anaphorsIn(document: DocumentAnalysis, sentence: Sentence, own: readonly TermMatch[]): TermMatch[] {
  if (sentence.block === 'heading' || !MAY_REFER.test(sentence.text)) return [];
  const words = wordsIn(document.tokensOf(sentence), 40);
  if (words.length === 0) return [];
  const found: TermMatch[] = [];
  // A subject pronoun or description, first in the sentence (after a connective), when it names no therapy itself.
  let at = 0;
  if (OPENERS.has(words[0]!.lower) && words[1]?.lower === ',') at = 2;
  else if (words[0]!.lower === 'in' && words[1]?.lower === 'addition' && words[2]?.lower === ',') at = 3;
  const therapy = phraseStartingAt(words, at, lexicon('therapy-anaphors'));
  if (
    therapy &&
    !own.some((m) => isTherapyEntity(m.entity) || m.entity.type === 'therapy-class') &&
    !phraseStartingAt(words, at, lexicon('expletive-it-cues'))
  ) {
    const antecedent = antecedentOf(document, sentence, isTherapyEntity);
    if (antecedent) found.push(anaphorMatch(words, therapy, antecedent));
  }
  // "approved for this indication": the one disease named just before, when the sentence names none.
  if (!own.some((m) => isIndication(m.entity))) {
    const indication = findPhrase(words, lexicon('indication-anaphors'));
    const antecedent = indication && antecedentOf(document, sentence, isIndication);
    if (indication && antecedent) found.push(anaphorMatch(words, indication, antecedent));
  }
  return found;
}

function anaphorMatch(words: readonly Word[], cue: { at: number; length: number }, entity: Entity): TermMatch {
  const first = words[cue.at]!;
  const last = words[cue.at + cue.length - 1]!;
  const text = words
    .slice(cue.at, cue.at + cue.length)
    .map((w) => w.text)
    .join(' ');
  return { start: first.start, end: last.end, entity, alias: { text, kind: 'synonym' }, text };
}

/**
 * The entity `compatible` accepts in the nearest earlier sentence of the paragraph that names any, when it names
 * exactly one (two candidates leave the anaphor unresolved).
 */
function antecedentOf(
  document: DocumentAnalysis,
  sentence: Sentence,
  compatible: (e: Entity) => boolean,
): Entity | undefined {
  const block = document.blocks[sentence.blockIndex];
  if (!block) return undefined;
  let i = block.firstSentence;
  while (i < document.sentences.length && document.sentences[i]!.start < sentence.start) i++;
  for (let k = i - 1; k >= block.firstSentence; k--) {
    const before = document.sentences[k]!;
    const candidates = new Set(
      document
        .mentionsIn(before.start, before.end)
        .map((m) => m.entity)
        .filter(compatible),
    );
    if (candidates.size === 1) return [...candidates][0];
    if (candidates.size > 1) return undefined;
  }
  return undefined;
}

const linked = new WeakMap<KnowledgeIndex, Map<string, Entity | null>>();

/**
 * Near misses of a product or drug name ("Kymria", "tisagenlecleucal"), found as misspelled-term finds them: a word
 * outside the known terms whose single nearest knowledge-base word is one whole name of one product or drug.
 */
function misspelledIn(sentence: Sentence, own: readonly TermMatch[], index: KnowledgeIndex): TermMatch[] {
  let memo = linked.get(index);
  if (!memo) linked.set(index, (memo = new Map()));
  const found: TermMatch[] = [];
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(sentence.text); m; m = LETTERS.exec(sentence.text)) {
    const written = m[0];
    const start = sentence.start + m.index;
    const end = start + written.length;
    if (own.some((o) => o.start < end && start < o.end)) continue;
    let entity = memo.get(written);
    if (entity === undefined) {
      entity = linkedEntity(written, index);
      if (memo.size > 50_000) memo.clear();
      memo.set(written, entity);
    }
    if (entity) found.push({ start, end, entity, alias: { text: written }, text: written });
  }
  return found;
}

// Runs of at least five letters not glued to digits ("CD19"), as misspelled-term reads words.
const LETTERS = /(?<![\p{L}\p{N}_])\p{L}{5,}(?![\p{L}\p{N}_])/gu;

function linkedEntity(written: string, index: KnowledgeIndex): Entity | null {
  const suggestions = vocabularyOf(index).suggest(written);
  const best = suggestions[0];
  if (!best || suggestions[1]?.distance === best.distance || best.word.entities.length !== 1) return null;
  const entity = best.word.entities[0]!;
  if (!isTherapyEntity(entity)) return null;
  // The word must be a whole name ("Kymriah"), not part of one ("lutetium" of "lutetium Lu 177 dotatate").
  const whole = [entity.name, ...entity.aliases.filter((a) => a.kind !== 'deprecated').map((a) => a.text)].some(
    (name) => name.toLowerCase() === best.word.key,
  );
  return whole ? entity : null;
}
