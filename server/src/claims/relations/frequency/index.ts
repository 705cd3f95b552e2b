import type { KnowledgeIndex } from '../../../kb/index';
import type { Entity } from '../../../kb/types';
import { capitalize, isTherapy, label } from '../../knowledge';
import { lexicon } from '../../lexicon';
import type { Mention } from '../../sentence';
import { findPhrase, phraseStartingAt } from '../../words';
import type { Relation } from '../types';

// "ICAHT is a rare adverse event after CAR-T": a rarity said of a syndrome the knowledge base records as the most
// common (or among the most common) after the therapy named, or after a class when none is named.

const RARE = lexicon('frequency-rare-words');
const FILLERS = lexicon('frequency-fillers');
const RESTRICTORS = lexicon('frequency-restrictors');
const CUE = new RegExp(`\\b(?:${RARE.join('|')})\\b`, 'i');
// How many words before a syndrome may narrow it ("grade 4 ICAHT").
const RESTRICTOR_WINDOW = 3;

const relation: Relation = {
  meta: {
    id: 'frequency',
    description:
      'How often an adverse event occurs ("ICAHT is rare after CAR-T"), against the syndromes the knowledge base records as the most common after a therapy.',
    messages: {
      notRare: '{{syndrome}}: {{rank}} after {{after}}, not rare.',
    },
  },
  applies: (text, mentions) => mentions.some((m) => m.entity.frequency !== undefined) && CUE.test(text),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const inClause = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      for (const mention of inClause) {
        const frequency = mention.entity.frequency;
        if (!frequency || frequency.unverified) continue;
        // "Severe ICAHT", "grade 4 ICAHT": a subset whose frequency is not recorded.
        const narrowed = findPhrase(
          words,
          RESTRICTORS,
          Math.max(clause.from, mention.from - RESTRICTOR_WINDOW),
          mention.from,
        );
        if (narrowed) continue;
        // The rarity is the syndrome's predicate: only fillers between ("is a very rare", "occurs rarely").
        let k = mention.to;
        while (k < clause.to) {
          const filler = phraseStartingAt(words, k, FILLERS);
          if (!filler) break;
          k += filler.length;
        }
        const rare = phraseStartingAt(words, k, RARE);
        if (!rare || sentence.negatedAt(rare.at) || sentence.negatedAt(mention.from)) continue;
        const after = scopeOf(index, inClause, mention, frequency.after);
        if (!after) continue;
        report({
          messageId: 'notRare',
          data: {
            syndrome: capitalize(mention.match.text),
            rank:
              frequency.rank === 'most-common'
                ? 'the most common adverse event'
                : 'among the most common adverse events',
            after,
          },
          sources: frequency.sources,
          correction: frequency.text,
        });
      }
    }
  },
};
export default relation;

/**
 * What the rank is judged after: the therapies the clause names, each one the record lists or a member of a class it
 * lists; with none named, a class the record lists (a product's own record needs the product named).
 */
function scopeOf(
  index: KnowledgeIndex,
  inClause: readonly Mention[],
  syndrome: Mention,
  after: readonly string[],
): string | undefined {
  const therapies = [...new Set(inClause.filter((m) => m !== syndrome && isTherapy(m.entity)).map((m) => m.entity))];
  const covered = (e: Entity) => after.some((id) => e.id === id || index.isA(e.id, id) || memberOf(index, e, id));
  if (therapies.length)
    return therapies.every(covered) ? therapies.map((e) => label(index, e)).join(' and ') : undefined;
  const classes = after.map((id) => index.entity(id)).filter((e): e is Entity => e?.type === 'therapy-class');
  return classes.length ? classes.map((e) => label(index, e)).join(' and ') : undefined;
}

function memberOf(index: KnowledgeIndex, product: Entity, classId: string): boolean {
  const cls = index.entity(classId);
  return cls?.type === 'therapy-class' && product.modality !== undefined && product.modality === cls.classModality;
}
