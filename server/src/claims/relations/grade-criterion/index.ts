import type { KnowledgeIndex } from '../../../kb/index';
import type { Entity, GradeCriterion } from '../../../kb/types';
import { shortName } from '../../knowledge';
import { lexicon, lexiconWords } from '../../lexicon';
import { wordClass } from '../../word-classes';
import { cardinal } from '../../numbers';
import { findAllPhrases, findPhrase, phraseAt, phraseStartingAt, type Word, wordsOf } from '../../words';
import { unknownScaleNamed } from '../../scales';
import type { Relation } from '../types';

// "Grade 2 CRS requiring high-flow oxygen": a syndrome's grade tied to a finding that sets a grade, against the
// grading system's criteria (gradeCriteria). A grade is the worst finding's, so a finding only sets a lowest grade:
// a stated grade below it is wrong, one above it may come from another finding and is not judged.

const LINKS = lexicon('grade-criterion-links');
const MANY = lexicon('count-many-words');
const SINGLE = lexicon('count-single-words');
const NEGATIONS = lexiconWords('negation-cues');
// "grade 1–2", "grade 3 or higher", "grade ≥3": a range of grades, not one.
const RANGE_AFTER = new Set(['or', 'to', '+', 'and']);
const RANGE_BEFORE = new Set(['≥', '>', '<', '≤']);

interface Scale {
  entity: Entity;
  criteria: { criterion: GradeCriterion; terms: string[]; levels: { grade: number; terms: string[] }[] }[];
  baseline?: { grade: number; terms: string[] };
}

const SOLE_AFTER = lexicon('sole-finding-after');
const SOLE_BEFORE = lexicon('sole-finding-before');
const EXCLUDING = new Set(['without', 'no']);

const scales = new WeakMap<KnowledgeIndex, Map<string, Scale[]>>();

/** The grading systems with criteria, by the syndrome they grade; their terms as lower-case word phrases. */
function scalesOf(index: KnowledgeIndex): Map<string, Scale[]> {
  let known = scales.get(index);
  if (known) return known;
  known = new Map();
  const phrase = (term: string) =>
    wordsOf(term)
      .map((w) => w.lower)
      .join(' ');
  for (const entity of index.entities()) {
    const recorded = entity.gradeCriteria;
    if (!recorded || recorded.unverified) continue;
    const scale: Scale = {
      entity,
      criteria: recorded.criteria.map((criterion) => ({
        criterion,
        terms: criterion.terms.flatMap((t) => [phrase(t), `${phrase(t)}s`]),
        levels: criterion.levels.map((l) => ({ grade: l.grade, terms: (l.terms ?? []).map(phrase) })),
      })),
      ...(recorded.baseline && {
        baseline: {
          grade: recorded.baseline.grade,
          terms: recorded.baseline.terms.flatMap((t) => [phrase(t), `${phrase(t)}s`]),
        },
      }),
    };
    known.set(recorded.syndrome, [...(known.get(recorded.syndrome) ?? []), scale]);
  }
  scales.set(index, known);
  return known;
}

const relation: Relation = {
  meta: {
    id: 'grade-criterion',
    description:
      'The finding that sets a syndrome\'s grade ("grade 2 CRS requiring high-flow oxygen"), against the grading system\'s criteria.',
    messages: {
      lowerGrade: '{{finding}} is {{syndrome}} grade {{lowest}} or higher ({{scale}}), not grade {{grade}}.',
      definedGrade: '{{finding}} sets {{syndrome}} grade {{lowest}} ({{scale}}), not grade {{grade}}.',
    },
  },
  applies: (text, mentions) => mentions.some((m) => m.entity.type === 'syndrome') && /grade/i.test(text),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    const bySyndrome = scalesOf(index);
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      const syndromes = new Set(mentions.filter((m) => m.entity.type === 'syndrome').map((m) => m.entity.id));
      if (syndromes.size !== 1) continue;
      const syndrome = [...syndromes][0]!;
      const candidates = bySyndrome.get(syndrome);
      if (candidates?.length !== 1) continue;
      const scale = candidates[0]!;
      // Another grading system named in the sentence grades by its own criteria.
      if (sentence.mentions.some((m) => m.entity.type === 'grading' && m.entity !== scale.entity)) continue;
      if (unknownScaleNamed(words, (at) => sentence.mentions.some((m) => m.from <= at && at < m.to))) continue;
      const grade = oneGrade(words, clause.from, clause.to);
      if (!grade) continue;
      // "Grade 2 CRS requiring one vasopressor", or the grade as the predicate of the finding: "CRS needing one
      // vasopressor is grade 2", "one vasopressor makes the CRS grade 3"; with no link before the predicate, its
      // subject is the finding ("Two vasopressors define grade 4 CRS").
      const after = findPhrase(words, LINKS, grade.at, clause.to);
      const syndromeAt = (at: number) => mentions.some((m) => m.entity.id === syndrome && m.from <= at && at < m.to);
      const predicate = after ? undefined : predicateBefore(words, grade.at, clause.from, syndromeAt);
      // The subject's first link: "CRS with hypotension that needs no vasopressor" names its findings after "with",
      // and a later link ("that needs no …") adds to them.
      const link = after ?? (predicate && (findPhrase(words, LINKS, clause.from, predicate.at) ?? { at: clause.from }));
      // The predicate's polarity is read at its grade, past the copula: "CRS that needs no vasopressor is grade 3" has
      // its "no" in the subject's relative clause.
      if (!link || sentence.negatedAt(link.at) || (predicate && sentence.negatedAt(grade.at))) continue;
      const end = after ? clause.to : predicate!.at;
      const finding = worstFinding(scale, words, link.at, end, (at) => sentence.negatedAt(at));
      // A grade that defines the finding ("CRS needing one vasopressor is grade 4", "was classified as grade 4") is
      // the finding's own grade: one above it is wrong as well.
      const defining = after ? DEFINITION_LINKS.includes(after.phrase) : DEFINING.includes(predicate!.link);
      if (!finding || finding.grade === grade.grade || (finding.grade < grade.grade && !defining)) continue;
      report({
        messageId: finding.grade > grade.grade ? 'lowerGrade' : 'definedGrade',
        data: {
          finding: finding.text,
          syndrome: shortName(index, syndrome),
          lowest: String(finding.grade),
          scale: shortName(index, scale.entity.id),
          grade: String(grade.grade),
        },
        sources: scale.entity.gradeCriteria!.sources,
      });
    }
  },
};
export default relation;

const DEFINITION_LINKS = lexicon('grade-definition-links');
const PREDICATE_LINKS = [...lexicon('grade-score-links'), ...DEFINITION_LINKS, ...lexicon('linking-verbs'), 'are'];
// A present copula defines: "CRS needing one vasopressor is grade 3"; a past one may report one patient's grade.
const DEFINING = [...DEFINITION_LINKS, ...wordClass('be-present')];
// Between a causative predicate and the grade: "makes the CRS grade 3", "makes it grade 3".
const DETERMINERS = new Set(['the', 'its']);

/**
 * The predicate whose complement is the grade at `at`: a linking verb or an equating word right before it ("is grade
 * 2", "define grade 4"), or before the graded syndrome ("makes the CRS grade 3"); where it starts and its phrase.
 */
function predicateBefore(
  words: readonly Word[],
  at: number,
  from: number,
  syndromeAt: (at: number) => boolean,
): { at: number; link: string } | undefined {
  let k = at;
  while (k > from && syndromeAt(k - 1)) k--;
  const before = words[k - 1]?.lower ?? '';
  if (k < at ? DETERMINERS.has(before) : before === 'it') k--;
  for (const link of PREDICATE_LINKS) {
    const length = link.split(' ').length;
    if (k - length >= from && phraseAt(words, k - length, link)) return { at: k - length, link };
  }
  return undefined;
}

/** The one grade a clause states ("grade 2", "Grade 3"), not a range of grades; undefined for none or several. */
function oneGrade(words: readonly Word[], from: number, to: number): { at: number; grade: number } | undefined {
  let found: { at: number; grade: number } | undefined;
  for (let i = from; i + 1 < to; i++) {
    if (words[i]!.lower !== 'grade' && words[i]!.lower !== 'grades') continue;
    const next = words[i + 1]!;
    if (RANGE_BEFORE.has(next.lower)) return undefined;
    if (!/^\d$/.test(next.lower)) continue;
    const after = words[i + 2];
    if (after && (RANGE_AFTER.has(after.lower) || (after.hyphenBefore && /^\d$/.test(after.lower)))) return undefined;
    if (found) return undefined;
    found = { at: i, grade: Number(next.lower) };
  }
  return found;
}

/** The finding after the link that sets the highest grade, unless negated ("without vasopressors"). */
function worstFinding(
  scale: Scale,
  words: readonly Word[],
  from: number,
  to: number,
  negated: (at: number) => boolean,
): { grade: number; text: string } | undefined {
  let worst: { grade: number; text: string } | undefined;
  const consider = (grade: number, at: number, end: number) => {
    if (negated(at) || (worst && worst.grade >= grade)) return;
    if (words.slice(Math.max(from, at - 2), at).some((w) => NEGATIONS.has(w.lower))) return;
    worst = { grade, text: textOf(words, at, end) };
  };
  for (const { criterion, terms, levels } of scale.criteria) {
    for (const level of levels)
      for (const hit of findAllPhrases(words, level.terms, from, to)) {
        // "high-flow oxygen": the criterion's noun after the level's word names it in the message.
        const noun = phraseStartingAt(words, hit.at + hit.length, terms);
        consider(level.grade, hit.at, hit.at + hit.length + (noun ? noun.phrase.split(' ').length : 0));
      }
    if (!criterion.counted) continue;
    for (const hit of findAllPhrases(words, terms, from, to)) {
      // A bare plural ("requiring vasopressors") is at least one.
      const count = countBefore(words, hit.at, from) ??
        countAfter(words, hit.at + hit.length, to) ?? { min: 1, at: hit.at };
      if (count.min === 0) continue;
      const level = criterion.levels.find(
        (l) => count.min >= (l.min ?? Number.NEGATIVE_INFINITY) && count.min <= (l.max ?? Number.POSITIVE_INFINITY),
      );
      if (level) consider(level.grade, count.at, hit.at + hit.length);
    }
  }
  return worst ?? soleBaseline(scale, words, from, to, negated);
}

/**
 * The baseline finding said to be the only one: "fever alone", "isolated fever", "fever without hypotension or
 * hypoxia" (an exclusion naming two other criteria). Bare "fever" is in every grade, so it sets none.
 */
function soleBaseline(
  scale: Scale,
  words: readonly Word[],
  from: number,
  to: number,
  negated: (at: number) => boolean,
): { grade: number; text: string } | undefined {
  const baseline = scale.baseline;
  if (!baseline) return undefined;
  for (const hit of findAllPhrases(words, baseline.terms, from, to)) {
    if (negated(hit.at)) continue;
    const end = hit.at + hit.length;
    const after = phraseStartingAt(words, end, SOLE_AFTER);
    if (after) return { grade: baseline.grade, text: textOf(words, hit.at, end + after.phrase.split(' ').length) };
    const article = words[hit.at - 1]?.lower === 'a' ? 1 : 0;
    const before = findAllPhrases(words, SOLE_BEFORE, Math.max(from, hit.at - article - 2), hit.at - article).find(
      (p) => p.at + p.length === hit.at - article,
    );
    if (before) return { grade: baseline.grade, text: textOf(words, before.at, end) };
    const exclusion = words[end]?.lower === 'with' || words[end]?.lower === 'and' ? end + 1 : end;
    if (!EXCLUDING.has(words[exclusion]?.lower ?? '')) continue;
    const excluded = scale.criteria.filter((c) => findAllPhrases(words, c.terms, exclusion + 1, to).length > 0);
    if (excluded.length >= 2) return { grade: baseline.grade, text: textOf(words, hit.at, to) };
  }
  return undefined;
}

/** How many of a counted noun the words before it say: "one", "a single", "two or more", "multiple", "no" (0). */
function countBefore(words: readonly Word[], at: number, from: number): { min: number; at: number } | undefined {
  for (let k = at - 1; k >= Math.max(from, at - 3); k--) {
    if (NEGATIONS.has(words[k]!.lower)) return { min: 0, at: k };
    if (phraseStartingAt(words, k, MANY)) return { min: 2, at: k };
    const number = /^\d+$/.test(words[k]!.lower) ? Number(words[k]!.lower) : cardinal(words[k]!.lower, 0);
    if (number !== undefined) return { min: number, at: k };
    if (phraseStartingAt(words, k, SINGLE)) return { min: 1, at: k };
  }
  return undefined;
}

/** The count right after a counted noun, as a table row gives it ("Vasopressors: 2", "Vasopressors none"). */
function countAfter(words: readonly Word[], at: number, to: number): { min: number; at: number } | undefined {
  const k = words[at]?.lower === ':' ? at + 1 : at;
  if (k >= to) return undefined;
  const word = words[k]!.lower;
  if (NEGATIONS.has(word)) return { min: 0, at: k };
  if (phraseStartingAt(words, k, MANY)) return { min: 2, at: k };
  const number = /^\d+$/.test(word) ? Number(word) : cardinal(word, 0);
  return number === undefined ? undefined : { min: number, at: k };
}

function textOf(words: readonly Word[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++)
    text += (i > from && !words[i]!.hyphenBefore ? ' ' : i > from ? '-' : '') + words[i]!.text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
