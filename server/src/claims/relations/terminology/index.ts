import type { KnowledgeIndex } from '../../../kb/index';
import type { Entity } from '../../../kb/types';
import type { TermMatch } from '../../../terms/matcher';
import { uniqueSources } from '../../knowledge';
import type { Clause } from '../../clauses';
import type { ClaimSentence, Mention } from '../../sentence';
import { lexicon, lexiconWords } from '../../lexicon';
import { isVerb, nounPhrasesOf } from '../../phrases';
import { findPhrase, phraseAt, type Word } from '../../words';
import type { Relation } from '../types';
import { fitting, gist } from '../../../util/messages';

// Naming cues ("also called"): fine for a current synonym, wrong for an outdated term used as current.
const NAMING = [
  'also called',
  'called',
  'also known as',
  'aka',
  'a k a',
  'is called',
  'are called',
  'known as',
  'another name for',
  'other name for',
  'referred to as',
  'also termed',
  'termed',
  'synonym for',
  'synonym of',
  'synonymous with',
];
// Calling a term the current one: "CRES is the current term for …".
const CURRENT = [
  'current term',
  'current name',
  'preferred term',
  'preferred name',
  'standard term',
  'standard name',
  'correct term',
  'correct name',
  'official term',
  'official name',
  'accepted term',
  'accepted name',
  'recommended term',
  'recommended name',
  'proper term',
  'proper name',
  'modern term',
  'modern name',
  'current terminology',
];
// "the current ASTCT term": a status adjective, up to two modifiers, then the noun.
const CURRENT_ADJECTIVES = new Set([
  'current',
  'preferred',
  'standard',
  'correct',
  'official',
  'accepted',
  'recommended',
  'proper',
  'modern',
]);
const TERM_NOUNS = new Set(['term', 'name', 'terminology', 'designation', 'nomenclature']);
// Grading with a scale: "ICANS is graded with the CARTOX-10 score" uses an outdated scale as current.
const GRADED_WITH = [
  'graded with',
  'graded using',
  'graded by',
  'graded on',
  'graded according to',
  'scored with',
  'scored using',
  'assessed with',
  'assessed using',
  'measured with',
  'measured using',
];
// Identity cues: two distinct entities said to be one.
const IDENTITY = [
  'the same as',
  'same thing as',
  'identical to',
  'equivalent to',
  'equals',
  'is equal to',
  'no different from',
  'interchangeable with',
  ...NAMING,
];
// The sentence places the naming in the past or in a succession of names (data/lexicon/term-history-cues).
const PAST = lexicon('term-history-cues');
const NAMED_TYPES = new Set(['indication', 'syndrome', 'grading', 'process', 'antigen']);

// Words without which the relation has nothing to judge (a cheap test before any word-level work).
const CUE_WORDS =
  /term|current|former|grad|\buses?\b|recommend|relies on|scored|assessed|measured|name|called|known as|\baka\b|a\.k\.a|name for|referred|termed|synonym|same|identical|equivalent|equal|no different|interchangeable/i;

const relation: Relation = {
  meta: {
    id: 'terminology',
    description:
      'Terminology status and identity ("ICANS is also called CRES", "grade 3 NET is the same as NEC"), against deprecations and the term hierarchy.',
    messages: {
      outdatedTerm: '{{term}} is an outdated term, not a current synonym{{replacement}}{{by}}.',
      outdatedScale: '{{term}} is an outdated scale, not the current one{{replacement}}{{by}}.',
      notStandardScale: '{{standard}} grades with the {{replacement}}, not {{term}}, which it replaced.',
      different: '{{first}} and {{second}} are different things, not synonyms{{gloss}}.',
    },
  },
  // Every finding names a deprecated term or two named entities.
  applies: (text, mentions) =>
    (mentions.some(isDeprecated) || mentions.filter((m) => NAMED_TYPES.has(m.entity.type)).length >= 2) &&
    CUE_WORDS.test(text),
  check({ sentence, index, assertedClauses, report }) {
    const reportOutdated = (outdated: Mention, messageId: 'outdatedTerm' | 'outdatedScale' = 'outdatedTerm') => {
      const { replacedBy, by, sources } = deprecation(index, outdated)!;
      const term = outdated.match.text;
      const replacement = replacedBy ? `: write ${replacedBy.name}` : '';
      // A long term and replacement leave no room for who deprecated it: the line stays one line.
      report({
        messageId,
        data: fitting('terminology', relation.meta.messages, messageId, [
          { term, replacement, by: ` (${gist(by, 50)})` },
          { term, replacement, by: '' },
        ]),
        sources,
        correction: replacedBy
          ? `${replacedBy.name} replaced the older term ${outdated.match.text} (${by}).`
          : undefined,
      });
    };
    // Two named things said to be one: not when they are one, one is a kind of the other, or they are of other types.
    const reportDifferent = (before: Mention, after: Mention) => {
      const a = before.entity;
      const b = after.entity;
      if (a === b || index.isA(a.id, b.id) || index.isA(b.id, a.id) || a.type !== b.type) return;
      // Two entities are known apart only when neither is marked unverified.
      if (a.unverified || b.unverified) return;
      report({
        messageId: 'different',
        data: {
          first: before.match.text,
          second: after.match.text,
          gloss: gloss(before.match.text, a, after.match.text, b),
        },
        sources: uniqueSources(a.sources, b.sources),
      });
    };
    for (const clause of assertedClauses()) {
      const current =
        findPhrase(sentence.words, CURRENT, clause.from, clause.to) ??
        currentTermIn(sentence.words, clause.from, clause.to);
      if (current && !sentence.negatedAt(current.at) && !findPhrase(sentence.words, PAST, clause.from, clause.to)) {
        const clauseIndex = sentence.clauses.indexOf(clause);
        const outdated = sentence.mentions.find(
          (m) => m.clause === clauseIndex && !m.mark && m.to <= current.at && deprecation(index, m),
        );
        if (outdated) reportOutdated(outdated);
      }
      const graded = findPhrase(sentence.words, GRADED_WITH, clause.from, clause.to);
      if (graded && !sentence.negatedAt(graded.at) && !findPhrase(sentence.words, PAST, clause.from, clause.to)) {
        const clauseIndex = sentence.clauses.indexOf(clause);
        const scale = sentence.mentions.find(
          (m) =>
            m.clause === clauseIndex &&
            !m.mark &&
            m.from >= graded.at + graded.length &&
            m.entity.type === 'grading' &&
            deprecation(index, m),
        );
        if (scale) reportOutdated(scale, 'outdatedScale');
      }
      const ownScale = replacedScaleUnderStandard(sentence, index, clause);
      if (ownScale) {
        const { scale, standard, replacement } = ownScale;
        report({
          messageId: 'notStandardScale',
          data: { standard: standard.match.text, replacement: replacement.name, term: scale.match.text },
          sources: uniqueSources(replacement.definedBy?.sources, deprecation(index, scale)!.sources),
          correction: replacement.definedBy?.text,
        });
      }
      const succession = successionIn(sentence, clause);
      if (succession) {
        const { earlier, later } = succession;
        if (deprecation(index, later)) {
          reportOutdated(later);
          continue;
        }
        if (followsAsName(index, earlier, later)) continue;
        // Only kinds of one thing the knowledge base keeps apart (siblings, as TIAN and ICANS are) are known to be no
        // succession of names: an unrelated term may be an older name for it ("HLH/MAS is an older term for IEC-HS").
        // Otherwise the naming is read as any naming is ("costimulation, now known as a CAR").
        if (siblings(earlier.entity, later.entity)) {
          reportDifferent(earlier, later);
          continue;
        }
      }
      const cue = findPhrase(sentence.words, IDENTITY, clause.from, clause.to);
      if (!cue) continue;
      const clauseIndex = sentence.clauses.indexOf(clause);
      const named = sentence.mentions.filter(
        (m) => m.clause === clauseIndex && NAMED_TYPES.has(m.entity.type) && !m.mark,
      );
      const before = named.filter((m) => m.to <= cue.at).pop();
      const after = named.find((m) => m.from >= cue.at + cue.length);
      if (!before || !after || sentence.negatedAt(cue.at)) continue;
      if (NAMING_CUES.has(cue.phrase) && !isNamed(sentence.words, before, cue.at)) continue;
      const past = findPhrase(sentence.words, PAST, clause.from, clause.to) !== undefined;
      const outdated = [before, after].find((m) => deprecation(index, m));
      if (outdated) {
        if (!past) reportOutdated(outdated);
        continue;
      }
      reportDifferent(before, after);
    }
  },
};
export default relation;

const NAMING_CUES = new Set(NAMING);
const NAME_EARLIER = lexicon('name-earlier-cues');
const NAME_LATER = lexicon('name-later-cues');

/**
 * "CRES is the old name for ICANS", "carHLH is now called IEC-HS", "ICANS was formerly called CRES": a naming cue
 * that orders two names (data/lexicon/name-earlier-cues, name-later-cues), with the named mention before it and the
 * first one after it; which is the earlier name and which the one in use now. Not when the cue is denied.
 */
function successionIn(sentence: ClaimSentence, clause: Clause): { earlier: Mention; later: Mention } | undefined {
  const { words } = sentence;
  const earlierCue = findPhrase(words, NAME_EARLIER, clause.from, clause.to);
  const laterCue = findPhrase(words, NAME_LATER, clause.from, clause.to);
  // The longer cue where both match at one place ("renamed from" over "renamed").
  const cue =
    earlierCue && laterCue
      ? earlierCue.at < laterCue.at || (earlierCue.at === laterCue.at && earlierCue.length > laterCue.length)
        ? earlierCue
        : laterCue
      : (earlierCue ?? laterCue);
  if (!cue || sentence.negatedAt(cue.at)) return undefined;
  const clauseIndex = sentence.clauses.indexOf(clause);
  const named = sentence.mentions.filter((m) => m.clause === clauseIndex && NAMED_TYPES.has(m.entity.type) && !m.mark);
  const before = named.filter((m) => m.to <= cue.at).pop();
  const after = named.find((m) => m.from >= cue.at + cue.length);
  // "CRES is the old name for ICANS": a cue inside a predicate noun phrase names the clause's subject.
  let link = cue.at - 1;
  while (link > clause.from && lexiconWords('determiners').has(words[link]!.lower)) link--;
  if (!before || !after || !(isVerb(words[link]) || isNamed(words, before, cue.at))) return undefined;
  return cue === earlierCue ? { earlier: before, later: after } : { earlier: after, later: before };
}

/** Whether two entities share a parent in the knowledge base's hierarchy. */
function siblings(a: Entity, b: Entity): boolean {
  return (a.parents ?? []).some((p) => (b.parents ?? []).includes(p));
}

/** Whether the earlier name is one the later one replaced, or another name of the same thing. */
function followsAsName(index: KnowledgeIndex, earlier: Mention, later: Mention): boolean {
  if (earlier.entity === later.entity) return true;
  return deprecation(index, earlier)?.replacedBy === later.entity;
}

/**
 * "X, also called Y", "X (known as Y)", "an X called Y", "X, a condition called Y": the naming cue right after a noun
 * phrase names that phrase, so the mention before it is named only when it heads the phrase or the phrase is its
 * appositive. In "a vector to insert a gene that encodes a receptor called a CAR" it names "a receptor", not the
 * vector. A cue after a verb ("X is called Y") names the clause's subject.
 */
function isNamed(words: readonly Word[], mention: Mention, cueAt: number): boolean {
  const previous = words[cueAt - 1];
  const phrases = nounPhrasesOf(words);
  // "antigen recognition, activation and costimulation, now known as second-generation CARs": a naming after the last
  // conjunct of a coordination may name the whole of it; which is named is not known.
  const link = words[(phrases.at(mention.from)?.from ?? mention.from) - 1]?.lower;
  if (link === 'and' || link === 'or') return false;
  const phrase = phrases.at(cueAt - 1);
  if (!previous || previous.punct || !phrase) return true;
  // Adverbs after a verb ("ICANS is sometimes called CRES"): the naming is the clause's predicate.
  if (isVerb(words[phrase.from - 1]) && !lexiconWords('determiners').has(words[phrase.from]!.lower)) return true;
  if (mention.to === phrase.to) return true;
  // An appositive: "neurotoxicity, a dangerous condition called CRS", "(neurotoxicity), a condition called …".
  let end = phrase.from - 1;
  if (words[end]?.lower !== ',') return false;
  if (words[end - 1]?.lower === ')') end--;
  return mention.to === end;
}

const STANDARD_LINKS = lexicon('grade-standard-links');
const STANDARD_VERBS = lexicon('grade-standard-verbs');
const GRADING_CUES = [...GRADED_WITH, ...lexicon('grading-use-cues')];
// A succession of scales ("before ASTCT 2019", "replaced", "formerly") tells history; a tense alone does not: a
// standard never used the scale it replaced, whenever the grading was done.
const SUCCESSION = lexicon('term-history-cues').filter((p) => p !== 'was' && p !== 'were');
const SPLITTING = new Set(['and', 'or', 'but', 'while', 'whereas', ';']);

/**
 * "Neurotoxicity was graded per ASTCT 2019 with the CARTOX-10 score", "CARTOX-10 is the score the ASTCT consensus uses
 * to grade ICANS": a replaced scale named as the scale of the very standard that defined its replacement. The standard
 * is the one followed (a link word before it, or a verb of use after it), the two stand in one clause with no
 * coordination between them, and nothing in the sentence tells a succession of scales.
 */
function replacedScaleUnderStandard(
  sentence: ClaimSentence,
  index: KnowledgeIndex,
  clause: Clause,
): { scale: Mention; standard: Mention; replacement: Entity } | undefined {
  const { words } = sentence;
  const clauseIndex = sentence.clauses.indexOf(clause);
  const inClause = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark && m.entity.type === 'grading');
  if (inClause.length < 2 || findPhrase(words, SUCCESSION)) return undefined;
  for (const scale of inClause) {
    const replacement = deprecation(index, scale)?.replacedBy;
    const definedBy = replacement?.definedBy;
    if (!replacement || !definedBy || definedBy.unverified || sentence.negatedAt(scale.from)) continue;
    for (const standard of inClause) {
      const own = standard.entity.definedBy;
      if (standard === scale || standard.entity === replacement || !own || own.unverified) continue;
      if (own.year !== definedBy.year || !own.bodies.some((b) => definedBy.bodies.includes(b))) continue;
      if (sentence.negatedAt(standard.from)) continue;
      const start = words[standard.from - 1]?.lower === 'the' ? standard.from - 1 : standard.from;
      const linked =
        STANDARD_LINKS.some((p) => phraseAt(words, start - p.split(' ').length, p)) &&
        findPhrase(words, GRADING_CUES, clause.from, clause.to) !== undefined;
      const using = STANDARD_VERBS.some((p) => phraseAt(words, standard.to, p));
      if (!linked && !using) continue;
      const from = Math.min(scale.to, standard.to);
      const to = Math.max(scale.from, standard.from);
      if (words.slice(from, to).some((w) => SPLITTING.has(w.lower))) continue;
      return { scale, standard, replacement };
    }
  }
  return undefined;
}

/** Whether `deprecation` finds one for a match. */
function isDeprecated(match: TermMatch): boolean {
  return (
    (match.entity.deprecated !== undefined && !match.entity.deprecated.unverified) ||
    (match.alias.kind === 'deprecated' && !match.alias.unverified)
  );
}

/** The deprecation behind a mention: its entity is deprecated, or the alias written is a deprecated one. */
function deprecation(
  index: KnowledgeIndex,
  mention: Mention,
): { replacedBy?: Entity; by: string; reason: string; sources: string[] } | undefined {
  const entity = mention.entity;
  if (entity.deprecated && !entity.deprecated.unverified) {
    return {
      replacedBy: index.entity(entity.deprecated.replacedBy),
      by: entity.deprecated.by,
      reason: entity.deprecated.reason,
      sources: entity.deprecated.sources,
    };
  }
  if (mention.match.alias.kind === 'deprecated' && !mention.match.alias.unverified) {
    return {
      replacedBy: entity,
      by: mention.match.alias.note ?? 'outdated',
      reason: `"${mention.match.text}" is no longer used.`,
      sources: mention.match.alias.sources ?? entity.sources,
    };
  }
  return undefined;
}

function currentTermIn(words: readonly Word[], from: number, to: number): { at: number; length: number } | undefined {
  for (let i = from; i < to; i++) {
    if (!CURRENT_ADJECTIVES.has(words[i]!.lower)) continue;
    for (let k = i + 1; k <= i + 3 && k < to && !words[k]!.punct; k++)
      if (TERM_NOUNS.has(words[k]!.lower)) return { at: i, length: k - i + 1 };
  }
  return undefined;
}

/**
 * ": CRS is a systemic inflammatory reaction …; ICANS is …": what each definition says the entity is, when both say
 * it in a few words ("X is …"), else nothing (the hover card has the definitions).
 */
function gloss(firstText: string, first: Entity, secondText: string, second: Entity): string {
  const budget = Math.max(0, (105 - firstText.length * 2 - secondText.length * 2) / 2);
  const a = kindOf(first, budget);
  const b = kindOf(second, budget);
  return a && b && budget >= 20 ? `: ${firstText} is ${a}; ${secondText} is ${b}` : '';
}

function kindOf(entity: Entity, max: number): string | undefined {
  const predicate = /^[^.]*?\b(?:is|are|means|refers to)\s+(.*)$/.exec(gist(entity.definition, 200))?.[1];
  return predicate ? gist(predicate.split(/[:;]/)[0]!, max) : undefined;
}
