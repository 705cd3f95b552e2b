import type { SafetyAction } from '../../../kb/types';
import { monthYear, uniqueSources } from '../../knowledge';
import { lexicon, lexiconWords } from '../../lexicon';
import { asidesIn } from '../../clauses';
import { datesOtherNounPhrase, qualifiersOf } from '../../qualifiers';
import { findPhrase, mayHavePhrase } from '../../words';
import type { Relation } from '../types';

// "The FDA opened its investigation into T-cell cancers after CAR-T in November 2024": the date a clause gives a
// regulator's safety action about a risk (safetyActions on the syndrome), against the recorded one. Judged only with
// the action's cue, the risk and the regulator in the clause, one action named and the date's own ("since 2024",
// "by early 2024" bound it, not date it).
const CUES: Record<SafetyAction['action'], readonly string[]> = {
  investigation: lexicon('safety-action-investigation-cues'),
  'safety-labeling-change-letters': lexicon('safety-action-letter-cues'),
};
const NAMES: Record<SafetyAction['action'], string> = {
  investigation: 'investigation',
  'safety-labeling-change-letters': 'safety labeling change letters',
};
const ALL_CUES = Object.values(CUES).flat();
// Words before a date that bound the action instead of dating it.
const BOUNDS = lexiconWords('date-bound-words');

const relation: Relation = {
  meta: {
    id: 'safety-action',
    description:
      'When a regulator acted on a risk ("the FDA opened its investigation into T-cell cancers in 2022"), against the recorded dates of its safety actions.',
    messages: {
      date: 'The {{regulator}} {{action}} on {{risk}} dates from {{date}}, not {{claimed}}.',
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => m.entity.safetyActions?.length) && mayHavePhrase(text, ALL_CUES) && /\d{4}/.test(text),
  check({ sentence, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const risk = sentence.mentions.find(
        (m) => m.clause === clauseIndex && !m.mark && m.entity.safetyActions?.some((a) => !a.unverified),
      );
      if (!risk) continue;
      const cued = (Object.keys(CUES) as SafetyAction['action'][]).flatMap((action) => {
        const cue = findPhrase(words, CUES[action], clause.from, clause.to);
        return cue ? [{ action, cue }] : [];
      });
      if (cued.length !== 1) continue;
      const { action, cue } = cued[0]!;
      if (sentence.negatedAt(cue.at)) continue;
      const { regulator, dates } = qualifiersOf(sentence, clause);
      const record = risk.entity.safetyActions!.find((a) => a.action === action && !a.unverified);
      if (!record || regulator !== record.regulator) continue;
      // The clause's one date outside asides that do not hold the cue.
      const asides = asidesIn(words, clause).filter((a) => cue.at < a.from || cue.at >= a.to);
      const own = dates.filter((d) => !asides.some((a) => a.from <= d.at && d.at < a.to));
      if (own.length !== 1) continue;
      const date = own[0]!;
      if (BOUNDS.has(words[date.at - 1]?.lower ?? '') || BOUNDS.has(words[date.at - 2]?.lower ?? '')) continue;
      // "the 2025 end of the REMS, the FDA's … investigation": a year after an article dates its own noun phrase, the
      // action only when the action's word heads it ("the 2023 investigation").
      if (datesOtherNounPhrase(words, date, cue.at)) continue;
      const [year, month] = record.date.split('-').map(Number);
      if (year === date.year && (date.month === undefined || date.month === month)) continue;
      report({
        messageId: 'date',
        data: {
          regulator: record.regulator,
          action: NAMES[action],
          risk: risk.match.text,
          date: record.date.length > 7 ? record.date : monthYear(record.date),
          claimed:
            date.month !== undefined
              ? monthYear(`${date.year}-${String(date.month).padStart(2, '0')}`)
              : String(date.year),
        },
        sources: uniqueSources(record.sources),
        correction: record.text,
      });
    }
  },
};
export default relation;
