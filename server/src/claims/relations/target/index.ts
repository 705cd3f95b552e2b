import type { Entity } from '../../../kb/types';
import { label, shortName, uniqueSources } from '../../knowledge';
import type { Mention } from '../../sentence';
import { findAllPhrases } from '../../words';
import type { Relation } from '../types';

// "targets CD19", "directed against", "binds"; an antigen written as a modifier ("a BCMA-directed CAR-T",
// "anti-BCMA", "a GPRC5D CAR-T") makes the same claim about the product it describes.
const TARGET_CUES = ['targets', 'target', 'targeting', 'targeted', 'targetting', 'directed against', 'directed at', 'binds', 'binds to', 'recognizes', 'recognises', 'aimed at'];
const MODIFIER_NEXT = new Set(['directed', 'targeted', 'targeting', 'specific', 'redirected', 'car', 'cart', 'chimeric', 'car-t']);

const target: Relation = {
  meta: {
    id: 'target',
    description: 'Which antigen a product targets ("Carvykti targets BCMA", "a GPRC5D-directed CAR-T"), against design.targets.',
  },
  applies: (_text, mentions) => mentions.some((m) => m.entity.type === 'antigen') && mentions.some((m) => m.entity.type === 'product'),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const inClause = sentence.mentions.filter((m) => m.clause === clauseIndex && m.mark !== 'excluded');
      const products = inClause.filter((m) => m.entity.type === 'product' && m.entity.design?.targets.length);
      const antigens = inClause.filter((m) => m.entity.type === 'antigen');
      if (!products.length || !antigens.length) continue;
      const cues = findAllPhrases(words, TARGET_CUES, clause.from, clause.to);
      for (const antigen of antigens) {
        const asModifier = isModifier(sentence.words, antigen, inClause);
        const cue = cues.filter((c) => c.at < antigen.from).pop();
        if (!asModifier && !cue) continue;
        // Who it is said of: with a verb, every product before it ("X and Y target CD19"); as a modifier,
        // the nearest product (the subject or the appositive head: "satri-cel, a Claudin18.2 CAR-T").
        const subjects = cue && !asModifier
          ? products.filter((p) => p.to <= cue.at)
          : [[...products].reverse().find((p) => p.to <= antigen.from) ?? products.find((p) => p.from >= antigen.to)].filter((p): p is Mention => !!p);
        const negated = (cue ? sentence.negatedAt(cue.at) : sentence.negatedAt(antigen.from)) !== (antigen.mark === 'negated');
        for (const subject of subjects) judge(subject.entity, antigen.entity, negated);
      }
    }

    function judge(product: Entity, antigen: Entity, negated: boolean) {
      const design = product.design!;
      if (design.unverified) return;
      const targets = design.targets;
      const hit = targets.includes(antigen.id);
      if (hit === !negated) return;
      const name = label(index, product);
      const actual = targets.map((t) => shortName(index, t)).join(' and ');
      report({
        message: negated
          ? `${name} does target ${shortName(index, antigen.id)}.`
          : `${name} targets ${actual}, not ${shortName(index, antigen.id)}.`,
        sources: uniqueSources(design.sources),
        correction: `${name} targets ${actual}.`,
      });
    }
  },
};
export default target;

/** An antigen written as a modifier: "BCMA-directed", "anti-BCMA", "BCMA CAR-T", "a CD19 CAR". */
function isModifier(words: readonly { lower: string; hyphenBefore: boolean }[], antigen: Mention, mentions: readonly Mention[]): boolean {
  const before = words[antigen.from - 1]?.lower;
  if (before === 'anti') return true;
  const next = words[antigen.to]?.lower ?? '';
  if (MODIFIER_NEXT.has(next)) return true;
  return mentions.some((m) => m.from === antigen.to && m.entity.type === 'therapy-class');
}
