import { capitalize, uniqueSources } from '../../knowledge';
import { lexicon, lexiconWords } from '../../lexicon';
import { sentencePeriodOf } from '../../period';
import type { ClaimSentence, Mention } from '../../sentence';
import { findAllPhrases, findPhrase, phraseAt } from '../../words';
import type { Relation } from '../types';
import { isYear } from '../../../util/text';

// "Grade 3 NETs are poorly differentiated", "NEC: well differentiated": a differentiation predicated of a neoplasm,
// against the one its classification defines (differentiation in data). Only a differentiation tied to the neoplasm
// by a copula, a colon or a defining verb (data/lexicon differentiation-links) is judged, and not in a sentence that
// speaks of a time before the classification ("Under WHO 2010, …") or tells a term's history.

const VALUES = [
  { value: 'well', phrases: lexicon('differentiation-well') },
  { value: 'poorly', phrases: lexicon('differentiation-poorly') },
] as const;
const LINKS = lexicon('differentiation-links');
const HEADS = lexiconWords('disease-heads');
const SETTING_ASIDE = [...lexicon('exclusion-cues'), ...lexicon('contrast-cues')];
// A past copula is read as the tie itself (and then not judged), not as history told elsewhere in the clause.
const PAST_TIES = new Set(['was', 'were']);
const HISTORY = [...lexicon('term-history-cues'), ...lexicon('undated-past-cues')].filter((p) => !PAST_TIES.has(p));
const TIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'remain',
  'remains',
  'considered',
  'classified',
  'defined',
  ':',
  '=',
]);
const JOINS = new Set(['and', ',', 'both']);

const relation: Relation = {
  meta: {
    id: 'differentiation',
    description:
      'How differentiated a neoplasm is ("NET G3 is poorly differentiated"), against the differentiation its classification (WHO 2019) defines.',
    messages: {
      differentiation: '{{neoplasm}} is {{actual}} differentiated under {{scheme}}, not {{claimed}} differentiated.',
      deniedDifferentiation: '{{neoplasm}} is {{actual}} differentiated under {{scheme}}.',
    },
  },
  applies: (text, mentions) => mentions.some((m) => m.entity.differentiation) && /differentiated/i.test(text),
  check({ sentence, assertedClauses, report }) {
    const since = Math.min(...sentence.mentions.map((m) => m.entity.differentiation?.since ?? Infinity));
    if (speaksOfEarlierTime(sentence, since)) return;
    for (const clause of assertedClauses()) {
      if (findPhrase(sentence.words, HISTORY, clause.from, clause.to)) continue;
      for (const { value, phrases } of VALUES) {
        for (const hit of findAllPhrases(sentence.words, phrases, clause.from, clause.to)) {
          const negated = sentence.negatedAt(hit.at);
          // From the sentence start: a relative clause ("NET G3, which is …") names its subject in the clause before.
          for (const subject of subjectsOf(sentence, 0, hit.at)) {
            const recorded = subject.entity.differentiation!;
            if (recorded.unverified || (recorded.value === value) !== negated) continue;
            report({
              messageId: negated ? 'deniedDifferentiation' : 'differentiation',
              data: {
                neoplasm: capitalize(subject.match.text),
                actual: recorded.value,
                scheme: recorded.scheme,
                claimed: value,
              },
              sources: uniqueSources(recorded.sources),
              correction: recorded.text,
            });
          }
        }
      }
    }
  },
};
export default relation;

/**
 * The neoplasms a differentiation at `at` is predicated of: the mention right before it, through link words that
 * include a present tie ("are", ":"), and those coordinated with it by "and" ("NET G1 and NET G2 are well differentiated").
 * None when that mention has no recorded differentiation, is set aside ("unlike NEC") or is one of alternatives ("or").
 */
function subjectsOf(sentence: ClaimSentence, from: number, at: number): Mention[] {
  const { words, mentions } = sentence;
  const before = mentions.filter((m) => m.from >= from && m.to <= at && !m.mark);
  const nearest = before[before.length - 1];
  if (!nearest?.entity.differentiation) return [];
  let k = nearest.to;
  let tied = false;
  while (k < at) {
    const link = LINKS.find((l) => phraseAt(words, k, l));
    if (link) {
      // "NET G3 tumours were poorly differentiated": a past finding, maybe under an older scheme.
      if (PAST_TIES.has(link)) return [];
      tied ||= TIES.has(link.split(' ')[0]!);
      k += link.split(' ').length;
    } else if (HEADS.has(words[k]!.lower) && !tied) k++;
    else return [];
  }
  if (!tied) return [];
  const subjects = [nearest];
  for (let i = before.length - 2; i >= 0; i--) {
    const between = words.slice(before[i]!.to, subjects[0]!.from).map((w) => w.lower);
    if (!between.length || !between.every((w) => JOINS.has(w) || HEADS.has(w))) break;
    subjects.unshift(before[i]!);
  }
  const first = subjects[0]!;
  if (words[first.from - 1]?.lower === 'or' || SETTING_ASIDE.some((cue) => endsAt(sentence, cue, first.from)))
    return [];
  return subjects.filter((s) => s.entity.differentiation);
}

/** Whether the phrase ends right before word `at` (or before a determiner there). */
function endsAt(sentence: ClaimSentence, phrase: string, at: number): boolean {
  const length = phrase.split(' ').length;
  const { words } = sentence;
  return (
    phraseAt(words, at - length, phrase) || (words[at - 1]?.lower === 'the' && phraseAt(words, at - 1 - length, phrase))
  );
}

/** A year before the classification took effect, or a sentence period ending before it: another scheme's time. */
function speaksOfEarlierTime(sentence: ClaimSentence, since: number): boolean {
  if (sentence.words.some((w) => isYear(w.lower) && Number(w.lower) < since)) return true;
  const period = sentencePeriodOf(sentence.words);
  return period === 'unknown-past' || (period !== undefined && Number(period.to.slice(0, 4)) < since);
}
