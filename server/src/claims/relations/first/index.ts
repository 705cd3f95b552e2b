import type { KnowledgeIndex } from '../../../kb/index';
import type { Approval, Entity, First, Regulator } from '../../../kb/types';
import {
  anyUnverifiedApproval,
  approvalMatches,
  exclusionLiftedAmong,
  classesOf,
  classProducts,
  defaultRegulator,
  firstApprovals,
  therapiesOf,
  isCondition,
  isRecordedMember,
  label,
  monthYear,
  shortName,
  uniqueSources,
} from '../../knowledge';
import { appositiveAround, inLaterTimeAdjunct } from '../../adjunct';
import { cardinal, ordinal } from '../../numbers';
import { monthOf, qualifiersOf, type Qualifiers } from '../../qualifiers';
import { isYear } from '../../../util/text';
import { inAppositiveOfUnknownName } from '../../roles';
import { nounPhrasesOf } from '../../phrases';
import { lexicon, lexiconWords } from '../../lexicon';
import { wordClass } from '../../word-classes';
import type { ClaimSentence, Mention } from '../../sentence';
import { findAllPhrases, phraseAt, phraseStartingAt, type Word } from '../../words';
import type { Relation, RelationContext } from '../types';
import { fitting, gist, listWithin } from '../../../util/messages';
import { compareIsoDates } from '../../../util/sorted';

// "X was the first CAR-T approved (for Y)", "X became the first …", "the first solid-tumor CAR-T, X".
const FIRST_CUES = ['the first', 'the world s first', 'world s first', 'was first', 'first ever', 'the very first'];
// "Abecma was the second CAR-T approved": a later rank, judged from the order of first approvals in the class.
const RANKS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const RANK_CUES = RANKS.map((r) => `the ${r}`);
const RANK_NAMES = ['first', ...RANKS];
// A second predicate noun that carries its own restriction ("… and the only one for MZL").
const SCOPE_BREAKS = ['the only'];

// "The first 3 days", "the first dose", "the first patient": an ordinal of time or of events, not a first.
const NOT_A_FIRST = lexiconWords('not-a-first-nouns');
const QUANTIFIERS = lexiconWords('quantifiers');
// Words that open a relative with its pronoun left out ("the first CAR-T it approved"), never a head noun.
const CLOSED_CLASS = new Set([
  ...wordClass('personal-pronouns'),
  ...wordClass('pronoun-subjects'),
  ...wordClass('articles'),
]);

/** "among the first", "one of the first", "two of the first": a partitive before the cue at `at`. */
function partitiveBefore(words: readonly Word[], at: number): boolean {
  const before = words[at - 1]?.lower;
  if (before === 'among') return true;
  const count = words[at - 2]?.lower ?? '';
  return before === 'of' && (isNumber(count) || QUANTIFIERS.has(count));
}
// A count: digits, a cardinal word (cardinals.ts) or a word counting more than one ("several", "multiple").
const MANY = lexiconWords('count-many-words');
const isNumber = (word: string) => /^\d/.test(word) || cardinal(word) !== undefined || MANY.has(word);

// Words without which the relation has nothing to judge (a cheap test before any word-level work): the ranks its cues
// name.
const CUE_WORDS = new RegExp(RANK_NAMES.join('|'), 'i');
// A cue followed by a number counts time or events ("the first 27 days"): an ordinal not followed by one.
const FIRST_NOT_COUNTING = new RegExp(`(?:${RANK_NAMES.join('|')})(?!\\s\\d)`, 'i');

const relation: Relation = {
  meta: {
    id: 'first',
    regulated: true,
    description:
      'History and firsts ("the first CAR-T approved", "the first for myeloma"), from the firsts recorded and from approval dates within a class.',
    messages: {
      recordedFirst: '{{holder}} was the first {{first}}{{when}}, not {{product}}.{{ownFirsts}}',
      noneApproved: 'No {{kind}} is {{approved}}, so {{product}} cannot be the first.',
      earliestApproved:
        '{{holder}} was the first {{kind}} {{approved}} ({{indication}}, {{regulator}} {{date}}), not {{product}}.',
      notThatRank: '{{product}} was not the {{rank}} {{kind}} {{approved}}. In order of first approval: {{order}}.',
      rankUnapproved: '{{product}} is not {{approved}}, so it cannot be the {{rank}} {{kind}} {{approved}}.',
      firstApprovalDate: '{{product}} was first approved{{forWhat}} in {{month}} ({{regulator}} {{date}}).',
      landmarkDate: 'The first {{kind}} {{approved}} was {{holder}}, in {{month}}, not {{claimed}}.',
    },
  },
  // The holder of a first is a product or drug mention.
  applies: (text, mentions) =>
    mentions.some((m) => m.entity.type === 'product' || m.entity.type === 'drug') &&
    CUE_WORDS.test(text) &&
    FIRST_NOT_COUNTING.test(text),
  check(context) {
    const { sentence, index } = context;
    for (const clause of context.assertedClauses()) {
      const written = findAllPhrases(sentence.words, [...FIRST_CUES, ...RANK_CUES], clause.from, clause.to);
      const found = written.filter((c) => {
        let k = c.at + c.length;
        while (sentence.words[k]?.punct) k++; // "the first ~15 months"
        const after = sentence.words[k];
        return (
          !(after?.lower === 'line' && after.hyphenBefore) &&
          // "Cellectis' UCART19, the first allogeneic CAR-T": the first of a product the knowledge base does not know.
          !inAppositiveOfUnknownName(sentence, c.at, clause.from) &&
          !(after && ((NOT_A_FIRST.has(after.lower) && !modifiesClass(sentence, k)) || isNumber(after.lower)))
        );
      });
      // "on the same day as the first CAR-T", "since the first CAR-T approval in October 2017": a landmark names no
      // holder, so only a date written in it is judged.
      const landmarks = found.filter((c) => referenceLinkBefore(sentence.words, c.at));
      for (const landmark of landmarks) judgeLandmark(context, clause, landmark);
      const cues = found.filter((c) => !landmarks.includes(c));
      if (!cues.length) continue;
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && m.mark !== 'excluded');
      const products = mentions.filter((m) => m.entity.type === 'product' || m.entity.type === 'drug');
      if (products.length !== 1 || sentence.negatedAt(cues[0]!.at)) continue;
      const cue = cues[0]!;
      // "among the first CAR-Ts approved", "one of the first": one of several firsts, not the first.
      if (partitiveBefore(sentence.words, cue.at)) continue;
      // What the cue says comes before the next ordinal or "the only", judged or not: "the second gene therapy approved
      // and the first for NHL", "the third CAR-T approved and the first approved for MCL".
      // "Kymriah, the first CAR-T approved by the FDA, gained a lymphoma indication in 2018": an appositive's first is
      // scoped by the appositive alone; the clause's disease and date are another predicate's.
      const appositive = appositiveAround(sentence.words, cue.at);
      const scopeEnd = [...written, ...findAllPhrases(sentence.words, SCOPE_BREAKS, cue.at + cue.length, clause.to)]
        .filter((c) => c.at > cue.at)
        .reduce((end, c) => Math.min(end, c.at), Math.min(clause.to, appositive?.to ?? clause.to));
      const classMention = mentions.find(
        (m) => m.entity.type === 'therapy-class' && m.from >= cue.at && m.from < scopeEnd,
      );
      if (!understoodFirst(sentence, cue, classMention, scopeEnd)) continue;
      const rank = ordinal(cue.phrase.split(' ').pop()!) ?? 1;
      // A later rank needs its class right after it ("the second CAR-T"), not "the second indication … of CAR-T".
      if (rank > 1 && !(classMention && sentence.words.slice(cue.at + cue.length, classMention.from).length <= 2))
        continue;
      const product = products[0]!.entity;
      const cls =
        classMention?.entity ??
        classesOf(index, product.modality).find(
          (c) => !c.parents?.some((p) => index.entity(p)?.classModality === c.classModality),
        );
      if (!cls) continue;
      let condition = mentions.find(
        (m) => isCondition(m.entity) && m.from > cue.at && m.from < scopeEnd && m.mark !== 'negated',
      )?.entity;
      // "the first CAR-T approved for bladder cancer": a disease the knowledge base does not know is not judged.
      if (
        !condition &&
        sentence.unknownConditions.some((u) => u.clause === clauseIndex && u.from > cue.at && u.from < scopeEnd)
      )
        continue;
      // "the first CAR-T for that disease": the scope is a condition named earlier, or unknown.
      if (!condition && anaphoricScope(sentence.words, cue.at + cue.length, clause.to)) {
        condition = sentence.mentions.filter((m) => isCondition(m.entity) && m.to <= cue.at && !m.mark).pop()?.entity;
        if (!condition) continue;
      }
      // "In myeloma, Abecma was the first …", "Among BCMA CAR-Ts, …": a phrase fronted before the holder scopes it.
      const fronted = frontedScope(sentence, clause, products[0]!.from, mentions);
      if (fronted === 'unknown') continue;
      condition ??= fronted?.condition;
      // "the first BCMA-directed CAR-T": an antigen modifying the class narrows it to the products targeting it.
      const antigen =
        (classMention &&
          mentions.find((m) => m.entity.type === 'antigen' && m.from > cue.at && m.to <= classMention.from)?.entity) ??
        fronted?.antigen;
      const { regulator, line, ...qualified } = qualifiersOf(sentence, clause);
      const date =
        qualified.date &&
        !inLaterTimeAdjunct(sentence.words, qualified.date.at, cue.at) &&
        !(appositive && (qualified.date.at < appositive.from || qualified.date.at >= appositive.to))
          ? qualified.date
          : undefined;
      // "the first CAR-T approved in the second-line setting": among approvals usable in that line.
      const usable = (a: Approval) =>
        !line || line.only || a.minPriorLines === undefined || a.minPriorLines <= line.priorLines;
      const verdict = (on: RelationContext, within: Entity | undefined) => {
        if (rank > 1) judgeRank(on, index, product, rank, cls, antigen, within, regulator, usable);
        else if (judge(on, index, product, cls, antigen, within, regulator, usable))
          checkDate(on, index, product, within, regulator, date, usable);
      };
      // "Myeloma waited until 2021 for a CAR-T; Abecma was the first": a disease an earlier clause names may be the
      // first's scope, so the first is wrong only when it is wrong within that disease too.
      const earlier =
        !condition && !antigen
          ? sentence.mentions.find((m) => isCondition(m.entity) && m.clause < clauseIndex && !m.mark)?.entity
          : undefined;
      if (earlier && !reportsWithin(context, (quiet) => verdict(quiet, earlier))) continue;
      verdict(context, condition);
    }
  },
};
export default relation;

const REFERENCE_LINKS = lexicon('first-reference-links');

// "within a year of the first BCMA CAR-T": a span of time measured from the first.
const TIME_UNITS = lexiconWords('answer-duration-units');

/**
 * Whether a preposition of time or comparison or a verb of succession (data/lexicon/first-reference-links), or a span
 * of time and its "of", ends just before word `at`.
 */
function referenceLinkBefore(words: readonly Word[], at: number): boolean {
  if (words[at - 1]?.lower === 'of' && TIME_UNITS.has(words[at - 2]?.lower ?? '')) return true;
  return REFERENCE_LINKS.some((link) => {
    const length = link.split(' ').length;
    return at - length >= 0 && phraseAt(words, at - length, link);
  });
}

/**
 * "Since the first CAR T-cell approval in October 2017, …": the date written right after a landmark's class (and its
 * approval noun) is when the first of the class was approved, judged from the approval dates within the class.
 */
function judgeLandmark(
  context: RelationContext,
  clause: { from: number; to: number },
  cue: { at: number; length: number },
) {
  const { sentence, index } = context;
  const { words } = sentence;
  if (sentence.negatedAt(cue.at)) return;
  const neutral = lexiconWords('first-modifiers');
  let at = cue.at + cue.length;
  while (at < clause.to && neutral.has(words[at]!.lower)) at++;
  const cls = sentence.mentions.find((m) => m.from === at && m.entity.type === 'therapy-class' && !m.mark);
  if (!cls) return;
  let after = cls.to;
  if (OWN_APPROVAL.has(words[after]?.lower ?? '')) after++;
  if (words[after]?.lower !== 'in' && words[after]?.lower !== 'on') return;
  // Read here: a fronted "Since …" date is the start of a period to the clause's qualifiers, not an event's date.
  const date = dateAfter(words, after + 1);
  if (!date) return;
  const { regulator } = qualifiersOf(sentence, clause);
  const ranked = classProducts(index, cls.entity, undefined, regulator);
  if (!ranked) return;
  const keep = (a: Approval) => approvalMatches(index, a, undefined, regulator);
  if (anyUnverifiedApproval(ranked.members, keep)) return;
  const earliest = firstApprovals(ranked.members, keep)[0];
  if (!earliest || !isRecordedMember(cls.entity, earliest.member)) return;
  const [year, month] = earliest.approval.date.split('-').map(Number);
  if (year === date.year && (date.month === undefined || month === date.month)) return;
  const by = regulator ? `${regulator}-approved` : 'approved';
  context.report({
    messageId: 'landmarkDate',
    data: {
      kind: ranked.kind,
      approved: by,
      holder: label(index, earliest.member),
      month: monthYear(earliest.approval.date),
      claimed: words
        .slice(date.at, date.to)
        .map((w) => w.text)
        .join(' '),
    },
    sources: uniqueSources(earliest.approval.sources),
    correction: `The first ${ranked.kind} ${by} was ${label(index, earliest.member)} (${monthYear(earliest.approval.date)}).`,
  });
}

/** "October 2017", "30 August 2017", "2017" starting at word `at`. */
function dateAfter(
  words: readonly Word[],
  at: number,
): { year: number; month?: number; at: number; to: number } | undefined {
  let k = at;
  if (/^\d{1,2}$/.test(words[k]?.lower ?? '')) k++;
  const month = monthOf(words[k]?.lower ?? '');
  if (month !== undefined) k++;
  if (/^\d{1,2}$/.test(words[k]?.lower ?? '')) k++;
  if (words[k]?.lower === ',') k++;
  return words[k] && isYear(words[k]!.lower) ? { year: Number(words[k]!.lower), month, at, to: k + 1 } : undefined;
}

/** Whether `run` reports anything, its reports kept from the sentence's findings. */
function reportsWithin(context: RelationContext, run: (quiet: RelationContext) => void): boolean {
  let reported = false;
  run(
    Object.assign(Object.create(context) as RelationContext, {
      report() {
        reported = true;
      },
    }),
  );
  return reported;
}

const SCOPE_OPENERS = lexicon('first-scope-openers');
const SET_OPENERS = lexicon('comparison-set-openers');

/**
 * The disease or antigen a phrase fronted before the holder names ("In multiple myeloma, Abecma was the first …"),
 * undefined when there is none or it names neither (a date, a place), or 'unknown' when it names a set the knowledge
 * base does not record ("Among lentiviral products, …").
 */
function frontedScope(
  sentence: ClaimSentence,
  clause: { from: number },
  holderAt: number,
  mentions: readonly Mention[],
): { condition?: Entity; antigen?: Entity } | 'unknown' | undefined {
  const { words } = sentence;
  const set = phraseStartingAt(words, clause.from, SET_OPENERS);
  const opener = set ?? phraseStartingAt(words, clause.from, SCOPE_OPENERS);
  if (!opener) return undefined;
  let comma = clause.from + opener.length;
  while (comma < holderAt && words[comma]!.lower !== ',') comma++;
  if (comma >= holderAt) return undefined;
  const inside = mentions.filter((m) => m.from >= clause.from && m.to <= comma && m.mark !== 'negated');
  const condition = inside.find((m) => isCondition(m.entity))?.entity;
  const antigen = inside.find((m) => m.entity.type === 'antigen')?.entity;
  if (condition || antigen) return { condition, antigen };
  return set ? 'unknown' : undefined;
}

// After a headless first ("X was the first to be approved", "the first for NHL", "was first approved in 2017").
const HEADLESS_NEXT = new Set(['approved', 'approval', 'to', 'for', 'in', 'by', 'of', ',', '.', ';', ')']);
const OWN_APPROVAL = new Set(['approval', 'approvals', 'authorization', 'authorisation', 'licence', 'license']);

/**
 * The first is one the claim check understands: "the first [neutral modifiers] <class> [approved, for, by, in …]"
 * or a headless first. A first of another noun ("the first nationwide study", "the first approvals"), a class
 * narrowed by an unknown modifier ("the first T cell receptor gene therapy") or by a restricting phrase after it
 * ("the first CAR-T approved without a REMS") is not judged.
 */
function understoodFirst(
  sentence: ClaimSentence,
  cue: { at: number; length: number },
  classMention: Mention | undefined,
  scopeEnd: number,
): boolean {
  const { words } = sentence;
  const after = cue.at + cue.length;
  // The phrase from `from`, up to a comma or the end of the cue's scope.
  const phraseEnd = (from: number) => {
    let end = from;
    while (end < scopeEnd && words[end]!.lower !== ',' && words[end]!.lower !== ';') end++;
    return end;
  };
  // "the first approval of Yescarta": the product's own earliest approval, not its rank among products.
  if (OWN_APPROVAL.has(words[after]?.lower ?? '') && words[after + 1]?.lower === 'of') return false;
  // "the first approval date", "the first approval letter": the approval noun premodifies the head the first orders.
  if (OWN_APPROVAL.has(words[after]?.lower ?? '') && premodifiesHead(words, after)) return false;
  // "one of the first in the region to offer Aucatzyl": a headless first that does something else to the product is
  // a first of its own subject (a centre, a doctor), not the product's.
  if (!classMention)
    return HEADLESS_NEXT.has(words[after]?.lower ?? '.') && !restrictingInfinitive(words, after, phraseEnd(after));
  const neutral = lexiconWords('first-modifiers');
  // "the first BCMA CAR-T", "the first myeloma CAR-T": an antigen or a disease before the class narrows it as a
  // prepositional phrase after it would.
  for (let i = after; i < classMention.from; i++)
    if (!modifierMentionAt(sentence, i) && !neutral.has(words[i]!.lower)) return false;
  // "the first CD19 CAR-T trial": another noun after the class is the head the first orders.
  if (headAfterClass(words, classMention.to)) return false;
  const end = phraseEnd(classMention.to);
  // "in that disease": after a preposition "that" is a determiner, not a relative pronoun.
  const restricted = findAllPhrases(words, lexicon('first-restrictors'), classMention.to, end).some(
    (hit) => !(hit.phrase === 'that' && PREPOSITIONS.has(words[hit.at - 1]?.lower ?? '')),
  );
  // "with two BCMA-binding domains": a counted property narrows the class as "with a" does.
  const counted = words.some(
    (w, i) => i >= classMention.to && i + 1 < end && w.lower === 'with' && isNumber(words[i + 1]!.lower),
  );
  return !restricted && !counted && !restrictingInfinitive(words, classMention.to, end);
}

/**
 * "the first approved CAR-T": a neutral modifier that is also a head of its own ("the first approved dose"), at `at`,
 * followed by a therapy class within its noun phrase's modifiers.
 */
function modifiesClass(sentence: ClaimSentence, at: number): boolean {
  const neutral = lexiconWords('first-modifiers');
  if (!neutral.has(sentence.words[at]!.lower)) return false;
  let k = at + 1;
  for (;;) {
    if (sentence.mentions.some((m) => m.entity.type === 'therapy-class' && m.from === k)) return true;
    const modifier = modifierMentionAt(sentence, k);
    if (modifier) k = modifier.to;
    else if (neutral.has(sentence.words[k]?.lower ?? '')) k++;
    else return false;
  }
}

/** The antigen or disease mention covering word `at`: it narrows a class it premodifies ("the first myeloma CAR-T"). */
function modifierMentionAt(sentence: ClaimSentence, at: number): Mention | undefined {
  return sentence.mentions.find(
    (m) => (m.entity.type === 'antigen' || isCondition(m.entity)) && m.from <= at && at < m.to,
  );
}

/**
 * Whether a noun other than a class head (data/lexicon/first-class-heads) follows the class ending at `at` in its noun
 * phrase: "the first CD19 CAR-T trial" orders trials, "the first CAR-T product" products.
 */
function headAfterClass(words: readonly Word[], at: number): boolean {
  const next = words[at];
  const phrases = nounPhrasesOf(words);
  if (!next || next.punct || !phrases.at(at) || phrases.at(at) !== phrases.at(at - 1)) return false;
  // "the first CAR-T it approved": a relative whose pronoun is left out starts at a closed-class word.
  if (CLOSED_CLASS.has(next.lower)) return false;
  return (
    !lexiconWords('first-class-heads').has(next.lower) &&
    !lexiconWords('first-modifiers').has(next.lower) &&
    !/ed$/.test(next.lower)
  );
}

/**
 * Whether the noun at `at` premodifies a later head of its noun phrase ("approval date"): the next word is in the same
 * phrase and is neither a neutral modifier ("ever") nor a participle ("granted").
 */
function premodifiesHead(words: readonly Word[], at: number): boolean {
  const next = words[at + 1];
  const phrases = nounPhrasesOf(words);
  if (!next || !phrases.at(at) || phrases.at(at + 1) !== phrases.at(at)) return false;
  return !lexiconWords('first-modifiers').has(next.lower) && !/ed$/.test(next.lower);
}

/** "the first BCMA CAR-T in myeloma to employ …": an infinitive after the class that is not reaching the market. */
function restrictingInfinitive(words: readonly Word[], from: number, to: number): boolean {
  const market = lexicon('first-market-infinitives');
  for (let i = from; i + 1 < to; i++)
    if (words[i]!.lower === 'to' && !words[i + 1]!.punct && !phraseStartingAt(words, i + 1, market)) return true;
  return false;
}
const PREPOSITIONS = new Set(['in', 'for', 'of', 'with', 'to', 'at', 'on', 'by', 'from', 'within']);

const ANAPHORS = new Set(['that', 'this', 'the', 'its', 'such', 'these', 'those', 'their']);
const SCOPE_NOUNS = new Set([
  'disease',
  'diseases',
  'indication',
  'indications',
  'condition',
  'conditions',
  'cancer',
  'cancers',
  'setting',
  'malignancy',
  'tumor',
  'tumors',
  'tumour',
  'tumours',
  'population',
  'lymphoma',
  'leukemia',
]);

/** "for that disease", "in this indication" after the cue: a first within a condition the sentence names elsewhere. */
function anaphoricScope(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i + 2 < to; i++) {
    if (
      (words[i]!.lower === 'for' || words[i]!.lower === 'in') &&
      ANAPHORS.has(words[i + 1]?.lower ?? '') &&
      SCOPE_NOUNS.has(words[i + 2]?.lower ?? '')
    )
      return true;
  }
  return false;
}

/** Reports when the product was not the first; true when it was (so the date can be checked). */
function judge(
  context: RelationContext,
  index: KnowledgeIndex,
  product: Entity,
  cls: Entity,
  antigen: Entity | undefined,
  condition: Entity | undefined,
  regulator: Regulator | undefined,
  usable: (a: Approval) => boolean,
): boolean {
  const sameScope = (f: First) =>
    (f.class === cls.id || (!f.class && index.isA(cls.id, f.class ?? ''))) &&
    (!regulator || !f.regulator || f.regulator === regulator) &&
    (condition
      ? f.indication !== undefined && index.isA(f.indication, condition.id) && index.isA(condition.id, f.indication)
      : f.indication === undefined);
  // Recorded firsts carry no line of therapy nor antigen: with either named, the approval dates decide.
  const lineNamed = !usable({ minPriorLines: Number.MAX_SAFE_INTEGER } as Approval);
  const recorded =
    lineNamed || antigen
      ? []
      : therapiesOf(index).flatMap((e) =>
          (e.firsts ?? []).filter((f) => !f.unverified && sameScope(f)).map((f) => ({ entity: e, first: f })),
        );
  // Several firsts in one scope ("first BCMA CAR-T for second-line myeloma"): the earliest is the first.
  recorded.sort((a, b) => compareIsoDates(a.first.date ?? '', b.first.date ?? ''));
  const holder = recorded[0];
  // A first the product holds in a recorded sense of its own (Amtagvi, the FDA's "first cellular therapy" for a solid
  // tumor, after sipuleucel-T in 2010) bears the claim out even though another holder is earlier.
  if (
    holder &&
    (holder.entity === product ||
      recorded.some((r) => r.entity === product && (r.first.date === holder.first.date || r.first.sense !== undefined)))
  )
    return true;
  if (holder) {
    context.report({
      messageId: 'recordedFirst',
      data: {
        holder: label(index, holder.entity),
        first: gist(holder.first.text, 70),
        when: holder.first.date
          ? ` (${holder.first.regulator ? `${holder.first.regulator}, ` : ''}${holder.first.date})`
          : '',
        product: label(index, product),
        // Only when the message stays one short line.
        ownFirsts: holder.first.text.length + ownFirsts(index, product).length < 90 ? ownFirsts(index, product) : '',
      },
      sources: uniqueSources(holder.first.sources, ...(product.firsts ?? []).map((f) => f.sources)),
      correction: `${label(index, holder.entity)} was the first ${holder.first.text}${holder.first.date ? ` (${monthYear(holder.first.date)})` : ''}.`,
    });
    return false;
  }
  // No recorded first: derive it from approval dates within the class (complete for cell-therapy products).
  const ranked = classProducts(index, cls, antigen, regulator);
  if (!ranked) return false;
  const { members, kind } = ranked;
  // A limitation of use lifted since: who came first for that disease is not on record.
  if (condition && exclusionLiftedAmong(index, members, condition.id, regulator)) return false;
  const keep = (a: Approval) => usable(a) && approvalMatches(index, a, condition, regulator);
  const dated = firstApprovals(members, keep);
  const earliest = dated[0];
  // An unverified approval date is taken as uncertain within its month: it decides nothing unless a later month.
  const uncertain = (a: Approval) =>
    a.unverified !== undefined && a.date.slice(0, 7) <= (earliest?.approval.date ?? '').slice(0, 7);
  if (anyUnverifiedApproval(members, (a) => keep(a) && (!earliest || uncertain(a)))) return false;
  const forWhat = `${condition ? ` for ${condition.name}` : ''}${lineNamed ? ' in that line of therapy' : ''}`;
  const by = regulator ? `${regulator}-approved` : 'approved';
  if (!earliest) {
    context.report({
      messageId: 'noneApproved',
      data: { kind, approved: `${by}${forWhat}`, product: label(index, product) },
      sources: uniqueSources(...members.flatMap((m) => (m.approvals ?? []).map((a: Approval) => a.sources))),
      correction: `No ${kind} is ${by}${forWhat}.`,
    });
    return false;
  }
  if (
    earliest.member === product ||
    dated.some((d) => d.member === product && d.approval.date === earliest.approval.date)
  )
    return true;
  // A member admitted only because the class's property is unrecorded for it cannot be named as the first.
  if (!isRecordedMember(cls, earliest.member)) return false;
  context.report({
    messageId: 'earliestApproved',
    data: {
      holder: label(index, earliest.member),
      kind,
      approved: `${by}${forWhat}`,
      indication: shortName(index, earliest.approval.indication),
      regulator: earliest.approval.regulator,
      date: earliest.approval.date,
      product: label(index, product),
    },
    sources: uniqueSources(earliest.approval.sources),
    correction: `${label(index, earliest.member)} was the first ${kind} ${by}${forWhat} (${monthYear(earliest.approval.date)}).`,
  });
  return false;
}

/**
 * "X was the second CAR-T approved (for Y)": the order of first approvals `rank` is judged against, and whether the
 * product holds that place; undefined when the order is uncertain (an unverified approval, a member whose class
 * property is unrecorded).
 */
function rankOrder(
  index: KnowledgeIndex,
  product: Entity,
  rank: number,
  cls: Entity,
  antigen: Entity | undefined,
  condition: Entity | undefined,
  regulator: Regulator | undefined,
  usable: (a: Approval) => boolean,
) {
  const ranked = classProducts(index, cls, antigen, regulator);
  if (!ranked) return undefined;
  if (condition && exclusionLiftedAmong(index, ranked.members, condition.id, regulator)) return undefined;
  const keep = (a: Approval) => usable(a) && approvalMatches(index, a, condition, regulator);
  if (anyUnverifiedApproval(ranked.members, keep)) return undefined;
  const firstDates = firstApprovals(ranked.members, keep);
  // A member whose class property is unrecorded makes every place uncertain.
  if (firstDates.some((d) => !isRecordedMember(cls, d.member))) return undefined;
  const own = firstDates.find((d) => d.member === product);
  // Tied dates share a place: the rank is one more than the number approved strictly earlier.
  const holds =
    !!own &&
    rank >= 1 + firstDates.filter((d) => d.approval.date < own.approval.date).length &&
    rank <= firstDates.filter((d) => d.approval.date <= own.approval.date).length;
  return { kind: ranked.kind, firstDates, own, holds };
}

function judgeRank(
  context: RelationContext,
  index: KnowledgeIndex,
  product: Entity,
  rank: number,
  cls: Entity,
  antigen: Entity | undefined,
  condition: Entity | undefined,
  regulator: Regulator | undefined,
  usable: (a: Approval) => boolean,
): void {
  // "Carvykti was the sixth CAR-T approved": with no regulator named, a place that holds in the default regulator's
  // record is not contradicted by the order over every regulator.
  const fallback = regulator ? undefined : defaultRegulator(index);
  if (fallback && rankOrder(index, product, rank, cls, antigen, condition, fallback, usable)?.holds !== false) return;
  const order = rankOrder(index, product, rank, cls, antigen, condition, regulator, usable);
  if (!order || order.holds) return;
  const { kind, firstDates, own } = order;
  const by = regulator ? `${regulator}-approved` : 'approved';
  const forWhat = condition ? ` for ${condition.name}` : '';
  const holder = firstDates[rank - 1];
  const shown = firstDates.slice(0, Math.max(rank, own ? firstDates.indexOf(own) + 1 : 0));
  const orderWithin = (max: number, yearOnly: boolean) =>
    listWithin(
      shown.map(
        (d) => `${label(index, d.member)} (${yearOnly ? d.approval.date.slice(0, 4) : monthYear(d.approval.date)})`,
      ),
      max,
    );

  context.report({
    messageId: own ? 'notThatRank' : 'rankUnapproved',
    data: fitting(
      'first',
      relation.meta.messages,
      own ? 'notThatRank' : 'rankUnapproved',
      (
        [
          [70, false],
          [70, true],
          [45, true],
          [20, true],
        ] as const
      ).map(([max, yearOnly]) => ({
        product: label(index, product),
        rank: RANK_NAMES[rank - 1]!,
        kind,
        approved: `${by}${forWhat}`,
        order: orderWithin(max, yearOnly),
      })),
    ),
    sources: uniqueSources(
      ...shown.map((d) => d.approval.sources),
      ...(own ? [] : (product.approvals ?? []).map((a) => a.sources)),
    ),
    correction: holder
      ? `${label(index, holder.member)} was the ${RANK_NAMES[rank - 1]} ${kind} ${by}${forWhat} (${monthYear(holder.approval.date)}).`
      : undefined,
  });
}

/** "X was the first … in 2019": the year (and month) of X's earliest matching approval. */
function checkDate(
  context: RelationContext,
  index: KnowledgeIndex,
  product: Entity,
  condition: Entity | undefined,
  regulator: Regulator | undefined,
  date: Qualifiers['date'],
  usable: (a: Approval) => boolean,
): void {
  if (!date) return;
  if (condition && exclusionLiftedAmong(index, [product], condition.id, regulator)) return;
  const first = firstApprovals([product], (a) => usable(a) && approvalMatches(index, a, condition, regulator))[0]
    ?.approval;
  if (!first) return;
  const [year, month] = first.date.split('-').map(Number);
  if (year === date.year && (date.month === undefined || month === date.month)) return;
  context.report({
    messageId: 'firstApprovalDate',
    data: {
      product: label(index, product),
      forWhat: condition ? ` for ${condition.name}` : '',
      month: monthYear(first.date),
      regulator: first.regulator,
      date: first.date,
    },
    sources: uniqueSources(first.sources),
    correction: `${label(index, product)} was first approved${condition ? ` for ${condition.name}` : ''} in ${monthYear(first.date)}.`,
  });
}

function ownFirsts(index: KnowledgeIndex, product: Entity): string {
  const own = (product.firsts ?? []).filter((f) => !f.unverified);
  return own.length
    ? ` ${label(index, product)} was the first ${own.map((f) => f.text).join('; and the first ')}.`
    : '';
}
