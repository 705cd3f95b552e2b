import { wordClass } from '../../word-classes';
import { cardinal } from '../../numbers';
import { shortName } from '../../knowledge';
import { lexicon, lexiconWords } from '../../lexicon';
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
// "An ICE score of 5 is grade 1 ICANS": a copula right between the score and the grade equates them, as a link does.
const COPULAS = new Set(wordClass('be-finite'));
const ARTICLES = new Set(wordClass('indefinite-articles'));
// "A patient with an ICE score of 5 has grade 1 ICANS", "a patient who scores 5 on the ICE test is grade 1": the score
// is one finding of a patient, whose grade is the worst finding's; the score sets only the lowest grade.
const PATIENTS = lexiconWords('patient-heads');
const HAVE = new Set(wordClass('have-forms'));
// Nouns that may follow a score's name before its verb ("on the ICE test has …").
const SCALE_NOUNS = new Set(['test', 'score', 'scale', 'screen', 'assessment']);
const RANGE_AFTER = new Set(['or', 'to', '+', 'and', 'through']);
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
      lowerGrade:
        'A score of {{claimed}} on the {{score}} is {{syndrome}} grade {{lowest}} or higher, not grade {{grade}}.',
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
      // A copula or "has" right before the grade, after the score (or the score's scale): "… of 5 is grade 1".
      // Not a range of grades ("is grade 2 or higher", "grade 1–2").
      const oneGrade = !RANGE_AFTER.has(words[at + 2]?.lower ?? '') && !words[at + 2]?.hyphenBefore;
      const verb = at > scale.from && oneGrade ? verbBefore(words, at, Math.max(claimed.end, scale.to)) : undefined;
      // A patient named before the score ("a patient with an ICE score of 5", "a patient who scores 5") is the
      // subject: the grade is the patient's.
      const patient =
        verb !== undefined &&
        words.slice(clause.from, Math.min(scale.from, claimed.start)).some((w) => PATIENTS.has(w.lower));
      const link = glossed
        ? { at }
        : (findPhrase(words, LINKS, Math.min(at, scale.from), Math.max(at, scale.from)) ??
          (verb !== undefined && (patient || COPULAS.has(words[verb]!.lower)) ? { at: verb } : undefined));
      if (!link || sentence.negatedAt(link.at)) continue;
      // "A patient with an ICE score of 3 who has a seizure is classified as grade 3": another finding said between
      // the score and the grade may be what sets the grade.
      const between = words.slice(Math.min(at, scale.from), Math.max(at, scale.from));
      if (between.some((w) => OTHER_FINDING_LINKS.has(w.lower))) continue;
      // A label's colon with no syndrome named ("Grade 1: ICE score 3–6" under "CRS and ICANS grading") may be
      // another syndrome's grade.
      const colon = words.slice(Math.min(at, scale.from), Math.max(at, scale.from)).some((w) => w.lower === ':');
      if (!syndromes.size && colon) continue;
      if (patient) {
        // The lowest grade the score sets: the least grade whose range holds the whole of it.
        const lowest = Math.min(
          ...ranges.grades.filter((g) => claimed.min >= g.min && claimed.max <= g.max).map((g) => g.grade),
        );
        if (!Number.isFinite(lowest) || grade >= lowest) continue;
        report({
          messageId: 'lowerGrade',
          data: {
            score: scale.match.text,
            claimed: claimed.text,
            syndrome: shortName(index, ranges.syndrome),
            lowest: String(lowest),
            grade: String(grade),
          },
          sources: ranges.sources,
        });
        continue;
      }
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
function scoreAfter(words: readonly Word[], from: number, to: number): Score | undefined {
  let k = from;
  while (k < to && BEFORE_NUMBER.has(words[k]!.lower)) k++;
  const low = numberAt(words, k);
  if (low === undefined) return undefined;
  const joiner = words[k + 1]?.lower;
  if (numberAt(words, k + 1) !== undefined && words[k + 1]!.hyphenBefore) {
    const high = numberAt(words, k + 1)!;
    return { min: low, max: high, text: `${low}–${high}`, start: k, end: k + 2 };
  }
  if ((joiner === 'to' || joiner === 'and') && numberAt(words, k + 2) !== undefined) {
    const high = numberAt(words, k + 2)!;
    return { min: low, max: high, text: `${low} to ${high}`, start: k, end: k + 3 };
  }
  return { min: low, max: low, text: String(low), start: k, end: k + 1 };
}

/** A score and where its numbers stand. */
interface Score {
  min: number;
  max: number;
  text: string;
  start: number;
  end: number;
}

/**
 * The copula or "have" form right before the grade word at `grade`, with only an indefinite article between ("is a
 * grade 2"), after `from` (the score's end, or a scale noun after it: "on the ICE test has"). Returns its index.
 */
function verbBefore(words: readonly Word[], grade: number, from: number): number | undefined {
  let k = grade - 1;
  if (ARTICLES.has(words[k]?.lower ?? '')) k--;
  const lower = words[k]?.lower ?? '';
  if (!COPULAS.has(lower) && !HAVE.has(lower)) return undefined;
  let start = from;
  while (start < k && SCALE_NOUNS.has(words[start]!.lower)) start++;
  return start === k ? k : undefined;
}

/** "a score of 7 to 9 on the ICE score", "3–6 on the ICE": the score given before the scale's name. */
function scoreBefore(words: readonly Word[], scale: number, from: number): Score | undefined {
  let k = scale - 1;
  if (words[k]?.lower === 'the') k--;
  if (k <= from || !ON_SCALE.has(words[k]!.lower)) return undefined;
  const high = numberAt(words, k - 1);
  if (high === undefined) return undefined;
  const joiner = words[k - 2]?.lower;
  const low = numberAt(words, k - 3);
  if ((joiner === 'to' || joiner === 'and') && low !== undefined && k - 3 >= from)
    return { min: low, max: high, text: `${low} to ${high}`, start: k - 3, end: scale };
  const dashed = numberAt(words, k - 2);
  if (dashed !== undefined && words[k - 1]!.hyphenBefore)
    return { min: dashed, max: high, text: `${dashed}–${high}`, start: k - 2, end: scale };
  return { min: high, max: high, text: String(high), start: k - 1, end: scale };
}

function numberAt(words: readonly Word[], at: number): number | undefined {
  const lower = words[at]?.lower;
  if (lower === undefined) return undefined;
  if (/^\d+$/.test(lower)) return Number(lower);
  return cardinal(lower, 0);
}
