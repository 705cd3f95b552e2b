import { maskedOf } from '../text/prose';
import type { DocumentAnalysis } from '../document/analysis';
import type { KnowledgeIndex } from '../kb/index';
import type { Entity } from '../kb/types';
import type { TermMatch } from '../terms/matcher';
import { type Suggestion, vocabularyOf } from '../terms/vocabulary';
import type { Sentence } from '../text/sentences';
import { lexicon, lexiconWords } from './lexicon';
import { wordsIn } from '../text/words';
import { eventClauseAt, splicedSubjectAt, splitClauses } from './clauses';
import { sectionHeadingOf } from './heading';
import { isTherapy } from './knowledge';
import { frameSubject, MAX_SECTION_BLOCKS } from './topic';
import { isTherapyHead, isVerb, type NounPhrase, nounPhrasesOf } from './phrases';
import { isAnswerParticle } from './negation';
import { ANSWER_LABEL_PART, answerLabelLength } from './modality';
import { MAX_CLAIM_WORDS, type UnresolvedReference } from './sentence';
import { detach } from '../util/memo';
import { isYear } from '../util/text';
import { lowerBound } from '../util/sorted';
import { findPhrase, phraseAt, phraseStartingAt, type Word, wordsOf } from './words';
import { afterOpeningVerdict, reportedSubjectAt, thatClauseAt } from './reported';
import { wordClass } from './word-classes';

// Mentions a sentence makes without naming a knowledge-base term: a pronoun or a definite description standing for
// an entity named earlier in its paragraph ("It targets BCMA."), and a misspelled product name ("Kymria").

/** A product or drug: what a name picks out, as against a class, a disease or an antigen. */
export const isNamedEntity = (e: { type: string }) => e.type === 'product' || e.type === 'drug';
/** A mention of a product or drug. */
export const isNamed = (m: { entity: { type: string } }) => isNamedEntity(m.entity);
const isIndication = (e: Entity) => e.type === 'indication';
const COPULAS = lexiconWords('linking-verbs');
// "However, it …", "In addition, the product …": a connective before the subject.
const OPENERS = new Set(['however', 'also', 'moreover', 'additionally', 'furthermore', 'importantly', 'notably']);

/**
 * The sentence's own mentions with those its anaphors and misspelled names stand for, in text order. A referring
 * phrase that names a therapy class ("this cell therapy") stands for its antecedent, not the class.
 */
export function discourseMentions(
  document: DocumentAnalysis,
  sentence: Sentence,
  index: KnowledgeIndex,
  own: readonly TermMatch[] = document.mentionsIn(sentence.start, sentence.end),
): TermMatch[] {
  const references = referencesIn(document, sentence, own);
  const added = [...misspelledIn(sentence, own, index), ...references.found];
  if (!added.length && !references.replaced.length) return own as TermMatch[];
  const kept = references.replaced.length ? own.filter((m) => !references.replaced.includes(m)) : own;
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** Whether a sentence that names nothing misspells a product's name ("Kymria is made by Autolus."). */
export function misspellsTherapy(sentence: Sentence, index: KnowledgeIndex): boolean {
  return misspelledIn(sentence, [], index).length > 0;
}

/** Whether a sentence that names nothing refers to something named before it ("It targets BCMA."). */
export function refersBack(document: DocumentAnalysis, sentence: Sentence): boolean {
  return referencesIn(document, sentence, []).found.length > 0;
}

/**
 * Referring phrases of the sentence that stand for nothing found before them, and the section a paragraph's heading
 * scopes to a disease the sentence does not name: what depends on them is not judged.
 */
export function unresolvedReferencesIn(document: DocumentAnalysis, sentence: Sentence): readonly UnresolvedReference[] {
  const own = document.mentionsIn(sentence.start, sentence.end);
  return unresolvedOf(document, sentence, own, referencesIn(document, sentence, own));
}

function unresolvedOf(
  document: DocumentAnalysis,
  sentence: Sentence,
  own: readonly TermMatch[],
  references: References,
): readonly UnresolvedReference[] {
  if (!scopedBySection(document, sentence, own, references)) return references.unresolved;
  return [...references.unresolved, { start: sentence.start, end: sentence.end, kind: 'section' }];
}

/** What the sentence's anaphors stand for, as a key: a sentence's check depends on it beyond its own text. */
export function antecedentKey(document: DocumentAnalysis, sentence: Sentence): string {
  // The sentence's mentions and references read once (each sentence after an edit is keyed again at every edit).
  const own = document.mentionsIn(sentence.start, sentence.end);
  const references = referencesIn(document, sentence, own);
  const names = (m: TermMatch) => isTherapy(m.entity);
  const topic = own.some(names) || references.found.some(names) ? undefined : topicOf(document, sentence);
  return unresolvedOf(document, sentence, own, references)
    .map((u) => `?${u.kind}`)
    .concat(
      references.found.map((m) => m.entity.id),
      topic ? [`@${topic.id}`] : [],
    )
    .join(' ');
}

const headingDiseases = new WeakMap<object, Map<number, boolean>>();

/**
 * A paragraph sentence that names no disease under a heading that names one: the heading may restrict what the
 * sentence says ("No CAR-T is FDA-approved yet" under "## Solid tumors"), so the sentence's disease is not known.
 */
function scopedBySection(
  document: DocumentAnalysis,
  sentence: Sentence,
  own: readonly TermMatch[],
  references: References,
): boolean {
  if (sentence.block !== 'paragraph' || own.some((m) => isIndication(m.entity))) return false;
  if (references.found.some((m) => isIndication(m.entity))) return false;
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  if (heading === undefined) return false;
  let byHeading = headingDiseases.get(document.prose.blocks);
  if (!byHeading) headingDiseases.set(document.prose.blocks, (byHeading = new Map()));
  let names = byHeading.get(heading);
  if (names === undefined) {
    const { start, end } = document.prose.blocks[heading]!;
    byHeading.set(heading, (names = document.mentionsIn(start, end).some((m) => isIndication(m.entity))));
  }
  return names;
}

interface References {
  found: TermMatch[];
  /** Own class mentions inside a referring phrase: they do not name the class. */
  replaced: TermMatch[];
  unresolved: UnresolvedReference[];
}

const NONE: References = { found: [], replaced: [], unresolved: [] };
// Computed for the sentence's mentions, its memo key and its claim analysis alike: once per sentence.
const memo = new WeakMap<Sentence, References>();

// "the product", "the drug": the therapy anaphors a definite article opens, which refer back wherever they stand.
const definiteAnaphors = () =>
  lexicon('therapy-anaphors')
    .filter((p) => p.startsWith('the '))
    .map((p) => p.replaceAll(' ', '\\s+'));

// Coordinators after which "it" opens a clause of its own ("…, so it is approved for …": a result clause).
const COORDINATORS = new Set(['but', 'and', 'yet', 'so']);
// "…; it …", "…, because the product …": a therapy anaphor that may open a later clause (not "its").
function clauseAnaphors(): string {
  return lexicon('therapy-anaphors')
    .filter((p) => p !== 'its')
    .map((p) => p.replaceAll(' ', '\\s+'))
    .join('|');
}

// Sentences that may hold an anaphor, told before their words are read: most do not. An answer ("Yes, it …") may.
const MAY_REFER = new RegExp(
  `^\\s*(?:${ANSWER_LABEL_PART})?(?:(?:its?|the|this|however|also|moreover|additionally|furthermore|importantly|notably|in addition)\\b|(?:${lexicon('answer-particles').join('|')})\\s*,)|\\b(?:this|these|those|same|aforementioned|above)\\b|\\b(?:${definiteAnaphors().join('|')})\\b|[:;,]\\s*(?:${clauseAnaphors()})\\b|\\b(?:${[...COORDINATORS, ...lexicon('subordinators'), ...lexicon('reason-clause-openers'), ...lexicon('relative-pronouns')].join('|').replaceAll(' ', '\\s+')})\\s+(?:${clauseAnaphors()})\\b`,
  'iu',
);

let conditionAnaphorCue: RegExp | undefined;
// "… for it", "… the disease": pronouns count only after "for" (see condition-anaphors).
const mayReferToCondition = (text: string) =>
  (conditionAnaphorCue ??= new RegExp(
    `\\b(?:${lexicon('condition-anaphors')
      .map((p) => (p.includes(' ') ? p : `for ${p}`).replace(/ /g, '\\s+'))
      .join('|')})\\b`,
    'i',
  )).test(text);

// "that lymphoma", "this leukemia", "the same cancer": a disease named by its head alone after a demonstrative.
const DEMONSTRATIVE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...wordClass('demonstratives'), 'the same'].join('|')})\\s+$`,
  'iu',
);
const demonstrativeDisease = (text: string, m: TermMatch) =>
  isIndication(m.entity) &&
  !/\s/.test(m.text) &&
  DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));

// A sentence's references are asked for two or three times in a row (its mentions, then its unresolved references):
// its text's cue tests, the costliest pattern of the claim engine's, are kept for the text asked last.
let cuedText: string | undefined;
let cued = false;
function mayReferByText(text: string): boolean {
  if (text !== cuedText) {
    cuedText = text;
    cued = MAY_REFER.test(text) || mayReferToCondition(text);
  }
  return cued;
}

function referencesIn(document: DocumentAnalysis, sentence: Sentence, own: readonly TermMatch[]): References {
  if (
    sentence.block === 'heading' ||
    !(
      document.sentenceCue('may refer', sentence, mayReferByText) ||
      own.some((m) => demonstrativeDisease(document.text, m))
    )
  )
    return NONE;
  let found = memo.get(sentence);
  if (!found) memo.set(sentence, (found = findReferences(document, sentence, own)));
  return found;
}

function findReferences(document: DocumentAnalysis, sentence: Sentence, own: readonly TermMatch[]): References {
  const words = wordsIn(document.tokensOf(sentence), MAX_CLAIM_WORDS);
  if (words.length === 0) return NONE;
  const found: TermMatch[] = [];
  const replaced: TermMatch[] = [];
  const unresolved: UnresolvedReference[] = [];
  // A subject pronoun or description, first in the sentence (after a connective), when it names no therapy itself.
  // "A: Yes, it …": an answer's label is not its subject.
  const label = answerLabelLength(words);
  // "That is an error: it was approved in 2021": after a verdict on what came before, the writer's statement opens.
  let at = afterOpeningVerdict(words, label) ?? label;
  if ((OPENERS.has(words[at]?.lower ?? '') || isAnswerParticle(words, at)) && words[at + 1]?.lower === ',') at += 2;
  else if (words[at]?.lower === 'in' && words[at + 1]?.lower === 'addition' && words[at + 2]?.lower === ',') at += 3;
  const anaphor = phraseStartingAt(words, at, lexicon('therapy-anaphors')) ?? companysTherapy(document.text, words, at);
  // Without a product before it, a class subject is read as before ("This CAR T-cell therapy remains investigational").
  const classSubject = anaphor
    ? undefined
    : definiteClassSubject(document.text, words, at, own, () => !!antecedentOf(document, sentence, isNamedEntity));
  const therapy = anaphor ?? classSubject;
  // "It is an autologous cell therapy": a class after the pronoun's copula is what it is, not another subject.
  const description = therapy ? undefined : describedTherapy(words, at, own);
  const subjectEnd = at + (therapy?.length ?? description?.span.length ?? 0);
  const predicateFrom = (therapy || description) && COPULAS.has(words[subjectEnd]?.lower ?? '') ? subjectEnd : -1;
  const namesTherapy = own.some(
    (m) =>
      m !== classSubject?.inside &&
      ((isNamedEntity(m.entity) && !(therapy && isOrderStandard(words, therapy.at + therapy.length, m))) ||
        (m.entity.type === 'therapy-class' && !(predicateFrom >= 0 && m.start > words[predicateFrom]!.start))),
  );
  const startRead = therapy && !namesTherapy && !phraseStartingAt(words, at, lexicon('expletive-it-cues'));
  if (startRead) {
    const antecedent =
      words[therapy.at]!.lower === 'its'
        ? possessorBefore(document, sentence, words[therapy.at + 1])
        : antecedentOf(document, sentence, isNamedEntity);
    const last = words[therapy.at + therapy.length - 1]!;
    if (antecedent) {
      found.push(anaphorMatch(words, therapy, antecedent));
      if (classSubject) replaced.push(classSubject.inside);
    } else unresolved.push({ start: words[therapy.at]!.start, end: last.end, kind: 'therapy' });
  }
  // "That trial supported the product's 2020 approval": "the product" past the subject refers back too.
  if (!startRead && !namesTherapy) found.push(...laterAnaphors(document, sentence, words, at));
  // "The CD19-directed therapy is …": the one named before it that the knowledge base says the modifier fits.
  const described = namesTherapy ? undefined : description;
  if (described) {
    replaced.push(...described.inside);
    const fits = (e: Entity) =>
      isNamedEntity(e) && described.antigens.every((a) => e.design?.targets.includes(a.id) === true);
    const antecedent = antecedentOf(document, sentence, fits);
    if (antecedent) found.push(anaphorMatch(words, described.span, antecedent));
    else unresolved.push({ start: words[at]!.start, end: words[at + described.span.length - 1]!.end, kind: 'therapy' });
  }
  const namesIndication = own.some((m) => isIndication(m.entity));
  for (const reference of referringPhrases(words)) {
    if ((startRead && reference.from === therapy.at) || (described && reference.from === at)) continue;
    const head = words[reference.to - 1]!;
    const inside = own.filter((m) => m.start >= words[reference.from]!.start && m.end <= head.end);
    if (inside.some((m) => m.entity.type !== 'therapy-class')) continue;
    const span = { at: reference.from, length: reference.to - reference.from };
    if (lexiconWords('condition-reference-heads').has(head.lower)) {
      // "approved for ALL and for this indication": the sentence's own disease is read as before.
      if (namesIndication) continue;
      const antecedent = antecedentOf(document, sentence, isIndication, true);
      if (antecedent) found.push(anaphorMatch(words, span, antecedent, true));
      else unresolved.push({ start: words[reference.from]!.start, end: head.end, kind: 'condition' });
      // "Kymriah is approved for LBCL. This indication requires …": a use is its therapy's too.
      const user =
        antecedent && !namesTherapy && !startRead && lexiconWords('use-reference-heads').has(head.lower)
          ? antecedentOf(document, sentence, isNamedEntity)
          : undefined;
      if (user) found.push(anaphorMatch(words, { at: reference.from, length: 1 }, user));
    } else if (isTherapyHead(head)) {
      // "this cell therapy" is the one named before it, not cell therapy in general.
      replaced.push(...inside);
      const earlier = earlierClauseTherapies(words, reference.from, own);
      const antecedent =
        earlier === undefined
          ? antecedentOf(document, sentence, isNamedEntity)
          : earlier.size === 1
            ? [...earlier][0]
            : undefined;
      if (antecedent) found.push(anaphorMatch(words, span, antecedent));
      else unresolved.push({ start: words[reference.from]!.start, end: head.end, kind: 'therapy' });
    }
  }
  found.push(...coordinatedSubjects(words, at, own));
  found.push(...reportedSubjectAnaphors(words, own));
  unresolved.push(...ambiguousPronouns(words, at, own));
  conditionAnaphors(document, sentence, words, own, found, unresolved);
  narrowedDiseases(document, sentence, words, own, found, replaced);
  return found.length || replaced.length || unresolved.length ? { found, replaced, unresolved } : NONE;
}

/**
 * "… was treated with Tecartus; as this product is approved …": a referring phrase opening a clause after a semicolon,
 * or right after the conjunction opening one, stands for the therapies the sentence names before that clause (the set
 * of distinct ones, which must be one to resolve it). Undefined when the phrase opens no such clause, or nothing
 * before it is named: the sentences before are searched as for a sentence's first clause.
 */
function earlierClauseTherapies(
  words: readonly Word[],
  from: number,
  own: readonly TermMatch[],
): Set<Entity> | undefined {
  let k = from;
  const opener = IT_OPENERS.map((p) => p.split(' ').length).find((n) =>
    IT_OPENERS.some((p) => phraseAt(words, from - n, p)),
  );
  if (opener) k -= opener;
  if (words[k - 1]?.lower !== ';') return undefined;
  const boundary = words[k - 1]!.start;
  const before = new Set(own.filter((m) => m.end <= boundary && isNamedEntity(m.entity)).map((m) => m.entity));
  return before.size ? before : undefined;
}

/**
 * "The company's product", "the firm's therapy": a company noun with a possessive before a therapy noun that refers back
 * ("the product") stands for the product named before it, as "its product" does (data/lexicon/company-nouns).
 */
function companysTherapy(
  text: string,
  words: readonly Word[],
  at: number,
): { at: number; length: number; phrase: string } | undefined {
  const owner = words[at + 1];
  if (words[at]?.lower !== 'the' || !owner || !lexiconWords('company-nouns').has(owner.lower)) return undefined;
  // The possessive "'s" is not a word of its own: it follows the owner in the text.
  if (!/^['\u2019]s\b/i.test(text.slice(owner.end, owner.end + 3)) || !words[at + 2]) return undefined;
  const head = `the ${words[at + 2]!.lower}`;
  return lexicon('therapy-anaphors').includes(head) ? { at, length: 3, phrase: head } : undefined;
}

/**
 * "The CAR-T targets BCMA", "this CAR T-cell therapy was approved …", "the company's CAR-T …": a definite, singular class
 * name as the subject (a verb right after it) stands for the one product named before it, as "the product" does.
 */
function definiteClassSubject(
  text: string,
  words: readonly Word[],
  at: number,
  own: readonly TermMatch[],
  resolves: () => boolean,
): { at: number; length: number; phrase: string; inside: TermMatch } | undefined {
  const opener = words[at]?.lower;
  if (opener !== 'the' && opener !== 'this') return undefined;
  let k = at + 1;
  const owner = words[k];
  if (opener === 'the' && owner && lexiconWords('company-nouns').has(owner.lower)) {
    if (!/^['\u2019]s\b/i.test(text.slice(owner.end, owner.end + 3))) return undefined;
    k++;
  }
  const first = words[k];
  const inside = first && own.find((m) => m.start === first.start && m.entity.type === 'therapy-class');
  if (!inside || /s$/i.test(inside.text)) return undefined;
  let end = k;
  while (end < words.length && words[end]!.start < inside.end) end++;
  if (!isVerb(words[end]) || !resolves()) return undefined;
  return { at, length: end - at, phrase: 'the product', inside };
}

/**
 * Therapy anaphors opened by "the" past the sentence's subject ("supported the product's approval", "patients given
 * the drug"), each where it ends a noun phrase, when the sentence names no therapy: the one named before it.
 */
function laterAnaphors(
  document: DocumentAnalysis,
  sentence: Sentence,
  words: readonly Word[],
  from: number,
): TermMatch[] {
  const found: TermMatch[] = [];
  for (let i = from + 1; i < words.length; i++) {
    if (words[i]!.lower !== 'the') continue;
    const cue = phraseStartingAt(words, i, lexicon('therapy-anaphors'));
    if (!cue) continue;
    const after = words[cue.at + cue.length];
    const possessive = /^['\u2019]s\b/i.test(document.text.slice(words[cue.at + cue.length - 1]!.end).slice(0, 3));
    // "the treatment center" is a place: the phrase goes on.
    if (after && !after.punct && !possessive && !isVerb(after) && !lexiconWords('prepositions').has(after.lower))
      continue;
    const antecedent = antecedentOf(document, sentence, isNamedEntity);
    if (!antecedent) return [];
    found.push(anaphorMatch(words, cue, antecedent));
    i = cue.at + cue.length - 1;
  }
  return found;
}

const ORDER_CUES = [...lexicon('order-before-cues'), ...lexicon('order-after-cues')];

/**
 * "It was approved before Kymriah": a therapy named right after an order cue, in a clause whose subject is the
 * referring phrase (a verb follows it at `subjectEnd`), is the standard of the comparison, not the subject.
 */
function isOrderStandard(words: readonly Word[], subjectEnd: number, mention: TermMatch): boolean {
  if (!isVerb(words[subjectEnd])) return false;
  const at = words.findIndex((w) => w.start === mention.start);
  return ORDER_CUES.some((cue) => {
    const length = cue.split(' ').length;
    return at - length > subjectEnd && phraseAt(words, at - length, cue);
  });
}

const SUBORDINATORS = lexicon('subordinators');
// "…, since it is approved for …": a reason conjunction before "it" and a verb opens a clause of its own.
const REASON_OPENERS = lexicon('reason-clause-openers');
const IT_OPENERS = [...new Set([...SUBORDINATORS, ...REASON_OPENERS])];

/**
 * "Breyanzi is approved for LBCL, but it is not approved for CLL", "Breyanzi may be offered because it targets CD19":
 * "it" opening a coordinated or subordinate clause, before a verb, is the sentence's subject, when the sentence opens
 * with a therapy at `at` and names no other.
 */
function coordinatedSubjects(words: readonly Word[], at: number, own: readonly TermMatch[]): TermMatch[] {
  const therapies = own.filter((m) => isNamedEntity(m.entity));
  const entity = therapies[0]?.entity;
  if (!entity || therapies.some((m) => m.entity !== entity)) return [];
  // "Is Kymriah an option because it …?": the subject after a question's auxiliary.
  const subjectAt = isVerb(words[at]) ? at + 1 : at;
  // "When Yescarta was approved in 2017, it was not …": the subject of an opening event clause.
  const event = eventClauseAt(words, at);
  const eventSubject = event && event.at === at ? words[at + event.length] : undefined;
  const opensWith = therapies.some(
    (m) => m.start === words[at]!.start || m.start === words[subjectAt]?.start || m.start === eventSubject?.start,
  );
  // "Your doctor may offer you Abecma because it …": under a subject that cannot be "it" (a person, a plural), "it"
  // takes the therapy right before its conjunction.
  const lastWordOf = (m: TermMatch) => words.findLastIndex((w) => w.start < m.end);
  const objectBefore = (k: number) =>
    !opensWith &&
    humanOrPluralSubject(words, at, own) &&
    therapies.some((m) => {
      // "… Tecartus for her leukaemia, since it …": a short prepositional phrase may follow the therapy.
      let end = k;
      if (words[end - 1]?.lower === ',') end--;
      const last = lastWordOf(m);
      if (last === end - 1) return true;
      const gap = words.slice(last + 1, end);
      return (
        gap.length >= 2 &&
        gap.length <= MAX_TRAILING_PHRASE &&
        TRAILING_PREPOSITIONS.has(gap[0]!.lower) &&
        gap.every((w) => !w.punct) &&
        !own.some((o) => o !== m && o.start >= gap[0]!.start && o.start <= gap.at(-1)!.start && !isIndication(o.entity))
      );
    });
  const found: TermMatch[] = [];
  for (let i = at + 1; i < words.length; i++) {
    if (words[i]!.lower !== 'it' || !isVerb(words[i + 1])) continue;
    // "Kymriah is not approved for myeloma, it is approved for ALL": a comma splice opens a clause as "but" does.
    const opener =
      COORDINATORS.has(words[i - 1]!.lower) || splicedAt(words, i)
        ? 1
        : (opensWith ? SUBORDINATORS : IT_OPENERS)
            .map((p) => p.split(' ').length)
            .find((n) =>
              (opensWith ? SUBORDINATORS : IT_OPENERS).some(
                (p) => p.split(' ').length === n && phraseAt(words, i - n, p),
              ),
            );
    if (!opener || !(opensWith || objectBefore(i - opener))) continue;
    if (phraseStartingAt(words, i, lexicon('expletive-it-cues'))) continue;
    found.push(anaphorMatch(words, { at: i, length: 1 }, entity));
  }
  return found;
}

/**
 * "Doctors prefer Carvykti to Kymriah because it targets BCMA": "it" opening a clause after a conjunction, in a
 * sentence naming two or more therapies before it, could stand for either, so the clause's subject is unresolved.
 */
function ambiguousPronouns(words: readonly Word[], at: number, own: readonly TermMatch[]): UnresolvedReference[] {
  const unresolved: UnresolvedReference[] = [];
  for (let i = at + 1; i < words.length; i++) {
    const it = words[i]!;
    if (it.lower !== 'it' || !isVerb(words[i + 1])) continue;
    const before = new Set(own.filter((m) => m.end <= it.start && isNamedEntity(m.entity)).map((m) => m.entity));
    if (before.size < 2 || !opensClauseAt(words, i)) continue;
    if (phraseStartingAt(words, i, lexicon('expletive-it-cues'))) continue;
    unresolved.push({ start: it.start, end: it.end, kind: 'pronoun' });
  }
  return unresolved;
}

/**
 * "The brochure says Breyanzi targets CD19; that is wrong, because it targets BCMA", "The vendor insisted that Kymriah
 * targets CD19 and later conceded that the product targets BCMA": when the one therapy a sentence names is the subject
 * of the statement it reports (right after the report's cue), a therapy anaphor opening a later clause (after a
 * conjunction, a colon or semicolon, or a verb's "that") takes up that subject, as a rejection's reason or a
 * concession restates it.
 */
function reportedSubjectAnaphors(words: readonly Word[], own: readonly TermMatch[]): TermMatch[] {
  const therapies = own.filter((m) => isNamedEntity(m.entity));
  const entity = therapies[0]?.entity;
  if (!entity || therapies.some((m) => m.entity !== entity)) return [];
  const from = words.findIndex((w) => w.start >= therapies[0]!.start);
  const to = words.findIndex((w) => w.start >= therapies[0]!.end);
  if (from < 0 || to < 0 || !reportedSubjectAt(words, from, to)) return [];
  const found: TermMatch[] = [];
  for (let i = to; i < words.length; i++) {
    const anaphor = phraseStartingAt(words, i, lexicon('therapy-anaphors'));
    if (!anaphor || words[i]!.lower === 'its') continue;
    if (!isVerb(words[i + anaphor.length]) || !(opensClauseAt(words, i) || thatClauseAt(words, i))) continue;
    if (phraseStartingAt(words, i, lexicon('expletive-it-cues')) || elidedPredicateAfter(words, i + anaphor.length))
      continue;
    found.push(anaphorMatch(words, anaphor, entity));
    i += anaphor.length - 1;
  }
  return found;
}

/**
 * "…; it isn't, its earliest approval is …": a verb group (and "not") with nothing after it leaves its predicate to the
 * statement it answers, which the reader of ellipsis, not the subject's, supplies.
 */
function elidedPredicateAfter(words: readonly Word[], at: number): boolean {
  let k = at;
  while (k < words.length && (isVerb(words[k]) || words[k]!.lower === 'not')) k++;
  return k >= words.length || words[k]!.punct;
}

// "Kymriah and Abecma differ: it targets BCMA": a colon or semicolon opens a clause too.
const CLAUSE_PUNCTUATION = new Set([':', ';']);

/**
 * Whether the word at `i` follows a coordinator, a colon or semicolon, a subordinating or reason conjunction, or a
 * relative pronoun ("…, for which it is approved").
 */
function opensClauseAt(words: readonly Word[], i: number): boolean {
  return (
    COORDINATORS.has(words[i - 1]?.lower ?? '') ||
    lexiconWords('relative-pronouns').has(words[i - 1]?.lower ?? '') ||
    splicedAt(words, i) ||
    CLAUSE_PUNCTUATION.has(words[i - 1]?.lower ?? '') ||
    IT_OPENERS.some((p) => {
      const n = p.split(' ').length;
      return i - n >= 0 && phraseAt(words, i - n, p);
    })
  );
}

/** "…, it is …": a comma splice puts "it" at `i` first in a clause of its own. */
const splicedAt = (words: readonly Word[], i: number) => words[i - 1]?.lower === ',' && splicedSubjectAt(words, i);

const PERSONAL_SUBJECTS = new Set(['we', 'you', 'they', 'i', 'he', 'she']);
const TRAILING_PREPOSITIONS = new Set(['for', 'in', 'with']);
const MAX_TRAILING_PHRASE = 4;
const humanHeads = () =>
  new Set([
    ...lexiconWords('care-team-heads'),
    ...lexiconWords('patient-heads'),
    ...lexiconWords('population-adult-words'),
    ...lexiconWords('population-pediatric-words'),
    // "your daughter", "your son": the reader's family.
    ...lexicon('reader-recipients').map((p) => p.split(' ').at(-1)!),
  ]);

/**
 * Whether the sentence's subject at `at` cannot be what a later "it" stands for: a personal pronoun, a person ("your
 * doctor", "older adults") or a plural noun naming no knowledge-base entity ("many centres").
 */
function humanOrPluralSubject(words: readonly Word[], at: number, own: readonly TermMatch[]): boolean {
  // "Can my daughter get Tecartus …?": the subject after a question's auxiliary.
  let k = isVerb(words[at]) ? at + 1 : at;
  const start = k;
  while (lexiconWords('determiners').has(words[k]?.lower ?? '')) k++;
  const first = words[k];
  if (!first || first.punct) return false;
  if (k === start && PERSONAL_SUBJECTS.has(first.lower)) return true;
  const heads = humanHeads();
  if (heads.has(first.lower) || heads.has(words[k + 1]?.lower ?? '')) return true;
  return /^\p{Ll}{3,}[^s]s$/u.test(first.text) && !own.some((m) => m.start <= first.start && first.end <= m.end);
}

/**
 * A definite description of one therapy by the antigens it targets, opening the sentence at `at`: "the" or a
 * reference determiner, antigen names (with the words a hyphen joins to them: "CD19-directed") and a singular therapy
 * head ("The CD19-directed therapy", "this BCMA-targeted product"). Any other modifier leaves it unread.
 */
function describedTherapy(
  words: readonly Word[],
  at: number,
  own: readonly TermMatch[],
): { span: { at: number; length: number }; antigens: Entity[]; inside: TermMatch[] } | undefined {
  const opener = words[at];
  if (!opener || (opener.lower !== 'the' && !phraseStartingAt(words, at, lexicon('reference-determiners'))))
    return undefined;
  const antigens: Entity[] = [];
  const inside: TermMatch[] = [];
  let k = at + 1;
  while (k < words.length) {
    const word = words[k]!;
    const mention = own.find((m) => m.start <= word.start && word.start < m.end);
    if (mention?.entity.type === 'antigen') {
      if (!inside.includes(mention)) {
        inside.push(mention);
        antigens.push(mention.entity);
      }
    } else if (!(word.hyphenBefore && inside.length && !word.punct)) break;
    k++;
  }
  const head = words[k];
  if (!antigens.length || !isTherapyHead(head) || head!.lower.endsWith('s')) return undefined;
  if (own.some((m) => m.start <= head!.start && head!.start < m.end)) return undefined;
  return { span: { at, length: k + 1 - at }, antigens, inside };
}

/**
 * "Trials in lupus are open, but no CAR-T is approved for it / for the disease": the disease is often one the
 * knowledge base does not know, named in the same sentence, so the phrase is unresolved. Only in a sentence's first
 * clause may it take the disease of the sentences before it ("Myeloma relapses. No CAR-T is approved for it.").
 */
function conditionAnaphors(
  document: DocumentAnalysis,
  sentence: Sentence,
  words: readonly Word[],
  own: readonly TermMatch[],
  found: TermMatch[],
  unresolved: UnresolvedReference[],
): void {
  let firstClauseEnd: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const cue = phraseStartingAt(words, i, lexicon('condition-anaphors'));
    if (!cue) continue;
    const last = words[i + cue.length - 1]!;
    i += cue.length - 1;
    if (cue.length === 1 ? words[cue.at - 1]?.lower !== 'for' : words[i + 1]?.lower === 'of') continue;
    const start = words[cue.at]!.start;
    // Named inside ("the cancer" of a longer known name), or already read ("the disease described above").
    if ([...own, ...found, ...unresolved].some((m) => m.start < last.end && m.end > start)) continue;
    firstClauseEnd ??= splitClauses(words)[0]?.to ?? words.length;
    const antecedent =
      i < firstClauseEnd && !own.some((m) => isIndication(m.entity))
        ? antecedentOf(document, sentence, isIndication, true)
        : undefined;
    if (antecedent) found.push(anaphorMatch(words, cue, antecedent, true));
    else unresolved.push({ start, end: last.end, kind: 'condition' });
  }
}

const headOf = (name: string) => name.toLowerCase().split(/\s+/).pop();

/**
 * "Breyanzi was approved for marginal zone lymphoma. It was the first CAR-T approved for that lymphoma.": a disease
 * named by its head alone after a demonstrative stands for the most recent disease named with that head, with its
 * modifiers (the same sentence's, else the nearest earlier sentence's, when it names exactly one), not for every
 * disease the head names.
 */
function narrowedDiseases(
  document: DocumentAnalysis,
  sentence: Sentence,
  words: readonly Word[],
  own: readonly TermMatch[],
  found: TermMatch[],
  replaced: TermMatch[],
): void {
  for (const mention of own) {
    if (!demonstrativeDisease(document.text, mention)) continue;
    const head = headOf(mention.text);
    const narrower = (e: Entity) =>
      isIndication(e) && e !== mention.entity && (e.aliases ?? []).some((a) => headOf(a.text) === head);
    const before = own.filter((m) => m.end <= mention.start && isIndication(m.entity));
    const antecedent = before.length
      ? before.filter((m) => headOf(m.text) === head).pop()?.entity
      : antecedentOf(document, sentence, narrower);
    const at = words.findIndex((w) => w.start === mention.start);
    if (!antecedent || !narrower(antecedent) || at < 0) continue;
    replaced.push(mention);
    found.push(anaphorMatch(words, { at, length: 1 }, antecedent, true));
  }
}

/**
 * Noun phrases that refer back: opened by a reference determiner ("this indication", "the aforementioned treatment
 * setting") or definite and followed by a reference marker ("the condition described above"). A phrase's head is its
 * last word.
 */
function referringPhrases(words: readonly Word[]): NounPhrase[] {
  const phrases = nounPhrasesOf(words);
  const found: NounPhrase[] = [];
  for (let i = 0; i < words.length; i++) {
    const determiner = phraseStartingAt(words, i, lexicon('reference-determiners'));
    const the = !determiner && words[i]!.lower === 'the';
    if (!determiner && !the) continue;
    const after = i + (determiner ? determiner.length : 1);
    const phrase = phrases.at(after);
    if (!phrase || phrase.from > i + 1 || phrase.to <= after) continue;
    let to = phrase.to;
    if (the) {
      // Without a tagger "described above" may stay inside the phrase: the marker ends it wherever it stands.
      to = after + 1;
      while (to <= phrase.to && !phraseStartingAt(words, to, lexicon('reference-after'))) to++;
      if (to > phrase.to) continue;
    }
    found.push({ from: i, to });
    i = to - 1;
  }
  return found;
}

/** `named`: the match reads as the entity's name in messages ("these patients" as "multiple myeloma"). */
function anaphorMatch(
  words: readonly Word[],
  cue: { at: number; length: number },
  entity: Entity,
  named = false,
): TermMatch {
  const first = words[cue.at]!;
  const last = words[cue.at + cue.length - 1]!;
  const text = named
    ? entity.name
    : words
        .slice(cue.at, cue.at + cue.length)
        .map((w) => w.text)
        .join(' ');
  return { start: first.start, end: last.end, entity, alias: { text, kind: 'synonym' }, text };
}

/**
 * The entity `compatible` accepts in the nearest earlier sentence of the paragraph that names any, when it names
 * exactly one (two candidates leave the anaphor unresolved); `orHeading`: else the one its section heading names.
 */
function antecedentOf(
  document: DocumentAnalysis,
  sentence: Sentence,
  compatible: (e: Entity) => boolean,
  orHeading = false,
): Entity | undefined {
  const block = document.blocks[discourseStart(document, sentence.blockIndex)];
  if (!block) return undefined;
  const found = antecedentInParagraph(document, sentence, block.firstSentence, compatible, orHeading);
  if (found !== undefined) return found ?? undefined;
  if (!orHeading) return sectionAntecedent(document, sentence, compatible);
  // "## Solid tumors / No CAR-T is approved for this group": the section heading's one disease.
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  if (heading === undefined) return undefined;
  const { start, end } = document.prose.blocks[heading]!;
  const candidates = new Set(
    document
      .mentionsIn(start, end)
      .map((m) => m.entity)
      .filter(compatible),
  );
  return candidates.size === 1 ? [...candidates][0] : undefined;
}

/**
 * "Yescarta gained a further approval in 2022. Its new indication is …": an opening "its" takes the one product or
 * drug of the sentence right before it in the paragraph, when that sentence names no disease ("Myeloma relapses.
 * Its …" and "Carvykti treats myeloma. Its …" may mean the disease) or `possessed` is what only a therapy has
 * ("Carvykti treats myeloma. Its vector is lentiviral.").
 */
function possessorBefore(document: DocumentAnalysis, sentence: Sentence, possessed?: Word): Entity | undefined {
  const before = sentenceBefore(document, sentence);
  if (!before) return undefined;
  const mentions = document.mentionsIn(before.start, before.end);
  // "Its vector", "its maker": only a therapy has one, so a disease named before does not compete.
  if (mentions.some((m) => isIndication(m.entity)) && !therapyAttributes().has(possessed?.lower ?? ''))
    return undefined;
  const therapies = new Set(mentions.filter((m) => isNamedEntity(m.entity)).map((m) => m.entity));
  return therapies.size === 1 ? [...therapies][0] : undefined;
}

let attributeWords: ReadonlySet<string> | undefined;
/**
 * Nouns naming what only a therapy has (its vector, its maker): the one-word slot names of those table headers. Not
 * a target: a disease has one too ("Myeloma … Its main target is BCMA").
 */
const therapyAttributes = () =>
  (attributeWords ??= new Set(
    (['table-header-words-vector', 'table-header-words-sponsor'] as const).flatMap((name) => [...lexiconWords(name)]),
  ));

/**
 * The block a sentence's antecedents may be found from: its own, or for a list item the list's first item, or the
 * paragraph that leads into the list ("Kymriah is a CD19 CAR-T:" over "- It was approved in 2017").
 */
export function discourseStart(document: DocumentAnalysis, at: number): number {
  const { blocks } = document.prose;
  if (blocks[at]?.kind !== 'list-item') return at;
  let b = at;
  while (b > 0 && blocks[b - 1]!.kind === 'list-item') b--;
  return b > 0 && blocks[b - 1]!.kind === 'paragraph' ? b - 1 : b;
}

/** The sentences before `sentence` in its discourse unit (`discourseStart`), nearest first. */
export function* sentencesBefore(document: DocumentAnalysis, sentence: Sentence): Generator<Sentence> {
  const first = document.blocks[discourseStart(document, sentence.blockIndex)]?.firstSentence;
  if (first === undefined) return;
  for (let k = Math.max(first, lowerBound(document.sentences, sentence.start)) - 1; k >= first; k--)
    yield document.sentences[k]!;
}

/** The sentence right before `sentence` in its discourse unit, if any. */
export const sentenceBefore = (document: DocumentAnalysis, sentence: Sentence): Sentence | undefined =>
  sentencesBefore(document, sentence).next().value ?? undefined;

/**
 * The product or drug the section heading is about ("## About Yescarta" over "It is made from donor T cells."), when
 * nothing else compatible is named between the heading and the sentence: another candidate leaves it unresolved.
 */
function sectionAntecedent(
  document: DocumentAnalysis,
  sentence: Sentence,
  compatible: (e: Entity) => boolean,
): Entity | undefined {
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  if (heading === undefined || sentence.blockIndex - heading > MAX_SECTION_BLOCKS) return undefined;
  const block = document.prose.blocks[heading]!;
  const subject = frameSubject(document, block)?.entity ?? answeredSubject(document, sentence, block);
  if (!subject || !compatible(subject)) return undefined;
  const between = document.mentionsIn(block.end, sentence.start);
  return between.some((m) => m.entity !== subject && compatible(m.entity)) ? undefined : subject;
}

/** What a paragraph or section may be about: a product or drug, a therapy class, a process (an infusion, a transplant). */
const isTopical = (e: Entity) =>
  e.type === 'product' || e.type === 'drug' || e.type === 'therapy-class' || e.type === 'process';

/**
 * The one therapy a sentence that names none speaks of by where it stands ("## After your CAR-T infusion" over "Do not
 * drive for 8 weeks.", "Yescarta is given once. Afterwards, do not drive for 8 weeks."): the nearest earlier sentence
 * of its paragraph (or list and its lead) that names any, when it names one; else its section heading's one, when
 * nothing else is named between them and the heading does not turn away from it ("## Alternatives to CAR-T",
 * data/lexicon/topic-shifting-words). None for a sentence that names another treatment ("After a transplant, …",
 * data/lexicon/topic-other-treatments) or anything topical itself.
 */
export function topicOf(document: DocumentAnalysis, sentence: Sentence): Entity | undefined {
  if (document.mentionsIn(sentence.start, sentence.end).some((m) => isTopical(m.entity))) return undefined;
  const words = wordsIn(document.tokensOf(sentence), MAX_CLAIM_WORDS);
  if (findPhrase(words, lexicon('topic-other-treatments'))) return undefined;
  const first = document.blocks[discourseStart(document, sentence.blockIndex)]?.firstSentence;
  if (first !== undefined) {
    const inParagraph = antecedentInParagraph(document, sentence, first, isTopical);
    if (inParagraph !== undefined) return inParagraph ?? undefined;
  }
  const heading = sectionHeadingOf(document, sentence.blockIndex) ?? titleLine(document, sentence.blockIndex);
  if (heading === undefined || sentence.blockIndex - heading > MAX_SECTION_BLOCKS) return undefined;
  const block = document.prose.blocks[heading]!;
  const title = wordsOf(maskedOf(document.prose).slice(block.start, block.end));
  // "# CAR-T aftercare (2023 edition)": a dated section may tell the rules of its time.
  if (title.some((w) => isYear(w.lower)) || findPhrase(title, lexicon('topic-shifting-words'))) return undefined;
  const named = new Set(
    document
      .mentionsIn(block.start, document.prose.blocks[sentence.blockIndex]?.start ?? sentence.start)
      .filter((m) => isTopical(m.entity))
      .map((m) => m.entity),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

// A title line is short.
const MAX_TITLE_WORDS = 8;

/**
 * The document's first block, before block `at`, when it is a title line without a heading's markup ("Discharge
 * checklist: Breyanzi" over the checklist): one short line that does not end as a sentence does.
 */
function titleLine(document: DocumentAnalysis, at: number): number | undefined {
  const block = document.prose.blocks[0];
  if (at === 0 || block?.kind !== 'paragraph') return undefined;
  const text = maskedOf(document.prose).slice(block.start, block.end).trim();
  if (text.includes('\n') || /[.!?;,:]$/.test(text)) return undefined;
  return wordsOf(text).length <= MAX_TITLE_WORDS ? 0 : undefined;
}

let answerOpening: RegExp | undefined;

/**
 * "## Is Carvykti approved for lymphoma?" over "No, it is approved for myeloma.": a paragraph opening with an answer
 * word answers its question heading, and when the question names one therapy, the answer's "it" stands for it.
 * Without the answer word the paragraph may be about something else ("## Is Abecma right for you?" over "It depends").
 */
function answeredSubject(
  document: DocumentAnalysis,
  sentence: Sentence,
  question: { start: number; end: number },
): Entity | undefined {
  if (!maskedOf(document.prose).slice(question.start, question.end).trimEnd().endsWith('?')) return undefined;
  const opening = document.sentences[document.blocks[sentence.blockIndex]?.firstSentence ?? -1];
  answerOpening ??= new RegExp(`^\\s*(?:${lexicon('answer-particles').join('|')})\\s*[,.;!]`, 'i');
  if (!opening || !answerOpening.test(opening.text)) return undefined;
  const therapies = new Set(
    document
      .mentionsIn(question.start, question.end)
      .map((m) => m.entity)
      .filter(isNamedEntity),
  );
  return therapies.size === 1 ? [...therapies][0] : undefined;
}

// How many sentences back an anaphor may find its antecedent in its paragraph (or list and its lead).
const MAX_ANTECEDENT_DISTANCE = 20;

/**
 * The nearest earlier sentence's one compatible entity, null when it names several, undefined when none names any (null too
 * when none within MAX_ANTECEDENT_DISTANCE does).
 * With `deniedAmbiguous`, one named after a negation ("X is not indicated to treat PCNSL") is null too: "this
 * indication" rarely points to a use the text has just denied, and what else it points to is not known.
 */
function antecedentInParagraph(
  document: DocumentAnalysis,
  sentence: Sentence,
  first: number,
  compatible: (e: Entity) => boolean,
  deniedAmbiguous = false,
): Entity | null | undefined {
  const i = Math.max(first, lowerBound(document.sentences, sentence.start));
  for (let k = i - 1; k >= first; k--) {
    // Too far back to read as the antecedent: unresolved, and each sentence of a long paragraph stays linear.
    if (i - k > MAX_ANTECEDENT_DISTANCE) return null;
    const before = document.sentences[k]!;
    const mentions = document.mentionsIn(before.start, before.end).filter((m) => compatible(m.entity));
    const candidates = new Set(mentions.map((m) => m.entity));
    if (candidates.size === 1 && deniedAmbiguous) {
      const cues = lexiconWords('negation-cues');
      const at = mentions[0]!.start;
      if (wordsIn(document.tokensOf(before), MAX_CLAIM_WORDS).some((w) => w.start < at && cues.has(w.lower)))
        return null;
    }
    if (candidates.size === 1) return [...candidates][0];
    if (candidates.size > 1) return null;
  }
  return undefined;
}

const linked = new WeakMap<KnowledgeIndex, Map<string, Entity | null>>();

/**
 * Near misses of a product or drug name ("Kymria", "tisagenlecleucal"), found as misspelled-term finds them: a word
 * outside the known terms whose single nearest knowledge-base word is one whole name of one product or drug.
 */
function misspelledIn(sentence: Sentence, own: readonly TermMatch[], index: KnowledgeIndex): TermMatch[] {
  let memo = linked.get(index);
  if (!memo) linked.set(index, (memo = new Map()));
  const found: TermMatch[] = [];
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(sentence.text); m; m = LETTERS.exec(sentence.text)) {
    const written = m[0];
    const start = sentence.start + m.index;
    const end = start + written.length;
    if (own.some((o) => o.start < end && start < o.end)) continue;
    // "Ainto-cel": the near miss is one part of a hyphenated name, which is whole once the part is corrected.
    const before = sentence.text[m.index - 1] === '-' ? partsBefore(sentence.text, m.index) : '';
    const after =
      sentence.text[m.index + written.length] === '-' ? partsAfter(sentence.text, m.index + written.length) : '';
    const key = before + written + after;
    let entity = memo.get(key);
    if (entity === undefined) {
      entity = linkedEntity(written, index, before, after);
      if (memo.size > 50_000) memo.clear();
      // A copy: the word is a slice of its document, which the memo (as long-lived as the knowledge base) kept alive.
      memo.set(detach(key), entity);
    }
    let from = start - before.length;
    let to = end + after.length;
    // "Brexucabtagene autoleucal": the near miss is one word of a two-word name whose other word is spelled right.
    // Most words are no near miss of any two-word name: the words around are read only for those that are.
    const candidates = !entity && !before && !after ? pairCandidatesOf(written, index) : null;
    if (candidates) {
      const previous = WORD_BEFORE.exec(sentence.text.slice(Math.max(0, m.index - MAX_PARTS), m.index))?.[1];
      const next = WORD_AFTER.exec(
        sentence.text.slice(m.index + written.length, m.index + written.length + MAX_PARTS),
      )?.[1];
      const pair = linkedInPair(candidates, previous, next);
      entity = pair?.entity ?? null;
      if (pair?.withPrevious) from -= previous!.length + 1;
      else if (pair) to += next!.length + 1;
    }
    if (!entity) continue;
    if (own.some((o) => o.start < to && from < o.end)) continue;
    found.push({ start: from, end: to, entity, alias: { text: key }, text: key });
  }
  return found;
}

// The parts of a hyphenated name joined to a word at `at` on either side ("anito-" of "anito-cel").
const PARTS_BEFORE = /(?<![\p{L}\p{N}_-])(?:[\p{L}\p{N}]+-)+$/u;
const PARTS_AFTER = /^(?:-[\p{L}\p{N}]+)+(?![\p{L}\p{N}_-])/u;
// A name's parts are short: the text looked at is bounded, so the anchored patterns stay cheap on a long sentence.
const MAX_PARTS = 40;
const partsBefore = (text: string, at: number) =>
  PARTS_BEFORE.exec(text.slice(Math.max(0, at - MAX_PARTS), at))?.[0] ?? '';
const partsAfter = (text: string, at: number) => PARTS_AFTER.exec(text.slice(at, at + MAX_PARTS))?.[0] ?? '';

// The word right before or after a near miss, one space away ("brexucabtagene" before "autoleucal").
const WORD_BEFORE = /(\p{L}+) $/u;
const WORD_AFTER = /^ (\p{L}+)/u;

/** The one product or drug whose two-word name is the corrected word with the word before or after it. */
function linkedInPair(
  candidates: PairCandidates,
  previous: string | undefined,
  next: string | undefined,
): { entity: Entity; withPrevious: boolean } | undefined {
  const withPrevious = previous ? candidates.names.get(`${previous.toLowerCase()} ${candidates.key}`) : undefined;
  const withNext = next ? candidates.names.get(`${candidates.key} ${next.toLowerCase()}`) : undefined;
  const entity = withPrevious ?? withNext;
  return entity ? { entity, withPrevious: !!withPrevious } : undefined;
}

// The per-word memos behind misspelledIn's: a word repeats within a document, rarely across thousands of them.
const WORD_MEMO_ENTRIES = 5_000;
const pairCandidates = new WeakMap<KnowledgeIndex, Map<string, PairCandidates | null>>();
interface PairCandidates {
  /** The knowledge-base word the written word is a near miss of. */
  key: string;
  /** Two-word names of one product or drug holding that word, lower case. */
  names: Map<string, Entity>;
}

/** The two-word therapy names a near miss may complete, once per written word ("autoleucal": "… autoleucel"). */
function pairCandidatesOf(written: string, index: KnowledgeIndex): PairCandidates | null {
  let memo = pairCandidates.get(index);
  if (!memo) pairCandidates.set(index, (memo = new Map()));
  let found = memo.get(written);
  if (found !== undefined) return found;
  found = null;
  const best = nearestWord(written, index);
  if (best) {
    const key = best.word.key.toLowerCase();
    const owners = new Map<string, Entity | null>();
    for (const e of best.word.entities) {
      if (!isNamedEntity(e)) continue;
      for (const name of [e.name, ...e.aliases.filter((a) => a.kind !== 'deprecated').map((a) => a.text)]) {
        const lower = name.toLowerCase();
        const parts = lower.split(' ');
        if (parts.length !== 2 || !parts.includes(key)) continue;
        owners.set(lower, owners.has(lower) && owners.get(lower) !== e ? null : e);
      }
    }
    const names = new Map([...owners].filter((o): o is [string, Entity] => o[1] !== null));
    if (names.size) found = { key, names };
  }
  if (memo.size > WORD_MEMO_ENTRIES) memo.clear();
  memo.set(detach(written), found);
  return found;
}

/** The product or drug a word outside the known terms misspells ("Yescata"), as misspelledIn reads one. */
export function misspelledTherapy(written: string, index: KnowledgeIndex): Entity | undefined {
  if (!/^\p{L}{5,}$/u.test(written)) return undefined;
  let memo = linked.get(index);
  if (!memo) linked.set(index, (memo = new Map()));
  let entity = memo.get(written);
  if (entity === undefined) memo.set(detach(written), (entity = linkedEntity(written, index)));
  return entity ?? undefined;
}

// Runs of at least five letters not glued to digits ("CD19"), as misspelled-term reads words.
/**
 * "kymriah", "carvykti": a brand written all in lower case, as posts and chat do, is that brand. The matcher reads a
 * brand only in its own case or in capitals; a word that spells one product's brand exactly is no other word.
 */
function lowerCaseBrand(written: string, index: KnowledgeIndex, before: string, after: string): Entity | null {
  if (before || after || written !== written.toLowerCase()) return null;
  const word = vocabularyOf(index).wordOf(written);
  const entity = word?.entities.length === 1 ? word.entities[0]! : undefined;
  if (!entity || !isNamedEntity(entity)) return null;
  return entity.aliases.some((a) => a.kind === 'brand' && a.text.toLowerCase() === written) ? entity : null;
}

const LETTERS = /(?<![\p{L}\p{N}_])\p{L}{5,}(?![\p{L}\p{N}_])/gu;

const nearest = new WeakMap<KnowledgeIndex, Map<string, Suggestion | null>>();

/** The one knowledge-base word nearest to a word outside the known terms, or null (none, or a tie); once per word. */
function nearestWord(written: string, index: KnowledgeIndex): Suggestion | null {
  let memo = nearest.get(index);
  if (!memo) nearest.set(index, (memo = new Map()));
  let best = memo.get(written);
  if (best !== undefined) return best;
  const suggestions = vocabularyOf(index).suggest(written);
  best = suggestions[0] && suggestions[1]?.distance !== suggestions[0].distance ? suggestions[0] : null;
  if (memo.size > WORD_MEMO_ENTRIES) memo.clear();
  memo.set(detach(written), best);
  return best;
}

function linkedEntity(written: string, index: KnowledgeIndex, before = '', after = ''): Entity | null {
  const brand = lowerCaseBrand(written, index, before, after);
  if (brand) return brand;
  const best = nearestWord(written, index);
  if (best?.word.entities.length !== 1) return null;
  const entity = best.word.entities[0]!;
  if (!isNamedEntity(entity)) return null;
  // The word, with the rest of its hyphenated name, must be a whole name ("Kymriah", "anito-cel"), not part of one
  // ("lutetium" of "lutetium Lu 177 dotatate").
  const corrected = `${before}${best.word.key}${after}`.toLowerCase();
  const whole = [entity.name, ...entity.aliases.filter((a) => a.kind !== 'deprecated').map((a) => a.text)].some(
    (name) => name.toLowerCase() === corrected,
  );
  return whole ? entity : null;
}
