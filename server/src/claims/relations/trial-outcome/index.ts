import type { Entity } from '../../../kb/types';
import { uniqueSources } from '../../knowledge';
import { lexicon } from '../../lexicon';
import { findAllPhrases, mayHavePhrase, phraseStartingAt } from '../../words';
import type { Relation } from '../types';

// "BELINDA met its primary endpoint", "the trial was negative": whether a named trial met its primary endpoint, against
// the trial's recorded primaryEndpoint. Only a trial with a recorded result is judged, only as the clause's one trial
// before the cue, and a verb only with an endpoint noun after it (a secondary endpoint is not the primary one).

const MET = lexicon('trial-outcome-met-cues');
const MISSED = lexicon('trial-outcome-missed-cues');
const ENDPOINTS = lexicon('trial-endpoint-nouns');
const NOT_PRIMARY = new Set(['secondary', 'exploratory']);
// "was positive" needs no endpoint: the adjective is said of the trial itself.
const ADJECTIVES = new Set(['positive', 'negative']);
const DENIALS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot']);

const recorded = (e: Entity) => e.type === 'trial' && !!e.trial?.primaryEndpoint && !e.trial.unverified;

const relation: Relation = {
  meta: {
    id: 'trial-outcome',
    description:
      'Whether a named trial met its primary endpoint ("BELINDA met its EFS endpoint"), against trial.primaryEndpoint.',
    messages: {
      outcome: '{{trial}} {{outcome}} its primary endpoint ({{endpoint}}{{when}}).',
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => recorded(m.entity)) && (mayHavePhrase(text, MET) || mayHavePhrase(text, MISSED)),
  check({ sentence, assertedClauses, report }) {
    const { words } = sentence;
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const trials = [
        ...new Set(
          sentence.mentions.filter((m) => m.clause === clauseIndex && m.entity.type === 'trial').map((m) => m.entity),
        ),
      ];
      if (trials.length !== 1 || !recorded(trials[0]!)) continue;
      const trial = trials[0]!;
      const subject = sentence.mentions.find((m) => m.clause === clauseIndex && m.entity === trial)!;
      // The longest cue at a place: "failed to meet" is one cue, not "failed" and "meet".
      const cues = [
        ...findAllPhrases(words, MET, subject.to, clause.to).map((c) => ({ ...c, met: true })),
        ...findAllPhrases(words, MISSED, subject.to, clause.to).map((c) => ({ ...c, met: false })),
      ];
      const cue = cues
        .filter((c) => !cues.some((o) => o !== c && o.at <= c.at && c.at + c.length <= o.at + o.length))
        .sort((a, b) => a.at - b.at)[0];
      if (!cue) continue;
      const adjective = ADJECTIVES.has(cue.phrase.split(' ').pop()!);
      if (!adjective && !primaryEndpointAfter(cue.at + cue.length, clause.to)) continue;
      // Only a denial between the trial and its verb ("BELINDA did not meet"): in "Kymriah has no second-line
      // indication, because BELINDA missed its endpoint" the denial is another predicate's.
      const denied = sentence.negatedAt(cue.at) && words.slice(subject.to, cue.at).some((w) => DENIALS.has(w.lower));
      const said = denied ? !cue.met : cue.met;
      const result = trial.trial!.primaryEndpoint!;
      if (said === result.met) continue;
      report({
        messageId: 'outcome',
        data: {
          trial: trial.name,
          outcome: result.met ? 'met' : 'did not meet',
          endpoint: result.endpoint,
          when: result.date ? `, ${result.date}` : '',
        },
        sources: uniqueSources(result.sources),
        correction: `${trial.name} ${result.met ? 'met' : 'did not meet'} its primary endpoint (${result.endpoint}).`,
      });
    }

    /** An endpoint noun within a short noun phrase after the verb that is not a secondary one ("its primary EFS endpoint"). */
    function primaryEndpointAfter(from: number, to: number): boolean {
      for (let at = from; at < Math.min(to, from + 6); at++) {
        const noun = phraseStartingAt(words, at, ENDPOINTS);
        if (noun) return !words.slice(from, at).some((w) => NOT_PRIMARY.has(w.lower));
        if (words[at]!.punct) return false;
      }
      return false;
    }
  },
};
export default relation;
