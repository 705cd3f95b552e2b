import type { KnowledgeIndex } from '../../../kb/index';
import type { Entity } from '../../../kb/types';
import { capitalize, shortName, uniqueSources } from '../../knowledge';
import { listWithin } from '../../../util/messages';
import { lexicon, lexiconWords } from '../../lexicon';
import type { Mention } from '../../sentence';
import { findPhrase, mayHavePhrase, phraseStartingAt, type Word } from '../../words';
import type { Relation } from '../types';
import { wordClass } from '../../word-classes';

// "ICANS is fever and low blood pressure", "Fever with low blood pressure is called ICANS": a syndrome defined or
// named by signs that are all another syndrome's and none of its own (signs in data). Judged only when the definition
// is nothing but signs, joiners, determiners and an adjunct of time at its end, with one syndrome in the clause.

// Longest first: "is defined as" before "is".
const DEFINING = [...lexicon('sign-definition-links')].sort((a, b) => b.length - a.length);
const NAMING = lexicon('sign-naming-links');
const JOINERS = lexicon('sign-list-joiners');
const TIME_OPENERS = lexiconWords('time-after-openers');
const DETERMINERS = wordClass('articles');

interface SignOwner {
  entity: Entity;
  sign: string;
}

// Per knowledge base: every sign term, longest first, with the syndrome and sign it names.
const termsOf = new WeakMap<KnowledgeIndex, { terms: string[]; owners: Map<string, SignOwner> }>();
function signTerms(index: KnowledgeIndex) {
  let found = termsOf.get(index);
  if (found) return found;
  const owners = new Map<string, SignOwner>();
  for (const entity of index.entities())
    for (const sign of entity.signs ?? [])
      if (!sign.unverified) for (const term of sign.terms) owners.set(term, { entity, sign: sign.name });
  found = { terms: [...owners.keys()].sort((a, b) => b.length - a.length), owners };
  termsOf.set(index, found);
  return found;
}

/** The signs [from, to) lists, or undefined when anything else stands there (a time adjunct may end it). */
function signsIn(words: readonly Word[], from: number, to: number, index: KnowledgeIndex): SignOwner[] | undefined {
  const { terms, owners } = signTerms(index);
  const signs: SignOwner[] = [];
  let k = from;
  while (k < to) {
    const word = words[k]!;
    if (TIME_OPENERS.has(word.lower) && signs.length) break;
    const term = phraseStartingAt(words, k, terms);
    if (term) {
      signs.push(owners.get(term.phrase)!);
      k += term.length;
      continue;
    }
    const joiner = phraseStartingAt(words, k, JOINERS);
    if (joiner) k += joiner.length;
    else if (DETERMINERS.has(word.lower) || (word.punct && k === to - 1 && word.lower !== ':')) k++;
    else return undefined;
  }
  return signs.length ? signs : undefined;
}

const relation: Relation = {
  meta: {
    id: 'syndrome-signs',
    description:
      'A syndrome defined or named by another syndrome\'s signs ("ICANS is fever and low blood pressure"), against the signs recorded for each.',
    messages: {
      otherSigns: '{{signs}} {{are}} of {{other}}, not {{syndrome}}: {{syndrome}} is {{own}}.',
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => m.entity.signs !== undefined) &&
    (mayHavePhrase(text, NAMING) || mayHavePhrase(text, DEFINING)),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const syndromes = sentence.mentions.filter((m) => m.clause === clauseIndex && m.entity.type === 'syndrome');
      if (syndromes.length !== 1 || syndromes[0]!.mark || !syndromes[0]!.entity.signs) continue;
      const syndrome = syndromes[0]!;
      const listed = definedSigns(words, clause, syndrome, index) ?? namedSigns(words, clause, syndrome, index);
      if (!listed || sentence.negatedAt(listed.at)) continue;
      const { signs } = listed;
      const others = new Set(signs.map((s) => s.entity));
      if (others.has(syndrome.entity) || others.size !== 1) continue;
      const other = [...others][0]!;
      const names = [...new Set(signs.map((s) => s.sign))];
      const own = syndrome.entity.signs!.filter((s) => !s.unverified).map((s) => s.name);
      report({
        messageId: 'otherSigns',
        data: {
          signs: capitalize(listWithin(names, 80)),
          are: names.length > 1 ? 'are signs' : 'is a sign',
          other: shortName(index, other.id),
          syndrome: shortName(index, syndrome.entity.id),
          own: listWithin(own, 90),
        },
        sources: uniqueSources(
          ...signs.map((s) => s.entity.signs!.find((x) => x.name === s.sign)!.sources),
          ...syndrome.entity.signs!.map((s) => s.sources),
        ),
      });
    }
  },
};
export default relation;

/** "ICANS is fever and low blood pressure", "Neurotoxicity (ICANS) is defined as …": a link right after the name. */
function definedSigns(
  words: readonly Word[],
  clause: { from: number; to: number },
  syndrome: Mention,
  index: KnowledgeIndex,
) {
  let at = syndrome.to;
  if (words[at]?.lower === ')') at++;
  const link = phraseStartingAt(words, at, DEFINING);
  if (!link) return undefined;
  const signs = signsIn(words, at + link.length, clause.to, index);
  return signs && { at, signs };
}

/** "Fever with low blood pressure after CAR-T is called ICANS": signs from the clause's start, a link, the name. */
function namedSigns(
  words: readonly Word[],
  clause: { from: number; to: number },
  syndrome: Mention,
  index: KnowledgeIndex,
) {
  const link = findPhrase(words, NAMING, clause.from, syndrome.from);
  if (!link || link.at + link.length !== syndrome.from) return undefined;
  const signs = signsIn(words, clause.from, link.at, index);
  return signs && { at: link.at, signs };
}
