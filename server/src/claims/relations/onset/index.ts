import type { Entity, QuantityUnit } from '../../../kb/types';
import { capitalize, isTherapy } from '../../knowledge';
import { lexicon } from '../../lexicon';
import { NEGATION_WORDS } from '../../negation';
import { cardinal, timeUnit } from '../../numbers';
import { findAllPhrases, findPhrase, mayHavePhrase, phraseStartingAt, type Word } from '../../words';
import type { Relation } from '../types';

// "T-cell malignancies appear only years after infusion", "… never show up in the first months": how soon a syndrome's
// cases arise, against its recorded onset (data: onset, "within weeks"). Only a latency longer than the recorded one
// is judged; one in the same unit ("only weeks after") may be right. Said of another therapy than CAR-T, it is not
// judged: the onsets on record are CAR-T's.

const ONSET_VERBS = lexicon('onset-verbs');
const MINIMUM = lexicon('latency-minimum-cues');
const ANCHORS = lexicon('latency-anchors');
const WINDOWS = lexicon('onset-window-openers');
const NEGATIONS = new Set(NEGATION_WORDS);
const OTHER_TREATMENTS = lexicon('topic-other-treatments');
const RANK: Record<QuantityUnit, number> = { hour: 0, day: 1, week: 2, month: 3, year: 4 };
// Between a minimum cue and its time: "only been seen more than a year after", "at least two years after".
const MAX_CUE_GAP = 6;

interface Latency {
  unit: QuantityUnit;
  /** Written with a number ("two weeks"), not a bare plural ("weeks"). */
  counted: boolean;
}

const relation: Relation = {
  meta: {
    id: 'onset',
    description:
      'How soon after treatment a syndrome\'s cases arise ("T-cell malignancies appear only years later"), against its recorded onset.',
    messages: {
      earlier: '{{syndrome}} can appear within {{within}}s of infusion.',
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => m.entity.onset !== undefined) &&
    mayHavePhrase(text, ONSET_VERBS) &&
    (mayHavePhrase(text, MINIMUM) || mayHavePhrase(text, WINDOWS)),
  check({ sentence, assertedClauses, report }) {
    const { words } = sentence;
    // "appear" is the onset verb here, not a hedge; "appear to" still hedges.
    for (const clause of assertedClauses(ONSET_VERBS)) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      const named = mentions.filter((m) => m.entity.onset && !m.entity.onset.unverified);
      if (new Set(named.map((m) => m.entity)).size !== 1) continue;
      const syndrome = named[0]!.entity;
      // The onsets on record are CAR-T's: another therapy named ("after a stem cell transplant") is not judged.
      if (
        sentence.mentions.some((m) => isTherapy(m.entity) && !isCarT(m.entity)) ||
        findPhrase(words, OTHER_TREATMENTS, 0, words.length)
      )
        continue;
      const verb = findPhrase(words, ONSET_VERBS, clause.from, clause.to);
      if (!verb) continue;
      const denied = words.slice(clause.from, clause.to).some((w) => NEGATIONS.has(w.lower));
      const latency = denied
        ? (deniedWindow(words, clause.from, clause.to) ?? minimumLatency(words, clause.from, clause.to, true))
        : minimumLatency(words, clause.from, clause.to, false);
      const onset = syndrome.onset!;
      if (!latency || RANK[latency.unit] < RANK[onset.within]) continue;
      // In the recorded unit, only a denied window of bare plurals ("never in the first weeks") excludes the record:
      // "only weeks after", "not in the first 2 weeks" may be right.
      if (latency.unit === onset.within && (latency.counted || !denied)) continue;
      report({
        messageId: 'earlier',
        data: { syndrome: capitalize(named[0]!.match.text), within: onset.within },
        sources: onset.sources,
        correction: onset.text,
      });
    }
  },
};
export default relation;

function isCarT(entity: Entity): boolean {
  return entity.modality === 'car-t' || entity.classModality === 'car-t';
}

/**
 * "only years after infusion", "no earlier than a year after", "until years later" (under a denied verb): the time a
 * minimum cue puts before an anchor that counts it from treatment.
 */
function minimumLatency(words: readonly Word[], from: number, to: number, denied: boolean): Latency | undefined {
  for (const cue of findAllPhrases(words, MINIMUM, from, to)) {
    // "until" bounds a denied verb; every other cue an affirmed one.
    if ((cue.phrase === 'until') !== denied) continue;
    for (let k = cue.at + cue.length; k < Math.min(to, cue.at + cue.length + MAX_CUE_GAP); k++) {
      const latency = timeAt(words, k);
      if (!latency) continue;
      let after = k + 1;
      if (words[after]?.lower === 'or' && /^(?:more|later|longer)$/.test(words[after + 1]?.lower ?? '')) after += 2;
      if (phraseStartingAt(words, after, ANCHORS)) return latency;
      break;
    }
  }
  return undefined;
}

/** "never in the first months", "not within the first few weeks": the window a denied verb excludes. */
function deniedWindow(words: readonly Word[], from: number, to: number): Latency | undefined {
  for (const window of findAllPhrases(words, WINDOWS, from, to)) {
    const latency = timeAt(words, window.at + window.length);
    if (latency) return latency;
  }
  return undefined;
}

/** A unit of time at `at`, counted when a number stands before it ("two years", "a year"), else a bare plural. */
function timeAt(words: readonly Word[], at: number): Latency | undefined {
  const unit = timeUnit(words[at]?.lower ?? '');
  if (!unit) return undefined;
  const before = words[at - 1]?.lower ?? '';
  const counted = /^\d+$/.test(before) || cardinal(before, 1) !== undefined || before === 'a' || before === 'an';
  return { unit, counted };
}
