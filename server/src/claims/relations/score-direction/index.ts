import type { Entity } from '../../../kb/types';
import { shortName } from '../../knowledge';
import { lexicon } from '../../lexicon';
import { findPhrase } from '../../words';
import type { Relation } from '../types';

// "On the ICE score, higher scores mean worse encephalopathy": which way a score runs, against the grades its ranges
// set (a score whose lower ranges set higher grades runs the other way).

const HIGH = lexicon('score-high-words');
const LOW = lexicon('score-low-words');
const WORSE = lexicon('severity-worse-words');
const BETTER = lexicon('severity-better-words');
const LINKS = lexicon('score-meaning-links');
const CUE = /\b(?:high|low|great|increas|decreas|ris|fall)\w*\b/i;

/** True when lower scores set higher grades; undefined without two grades to compare. */
function lowerIsWorse(scale: Entity): boolean | undefined {
  const grades = scale.gradeRanges?.grades ?? [];
  if (grades.length < 2 || scale.gradeRanges?.unverified) return undefined;
  const sorted = [...grades].sort((a, b) => a.grade - b.grade);
  const [mildest, worst] = [sorted[0]!, sorted.at(-1)!];
  if (mildest.min === worst.min) return undefined;
  return worst.min < mildest.min;
}

const relation: Relation = {
  meta: {
    id: 'score-direction',
    description:
      'Which way a grading score runs ("higher ICE scores mean worse encephalopathy"), against the grades its ranges set.',
    messages: {
      runsOtherWay:
        'On the {{scale}}, {{worseEnd}} scores mean more severe {{syndrome}}, not {{claimedEnd}}: {{ranges}}.',
    },
  },
  applies: (text, mentions) => mentions.some((m) => m.entity.gradeRanges !== undefined) && CUE.test(text),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    // One scale in the sentence: "On the ICE score, higher scores …" names it in an opening phrase.
    const scales = [...new Set(sentence.mentions.filter((m) => m.entity.gradeRanges && !m.mark).map((m) => m.entity))];
    if (scales.length !== 1) return;
    const scale = scales[0]!;
    const lowerWorse = lowerIsWorse(scale);
    if (lowerWorse === undefined) return;
    for (const clause of assertedClauses()) {
      const end = findPhrase(words, [...HIGH, ...LOW], clause.from, clause.to);
      if (!end) continue;
      // The end words describe a score: "higher scores", "a lower ICE score", "higher values on the ICE".
      const next = end.at + end.length;
      const onScore =
        ['score', 'scores', 'points', 'values', 'totals'].includes(words[next]?.lower ?? '') ||
        sentence.mentions.some((m) => m.entity === scale && m.from === next);
      if (!onScore) continue;
      const link = findPhrase(words, LINKS, next, clause.to);
      if (!link) continue;
      const severity = findPhrase(words, [...WORSE, ...BETTER], link.at + link.length, clause.to);
      if (!severity || severity.at > link.at + link.length + 2) continue;
      const high = HIGH.includes(end.phrase);
      const worse = WORSE.includes(severity.phrase);
      // "Higher scores mean worse" and "lower scores mean better" both say higher is worse.
      const claimsHigherWorse = high === worse;
      const says = claimsHigherWorse !== sentence.negatedAt(link.at);
      if (says !== lowerWorse) continue;
      const ranges = scale.gradeRanges!;
      const syndrome = shortName(index, ranges.syndrome);
      report({
        messageId: 'runsOtherWay',
        data: {
          scale: scale.name.replace(/\s*\(.*\)$/, ''),
          worseEnd: lowerWorse ? 'lower' : 'higher',
          claimedEnd: lowerWorse ? 'higher' : 'lower',
          syndrome,
          ranges: rangesText(ranges.grades),
        },
        sources: ranges.sources,
        correction: `On the ${scale.name.replace(/\s*\(.*\)$/, '')}, ${lowerWorse ? 'lower' : 'higher'} scores mean more severe ${syndrome}.`,
      });
    }
  },
};
export default relation;

/** "7–9 is grade 1, 0–2 grade 3": the mildest and the worst grade's ranges. */
function rangesText(grades: readonly { grade: number; min: number; max: number }[]): string {
  const sorted = [...grades].sort((a, b) => a.grade - b.grade);
  const [mildest, worst] = [sorted[0]!, sorted.at(-1)!];
  const range = (g: { min: number; max: number }) => (g.min === g.max ? `${g.min}` : `${g.min}–${g.max}`);
  return `${range(mildest)} is grade ${mildest.grade}, ${range(worst)} grade ${worst.grade}`;
}
