import type { KnowledgeIndex } from '../kb/index';
import type { Entity } from '../kb/types';
import { type Clause, isParticiple } from './clauses';
import { designIn, hasProperty, type DesignProperty } from './design';
import {
  defaultRegulator,
  isCondition,
  isJudgeableClass,
  label,
  shortName,
  membersOf,
  regulatorOf,
  therapiesOf,
} from './knowledge';
import { exceptionAfter } from './negation';
import { countryRegulatorSpanAt } from './qualifiers';
import type { ClaimSentence, Mention } from './sentence';
import { lexicon, lexiconWords } from './lexicon';
import { isTherapyHead, isVerb, nounPhrasesOf } from './phrases';
import { longestPhraseStartingAt, phraseAt, type Word } from './words';
import { wordClass } from './word-classes';

export type Quantifier = 'all' | 'some' | 'generic';

/** Generic nouns that, quantified ("no drug", "any treatment"), stand for every therapy in the knowledge base. */
const GENERIC_THERAPY_NOUNS = new Set([
  'drug',
  'drugs',
  'treatment',
  'treatments',
  'therapy',
  'therapies',
  'agent',
  'agents',
  'medication',
  'medications',
  'medicine',
  'medicines',
  'product',
  'products',
]);

/** A therapy the clause talks about: a product, a drug, a class, or "no drug". */
export interface TherapyRef {
  /** The mention, or undefined for a generic noun ("no drug"). */
  mention?: Mention;
  /** Word range of the phrase. */
  from: number;
  to: number;
  name: string;
  /** Products/drugs the claim is about (a class's members, filtered by its modifiers). */
  members: Entity[];
  isClass: boolean;
  quantifier: Quantifier;
  /** "approved CAR-Ts", "FDA-approved CAR-Ts": the claim is about approved members only. */
  approvedOnly: boolean;
  /** Antigen entities written as modifiers ("BCMA-directed CAR-T"). */
  antigens: Entity[];
  /** Design properties written as modifiers ("allogeneic CAR-Ts"). */
  design: DesignProperty[];
  /** Conditions written as modifiers ("solid-tumor CAR-T"). */
  conditions: Entity[];
  /** A restrictor places the class under a regulator other than the default one ("CAR-Ts approved in China"). */
  elsewhere?: true;
  /** "no other CAR-T" in a sentence naming no therapy before it: the members it sets apart are not known. */
  apartUnnamed?: true;
}

const QUANTIFIER_ALL = wordClass('universal-quantifiers');
const QUANTIFIER_SOME = new Set([
  'some',
  'many',
  'most',
  'several',
  'certain',
  'few',
  'other',
  'investigational',
  'experimental',
]);

// Several relations read the same clause's subjects: found once per clause (callers only read them).
const subjectsByClause = new WeakMap<Clause, { index: KnowledgeIndex; refs: readonly TherapyRef[] }>();

/**
 * The subjects of a clause: its products and drugs when it names any (a class next to them describes
 * them: "Tecelra is a TCR-T"), else its therapy classes. Excluded mentions ("unlike X") are left out.
 */
export function therapiesIn(sentence: ClaimSentence, clause: Clause, index: KnowledgeIndex): readonly TherapyRef[] {
  const known = subjectsByClause.get(clause);
  if (known?.index === index) return known.refs;
  const refs = findTherapies(sentence, clause, index);
  subjectsByClause.set(clause, { index, refs });
  return refs;
}

function findTherapies(sentence: ClaimSentence, clause: Clause, index: KnowledgeIndex): TherapyRef[] {
  const clauseIndex = sentence.clauses.indexOf(clause);
  // "this cell therapy" with nothing before it to stand for: the clause's subject is not understood.
  if (sentence.unresolvedTherapies.some((u) => u.clause === clauseIndex)) return [];
  const mentions = sentence.mentions.filter(
    (m) => m.clause === clauseIndex && m.mark !== 'excluded' && !modifiesNounAfter(sentence.words, m),
  );
  const products = mentions.filter((m) => m.entity.type === 'product' || m.entity.type === 'drug');
  if (products.length) return products.map((m) => productRef(m));
  const classes = mentions.filter(
    (m) =>
      isJudgeableClass(index, m.entity) &&
      !isElidedSubjectPredicate(sentence.words, clause, m.from) &&
      !namesConstruct(sentence.words, m),
  );
  // A class narrowed by a modifier not understood ("universal CAR-T cells", "in-vivo CAR-T") names a subclass the
  // knowledge base does not resolve: the clause's subjects are not all understood, so none is judged.
  if (classes.length) {
    const refs = classes.map((m) => classRef(sentence, clause, m, index, mentions));
    return refs.some(
      (ref) =>
        ref.elsewhere ||
        ref.apartUnnamed ||
        hasUnknownModifier(sentence, ref) ||
        hasUnknownPostmodifier(sentence, clause, ref),
    )
      ? []
      : refs;
  }
  const generic = genericRef(sentence, clause, index);
  return generic && !hasUnknownPostmodifier(sentence, clause, generic) ? [generic] : [];
}

/**
 * "TIL 1383I TCR gene-modified T cells", "tumor-infiltrating lymphocyte (TIL) 1383I …": a class word followed by a code
 * (letters and digits in one word) names one construct, not the class.
 */
function namesConstruct(words: readonly Word[], mention: Mention): boolean {
  let next = mention.to;
  if (words[next]?.lower === '(' && words[next + 2]?.lower === ')') next += 3;
  const word = words[next];
  return !!word && !word.punct && /\d/.test(word.text) && /[a-z]/i.test(word.text);
}

/**
 * "CAR T cell-induced CRS", "steroid-refractory ICANS", "lenalidomide refractory myeloma": a therapy joined to a cause
 * participle or to an adjective of treatment history (data/lexicon: cause-participles, therapy-modifier-adjectives)
 * modifies the noun after it and is not a subject. Without a hyphen, the adjective must be followed by that noun
 * ("Kymriah, based on ELIANA, …" keeps its subject).
 */
function modifiesNounAfter(words: readonly Word[], mention: Mention): boolean {
  const next = words[mention.to];
  if (!next) return false;
  if (next.hyphenBefore && lexiconWords('cause-participles').has(next.lower)) return true;
  if (!lexiconWords('therapy-modifier-adjectives').has(next.lower)) return false;
  const noun = words[mention.to + 1];
  return next.hyphenBefore || (!!noun && !noun.punct && !isVerb(noun) && !NOUN_PHRASE_BOUNDARIES.has(noun.lower));
}
const NOUN_PHRASE_BOUNDARIES = lexiconWords('noun-phrase-boundaries');

const COPULAS = wordClass('be-finite');
const PRONOUNS = new Set(['it', 'they']);
const FINITE_OPENERS = new Set([...COPULAS, 'has', 'have', 'had', 'does', 'do', 'did']);

/**
 * "…, but is not a CAR-T and is not FDA-approved": in a clause whose subject was left out or is a pronoun (it opens
 * with its verb, or "it"/"they" and the verb), a class after "is (not) a" is what the subject is or is not, never
 * the subject of the clause.
 */
function isElidedSubjectPredicate(words: readonly Word[], clause: Clause, at: number): boolean {
  const verbAt = PRONOUNS.has(words[clause.from]?.lower ?? '') ? clause.from + 1 : clause.from;
  if (!FINITE_OPENERS.has(words[verbAt]?.lower ?? '')) return false;
  let k = at - 1;
  if (words[k]?.lower !== 'a' && words[k]?.lower !== 'an') return false;
  k--;
  if (words[k]?.lower === 'not') k--;
  return k >= clause.from && COPULAS.has(words[k]!.lower);
}

// A product code ("MB-CART19.1", "KYV-101"): letters and digits in one word.
const CODE_SHAPE = /[a-z].*\d|\d.*[a-z]/i;

/**
 * The class subject opens an appositive (", a/an <class>") of a name no mention covers ("MB-CART19.1, an autologous
 * cellular immunotherapy of T cells engineered with a CAR"): what follows describes a product the knowledge base does
 * not know, a member its class lists lack, so it says nothing of the members it has.
 */
export function describesUnknownName(sentence: ClaimSentence, ref: TherapyRef): boolean {
  const { words } = sentence;
  if (!ref.isClass || !ref.mention) return false;
  let k = ref.mention.from - 1;
  while (k >= 0 && !words[k]!.punct && words[k]!.lower !== 'a' && words[k]!.lower !== 'an') k--;
  return k >= 2 && !words[k]!.punct && unknownNameBefore(sentence, k - 1);
}

const APPOSITIVE_ARTICLES = wordClass('articles');

/**
 * Word `at` stands in an appositive (", a/an/the …" up to `at`, no verb between) of a name no mention covers ("Cellectis'
 * UCART19, the first allogeneic CAR-T, had entered trials"): what it says is that product's, not a named subject's.
 */
export function inAppositiveOfUnknownName(sentence: ClaimSentence, at: number, from: number): boolean {
  const { words } = sentence;
  for (let k = at; k > from; k--) {
    const word = words[k]!;
    if (APPOSITIVE_ARTICLES.has(word.lower) && words[k - 1]!.lower === ',') return unknownNameBefore(sentence, k - 1);
    if (word.punct || isVerb(word)) return false;
  }
  return false;
}

/** The word before the comma at `comma` ends a name no mention covers: a product code, or a capitalised word. */
function unknownNameBefore(sentence: ClaimSentence, comma: number): boolean {
  const { words } = sentence;
  if (words[comma]?.lower !== ',' || comma < 1) return false;
  // The host word with the parts a hyphen joins to it ("KYV" "101").
  let from = comma - 1;
  while (from > 0 && words[from]!.hyphenBefore) from--;
  if (words[comma - 1]!.punct || sentence.mentions.some((m) => m.from <= comma - 1 && from < m.to)) return false;
  const host = sentence.text.slice(words[from]!.start - sentence.start, words[comma - 1]!.end - sentence.start);
  const capitalised = from > 0 && !words[from - 1]!.punct && host !== host.toLowerCase();
  return !/^\d+$/.test(host) && (CODE_SHAPE.test(host) || capitalised);
}

function productRef(mention: Mention): TherapyRef {
  return {
    mention,
    from: mention.from,
    to: mention.to,
    name: mention.match.text,
    members: [mention.entity],
    isClass: false,
    quantifier: 'all',
    approvedOnly: false,
    antigens: [],
    design: [],
    conditions: [],
  };
}

function classRef(
  sentence: ClaimSentence,
  clause: Clause,
  mention: Mention,
  index: KnowledgeIndex,
  mentions: readonly Mention[],
): TherapyRef {
  const { words } = sentence;
  // Modifiers: the words before the class back to a determiner, a verb or the clause start.
  let from = mention.from;
  // "has approved CAR-T": a participle after an auxiliary is the verb, not a modifier.
  // "BCMA- and CD19-directed CAR-Ts": a coordinator after a dangling hyphen joins two modifiers.
  const suspended = (k: number) =>
    (words[k]!.lower === 'and' || words[k]!.lower === 'or') &&
    k > 0 &&
    /[-‐‑–]\s*$/.test(sentence.text.slice(words[k - 1]!.end - sentence.start, words[k]!.start - sentence.start));
  // "B-cell maturation antigen (BCMA)- and CD19-directed": a bracketed abbreviation inside the modifiers.
  const openingParen = (k: number) => {
    for (let j = k - 1; j >= Math.max(clause.from, k - 4); j--) if (words[j]!.lower === '(') return j;
    return -1;
  };
  while (from > clause.from) {
    const open = words[from - 1]!.lower === ')' ? openingParen(from - 1) : -1;
    if (open > clause.from && isModifierWord(words[open - 1]!, mentions)) {
      from = open;
      continue;
    }
    if (
      !(isModifierWord(words[from - 1]!, mentions) || suspended(from - 1)) ||
      AUXILIARIES.has(words[from - 2]?.lower ?? '')
    )
      break;
    from--;
  }
  const modifierWords = words.slice(from, mention.from);
  const inModifiers = (m: Mention) => m.from >= from && m.to <= mention.from;
  const antigens = mentions
    .filter((m) => (inModifiers(m) || postModifies(words, mention, m)) && m.entity.type === 'antigen')
    .map((m) => m.entity);
  const conditions = mentions.filter((m) => inModifiers(m) && isCondition(m.entity)).map((m) => m.entity);
  const design = designIn(words, from, mention.from);
  let approvedOnly = modifierWords.some(
    (w) => w.lower === 'approved' || w.lower === 'licensed' || w.lower === 'marketed' || w.lower === 'commercial',
  );
  const determiner = words[from - 1]?.lower ?? '';
  const quantifier: Quantifier =
    QUANTIFIER_ALL.has(determiner) || QUANTIFIER_ALL.has(modifierWords[0]?.lower ?? '')
      ? 'all'
      : QUANTIFIER_SOME.has(determiner) || modifierWords.some((w) => QUANTIFIER_SOME.has(w.lower))
        ? 'some'
        : 'generic';
  let members = membersOf(index, mention.entity);
  // "no other CAR-T", "any other CAR-T": the class less the therapies the sentence names before it. With none named
  // there, what it sets apart is not understood.
  const apart = setApartBy(words, clause, from, sentence.mentions, mention);
  if (apart) members = members.filter((m) => !apart.includes(m));
  if (antigens.length) members = members.filter((p) => antigens.some((a) => p.design?.targets.includes(a.id)));
  for (const property of design) members = members.filter((p) => hasProperty(p, property) !== false);
  // "CAR T-cell products": the head noun after the class belongs to the subject.
  let to = mention.to;
  while (to < clause.to && isTherapyHead(words[to]) && !words[to]!.hyphenBefore) to++;
  const restrictor = approvalRestrictor(sentence, clause, to, index);
  if (restrictor) {
    to = restrictor.to;
    approvedOnly = true;
  }
  return {
    mention,
    from,
    to,
    name: mention.match.text,
    members,
    isClass: true,
    quantifier,
    approvedOnly,
    antigens,
    design,
    conditions,
    ...(restrictor?.elsewhere ? { elsewhere: true as const } : {}),
    ...(apart?.length === 0 ? { apartUnnamed: true as const } : {}),
  };
}

const OTHER = wordClass('other-determiners');
// "no other approved CAR-T": the words between "other" and its class.
const MAX_OTHER_GAP = 3;

/**
 * The therapies a class phrase with "other" sets apart ("no other CAR-T" after "Kymriah …", "no other CAR-T besides
 * Aucatzyl"): those the sentence names before the phrase or excludes, or undefined when the phrase has no "other".
 */
function setApartBy(
  words: readonly Word[],
  clause: Clause,
  from: number,
  mentions: readonly Mention[],
  mention: Mention,
): Entity[] | undefined {
  let other = -1;
  for (let k = from - 1; k >= Math.max(clause.from, from - MAX_OTHER_GAP - 1) && !words[k]!.punct; k--)
    if (OTHER.has(words[k]!.lower)) other = k;
  for (let k = from; k < mention.from && other < 0; k++) if (OTHER.has(words[k]!.lower)) other = k;
  // "no CAR-T other than Kymriah", "none of the CAR-Ts apart from Yescarta": a negative quantifier's exception sets
  // its members apart as "other" does.
  if (other < 0) {
    const exception = exceptionAfter(words, clause.from, mention.from);
    if (exception === undefined) return undefined;
    return mentions
      .filter(
        (m) => m.from > exception && m.mark === 'excluded' && (m.entity.type === 'product' || m.entity.type === 'drug'),
      )
      .map((m) => m.entity);
  }
  // Named before it, or set aside after it ("no other CAR-T besides Aucatzyl").
  return mentions
    .filter(
      (m) => (m.from < other || m.mark === 'excluded') && (m.entity.type === 'product' || m.entity.type === 'drug'),
    )
    .map((m) => m.entity);
}

const RELATIVE_OPENERS = wordClass('relatives-that-which');
const APPROVED_WORDS = new Set(['approved', 'licensed', 'authorized', 'authorised', 'cleared']);
const RESTRICTOR_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been']);
// "to date", "so far": they bound the set by today, as "approved" alone does.
const SO_FAR = ['to date', 'so far', 'thus far', 'until now'];
const FRONTED_SETS = new Set(['of', 'among', 'amongst']);

/**
 * A restrictor after a class that only says its members are approved: "CAR-Ts approved by the FDA", "the CAR-Ts (that)
 * the FDA has approved", "CAR-Ts licensed in the US to date". It names the set the clause speaks of (the approved
 * members), it claims no approval of its own. Anything else in it (a disease, a year) narrows the set in a way read
 * elsewhere, so it is not taken. `elsewhere` when it names a regulator other than the default one.
 */
function approvalRestrictor(
  sentence: ClaimSentence,
  clause: Clause,
  at: number,
  index: KnowledgeIndex,
): { to: number; elsewhere: boolean } | undefined {
  const { words } = sentence;
  let k = at;
  let regulator: string | undefined;
  // A regulator's name at word k ("the FDA", "the US", "Health Canada"): its length, 0 when none starts there.
  const regulatorAt = (i: number) => {
    const from = words[i]?.lower === 'the' ? i + 1 : i;
    const mention = sentence.mentions.find((m) => m.from === from && regulatorOf(m.entity));
    if (mention) {
      regulator = regulatorOf(mention.entity);
      return mention.to - i;
    }
    const place = from < clause.to ? countryRegulatorSpanAt(words, from) : undefined;
    if (!place) return 0;
    regulator = place.regulator;
    return from + place.length - i;
  };
  const relative = RELATIVE_OPENERS.has(words[k]?.lower ?? '');
  if (relative) k++;
  const agent = regulatorAt(k);
  k += agent;
  // "CAR-Ts are approved": without a relative word or an agent, an auxiliary starts the clause's own predicate.
  if (relative || agent) while (k < clause.to && RESTRICTOR_AUXILIARIES.has(words[k]!.lower)) k++;
  if (!APPROVED_WORDS.has(words[k]?.lower ?? '')) return undefined;
  k++;
  if (!agent) {
    if ((words[k]?.lower === 'by' || words[k]?.lower === 'in') && regulatorAt(k + 1)) k += 1 + regulatorAt(k + 1);
  }
  const soFar = SO_FAR.find((p) => phraseAt(words, k, p));
  if (soFar) k += soFar.split(' ').length;
  // The predicate follows ("CAR-Ts approved by the FDA target CD19"), or the comma closing a fronted "Of …," or
  // "Among …," ("Of the CAR-Ts the FDA has approved, none …").
  const next = words[k];
  const fronted = FRONTED_SETS.has(words[clause.from]?.lower ?? '') && next?.lower === ',';
  if (!fronted && !(k < clause.to && isVerb(next))) return undefined;
  return { to: k, elsewhere: regulator !== undefined && regulator !== defaultRegulator(index) };
}

// "CAR-Ts targeting BCMA", "CAR T cells directed against CD19", "CAR-Ts that target BCMA": an antigen after the class.
const POST_TARGET = [
  'targeting',
  'that target',
  'which target',
  'directed against',
  'directed at',
  'against',
  'aimed at',
  'specific for',
];

function postModifies(words: readonly Word[], head: Mention, antigen: Mention): boolean {
  return POST_TARGET.some((cue) => {
    const length = cue.split(' ').length;
    return antigen.from === head.to + length && phraseAt(words, head.to, cue);
  });
}

const AUXILIARIES = wordClass('be-have-auxiliaries');
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'no',
  'all',
  'every',
  'each',
  'any',
  'some',
  'many',
  'most',
  'these',
  'those',
  'this',
  'that',
  'its',
  'their',
  'our',
]);

/** Words of the class's noun phrase before its understood modifiers, other than a determiner. */
function hasUnknownModifier(sentence: ClaimSentence, ref: TherapyRef): boolean {
  const { words, mentions } = sentence;
  const phrase = nounPhrasesOf(words).at(ref.from);
  if (!phrase) return false;
  const determiners = lexiconWords('determiners');
  // Right after a verb, the phrase's first word is more likely an unknown verb ("has cleared CAR-T products").
  const first = isVerb(words[phrase.from - 1]) ? phrase.from + 1 : phrase.from;
  for (let k = first; k < ref.from; k++) {
    const word = words[k]!;
    if (word.punct || determiners.has(word.lower)) continue;
    // Words of another knowledge-base term ("tumor-infiltrating lymphocyte (TIL) therapy") are understood.
    if (!mentions.some((m) => m.from <= k && k < m.to)) return true;
  }
  return false;
}

// Words a subject's postmodifier may hold and still name a set the knowledge base lists: determiners, prepositions,
// approval participles and adverbs of the verb group ("no CAR-T currently approved in the US for NETs").
const UNRESTRICTING = lexicon('unrestricting-postmodifiers');
const POSTMODIFIER_WORDS = new Set([
  ...lexiconWords('determiners'),
  ...lexiconWords('noun-phrase-boundaries'),
  ...lexiconWords('verb-group-adverbs'),
  ...APPROVED_WORDS,
]);

// Words that open a clause of their own after a noun, not a postmodifier of it.
const CLAUSE_OPENERS = new Set([
  'because',
  'although',
  'while',
  'whereas',
  'if',
  'when',
  'as',
  'than',
  'like',
  'unlike',
]);
// Words that open a postmodifier of a noun: a preposition or a relative word ("in this table", "that we stock"), not a
// coordinator, which opens another conjunct.
const POSTMODIFIER_OPENERS = new Set(
  [...lexiconWords('noun-phrase-boundaries')].filter(
    (w) => !wordClass('coordinators').has(w) && !CLAUSE_OPENERS.has(w),
  ),
);

/**
 * "No CAR-T used at our centre is approved for MCL", "no product in this table is approved for a solid tumour": a
 * denied subject's postmodifier (a prepositional phrase, a participle or a relative clause before the clause's verb)
 * whose words name no knowledge-base entity, place or approval restricts the set to members the knowledge base cannot
 * list: what holds of the whole class need not hold of them, so the subject is not resolved.
 */
function hasUnknownPostmodifier(sentence: ClaimSentence, clause: Clause, ref: TherapyRef): boolean {
  const { words, mentions } = sentence;
  if (!deniedOfEvery(words, ref)) return false;
  for (let k = clause.from; k < ref.from; k++) if (isVerb(words[k])) return false;
  const opener = words[ref.to];
  if (!opener || !(POSTMODIFIER_OPENERS.has(opener.lower) || isParticiple(opener))) return false;
  // Only a known verb tells where the subject ends; without one, the words after it may be the predicate.
  let verb = ref.to;
  while (verb < clause.to && !words[verb]!.punct && !isVerb(words[verb])) verb++;
  if (!isVerb(words[verb])) return false;
  for (let k = ref.to; k < verb; k++) {
    const word = words[k]!;
    const neutral = longestPhraseStartingAt(words, k, UNRESTRICTING);
    if (neutral) {
      k += neutral.length - 1;
      continue;
    }
    const mention = mentions.find((m) => m.from <= k && k < m.to);
    if (mention) {
      k = mention.to - 1;
      continue;
    }
    const place = countryRegulatorSpanAt(words, k);
    if (place) {
      k += place.length - 1;
      continue;
    }
    const target = POST_TARGET.find((cue) => phraseAt(words, k, cue));
    if (target) {
      k += target.split(' ').length - 1;
      continue;
    }
    if (!POSTMODIFIER_WORDS.has(word.lower) && !isParticiple(word)) return true;
  }
  return false;
}

/** "no CAR-T", "none of the CAR-Ts", "no drug", "nothing": a subject denied of every member of its set. */
export function deniedOfEvery(words: readonly Word[], ref: TherapyRef): boolean {
  const first = words[ref.from]?.lower;
  if (first === 'no' || first === 'nothing') return true;
  return (
    words[ref.from - 1]?.lower === 'no' ||
    phraseAt(words, ref.from - 3, 'none of the') ||
    phraseAt(words, ref.from - 2, 'none of')
  );
}

function isModifierWord(word: Word, mentions: readonly Mention[]): boolean {
  if (word.punct || DETERMINERS.has(word.lower)) return false;
  if (mentions.some((m) => m.from <= word.index && word.index < m.to)) return true;
  return /^(fda|approved|licensed|marketed|commercial|autologous|allogeneic|allogenic|off|the|shelf|gene|genetically|edited|engineered|modified|directed|targeted|targeting|based|crispr|donor|derived|current|currently|us|u\.s|available|investigational|experimental|anti|first|second|new|novel|solid|tumor|tumour|two|three|four|five|six|seven|eight|nine|ten|\d.*)$/.test(
    word.lower,
  );
}

// "No drug is approved for CRS", "nothing is approved for …": a quantified generic noun.
function genericRef(sentence: ClaimSentence, clause: Clause, index: KnowledgeIndex): TherapyRef | undefined {
  const { words } = sentence;
  for (let i = clause.from; i < clause.to; i++) {
    const word = words[i]!;
    const determiner = words[i - 1]?.lower;
    const generic =
      word.lower === 'nothing' ||
      (GENERIC_THERAPY_NOUNS.has(word.lower) &&
        (determiner === 'no' || determiner === 'any' || determiner === 'every'));
    if (!generic) continue;
    // "Nothing except tocilizumab is approved for CRS": the excepted therapies are set apart.
    const exception = exceptionAfter(words, clause.from, i);
    const apart =
      exception === undefined
        ? []
        : sentence.mentions.filter((m) => m.from > exception && m.mark === 'excluded').map((m) => m.entity);
    const members = therapiesOf(index).filter((m) => !apart.includes(m));
    return {
      from: i - (word.lower === 'nothing' ? 0 : 1),
      to: i + 1,
      name: word.lower === 'nothing' ? 'no therapy' : `no ${word.lower}`,
      members,
      isClass: true,
      quantifier: 'generic',
      approvedOnly: false,
      antigens: [],
      design: [],
      conditions: [],
    };
  }
  return undefined;
}

/** Display name of a therapy reference for messages. */
export function refName(index: KnowledgeIndex, ref: TherapyRef): string {
  if (ref.mention && !ref.isClass) return label(index, ref.mention.entity);
  // "two BCMA CAR-Ts": an antigen written apart from the class's own words still restricts it in a message.
  const lower = ref.name.toLowerCase();
  const unnamed = ref.antigens.map((a) => shortName(index, a.id)).filter((a) => !lower.includes(a.toLowerCase()));
  return unnamed.length ? `${unnamed.join('/')}-directed ${ref.name}` : ref.name;
}
