import { label, uniqueSources } from '../../knowledge';
import { lexicon } from '../../lexicon';
import type { Word } from '../../words';
import type { Relation } from '../types';

// "Breyanzi is given as CD4 and CD8 CAR T cells in a defined 2:1 ratio": the CD4:CD8 ratio said of the one product
// named, against the ratio its design records. A product with none recorded, a cohort's observed ratio ("median",
// "in the trial") or two ratios in a clause are not judged.

const [CD4, CD8] = lexicon('composition-cues') as [string, string];
const OBSERVED = [...lexicon('observed-statistic-cues'), ...lexicon('cohort-report-nouns')];
// Two linear tests: one pattern with a gap between the names backtracks once per occurrence of the first.
const CUES = [CD4, CD8].map((cue) => new RegExp(`\\b${cue}\\b`, 'i'));

const relation: Relation = {
  meta: {
    id: 'composition',
    description: 'The CD4:CD8 ratio of the CAR T cells a product gives ("a defined 1:1 ratio"), against its design.',
    messages: {
      otherRatio: '{{product}} gives CD4 and CD8 CAR T cells in a defined {{ratio}} ratio, not {{claimed}}.',
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => m.entity.design?.cd4cd8Ratio !== undefined) && CUES.every((cue) => cue.test(text)),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    const products = [
      ...new Set(sentence.mentions.filter((m) => !m.mark && m.entity.type === 'product').map((m) => m.entity)),
    ];
    if (products.length !== 1) return;
    const product = products[0]!;
    const design = product.design;
    if (!design?.cd4cd8Ratio || design.unverified) return;
    for (const clause of assertedClauses()) {
      const inClause = words.slice(clause.from, clause.to);
      if (!inClause.some((w) => w.lower === CD4) || !inClause.some((w) => w.lower === CD8)) continue;
      if (inClause.some((w) => OBSERVED.includes(w.lower))) continue;
      const ratios = ratiosIn(words, clause.from, clause.to);
      if (ratios.length !== 1) continue;
      const ratio = ratios[0]!;
      // "CD8 and CD4 … 2:1" names CD8 first: its ratio read the other way round.
      const cd8First = inClause.findIndex((w) => w.lower === CD8) < inClause.findIndex((w) => w.lower === CD4);
      const claimed = cd8First ? ratio.text.split(':').reverse().join(':') : ratio.text;
      if (sentence.negatedAt(ratio.at) || claimed === design.cd4cd8Ratio) continue;
      report({
        messageId: 'otherRatio',
        data: { product: label(index, product), ratio: design.cd4cd8Ratio, claimed },
        sources: uniqueSources(design.sources),
      });
    }
  },
};
export default relation;

/** "2:1" (three words, no space between) and "2 to 1" before "ratio". */
function ratiosIn(words: readonly Word[], from: number, to: number): { at: number; text: string }[] {
  const found: { at: number; text: string }[] = [];
  for (let i = from; i + 2 < to; i++) {
    const [a, sep, b] = [words[i]!, words[i + 1]!, words[i + 2]!];
    if (!/^\d+$/.test(a.lower) || !/^\d+$/.test(b.lower)) continue;
    const colon = sep.lower === ':' && sep.start === a.end && b.start === sep.end;
    const spelled = sep.lower === 'to' && words[i + 3]?.lower === 'ratio';
    if (colon || spelled) found.push({ at: i, text: `${a.lower}:${b.lower}` });
  }
  return found;
}
