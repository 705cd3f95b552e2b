import type { Entity } from '../../../kb/types';
import { lexicon } from '../../lexicon';
import { cardinal } from '../../numbers';
import { findAllPhrases, phraseStartingAt, type Word, wordsOf } from '../../words';
import type { Relation } from '../types';

// "ICE score: orientation 3 points": the points an item of a score gives, against the points recorded for it
// (scoreItems). Judged only with the points right after the item's name (or a linking word), and one score named
// in the clause: points a patient scored on an item ("lost 3 points on orientation") are not judged.

const LINKS = lexicon('score-item-links');
const POINTS = new Set(['point', 'points']);

const points = (n: number) => (n === 1 ? '1 point' : `${n} points`);

const relation: Relation = {
  meta: {
    id: 'score-item',
    description: 'The points one item of a score gives ("orientation: 4 points" in the ICE score), against its record.',
    messages: {
      otherPoints: 'In the {{score}}, {{item}} gives {{points}}, not {{claimed}}.',
    },
  },
  applies: (text, mentions) => mentions.some((m) => m.entity.scoreItems !== undefined) && /\bpoints?\b/i.test(text),
  check({ sentence, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const named = sentence.mentions.filter(
        (m) => m.clause === clauseIndex && !m.mark && m.entity.scoreItems && !m.entity.scoreItems.unverified,
      );
      if (new Set(named.map((m) => m.entity)).size !== 1) continue;
      const score = named[0]!;
      for (const { item, at, end } of itemsIn(score.entity, words, clause.from, clause.to)) {
        const claimed = pointsAfter(words, end, clause.to);
        if (claimed === undefined || claimed === item.points || sentence.negatedAt(at)) continue;
        report({
          messageId: 'otherPoints',
          data: { score: score.match.text, item: item.name, points: points(item.points), claimed: String(claimed) },
          sources: score.entity.scoreItems!.sources,
        });
      }
    }
  },
};
export default relation;

type Item = NonNullable<Entity['scoreItems']>['items'][number];

/** The score's items the clause names once each, with where each name ends. */
function itemsIn(score: Entity, words: readonly Word[], from: number, to: number) {
  const found: { item: Item; at: number; end: number }[] = [];
  for (const item of score.scoreItems!.items) {
    const terms = item.terms.map((t) =>
      wordsOf(t)
        .map((w) => w.lower)
        .join(' '),
    );
    // "following commands" holds "commands": a hit inside a longer one is the same mention.
    const hits = findAllPhrases(words, terms, from, to).filter(
      (h, _, all) => !all.some((o) => o !== h && o.at <= h.at && h.at + h.length <= o.at + o.length),
    );
    if (hits.length === 1) found.push({ item, at: hits[0]!.at, end: hits[0]!.at + hits[0]!.length });
  }
  return found;
}

/** "…: 3 points", "(3 points)", "is worth 3 points", "3 points" right after an item's name. */
function pointsAfter(words: readonly Word[], at: number, to: number): number | undefined {
  const link = phraseStartingAt(words, at, LINKS);
  const k = link ? at + link.length : at;
  if (k + 1 >= to || !POINTS.has(words[k + 1]!.lower)) return undefined;
  const word = words[k]!.lower;
  return /^\d+$/.test(word) ? Number(word) : cardinal(word, 0);
}
