import type { Entity } from '../../../kb/types';
import type { Clause } from '../../clauses';
import { listedBeside } from '../../coordination';
import { approvalsComplete, label, membersOf, uniqueSources } from '../../knowledge';
import { NEGATION_WORDS } from '../../negation';
import { cardinal, partitiveCount } from '../../numbers';
import { designAt, DESIGN_TEXT, hasProperty, type DesignProperty } from '../../design';
import { type LexiconName, lexicon, lexiconWords } from '../../lexicon';
import {
  appositiveAfter,
  conjunctBeside,
  coordinatedPhrases,
  isTherapyHead,
  isVerb,
  type NounPhrase,
  nounPhrasesOf,
} from '../../phrases';
import { describesUnknownName, inAppositiveOfUnknownName, refName, therapiesIn, type TherapyRef } from '../../roles';
import type { ClaimSentence } from '../../sentence';
import { findAllPhrases, phraseAt, type Word } from '../../words';
import type { Relation, RelationContext } from '../types';
import { fitting, joinAnd, listWithin } from '../../../util/messages';
import { wordClass } from '../../word-classes';

// Each value's names (data/lexicon), as phrase-value pairs.
const named = <V>(pairs: readonly [LexiconName, V][]): readonly { phrase: string; value: V }[] =>
  pairs.flatMap(([name, value]) => lexicon(name).map((phrase) => ({ phrase, value })));
const COSTIM = named<'4-1BB' | 'CD28'>([
  ['costimulatory-cd28', 'CD28'],
  ['costimulatory-4-1bb', '4-1BB'],
]);
const VECTOR = named<'lentiviral' | 'gamma-retroviral'>([
  ['vector-lentiviral', 'lentiviral'],
  ['vector-gamma-retroviral', 'gamma-retroviral'],
]);
// How many infusions a treatment course takes (the design's `infusions`).
const ADMINISTRATION = named<'single infusion' | 'multiple infusions'>([
  ['single-infusion-cues', 'single infusion'],
  ['multiple-infusion-cues', 'multiple infusions'],
]);

const PROPERTY_TEXT: Record<DesignProperty, string> = {
  autologous: 'autologous (made from the patient’s own cells)',
  allogeneic: 'allogeneic (off-the-shelf, from donors)',
  'gene-edited': 'gene-edited (e.g. with CRISPR)',
  'genetically-modified': 'genetically engineered',
  'not-genetically-modified': 'not genetically engineered',
  'mhc-restricted': 'MHC/HLA-restricted (recognizing peptides presented on MHC)',
  'mhc-independent': 'MHC-independent',
};
const PROPERTY_TRUTH: Record<DesignProperty, (e: Entity) => string> = {
  autologous: (e) => (e.design?.origin === 'allogeneic' ? 'allogeneic' : 'autologous'),
  allogeneic: (e) => (e.design?.origin === 'allogeneic' ? 'allogeneic' : 'autologous'),
  'gene-edited': (e) =>
    e.design?.geneEdited
      ? 'gene-edited'
      : e.design?.geneticallyModified
        ? 'genetically modified with a viral vector, not gene-edited'
        : 'not genetically engineered',
  'genetically-modified': (e) =>
    e.design?.geneticallyModified ? 'genetically engineered' : 'not genetically engineered',
  'not-genetically-modified': (e) =>
    e.design?.geneticallyModified ? 'genetically engineered' : 'not genetically engineered',
  'mhc-restricted': (e) =>
    e.design?.hlaRestricted
      ? 'HLA-restricted'
      : 'MHC-independent: it binds surface antigen without HLA/MHC presentation',
  'mhc-independent': (e) => (e.design?.hlaRestricted ? 'HLA-restricted' : 'MHC-independent'),
};

// Words without which the relation has nothing to judge (a cheap test before any word-level work).
const CUE_WORDS =
  /cd28|4.?1bb|cd137|lentivir|retrovir|autologous|allogen|shelf|donor|\bown\b|infusion|dose|drip|edit|crispr|talen|engineered|modified|mhc|hla/i;

const relation: Relation = {
  meta: {
    id: 'design',
    description:
      'Co-stimulatory domain, vector, autologous vs allogeneic, gene-modified vs gene-edited, MHC dependence — of a product or every member of a class.',
    messages: {
      notAllAre: 'Not all {{products}} are {{property}}: {{details}}.',
      noneAre: '{{Products}} are not {{property}}: {{details}}.',
      someAre: 'Some {{products}} are {{property}}: {{details}}.',
      productIs: '{{product}} is {{truth}}.',
      notAllUse: 'Not all {{products}} use {{value}}: {{details}}.',
      productHas: '{{product}} has a {{actual}} {{what}}, not {{claimed}}.',
      productHasNegated: '{{product}} has a {{actual}} {{what}}.',
      countUses: '{{actual}} of the {{total}} {{products}} {{use}} {{value}}, not {{claimed}}: {{details}}.',
    },
  },
  applies: (text) => CUE_WORDS.test(text) || DESIGN_TEXT.test(text),
  check(context) {
    const { sentence, index } = context;
    for (const clause of context.assertedClauses()) {
      const subjects = therapiesIn(sentence, clause, index).filter(
        (s) => s.quantifier !== 'some' && s.mention?.mark !== 'negated' && !describesUnknownName(sentence, s),
      );
      if (!subjects.length) continue;
      checkProperties(context, clause, subjects);
      checkValues(
        context,
        sentence,
        clause,
        subjects,
        COSTIM,
        (e) => verified(e)?.costimulatory,
        'co-stimulatory domain',
      );
      checkValues(
        context,
        sentence,
        clause,
        subjects,
        VECTOR,
        (e) => (e.design?.vectorUnverified ? undefined : verified(e)?.vector),
        'vector',
      );
      checkValues(
        context,
        sentence,
        clause,
        subjects,
        ADMINISTRATION,
        // The dosing schedule where one is recorded (it is the label's), else the design's count; an unverified
        // schedule is not judged.
        (e) => infusionsOf(e.dosing ? (e.dosing.unverified ? undefined : e.dosing.infusions) : verified(e)?.infusions),
        'schedule',
        (e) => (e.dosing ? e.dosing.sources : e.design?.sources),
      );
    }
  },
};
export default relation;

function infusionsOf(infusions: number | undefined): 'single infusion' | 'multiple infusions' | undefined {
  if (infusions === undefined) return undefined;
  return infusions === 1 ? 'single infusion' : 'multiple infusions';
}

/** The design, unless it is marked unverified (then nothing is judged on it). */
function verified(entity: Entity): Entity['design'] {
  return entity.design && !entity.design.unverified ? entity.design : undefined;
}

/** The members a claim is about: approved ones only for "approved CAR-Ts". */
function membersFor(ref: TherapyRef): Entity[] {
  return ref.approvedOnly
    ? ref.members.filter((m) => (m.approvals ?? []).some((a) => a.regulator === 'FDA'))
    : ref.members;
}

function checkProperties(context: RelationContext, clause: Clause, subjects: readonly TherapyRef[]): void {
  const { sentence } = context;
  // The property is predicated after the subjects ("Approved CAR-Ts are gene-edited"); one before them
  // is a modifier that selects members ("allogeneic CAR-Ts …").
  for (let i = Math.max(...subjects.map((s) => s.to)); i < clause.to; i++) {
    const hit = designAt(sentence.words, i);
    if (!hit || !saidOfTherapy(sentence, i, hit.length) || inComparisonStandard(sentence, clause, i)) continue;
    if (contrasted(sentence, i)) continue;
    if (inRelativeOfOther(sentence, subjects, i) || inAppositiveOfUnknownName(sentence, i, clause.from)) continue;
    // "engineered or adoptive cell therapies": one of two alternatives, said of no subject in particular.
    const alternative = conjunctBeside(sentence.words, i, i + hit.length, OR);
    if (alternative.after !== undefined || alternative.before !== undefined) return;
    const negated = sentence.negatedAt(i);
    // "Ryoncil is not an allogeneic CAR T-cell therapy": the negation may deny the class the property modifies,
    // so it says nothing about the property of a subject outside that class.
    const deniedClass = negated ? modifiedClass(context, i, hit.length) : undefined;
    // "TILs and TCR-engineered T cells", "CAR-T approaches, gene editing, and immune modulation": the property
    // belongs to another item of a list the subject is in, not to the subject.
    // "Lifileucel, a TIL product, and afami-cel, a gene-engineered TCR product": an appositive's property is its host's.
    const host = subjects.find((s) => {
      const appositive = appositiveAfter(sentence.words, s.to, clause.to);
      return appositive !== undefined && appositive.from < i && i < appositive.to;
    });
    const own = host
      ? [host]
      : subjects.filter(
          (s) => !coordinatedPhrases(sentence.words, s.to - 1, i) && !listedBeside(sentence.words, i, s.from, s.to),
        );
    if (!own.length) continue;
    for (const subject of own) {
      if (deniedClass && !subject.members.every((m) => deniedClass.has(m))) continue;
      judgeProperty(context, subject, hit.property, negated);
    }
    return;
  }
}

/**
 * "CAR T-cell therapy is different from allogeneic (from a donor) stem cell transplant": a design word after a
 * comparison or exclusion cue, with no verb between them, is in the standard the subject is compared with.
 */
function inComparisonStandard(sentence: ClaimSentence, clause: Clause, at: number): boolean {
  const { words } = sentence;
  for (const cue of findAllPhrases(words, lexicon('exclusion-cues'), clause.from, at)) {
    let k = cue.at + cue.length;
    while (k < at && !isVerb(words[k])) k++;
    if (k === at) return true;
  }
  // "CAR T cells, like TCR-engineered T cells, require …": an aside opened by "like" holds the standard, up to its
  // closing comma.
  for (let k = at - 1; k > clause.from && words[k]!.lower !== ',' && !isVerb(words[k]); k--)
    if (words[k]!.lower === 'like' && words[k - 1]!.lower === ',') return true;
  return false;
}

/**
 * "made by lentiviral transduction, not (by) gene editing", "rather than gene editing": the design phrase is the
 * alternative set aside, not the subject's property.
 */
function contrasted(sentence: ClaimSentence, at: number): boolean {
  const { words } = sentence;
  const setAside = (k: number) =>
    (words[k - 1]?.lower === 'not' && words[k - 2]?.lower === ',') ||
    findAllPhrases(words, lexicon('contrast-cues'), Math.max(0, k - 3), k).some((c) => c.at + c.length === k);
  // "not by gene editing": past the preposition.
  return setAside(at) || (lexiconWords('noun-phrase-boundaries').has(words[at - 1]?.lower ?? '') && setAside(at - 1));
}

const RELATIVES = new Set(['which', 'who', 'whose']);

/**
 * "Kymriah differs from Ebvallo, which is allogeneic": a relative clause opened right after another therapy's name
 * is about that therapy, not the subject.
 */
function inRelativeOfOther(sentence: ClaimSentence, subjects: readonly TherapyRef[], at: number): boolean {
  const { words } = sentence;
  for (let k = at - 1; k > 0; k--) {
    if (!RELATIVES.has(words[k]!.lower)) continue;
    const before = words[k - 1]!.lower === ',' ? k - 1 : k;
    const antecedent = sentence.mentions.find((m) => m.to === before && THERAPY_TYPES.has(m.entity.type));
    return antecedent !== undefined && !subjects.some((s) => s.from <= antecedent.from && antecedent.from < s.to);
  }
  return false;
}

/**
 * A design phrase at [at, at + length) describes a therapy: it is predicated ("Kymriah is autologous") or premodifies
 * a noun phrase headed by a therapy ("an allogeneic CAR-T product"), not one headed by anything else ("an allogeneic
 * stem cell transplant", "allogeneic donors' marrow").
 */
function saidOfTherapy(sentence: ClaimSentence, at: number, length: number): boolean {
  const phrase = premodifiedPhrase(sentence, at, length);
  if (inCultureCellComplement(sentence.words, at)) return false;
  // A prepositional phrase ("independently of HLA type", "presented on MHC molecules") is predicated.
  if (!phrase) return true;
  // "cocultured with irradiated allogeneic feeder cells": cells the product is grown with or tested on are not its own.
  if (phrase.to - 2 > at + length - 1 && CULTURE_CELLS.has(sentence.words[phrase.to - 2]!.lower)) return false;
  // Without a tagger an unknown verb stays in the phrase ("Abecma requires HLA matching", "- Abecma: requires HLA
  // matching"): the design words premodify only in a phrase opened by a determiner or by a boundary word.
  const opener = phrase.from === at ? sentence.words[at - 1] : sentence.words[phrase.from];
  const determiners = lexiconWords('determiners');
  if (!opener || (phrase.from === at ? opener.punct : !determiners.has(opener.lower))) return true;
  const head = phrase.to - 1;
  return (
    isTherapyHead(sentence.words[head]) ||
    sentence.mentions.some((m) => m.from <= head && head < m.to && THERAPY_TYPES.has(m.entity.type))
  );
}
const THERAPY_TYPES = new Set(['product', 'drug', 'therapy-class']);
const CULTURE_CELLS = lexiconWords('culture-cell-modifiers');
const CHAIN_ENDS = wordClass('coordinators');

/**
 * "co-cultured with irradiated feeder cells from the PBMCs of healthy donors": a design phrase in the complements of
 * cells a product is grown with (back from word `at` over noun phrases and prepositions, with no verb, punctuation or
 * coordinator between) describes those cells, not the product.
 */
function inCultureCellComplement(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const word = words[k]!;
    if (word.punct || isVerb(word) || CHAIN_ENDS.has(word.lower)) return false;
    if (CULTURE_CELLS.has(word.lower)) return true;
  }
  return false;
}

/** The noun phrase the words [at, at + length) premodify: they and more words after them lie in one phrase. */
function premodifiedPhrase(sentence: ClaimSentence, at: number, length: number): NounPhrase | undefined {
  const phrases = nounPhrasesOf(sentence.words);
  const phrase = phrases.at(at + length - 1);
  return phrase && phrase === phrases.at(at) && phrase.to > at + length ? phrase : undefined;
}

/** The members of the therapy class a design phrase premodifies ("an allogeneic CAR-T product"), if it does. */
function modifiedClass(context: RelationContext, at: number, length: number): ReadonlySet<Entity> | undefined {
  const { sentence, index } = context;
  const phrase = premodifiedPhrase(sentence, at, length);
  if (!phrase) return undefined;
  // The class may be the head ("an allogeneic CAR-T"), name it ("an autologous CAR-T product") or take the property
  // into its own name ("allogeneic CAR T-cell therapy").
  const mention = sentence.mentions.find(
    (m) => m.to > at + length && m.from < phrase.to && m.entity.type === 'therapy-class',
  );
  return mention ? new Set(membersOf(index, mention.entity)) : undefined;
}

function judgeProperty(
  context: RelationContext,
  subject: TherapyRef,
  property: DesignProperty,
  negated: boolean,
): void {
  const { index } = context;
  const members = membersFor(subject).filter(
    (m) => m.design && !m.design.unverified && hasProperty(m, property) !== undefined,
  );
  if (!members.length) return;
  const holding = members.filter((m) => hasProperty(m, property));
  const failing = members.filter((m) => !hasProperty(m, property));
  const wrong = subject.isClass
    ? negated
      ? subject.quantifier === 'all' || holding.length === members.length
        ? holding
        : []
      : subject.quantifier === 'all'
        ? failing
        : failing.length === members.length
          ? failing
          : []
    : negated
      ? holding
      : failing;
  if (!wrong.length) return;
  const name = refName(index, subject);
  const truth = PROPERTY_TRUTH[property];
  const allSame = wrong.every((m) => truth(m) === truth(wrong[0]!));
  const products = `${subject.approvedOnly ? 'approved ' : ''}${classProducts(name)}`;
  // "CAR T cells are MHC-restricted" where none is: "not all" would imply that some are.
  const none = !negated && allSame && wrong.length === members.length && members.length > 1;
  context.report({
    ...(subject.isClass
      ? {
          messageId: negated ? 'someAre' : none ? 'noneAre' : 'notAllAre',
          data: {
            products,
            Products: upperFirst(products),
            // A long gloss in brackets gives way to the one-line message.
            property:
              PROPERTY_TEXT[property].length > 45
                ? PROPERTY_TEXT[property].replace(/ \(.*\)$/, '')
                : PROPERTY_TEXT[property],
            details:
              allSame && wrong.length === members.length
                ? members.length === 1
                  ? `${label(index, members[0]!)} is ${truth(wrong[0]!).split(':')[0]}`
                  : `all ${members.length}${none ? (subject.approvedOnly ? ' approved' : ' on record') : ''} are ${truth(wrong[0]!).split(':')[0]}`
                : listWithin(
                    wrong.map((m) => `${label(index, m)} is ${truth(m)}`),
                    80,
                    '; ',
                  ),
          },
        }
      : { messageId: 'productIs', data: { product: name, truth: truth(wrong[0]!) } }),
    sources: uniqueSources(...wrong.map((m) => m.design?.sources)),
    correction:
      subject.isClass && allSame
        ? upperFirst(`${subject.approvedOnly ? 'approved ' : ''}${classProducts(name)} are ${truth(wrong[0]!)}.`)
        : !subject.isClass
          ? `${name} is ${truth(wrong[0]!)}.`
          : undefined,
  });
}

/**
 * A class as a plural noun phrase for a message: "CAR-T products", "TIL therapies" (a name ending in a plural therapy
 * noun keeps it), "autologous CAR-T products" (a capital the sentence's first word took is dropped).
 */
function classProducts(name: string): string {
  const last = name.split(/[\s-]/).pop()!;
  // A plural head ("therapies", "CAR-Ts", "cells") names the products already.
  const plural = /[^s]s$/i.test(last) ? name : `${name} products`;
  return /^[A-Z][a-z]/.test(plural) ? plural.charAt(0).toLowerCase() + plural.slice(1) : plural;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const COORDINATORS = new Set(['or', 'and', '/']);
const OR = new Set(['or']);

/** Whether the value at [at, at + length) is joined by "or"/"and" to another value of the same lexicon. */
function coordinatedValue(
  sentence: ClaimSentence,
  lexicon: readonly { phrase: string }[],
  at: number,
  length: number,
): boolean {
  const words = sentence.words;
  const { after, before } = conjunctBeside(words, at, at + length, COORDINATORS);
  return lexicon.some(
    (l) =>
      (after !== undefined && phraseAt(words, after, l.phrase)) ||
      (before !== undefined && phraseAt(words, before - l.phrase.split(' ').length, l.phrase)),
  );
}

// Each lexicon's first words: most words of a clause start none of its phrases, and one set lookup tells.
const firstWords = new WeakMap<readonly { phrase: string }[], ReadonlySet<string>>();

function firstWordsOf(lexicon: readonly { phrase: string }[]): ReadonlySet<string> {
  let words = firstWords.get(lexicon);
  if (!words) firstWords.set(lexicon, (words = new Set(lexicon.map((l) => l.phrase.split(' ')[0]!))));
  return words;
}

const COUNT_MODIFIERS = lexiconWords('infusion-count-modifiers');
const COUNT_NOUNS = lexiconWords('infusion-count-nouns');
// Modifiers read between a count and its noun: "one single intravenous drip".
const MAX_COUNT_MODIFIERS = 2;

/**
 * The value a cue at `at` names, and how many words it spans: the cue as written, or one ending in an infusion noun
 * read across modifiers to any such noun ("a single intravenous infusion", "one single drip").
 */
function valueAt<V>(
  words: readonly Word[],
  at: number,
  lexicon: readonly { phrase: string; value: V }[],
): { value: V; length: number } | undefined {
  for (const l of lexicon) {
    const parts = l.phrase.split(' ');
    if (phraseAt(words, at, l.phrase)) return { value: l.value, length: parts.length };
    if (parts.length < 2 || !COUNT_NOUNS.has(parts[parts.length - 1]!)) continue;
    if (!phraseAt(words, at, parts.slice(0, -1).join(' '))) continue;
    let k = at + parts.length - 1;
    while (k - (at + parts.length - 1) < MAX_COUNT_MODIFIERS && COUNT_MODIFIERS.has(words[k]?.lower ?? '')) k++;
    const noun = words[k]?.lower ?? '';
    // The noun keeps the cue's number: "two intravenous infusions", not "two intravenous infusion bags".
    const plural = parts[parts.length - 1]!.endsWith('s');
    if (k > at + parts.length - 1 && COUNT_NOUNS.has(noun) && noun.endsWith('s') === plural)
      return { value: l.value, length: k - at + 1 };
  }
  return undefined;
}

/**
 * "the Kymriah REMS required two doses of tocilizumab": a value whose "of" phrase names an entity other than the
 * subjects before it ("two doses of CAR T cells" names their class) is that entity's.
 */
function ownedByOther(context: RelationContext, at: number, end: number, subjects: readonly TherapyRef[]): boolean {
  const { sentence, index } = context;
  if (sentence.words[end]?.lower !== 'of') return false;
  const owner = sentence.mentions.find((m) => m.from === end + 1);
  if (!owner) return false;
  const members = membersOf(index, owner.entity);
  return !subjects.some((s) => s.to <= at && s.members.some((m) => members.includes(m)));
}

function checkValues<V extends string>(
  context: RelationContext,
  sentence: ClaimSentence,
  clause: Clause,
  subjects: readonly TherapyRef[],
  lexicon: readonly { phrase: string; value: V }[],
  valueOf: (e: Entity) => V | undefined,
  what: string,
  sourcesOf: (e: Entity) => readonly string[] | undefined = (e) => e.design?.sources,
): void {
  const { index } = context;
  const starts = firstWordsOf(lexicon);
  let previous = clause.from;
  for (let i = clause.from; i < clause.to; i++) {
    if (!starts.has(sentence.words[i]!.lower)) continue;
    const hit = valueAt(sentence.words, i, lexicon);
    if (!hit) continue;
    // "a lentiviral or gamma-retroviral vector": coordinated values describe the set, not each member.
    if (coordinatedValue(sentence, lexicon, i, hit.length)) return;
    if (ownedByOther(context, i, i + hit.length, subjects)) continue;
    // Each value belongs to the subjects since the previous value: "X uses CD28 and Y uses 4-1BB".
    const own = subjects.filter((s) => s.to <= i && s.from >= previous);
    const negated =
      sentence.negatedAt(i) && !presupposedModifier(sentence, Math.min(i, ...own.map((s) => s.from)), i, hit.length);
    previous = i + 1;
    for (const subject of own) {
      // "Four of the seven FDA-approved CAR-Ts use CD28": a count of the class's members with the value.
      const written =
        subject.isClass && !negated
          ? (partitiveCount(sentence.words, subject.from, i)?.count ?? countBefore(sentence, clause.from, subject))
          : undefined;
      if (written !== undefined) {
        judgeCount(context, subject, written, hit.value, valueOf, what, sourcesOf);
        continue;
      }
      const members = membersFor(subject).filter((m) => valueOf(m) !== undefined);
      if (!members.length) continue;
      const wrong = members.filter((m) => (valueOf(m) === hit.value) === negated);
      const judged = !subject.isClass || subject.quantifier === 'all' || wrong.length === members.length;
      if (!wrong.length || !judged) continue;
      const others = members.filter((m) => valueOf(m) === hit.value);
      const products = `${subject.approvedOnly ? 'approved ' : ''}${classProducts(refName(index, subject))}`;
      const differing = wrong.filter((m) => valueOf(m) !== hit.value).map((m) => label(index, m));
      const values = [...new Set(wrong.map(valueOf))].join('/');
      const differ = `${listWithin(differing, 50)} ${differing.length === 1 ? 'uses' : 'use'} ${values}`;
      // Those that match, named while the line has room.
      const same =
        others.length && others.length <= 3
          ? `only ${joinAnd(others.map((m) => label(index, m)))} ${others.length === 1 ? 'uses' : 'use'} ${hit.value}; `
          : '';
      context.report({
        ...(subject.isClass
          ? {
              messageId: 'notAllUse',
              data: fitting('design', relation.meta.messages, 'notAllUse', [
                { products, value: hit.value, details: `${same}${differ}` },
                { products, value: hit.value, details: differ },
              ]),
            }
          : {
              messageId: negated ? 'productHasNegated' : 'productHas',
              data: { product: label(index, wrong[0]!), actual: String(valueOf(wrong[0]!)), what, claimed: hit.value },
            }),
        sources: uniqueSources(...members.map(sourcesOf)),
        correction: subject.isClass ? undefined : `${label(index, wrong[0]!)} has a ${valueOf(wrong[0]!)} ${what}.`,
      });
    }
  }
}

/**
 * "In patients who did not respond, tisagenlecleucel and other 4-1BB CAR-T products …": a value premodifying a noun
 * phrase of the subject (no verb between the subject, from `subject`, and the value) describes the subject as given; a
 * negation of a predicate does not deny it, one right before that phrase does ("not a CD28 product").
 */
function presupposedModifier(sentence: ClaimSentence, subject: number, at: number, length: number): boolean {
  const { words } = sentence;
  const phrase = premodifiedPhrase(sentence, at, length);
  if (!phrase) return false;
  for (let k = subject; k < at; k++) if (isVerb(words[k]) || NEGATION_WORDS.includes(words[k]!.lower)) return false;
  for (let k = Math.max(0, phrase.from - 2); k < phrase.from; k++)
    if (NEGATION_WORDS.includes(words[k]!.lower)) return false;
  return true;
}

/**
 * The count written before a class: "four of the seven FDA-approved CAR-Ts" (a part), "two FDA-approved CAR-Ts"; none
 * for a bound ("at least two", "more than three").
 */
function countBefore(sentence: ClaimSentence, from: number, subject: TherapyRef): number | undefined {
  const { words } = sentence;
  for (let k = Math.max(from, subject.from - 4); k < subject.to; k++) {
    const count =
      cardinal(words[k]!.lower) ?? (/^\d{1,2}$/.test(words[k]!.lower) ? Number(words[k]!.lower) : undefined);
    if (count === undefined) continue;
    // "at least two" is a bound; "all seven" counts the whole class (judged as "every member uses").
    if (NOT_EXACT.has(words[k - 1]?.lower ?? '') || WHOLE.has(words[k - 1]?.lower ?? '')) return undefined;
    // The first number counts the part; "of the seven" after it names the whole.
    return count;
  }
  return undefined;
}

function judgeCount<V extends string>(
  context: RelationContext,
  subject: TherapyRef,
  claimed: number,
  value: V,
  valueOf: (e: Entity) => V | undefined,
  what: string,
  sourcesOf: (e: Entity) => readonly string[] | undefined,
): void {
  const { index } = context;
  const members = membersFor(subject);
  // Every member's value on record, and the members themselves complete (approved ones: the FDA's record).
  if (!members.length || members.some((m) => valueOf(m) === undefined)) return;
  if (!members.every((m) => approvalsComplete(index, m, 'FDA'))) return;
  const using = members.filter((m) => valueOf(m) === value);
  if (using.length === claimed) return;
  context.report({
    messageId: 'countUses',
    data: {
      actual: cap(String(NUMBER_NAMES[using.length] ?? using.length)),
      total: String(NUMBER_NAMES[members.length] ?? members.length),
      products: refName(index, subject),
      use: using.length === 1 ? 'uses' : 'use',
      value,
      claimed: String(NUMBER_NAMES[claimed] ?? claimed),
      details: using.length
        ? `${listWithin(
            using.map((m) => label(index, m)),
            60,
          )} ${using.length === 1 ? 'has' : 'have'} a ${value} ${what}`
        : `none has a ${value} ${what}`,
    },
    sources: uniqueSources(...members.map(sourcesOf)),
  });
}

const NUMBER_NAMES = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const NOT_EXACT = lexiconWords('count-not-exact');
const WHOLE = new Set(['all', 'both', 'every', 'each']);
