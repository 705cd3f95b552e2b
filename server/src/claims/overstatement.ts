import type { Clause } from './clauses';
import { lexicon, lexiconWords, verbParts } from './lexicon';
import { isPredicateNegated } from './negation';
import { isTherapyHead, isVerb, nounPhrasesOf } from './phrases';
import { findAllPhrases, findPhrase, phraseStartingAt, type Word } from './words';
import { wordClass } from './word-classes';

// Absolute efficacy language. "cure" counts only as a claim about a therapy ("cures", "is a cure").
const EFFICACY = [
  ...lexicon('overstatement-efficacy'),
  // Killing every cancer cell, and relapse ruled out.
  ...lexicon('cell-killing-verbs').flatMap((verb) => lexicon('all-cancer-cells').map((object) => `${verb} ${object}`)),
  ...lexicon('relapse-denials'),
];
// Universal populations: absolute only together with an efficacy word ("remission in every patient").
const UNIVERSAL = lexicon('universal-populations');
const EFFICACY_WORDS = lexicon('efficacy-words');
// A universal subject with an efficacy predicate: "Every patient treated with Kymriah achieves remission".
const UNIVERSAL_SUBJECTS = lexicon('universal-subjects');
const EFFICACY_PREDICATES = lexicon('universal-efficacy-predicates');
// "All patients who achieve remission are followed": the predicate sits in a relative clause.
const RELATIVE = new Set(['who', 'that', 'which', 'whose', 'if', 'when', 'whether']);
const COORDINATORS = wordClass('and-or');
// "a 100% complete response rate", "the remission rate was 100%": every patient responding, said as a rate.
const ALL_PERCENT = ['100 %', '100 percent'];
const RATE_OUTCOMES = lexiconWords('rate-outcome-nouns');
const RATE_NOUNS = new Set(['rate', 'rates']);
// A rate or an absence of adverse events observed in a named group ("in the phase 1 cohort") is that group's, not a
// general claim.
const COHORT_NOUNS = lexiconWords('cohort-report-nouns');
const PREPOSITIONS = lexiconWords('prepositions');
const DETERMINERS = lexiconWords('determiners');
const INFINITIVE_MARKERS = wordClass('infinitive-markers');
// The outcome's modifiers between the percentage and its noun ("100% complete response"); the words between the rate
// and a later percentage ("the response rate with Carvykti was 100%").
const RATE_MODIFIER_REACH = 2;
const RATE_VALUE_REACH = 6;

/**
 * Whether a predicate at `at` belongs to a relative clause opened after the subject (ending at `from`): it does when
 * the relative clause has no verb of its own before it ("all patients who achieve remission are followed"); with one,
 * the predicate is the main clause's ("everyone who receives CAR-T is cured").
 */
function inRelativeClause(words: readonly Word[], from: number, at: number): boolean {
  const relative = words.slice(from, at).findIndex((w) => RELATIVE.has(w.lower));
  if (relative < 0) return false;
  // "who were treated and achieved remission": a predicate coordinated with the relative clause's verb is its own.
  let verb = false;
  for (let k = from + relative + 1; k < at; k++) {
    if (isVerb(words[k])) verb = true;
    else if (verb && COORDINATORS.has(words[k]!.lower)) verb = false;
  }
  return !verb;
}
// Absolute safety language; the phrases carry their own "no"/"free", so negation is read before them.
const SAFETY = lexicon('overstatement-safety');

/**
 * Measured wording for an absolute phrase, written in its place by overstated-claim's fix: what the evidence lets a
 * writer say. Phrases whose measured form depends on the words after them ("effective in every …", "universal
 * efficacy") have none.
 */
const MEASURED: Readonly<Record<string, string>> = {
  cures: 'can induce lasting remissions of',
  'will cure': 'can induce lasting remissions of',
  'always cures': 'can induce lasting remissions of',
  'is a cure': 'is a treatment option',
  'are a cure': 'are a treatment option',
  'is the cure': 'is a treatment option',
  'cure for cancer': 'treatment for some cancers',
  'miracle cure': 'treatment option',
  'permanent cure': 'treatment option',
  '100 % effective': 'effective in some patients',
  '100 percent effective': 'effective in some patients',
  'always effective': 'effective in some patients',
  'always works': 'works for some patients',
  'never fails': 'works for some patients',
  'works every time': 'works for some patients',
  'works for everybody': 'works for some patients',
  'works for everyone': 'works for some patients',
  'works in everyone': 'works in some patients',
  guarantees: 'may lead to',
  guaranteed: 'possible',
  'relapse does not happen': 'relapse can happen',
  'relapse never happens': 'relapse can happen',
  'relapses never happen': 'relapses can happen',
  'relapse is impossible': 'relapse is possible',
  'never relapse': 'may still relapse',
  'never relapses': 'may still relapse',
  'no one relapses': 'some patients relapse',
  'nobody relapses': 'some patients relapse',
  'no patient relapses': 'some patients relapse',
  'cancer never comes back': 'cancer can come back',
  'cancer never returns': 'cancer can return',
  'in every patient': 'in some patients',
  'in all patients': 'in some patients',
  'for every patient': 'for some patients',
  'for all patients': 'for some patients',
  'in everyone': 'in some patients',
  'for everyone': 'for some patients',
  'for everybody': 'for some patients',
  'in every case': 'in some cases',
  'in all cases': 'in some cases',
  'completely safe': 'not without serious risks',
  'totally safe': 'not without serious risks',
  'perfectly safe': 'not without serious risks',
  'entirely safe': 'not without serious risks',
  'absolutely safe': 'not without serious risks',
  '100 % safe': 'not without serious risks',
  harmless: 'not without serious risks',
  nontoxic: 'not without serious risks',
  'non toxic': 'not without serious risks',
  'no side effects': 'side effects, some of them serious',
  'no adverse effects': 'adverse effects, some of them serious',
  'no adverse events': 'adverse events, some of them serious',
  'no toxicity': 'toxicities, some of them serious',
  'no risks': 'serious risks',
  'no risk': 'serious risks',
  'zero risk': 'serious risks',
  'free of side effects': 'not free of side effects',
  'free from side effects': 'not free of side effects',
  'without side effects': 'with side effects, some of them serious',
  'without any side effects': 'with side effects, some of them serious',
  // "kills every cancer cell" → "kills cancer cells".
  ...Object.fromEntries(
    lexicon('cell-killing-verbs').flatMap((verb) =>
      lexicon('all-cancer-cells').map((object) => [`${verb} ${object}`, `${verb} ${object.split(' ').at(-2)} cells`]),
    ),
  ),
};

/** The measured wording for an overstatement's phrase, if it has one. */
export function measuredWording(phrase: string): string | undefined {
  return Object.hasOwn(MEASURED, phrase) ? MEASURED[phrase] : undefined;
}

export interface Overstatement {
  at: number;
  length: number;
  phrase: string;
  kind: 'efficacy' | 'safety';
}

/** Absolute efficacy or safety language in a clause that is not negated before it. */
export function overstatementsIn(
  words: readonly Word[],
  clause: Clause,
  entityStarts: ReadonlySet<number>,
): Overstatement[] {
  const found: Overstatement[] = [];
  const add = (kind: Overstatement['kind'], hit: { at: number; length: number; phrase: string }) => {
    if (!isPredicateNegated(words, clause, hit.at, entityStarts) && !downtoned(words, clause, hit.at))
      found.push({ ...hit, kind });
  };
  for (const hit of findAllPhrases(words, EFFICACY, clause.from, clause.to))
    if (
      (!GUARANTEES.has(hit.phrase) || promisesOutcome(words, hit.at)) &&
      !ofOtherTreatment(words, clause, hit.at) &&
      (!isCureNoun(words, hit.at) || yieldedCures(words, clause, hit.at))
    )
      add('efficacy', hit);
  const safety = findAllPhrases(words, SAFETY, clause.from, clause.to);
  for (const hit of safety)
    if (
      !modifiesOtherNoun(words, hit, entityStarts) &&
      !describesRelativeHead(words, clause, hit, entityStarts) &&
      !namedRisk(words, hit) &&
      !observedInGroup(words, clause, hit)
    )
      add('safety', hit);
  const modified = modifiedHarmDenial(words, clause);
  if (modified && !safety.some((hit) => hit.at === modified.at)) add('safety', modified);
  const subject = findPhrase(words, UNIVERSAL_SUBJECTS, clause.from, clause.to);
  const predicate = subject && findPhrase(words, EFFICACY_PREDICATES, subject.at + subject.length, clause.to);
  if (
    subject &&
    predicate &&
    !namesEntity(subject, entityStarts) &&
    !inRelativeClause(words, subject.at + subject.length, predicate.at)
  ) {
    if (!isPredicateNegated(words, clause, predicate.at, entityStarts))
      found.push({
        at: subject.at,
        length: predicate.at + predicate.length - subject.at,
        phrase: 'universal efficacy',
        kind: 'efficacy',
      });
  }
  const rate = allRespondingRate(words, clause);
  if (rate) add('efficacy', rate);
  if (findPhrase(words, EFFICACY_WORDS, clause.from, clause.to)) {
    for (const hit of findAllPhrases(words, UNIVERSAL, clause.from, clause.to))
      if (!namesEntity(hit, entityStarts) && efficacyBeside(words, clause, hit)) add('efficacy', hit);
  }
  return found;
}

// How far from a universal population its efficacy word may stand: "responses in every patient", "lasting remissions
// of multiple myeloma in every patient".
const UNIVERSAL_REACH = 6;

/**
 * A universal population overstates only beside the efficacy it quantifies, in the same phrase (no punctuation and no
 * preposition but "of" between): "effective access to treatment and care for everyone" is the reach of access.
 */
function efficacyBeside(words: readonly Word[], clause: Clause, hit: { at: number; length: number }): boolean {
  const apart = (word: Word) => word.punct || (PREPOSITIONS.has(word.lower) && word.lower !== 'of');
  for (let k = hit.at - 1; k >= Math.max(clause.from, hit.at - UNIVERSAL_REACH); k--) {
    if (EFFICACY_WORD_SET.has(words[k]!.lower)) return true;
    if (apart(words[k]!)) break;
  }
  const end = hit.at + hit.length;
  for (let k = end; k < Math.min(clause.to, end + UNIVERSAL_REACH); k++) {
    if (EFFICACY_WORD_SET.has(words[k]!.lower)) return true;
    if (apart(words[k]!)) break;
  }
  return false;
}

const EFFICACY_WORD_SET = lexiconWords('efficacy-words');
const CURES = new Set(['cures']);
const CURE_YIELDING = lexicon('cure-yielding-verbs');
// "deliver effective treatments and better cures": the object's words before its head "cures".
const CURE_OBJECT_REACH = 5;
const CURE_OBJECT_JOINS = new Set(['and', 'or', ',']);

/**
 * "cures" is also the plural noun ("the search for cures", "treatments and cures for lymphoma"). As the verb it takes
 * an object; opening the sentence, after a determiner or a preposition, or with no object after it (a preposition,
 * punctuation, a coordinator or a verb next), it is the noun.
 */
function isCureNoun(words: readonly Word[], at: number): boolean {
  if (!CURES.has(words[at]!.lower)) return false;
  const before = words[at - 1];
  if (!before || DETERMINERS.has(before.lower) || PREPOSITIONS.has(before.lower)) return true;
  const after = words[at + 1];
  return (
    !after ||
    after.punct ||
    PREPOSITIONS.has(after.lower) ||
    COORDINATORS.has(after.lower) ||
    isVerb(after) ||
    after.lower === 'as'
  );
}

/**
 * "Developers are delivering cures for …", "CAR-T offers cures": the noun "cures" as the object of a verb of yielding
 * (data/lexicon: cure-yielding-verbs) claims them of its subject. An infinitive or gerund of the verb ("to deliver
 * cures", "towards delivering cures") is an aim.
 */
function yieldedCures(words: readonly Word[], clause: Clause, at: number): boolean {
  for (let k = at - 1; k >= Math.max(clause.from, at - CURE_OBJECT_REACH - MAX_CURE_VERB_WORDS); k--) {
    const verb = phraseStartingAt(words, k, CURE_YIELDING);
    if (!verb || k + verb.length > at || !objectWordsOnly(words, k + verb.length, at)) continue;
    // A split infinitive keeps its "to": "to efficiently bring more cures".
    const opener = beforeAdverbs(words, k, clause.from);
    const before = words[opener];
    return (!before || !PREPOSITIONS.has(before.lower)) && !coordinatedInfinitive(words, clause, k, opener);
  }
  return false;
}

// How far back a coordinated infinitive's "to" may stand: "to accelerate progress and deliver …".
const INFINITIVE_REACH = 8;
// The verbs of yielding as written, not inflected (scripts/inflect.ts): "deliver", "lead to"; not "delivers", "led to".
const YIELDING_LEMMAS = verbParts('cure-yielding-verbs').lemmas;

/** "to accelerate progress and deliver cures": a plain verb after a coordinator shares an earlier "to". */
function coordinatedInfinitive(words: readonly Word[], clause: Clause, verb: number, opener: number): boolean {
  if (!phraseStartingAt(words, verb, YIELDING_LEMMAS) || !COORDINATORS.has(words[opener]?.lower ?? '')) return false;
  for (let k = opener - 1; k >= Math.max(clause.from, verb - INFINITIVE_REACH); k--) {
    const word = words[k]!;
    if (INFINITIVE_MARKERS.has(word.lower)) return true;
    // The first conjunct's own verb, right after its "to" ("to treat more children and deliver …").
    if (word.punct || (isVerb(word) && !INFINITIVE_MARKERS.has(words[k - 1]?.lower ?? ''))) return false;
  }
  return false;
}

const MAX_CURE_VERB_WORDS = 3;
const VERB_ADVERBS = new Set([...lexicon('use-adverbs'), ...lexicon('verb-group-adverbs')]);

/** The word before the adverbs that stand before word `at` ("efficiently", "now", "also"), or the clause's start - 1. */
function beforeAdverbs(words: readonly Word[], at: number, from: number): number {
  let k = at - 1;
  while (k >= from && (VERB_ADVERBS.has(words[k]!.lower) || /^[a-z]+ly$/.test(words[k]!.text))) k--;
  return k;
}

function objectWordsOnly(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = words[k]!;
    if ((word.punct && !CURE_OBJECT_JOINS.has(word.lower)) || PREPOSITIONS.has(word.lower) || isVerb(word))
      return false;
  }
  return true;
}

const OTHER_TREATMENT_HEADS = lexiconWords('other-treatment-heads');
const USE_ADVERBS = lexiconWords('use-adverbs');
// Words after which a noun phrase may be a clause's subject: "…, but surgery cures …".
const SUBJECT_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'yet', 'so']);

/**
 * "Surgery cures most small rectal NETs", a headline "New Drug Regimen Cures More Children …": efficacy wording whose
 * subject is headed by a treatment that is not a cell therapy (data/lexicon: other-treatment-heads) speaks of that
 * treatment. The subject is the noun phrase right before the phrase and its verb group; a headline's capitalised
 * verb may sit inside the phrase the chunker built.
 */
function ofOtherTreatment(words: readonly Word[], clause: Clause, at: number): boolean {
  const phrases = nounPhrasesOf(words);
  const inside = phrases.at(at);
  let subject = inside && inside.from < at ? { from: inside.from, to: at } : undefined;
  if (!subject) {
    let k = at - 1;
    while (k >= clause.from && (isVerb(words[k]) || USE_ADVERBS.has(words[k]!.lower))) k--;
    const phrase = k >= clause.from ? phrases.at(k) : undefined;
    if (phrase?.to === k + 1) subject = phrase;
  }
  if (!subject || subject.from < clause.from) return false;
  // A phrase after a preposition ("CAR-T after chemotherapy cures …") is not the subject.
  const before = words[subject.from - 1];
  if (before && !before.punct && !SUBJECT_OPENERS.has(before.lower)) return false;
  return OTHER_TREATMENT_HEADS.has(words[subject.to - 1]!.lower);
}

/** "approved for ALL patients": a word of the phrase is a knowledge-base name (the disease ALL), not a quantifier. */
function namesEntity(hit: { at: number; length: number }, entityStarts: ReadonlySet<number>): boolean {
  for (let k = hit.at; k < hit.at + hit.length; k++) if (entityStarts.has(k)) return true;
  return false;
}

const DOWNTONERS = lexiconWords('downtoners');
// "often cures", "is usually cured": a frequency short of always is not the absolute claim.
const FREQUENCY_HEDGES = lexiconWords('frequency-hedges');
// How far before the phrase a downtoner still belongs to its predicate ("rarely lead to cures").
const DOWNTONER_REACH = 4;

/**
 * "they rarely lead to cures", "treatment often cures": a downtoner or a frequency short of always in the phrase's own
 * predicate (no comma or coordinator between).
 */
function downtoned(words: readonly Word[], clause: Clause, at: number): boolean {
  for (let k = at - 1; k >= Math.max(clause.from, at - DOWNTONER_REACH); k--) {
    const word = words[k]!;
    if (word.punct || word.lower === 'and' || word.lower === 'but' || word.lower === 'or') return false;
    if (DOWNTONERS.has(word.lower) || FREQUENCY_HEDGES.has(word.lower)) return true;
  }
  return false;
}

// Harms a study counts as they happen, unlike a property such as "safe" or a risk.
const COUNTED_HARMS = new Set(['events', 'effects', 'toxicity', 'toxicities']);

/**
 * "Data from 300 mice showed normal engraftment with no adverse events", "no side effects were seen in the cohort": an
 * absence of counted harms in a clause that names the study, cohort or data it was seen in is that group's observation.
 */
function observedInGroup(words: readonly Word[], clause: Clause, hit: { at: number; length: number }): boolean {
  if (!COUNTED_HARMS.has(words[hit.at + hit.length - 1]!.lower)) return false;
  for (let k = clause.from; k < clause.to; k++) if (COHORT_NOUNS.has(words[k]!.lower)) return true;
  return false;
}

const RISK_WORDS = new Set(['risk', 'risks']);

/**
 * "carry no risk of graft-versus-host disease": a denied risk that names its harm is no absolute safety claim; the
 * safety relation judges it against the labels' warnings.
 */
function namedRisk(words: readonly Word[], hit: { at: number; length: number }): boolean {
  const end = hit.at + hit.length;
  return RISK_WORDS.has(words[end - 1]!.lower) && words[end]?.lower === 'of';
}

// The safety phrases that end in an adjective, which may stand before a noun.
const SAFETY_ADJECTIVES = new Set(['safe', 'harmless', 'nontoxic', 'toxic', 'free']);

/**
 * "a harmless virus carries the gene": safety wording before the head of its noun phrase describes that head; it is
 * the therapy's only when the head is a therapy noun or the phrase names a product ("a harmless treatment").
 */
function modifiesOtherNoun(
  words: readonly Word[],
  hit: { at: number; length: number },
  entityStarts: ReadonlySet<number>,
): boolean {
  const end = hit.at + hit.length;
  if (!SAFETY_ADJECTIVES.has(words[end - 1]!.lower)) return false;
  const phrase = nounPhrasesOf(words).at(end - 1);
  if (!phrase || phrase.to <= end || isTherapyHead(words[phrase.to - 1])) return false;
  for (let k = phrase.from; k < phrase.to; k++) if (entityStarts.has(k)) return false;
  return true;
}

const RELATIVE_WORDS = wordClass('relatives-that-which-who');

/**
 * "genetic changes that are thought to be harmless (benign)": safety wording in a relative clause describes the noun the
 * clause hangs on; it is the therapy's only when that noun is a therapy noun or names one ("a therapy that is harmless",
 * "Kymriah, which is harmless").
 */
function describesRelativeHead(
  words: readonly Word[],
  clause: Clause,
  hit: { at: number },
  entityStarts: ReadonlySet<number>,
): boolean {
  let k = hit.at - 1;
  while (k > clause.from && !words[k]!.punct && !RELATIVE_WORDS.has(words[k]!.lower)) k--;
  if (k <= clause.from || !RELATIVE_WORDS.has(words[k]!.lower)) return false;
  let head = k - 1;
  if (words[head]?.lower === ',') head--;
  const phrase = nounPhrasesOf(words).at(head);
  if (!phrase || phrase.to !== head + 1 || isTherapyHead(words[head])) return false;
  for (let m = phrase.from; m < phrase.to; m++) if (entityStarts.has(m)) return false;
  return true;
}

// "has no serious side effects": a denied harm with a modifier, as the object of a present verb of having (a case
// report's "had no notable adverse effects", "with no notable adverse effects" tells of one patient).
const HAVING = new Set(['has', 'have', 'causes', 'cause', 'carries', 'carry']);
// A Map, as every lookup by a word here: "constructor" must not find Object.prototype's members.
const HARM_HEADS: ReadonlyMap<string, string> = new Map([
  ['side effects', 'no side effects'],
  ['adverse effects', 'no adverse effects'],
  ['adverse events', 'no adverse events'],
  ['risks', 'no risks'],
  ['toxicity', 'no toxicity'],
]);

/** "has no serious side effects": "no" opening a noun phrase headed by a harm, with words between them. */
function modifiedHarmDenial(words: readonly Word[], clause: Clause): Overstatement | undefined {
  const phrases = nounPhrasesOf(words);
  for (let i = clause.from + 1; i < clause.to; i++) {
    if (words[i]!.lower !== 'no' || !HAVING.has(words[i - 1]!.lower)) continue;
    const phrase = phrases.at(i);
    if (phrase?.from !== i || phrase.to > clause.to) continue;
    const head = words[phrase.to - 1]!.lower;
    const two = `${words[phrase.to - 2]!.lower} ${head}`;
    const key = HARM_HEADS.get(two) ?? HARM_HEADS.get(head);
    if (key && phrase.to - i > key.split(' ').length) {
      return { at: i, length: phrase.to - i, phrase: key, kind: 'safety' };
    }
  }
  return undefined;
}

const GUARANTEES = new Set(['guarantees', 'guaranteed', 'guarantee']);
const GUARANTEE_CLAUSE = new Set(['to', 'that']);

/**
 * A guarantee is an efficacy claim when it promises an outcome: "guaranteed to work", "guarantees that …", or an
 * object headed by an outcome noun ("guarantees a complete remission", "a guaranteed cure"), not "guarantees a
 * large-scale patient recruitment".
 */
function promisesOutcome(words: readonly Word[], at: number): boolean {
  const next = words[at + 1];
  if (!next || next.punct || GUARANTEE_CLAUSE.has(next.lower)) return true;
  const phrases = nounPhrasesOf(words);
  const object = phrases.at(at + 1) ?? phrases.at(at);
  return !!object && lexiconWords('guarantee-outcomes').has(words[object.to - 1]!.lower);
}

/**
 * A rate of 100% for a response outcome, before its noun ("a 100% complete response rate", "100% remissions") or
 * after the rate ("the remission rate with Kymriah was 100%"); none in a clause that names the study or cohort it was
 * seen in.
 */
function allRespondingRate(
  words: readonly Word[],
  clause: Clause,
): { at: number; length: number; phrase: string } | undefined {
  for (let k = clause.from; k < clause.to; k++) if (COHORT_NOUNS.has(words[k]!.lower)) return undefined;
  for (const hit of findAllPhrases(words, ALL_PERCENT, clause.from, clause.to)) {
    const after = hit.at + hit.length;
    for (let k = after; k < clause.to && k <= after + RATE_MODIFIER_REACH; k++) {
      const word = words[k]!;
      if (RATE_OUTCOMES.has(word.lower)) return { at: hit.at, length: k + 1 - hit.at, phrase: 'universal rate' };
      // "a 100% increase in response": the outcome of another noun's phrase.
      if (PREPOSITIONS.has(word.lower) || isVerb(word)) break;
    }
    for (let k = hit.at - 1; k > clause.from && k >= hit.at - RATE_VALUE_REACH; k--) {
      if (RATE_NOUNS.has(words[k]!.lower) && RATE_OUTCOMES.has(words[k - 1]!.lower))
        return { at: k - 1, length: after - (k - 1), phrase: 'universal rate' };
    }
  }
  return undefined;
}
