import { capitalize, uniqueSources } from '../../knowledge';
import type { ClaimSentence, Mention } from '../../sentence';
import {
  findPhrase,
  longestPhraseStartingAt,
  mayHavePhrase,
  mayHaveWordOf,
  phraseAt,
  phraseStartingAt,
  type Word,
} from '../../words';
import type { Relation } from '../types';
import { lowerInitial } from '../../../util/text';
import { gist } from '../../../util/messages';
import { cardinal, TIME_UNIT_WORDS, timeUnit } from '../../numbers';
import type { KnowledgeIndex } from '../../../kb/index';
import type { Entity, QuantityUnit } from '../../../kb/types';
import type { TermMatch } from '../../../terms/matcher';
import { lexicon, lexiconWords } from '../../lexicon';
import { isCondition, isTherapy } from '../../knowledge';
import { isVerb } from '../../phrases';
import { wordClass } from '../../word-classes';

const COLLECTION = lexicon('cell-collection-cues');
const RETURN = lexicon('cell-return-cues');
// "The median time from apheresis to infusion was 47 days": a cohort's figure, not the typical time the KB records.
const OBSERVED_STATISTIC = lexicon('observed-statistic-cues');

// Saying a step treats the cancer: wrong for conditioning steps (purpose.antitumor false).
// A verb of killing with the cancer or a disease the knowledge base knows as its object ("kills the tumor", "destroys
// the lymphoma"), or an anticancer noun the step is linked to as its source ("is the main anticancer treatment",
// "provides most of the antitumour activity"), not one it improves ("boosts the anticancer effect of the cells").
const ANTITUMOR_VERBS = lexicon('antitumor-step-verbs');
const ANTITUMOR_OBJECTS = lexicon('antitumor-step-objects');
const ANTITUMOR_NOUNS = lexicon('antitumor-nouns');
const ANTITUMOR_SOURCE_LINKS = lexicon('antitumor-source-links');
// What may stand between a source link and its anticancer noun: "the main source of", "most of the".
const SOURCE_FILLERS = lexiconWords('antitumor-source-fillers');
const ANTITUMOR_TEXT = [...ANTITUMOR_VERBS, ...ANTITUMOR_NOUNS];
// Days in each unit of time (a unit's words, abbreviations included: numbers.ts).
const UNIT_DAYS: Record<QuantityUnit, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
// Counts other than cardinal words: "a week", "a few weeks", "several months".
const VAGUE_COUNTS = new Map([
  ['a', 1],
  ['an', 1],
  ['few', 3],
  ['several', 4],
  ['couple', 2],
]);

const relation: Relation = {
  meta: {
    id: 'process',
    description:
      'Process facts: what a step is for ("lymphodepletion kills the cancer") and how long it takes ("vein-to-vein time is a few days").',
    // An interval told only in lay words names no entity: "Your cells come back a few days after your blood is collected."
    unnamed: true,
    messages: {
      notTreatment: '{{step}} does not treat the cancer: {{purpose}}.',
      duration: '{{step}} is {{duration}}, not {{claimed}}.',
    },
  },
  // What `check` needs before it can report: a step with a recorded duration and a duration (durationIn needs a unit),
  // a step with a recorded purpose and a treatment cue, or an interval told by its two steps and a duration.
  // The cheap tests first: splitting the text into words for the duration test is this relation's cost.
  applies: (text, mentions) => {
    if (describable(text, mentions)) return true;
    const step = mentions.some((m) => m.entity.duration || m.entity.purpose);
    const interval = INTERVAL_TEXT.test(text);
    if (!step && !interval) return false;
    // Each step of an interval named (its steps are process terms) or told in lay words: "It takes about three days
    // from blood collection to infusion" names no entity at all.
    const named = mentions.some((m) => m.entity.type === 'process');
    if (!step && !named && !(mayHavePhrase(text, COLLECTION) && mayHavePhrase(text, RETURN))) return false;
    const duration = mayHaveWordOf(text, TIME_UNIT_WORDS);
    if (step && (duration || mayHavePhrase(text, ANTITUMOR_TEXT))) return true;
    if (!duration || !interval) return false;
    return (named || mayHavePhrase(text, COLLECTION)) && (named || mayHavePhrase(text, RETURN));
  },
  check({ sentence, index, assertedClauses, report }) {
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      const observed = findPhrase(sentence.words, OBSERVED_STATISTIC, clause.from, clause.to) !== undefined;
      // "A few days pass between collecting your blood and getting your cells back": the interval named by its steps.
      for (const interval of intervalsOf(index)) {
        const duration = interval.duration!;
        const claimed = !observed && stepsInterval(sentence, clause, mentions, duration.from!, duration.to!);
        if (!claimed) continue;
        if (claimed.days >= duration.typicalDays / 2 && claimed.days <= duration.typicalDays * 2) continue;
        report({
          messageId: 'duration',
          data: { step: capitalize(interval.name), duration: duration.text, claimed: claimed.text },
          sources: uniqueSources(duration.sources),
          correction: `${capitalize(interval.name)} is ${duration.text}.`,
        });
      }
      const cue = antitumorCue(sentence, mentions, clause);

      const named = cue && subjectBefore(sentence.words, mentions, cue.at);
      const step = named
        ? { entity: named.entity, text: named.match.text }
        : cue && describedStep(sentence, mentions, clause, cue.at, index);
      if (
        cue &&
        step?.entity.purpose &&
        !step.entity.purpose.unverified &&
        !step.entity.purpose.antitumor &&
        !sentence.negatedAt(cue.at)
      ) {
        report({
          messageId: 'notTreatment',
          data: { step: capitalize(step.text), purpose: lowerInitial(gist(step.entity.purpose.text, 90)) },
          sources: uniqueSources(step.entity.purpose.sources),
          correction: step.entity.purpose.text,
        });
      }
      for (const mention of mentions) {
        const duration = mention.entity.duration;
        if (!duration || duration.unverified || observed) continue;
        // The typical length is recorded for one therapy's practice: "lymphodepletion with 7 days of chemotherapy
        // before TIL" is another's.
        if (duration.therapy && !onlyTherapy(index, sentence, duration.therapy)) continue;
        const claimed = lengthOf(sentence, mention, clause);
        if (!claimed || sentence.negatedAt(claimed.at)) continue;
        // A range is clean when it reaches half to twice the typical length anywhere.
        if (
          claimed.low !== undefined &&
          claimed.days >= duration.typicalDays / 2 &&
          claimed.low <= duration.typicalDays * 2
        )
          continue;
        if (claimed.days >= duration.typicalDays / 2 && claimed.days <= duration.typicalDays * 2) continue;
        // "up to a week", "within 10 days" include the typical length; "at least 2 days" does below twice it.
        if (claimed.bound === 'upper' && claimed.days >= duration.typicalDays / 2) continue;
        if (claimed.bound === 'lower' && claimed.days <= duration.typicalDays * 2) continue;
        report({
          messageId: 'duration',
          data: { step: capitalize(mention.match.text), duration: duration.text, claimed: claimed.text },
          sources: uniqueSources(duration.sources),
          correction: `${capitalize(mention.entity.name)} is ${duration.text}.`,
        });
      }
    }
  },
};
export default relation;

const INTERVAL_TEXT = /\b(?:between|after|from|to|within)\b/i;
// "for three days between apheresis and infusion": how long something else lasts, not the interval.
const ACTIVITY = new Set(['for', 'over', 'during']);

const intervals = new WeakMap<KnowledgeIndex, Entity[]>();
/** The process terms that are intervals between two recorded steps (vein-to-vein time). */
function intervalsOf(index: KnowledgeIndex): Entity[] {
  let found = intervals.get(index);
  if (!found) {
    found = [...index.entities()].filter((e) => e.duration?.from && e.duration.to && !e.duration.unverified);
    intervals.set(index, found);
  }
  return found;
}

/**
 * The duration a clause gives between two steps, each named or told in lay words (data/lexicon cell-collection-cues,
 * cell-return-cues): "between A and B", "from A to B", or "B … <duration> after A". Another step in the clause
 * ("lymphodepletion is given between apheresis and infusion") makes the duration its own.
 */
function stepsInterval(
  sentence: ClaimSentence,
  clause: { from: number; to: number },
  mentions: readonly Mention[],
  from: string,
  to: string,
): { days: number; text: string } | undefined {
  const { words } = sentence;
  if (mentions.some((m) => m.entity.type === 'process' && m.entity.id !== from && m.entity.id !== to)) return undefined;
  const step = (id: string, cues: readonly string[]) => {
    const named = mentions.find((m) => m.entity.id === id);
    if (named) return { at: named.from, end: named.to };
    const cue = findPhrase(words, cues, clause.from, clause.to);
    return cue && { at: cue.at, end: cue.at + cue.length };
  };
  const start = step(from, COLLECTION);
  const end = step(to, RETURN);
  const claimed = durationIn(sentence, clause.from, clause.to);
  if (!start || !end || !claimed || sentence.negatedAt(claimed.at)) return undefined;
  if (ACTIVITY.has(words[claimed.at - 1]?.lower ?? '')) return undefined;
  const between = (a: number, b: number, word: string) => words.slice(a, b).some((w) => w.lower === word);
  const opener = words[start.at - 1]?.lower;
  const spanned =
    start.end <= end.at &&
    ((opener === 'between' && between(start.end, end.at, 'and')) ||
      (opener === 'from' && between(start.end, end.at, 'to')) ||
      labelSpan(words, clause, start, end, claimed.at));
  // "get their cells back about two days after the blood collection", "back within 72 hours of apheresis".
  const link = words[claimed.to]?.lower;
  const afterStart =
    (link === 'after' || (link === 'of' && words[claimed.at - 1]?.lower === 'within')) &&
    end.end <= claimed.at &&
    (start.at === claimed.to + 1 || (start.at === claimed.to + 2 && DETERMINERS.has(words[claimed.to + 1]!.lower)));
  return spanned || afterStart ? claimed : undefined;
}

/**
 * "Apheresis to infusion: 2 days", "Collection to infusion ~4 days": a label that is only the two steps joined by
 * "to", opening the clause, with the duration after it.
 */
function labelSpan(
  words: readonly Word[],
  clause: { from: number; to: number },
  start: { at: number; end: number },
  end: { at: number; end: number },
  durationAt: number,
): boolean {
  const opensClause = start.at === clause.from || (start.at === clause.from + 1 && words[clause.from]!.lower === 'the');
  return opensClause && words[start.end]?.lower === 'to' && end.at === start.end + 1 && end.end <= durationAt;
}
const DETERMINERS = new Set(['the', 'your', 'their', 'his', 'her', 'a', 'an']);

/**
 * Where a clause says something treats the cancer: a verb of killing whose object is the cancer or a known disease
 * ("eradicates the lymphoma"), or a source link to an anticancer noun ("is the main source of antitumour activity").
 */
function antitumorCue(
  sentence: ClaimSentence,
  mentions: readonly Mention[],
  clause: { from: number; to: number },
): { at: number } | undefined {
  const { words } = sentence;
  for (let at = clause.from; at < clause.to; at++) {
    const verb = phraseStartingAt(words, at, ANTITUMOR_VERBS);
    if (verb) {
      const object = at + verb.length;
      // "kills the cancer", "kills your cancer": a possessive determiner before the object as well.
      const start = DETERMINERS.has(words[object]?.lower ?? '') ? object + 1 : object;
      if (phraseStartingAt(words, object, ANTITUMOR_OBJECTS) || phraseStartingAt(words, start, ANTITUMOR_OBJECTS))
        return { at };
      if (mentions.some((m) => m.from === start && isCondition(m.entity))) return { at };
    }
    if (phraseStartingAt(words, at, ANTITUMOR_NOUNS)) {
      let k = at - 1;
      while (k >= clause.from && SOURCE_FILLERS.has(words[k]!.lower)) k--;
      // "Lymphodepletion, the main anticancer step, …": an apposition right after the step says it as a copula would.
      if (words[k]?.lower === ',' && k > clause.from && stepEndingAt(mentions, k)) return { at: k };
      // The link ends right before the fillers: "provides", "accounts for", "given as".
      for (let end = k + 1, start = k; start >= Math.max(clause.from, k - 3); start--) {
        const link = phraseStartingAt(words, start, ANTITUMOR_SOURCE_LINKS);
        if (link && start + link.length === end) return { at: start };
      }
    }
  }
  return undefined;
}

const CONDITIONING_HEADS = lexicon('conditioning-step-heads');
const INFUSION_NOUNS = lexicon('infusion-step-nouns');
const BEFORE = lexicon('order-before-cues');
// How far the infusion may stand after "before": "before your CAR T cells", "a few days before the infusion".
const INFUSION_WINDOW = 3;

/**
 * "The chemotherapy you get a few days before your infusion kills the cancer": a treatment the clause's subject places
 * before the CAR-T infusion, with no process term of its own, is the conditioning step whose alias has its head
 * ("lymphodepleting chemotherapy"): data/lexicon/conditioning-step-heads, a drug of that modality ("fludarabine and
 * cyclophosphamide given before CAR-T"), then an order-before cue and data/lexicon/infusion-step-nouns. The subject runs
 * from the clause's start to the predicate, with no comma (an aside or a cleft is not read).
 */
function describedStep(
  sentence: ClaimSentence,
  mentions: readonly Mention[],
  clause: { from: number; to: number },
  at: number,
  index: KnowledgeIndex,
): { entity: Entity; text: string } | undefined {
  const { words } = sentence;
  const named = (k: number) => mentions.some((m) => m.from <= k && k < m.to);
  if (words.slice(clause.from, at).some((w) => w.punct && !named(w.index))) return undefined;
  let head: string | undefined;
  let after = -1;
  for (let k = clause.from; k < at && head === undefined; k++) {
    const drug = mentions.find(
      (m) => m.from === k && m.entity.modality && CONDITIONING_HEADS.includes(m.entity.modality),
    );
    if (drug) {
      head = drug.entity.modality;
      after = drug.to;
    } else if (CONDITIONING_HEADS.includes(words[k]!.lower)) {
      head = words[k]!.lower;
      after = k + 1;
    }
  }
  if (head === undefined) return undefined;
  // A process term in the subject names its own step ("chemotherapy given after lymphodepletion").
  if (mentions.some((m) => m.from < at && m.entity.type === 'process')) return undefined;
  for (let k = after; k < at; k++) {
    const before = phraseStartingAt(words, k, BEFORE);
    if (!before) continue;
    const from = k + before.length;
    for (let n = from; n < Math.min(at, from + INFUSION_WINDOW); n++) {
      const infusion = longestPhraseStartingAt(words, n, INFUSION_NOUNS);
      if (!infusion) continue;
      const step = conditioningStep(index, head);
      // Named in the message by the step's own name: the description may be long.
      return step && { entity: step, text: step.name };
    }
  }
  return undefined;
}

/**
 * Whether the text may describe a treatment before the infusion as treating the cancer (see describedStep). The
 * rarest and cheapest tests first: the anticancer wording has the most words to look for.
 */
const describable = (text: string, mentions: readonly TermMatch[]) =>
  (mayHavePhrase(text, CONDITIONING_HEADS) ||
    mentions.some((m) => m.entity.modality !== undefined && CONDITIONING_HEADS.includes(m.entity.modality))) &&
  mayHavePhrase(text, INFUSION_NOUNS) &&
  mayHavePhrase(text, ANTITUMOR_TEXT);

/** The process step with a recorded purpose one of whose names has `head` as its last word. */
function conditioningStep(index: KnowledgeIndex, head: string): Entity | undefined {
  for (const entity of index.entities())
    if (
      entity.type === 'process' &&
      entity.purpose &&
      (entity.aliases ?? []).some((a) => a.text.toLowerCase().split(/\s+/).at(-1) === head)
    )
      return entity;
  return undefined;
}

/**
 * The process term a predicate at `at` is said of: the nearest mention before it, or the clause's
 * subject when a copula follows it ("Lymphodepletion is the part of CAR-T treatment that kills …").
 */
function subjectBefore(words: readonly Word[], mentions: readonly Mention[], at: number): Mention | undefined {
  // Within the cue's comma-bounded phrase: "After lymphodepletion, the CAR T cells kill the tumor" says it of the
  // cells.
  let phraseStart = at;
  while (phraseStart > 0 && words[phraseStart - 1]!.lower !== ',') phraseStart--;
  const before = mentions.filter((m) => m.to <= at && m.from >= phraseStart);
  const nearest = before[before.length - 1];
  if (nearest?.entity.type === 'process') return nearest;
  const first = before[0];
  if (first) {
    const copula = first.entity.type === 'process' ? copulaAfter(words, first.to, at) : undefined;
    // "Lymphodepletion is given before the CAR T cells kill the cancer": a therapy after the copula is the verb's own
    // subject.
    const otherSubject = before.some(
      (m) =>
        copula !== undefined &&
        m.from > copula &&
        isTherapy(m.entity) &&
        words.slice(m.to, at).every((w) => AUXILIARIES.has(w.lower)),
    );
    return copula !== undefined && !otherSubject ? first : undefined;
  }
  const opener = words[phraseStart]?.lower ?? '';
  // "Lymphodepletion, the chemotherapy given first, is what kills the lymphoma": the copula's subject stands before
  // the apposition.
  if (COPULA.has(opener)) {
    let appositionStart = phraseStart - 1;
    while (appositionStart > 0 && words[appositionStart - 1]!.lower !== ',') appositionStart--;
    return stepEndingAt(mentions, appositionStart - 1);
  }
  // "Lymphodepletion, which provides most of the antitumour effect, …": a relative clause right after the step is
  // said of it.
  if (RELATIVE.has(opener)) return stepEndingAt(mentions, phraseStart - 1);
  // "Lymphodepletion, the step that eradicates the lymphoma, …": a relative clause in an apposition is said of the
  // apposition's anchor.
  const relative = words.slice(phraseStart, at).some((w) => RELATIVE.has(w.lower));
  return DETERMINERS.has(opener) && relative ? stepEndingAt(mentions, phraseStart - 1) : undefined;
}
const RELATIVE = wordClass('relatives-that-which');

/**
 * The copula after the subject's words, right after them or after a prepositional modifier with no verb in it
 * ("Lymphodepletion with fludarabine is …").
 */
function copulaAfter(words: readonly Word[], from: number, to: number): number | undefined {
  if (COPULA.has(words[from]?.lower ?? '')) return from;
  if (!PREPOSITIONS.has(words[from]?.lower ?? '')) return undefined;
  for (let k = from + 1; k < to; k++) {
    if (COPULA.has(words[k]!.lower)) return k;
    if (isVerb(words[k]) || words[k]!.punct) return undefined;
  }
  return undefined;
}
const PREPOSITIONS = new Set(['with', 'of', 'using', 'in']);
const AUXILIARIES = lexiconWords('auxiliaries');

/** The process term that ends right before the comma at `comma`. */
function stepEndingAt(mentions: readonly Mention[], comma: number): Mention | undefined {
  const step = mentions.find((m) => m.to === comma);
  return step?.entity.type === 'process' ? step : undefined;
}
const COPULA = wordClass('be-finite');

/** The first duration after word `from`: "a few days", "3 weeks", "2–4 days" (the upper bound counts). */
/**
 * Whether every product or class the sentence names is `therapy` or of it (a CAR-T product, "CAR-T"): a sentence naming
 * another therapy (TIL, a transplant) tells that therapy's practice.
 */
function onlyTherapy(index: KnowledgeIndex, sentence: ClaimSentence, therapy: string): boolean {
  const modality = index.entity(therapy)?.classModality;
  return sentence.mentions.every(
    (m) =>
      (m.entity.type !== 'product' && m.entity.type !== 'therapy-class') ||
      m.entity.id === therapy ||
      index.isA(m.entity.id, therapy) ||
      (modality !== undefined && m.entity.modality === modality),
  );
}

const UPPER_BOUNDS = lexicon('duration-upper-bounds');
const LOWER_BOUNDS = lexicon('duration-lower-bounds');
// After a duration, a word that makes it an offset from another event: "given 3 days before infusion".
const OFFSET_WORDS = lexiconWords('duration-offset-words');
// Before a duration, a word that makes it the step's own length even with an offset after it: "given over ten days
// before the infusion".
const LENGTH_LEADS = lexiconWords('duration-length-leads');

/**
 * The length a clause gives a step: the first duration after its mention, or one right before "of" and the mention
 * ("two weeks of lymphodepleting chemotherapy"). A range ("2 to 5 days") is not one length; a duration followed by an
 * offset word ("3 days before infusion") places the step, unless a length lead is before it; a bound before it
 * ("up to", "at least") is kept.
 */
function lengthOf(
  sentence: ClaimSentence,
  mention: Mention,
  clause: { from: number; to: number },
): { at: number; to: number; days: number; text: string; bound?: 'upper' | 'lower'; low?: number } | undefined {
  const { words } = sentence;
  const before =
    words[mention.from - 1]?.lower === 'of'
      ? durationIn(sentence, Math.max(clause.from, mention.from - 4), mention.from - 1)
      : undefined;
  const claimed = before && before.to === mention.from - 1 ? before : durationIn(sentence, mention.to, clause.to);
  if (!claimed) return undefined;
  // "lymphodepleting chemotherapy comprising cyclophosphamide daily for 1 day and fludarabine for 3 days": a duration
  // after a drug named within the step, with no verb between ("… and cyclophosphamide is a 1-day treatment" has the
  // step's predicate), is the drug's.
  const drugs = sentence.mentions.filter((m) => m.from >= mention.to && m.to <= claimed.at && m.entity.type === 'drug');
  const lastDrug = drugs.length ? Math.max(...drugs.map((m) => m.to)) : undefined;
  if (lastDrug !== undefined && !words.slice(lastDrug, claimed.at).some((w) => isVerb(w))) return undefined;
  // "2 to 5 days", "3–5 days": a range, judged by whether it reaches the typical length at all.
  const joined = words[claimed.at - 1]?.lower === 'to' || words[claimed.at - 1]?.lower === 'and';
  const lowAt = claimed.at - (joined ? 2 : 1);
  const lowWord = words[lowAt]?.lower ?? '';
  const lowCount = /^\d+(?:\.\d+)?$/.test(lowWord) ? Number(lowWord) : cardinal(lowWord);
  const range = (joined || words[claimed.at]!.hyphenBefore) && lowCount !== undefined;
  const start = range ? lowAt : claimed.at;
  // "In a trial combining cell transfer with a lymphodepleting regimen, responses lasted 3 to 7 years": the step inside
  // a phrase a comma closes before any verb is not the subject of what follows.
  // An appositive after a step that opens the clause ("Lymphodepletion, given over ten days, …") still describes it.
  const opensClause = words.slice(clause.from, mention.from).every((w) => DETERMINERS.has(w.lower));
  const comma = words.findIndex((w, i) => i >= mention.to && i < claimed.at && w.lower === ',');
  if (comma >= 0 && !(comma === mention.to && opensClause) && !words.slice(mention.to, comma).some((w) => isVerb(w)))
    return undefined;
  // "patients ≤ 21 years old": an age.
  if (words[claimed.to]?.lower === 'old') return undefined;
  const lead = LENGTH_LEADS.has(words[start - 1]?.lower ?? '');
  if (!lead && OFFSET_WORDS.has(words[claimed.to]?.lower ?? '')) return undefined;
  const upper = UPPER_BOUNDS.some((b) => phraseAt(words, start - b.split(' ').length, b));
  const lower = LOWER_BOUNDS.some((b) => phraseAt(words, start - b.split(' ').length, b));
  if (range) {
    const count = Number(words[claimed.at]!.lower) || cardinal(words[claimed.at]!.lower) || 1;
    const text = sentence.text.slice(words[lowAt]!.start - sentence.start, words[claimed.to - 1]!.end - sentence.start);
    return { ...claimed, at: lowAt, text, low: (claimed.days / count) * lowCount! };
  }
  return upper ? { ...claimed, bound: 'upper' } : lower ? { ...claimed, bound: 'lower' } : claimed;
}

function durationIn(
  sentence: ClaimSentence,
  from: number,
  to: number,
): { at: number; to: number; days: number; text: string } | undefined {
  const { words } = sentence;
  for (let i = from; i < to; i++) {
    const unit = timeUnit(words[i]!.lower);
    if (unit === undefined) continue;
    const days = UNIT_DAYS[unit];
    const count = countBefore(words, i);
    if (count === undefined) continue;
    return {
      at: count.at,
      to: i + 1,
      days: count.value * days,
      text: words
        .slice(count.at, i + 1)
        .map((w) => w.text)
        .join(' '),
    };
  }
  return undefined;
}

function countBefore(words: readonly Word[], unit: number): { at: number; value: number } | undefined {
  const previous = words[unit - 1];
  if (!previous) return undefined;
  if (/^\d+(\.\d+)?$/.test(previous.lower)) return { at: unit - 1, value: Number(previous.lower) };
  const value = VAGUE_COUNTS.get(previous.lower) ?? cardinal(previous.lower, 1, 10);
  if (value === undefined) return undefined;
  // "a few", "a couple of": start at the article.
  const article = words[unit - 2]?.lower === 'a' && previous.lower !== 'a' ? 1 : 0;
  return { at: unit - 1 - article, value };
}
