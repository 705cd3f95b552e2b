import type { KnowledgeIndex } from '../../../kb/index';
import { asidesIn } from '../../clauses';
import type { Entity, Use } from '../../../kb/types';
import { capitalize, covers, isCondition, label, therapiesOf, uniqueSources } from '../../knowledge';
import { NEGATION_TEXT } from '../../negation';
import { therapiesIn } from '../../roles';
import { lexicon } from '../../lexicon';
import { type Clause, findAllPhrases, findPhrase, type Word } from '../../words';
import { CONDITIONALS, hedgesIn, isQuestion } from '../../modality';
import type { Relation } from '../types';
import { lowerInitial } from '../../../util/text';
import { gist, listWithin } from '../../../util/messages';
import { wordClass } from '../../word-classes';

// A claim that a therapy is the preferred or established management of a condition.
const PREFERRED = lexicon('preferred-management-cues');
const USED = lexicon('management-use-cues');
// Statuses that contradict a "preferred" claim.
const NOT_PREFERRED: readonly Use['status'][] = ['investigational', 'not-recommended', 'not-approved'];
const PREFERRED_STATUS: readonly Use['status'][] = ['standard', 'mainstay', 'approved'];

// Words without which the relation has nothing to judge (a cheap test before any word-level work).
// A plain use is judged only when denied, so its cue counts only beside a negation word.
const STRONG_CUE_WORDS =
  /choice|standard|first.line|mainstay|main treatment|primary treatment|recommend|preferred|proven|established|go.to|best treatment|effective treatment|cornerstone/i;
const USE_CUE_WORDS = /used|given for|treat|helps/i;
const READER_CONDITION = new Set(['if', 'when']);

const relation: Relation = {
  meta: {
    id: 'management',
    description:
      'Management and recommendation status ("tocilizumab is the treatment of choice for ICANS", "CAR T is recommended for NETs"), against recorded uses.',
    messages: {
      notPreferred: '{{treatment}} is not the preferred treatment for {{condition}}: {{uses}}.{{preferred}}',
      notExcluded: '{{treatment}} is not excluded for {{condition}}: {{uses}}.{{preferred}}',
    },
  },
  applies: (text) => STRONG_CUE_WORDS.test(text) || (USE_CUE_WORDS.test(text) && NEGATION_TEXT.test(text)),
  check({ sentence, index, assertedClauses, report }) {
    const asserted = assertedClauses();
    // "If you develop ICANS, the main treatment is tocilizumab": a condition of the reader opening the clause scopes the
    // ranking to that condition; it does not make the ranking hypothetical.
    const readerCondition = new Map<Clause, number>();
    for (const clause of sentence.clauses) {
      const main = asserted.includes(clause) ? undefined : afterReaderCondition(sentence.words, clause);
      if (main !== undefined) readerCondition.set(clause, main);
    }
    for (const clause of [...asserted, ...readerCondition.keys()]) {
      const strong = findPhrase(sentence.words, PREFERRED, clause.from, clause.to);
      // A plain use ("steroids are used for ICANS") is judged only when denied, against standard uses.
      const weak = strong ? undefined : findPhrase(sentence.words, USED, clause.from, clause.to);
      const cue = strong ?? weak;
      if (!cue) continue;
      const negated = sentence.negatedAt(cue.at);
      if (weak && !negated) continue;
      const clauseIndex = sentence.clauses.indexOf(clause);
      const conditions = sentence.mentions.filter((m) => m.clause === clauseIndex && isCondition(m.entity) && !m.mark);
      // Under "If you develop ICANS, …" only what the main clause names is ranked.
      const mainFrom = readerCondition.get(clause) ?? clause.from;
      // "(…, and one with a complete response at the end of first-line therapy)": a cue inside an aside is the aside's,
      // not said of a subject outside it (one right after the subject describes it: "X (the first-line treatment)").
      const aside = asidesIn(sentence.words, clause).find((a) => a.from <= cue.at && cue.at < a.to);
      const subjects = therapiesIn(sentence, clause, index);
      const cues = findAllPhrases(sentence.words, [...PREFERRED, ...USED], clause.from, clause.to);
      for (const subject of subjects) {
        if (subject.from < mainFrom) continue;
        const entity = subject.mention?.entity;
        if (!entity || subject.mention?.mark) continue;
        if (aside && (subject.from < aside.from || subject.from >= aside.to) && aside.from !== subject.to) continue;
        // "Tocilizumab remains the mainstay for CRS while steroids are preferred for ICANS": a condition after another
        // therapy that follows this one's own cue belongs to that therapy's predicate.
        const ownCue = cues.find((c) => c.at > subject.from)?.at;
        const nextSubject = subjects.find(
          (s) => ownCue !== undefined && s.from > ownCue && s.from > subject.from,
        )?.from;
        for (const condition of conditions) {
          if (nextSubject !== undefined && condition.from > nextSubject) continue;
          const uses = usesFor(index, entity, condition.entity.id);
          if (!uses.length) continue;
          const contradicts = negated
            ? uses.some((u) => PREFERRED_STATUS.includes(u.status))
            : uses.every((u) => NOT_PREFERRED.includes(u.status));
          if (!contradicts) continue;
          const preferred = negated ? [] : preferredFor(index, condition.entity.id).filter((e) => e !== entity);
          report({
            messageId: negated ? 'notExcluded' : 'notPreferred',
            data: {
              treatment: label(index, entity),
              condition: condition.match.text,
              uses: lowerInitial(gist(uses[0]!.text, Math.max(30, 90 - condition.match.text.length))),
              preferred: preferred.length
                ? ` Preferred: ${listWithin(
                    preferred.map((e) => label(index, e)),
                    30,
                  )}.`
                : '',
            },
            sources: uniqueSources(
              ...uses.map((u) => u.sources),
              ...preferred.flatMap((e) => usesFor(index, e, condition.entity.id).map((u) => u.sources)),
            ),
            correction: preferred.length
              ? `${capitalize(label(index, preferred[0]!))} ${preferred[0]!.name.endsWith('s') ? 'are' : 'is'} the main treatment for ${condition.entity.name}.`
              : undefined,
          });
        }
      }
    }
  },
};
export default relation;

/**
 * Where the main clause starts after an opening "If you …," or "When your …," that is the clause's only conditional (a
 * hypothesis such as "If tocilizumab were …" is not about the reader), with no hedge of its own.
 */
function afterReaderCondition(words: readonly Word[], clause: Clause): number | undefined {
  const opener = words[clause.from]?.lower ?? '';
  if (!READER_CONDITION.has(opener) || !READER.has(words[clause.from + 1]?.lower ?? '')) return undefined;
  if (isQuestion(words, clause)) return undefined;
  const cues = findAllPhrases(words, CONDITIONALS, clause.from, clause.to);
  if (cues.length !== 1) return undefined;
  for (let k = clause.from + 2; k < clause.to; k++) {
    if (words[k]!.lower !== ',') continue;
    return hedgesIn(words, clause).some((h) => h.at > k) ? undefined : k + 1;
  }
  return undefined;
}
const READER = wordClass('reader-pronouns');

/** Recorded uses of a therapy for a condition, the class's own uses included. */
function usesFor(index: KnowledgeIndex, entity: Entity, condition: string): Use[] {
  return (entity.uses ?? []).filter((u) => !u.unverified).filter((u) => covers(index, u.for, undefined, condition));
}

/** Therapies recorded as standard or mainstay for exactly this condition. */
function preferredFor(index: KnowledgeIndex, condition: string): Entity[] {
  return therapiesOf(index).filter(
    (e) =>
      !e.parents?.length &&
      (e.uses ?? []).some((u) => u.for === condition && (u.status === 'mainstay' || u.status === 'standard')),
  );
}
