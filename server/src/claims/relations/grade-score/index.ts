import { wordClass } from '../../word-classes';
import { cardinal } from '../../numbers';
import { shortName } from '../../knowledge';
import { lexicon } from '../../lexicon';
import { findPhrase, type Word } from '../../words';
import type { Relation } from '../types';

// "ICANS grade 1 corresponded to an ICE score of 3 to 6": a grade equated with a score range, against the range the
// knowledge base records for that grade of the syndrome the score grades. Judged only with a linking word, one grade,
// one score and no other syndrome in the clause: a score said of patients of a grade may be anything.

// A score equated with a grade, or labelled with it ("ICE 3–6: grade 2"). Not "classified as": a patient's score is
// classified with the worst event ("an ICE score of 3 with a seizure is classified as grade 3 ICANS").
const LINKS = [...lexicon('grade-score-links'), ':'];
// Words that add another finding to the score's patient: a relative clause or a coordinated finding.
const OTHER_FINDING_LINKS = new Set([...wordClass('relatives-that-which-who'), 'and', 'plus', 'with']);
const CUE_TEXT = /grade/i;
const GLOSS_OPENERS = new Set(['(', ':']);
// Between a score's name and its number: "ICE score of 3", "ICE (3–6)", "ICE score: 7".
// Between a score and the scale's name after it: "7 to 9 on the ICE score".
const ON_SCALE = new Set(['on', 'in']);
const BEFORE_NUMBER = new Set([
  'score',
  'scores',
  'points',
  'point',
  'of',
  '(',
  ':',
  '=',
  'from',
  'between',
  'a',
  'an',
  'range',
]);

const relation: Relation = {
  meta: {
    id: 'grade-score',
    description:
      'The score range of a syndrome\'s grade ("ICANS grade 1 is an ICE score of 7–9"), against the ranges recorded for the score.',
    messages: {
      otherRange: '{{syndrome}} grade {{grade}} is an {{score}} of {{range}}, not {{claimed}}.',
    },
  },
  applies: (text, mentions) => CUE_TEXT.test(text) && mentions.some((m) => m.entity.gradeRanges !== undefined),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      const scales = mentions.filter((m) => m.entity.gradeRanges && !m.entity.gradeRanges.unverified);
      if (scales.length !== 1) continue;
      const scale = scales[0]!;
      const ranges = scale.entity.gradeRanges!;
      const syndromes = new Set(mentions.filter((m) => m.entity.type === 'syndrome').map((m) => m.entity.id));
      // The score grades one syndrome: a clause naming none ("ICE 3–6 = grade 2") means that one, linked by more than a
      // colon (below).
      if (syndromes.size > 1 || (syndromes.size === 1 && !syndromes.has(ranges.syndrome))) continue;
      const grades: { at: number; grade: number }[] = [];
      for (let i = clause.from; i + 1 < clause.to; i++)
        if (words[i]!.lower === 'grade' && /^\d$/.test(words[i + 1]!.lower))
          grades.push({ at: i, grade: Number(words[i + 1]!.lower) });
      if (grades.length !== 1) continue;
      const { at, grade } = grades[0]!;
      const claimed = scoreAfter(words, scale.to, clause.to) ?? scoreBefore(words, scale.from, clause.from);
      if (!claimed) continue;
      // "Grade 1 ICANS (ICE score 7–9)", "Grade 1 ICANS: ICE score 7–9": a parenthesis or a colon right after the
      // grade glosses it.
      const glossed = GLOSS_OPENERS.has(words[scale.from - 1]?.lower ?? '') && at < scale.from && scale.from - at <= 4;
      const link = glossed ? { at } : findPhrase(words, LINKS, Math.min(at, scale.from), Math.max(at, scale.from));
      if (!link || sentence.negatedAt(link.at)) continue;
      // "A patient with an ICE score of 3 who has a seizure is classified as grade 3": another finding said between
      // the score and the grade may be what sets the grade.
      const between = words.slice(Math.min(at, scale.from), Math.max(at, scale.from));
      if (between.some((w) => OTHER_FINDING_LINKS.has(w.lower))) continue;
      // A label's colon with no syndrome named ("Grade 1: ICE score 3–6" under "CRS and ICANS grading") may be
      // another syndrome's grade.
      const colon = words.slice(Math.min(at, scale.from), Math.max(at, scale.from)).some((w) => w.lower === ':');
      if (!syndromes.size && colon) continue;
      const recorded = [...ranges.grades, ...(ranges.byCondition ?? [])].find((g) => g.grade === grade);
      if (!recorded || (claimed.min >= recorded.min && claimed.max <= recorded.max)) continue;
      report({
        messageId: 'otherRange',
        data: {
          syndrome: shortName(index, ranges.syndrome),
          grade: String(grade),
          score: scale.match.text,
          range: recorded.min === recorded.max ? String(recorded.min) : `${recorded.min}–${recorded.max}`,
          claimed: claimed.text,
        },
        sources: ranges.sources,
      });
    }
  },
};
export default relation;

/** "of 3 to 6", "3–6", "between 0 and 2", "of 5" after the score's name. */
function scoreAfter(
  words: readonly Word[],
  from: number,
  to: number,
): { min: number; max: number; text: string } | undefined {
  let k = from;
  while (k < to && BEFORE_NUMBER.has(words[k]!.lower)) k++;
  const low = numberAt(words, k);
  if (low === undefined) return undefined;
  const joiner = words[k + 1]?.lower;
  if (numberAt(words, k + 1) !== undefined && words[k + 1]!.hyphenBefore) {
    const high = numberAt(words, k + 1)!;
    return { min: low, max: high, text: `${low}–${high}` };
  }
  if ((joiner === 'to' || joiner === 'and') && numberAt(words, k + 2) !== undefined) {
    const high = numberAt(words, k + 2)!;
    return { min: low, max: high, text: `${low} to ${high}` };
  }
  return { min: low, max: low, text: String(low) };
}

/** "a score of 7 to 9 on the ICE score", "3–6 on the ICE": the score given before the scale's name. */
function scoreBefore(
  words: readonly Word[],
  scale: number,
  from: number,
): { min: number; max: number; text: string } | undefined {
  let k = scale - 1;
  if (words[k]?.lower === 'the') k--;
  if (k <= from || !ON_SCALE.has(words[k]!.lower)) return undefined;
  const high = numberAt(words, k - 1);
  if (high === undefined) return undefined;
  const joiner = words[k - 2]?.lower;
  const low = numberAt(words, k - 3);
  if ((joiner === 'to' || joiner === 'and') && low !== undefined && k - 3 >= from)
    return { min: low, max: high, text: `${low} to ${high}` };
  const dashed = numberAt(words, k - 2);
  if (dashed !== undefined && words[k - 1]!.hyphenBefore) return { min: dashed, max: high, text: `${dashed}–${high}` };
  return { min: high, max: high, text: String(high) };
}

function numberAt(words: readonly Word[], at: number): number | undefined {
  const lower = words[at]?.lower;
  if (lower === undefined) return undefined;
  if (/^\d+$/.test(lower)) return Number(lower);
  return cardinal(lower, 0);
}
