import { ordinal } from '../../numbers';
import { followsOrderWord, objectOfSuccession, orderAgainstPronoun, orderComparison } from '../../arrival-order';
import { datesOtherPredicate, frontedEventClause, frontedFrame } from '../../adjunct';
import type { KnowledgeIndex } from '../../../kb/index';
import type { Approval, Entity, Regulator, Use } from '../../../kb/types';
import { notAsserted } from '../../assertion';
import { asidesIn, clausalAsidesIn, closingParen, relativeHeadOf, type Clause } from '../../clauses';
import { CONDITIONALS, hedgesIn } from '../../modality';
import { excludedPhraseAt } from '../../negation';
import {
  approvalMatches,
  approvalsComplete,
  firstApprovalsRecorded,
  capitalize,
  covers,
  defaultRegulator,
  describeApproval,
  endsBefore,
  isCondition,
  label,
  liftedExclusion,
  monthYear,
  shortName,
  speaksAbout,
  uniqueSources,
} from '../../knowledge';
import { lexicon, lexiconWords } from '../../lexicon';
import { isPluralMention, pluralize } from '../../../terms/terminology';
import { appositiveAfter } from '../../phrases';
import { coordinationOf, inOtherConjunct, listedBeside, premodifiesLaterConjunct, setApart } from '../../coordination';
import { governingPhrase, isTherapyHead, isVerb, nounPhrasesOf } from '../../phrases';
import {
  claimedLine,
  isPopulationWord,
  monthOf,
  type Population,
  qualifiersOf,
  type Qualifiers,
} from '../../qualifiers';
import { refName, therapiesIn, type TherapyRef } from '../../roles';
import { type ClaimSentence, isPossessive, type Mention } from '../../sentence';
import {
  findAllPhrases,
  findAllPhrasesSkipping,
  findPhrase,
  phraseAt,
  phraseStartingAt,
  type Word,
  wordsOf,
} from '../../words';
import { dateAt } from '../../period';
import type { Choice, Relation, RelationContext } from '../types';
import { fitting, gist, listWithin, type MessageData } from '../../../util/messages';
import { isYear, lowerInitial, MONTHS } from '../../../util/text';
import { compareIsoDates } from '../../../util/sorted';
import { phraseAlternation } from '../../../util/alternation';
import { wordClass } from '../../word-classes';

const fitData = (id: string, ...candidates: MessageData[]) =>
  fitting('approval', approval.meta.messages, id, candidates);

// Predicate cues of an approval claim ("approved for", "indicated for", "licensed", "approval in").
const APPROVAL_CUES = lexicon('approval-cues');
// Cues that say "not approved" in one word.
const NOT_APPROVED_CUES = lexicon('not-approved-cues');
// "Carvykti remains restricted to patients with …": an indication said to be the only one (read as "only" by the
// qualifiers).
const RESTRICTED_TO = lexicon('restricted-to-cues');
// "X is for Y", "X is only for patients with …", "can only be used after …": an indication.
const INDICATION_FOR_CUES = lexicon('indication-for-cues');
const INDICATION_FOR = [...INDICATION_FOR_CUES, ...RESTRICTED_TO];
// "Breyanzi can be given to children with LBCL": for a named cell-therapy product (whose approval list is
// complete and which is not used off-label in practice) a plain statement of use is an indication claim.
const PRODUCT_USE = lexicon('product-use-cues');
// "Carvykti is now a first-line treatment for myeloma": a line of therapy makes a use an indication claim, for a class
// too.
const LINE_USE_COPULA = new Set(['is', 'are', 'remains', 'remain', 'becomes', 'become', 'became']);
const LINE_USE_FILLER = new Set([
  'now',
  'also',
  'already',
  'still',
  'increasingly',
  'a',
  'an',
  'the',
  'standard',
  'approved',
  'established',
  'new',
  'preferred',
  'recommended',
]);
const LINE_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'front', '1st', '2nd', '3rd', '4th']);
const LINE_USE_NOUNS = new Set([
  'treatment',
  'treatments',
  'therapy',
  'therapies',
  'option',
  'options',
  'choice',
  'standard',
]);
const OWN_CUES = lexicon('investigational-own-cues');
const ALL_CUES = [...APPROVAL_CUES, 'cleared', ...NOT_APPROVED_CUES];
const IND_WORDS = lexicon('ind-words');
// "at approval", "after Breyanzi's MCL approval": the approval as a point in time, not a claim about it.
const TIME_PREPOSITIONS = new Set(['at', 'after', 'before', 'since', 'until', 'upon', 'following', 'post']);
const APPROVAL_NOUNS = new Set(['approval', 'approvals']);
// Prepositions that attach a condition to the patients who may receive an approved class.
const FOR_PATIENTS = new Set(['with', 'for', 'in', 'against', 'of']);
const PATIENT_HEADS = lexiconWords('patient-heads');
const ONLY = new Set(['only', 'exclusively', 'solely']);

/** A claim that a therapy is (or is not) approved, with what the clause qualifies it by. */
interface ApprovalClaim {
  subject: TherapyRef;
  /** Where the approval cue stands. */
  cueAt?: number;
  conditions: Mention[];
  negated: boolean;
  qualifiers: Qualifiers;
  /**
   * "Kymriah and Yescarta are approved for lymphoma or leukemia": several products and several conditions with no
   * distributive word; each product need only hold one of the conditions, and each condition one of the products.
   */
  collective?: { subjects: readonly Entity[]; conditions: readonly Entity[] };
  /** "X was not first approved by the FDA in 2017": denies that the earliest approval fell on the date. */
  deniedFirst?: true;
}

// Words without which the relation has nothing to judge (a cheap test before any word-level work).
const CUE_WORDS =
  /approv|cleared|indicat|licen[cs]|sign.off|green light|(?:fda|regulatory)(?:['’]s)? nod|authori[sz]|label|investigational|experimental|only (?:be )?(?:used|given)|be (?:given|used)|used to treat|is given to|can treat|(?:treatment|product|therapy) (?:option )?for|line (?:treatment|therap|option|choice|standard)|standard (?:treatment|therap|option|choice)|receive|be (?:treated|offered)|(?:can|could|may|might|will) have|\bget\b|offer|suggest|recommend|prescribe|propose|talk to you about|used (?:for|as)|available (?:to|for)|\btreats?\b|given for|option|choice|alternative/i;

// Every cue of use (data/lexicon/product-use-cues), so that an entry added there is read without a word added above;
// an adverb in the verb group leaves the cue, as the check reads it ("is allowed also for"). Factored by words: a
// hundred cues open with a few verb groups ("can be given", "is used").
let productUse: RegExp | undefined;
const productUseCue = () =>
  (productUse ??= new RegExp(
    `\\b(?:${phraseAlternation(PRODUCT_USE, `\\s+(?:(?:${[...USE_ADVERBS].join('|')})\\s+)*`)})\\b`,
    'i',
  ));

// "is for", "is still only for", "can now only be used": every cue of an indication (data/lexicon/indication-for-cues;
// the restricting ones are below), with the adverbs a verb group of use may hold (data/lexicon/use-adverbs) between its
// words, as the check skips them.
let indicationFor: RegExp | undefined;
const indicationForCue = () =>
  (indicationFor ??= new RegExp(
    `\\b(?:${phraseAlternation(INDICATION_FOR_CUES, `\\s+(?:(?:${[...USE_ADVERBS].join('|')})\\s+)*`)})\\b`,
    'i',
  ));

// "Aucatzyl is the CAR-T for children with leukemia", "Tecartus, the cell medicine for …": a predicate or appositive
// noun of use (read by nominalUsesIn). The gap is bounded as nominalUsesIn's reach is: unbounded, the search from every
// "is a" to a later "for" is quadratic on a long run of them.
const NOUN_OF_USE = /(?:\b(?:is|are)|,)\s+(?:a|an|the)\s[^.;:]{0,80}?\bfor\b/i;

// "is confined to", "remains reserved for": every restricting cue (data/lexicon/restricted-to-cues) by its participle and
// preposition, which no inflection of its verb changes.
let restrictedTo: RegExp | undefined;
const restrictedToCue = () =>
  (restrictedTo ??= new RegExp(
    `\\b(?:${[...new Set(RESTRICTED_TO.map((p) => p.split(' ').slice(1).join(' ')))].join('|')})\\b`,
    'i',
  ));

// "Doctors can now use Abecma for …": a care team's verb of use, up to two words after the team (offer verbs the
// cue words above already hold).
let careUse: RegExp | undefined;
const careUseCue = () =>
  (careUse ??= new RegExp(
    `\\b(?:${[...lexiconWords('care-team-heads')].join('|')})(?:\\s+\\w+){0,2}\\s+(?:${lexicon('care-offer-verbs').join('|')})\\b`,
    'i',
  ));

const approval: Relation = {
  meta: {
    id: 'approval',
    regulated: true,
    anywhere: true,
    description:
      'Product or class × indication × population × line × regulator × date, against the approvals in the knowledge base.',
    messages: {
      // One line each (about 160 characters): what the text says, then what the knowledge base records.
      notForFunctional:
        '{{product}} is not {{by}} for functional {{condition}}: its {{approvalsCover}} non-functional tumors only.',
      isApproved: '{{product}} is {{by}}{{forWhat}}{{approvals}}.',
      notApproved: '{{product}} is not {{by}}{{forWhat}}.{{instead}}',
      excludedUntil:
        '{{product}} was not {{by}}{{forWhat}} {{when}}: its {{approval}} approval excluded it until {{month}}.',
      populationDiffers: "{{product}}'s {{approval}}{{forWhat}} covers {{populations}}, not {{claimed}}.",
      lineDiffers: '{{product}} is {{by}}{{forWhat}} {{lines}}, not {{claimed}}.',
      firstApprovedIn: '{{product}} was first {{by}}{{forWhat}} in {{month}}, not {{claimed}}.',
      firstApprovedThen: '{{product}} was first {{by}}{{forWhat}} in {{month}}.',
      firstApprovedFor:
        '{{product}} was first {{by}} for {{first}} ({{month}}); its approval for {{condition}} came in {{later}}.',
      dateDiffers: '{{product}} was {{by}}{{forWhat}} in {{months}}, not {{claimed}}.',
      scopeDiffers: "{{product}}'s {{approval}}{{forWhat}} covers {{scope}} only, not antitumor use.",
      functionalDiffers: "{{product}}'s {{approval}}{{forWhat}} covers non-functional tumors only.",
      membersApproved: '{{products}} {{are}} {{by}}{{forWhat}}{{details}}.',
      noneInClass: 'No {{products}} {{is}} {{by}}{{forWhat}}{{restriction}}.{{covered}}',
      notForEvery: '{{product}} is not {{by}} for every {{condition}}, only for {{narrower}}.',
    },
  },
  applies: (text) =>
    CUE_WORDS.test(text) ||
    indicationForCue().test(text) ||
    restrictedToCue().test(text) ||
    careUseCue().test(text) ||
    productUseCue().test(text) ||
    NOUN_OF_USE.test(text),
  check(context) {
    for (const clause of context.assertedClauses(OWN_CUES)) {
      for (const claim of claimsIn(context.sentence, clause, context.index)) judge(context, claim);
    }
    // A hedge in the main clause leaves its asides asserted: "You may be offered Aucatzyl, which is licensed for
    // children" commits the writer to the licence.
    // "Your doctor may offer you X for Y": the modal of a care team's offer gives the reader's option; the use is said.
    for (const clause of context.clauses) {
      const why = notAsserted(context.sentence, clause, OWN_CUES);
      const { words } = context.sentence;
      // "Your doctor may offer you X if you have Y": the "if" names the reader's condition, not a doubt.
      if (why === 'conditional' && offeredOnly(words, clause) && patientConditionOnly(words, clause)) {
        for (const claim of claimsIn(context.sentence, clause, context.index)) judge(context, claim);
        continue;
      }
      if (why !== 'hedged') continue;
      const asidesOnly = !offeredOnly(words, clause);
      for (const claim of claimsIn(context.sentence, clause, context.index, asidesOnly)) judge(context, claim);
    }
  },
};
export default approval;

const NEW_WORDS = lexiconWords('count-new-words');

/** "no new CAR-T product": a class modified by a word of novelty (data/lexicon/count-new-words) means its new members. */
function newMembersOnly(words: readonly Word[], subject: TherapyRef): boolean {
  if (!subject.isClass || !subject.mention) return false;
  for (let k = subject.from; k < subject.mention.from; k++) if (NEW_WORDS.has(words[k]!.lower)) return true;
  return false;
}

const SCOPE_VERBS = lexicon('approval-scope-verbs');
const NEGATED_AUXILIARIES = lexiconWords('negation-verbs');

// Nouns whose own verb of scope says what they cover: the approval and the list of indications.
const SCOPE_NOUNS = new Set([...APPROVAL_NOUNS, 'indication', 'indications']);
// Words of a scope verb's object that name what an approval covers: a line of therapy or an age.
const COVERED_WORDS = new Set(['line', 'lines', 'aged', 'age', 'ages', 'years']);

/**
 * "Kymriah's ALL approval does not cover patients aged 26 or older", "Kymriah's indications do not include MCL": an
 * approval noun whose own verb of scope (data/lexicon/approval-scope-verbs) is denied after it denies the approval for
 * what that verb names: patients, a condition, a line or an age. Denied of anything else ("whose approval did not
 * include a REMS"), the scope verb denies that thing, not the approval.
 */
function deniedScope(sentence: ClaimSentence, cue: { at: number; length: number }, clause: Clause): boolean {
  const { words } = sentence;
  if (!SCOPE_NOUNS.has(words[cue.at + cue.length - 1]!.lower)) return false;
  for (let k = cue.at + cue.length; k + 2 < clause.to; k++) {
    const word = words[k]!;
    if (word.punct) return false;
    if (!NEGATED_AUXILIARIES.has(word.lower)) continue;
    const verb = words[k + 1]!.lower === 'not' ? phraseStartingAt(words, k + 2, SCOPE_VERBS) : undefined;
    if (!verb) return false;
    for (let j = k + 2 + verb.length; j < clause.to && !words[j]!.punct; j++) {
      const object = words[j]!.lower;
      if (isPopulationWord(object) || PATIENT_HEADS.has(object) || COVERED_WORDS.has(object) || /^\d/.test(object))
        return true;
      if (sentence.mentions.some((m) => m.from === j && isCondition(m.entity))) return true;
    }
    return false;
  }
  return false;
}

const RECORD_STATES = lexicon('record-state-predicates');
// Words between the copula and the record's state: "are all on record", "are not complete", "are now fully recorded".
const RECORD_STATE_FILLERS = new Set(['all', 'not', 'now', 'only', 'fully', 'largely', 'mostly', 'still']);

/**
 * "FDA approvals of CAR-T, CAR-NK and TIL products are complete": an approval noun whose copula predicate says how far a
 * record holds such approvals (data/lexicon/record-state-predicates) speaks of the record, not of an approval.
 */
function describesRecord(
  words: readonly Word[],
  cue: { at: number; length: number; phrase: string },
  clause: Clause,
): boolean {
  // The plural names a kind of approval; "Satri-cel's FDA approval is recorded" presupposes one.
  if (words[cue.at + cue.length - 1]!.lower !== 'approvals') return false;
  for (let k = cue.at + cue.length; k < clause.to; k++) {
    const word = words[k]!;
    if (COPULAS.has(word.lower)) {
      let j = k + 1;
      while (j < clause.to && RECORD_STATE_FILLERS.has(words[j]!.lower)) j++;
      return phraseStartingAt(words, j, RECORD_STATES) !== undefined;
    }
    if (isVerb(word) || word.lower === ';') return false;
  }
  return false;
}

const DOCUMENT_PARTS = lexicon('document-part-nouns');
const CONTENT_VERBS = lexiconWords('document-content-verbs');
// What may stand between a document part and its verb ("the list below covers") and between the verb and the approval
// noun ("counts only US FDA approvals").
const PART_FOLLOWERS = new Set(['below', 'above', 'here', 'opposite']);
const MAX_CONTENT_GAP = 4;
const REFERRING_SUBJECTS = new Set(['it', 'which', 'that']);

/**
 * "The chart counts only FDA approvals", "the table, which lists FDA approvals only": an approval noun in the object of
 * a verb of content (data/lexicon/document-content-verbs) whose subject is a part of a document
 * (data/lexicon/document-part-nouns), or a pronoun after one, names what the document shows, not an approval of a
 * product the sentence names.
 */
function namesShownContent(
  words: readonly Word[],
  cue: { at: number; length: number; phrase: string },
  clause: Clause,
): boolean {
  if (!APPROVAL_NOUNS.has(words[cue.at + cue.length - 1]!.lower)) return false;
  for (let k = cue.at - 1; k >= clause.from && cue.at - k <= MAX_CONTENT_GAP + 1; k--) {
    if (words[k]!.punct) return false;
    if (!CONTENT_VERBS.has(words[k]!.lower)) continue;
    let end = k - 1;
    while (end >= 0 && (PART_FOLLOWERS.has(words[end]!.lower) || words[end]!.lower === ',')) end--;
    if (end < 0) return false;
    const partEndsAt = (at: number) =>
      DOCUMENT_PARTS.some((part) => {
        const length = part.split(' ').length;
        return at - length + 1 >= 0 && phraseAt(words, at - length + 1, part);
      });
    if (partEndsAt(end)) return true;
    if (!REFERRING_SUBJECTS.has(words[end]!.lower)) return false;
    for (let j = end - 1; j >= 0; j--) if (partEndsAt(j)) return true;
    return false;
  }
  return false;
}

/**
 * "Investigational CAR-Ts are not approved", "none of the experimental CAR-Ts": a class narrowed to its investigational
 * members names no approved one, so what it says of approval is not judged by its members' record.
 */
function investigationalClass(words: readonly Word[], subject: TherapyRef): boolean {
  if (!subject.isClass || !subject.mention) return false;
  for (let k = subject.from; k < subject.mention.from; k++) if (OWN_CUES.includes(words[k]!.lower)) return true;
  return false;
}

/** The approval claims of a clause; with `asidesOnly`, only those its unhedged asides make. */
function claimsIn(sentence: ClaimSentence, clause: Clause, index: KnowledgeIndex, asidesOnly = false): ApprovalClaim[] {
  const { words } = sentence;
  const subjects = therapiesIn(sentence, clause, index).filter(
    (s, _i, all) =>
      !causesCondition(words, s) &&
      !namesItsSyndrome(sentence, s) &&
      !investigationalClass(words, s) &&
      // The class an earlier subject is ordered against ("before any CAR-T") is no subject of the approval.
      !(s.isClass && all.some((o) => o.to <= s.from) && followsOrderWord(words, s.from)) &&
      // Nor is the therapy another one followed or trailed ("Yescarta followed Kymriah onto the market in 2017").
      !(all.some((o) => o !== s && !o.isClass) && objectOfSuccession(words, s.from)),
  );
  if (subjects.length === 0) return [];
  const insideSubject = (at: number) => subjects.some((s) => s.isClass && s.from <= at && at < s.to);
  // "cleared" is an approval except for an IND ("the FDA cleared the IND for CHM-2101").
  const ind = findPhrase(words, IND_WORDS, clause.from, clause.to) !== undefined;
  const found = findAllPhrases(words, ALL_CUES, clause.from, clause.to).filter(
    (c) =>
      !insideSubject(c.at) &&
      !(c.phrase === 'cleared' && ind) &&
      !(APPROVAL_NOUNS.has(c.phrase) && timeReference(words, c.at, clause.from)) &&
      // "an application to approve", "voted to approve": an aim, not an approval.
      !(c.phrase === 'approve' && words[c.at - 1]?.lower === 'to') &&
      !approvesSomethingElse(words, c, clause) &&
      !ofProcessStep(words, c, clause) &&
      !wished(words, c) &&
      !describesOtherMember(words, c, clause) &&
      attributiveSubjects(words, c, subjects)?.length !== 0 &&
      !comparedWithoutSubject(words, c, clause, subjects) &&
      !presupposedApproval(words, c, subjects) &&
      !namesShownContent(words, c, clause) &&
      !describesRecord(words, c, clause) &&
      !ofOtherSet(sentence, c, subjects, clause) &&
      !signSense(sentence, c) &&
      !dealSense(words, c, clause) &&
      !inWideningAim(words, c.at, clause) &&
      // "contra-indications to CAR T therapy": another noun, no indication.
      !(words[c.at]!.hyphenBefore && CANCELLING_PREFIXES.has(words[c.at - 1]?.lower ?? '')),
  );
  // "fix(approvals): Kymriah has no second-line LBCL indication": a label's cue names the topic of the statement after
  // its colon, which has its own cue; only that one is judged.
  const labelColon = topicLabelColon(words, clause);
  const cues =
    labelColon !== undefined && found.some((c) => c.at > labelColon) ? found.filter((c) => c.at > labelColon) : found;
  const namedProducts = subjects.every((s) => !s.isClass && s.mention?.entity.type === 'product');
  // A drug's label is read as a product's is ("Tocilizumab's label covers CRS").
  const namedTherapies = subjects.every(
    (s) => !s.isClass && (s.mention?.entity.type === 'product' || s.mention?.entity.type === 'drug'),
  );
  const clauseIndex = sentence.clauses.indexOf(clause);
  // A later clause speaks in the frame the sentence opens with: "For NETs, lanreotide is approved, and no CAR-T is".
  const frame = clauseIndex > 0 ? frontedFrame(words) : undefined;
  const conditions = sentence.mentions.filter(
    (m) =>
      (m.clause === clauseIndex || (frame !== undefined && m.from >= frame.from && m.to <= frame.to)) &&
      isCondition(m.entity) &&
      m.mark !== 'excluded' &&
      !subjects.some((s) => s.mention === m) &&
      !isHarm(sentence, m),
  );
  // "Patients with NETs can receive FDA-approved CAR-T": the approved class stands for its approval.
  // Only conditions of the patients count ("with NETs"), not a subject of its own ("CRS is a boxed warning on
  // FDA-approved CAR-T labels").
  const patientConditions = conditions.filter((m) => {
    const before = patientsBefore(words, m.from);
    // "Patients whose myeloma relapsed after one prior line": the condition of a relative clause on a population word.
    return (
      FOR_PATIENTS.has(words[before]?.lower ?? '') ||
      (words[before]?.lower === 'whose' &&
        (isPopulationWord(words[before - 1]?.lower ?? '') || PATIENT_HEADS.has(words[before - 1]?.lower ?? '')))
    );
  });
  const nonLabel = !!findPhrase(words, NON_LABEL_ACCESS, clause.from, clause.to);
  // "restricted to clinical trials" restricts use to research, not to an indication.
  const copulaFor = [
    ...findAllPhrasesSkipping(words, INDICATION_FOR, USE_ADVERBS, clause.from, clause.to).filter(
      (c) =>
        !(ind && RESTRICTED_TO.includes(c.phrase)) &&
        // "This study is for evaluation of CAR-T for …": the copula's subject is not a therapy named after it.
        !(subjects.length && subjects.every((s) => s.from > c.at)),
    ),
    // An adverb in the verb group leaves the cue: "is still limited to", "can now be used after".
    ...(namedProducts
      ? findAllPhrasesSkipping(words, PRODUCT_USE, USE_ADVERBS, clause.from, clause.to).filter(
          (c) => !(nominalCue(c.phrase) && subjects.every((s) => neverApprovedProduct(index, s))),
        )
      : []),
    // Patients who "can receive" a product in a study or through expanded access are not treated under an approval.
    ...(namedProducts && !ind && !nonLabel ? patientUseIn(words, clause, subjects, patientConditions, conditions) : []),
    ...(namedProducts ? optionsGivenIn(words, clause, subjects) : []),
    ...lineUseIn(words, clause),
    // An offer in a trial or through expanded access is not a use under an approval.
    ...(namedProducts && !nonLabel ? careOffersIn(words, clause, subjects) : []),
    ...(namedProducts && !nonLabel && conditions.length ? readerUsesIn(words, clause, subjects) : []),
    ...(namedTherapies ? labelCoverageIn(words, clause, subjects, sentence.mentions) : []),
    ...approvedClassUseIn(words, clause, subjects),
    ...(namedProducts ? nominalUsesIn(words, clause, subjects, index, sentence.mentions) : []),
  ]
    .filter((c) => !inWideningAim(words, c.at, clause))
    .sort((a, b) => a.at - b.at);
  const approvedClass = patientConditions.length ? subjects.find((s) => s.isClass && s.approvedOnly) : undefined;
  // An approval said in an aside is said of the mention the aside follows ("Kymriah, approved in August 2017,
  // preceded Yescarta"); what the aside names is its own, not the main predicate's.
  const asides = [...asidesIn(words, clause), ...trailingParticiples(words, clause, subjects)].sort(
    (a, b) => a.from - b.from,
  );
  const ownedAside = (at: number) => {
    const aside = asides.find((a) => a.from <= at && at < a.to);
    if (!aside) return undefined;
    let start = aside.from;
    for (let k = asides.indexOf(aside) - 1; k >= 0 && asides[k]!.to === start; k--) start = asides[k]!.from;
    const owner = subjects.find((s) => s.mention && s.to === start);
    return owner && { aside, owner };
  };
  const outside = <T extends { at: number }>(list: readonly T[]) => list.find((c) => !ownedAside(c.at));
  // Asides with an approval or a statement of their own keep what they name ("Breyanzi, whose label does not include
  // myeloma, …"); others ("Tecelra (TCR-T, synovial sarcoma)") describe the subject.
  const statements = clausalAsidesIn(words, clause);
  const inCueAside = (at: number) => {
    const owned = ownedAside(at);
    return (
      owned !== undefined &&
      ([...cues, ...copulaFor].some((c) => owned.aside.from <= c.at && c.at < owned.aside.to) ||
        statements.some((a) => a.from === owned.aside.from))
    );
  };
  const mainCue = outside(cues) ?? outside(copulaFor);
  const cue = mainCue ?? (approvedClass && { at: approvedClass.from, length: 1, phrase: 'approved' });
  const claims: ApprovalClaim[] = [];
  // Without a cue there is no claim: the clause's qualifiers and bound pairs are read only for one.
  if (!cue && cues.length === 0 && copulaFor.length === 0) return claims;
  let qualifiers = qualifiersOf(sentence, clause);
  const bound = boundPairs(sentence, clause);
  // "No CAR-T is approved for bladder cancer": a disease the knowledge base does not know is not judged, neither as
  // its head nor as no disease at all.
  // The verdict does not depend on the disease when a product named has no approval by the regulator at all ("The
  // FDA approved tabelecleucel for this indication").
  const regulator = qualifiers.regulator ?? defaultRegulator(index);
  const neverApproved =
    !!cue &&
    !sentence.negatedAt(cue.at) &&
    subjects.every(
      (s) => !s.isClass && s.mention && approvalsFor(index, s.mention.entity, undefined, regulator).length === 0,
    );
  const unknownIn = (inRange: (at: number) => boolean) =>
    !neverApproved && sentence.unknownConditions.some((u) => u.clause === clauseIndex && inRange(u.from));
  // "products destroy B-cells, which … antibodies that protect against infection": a condition in a relative clause
  // after the cue is that clause's, not the approval's ("patients who have ALL" keeps its condition).
  const inLaterRelative = (at: number) =>
    !!cue && cue.at < at && words.slice(cue.at + cue.length, at).some((w) => CLAUSE_RELATIVE.has(w.lower));
  // "approved for RA (used off-label for ICANS)": an aside with a cue of its own keeps what it names, whatever it follows.
  const inOwnCueAside = (at: number) => {
    const aside = asides.find((a) => a.from <= at && at < a.to);
    return (
      aside !== undefined &&
      (cue === undefined || cue.at < aside.from || cue.at >= aside.to) &&
      cues.some((c) => aside.from <= c.at && c.at < aside.to)
    );
  };
  // "PCNSL is excluded from Kymriah's lymphoma indication": a disease inside the phrase the subject is excluded from
  // describes that phrase; the claim is about the subject.
  const excluded = cue && excludedPhraseAt(words, clause.from, cue.at);
  const describesExcluded = (m: Mention) =>
    !!excluded && isCondition(m.entity) && excluded.from <= m.from && m.from < excluded.to;
  if (excluded)
    for (const [m, pairs] of bound) {
      const kept = pairs.filter((p) => !describesExcluded(p));
      if (describesExcluded(m) || kept.length === 0) bound.delete(m);
      else bound.set(m, kept);
    }
  // "News on obe-cel's approval and two CRS explainers": what premodifies a later list item is that item's.
  const ofLaterItem = (from: number, to: number) =>
    !!cue && APPROVAL_NOUNS.has(cue.phrase) && premodifiesLaterConjunct(words, cue.at + cue.length - 1, from, to);
  // "approved for RA and used off-label for ICANS": a condition in a later coordinated predicate is that predicate's.
  const predicateEnd = cue ? predicateOf(words, cue.at, clause).to : clause.to;
  // "joins other FDA-approved allogeneic products for …": what a compared phrase's approval names is within it.
  const besideCue = cue && comparedPhrase(words, cue, clause);
  const claimed =
    cue &&
    (mainCue ? conditions : patientConditions).filter(
      (m) =>
        !inCueAside(m.from) &&
        !inOwnCueAside(m.from) &&
        !inLaterRelative(m.from) &&
        !describesExcluded(m) &&
        !ofLaterItem(m.from, m.to) &&
        !ofComparisonStandard(sentence, m) &&
        m.from < predicateEnd &&
        (!besideCue || startsIn(besideCue, m.from)),
    );
  if (!asidesOnly && cue && claimed && !(claimed.length === 0 && unknownIn((at) => !inCueAside(at)))) {
    // "Before Yescarta arrived in 2017, Kymriah was approved for ALL in 2015": a date of an opening event clause is its
    // own; the main clause's approval takes the first date after the clause's comma.
    const eventComma = frontedEventClause(words);
    if (
      eventComma !== undefined &&
      cue.at > eventComma &&
      qualifiers.date !== undefined &&
      qualifiers.date.at < eventComma
    ) {
      const later = qualifiers.dates.find((d) => d.at > eventComma);
      if (later) qualifiers = { ...qualifiers, date: { ...later } };
    }
    const date = qualifiers.date;
    // A date in an aside, or in a relative clause after the cue ("with a REMS that the FDA eliminated in 2025"), dates
    // something else.
    // So does a date after the cue that an event participle takes ("based on results reported in 2023").
    const otherEvent =
      date &&
      (inCueAside(date.at) ||
        words.slice(cue.at + cue.length, date.at).some((w) => RELATIVE.has(w.lower)) ||
        (date.at > cue.at && datesEvent(words, date.at)) ||
        // "received Kymriah in 2018, a year after it became the first CAR-T the FDA approved", "died in 2026, by which
        // time the FDA had approved seven", "joined Kite in 2014 and later led Yescarta's launch after its approval"
        datesOtherPredicate(words, date.at, cue.at) ||
        ofLaterItem(date.at, date.to) ||
        outsideAttributivePhrase(words, cue, date.at));
    // "Aucatzyl was approved in 2024, seven years after Kymriah": a point of comparison after the cue is not a subject.
    // Nor is a therapy after the cue set before or after its event ("Kymriah's approval in 2017 was followed by
    // Yescarta", "Kymriah was approved in August 2017 and Yescarta two months later").
    const compared = (s: TherapyRef) =>
      s.mention !== undefined &&
      s.from > cue.at &&
      (COMPARISON.has(words[s.from - 1]?.lower ?? '') || sequencedAgainst(words, cue, s, clause));
    // "Talquetamab and the investigational CAR-T obe-cel": an attributive status word is said of its own phrase only.
    // "The round covered the MZL approval, obe-cel and Carvykti": a therapy listed beside an approval noun is a topic
    // of its own, not the approval's subject.
    // "Kymriah and Abecma approvals" coordinates the approval's own premodifiers.
    const cuePhrase = nounPhrasesOf(words).at(cue.at);
    const listed = (s: TherapyRef) =>
      APPROVAL_NOUNS.has(cue.phrase) &&
      !subjects.some((t) => cuePhrase && cuePhrase.from <= t.from && t.to <= cuePhrase.to) &&
      !isPossessive(sentence, s) &&
      listedBeside(words, cue.at, s.from, s.to);
    // "joins other FDA-approved allogeneic products": the approval is said of the compared phrase's therapies only.
    const own = (
      besideCue
        ? subjects.filter((s) => startsIn(besideCue, s.from))
        : (attributiveSubjects(words, cue, subjects) ?? subjects)
    ).filter((s) => !compared(s) && !listed(s));
    // "Carvykti was not approved two years after Abecma": the negation denies the comparison; the approval is given.
    const deniesComparison = subjects.some(compared) && sentence.negatedAt(cue.at);
    bindGapped(sentence, cue, own, claimed, clause, bound);
    const main = deniesComparison
      ? []
      : claimsAt(
          sentence,
          cue,
          own,
          claimed,
          otherEvent ? { ...qualifiers, date: undefined } : withDateOwner(sentence, qualifiers, cue),
          bound,
        );
    markCollective(words, clause, main);
    // "Anakinra has become the standard treatment for ICANS": standard care agrees with a use the knowledge base
    // records (off-label included); it contradicts only where no use is on record.
    // "Dexamethasone is the first-line treatment for ICANS": a line of a use the knowledge base records as standard or
    // mainstay care is that practice, not a label's line.
    claims.push(
      ...('standard' in cue && cue.standard
        ? main.filter((c) => !usedInPractice(index, c))
        : 'line' in cue && cue.line
          ? main.filter((c) => !usedInPractice(index, c, ESTABLISHED_USE))
          : main),
    );
  } else if (!asidesOnly && mainCue && claimed?.length === 0) {
    const object = unlistedDisease(sentence, mainCue, clauseIndex, (at) => !inCueAside(at) && !inLaterRelative(at));
    if (object && subjects.every((s) => cancerOnlyOnRecord(index, s, regulator)))
      claims.push(...claimsAt(sentence, mainCue, subjects, [object], qualifiers, bound));
  }
  for (const asideCue of [...cues, ...copulaFor]) {
    const owned = ownedAside(asideCue.at);
    if (!owned || claims.some((c) => c.cueAt !== undefined && owned.aside.from <= c.cueAt && c.cueAt < owned.aside.to))
      continue;
    if (asidesOnly && hedgesIn(words, owned.aside).length) continue;
    const inAside = conditions.filter(
      (m) => owned.aside.from <= m.from && m.from < owned.aside.to && !ofComparisonStandard(sentence, m),
    );
    if (inAside.length === 0 && unknownIn((at) => owned.aside.from <= at && at < owned.aside.to)) continue;
    claims.push(...claimsAt(sentence, asideCue, [owned.owner], inAside, qualifiersOf(sentence, owned.aside), bound));
  }
  return claims;
}

/**
 * "Tecelra is similar to CAR T-cell therapies that have been approved for blood cancers", "Unlike CAR-T products
 * approved for leukemia, …": an approval in a relative clause of a class is said of that class's members, not of the
 * product the clause names. A class after "a"/"an" ("Kymriah is a CAR-T approved for ALL") describes the product.
 */
function ofOtherSet(
  sentence: ClaimSentence,
  cue: { at: number },
  subjects: readonly TherapyRef[],
  clause: Clause,
): boolean {
  if (!subjects.some((s) => !s.isClass)) return false;
  const { words } = sentence;
  const classAt = (k: number) =>
    sentence.mentions.find((m) => m.from <= k && k < m.to && m.entity.type === 'therapy-class');
  // The head is the class or a therapy noun after it ("CAR-T products").
  const classOf = (k: number) => {
    let j = k;
    while (j > clause.from && !classAt(j) && isTherapyHead(words[j])) j--;
    return classAt(j);
  };
  const head = relativeHeadOf(words, cue.at, clause.from, (k) => classOf(k) !== undefined);
  if (head === undefined) return false;
  // Back over the class's modifiers ("the first off-the-shelf T-cell therapy") to the word that governs it: a
  // predicate of the product ("Abecma is no longer the only CAR-T approved for …") describes it too.
  const boundaries = lexiconWords('noun-phrase-boundaries');
  let k = classOf(head)!.from - 1;
  for (; k > clause.from; k--) {
    const word = words[k]!;
    if (word.lower === 'a' || word.lower === 'an') return false;
    if (word.punct || boundaries.has(word.lower) || COMPARED_WITH.has(word.lower) || isVerb(word)) break;
  }
  return !PREDICATE_LINKS.has(words[k]?.lower ?? '') || words[k]!.lower === ',';
}
const COMPARED_WITH = new Set(['like', 'unlike']);

// Words that make "a/an …" after them a predicate or an appositive of the subject ("CAR-T is still an experimental
// therapy", "CAR-T, an experimental therapy, …").
const PREDICATE_LINKS = new Set([',', 'is', 'are', 'was', 'were', 'remains', 'remain', 'became', 'become', 'as']);
const PREDICATE_ADVERBS = new Set(['not', 'still', 'now', 'also', 'only', 'currently', 'no', 'longer']);

/**
 * "Participants received an experimental form of a novel CAR T-cell therapy": "investigational"/"experimental" in an
 * indefinite phrase that is neither predicate nor appositive (the object of another verb) describes one unnamed
 * member, a trial's own product, not the class the phrase names.
 */
function describesOtherMember(words: readonly Word[], cue: { at: number; phrase: string }, clause: Clause): boolean {
  if (!OWN_CUES.includes(cue.phrase)) return false;
  const article = words[cue.at - 1]?.lower;
  if (article !== 'a' && article !== 'an') return false;
  let k = cue.at - 2;
  while (k >= clause.from && PREDICATE_ADVERBS.has(words[k]!.lower)) k--;
  return k >= clause.from && !PREDICATE_LINKS.has(words[k]!.lower);
}

/**
 * "choosing experimental drugs rather than approved CAR-T", "Talquetamab targets GPRC5D, like the investigational CAR-T
 * arlo-cel": "experimental" before a noun describes that noun's phrase only. The therapies the claim is about that stand
 * in it (none when it names another therapy); undefined when the word is a predicate or an apposition ("is an
 * experimental therapy", "Kymriah, an experimental CAR-T,"), which is said of the subject.
 */
function attributiveSubjects(
  words: readonly Word[],
  cue: { at: number; phrase?: string },
  subjects: readonly TherapyRef[],
): TherapyRef[] | undefined {
  if (!cue.phrase || !OWN_CUES.includes(cue.phrase)) return undefined;
  const phrase = nounPhrasesOf(words).at(cue.at);
  if (!phrase || phrase.to - 1 <= cue.at) return undefined;
  let k = cue.at - 1;
  while (k >= 0 && (PREDICATE_ADVERBS.has(words[k]!.lower) || lexiconWords('determiners').has(words[k]!.lower))) k--;
  const link = words[k]?.lower ?? '';
  if ((PREDICATE_LINKS.has(link) && !comparativeAs(words, k)) || link === '(') return undefined;
  return subjects.filter((s) => s.from < phrase.to && s.to > cue.at);
}

const COMPARED_OPENERS = [
  ...lexicon('exclusion-cues'),
  ...lexicon('inclusion-cues'),
  ...lexicon('compared-object-verbs'),
].map((p) => p.split(' '));

/**
 * "a BCMA CAR-T like the approved Abecma", "unlike the FDA-approved CAR-Ts such as Yescarta", "competes with approved
 * BCMA CAR-Ts": an approval premodifying the point of a comparison, an example or an object set beside the subject
 * describes that phrase, which the clause takes as given; it is not said of the clause's subject.
 */
const MEMBERSHIP_DETERMINERS = wordClass('other-determiners');

function comparedPhrase(
  words: readonly Word[],
  cue: { at: number; length: number },
  clause: Clause,
): { from: number; to: number } | undefined {
  const next = words[cue.at + cue.length];
  if (!next || next.punct || lexiconWords('noun-phrase-boundaries').has(next.lower)) return undefined;
  let k = words[cue.at]!.hyphenBefore ? cue.at - 2 : cue.at - 1;
  const adverbs = lexiconWords('attributive-approval-adverbs');
  const determiners = lexiconWords('determiners');
  while (k >= 0 && (adverbs.has(words[k]!.lower) || determiners.has(words[k]!.lower))) {
    // "like other approved CAR-Ts": the subject is one of them.
    if (MEMBERSHIP_DETERMINERS.has(words[k]!.lower)) return undefined;
    k--;
  }
  const opened = COMPARED_OPENERS.some(
    (parts) => k + 1 >= parts.length && parts.every((p, i) => words[k - parts.length + 1 + i]!.lower === p),
  );
  if (!opened) return undefined;
  // The phrase runs to the next comma or semicolon ("unlike the approved Kymriah, arlo-cel …").
  let to = cue.at + cue.length;
  while (to < clause.to && words[to]!.lower !== ',' && words[to]!.lower !== ';') to++;
  return { from: cue.at, to };
}

const startsIn = (span: { from: number; to: number }, at: number) => at >= span.from && at < span.to;

/** The approval premodifies a compared phrase that names none of the clause's therapies ("like the approved Abecma"). */
function comparedWithoutSubject(
  words: readonly Word[],
  cue: { at: number; length: number },
  clause: Clause,
  subjects: readonly TherapyRef[],
): boolean {
  const beside = comparedPhrase(words, cue, clause);
  return !!beside && !subjects.some((s) => startsIn(beside, s.from));
}

/** "the same antigen as", "such as", "as well as": an "as" that compares or lists, not one that predicates. */
function comparativeAs(words: readonly Word[], at: number): boolean {
  if (words[at]?.lower !== 'as') return false;
  if (words[at - 1]?.lower === 'well' && words[at - 2]?.lower === 'as') return true;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const word = words[k]!;
    if (word.punct) return false;
    if (word.lower === 'same' || word.lower === 'such') return true;
  }
  return false;
}

/**
 * "which the FDA approved on the same day as tocilizumab for CRS": a condition right after the standard of a "same …
 * as" comparison, with its preposition ("for", "in", "with") and clinical-state words only, is the standard's own
 * approval, not the subject's ("Kymriah was approved for ALL on the same day as tocilizumab" keeps its ALL).
 */
function ofComparisonStandard(sentence: ClaimSentence, condition: Mention): boolean {
  const { words } = sentence;
  const before = patientsBefore(words, condition.from);
  if (!FOR_PATIENTS.has(words[before]?.lower ?? '')) return false;
  return sentence.mentions.some(
    (t) =>
      t.to === before && (t.entity.type === 'product' || t.entity.type === 'drug') && comparativeAs(words, t.from - 1),
  );
}

/**
 * "The FDA approved Yescarta for rheumatoid arthritis": the approval's object is the clause's one unknown disease name,
 * after the cue, and its head names a disease that is never a cancer (data/lexicon/non-cancer-disease-heads), so it
 * can be neither a kind nor a group of the cancers a product is approved for. As a mention of its own it is judged
 * like any disease a product's complete record does not list.
 */
function unlistedDisease(
  sentence: ClaimSentence,
  cue: { at: number; length: number; phrase?: string },
  clauseIndex: number,
  belongs: (at: number) => boolean,
): Mention | undefined {
  if (sentence.negatedAt(cue.at) || NOT_APPROVED_CUES.includes(cue.phrase ?? '')) return undefined;
  const unknown = sentence.unknownConditions.filter((u) => u.clause === clauseIndex);
  const only = unknown.length === 1 ? unknown[0]! : undefined;
  if (!only || only.from < cue.at + cue.length || !belongs(only.from)) return undefined;
  const { words } = sentence;
  if (!lexiconWords('non-cancer-disease-heads').has(words[only.to - 1]!.lower)) return undefined;
  const start = words[only.from]!.start;
  const end = words[only.to - 1]!.end;
  const text = sentence.text.slice(start - sentence.start, end - sentence.start);
  const entity = {
    id: `unlisted:${text.toLowerCase()}`,
    type: 'indication',
    name: text,
    aliases: [],
  } as unknown as Entity;
  const match = { start, end, entity, alias: { text, kind: 'synonym' as const }, text };
  return { from: only.from, to: only.to, match, entity, clause: clauseIndex };
}

/** A named product whose approvals by the regulator are all on record, each for a cancer's treatment. */
function cancerOnlyOnRecord(index: KnowledgeIndex, subject: TherapyRef, regulator: Regulator | undefined): boolean {
  const entity = subject.mention?.entity;
  if (subject.isClass || !entity || entity.type !== 'product' || !approvalsComplete(index, entity, regulator))
    return false;
  const approvals = approvalsFor(index, entity, undefined, regulator);
  return approvals.length > 0 && approvals.every((a) => a.scope === 'antitumor');
}

/**
 * "in a manner inconsistent with the approved labeling": "the approved" before another noun presupposes an approval
 * it does not name; unless a therapy the claim is about stands in that phrase, it says nothing of their approvals.
 */
function presupposedApproval(
  words: readonly Word[],
  cue: { at: number; phrase: string },
  subjects: readonly TherapyRef[],
): boolean {
  if (!APPROVAL_VERBS.has(cue.phrase) || words[cue.at - 1]?.lower !== 'the') return false;
  const phrase = nounPhrasesOf(words).at(cue.at);
  if (!phrase || phrase.to - 1 <= cue.at) return false;
  // A predicate ("is not the approved treatment for …") is said of the subject.
  let k = cue.at - 2;
  while (k >= 0 && PREDICATE_ADVERBS.has(words[k]!.lower)) k--;
  if (PREDICATE_LINKS.has(words[k]?.lower ?? '')) return false;
  return !subjects.some((s) => s.from < phrase.to && s.to > phrase.from);
}

// "severe CRS caused by CAR-T cells", "neurotoxicity induced by a CAR-T": a therapy after a cause participle and its
// preposition is the agent of a phrase that describes the condition, never what is approved.
const AGENT_LINKS = new Set(['by', 'with', 'to']);
function causesCondition(words: readonly Word[], subject: TherapyRef): boolean {
  let k = subject.from - 1;
  if (lexiconWords('determiners').has(words[k]?.lower ?? '')) k--;
  if (isCauseAgentLink(words, k)) return true;
  // "induced by a different cause, CAR T cell therapy": the therapy in apposition to the agent names it.
  if (words[k]?.lower !== ',') return false;
  for (let i = k - 1; i >= Math.max(0, k - 5) && !words[i]!.punct; i--) if (isCauseAgentLink(words, i)) return true;
  return false;
}

/** "caused by", "induced by": the agent link at word `at`, after a cause participle. */
function isCauseAgentLink(words: readonly Word[], at: number): boolean {
  return AGENT_LINKS.has(words[at]?.lower ?? '') && lexiconWords('cause-participles').has(words[at - 1]?.lower ?? '');
}

/**
 * A therapy that premodifies a syndrome names whose syndrome it is ("approved for CAR-T CRS": the CRS that CAR-T
 * causes), as "induced by CAR-T" does; it is not what the sentence says is approved.
 */
function namesItsSyndrome(sentence: ClaimSentence, subject: TherapyRef): boolean {
  return sentence.mentions.some((m) => m.from === subject.to && m.entity.type === 'syndrome');
}

/**
 * A participle after a comma at the end of the clause modifies the product named right before the comma when another
 * subject precedes it ("Abecma follows the CD19-targeting Breyanzi, approved in February 2021 for LBCL"): a reduced
 * relative clause of that product, an aside like ", approved in …, " (clauses.ts leaves it out, not knowing the names).
 */
function trailingParticiples(words: readonly Word[], clause: Clause, subjects: readonly TherapyRef[]): Clause[] {
  const found: Clause[] = [];
  for (const owner of subjects) {
    // "lisocabtagene maraleucel (Breyanzi), approved …": the owner's parenthesis is part of it.
    const comma = words[owner.to]?.lower === '(' ? closingParen(words, owner.to, clause.to) + 1 : owner.to;
    if (owner.isClass || !owner.mention || words[comma]?.lower !== ',') continue;
    if (!APPROVAL_VERBS.has(words[comma + 1]?.lower ?? '')) continue;
    if (!subjects.some((s) => s.to <= owner.from)) continue;
    let close = comma + 1;
    while (close < clause.to && words[close]!.lower !== ',') close++;
    if (close >= clause.to) found.push({ from: comma, to: clause.to });
  }
  return found;
}

/**
 * Gapped coordination: "A is approved for X and Y, and B for Z" leaves out the verb of the second conjunct. Each
 * subject takes the conditions after it (after the cue, for one written before it) up to the next subject. The first
 * conjunct's subject may be the cue's object ("approved CAR-Ts for leukemia, and a TIL therapy for melanoma"), and a
 * class is a subject like a product.
 */
function bindGapped(
  sentence: ClaimSentence,
  cue: { at: number },
  subjects: readonly TherapyRef[],
  conditions: readonly Mention[],
  clause: Clause,
  bound: Map<Mention, Mention[]>,
): void {
  const { words } = sentence;
  const determiners = lexiconWords('determiners');
  // The head of a gapped conjunct opens it and takes the left-out predicate's preposition: ", and B for Z", after a
  // parenthesis renaming it or an adverb of time ("and Abecma (ide-cel) later in March 2021").
  const opensGap = (s: TherapyRef) => {
    const before = determiners.has(words[s.from - 1]?.lower ?? '') ? s.from - 2 : s.from - 1;
    // The subject's span may end inside its parenthesis ("Abecma (ide-cel, BMS)"): the conjunct goes on after it.
    const open = words.slice(s.from, s.to + 1).findIndex((w) => w.lower === '(');
    let after = open >= 0 ? Math.max(s.to, closingParen(words, s.from + open) + 1) : s.to;
    if (USE_ADVERBS.has(words[after]?.lower ?? '')) after++;
    return (
      s.from > cue.at && GAP_OPENERS.has(words[before]?.lower ?? '') && GAP_PREPOSITIONS.has(words[after]?.lower ?? '')
    );
  };
  const named = subjects.filter((s) => s.mention);
  const later = named.filter(opensGap).sort((a, b) => a.from - b.from);
  if (later.length === 0) return;
  const before = named.filter((s) => s.from < cue.at);
  const object = named.find((s) => s.from > cue.at && s.from < later[0]!.from);
  const products = [...(before.length ? before : object ? [object] : []), ...later];
  if (products.length < 2) return;
  // Only when a condition stands between the cue and the first subject after it ("for X, and B for Z").
  if (!conditions.some((c) => c.from > cue.at && c.to <= later[0]!.from)) return;
  for (const product of products) {
    const from = product.from < cue.at ? cue.at : product.to;
    const to = later.find((s) => s.from > product.from)?.from ?? clause.to;
    const own = conditions.filter((c) => c.from >= from && c.to <= to);
    const mention = product.mention!;
    bound.set(mention, [...new Set([...(bound.get(mention) ?? []), ...own])]);
  }
}

const GAP_OPENERS = new Set(['and', 'or', ',', 'while', 'whereas']);
const GAP_PREPOSITIONS = new Set(['for', 'in', 'against']);

// Words that make a claim about several products distributive: "both", "each", "all", "respectively".
const DISTRIBUTIVE = new Set(['both', 'each', 'all', 'every', 'respectively', 'either', 'neither']);

/** Marks the claims of several products over the same several conditions as collective (see ApprovalClaim). */
function markCollective(words: readonly Word[], clause: Clause, claims: ApprovalClaim[]): void {
  if (claims.length < 2 || claims.some((c) => c.negated || c.subject.isClass || !c.subject.mention)) return;
  const conditions = claims[0]!.conditions;
  if (conditions.length < 2 || claims.some((c) => c.conditions.length !== conditions.length)) return;
  if (claims.some((c) => c.conditions.some((m, i) => m !== conditions[i]))) return;
  for (let i = clause.from; i < clause.to; i++) if (DISTRIBUTIVE.has(words[i]!.lower)) return;
  const collective = {
    subjects: claims.map((c) => c.subject.mention!.entity),
    conditions: conditions.map((m) => m.entity),
  };
  for (const claim of claims) claim.collective = collective;
}

/** "is now a first-line treatment for", "are a second-line option for": the copula, as an "is for" cue. */
const PATIENT_USE = lexicon('patient-use-verbs');
const ABILITY = lexicon('ability-cues');
const USE_ADVERBS = lexiconWords('use-adverbs');
const PATIENT_CONDITION_MODIFIERS = lexiconWords('patient-condition-modifiers');

/** The word before a condition and its clinical-state words ("with relapsed or refractory LBCL": "with"). */
function patientsBefore(words: readonly Word[], from: number): number {
  let k = from - 1;
  while (k > 0 && PATIENT_CONDITION_MODIFIERS.has(words[k]!.lower)) k--;
  return k;
}
const NON_LABEL_ACCESS = lexicon('non-label-access');

/**
 * "Adults with CLL can receive Breyanzi": patients with a condition as the subject of a verb of receiving that a word of
 * ability precedes and a named product follows state the product's indication. So does the condition itself as the
 * subject of a passive one ("Follicular lymphoma can be treated with Breyanzi"). A past or reported use ("patients
 * received Kymriah in the trial") has no ability cue and claims none.
 */
function patientUseIn(
  words: readonly Word[],
  clause: Clause,
  subjects: readonly TherapyRef[],
  patientConditions: readonly Mention[],
  conditions: readonly Mention[],
): { at: number; length: number; phrase: string }[] {
  const conditionSubjects = conditions.filter((m) => opensClause(words, clause, m));
  if (patientConditions.length === 0 && conditionSubjects.length === 0) return [];
  // "Children can receive Tecartus for ALL": patients named by a population word open the clause, their condition
  // follows the product.
  const populationSubject = opensWithPopulation(words, clause);
  const found: { at: number; length: number; phrase: string }[] = [];
  for (const cue of findAllPhrases(words, PATIENT_USE, clause.from, clause.to)) {
    const passive = words[cue.at]!.lower === 'be';
    const users = passive ? [...patientConditions, ...conditionSubjects] : patientConditions;
    let end = cue.at;
    while (end > clause.from && USE_ADVERBS.has(words[end - 1]!.lower)) end--;
    const able = ABILITY.some((p) => {
      const start = end - p.split(' ').length;
      return start >= clause.from && phraseAt(words, start, p);
    });
    const object = cue.at + cue.length;
    // The products are the verb's object, all of them: "patients who cannot receive A can receive B" is not about A.
    const patientsAfter = populationSubject && !passive && patientConditions.some((m) => m.from > object);
    if (
      able &&
      subjects.some((s) => s.from === object) &&
      subjects.every((s) => s.from >= object) &&
      (users.some((m) => m.to <= cue.at) || patientsAfter)
    )
      found.push({ at: cue.at, length: cue.length, phrase: 'is given to' });
  }
  return found;
}

const DETERMINERS = lexiconWords('determiners');

/** Whether the clause opens with a population word ("Children", "Most adults"), after determiners only. */
function opensWithPopulation(words: readonly Word[], clause: Clause): boolean {
  let k = clause.from;
  while (k < clause.to && DETERMINERS.has(words[k]!.lower)) k++;
  return k < clause.to && isPopulationWord(words[k]!.lower);
}

/** Whether a condition is the clause's first noun phrase: only determiners and clinical-state words before it. */
function opensClause(words: readonly Word[], clause: Clause, condition: Mention): boolean {
  for (let k = clause.from; k < condition.from; k++) {
    const lower = words[k]!.lower;
    if (!DETERMINERS.has(lower) && !PATIENT_CONDITION_MODIFIERS.has(lower)) return false;
  }
  return true;
}

/** The first word at or after `from` (before `to`) that is not an adverb of time or addition ("also", "now"). */
function pastUseAdverbs(words: readonly Word[], from: number, to: number): number {
  let k = from;
  while (k < to && USE_ADVERBS.has(words[k]!.lower)) k++;
  return k;
}

const NOMINAL_USE = lexicon('nominal-use-complements');
const EXCLUSIVE_CUES = lexicon('exclusive-cues');
const COPULAS = wordClass('be-present');
const INDEFINITE = wordClass('indefinite-articles');
// "a new, one-time CAR T-cell therapy": how far the therapy noun may stand from its article.
const NOMINAL_REACH = 7;

/** "is a therapy for", "is a treatment option for": a use named by a noun phrase, not by a verb. */
const nominalCue = (phrase: string) => / an? /.test(phrase);

/**
 * A named product the default regulator never approved: a noun phrase of use ("anito-cel is a CAR-T therapy for
 * myeloma") names what it is developed for.
 */
const neverApprovedProduct = (index: KnowledgeIndex, s: TherapyRef) =>
  !s.isClass && !!s.mention && approvalsFor(index, s.mention.entity, undefined, defaultRegulator(index)).length === 0;

/**
 * "Breyanzi is a medicine used to treat …", "Kymriah is a CAR T-cell therapy for …": a named product's predicate noun
 * (or its appositive, "Kymriah, a medicine used to treat …, …") headed by a therapy noun (data/lexicon/therapy-heads)
 * and followed by what it is for (data/lexicon/nominal-use-complements) states the product's use, as "is used to
 * treat" does. A bracketed name after the product ("Yescarta (axicabtagene ciloleucel) is …") is part of its mention.
 * Of a product the regulator never approved, the phrase names what it is developed for ("anito-cel, a CAR-T therapy
 * for myeloma, is under review").
 */
function nominalUsesIn(
  words: readonly Word[],
  clause: Clause,
  subjects: readonly TherapyRef[],
  index: KnowledgeIndex,
  mentions: readonly Mention[],
): { at: number; length: number; phrase: string }[] {
  const found: { at: number; length: number; phrase: string }[] = [];
  for (const s of subjects) {
    if (s.isClass || !s.mention) continue;
    if (neverApprovedProduct(index, s)) continue;
    const named = words[s.to]?.lower === '(' ? closingParen(words, s.to, clause.to) + 1 : s.to;
    const copula = pastUseAdverbs(words, named, clause.to);
    if (!COPULAS.has(words[copula]?.lower ?? '') && words[named]?.lower !== ',') continue;
    const article = pastUseAdverbs(words, copula + 1, clause.to);
    // "Aucatzyl is the CAR-T for children with leukemia": a definite predicate noun states the use as an indefinite
    // one does; a ranked or exclusive one ("the first CAR-T for …", "the only CAR-T for …") is the first or the
    // exclusive relation's.
    const definite = words[article]?.lower === 'the' && !EXCLUSIVE_CUES.some((cue) => phraseAt(words, article, cue));
    if (!INDEFINITE.has(words[article]?.lower ?? '') && !definite) continue;
    for (let k = article + 1; k < Math.min(clause.to, article + 1 + NOMINAL_REACH); k++) {
      const word = words[k]!;
      // The noun phrase ends at a clause word, a verb or a relative pronoun ("a therapy that …" is read below).
      if ((word.punct && word.lower !== ',') || isVerb(word)) break;
      if (definite && ordinal(word.lower) !== undefined) break;
      // A class named as the head ("a CAR-T for …") heads the phrase as a therapy noun does.
      const head = isTherapyHead(word) || mentions.some((m) => m.entity.type === 'therapy-class' && m.to === k + 1);
      if (!head || isTherapyHead(words[k + 1])) continue;
      const use = phraseStartingAt(words, k + 1, NOMINAL_USE);
      // "a therapy for which …": the relative clause says something else.
      if (use && !(use.phrase === 'for' && RELATIVE.has(words[k + 2]?.lower ?? '')))
        found.push({ at: k + 1, length: use.length, phrase: 'is used to treat' });
      break;
    }
  }
  return found;
}

const OPTION_GIVING = lexiconWords('option-giving-verbs');
const OPTION_NOUNS = lexiconWords('option-nouns');
const OPTION_RECIPIENT_LINKS = new Set(['to', 'for']);
// "a new, one-time option": the option noun's modifiers.
const OPTION_MODIFIER_REACH = 3;

/**
 * "Tecartus gives a new option to people with mantle cell lymphoma": a named product giving a treatment option to
 * patients with a condition states its use, as "is for". The verb follows the product (adverbs aside); the option noun
 * follows the verb after its modifiers, and "to"/"for" its recipients.
 */
function optionsGivenIn(
  words: readonly Word[],
  clause: Clause,
  subjects: readonly TherapyRef[],
): { at: number; length: number; phrase: string }[] {
  const found: { at: number; length: number; phrase: string }[] = [];
  for (const s of subjects) {
    const verb = pastUseAdverbs(words, s.to, clause.to);
    if (!OPTION_GIVING.has(words[verb]?.lower ?? '')) continue;
    for (let k = verb + 1; k < clause.to && k <= verb + 1 + OPTION_MODIFIER_REACH; k++) {
      const lower = words[k]!.lower;
      if (OPTION_NOUNS.has(lower)) {
        if (OPTION_RECIPIENT_LINKS.has(words[k + 1]?.lower ?? ''))
          found.push({ at: verb, length: k + 2 - verb, phrase: 'is for' });
        break;
      }
      if (PREPOSITIONS.has(lower) || isVerb(words[k])) break;
    }
  }
  return found;
}

const APPROVED_CLASS_USE = lexicon('approved-class-use-verbs');

/**
 * "FDA-approved CAR-T therapies treat B-cell ALL and AML": a verb of use right after an approved class (adverbs
 * aside) says what its approved members are for, as "is for".
 */
function approvedClassUseIn(
  words: readonly Word[],
  clause: Clause,
  subjects: readonly TherapyRef[],
): { at: number; length: number; phrase: string }[] {
  const found: { at: number; length: number; phrase: string }[] = [];
  for (const s of subjects) {
    // "Satri-cel, unlike the FDA-approved CAR-Ts, treats …": a point of comparison is not the verb's subject.
    if (!s.isClass || !s.approvedOnly || s.mention?.mark === 'excluded') continue;
    const k = pastUseAdverbs(words, s.to, clause.to);
    const verb = phraseStartingAt(words, k, APPROVED_CLASS_USE);
    if (verb) found.push({ at: k, length: verb.length, phrase: 'is for' });
  }
  return found;
}

const CARE_TEAM = lexiconWords('care-team-heads');
const CARE_OFFER = lexicon('care-offer-verbs');
const OFFER_MODALS = new Set(['may', 'might', 'could', 'can', 'will', 'would']);
const OFFER_PARTICIPLES = lexiconWords('care-offer-participles');
// "offer you X", "offer them X": the patient between the verb and the product.
const OFFER_RECIPIENTS = new Set(['you', 'them', 'him', 'her', 'patients']);

/**
 * "Your doctor may offer you Breyanzi for MCL": a care team's offer of a named product, with the modal before the verb
 * (`modal`), when there is one.
 */
function careOfferAt(
  words: readonly Word[],
  clause: Clause,
): { at: number; length: number; modal?: number; passive?: boolean }[] {
  const found: { at: number; length: number; modal?: number; passive?: boolean }[] = [];
  for (const verb of findAllPhrases(words, CARE_OFFER, clause.from, clause.to)) {
    let k = verb.at - 1;
    // "Doctors can now use Abecma for …": an adverb of the verb group may stand before the verb.
    while (k > clause.from && USE_ADVERBS.has(words[k]!.lower)) k--;
    const modal = OFFER_MODALS.has(words[k]?.lower ?? '') ? k-- : undefined;
    if (k >= clause.from && CARE_TEAM.has(words[k]!.lower)) found.push({ at: verb.at, length: verb.length, modal });
  }
  // "Kymriah may be offered …", "You may be offered Breyanzi …": the offer in the passive, after a modal.
  for (let i = clause.from + 2; i < clause.to; i++)
    if (OFFER_PARTICIPLES.has(words[i]!.lower) && words[i - 1]!.lower === 'be' && OFFER_MODALS.has(words[i - 2]!.lower))
      found.push({ at: i, length: 1, modal: i - 2, passive: true });
  return found;
}

// Longest first: "label extension" before "label".
const LABEL_HEADS = [...lexicon('label-heads')].sort((a, b) => b.split(' ').length - a.split(' ').length);
// The label's verbs: the class of permitting ("covers", "allows", "lets") and its passives ("was extended to").
const LABEL_COVERAGE = [...lexicon('permitting-verbs'), ...lexicon('label-coverage-verbs')];
// "was extended to cover children": a verb of the class after a passive's "to" adds nothing.
const PERMITTING = lexiconWords('permitting-verbs');
const LABEL_ADDITION = lexicon('label-addition-verbs');
const LABEL_OWNER_LINKS = new Set(['for', 'of']);

/**
 * "Tecartus's label covers children with B-ALL", "The label for Yescarta now includes children": a named product's
 * label covering patients named right after by a population word states the approved population, as "is approved
 * for". A label naming anything else ("includes a boxed warning") is not read.
 */
function labelCoverageIn(
  words: readonly Word[],
  clause: Clause,
  subjects: readonly TherapyRef[],
  mentions: readonly Mention[],
): { at: number; length: number; phrase: string }[] {
  const found: { at: number; length: number; phrase: string }[] = [];
  for (const head of findAllPhrases(words, LABEL_HEADS, clause.from, clause.to)) {
    let k = head.at + head.length;
    // "Tecartus's October 2021 label extension": a date may stand between the owner and its label.
    let start = head.at;
    while (start > clause.from && (isYear(words[start - 1]!.lower) || monthOf(words[start - 1]!.lower))) start--;
    const owner = subjects.find(
      (s) => s.to === start || (LABEL_OWNER_LINKS.has(words[k]?.lower ?? '') && s.from === k + 1),
    );
    if (!owner) continue;
    // "Follicular lymphoma was added to Yescarta's label": what is added to a product's label is approved for it.
    let before = Math.min(owner.from, head.at);
    if (DETERMINERS.has(words[before - 1]?.lower ?? '')) before--;
    const added = LABEL_ADDITION.find(
      (p) => before - p.split(' ').length >= clause.from && phraseAt(words, before - p.split(' ').length, p),
    );
    const addedAt = added === undefined ? -1 : before - added.split(' ').length;
    // Only a disease is added as a use: a harm added to a label is a warning ("Parkinsonism was added to …").
    // It is the clause's subject: nothing but a determiner or a fronted date before it ("Data on FL were added" is not).
    const what = mentions.filter((m) => m.from >= clause.from && m.to <= addedAt);
    const opener = words[(what[0]?.from ?? 0) - 1];
    const subject = !opener || opener.index < clause.from || opener.punct || DETERMINERS.has(opener.lower);
    if (what.length && subject && what.every((m) => m.entity.type === 'indication')) {
      found.push({ at: head.at, length: head.length, phrase: 'is approved for' });
      continue;
    }
    if (owner.from > head.at) k = owner.to;
    k = pastUseAdverbs(words, k, clause.to);
    const verb = LABEL_COVERAGE.find((p) => phraseAt(words, k, p));
    if (!verb) continue;
    let patients = k + verb.split(' ').length;
    if (verb.endsWith(' to') && PERMITTING.has(words[patients]?.lower ?? '')) patients++;
    while (patients < clause.to && DETERMINERS.has(words[patients]!.lower)) patients++;
    if (isPopulationWord(words[patients]?.lower ?? ''))
      found.push({ at: k, length: verb.split(' ').length, phrase: 'is given to' });
    // "Kymriah's label covers multiple myeloma", "Tocilizumab's label includes CRS": a disease as the verb's object is
    // the approved use, as "is approved for". A syndrome on a cell therapy's label is one of its warnings, so a
    // syndrome is read as a use only on a drug's label.
    // "Abecma's label covers patients after two prior lines": patients, with a use only, are the approved ones.
    else if (
      labelUseAt(mentions, patients, owner) ||
      (PATIENT_HEADS.has(words[patients]?.lower ?? '') &&
        mentions.every(
          (m) => m.from < patients || m.from >= clause.to || !isCondition(m.entity) || labelUseAt([m], m.from, owner),
        ))
    )
      found.push({ at: k, length: verb.split(' ').length, phrase: 'is approved for' });
  }
  return found;
}

/** Whether the label's object at `at` names a use: a disease, or a syndrome on a drug's label. */
function labelUseAt(mentions: readonly Mention[], at: number, owner: TherapyRef): boolean {
  const object = mentions.find((m) => m.from === at);
  if (!object) return false;
  return (
    object.entity.type === 'indication' || (object.entity.type === 'syndrome' && owner.mention?.entity.type === 'drug')
  );
}

const READER = lexicon('reader-recipients');
// "you may be offered", "it can be given to": the passive verbs whose object the reader is.
const PASSIVE_USE = ['be given', 'be offered', 'be treated with'];

/**
 * The reader as the patient who receives a product: "You can have Breyanzi for MCL", "Your child may be offered
 * Kymriah" (the verb, its modal, and the product's position after it), or "Kymriah may be given to you" (the product
 * is the subject). A leaflet's "you" is the patient, so the condition the clause names is the product's use.
 */
function readerOfferAt(
  words: readonly Word[],
  clause: Clause,
): { at: number; length: number; modal?: number; object?: number }[] {
  const found: { at: number; length: number; modal?: number; object?: number }[] = [];
  for (const reader of findAllPhrases(words, READER, clause.from, clause.to)) {
    const end = reader.at + reader.length;
    // "to you": the passive's recipient after the verb ("may be given to you").
    if (words[reader.at - 1]?.lower === 'to') {
      const verbEnd = reader.at - 1;
      const passive = PASSIVE_USE.find((p) => phraseAt(words, verbEnd - p.split(' ').length, p));
      if (!passive) continue;
      const at = verbEnd - passive.split(' ').length;
      const modal = OFFER_MODALS.has(words[at - 1]?.lower ?? '') ? at - 1 : undefined;
      if (modal !== undefined) found.push({ at, length: passive.split(' ').length + 1, modal });
      continue;
    }
    // "You can receive", "your child may be offered": the reader as the subject, a modal, the verb.
    if (reader.at !== clause.from && words[reader.at - 1]?.lower !== ',') continue;
    const modal = OFFER_MODALS.has(words[end]?.lower ?? '') ? end : undefined;
    const k = pastUseAdverbs(words, modal === undefined ? end : end + 1, clause.to);
    const verb = phraseStartingAt(words, k, PATIENT_USE);
    if (verb) found.push({ at: k, length: verb.length, modal, object: k + verb.length });
  }
  return found;
}

/** The reader's uses of the clause's named product (readerOfferAt): use cues, as "is given to". */
function readerUsesIn(
  words: readonly Word[],
  clause: Clause,
  subjects: readonly TherapyRef[],
): { at: number; length: number; phrase: string }[] {
  return readerOfferAt(words, clause)
    .filter((use) =>
      use.object === undefined
        ? subjects.some((s) => s.to <= use.at)
        : subjects.some((s) => s.from === use.object) && subjects.every((s) => s.from >= use.object!),
    )
    .map((use) => ({ at: use.at, length: use.length, phrase: 'is given to' }));
}

/** The care team's offers whose object is the clause's named product: use cues, as "is given to". */
function careOffersIn(
  words: readonly Word[],
  clause: Clause,
  subjects: readonly TherapyRef[],
): { at: number; length: number; phrase: string }[] {
  return careOfferAt(words, clause)
    .filter((offer) => {
      // "Kymriah may be offered": the product is the passive's subject.
      if (offer.passive && subjects.some((s) => s.to === offer.modal) && subjects.every((s) => s.to <= offer.modal!))
        return true;
      let object = offer.at + offer.length;
      if (OFFER_RECIPIENTS.has(words[object]?.lower ?? '')) object++;
      // "treat you with Abecma": the product as the instrument.
      if (words[object]?.lower === 'with') object++;
      return subjects.some((s) => s.from === object) && subjects.every((s) => s.from >= object);
    })
    .map((offer) => ({ at: offer.at, length: offer.length, phrase: 'is given to' }));
}

// "if you have …", "if your myeloma has come back": a condition of the reader, whom the offer is made to.
const READER_WORDS = wordClass('reader-pronouns');

/**
 * Whether every conditional of the clause is "if" about the reader after a care team's or the reader's offer, or
 * fronted before it ("If your myeloma has come back, your doctor may suggest …").
 */
function patientConditionOnly(words: readonly Word[], clause: Clause): boolean {
  const offers = offersIn(words, clause);
  return findAllPhrases(words, CONDITIONALS, clause.from, clause.to).every(
    (c) =>
      c.phrase === 'if' &&
      READER_WORDS.has(words[c.at + 1]?.lower ?? '') &&
      offers.some((o) => o.at < c.at || (c.at === clause.from && commaBetween(words, c.at, o.at))),
  );
}

const commaBetween = (words: readonly Word[], from: number, to: number) =>
  words.slice(from, to).some((w) => w.lower === ',');

/** The offers of a clause: a care team's ("your doctor may offer") and the reader's ("you may be offered"). */
const offersIn = (words: readonly Word[], clause: Clause) => [
  ...careOfferAt(words, clause),
  ...readerOfferAt(words, clause),
];

/** Whether every hedge in the clause is a care team's offer or its modal ("Your specialist might suggest X for Y"). */
function offeredOnly(words: readonly Word[], clause: Clause): boolean {
  const offers = offersIn(words, clause);
  return (
    offers.length > 0 &&
    hedgesIn(words, clause).every((h) =>
      offers.some((o) => h.at === o.modal || (h.at >= o.at && h.at < o.at + o.length)),
    )
  );
}

const ESTABLISHED_USE: readonly Use['status'][] = ['mainstay', 'standard'];

/** Every product the claim is about has a recorded use (of one of `statuses`, else any) for each condition it names. */
function usedInPractice(index: KnowledgeIndex, claim: ApprovalClaim, statuses?: readonly Use['status'][]): boolean {
  return (
    claim.conditions.length > 0 &&
    claim.subject.members.length > 0 &&
    claim.subject.members.every((m) =>
      claim.conditions.every((c) =>
        (m.uses ?? []).some(
          (u) => covers(index, u.for, undefined, c.entity.id) && (!statuses || statuses.includes(u.status)),
        ),
      ),
    )
  );
}

/**
 * "is the second-line treatment for", "is now a standard option for": a line or standard care, which states an
 * indication. `standard` marks standard care without a line ("is the standard treatment for").
 */
function lineUseIn(
  words: readonly Word[],
  clause: Clause,
): { at: number; length: number; phrase: string; standard?: boolean; line?: boolean }[] {
  const found: { at: number; length: number; phrase: string; standard?: boolean; line?: boolean }[] = [];
  for (let i = clause.from; i < clause.to; i++) {
    if (!LINE_USE_COPULA.has(words[i]!.lower)) continue;
    let k = i + 1;
    let standard = false;
    while (k < clause.to && LINE_USE_FILLER.has(words[k]!.lower)) standard ||= words[k++]!.lower === 'standard';
    let line = true;
    if (words[k]?.lower === 'frontline') k++;
    else if (LINE_ORDINALS.has(words[k]?.lower ?? '') && words[k + 1]?.lower === 'line') k += 2;
    // "CAR-T is now a standard option for NETs": standard care, like a line, states an indication.
    else if (!standard) continue;
    else line = false;
    if (!LINE_USE_NOUNS.has(words[k]?.lower ?? '')) continue;
    k++;
    if (LINE_USE_NOUNS.has(words[k]?.lower ?? '')) k++;
    if (words[k]?.lower === 'for' || words[k]?.lower === 'in')
      found.push(
        line
          ? { at: i, length: k + 1 - i, phrase: 'is for', line: true }
          : { at: i, length: k + 1 - i, phrase: 'is standard for', standard: true },
      );
  }
  return found;
}

// What a condition written as a harm may be coordinated with or modified by on its way back to the harm's head:
// "the risk of CRS and neurologic toxicities", "a boxed warning for severe or life-threatening infections".
const HARM_PATH = new Set(['of', 'for', 'about', 'from', 'and', 'or', ',', 'the', 'a', 'an', 'such', 'as', 'like']);

/**
 * The condition is a harm, not an indication: the object or modifier of a risk noun ("due to the risk of CRS", "a boxed
 * warning for infections", "a parkinsonism warning"), the object of an adverse-event verb ("patients who developed CRS")
 * or the source of a symptom ("flushing from carcinoid tumors"). The path back to that head crosses
 * only prepositions, coordination, determiners, other conditions and modifiers, never a verb or an approval cue.
 */
function isHarm(sentence: ClaimSentence, condition: Mention): boolean {
  const { words } = sentence;
  if (occursWithTherapy(sentence, condition)) return true;
  const riskNouns = lexiconWords('risk-nouns');
  const harmVerbs = lexiconWords('adverse-event-verbs');
  const symptoms = lexiconWords('symptom-nouns');
  // "a parkinsonism warning", "the CRS risk", "carcinoid symptoms": the condition modifies a risk or symptom noun.
  const head = words[condition.to]?.lower ?? '';
  if (riskNouns.has(head) || symptoms.has(head)) return true;
  let modifiers = 0;
  let source = false;
  for (let i = condition.from - 1; i >= Math.max(0, condition.from - 10); i--) {
    const lower = words[i]!.lower;
    if (riskNouns.has(lower) || harmVerbs.has(lower)) return true;
    // "to control diarrhea and flushing from carcinoid tumors", "flushing episodes associated with carcinoid tumors":
    // the symptoms are the object, the disease their source.
    const link = sourceLinkEndingAt(words, i);
    if (link) {
      source = true;
      modifiers = 0;
      i -= link - 1;
      continue;
    }
    if (source && symptoms.has(lower)) return true;
    const inMention = sentence.mentions.some(
      (m) => m !== condition && isCondition(m.entity) && m.from <= i && i < m.to,
    );
    if (inMention || HARM_PATH.has(lower)) continue;
    // A modifier or two ("severe", "life threatening", "neurologic"); anything else ends the phrase.
    if (words[i]!.punct || ALL_CUES.includes(lower) || ++modifiers > 2) return false;
  }
  return false;
}

const HARM_OCCURRENCE = lexicon('harm-occurrence-links');
// Words of the verb group between a subject and its participle of occurrence: "has been", "can be", "is often".
const OCCURRENCE_VERB_GROUP = new Set([
  ...wordClass('be-have-auxiliaries'),
  'been',
  'be',
  'can',
  'may',
  'might',
  'could',
  'also',
  'often',
  'commonly',
  'frequently',
  'rarely',
]);
const CONDITION_LIST_LINKS = new Set(['and', 'or', ',']);

/**
 * "Neurologic toxicity has been linked to every approved CAR-T", "CRS and ICANS are reported with Carvykti": a condition
 * that opens its clause as the subject of a participle of occurrence (data/lexicon/harm-occurrence-links), alone or
 * in a list of conditions, is a harm the therapy is tied to.
 */
function occursWithTherapy(sentence: ClaimSentence, condition: Mention): boolean {
  const { words } = sentence;
  const clause = sentence.clauseOf(condition.from);
  if (!opensClause(words, clause, condition)) return false;
  let k = condition.to;
  while (k < clause.to) {
    const next = sentence.mentions.find((m) => m.from === k && isCondition(m.entity));
    if (next) k = next.to;
    else if (CONDITION_LIST_LINKS.has(words[k]!.lower)) k++;
    else break;
  }
  while (k < clause.to && OCCURRENCE_VERB_GROUP.has(words[k]!.lower)) k++;
  return k > condition.to && phraseStartingAt(words, k, HARM_OCCURRENCE) !== undefined;
}

/** How many words a symptom-source link ("of", "associated with") ending at word `at` has, or 0. */
function sourceLinkEndingAt(words: readonly Word[], at: number): number {
  for (const link of lexicon('symptom-source-links')) {
    const length = link.split(' ').length;
    if (at - length + 1 >= 0 && phraseAt(words, at - length + 1, link)) return length;
  }
  return 0;
}

const RELATIVE = wordClass('relatives-with-whose');
// Relative pronouns that open a clause about a thing, not a patient population.
const CLAUSE_RELATIVE = wordClass('relatives-that-which');
const COMPARISON = new Set(['after', 'before', 'than', 'following', 'preceding', 'behind', 'like']);
const SEQUENCE_CUES = [...lexicon('later-event-cues'), ...lexicon('earlier-event-cues')];

/**
 * A sequence word between the cue and the therapy ("was followed by Yescarta"), or after the therapy in its own gapped
 * conjunct ("and Yescarta two months later"): the therapy's event is placed relative to the cue's, not at its time.
 */
function sequencedAgainst(
  words: readonly Word[],
  cue: { at: number; length: number },
  subject: TherapyRef,
  clause: Clause,
): boolean {
  if (findPhrase(words, SEQUENCE_CUES, cue.at + cue.length, subject.from) !== undefined) return true;
  if (!COORDINATORS.has(words[subject.from - 1]?.lower ?? '')) return false;
  let end = subject.to;
  while (end < clause.to && !words[end]!.punct && !COORDINATORS.has(words[end]!.lower)) end++;
  return findPhrase(words, SEQUENCE_CUES, subject.to, end) !== undefined;
}
const COORDINATORS = wordClass('coordinators');
const EXCLUSIVE = new Set(['only', 'sole', 'first', 'last']);
// "no first-line indication": an ordinal of a line of therapy ranks no product.
const exclusiveWord = (words: readonly Word[], k: number) =>
  EXCLUSIVE.has(words[k]!.lower) && words[k + 1]?.lower !== 'line';

/**
 * "Kymriah's 2022 FL approval came after Yescarta's": a date inside a possessive approval phrase belongs to the
 * possessor. A regulator's possessive names who approved, not what ("the FDA's 2022 approval of Amtagvi").
 */
function withDateOwner(
  sentence: ClaimSentence,
  qualifiers: Qualifiers,
  cue: { at: number; phrase: string },
): Qualifiers {
  const date = qualifiers.date;
  if (!date || date.owner !== undefined || !APPROVAL_NOUNS.has(cue.phrase) || date.at > cue.at) return qualifiers;
  const owner = sentence.mentions.find(
    (m) =>
      m.to <= date.at &&
      m.entity.type !== 'regulator' &&
      isPossessive(sentence, m) &&
      !sentence.words.slice(m.to, cue.at).some((w) => w.punct),
  );
  return owner ? { ...qualifiers, date: { ...date, owner: owner.from } } : qualifiers;
}

const FINITE_VERBS = lexiconWords('negation-verbs');
const COORDINATED_PARTICIPLES = lexiconWords('coordinated-predicate-participles');
const COORDINATED_ADVERBS = new Set([...lexiconWords('predicate-adverbs'), ...lexiconWords('use-adverbs')]);

/**
 * The coordinated predicate of a clause that holds word `at`: bounded by a coordinator before a finite verb. A
 * coordination inside a relative clause ("lymphoma that has relapsed or is refractory after one line") is that clause's.
 */
function predicateOf(words: readonly Word[], at: number, clause: Clause): Clause {
  const joinsPredicates = (k: number) => {
    if (!COORDINATORS.has(words[k]!.lower)) return false;
    let head = k + 1;
    while (COORDINATED_ADVERBS.has(words[head]?.lower ?? '')) head++;
    // "approved for RA and used off-label for ICANS": a participle of use or research after a complement of the
    // approval shares its auxiliary; "approved and used for LBCL" shares its object.
    return (
      FINITE_VERBS.has(words[head]?.lower ?? '') ||
      (k > at + 1 && at < k && COORDINATED_PARTICIPLES.has(words[head]?.lower ?? ''))
    );
  };
  const relative = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (RELATIVE.has(words[k]!.lower)) return true;
    return false;
  };
  let from = clause.from;
  let to = clause.to;
  for (let k = at - 1; k > clause.from; k--)
    if (joinsPredicates(k)) {
      if (!relative(clause.from, k)) from = k + 1;
      break;
    }
  for (let k = at + 1; k < clause.to; k++)
    if (joinsPredicates(k)) {
      if (!relative(at + 1, k)) to = k;
      break;
    }
  return { ...clause, from, to };
}

function claimsAt(
  sentence: ClaimSentence,
  cue: { at: number; length: number; phrase: string },
  subjects: readonly TherapyRef[],
  claimed: readonly Mention[],
  clauseQualifiers: Qualifiers,
  bound: Map<Mention, Mention[]>,
): ApprovalClaim[] {
  const { words } = sentence;
  // "tocilizumab, not approved for, 99" (an index subentry under ICANS): a preposition left without its object leaves
  // what the approval is for unsaid; it denies no approval (an index's reading writes its heading in as the object:
  // claims/notation.ts).
  const end = cue.at + cue.length;
  const dangling = (k: number) =>
    k >= cue.at &&
    STRANDABLE.has(words[k]?.lower ?? '') &&
    (!words[k + 1] || OBJECTLESS_AFTER.has(words[k + 1]!.lower));
  if (dangling(end - 1) || dangling(end)) return [];
  // "Abecma is used first-line and is not indicated after two or more prior lines": each coordinated predicate has
  // its own line of therapy.
  const predicate = predicateOf(words, cue.at, sentence.clauseOf(cue.at));
  const lineAt = clauseQualifiers.line?.at;
  const written =
    lineAt !== undefined && (lineAt < predicate.from || lineAt >= predicate.to)
      ? { ...clauseQualifiers, line: claimedLine(sentence, predicate) }
      : clauseQualifiers;
  const notApproved = NOT_APPROVED_CUES.includes(cue.phrase);
  // "Kymriah is no longer the only CAR-T approved for ALL": the negation denies "only", and the approval is
  // presupposed.
  // Not past a semicolon: "dexamethasone is the first treatment; tocilizumab is not indicated".
  let exclusivity = false;
  for (let k = cue.at - 1; k >= Math.max(0, cue.at - 6) && !exclusivity && words[k]!.lower !== ';'; k--)
    exclusivity = exclusiveWord(words, k);
  const cueNegated = sentence.negatedAt(cue.at) || deniedScope(sentence, cue, predicate);
  const deniesExclusivity = exclusivity && cueNegated;
  const negated = (cueNegated && !exclusivity) !== notApproved;
  // What the negation denies is the "first" and its date ("X was not first approved in 2015"): with a regulator named,
  // that is judged against the earliest approval; otherwise neither is claimed.
  const deniedFirst =
    deniesExclusivity &&
    written.first &&
    written.date !== undefined &&
    written.regulator !== undefined &&
    // Adverbial "first" right before the cue: "the first CAR-T approved in 2017" ranks the product among others.
    words[cue.at - 1]?.lower === 'first' &&
    !words.slice(Math.max(0, cue.at - 6), cue.at).some((w) => w.lower !== 'first' && EXCLUSIVE.has(w.lower));
  const undated =
    deniesExclusivity && !deniedFirst
      ? { ...written, first: false, ownFirst: false, date: undefined, dates: [] }
      : // "Its first approval did not cover lymphoma": a denied cue claims no first approval for the condition.
        cueNegated
        ? { ...written, ownFirst: false }
        : written;
  // "Since 2017, several CAR-Ts have been approved: A, B, C …": with several subjects "since" opens the period the
  // approvals fell in, not the date each held from.
  const qualifiers =
    undated.since && subjects.filter((s) => s.mention).length > 1 ? { ...undated, since: undefined } : undated;
  // "is not approved only for children" denies the "only", not the approval: nothing simple to judge.
  if (negated && ONLY.has(words[cue.at + cue.length]?.lower ?? '')) return [];
  const isBound = (m: Mention) => bound.has(m);
  // "approved Kymriah in August and Yescarta in October": with several subjects and dates, each subject takes the date
  // written after it.
  const respectiveYears = coordinationOf(sentence, sentence.clauseOf(cue.at)).respectiveYear;
  const namedSubjects = new Set(subjects.map((s) => s.mention?.entity.id).filter((id) => id !== undefined)).size;
  const subjectDate = (subject: TherapyRef) => {
    const respective = subject.mention && respectiveYears.get(subject.mention.from);
    // The date that ends at that year ("in March 2021" starts at the month).
    if (respective !== undefined) return qualifiers.dates.findLast((d) => d.at <= respective && respective <= d.at + 3);
    if (qualifiers.dates.length < 2 || subjects.length < 2) return undefined;
    // The next other subject: a renaming in brackets ("Abecma (ide-cel, BMS)") is the same one.
    const next = Math.min(
      ...subjects
        .filter((s) => s.from > subject.from && s.mention?.entity.id !== subject.mention?.entity.id)
        .map((s) => s.from),
      Number.MAX_SAFE_INTEGER,
    );
    return qualifiers.dates.find((d) => d.owner === undefined && d.at > subject.from && d.at < next);
  };
  return (
    subjects
      .filter((subject) => subject.mention?.mark !== 'negated')
      .map((subject) => {
        // "Tecelra (TCR-T, synovial sarcoma) and Amtagvi (TIL, melanoma)", "LBCL (Yescarta, Breyanzi)",
        // "Breyanzi's MZL approval": a condition or date written beside one subject belongs to it alone.
        const own = subject.mention ? bound.get(subject.mention) : undefined;
        const mine = (m: Mention) =>
          own
            ? own.includes(m)
            : (!isBound(m) || (subject.mention !== undefined && bound.get(m)!.includes(subject.mention))) &&
              !ofSiblingItem(sentence, cue, subject, m) &&
              !ofLaterObject(sentence, cue, subject, m);
        // A date the subject takes as its own ("…, followed by Kymriah in 2022") is not re-read per condition.
        const taken = subjectDate(subject);
        // "Kymriah and Yescarta were approved in August and October 2017" with no date of its own: which date is
        // this subject's is not understood, so none is judged.
        const unpaired = !taken && qualifiers.dates.length >= 2 && namedSubjects >= 2;
        const ownDate =
          taken && subject.mention
            ? { ...taken, owner: subject.mention.from }
            : unpaired ||
                (qualifiers.date?.owner !== undefined &&
                  subject.mention &&
                  qualifiers.date.owner !== subject.mention.from)
              ? undefined
              : qualifiers.date;
        const claim: ApprovalClaim = {
          subject,
          cueAt: cue.at,
          conditions: claimed.filter((c) => !subject.mention || mine(c)),
          negated,
          qualifiers: ownDate === qualifiers.date ? qualifiers : { ...qualifiers, date: ownDate },
        };
        if (deniedFirst) claim.deniedFirst = true;
        return claim;
      })
      // "given off-label" denies approval for a use only: without a condition it says nothing of the product's approvals.
      .filter((claim) => cue.phrase !== 'off label' || claim.conditions.length > 0)
      // "## Firsts in solid tumours" over "- No CAR-T approved by the FDA": the heading's disease scopes the denial.
      .filter((claim) => !claim.negated || claim.conditions.length > 0 || !sentence.headingCondition)
      // "No CAR-T is approved for outpatient use": a setting of care is not an indication, and none is on record.
      .filter((claim) => !claim.negated || claim.conditions.length > 0 || !settingObject(words, cue))
      // "Carvykti was not approved before Abecma" denies the order of the two approvals, judged by the order relation;
      // "no CAR-T had been approved for FL before it" speaks of the time before an earlier product's, not of its own.
      .filter(
        (claim) =>
          !claim.negated ||
          (claim.conditions.length > 0
            ? !orderAgainstPronoun(words, sentence.clauseOf(cue.at).from, sentence.clauseOf(cue.at).to)
            : !deniesOrder(sentence, cue)),
      )
      // "tocilizumab is not indicated": a bare denied "indicated" judges the case at hand, not the product's approvals.
      .filter((claim) => !claim.negated || claim.conditions.length > 0 || !clinicalJudgement(words, cue, qualifiers))
      // "…, but no product is approved": a generic noun without a condition leaves its kind to the context.
      .filter((claim) => claim.subject.mention || claim.subject.quantifier !== 'generic' || claim.conditions.length > 0)
  );
}

const CLINICAL_JUDGEMENT = lexicon('clinical-judgement-cues');

/** A cue of clinical judgement with nothing after it in its clause and no regulator or date: "… is not indicated." */
function clinicalJudgement(
  words: readonly Word[],
  cue: { at: number; length: number; phrase: string },
  qualifiers: Qualifiers,
): boolean {
  const next = words[cue.at + cue.length];
  return (
    CLINICAL_JUDGEMENT.includes(cue.phrase) &&
    (!next || (next.punct && next.lower !== '(')) &&
    !qualifiers.regulator &&
    !qualifiers.date
  );
}

/**
 * "US WorldMeds bought the FDA-approved sarcoma therapy Tecelra in 2025": an approval premodifying a noun after a
 * determiner describes that noun; a date outside its noun phrase dates the clause's own event (the sale), not the
 * approval. "The FDA approved Kymriah in 2017" has no determiner before the cue and keeps its date.
 */
function outsideAttributivePhrase(words: readonly Word[], cue: { at: number; length: number }, at: number): boolean {
  const phrase = nounPhrasesOf(words).at(cue.at);
  if (!phrase || phrase.to <= cue.at + cue.length || (phrase.from <= at && at < phrase.to)) return false;
  // "the FDA-approved Kymriah (2019)": a bare date in parentheses right after the phrase dates its approval.
  if (words[phrase.to]?.lower === '(' && at > phrase.to && at < closingParen(words, phrase.to)) {
    const inside = words.slice(phrase.to + 1, closingParen(words, phrase.to));
    if (inside.every((w) => w.punct || /^\d/.test(w.lower) || MONTHS.includes(w.lower) || ALL_CUES.includes(w.lower)))
      return false;
  }
  // "the FDA-approved …": the regulator joined to the cue by a hyphen belongs to it; "all currently approved …": an
  // adverb may stand between the determiner and the cue.
  let before = words[cue.at]!.hyphenBefore ? cue.at - 2 : cue.at - 1;
  const adverbs = lexiconWords('attributive-approval-adverbs');
  while (before > phrase.from && adverbs.has(words[before]!.lower)) before--;
  return before >= phrase.from && lexiconWords('determiners').has(words[before]!.lower);
}

/** An order word after the cue compares the approval with another product's ("not approved before Abecma"). */
function deniesOrder(sentence: ClaimSentence, cue: { at: number; length: number }): boolean {
  const clause = sentence.clauseOf(cue.at);
  return (
    orderComparison(sentence.words, sentence.mentions, cue.at + cue.length, clause.to) !== undefined ||
    orderAgainstPronoun(sentence.words, clause.from, clause.to)
  );
}

// Prepositions that chain the phrases of an approval's object: "for use in the outpatient setting".
const OBJECT_PREPOSITIONS = new Set(['for', 'in', 'as', 'at', 'within']);

/** The approval's object, the noun phrases chained by prepositions after the cue, names a setting of care. */
function settingObject(words: readonly Word[], cue: { at: number; length: number }): boolean {
  const settings = lexiconWords('care-setting-words');
  const phrases = nounPhrasesOf(words);
  for (let k = cue.at + cue.length; OBJECT_PREPOSITIONS.has(words[k]?.lower ?? ''); ) {
    // A one-word object the chunker reads as a verb ("for use in …") is its own phrase.
    // (A preposition that ends the sentence has no object.)
    const to = Math.min(phrases.at(k + 1)?.to ?? k + 2, words.length);
    for (let i = k + 1; i < to; i++) if (settings.has(words[i]!.lower)) return true;
    k = to;
  }
  return false;
}

const SIBLING_COORDINATORS = wordClass('and-or');

/**
 * "including four products targeting CD19 for ALL or lymphoma and Abecma targeting BCMA": a condition after the cue
 * that follows another therapy noun and precedes a coordinator and the product belongs to that noun's list item, not to
 * the product coordinated with it.
 */
function ofSiblingItem(
  sentence: ClaimSentence,
  cue: { at: number; length: number },
  subject: TherapyRef,
  condition: Mention,
): boolean {
  const { words } = sentence;
  if (!subject.mention || subject.from < cue.at || condition.to > subject.from) return false;
  if (!words.slice(condition.to, subject.from).some((w) => SIBLING_COORDINATORS.has(w.lower))) return false;
  for (let k = cue.at + cue.length; k < condition.from; k++)
    if (isTherapyHead(words[k]) && !sentence.mentions.some((m) => m.from <= k && k < m.to)) return true;
  return false;
}

// A label before a colon is short: "Approvals:", "fix(approvals):", "FDA approval news:".
const MAX_TOPIC_LABEL_WORDS = 6;

/** The colon that ends a verbless label opening the clause ("Approvals: …", "fix(approvals): …"), or undefined. */
function topicLabelColon(words: readonly Word[], clause: Clause): number | undefined {
  const last = Math.min(clause.to, clause.from + MAX_TOPIC_LABEL_WORDS + 1);
  for (let k = clause.from; k < last; k++) {
    if (words[k]!.lower === ':') return k > clause.from ? k : undefined;
    if (isVerb(words[k]) || (words[k]!.punct && words[k]!.lower !== '(' && words[k]!.lower !== ')')) return undefined;
  }
  return undefined;
}

/**
 * "approves Kymriah and, the same day, tocilizumab for CRS": a condition after a later object of the cue, a therapy set
 * apart from the subject (coordination.ts setApart), is that object's own, whether or not the object is judged as a
 * subject ("and, a few months earlier, Tecelra for synovial sarcoma" places Tecelra's approval against the cue's).
 */
function ofLaterObject(sentence: ClaimSentence, cue: { at: number }, subject: TherapyRef, condition: Mention): boolean {
  const mention = subject.mention;
  if (!mention || subject.from < cue.at || condition.from < subject.to) return false;
  return sentence.mentions.some(
    (later) =>
      (later.entity.type === 'product' || later.entity.type === 'drug') &&
      later.entity !== mention.entity &&
      later.from >= subject.to &&
      later.from < condition.from &&
      setApart(sentence.words, subject.to, later.from),
  );
}

/**
 * Mentions written together: a mention and those in the parenthesis right after it, and a possessive
 * and the mention it owns ("Breyanzi's MZL approval"). Each maps to its partners, both ways.
 */
function boundPairs(sentence: ClaimSentence, clause: Clause): Map<Mention, Mention[]> {
  const { words } = sentence;
  const clauseIndex = sentence.clauses.indexOf(clause);
  const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex);
  const bound = new Map<Mention, Mention[]>();
  const bind = (a: Mention, b: Mention) => {
    bound.set(a, [...(bound.get(a) ?? []), b]);
    bound.set(b, [...(bound.get(b) ?? []), a]);
  };
  // "X and Y are approved for A and B, respectively": the n-th subject with the n-th condition.
  const respective = coordinationOf(sentence, clause).respective;
  for (const product of mentions.filter((m) => m.entity.type === 'product'))
    for (const item of mentions)
      if (isCondition(item.entity) && respective.get(product.from)?.includes(item.from)) bind(product, item);
  for (const head of mentions) {
    let end = head.to;
    if (words[head.to]?.lower === '(') {
      const close = closingParen(words, head.to, clause.to);
      for (const inner of mentions) if (inner.from > head.to && inner.to <= close) bind(head, inner);
      end = close + 1;
    } else if (isPossessive(sentence, head)) {
      const owned = mentions.find((m) => m.from === head.to);
      if (owned) bind(head, owned);
      continue;
    }
    if (head.entity.type === 'product' || head.entity.type === 'drug') {
      // "Lifileucel, a TIL product for melanoma, and afami-cel, …", also after the host's parenthesis ("Axi-cel
      // (Yescarta), a … product approved for LBCL, results in CRS"): the appositive's conditions are its host's alone.
      const appositive = appositiveAfter(words, end, clause.to);
      // After a parenthesis, only an appositive with an approval of its own ("(Tecelra), a melanoma-associated antigen
      // A4-directed therapy, for synovial sarcoma" describes, it does not approve).
      const approves = (a: { from: number; to: number }) =>
        words.slice(a.from, a.to).some((w) => APPROVAL_CUES.includes(w.lower));
      if (appositive && (end === head.to || approves(appositive)))
        for (const inner of mentions)
          if (isCondition(inner.entity) && inner.from > appositive.from && inner.to <= appositive.to) bind(head, inner);
    }
  }
  return bound;
}

// What else gets approved: "the IRB approved the Kymriah protocol", "CMS approved coverage".
const APPROVED_THINGS = new Set([
  'protocol',
  'protocols',
  'study',
  'studies',
  'trial',
  'trials',
  'amendment',
  'amendments',
  'consent',
  'design',
  'budget',
  'coverage',
  'reimbursement',
  'funding',
  'grant',
  'dose',
  'dosing',
  'plan',
  'request',
  'enrollment',
  'site',
  'sites',
]);
const APPROVAL_VERBS = new Set(['approved', 'approves', 'approve', 'cleared', 'authorized', 'authorised']);
const PREPOSITIONS = new Set([
  'for',
  'in',
  'after',
  'before',
  'on',
  'by',
  'with',
  'at',
  'following',
  'based',
  'under',
  'as',
  'from',
  'to',
  'of',
]);
// Prepositions an approval's object may be missing after (data/lexicon/strandable-prepositions).
const STRANDABLE = lexiconWords('strandable-prepositions');
// What may follow such a preposition when its object is missing; a colon or a bullet introduces the object instead.
const OBJECTLESS_AFTER = new Set([',', ';', '.', ')', '?', '!']);
const NON_REGULATORS = [
  'irb',
  'institutional review board',
  'review board',
  'ethics committee',
  'ethics board',
  'steering committee',
  'data monitoring committee',
  'formulary',
  'insurer',
  'insurers',
  'payer',
  'payers',
  'hospital',
  'sponsor',
  'investigators',
];

// Words an "indication of" may pass before what it names: "an indication of a response", "of its".
const SIGN_WINDOW = 5;

/**
 * "has advanced to a higher dose level, an indication of progress", "an indication that it works": "indication" in the
 * sense of a sign names no approval. One of a condition or a product ("an indication of relapsed LBCL", "an
 * indication of neither Kymriah nor Tecartus") is the approval's.
 */
function signSense(sentence: ClaimSentence, c: { at: number; phrase: string }): boolean {
  if (c.phrase !== 'indication' && c.phrase !== 'indications') return false;
  const { words } = sentence;
  const next = words[c.at + 1]?.lower;
  if (next === 'that') return true;
  if (next !== 'of') return false;
  let end = c.at + 2;
  while (end < words.length && end < c.at + 2 + SIGN_WINDOW && !words[end]!.punct) end++;
  return !sentence.mentions.some((m) => m.from >= c.at + 2 && m.from < end);
}

/**
 * An approval whose object is a document or a decision other than a marketing approval, or whose agent is not a
 * regulator.
 */
function approvesSomethingElse(words: readonly Word[], cue: { at: number; length: number }, clause: Clause): boolean {
  // The direct object only, the noun phrase after the verb: "approved the Kymriah protocol", not "indication after
  // the BELINDA trial".
  const after = cue.at + cue.length;
  const object = APPROVAL_VERBS.has(words[cue.at]!.lower) ? nounPhrasesOf(words).at(after) : undefined;
  for (let i = after; object && i < Math.min(object.to, clause.to); i++)
    if (APPROVED_THINGS.has(words[i]!.lower)) return true;
  // "approved the IND for X": an application to start trials, not the product.
  if (object && findPhrase(words, IND_WORDS, after, Math.min(object.to, clause.to)) !== undefined) return true;
  // "FDA IND approval", "Investigational New Drug approval": the approval noun's own modifier names what was approved.
  const own = APPROVAL_NOUNS.has(words[cue.at]!.lower) ? nounPhrasesOf(words).at(cue.at) : undefined;
  if (own && own.from < cue.at) {
    if (words.slice(own.from, cue.at).some((w) => APPROVED_THINGS.has(w.lower))) return true;
    if (findPhrase(words, IND_WORDS, own.from, cue.at) !== undefined) return true;
  }
  return findPhrase(words, NON_REGULATORS, clause.from, cue.at) !== undefined;
}

// Prepositions between an event participle and its date: "reported in 2023", "published on March 3, 2021".
const DATE_PREPOSITIONS = new Set(['in', 'on', 'during']);

/** The date at `at` belongs to an event participle right before it ("results reported in 2023"). */
function datesEvent(words: readonly Word[], at: number): boolean {
  const preposition = DATE_PREPOSITIONS.has(words[at - 1]?.lower ?? '') ? 1 : 0;
  return lexiconWords('event-participles').has(words[at - 1 - preposition]?.lower ?? '');
}

/**
 * An approval recommended or asked for, not one that happened: the subjunctive after a mandative verb ("recommended
 * that the FDA approve X") or an approval noun it takes as object ("the panel recommended approval of X").
 */
function wished(words: readonly Word[], cue: { at: number; phrase: string }): boolean {
  const mandative = lexiconWords('mandative-verbs');
  const phrases = nounPhrasesOf(words);
  if (cue.phrase === 'approve') {
    const subject = phrases.at(cue.at - 1);
    return (
      !!subject && words[subject.from - 1]?.lower === 'that' && mandative.has(words[subject.from - 2]?.lower ?? '')
    );
  }
  if (!APPROVAL_NOUNS.has(cue.phrase)) return false;
  // Without a verb lexicon the chunker may keep the verb inside the object's phrase ("recommended approval").
  const object = phrases.at(cue.at);
  const from = object ? object.from : cue.at;
  return mandative.has(words[from - 1]?.lower ?? '') || words.slice(from, cue.at).some((w) => mandative.has(w.lower));
}

const CUE_NOUNS = new Set(['approval', 'approvals', 'indication', 'indications']);
// How far before an approval noun its modifiers stand: "an investigational new indication".
const MAX_USE_MODIFIERS = 3;
const LABEL_PARTICIPLES = new Set(['indicated', 'labeled', 'labelled']);

/**
 * An approval noun in a prepositional phrase governed by a regulatory step that is not an approval ("granted priority
 * review to tab-cel for this indication", "submitted a BLA for approval in myeloma") or by a verb of research and
 * development ("a drug developed by Arcellx for the following indication"): the step's scope or the work's aim, not a
 * claim. A fronted frame is the scope of the clause's subject ("For the MCL indication, the sBLA for Breyanzi was …").
 * So is an approval decided, voted on or asked for (data/lexicon/approval-aim-heads: "an approval decision on X is
 * due", "voted in favour of approval of X").
 */
const WIDENING = lexiconWords('aim-infinitive-verbs');
const CANCELLING_PREFIXES = lexiconWords('cue-cancelling-prefixes');

/**
 * "trials to expand the utility of obe-cel in pediatric indications", "studies set out to extend the use of X to …": a
 * cue in the object of an infinitive of purpose that widens a use names the aim of the work, not an approval.
 */
function inWideningAim(words: readonly Word[], at: number, clause: Clause): boolean {
  for (let k = at - 1; k > clause.from; k--) {
    const word = words[k]!;
    if (WIDENING.has(word.lower) && words[k - 1]!.lower === 'to') return true;
    // A verb ends the object; a noun read as one after its article ("the use of X") does not.
    if ((word.punct && !word.hyphenBefore) || (isVerb(word) && !ARTICLES.has(words[k - 1]!.lower))) return false;
  }
  return false;
}
const ARTICLES = wordClass('articles');

function ofProcessStep(words: readonly Word[], cue: { at: number; phrase: string }, clause: Clause): boolean {
  const steps = lexiconWords('regulatory-process-nouns');
  const aims = lexiconWords('approval-aim-heads');
  // "The FDA accepted the BLA for anito-cel, indicated as a treatment for …": label wording in an aside after an
  // application gives the use it asks for.
  if (LABEL_PARTICIPLES.has(cue.phrase) && words[cue.at - 1]?.lower === ',') {
    const host = governingPhrase(words, cue.at - 2, PREPOSITIONS) ?? nounPhrasesOf(words).at(cue.at - 2);
    return !!host && (steps.has(words[host.to - 1]!.lower) || aims.has(words[host.to - 1]!.lower));
  }
  if (!CUE_NOUNS.has(cue.phrase)) return false;
  const research = lexiconWords('non-approval-predicates');
  const development = lexiconWords('development-heads');
  const own = nounPhrasesOf(words).at(cue.at);
  // "for an investigational new indication": a use its modifier says is sought or studied, not granted.
  const unapproved = lexiconWords('unapproved-use-modifiers');
  for (let k = cue.at - 1; k >= 0 && cue.at - k <= MAX_USE_MODIFIERS; k--) {
    const word = words[k]!;
    if (word.punct || isVerb(word) || PREPOSITIONS.has(word.lower)) break;
    if (unapproved.has(word.lower)) return true;
  }
  // "An approval decision on anito-cel is due": the phrase's head is the decision, not an approval.
  const head = own && own.to - 1 > cue.at ? words[own.to - 1]!.lower : undefined;
  if (head && (steps.has(head) || aims.has(head))) return true;
  // "voted in favour of approval of X", "the PDUFA date for approval of X": a word of the aim in any phrase on the way
  // up through prepositions; "a pipeline of CAR-NK programs for oncology indications": a head of development work.
  // A later conjunct is governed as the first one is: "in pediatric hem-oncology and autoimmune indications".
  let first = own;
  while (first && SIBLING_COORDINATORS.has(words[first.from - 1]?.lower ?? '')) {
    const conjunct = nounPhrasesOf(words).at(first.from - 2);
    if (!conjunct || conjunct.from >= first.from) break;
    first = conjunct;
  }
  for (let up = first; up && PREPOSITIONS.has(words[up.from - 1]?.lower ?? ''); ) {
    up = nounPhrasesOf(words).at(up.from - 2);
    if (!up) break;
    if (words.slice(up.from, up.to).some((w) => aims.has(w.lower))) return true;
    if (development.has(words[up.to - 1]!.lower)) return true;
  }
  if (
    own &&
    own.from === clause.from + 1 &&
    PREPOSITIONS.has(words[clause.from]!.lower) &&
    words[own.to]?.lower === ','
  ) {
    const subject = nounPhrasesOf(words).at(own.to + 1);
    if (subject && steps.has(words[subject.to - 1]!.lower)) return true;
  }
  const governor = governingPhrase(words, cue.at, PREPOSITIONS);
  if (!governor) return false;
  const governing = words[governor.to - 1]!.lower;
  if (steps.has(governing) || research.has(governing)) return true;
  // A passive participle governs for its subject: "Orphan designation was granted to X for this indication".
  let k = governor.from - 1;
  if (governor.to - governor.from !== 1 || !lexiconWords('auxiliaries').has(words[k]?.lower ?? '')) return false;
  while (lexiconWords('auxiliaries').has(words[k]?.lower ?? '')) k--;
  return steps.has(words[k]?.lower ?? '');
}

/**
 * A time preposition that governs the approval noun's phrase, directly or through prepositional phrases: "at
 * approval", "after X's MCL approval", "at the time of approval".
 */
function timeReference(words: readonly Word[], at: number, from: number): boolean {
  const phrases = nounPhrasesOf(words);
  const own = phrases.at(at);
  // A preposition the chunker does not know stays inside the phrase: "use post approval".
  for (let k = own ? Math.max(own.from, from) : at; k < at; k++)
    if (TIME_PREPOSITIONS.has(words[k]!.lower)) return true;
  for (let phrase = own; phrase && phrase.from > from; phrase = phrases.at(phrase.from - 2)) {
    const before = words[phrase.from - 1]!.lower;
    if (TIME_PREPOSITIONS.has(before)) return true;
    if (!PREPOSITIONS.has(before)) return false;
  }
  return false;
}

function judge(context: RelationContext, claim: ApprovalClaim): void {
  const { subject, qualifiers } = claim;
  if (subject.members.length === 0 && !subject.isClass) return;
  // Class claims are about US approvals unless a regulator is named, or the sentence says anywhere; a product's about
  // any regulator.
  const { anywhere } = context.sentence;
  const regulator: Regulator | undefined = qualifiers.regulator ?? (subject.isClass && !anywhere ? 'FDA' : undefined);
  const conditions = claim.conditions.length ? claim.conditions : [undefined];
  for (const condition of conditions) {
    const negated = claim.negated !== (condition?.mark === 'negated');
    // "not for NETs of the lung": an approval for other NETs does not contradict the denial of the narrower disease.
    if (negated && condition?.narrowed) continue;
    // Anywhere, only a denial is judged: a recorded approval contradicts it, while no regulator but the default one has
    // its approvals all on record to deny one.
    if (anywhere && !negated) continue;
    // "is not indicated for pediatric patients": the predicate's negation also marks the population as denied;
    // the negated claim is about approvals for that population.
    const own = condition
      ? withConditionPopulation(context.sentence, qualifiers, condition, subject.from)
      : withoutConditionPopulation(context.sentence, qualifiers, subject.from, claim.cueAt);
    const denied =
      negated && own.notPediatric && !own.pediatric ? { ...own, pediatric: true, notPediatric: false } : own;
    const lined = condition
      ? withConditionLine(context.sentence, withConditionDate(denied, condition, claim.conditions), condition)
      : denied;
    // "first approved for MCL and ALL": a first approval of each of several conditions is not read.
    const q = claim.conditions.length > 1 ? { ...lined, ownFirst: false } : lined;
    if (condition && claim.collective && coveredCollectively(context.index, claim, condition.entity, regulator))
      continue;
    // "CARsgen wins first global approval of a CAR-T for solid tumours": an approval naming no regulator that a member's
    // approval elsewhere bears out may be that approval; its regulator is unresolved.
    if (subject.isClass && !qualifiers.regulator && !negated && condition) {
      const elsewhere = subject.members.flatMap((m) =>
        approvalsFor(context.index, m, condition.entity, undefined).filter((a) => a.regulator !== regulator),
      );
      if (elsewhere.length && !qualifierProblem(elsewhere, q)) continue;
    }
    // The statement's words: from its subject to its condition (or its cue); the message names the condition as written.
    const ends = [
      subject.from,
      subject.to,
      ...(condition ? [condition.from, condition.to] : []),
      claim.cueAt ?? subject.to,
    ];
    const span = { from: Math.min(...ends), to: Math.max(...ends, (claim.cueAt ?? 0) + 1) };
    const spanned: RelationContext = { ...context, report: (r) => context.report({ span, ...r }) };
    // An abbreviation is named in full too, as a definition would: "acute myeloid leukemia (AML)"; a name that already
    // carries it ("cytokine release syndrome (CRS)") is not given it twice.
    const written =
      condition &&
      (condition.match.alias.kind === 'abbreviation' && !condition.match.text.includes('(')
        ? condition.entity.name.endsWith(`(${condition.match.text})`)
          ? condition.entity.name
          : `${isPluralMention(condition.match) && !condition.entity.name.endsWith(')') ? pluralize(condition.entity.name) : condition.entity.name} (${condition.match.text})`
        : condition.match.text);
    if (claim.deniedFirst) {
      if (!subject.isClass)
        judgeDeniedFirst(spanned, subject.mention!.entity, condition?.entity, regulator!, q, written);
    } else if (!subject.isClass && condition && !negated && wholeCondition(context.sentence.words, condition))
      judgeWhole(spanned, subject.mention!.entity, condition.entity, regulator, q);
    else if (!subject.isClass)
      judgeProduct(spanned, subject.mention!.entity, condition?.entity, regulator, negated, q, written);
    else judgeClass(spanned, subject, condition?.entity, regulator, negated, q, written);
  }
}

/**
 * "Kymriah was not first approved by the FDA in 2017": with the regulator's approvals complete, the earliest verified
 * one (for the condition, when named) falling on the date contradicts the denial.
 */
function judgeDeniedFirst(
  context: RelationContext,
  entity: Entity,
  condition: Entity | undefined,
  regulator: Regulator,
  q: Qualifiers,
  written?: string,
): void {
  const { index } = context;
  if (!q.date || !approvalsComplete(index, entity, regulator)) return;
  const approvals = approvalsFor(index, entity, condition, regulator);
  if (!approvals.length || approvals.some((a) => a.unverified)) return;
  const earliest = [...approvals].sort((a, b) => compareIsoDates(a.date, b.date))[0]!;
  const [year, month] = earliest.date.split('-').map(Number);
  if (year !== q.date.year || (q.date.month !== undefined && month !== q.date.month)) return;
  const name = label(index, entity);
  const by = `${regulator}-approved`;
  context.report({
    messageId: 'firstApprovedThen',
    data: {
      product: capitalize(name),
      by,
      forWhat: condition ? ` for ${written ?? condition.name}` : '',
      month: monthYear(earliest.date),
    },
    sources: uniqueSources(earliest.sources),
  });
}

/** The product holds another of the listed conditions, and another of the listed products holds this one. */
function coveredCollectively(
  index: KnowledgeIndex,
  claim: ApprovalClaim,
  condition: Entity,
  regulator: Regulator | undefined,
): boolean {
  const { subjects, conditions } = claim.collective!;
  const product = claim.subject.mention!.entity;
  const holds = (p: Entity, c: Entity) => approvalsFor(index, p, c, regulator).some((a) => !a.unverified);
  return (
    conditions.some((c) => c !== condition && holds(product, c)) &&
    subjects.some((p) => p !== product && holds(p, condition))
  );
}

/** "for children with ALL and adults with NHL": a condition listed with its own population claims that one only. */
function withConditionPopulation(
  sentence: ClaimSentence,
  q: Qualifiers,
  condition: Mention,
  subjectAt: number,
): Qualifiers {
  const clause = sentence.clauses[condition.clause];
  const coordination = clause && coordinationOf(sentence, clause);
  const populations = coordination?.populations;
  if (populations) return withPopulation(q, populations.get(condition.from));
  // "B-ALL, with approval of tisa-cel for children and brexu-cel for adults": the products carry them instead.
  const subjects = coordination?.subjectPopulations;
  return subjects?.has(subjectAt) ? withPopulation(q, subjects.get(subjectAt)) : q;
}

/** The qualifiers with `population` as their only population (none when undefined). */
function withPopulation(q: Qualifiers, population: Population | undefined): Qualifiers {
  return {
    ...q,
    pediatric: population?.pediatric ?? false,
    adults: population?.adults ?? false,
    maxAge: population?.maxAge,
    minAge: population?.minAge,
    underAge: population?.underAge,
    notPediatric: population?.notPediatric ?? false,
    populationOnly: population?.populationOnly ?? false,
  };
}

/**
 * "Today's approval joins Kymriah, approved for pediatric ALL, Yescarta, …": a population that modifies one of the
 * clause's conditions is that condition's, so a claim naming no condition does not take it.
 */
function withoutConditionPopulation(
  sentence: ClaimSentence,
  q: Qualifiers,
  at: number,
  cueAt: number | undefined,
): Qualifiers {
  if (
    !q.pediatric &&
    !q.adults &&
    q.maxAge === undefined &&
    q.minAge === undefined &&
    q.underAge === undefined &&
    !q.notPediatric
  )
    return q;
  const clause = sentence.clauses.find((c) => c.from <= at && at < c.to);
  // "Aucatzyl (not indicated for children) is approved for adults with ALL": a statement aside's claim keeps its own
  // population; the conditions of the clause around it are not its own.
  if (
    clause &&
    cueAt !== undefined &&
    clausalAsidesIn(sentence.words, clause).some((a) => a.from <= cueAt && cueAt < a.to)
  )
    return q;
  const coordination = clause && coordinationOf(sentence, clause);
  // "X for children and Y for adults": each product claims its own population only.
  if (coordination?.subjectPopulations?.has(at)) return withPopulation(q, coordination.subjectPopulations.get(at));
  const populations = coordination?.populations;
  if (!populations || ![...populations.values()].some((p) => p !== undefined)) return q;
  return {
    ...q,
    pediatric: false,
    adults: false,
    maxAge: undefined,
    minAge: undefined,
    underAge: undefined,
    notPediatric: false,
    populationOnly: false,
  };
}

/** A line of therapy written in another conjunct ("for B-ALL and DLBCL and for second-line DLBCL") is not the condition's. */
function withConditionLine(sentence: ClaimSentence, q: Qualifiers, condition: Mention): Qualifiers {
  const at = q.line?.at;
  return at !== undefined && inOtherConjunct(sentence.words, condition.from, at) ? { ...q, line: undefined } : q;
}

/**
 * "approved for MCL in 2020 and for adult ALL in 2021": with several dates, each condition takes the one written after
 * it.
 */
function withConditionDate(q: Qualifiers, condition: Mention, conditions: readonly Mention[]): Qualifiers {
  if (q.dates.length < 2 || !q.date || q.date.owner !== undefined) return q;
  const next = conditions.find((c) => c.from > condition.from)?.from ?? Number.MAX_SAFE_INTEGER;
  const own = q.dates.find((d) => d.at > condition.from && d.at < next);
  return own && own !== q.date ? { ...q, date: own } : q;
}

/** Approvals of `entity` for `condition` (any, when undefined) by `regulator` (any, when undefined). */
function regulators(approvals: readonly Approval[]): number {
  return new Set(approvals.map((a) => a.regulator)).size;
}

function approvalsFor(
  index: KnowledgeIndex,
  entity: Entity,
  condition: Entity | undefined,
  regulator: Regulator | undefined,
): Approval[] {
  return (entity.approvals ?? []).filter((a) => approvalMatches(index, a, condition, regulator));
}

const labelWordSets = new WeakMap<Approval, ReadonlySet<string>>();
/** An approval's label as lower-case words, once per approval. */
function labelWords(approval: Approval): ReadonlySet<string> {
  let set = labelWordSets.get(approval);
  if (!set) labelWordSets.set(approval, (set = new Set(wordsOf(approval.label ?? '').map((w) => w.lower))));
  return set;
}

/** Why the approvals do not bear out the qualifiers, or undefined when one does (or when they cannot judge). */
function qualifierProblem(
  approvals: readonly Approval[],
  q: Qualifiers,
): 'population' | 'line' | 'date' | 'scope' | 'functional' | undefined {
  // "functional NETs of lung origin": judged by the approvals whose label names that site, when some do.
  const sited = approvals.filter((a) => q.sites.some((site) => labelWords(a).has(site)));
  if (q.functional && (sited.length ? sited : approvals).every(nonFunctionalOnly)) return 'functional';
  if (q.antitumor && !approvals.some((a) => a.scope !== 'symptom-control' && a.scope !== 'toxicity-management'))
    return 'scope';
  // An age group marked unverified settles no population claim.
  if (!approvals.some((a) => a.population.unverified)) {
    if (q.notPediatric && approvals.some((a) => a.population.pediatric)) return 'population';
    // "up to age 18" where the label says up to 25.
    if (
      q.maxAge !== undefined &&
      approvals.some((a) => a.population.maxAge !== undefined) &&
      !approvals.some((a) => a.population.maxAge === q.maxAge)
    )
      return 'population';
    // "patients of all ages": an age limit, or an adults-only or children-only label, bears it out for none.
    // "adults of any age" asks for no upper limit on the adults.
    if (
      q.allAges &&
      !approvals.some(
        (a) =>
          a.population.maxAge === undefined &&
          (a.population.adults || !q.adults || q.pediatric) &&
          (a.population.pediatric || !q.pediatric || q.adults) &&
          (q.adults !== q.pediatric || (a.population.adults && a.population.pediatric)),
      )
    )
      return 'population';
    // "only for adults 26 years and older" where every label starts younger; "only in children under 18" where every
    // label also covers older patients.
    // "patients 26 years and older" where every label ends younger; "children 6 years and older" where every label
    // starts older.
    const minAge = q.minAge;
    if (
      minAge !== undefined &&
      (approvals.every((a) => oldestCovered(a) < minAge) || approvals.every((a) => youngestCovered(a) > minAge))
    )
      return 'population';
    // "tocilizumab is approved for patients 12 years and older" where the label's own youngest age is 2: a child's
    // lower bound the label states differently (an unstated one, as Kymriah's, settles nothing).
    if (
      minAge !== undefined &&
      minAge < 18 &&
      approvals.some((a) => a.population.minAge !== undefined && a.population.minAge < 18) &&
      !approvals.some((a) => youngestCovered(a) === minAge)
    )
      return 'population';
    // "patients younger than 12 years" where every label starts at 12 or later.
    const underAge = q.underAge;
    if (underAge !== undefined && approvals.every((a) => youngestCovered(a) >= underAge)) return 'population';
    const ages = q.onlyAges;
    if (ages?.min !== undefined && approvals.every((a) => youngestCovered(a) < ages.min!)) return 'population';
    if (ages?.under !== undefined && approvals.every((a) => oldestCovered(a) >= ages.under!)) return 'population';
    if (q.populationOnly) {
      if (q.pediatric && !q.adults && approvals.some((a) => a.population.adults && !a.population.youngAdultsOnly))
        return 'population';
      if (q.adults && !q.pediatric && approvals.some((a) => a.population.pediatric)) return 'population';
    } else {
      if (q.pediatric && !approvals.some((a) => a.population.pediatric)) return 'population';
      if (q.adults && !approvals.some((a) => a.population.adults)) return 'population';
    }
  }
  if (q.line) {
    const known = approvals.filter((a) => a.minPriorLines !== undefined);
    if (q.line.only) {
      if (known.some((a) => a.minPriorLines! < q.line!.priorLines)) return 'line';
    } else if (known.length === approvals.length && !known.some((a) => a.minPriorLines! <= q.line!.priorLines))
      return 'line';
  }
  // "has been approved for LBCL since 2019": no approval had begun by then.
  if (q.since && !q.date) {
    const { year, month } = q.since;
    const began = (a: Approval) => {
      const [y, m] = a.date.split('-').map(Number);
      return y! < year || (y === year && (month === undefined || m! <= month));
    };
    if (!approvalsInLine(approvals, q).some(began)) return 'date';
  }
  if (q.date) {
    // "first approved in the second-line setting … in April 2022": the earliest approval usable in that line.
    // "approved in 2022 after one prior line": the date and the line hold for one approval, not one each.
    const inLine = approvalsInLine(approvals, q);
    const dated = q.first ? [...inLine].sort((a, b) => compareIsoDates(a.date, b.date)).slice(0, 1) : inLine;
    const matchesDate = (date: string) => {
      const [year, month] = date.split('-').map(Number);
      return year === q.date!.year && (q.date!.month === undefined || month === q.date!.month);
    };
    // "received full approval in November 2025": a later change to the approval (a conversion) is dated too.
    const matches = (a: Approval) =>
      matchesDate(a.date) || (!q.first && (a.history ?? []).some((h) => !h.unverified && matchesDate(h.date)));
    if (!dated.some(matches)) return 'date';
  }
  return undefined;
}

// "Kymriah has been approved since 2019": a state said to hold since a date began then, so an approval on record before
// it contradicts the start. Judged only where "since" is the clause's one qualifier (a line, population, scope or
// site may name a later indication), and only where an approval on record began more than a year before the claimed
// start: a product reaches patients weeks or months after its approval, so "since 2018" for an approval of late 2017
// may count from the launch ("Kymriah has been approved for B-cell ALL since 2018" stays clean).
function lateStart(approvals: readonly Approval[], q: Qualifiers): boolean {
  if (!q.since || q.date || q.first || q.line || q.antitumor || q.functional || q.sites.length) return false;
  if (q.pediatric || q.adults || q.notPediatric || q.populationOnly || q.allAges || q.onlyAges) return false;
  if (q.maxAge !== undefined || q.minAge !== undefined || q.underAge !== undefined) return false;
  const { year, month } = q.since;
  return approvals.some((a) => {
    if (a.unverified) return false;
    const [y, m] = a.date.split('-').map(Number);
    return month === undefined ? y! < year - 1 : y! * 12 + m! < year * 12 + month - 12;
  });
}

// "not approved after 2023", "has not been approved since 2022", "not approved following the merger".
const LATER_BOUNDS = new Set(['after', 'following', 'since']);
// "no longer approved", "not approved anymore".
const STATE_ENDED = ['no longer', 'any longer', 'anymore'];

/**
 * A denial bounded by a later start ("Kymriah was not approved after 2023") says either that no approval came then
 * or that none was in force then, and the two differ: only approvals dated after the bound contradict both. With a
 * bound that is not a date, or that is a line of therapy ("after one prior line"), nothing or everything is kept.
 */
function laterThanBound(words: readonly Word[], q: Qualifiers, approvals: readonly Approval[]): readonly Approval[] {
  const at = words.findIndex((w) => LATER_BOUNDS.has(w.lower));
  if (at < 0 || (q.line && (q.line.at === undefined || q.line.at > at))) return approvals;
  // "Since the REMS ended, X is no longer approved": a state that ended, which any approval in force contradicts.
  if (findPhrase(words, STATE_ENDED) !== undefined) return approvals;
  const bound = dateAt(words, at + 1);
  if (!bound) return [];
  // "since 2022" starts with 2022; "after 2022" after its last day. A recorded "2022-05" compares by its month.
  return words[at]!.lower === 'since'
    ? approvals.filter((a) => a.date >= bound.from.slice(0, a.date.length))
    : approvals.filter((a) => a.date > bound.to.slice(0, a.date.length));
}

/**
 * The approvals that contradict a denial, the ones a message names first: those in the line the denial names ("not
 * approved for second-line LBCL" is contradicted by the second-line approval, not the third-line one), and, when the
 * denial names no regulator, the default regulator's before others'.
 */
function contradictingFirst(
  index: KnowledgeIndex,
  approvals: readonly Approval[],
  q: Qualifiers,
  regulator: Regulator | undefined,
): Approval[] {
  const inLine = approvalsInLine(approvals, q);
  const shown = [...(inLine.length ? inLine : approvals)];
  if (regulator) return shown;
  const fallback = defaultRegulator(index);
  return shown.sort((a, b) => Number(a.regulator !== fallback) - Number(b.regulator !== fallback));
}

/** The approvals usable in the line a claim names ("after one prior line"); all of them when it names none. */
function approvalsInLine(approvals: readonly Approval[], q: Qualifiers): readonly Approval[] {
  return q.line && !q.line.only
    ? approvals.filter((a) => a.minPriorLines === undefined || a.minPriorLines <= q.line!.priorLines)
    : approvals;
}

function judgeProduct(
  context: RelationContext,
  entity: Entity,
  condition: Entity | undefined,
  regulator: Regulator | undefined,
  negated: boolean,
  q: Qualifiers,
  written?: string,
): void {
  const { index } = context;
  const name = label(index, entity);
  const by = regulator ? `${regulator}-approved` : 'approved';
  const all = approvalsFor(index, entity, undefined, regulator);
  const matching = approvalsFor(index, entity, condition, regulator);
  // "approved for functional carcinoid tumors" when its approvals in that family are for non-functional tumors only.
  if (matching.length === 0 && condition && q.functional && !negated) {
    const nonFunctional = all.filter(
      (a) => !a.unverified && nonFunctionalOnly(a) && sameFamily(index, a.indication, condition.id),
    );
    if (nonFunctional.length) {
      context.report({
        messageId: 'notForFunctional',
        data: {
          product: name,
          by,
          condition: condition.name,
          approvalsCover: nonFunctional.length > 1 ? 'approvals cover' : 'approval covers',
        },
        sources: uniqueSources(...nonFunctional.map((a) => a.sources)),
        correction: `${name} is ${by} for ${lowerInitial(nonFunctional[0]!.label)}.`,
        choices: approvalChoices(name, by, nonFunctional),
      });
      return;
    }
  }
  const forWhat = condition ? ` for ${written ?? condition.name}` : '';
  // A recorded approval contradicts a denial whatever the knowledge base's completeness (unless unverified).
  if (negated) {
    const verified = laterThanBound(
      context.sentence.words,
      q,
      matching.filter((a) => !a.unverified),
    );
    if (verified.length && !qualifierProblem(verified, q)) {
      const shown = contradictingFirst(index, verified, q, regulator);
      // Without a regulator in the claim, an approval by another than the default regulator says whose it is.
      const withRegulator =
        context.sentence.anywhere || (!regulator && shown.some((a) => a.regulator !== defaultRegulator(index)));
      context.report({
        messageId: 'isApproved',
        data: fitData(
          'isApproved',
          ...[80, 40].map((max) => ({
            product: name,
            by,
            forWhat,
            approvals: `: ${listWithin(
              shown.map((a) => describeApproval(index, a, withRegulator)),
              max,
              '; ',
            )}`,
          })),
          { product: name, by, forWhat, approvals: '' },
        ),
        sources: uniqueSources(...shown.map((a) => a.sources)),
        correction: `${name} is ${by} for ${shown.map((a) => a.label.charAt(0).toLowerCase() + a.label.slice(1)).join('; and for ')}.`,
        choices: approvalChoices(name, by, shown),
      });
    }
    return;
  }
  // A limitation of use lifted since: the approval covers the condition now without naming it, so only a claim dated
  // before the change is judged, against the exclusion as it stood then.
  const liftedFrom = condition && all.find((a) => liftedExclusion(index, a, condition.id));
  const lifted = liftedFrom && liftedExclusion(index, liftedFrom, condition!.id);
  const when = q.date ?? q.since;
  if (lifted && !(when && endsBefore(when, lifted.date))) return;
  if (lifted && condition && matching.length === 0) {
    const approval = shortName(index, liftedFrom!.indication);
    context.report({
      messageId: 'excludedUntil',
      data: {
        product: name,
        by,
        forWhat: ` for ${written ?? condition.name}`,
        when: `in ${spelledDate(when!)}`,
        approval,
        month: monthYear(lifted.date),
      },
      sources: uniqueSources(liftedFrom!.sources, lifted.sources),
      correction: `${name}'s ${approval} approval excluded ${condition.name} until ${monthYear(lifted.date)}.`,
    });
    return;
  }
  // Silence means "not approved" only where the knowledge base declares this regulator's approvals of the entity
  // complete; other drugs' approvals are recorded per disease, so the default regulator's are judged where the
  // knowledge base covers the disease.
  // "Ebvallo is for patients with PTLD": a product recorded as approved outside the US, with none of its approvals
  // on record, may be approved where an unplaced sentence means; only a named regulator is judged.
  if (!regulator && !negated && entity.status === 'approved-outside-us' && !entity.approvals?.length) return;
  const fallback = defaultRegulator(index);
  const judgeable =
    approvalsComplete(index, entity, regulator) ||
    (fallback !== undefined &&
      (regulator ?? fallback) === fallback &&
      (condition
        ? speaksAbout(index, entity, condition.id)
        : entity.status !== undefined && entity.status !== 'fda-approved' && !entity.approvals?.length));
  if (!judgeable && matching.length === 0) return;
  // A record that holds each product's first indication only (data/completeness.json `firstApprovals`): a later one
  // may be missing from it.
  const openRecord = (by: Regulator) =>
    by !== fallback && !approvalsComplete(index, entity, by) && firstApprovalsRecorded(index, entity, by);
  // "Relma-cel approved for follicular lymphoma": naming no regulator, an approval of the kind a product approved only
  // under such records holds may be a later one.
  if (
    !regulator &&
    !negated &&
    condition &&
    matching.length === 0 &&
    all.length &&
    all.every((a) => openRecord(a.regulator)) &&
    all.some((a) => sameFamily(index, a.indication, condition.id))
  )
    return;
  // A recorded use with status "approved" (a label indication without approval details) settles the
  // claim's polarity but not its qualifiers.
  // Such uses carry no scope, so they cannot support an antitumor claim ("approved to shrink NETs").
  const labeledUses =
    condition && !q.antitumor
      ? (entity.uses ?? []).filter((u) => u.status === 'approved' && covers(index, u.for, undefined, condition.id))
      : [];
  if (matching.length === 0 && labeledUses.length) return;
  if (matching.length === 0) {
    const events = (entity.regulatoryEvents ?? []).filter(
      (e) =>
        (!regulator || e.regulator === regulator) &&
        (!condition || !e.indication || covers(index, e.indication, undefined, condition.id)),
    );
    const elsewhere = regulator ? (entity.approvals ?? []).filter((a) => a.regulator !== regulator) : [];
    const offLabel = condition ? (entity.uses ?? []).filter((u) => covers(index, u.for, undefined, condition.id)) : [];
    // What is recorded instead, in one short sentence: its approvals, else another regulator's, else a use or event.
    const approvedFor = all.map((a) => shortName(index, a.indication)).filter(unique);
    // "approved for PMBCL" where the LBCL approval leaves it out: say so, or "approved for LBCL" reads as covering it.
    const excluding = condition && all.find((a) => a.excludes?.some((x) => index.isA(condition.id, x)));
    // A recorded use whose first sentence fits whole, a labeled one first: a cut gist reads as a broken sentence.
    const recordedUse = (max: number) =>
      [...offLabel.filter((u) => u.status === 'approved'), ...offLabel.filter((u) => u.status !== 'approved')]
        .map((u) => gist(u.text, Number.POSITIVE_INFINITY))
        .find((text) => text.length <= max);
    const insteadWithin = (max: number) =>
      excluding
        ? `Its ${shortName(index, excluding.indication)} approval excludes ${condition!.name}.`
        : approvedFor.length
          ? `It is ${by} for ${listWithin(approvedFor, max)}.`
          : elsewhere.length
            ? `The ${elsewhere[0]!.regulator} approved it for ${shortName(index, elsewhere[0]!.indication)} (${monthYear(elsewhere[0]!.date)}).`
            : recordedUse(max + 10)
              ? `${recordedUse(max + 10)}.`
              : events.length
                ? `${gist(events[0]!.text, max + 10)}.`
                : '';
    context.report({
      messageId: 'notApproved',
      data: fitData(
        'notApproved',
        ...[60, 30].map((max) => ({ product: name, by, forWhat, instead: ` ${insteadWithin(max)}`.trimEnd() })),
        { product: name, by, forWhat, instead: '' },
      ),
      sources: uniqueSources(
        ...all.map((a) => a.sources),
        ...events.map((e) => e.sources),
        ...elsewhere.map((a) => a.sources),
        ...offLabel.map((u) => u.sources),
      ),
      correction: all.length
        ? `${name} is ${by} for ${all
            .map((a) => shortName(index, a.indication))
            .filter(unique)
            .join(', ')}.`
        : `${name} is not ${by}${forWhat}.`,
      choices: approvalChoices(name, by, all),
    });
    return;
  }
  if (
    q.ownFirst &&
    condition &&
    !q.date &&
    !q.since &&
    firstIndicationDiffers(context, entity, condition, regulator, name)
  )
    return;
  const late = !qualifierProblem(matching, q) && lateStart(matching, q);
  const problem = late ? 'date' : qualifierProblem(matching, q);
  // An unverified approval may be the one that bears the claim out.
  if (!problem || matching.some((a) => a.unverified)) return;
  // "Yescarta won approval in China for second-line LBCL", "Fucaso is approved after one prior line": where the
  // records that judge it (the named regulator's, or all a product approved only elsewhere has) hold first indications
  // only, a line, population or scope they lack may be a later indication's.
  if (problem !== 'date' && (regulator ? openRecord(regulator) : all.every((a) => openRecord(a.regulator)))) return;
  // "approved tocilizumab in 2010": without a condition, a date can be another indication's approval, which only a
  // complete record would show.
  // A claimed start ("approved since 2010") needs the first approvals on record: an earlier one may be unrecorded.
  if (
    problem === 'date' &&
    !q.date &&
    !approvalsComplete(index, entity, regulator) &&
    !firstApprovalsRecorded(index, entity, regulator)
  )
    return;
  if (problem === 'date' && q.date && !condition && !approvalsComplete(index, entity, regulator)) {
    // Only a "first" later than a recorded approval is wrong whatever else is unrecorded.
    const earliest = [...matching].sort((a, b) => compareIsoDates(a.date, b.date))[0]!.date;
    const [year, month] = earliest.split('-').map(Number);
    const claimed = q.date!;
    const later =
      claimed.year > year! || (claimed.year === year && claimed.month !== undefined && claimed.month > month!);
    // Before the first recorded approval is wrong where first approvals are on record ("approved by the NMPA in 2022"
    // for a 2024 first approval); a later date may be an unrecorded indication.
    const earlier =
      claimed.year < year! || (claimed.year === year && claimed.month !== undefined && claimed.month < month!);
    const beforeFirst = earlier && firstApprovalsRecorded(index, entity, regulator);
    if (!beforeFirst && (!q.first || !later)) return;
  }
  const messageId = {
    population: 'populationDiffers',
    line: 'lineDiffers',
    date: q.first ? 'firstApprovedIn' : 'dateDiffers',
    scope: 'scopeDiffers',
    functional: 'functionalDiffers',
  }[problem];
  const earliest = [...matching].sort((a, b) => compareIsoDates(a.date, b.date))[0]!;
  // Where the claim names no regulator and the line is long, the default regulator's approvals are named alone.
  const fallbackOnly = matching.filter((a) => a.regulator === fallback);
  const data = {
    product: capitalize(name),
    by,
    approval: regulator ? `${regulator} approval` : 'approval',
    forWhat,
    month: monthYear(earliest.date),
    // Which regulator, where the dates are more than one's: "Nov 2024 (FDA) and Jul 2025 (EMA)".
    // A start claimed too late is answered by the first approval alone.
    months: listWithin(
      (late ? [earliest] : problem === 'date' ? approvalsInLine(matching, q) : matching)
        .map((a) => `${monthYear(a.date)}${regulators(matching) > 1 ? ` (${a.regulator})` : ''}`)
        .filter(unique),
      50,
    ),
    populations: listWithin(matching.map(populationOf).filter(unique), 60),
    lines: linesOf(matching, fallback),
    scope: [...new Set(matching.map((a) => (a.scope ?? 'antitumor').replace('-', ' ')))].join(' and '),
    claimed: claimedOf(problem, q),
  };
  context.report({
    messageId,
    data: fitData(
      messageId,
      data,
      ...(!regulator && fallbackOnly.length && fallbackOnly.length < matching.length
        ? [{ ...data, lines: linesOf(fallbackOnly, fallback) }]
        : []),
    ),
    sources: uniqueSources(...matching.map((a) => a.sources)),
    correction: `${name} is ${by} for ${matching.map((a) => `${lowerInitial(a.label)} (${a.population.text.toLowerCase()}, ${monthYear(a.date)})`).join('; and for ')}.`,
    choices: approvalChoices(name, by, matching),
  });
}

/**
 * "Breyanzi was first approved for MZL", "Tecartus's original indication was ALL": a product's own first approval
 * (data/lexicon/first-approval-cues) is the regulator's earliest approval of it, all of them where several fall on that
 * day. Judged only where that regulator's record holds the product's approvals, or its first ones
 * (data/completeness.json), every first approval is verified, and none of them covers the condition; a condition one
 * of them covers is left to the other qualifiers. Reports and returns true when it differs.
 */
function firstIndicationDiffers(
  context: RelationContext,
  entity: Entity,
  condition: Entity,
  regulator: Regulator | undefined,
  name: string,
): boolean {
  const { index } = context;
  const by = regulator ?? defaultRegulator(index);
  if (!by || !(approvalsComplete(index, entity, by) || firstApprovalsRecorded(index, entity, by))) return false;
  const theirs = approvalsFor(index, entity, undefined, by);
  if (!theirs.length) return false;
  const earliest = [...theirs].sort((a, b) => compareIsoDates(a.date, b.date))[0]!.date;
  // A date known to the month only may be the same day as a dated one in that month.
  const firsts = theirs.filter((a) => a.date.startsWith(earliest) || earliest.startsWith(a.date));
  const covering = approvalsFor(index, entity, condition, by);
  if (firsts.some((a) => a.unverified || covering.includes(a)) || !covering.length) return false;
  const later = [...covering].sort((a, b) => compareIsoDates(a.date, b.date))[0]!;
  const first = firsts.map((a) => shortName(index, a.indication)).filter(unique);
  context.report({
    messageId: 'firstApprovedFor',
    data: {
      product: capitalize(name),
      by: `${by}-approved`,
      first: listWithin(first, 60),
      month: monthYear(firsts[0]!.date),
      condition: condition.name,
      later: monthYear(later.date),
    },
    sources: uniqueSources(...firsts.map((a) => a.sources), later.sources),
    correction: `${capitalize(name)} was first ${by}-approved for ${first.join(', ')} (${monthYear(firsts[0]!.date)}).`,
  });
  return true;
}

function judgeClass(
  context: RelationContext,
  subject: TherapyRef,
  condition: Entity | undefined,
  regulator: Regulator | undefined,
  negated: boolean,
  q: Qualifiers,
  written?: string,
): void {
  const { index } = context;
  // "No X is approved for Y" needs every member's approvals on record (the completeness data says where they are);
  // a denial that a recorded approval contradicts is judged anywhere.
  // No recorded member has the modifiers ("BCMA-directed bispecific antibody"): complete only where the class is.
  const complete = subject.members.length
    ? subject.members.every((m) => approvalsComplete(index, m, regulator))
    : subject.mention !== undefined && approvalsComplete(index, subject.mention.entity, regulator);
  if (!complete && !negated) return;
  const conditionId = condition?.id ?? subject.conditions[0]?.id;
  const conditionEntity = condition ?? subject.conditions[0];
  // A member's limitation of use lifted since: covered now without being named; judged only before the change.
  const when = q.date ?? q.since;
  const lifted = (m: Entity) =>
    approvalsFor(index, m, undefined, regulator).some((a) => {
      const change = conditionId ? liftedExclusion(index, a, conditionId) : undefined;
      return change !== undefined && !(when && endsBefore(when, change.date));
    });
  if (!negated && subject.members.some(lifted)) return;
  // "no new CAR-T product in 2025": a product new to the market is one first approved then, not a later indication.
  const fresh = newMembersOnly(context.sentence.words, subject);
  const firstOf = (m: Entity) =>
    [...approvalsFor(index, m, undefined, regulator)].sort((a, b) => compareIsoDates(a.date, b.date))[0];
  const matched = subject.members.map((m) => ({
    member: m,
    approvals: approvalsFor(index, m, conditionEntity, regulator).filter((a) => !fresh || a === firstOf(m)),
  }));
  // An unverified approval may bear out the claim: no verdict either way on it.
  if (!negated && matched.some((x) => x.approvals.some((a) => a.unverified))) return;
  const withApproval = matched
    .map((x) => ({ ...x, approvals: x.approvals.filter((a) => !a.unverified) }))
    // A class "approved since 2019" is not judged on when its members' approvals began.
    .filter((x) => x.approvals.length > 0 && !qualifierProblem(x.approvals, { ...q, since: undefined }));
  const by = regulator ? `${regulator}-approved` : 'approved';
  const name = refName(index, subject);
  const forWhat = conditionId ? ` for ${(condition && written) ?? index.entity(conditionId)?.name ?? conditionId}` : '';
  if (negated && withApproval.length) {
    const names = withApproval.map((x) => label(index, x.member));
    // With one product, its approvals need no name before each.
    const details = withApproval.flatMap((x) =>
      x.approvals.map(
        (a) =>
          `${names.length > 1 ? `${label(index, x.member)}: ` : ''}${describeApproval(index, a, context.sentence.anywhere)}`,
      ),
    );
    context.report({
      messageId: 'membersApproved',
      data: fitData(
        'membersApproved',
        ...[70, 35, 0].map((max) => ({
          products: listWithin(names, 50),
          are: names.length === 1 ? 'is' : 'are',
          by,
          forWhat,
          details: max ? `: ${listWithin(details, max, '; ')}` : '',
        })),
      ),
      sources: uniqueSources(...withApproval.flatMap((x) => x.approvals.map((a) => a.sources))),
      correction: `${withApproval.map((x) => label(index, x.member)).join(' and ')} ${withApproval.length === 1 ? 'is' : 'are'} ${by}${forWhat}.`,
    });
  } else if (!negated && withApproval.length === 0) {
    // "Several CAR-Ts are approved for melanoma" is wrong too when no member is: class approval lists are complete.
    const approvedMembers = subject.members.filter((m) => approvalsFor(index, m, undefined, regulator).length);
    const dated = q.date !== undefined && matched.some((x) => x.approvals.length);
    const covered = [
      ...new Set(
        approvedMembers.flatMap((m) =>
          approvalsFor(index, m, undefined, regulator).map((a) => shortName(index, a.indication)),
        ),
      ),
    ];
    context.report({
      messageId: 'noneInClass',
      data: fitData(
        'noneInClass',
        ...[50, 25, 0].map((max) => ({
          products: name,
          is: dated ? (isPluralNoun(name) ? 'were' : 'was') : isPluralNoun(name) ? 'are' : 'is',
          by,
          forWhat,
          // "The FDA approved a CAR-T for B-ALL in 2016": members approved at another time make the date the difference.
          restriction: `${q.line ? ' in that line of therapy' : ''}${q.pediatric && !q.adults ? ' for children' : ''}${
            dated ? ` in ${claimedOf('date', q)}` : ''
          }`,
          covered:
            covered.length && max
              ? ` ${regulator ? `The ${regulator} has approved` : 'Approved:'} ${name} only for ${listWithin(covered, max)}.`
              : '',
        })),
      ),
      sources: uniqueSources(
        subject.mention?.entity.sources,
        ...approvedMembers.flatMap((m) => approvalsFor(index, m, undefined, regulator).map((a) => a.sources)),
      ),
      correction: `No ${name} ${isPluralNoun(name) ? 'are' : 'is'} ${by}${forWhat}.`,
    });
  }
}

const EVERY = wordClass('universal-quantifiers');

const EXISTENTIAL_ANY = lexiconWords('existential-any-licensors');

/** "approved for all GEP-NETs": the claim covers the whole condition, not one of its kinds. */
function wholeCondition(words: readonly Word[], condition: Mention): boolean {
  let i = condition.from - 1;
  if (words[i]?.lower === 'of' && words[i - 1]?.lower === 'types') i -= 2; // "all types of NETs"
  if (!EVERY.has(words[i]?.lower ?? '')) return false;
  // "the first … approved for any solid tumor": after an ordinal or "only", "any" is some, not every.
  if (words[i]!.lower === 'any') {
    for (let k = i - 1; k >= 0 && !words[k]!.punct; k--) if (EXISTENTIAL_ANY.has(words[k]!.lower)) return false;
  }
  return true;
}

/**
 * A product claimed to be approved for every kind of a condition: an approval for a narrower kind does not bear that
 * out.
 */
function judgeWhole(
  context: RelationContext,
  entity: Entity,
  condition: Entity,
  regulator: Regulator | undefined,
  q: Qualifiers,
): void {
  const { index } = context;
  const approvals = (entity.approvals ?? []).filter((a) => !regulator || a.regulator === regulator);
  if (approvals.some((a) => index.isA(condition.id, a.indication))) return;
  const narrower = approvals.filter((a) => covers(index, a.indication, a.excludes, condition.id, a.includes));
  if (narrower.some((a) => a.unverified)) return;
  // Nothing on record in this disease: the plain approval check decides.
  if (!narrower.length) {
    judgeProduct(context, entity, condition, regulator, false, q);
    return;
  }
  const name = label(index, entity);
  const by = regulator ? `${regulator}-approved` : 'approved';
  context.report({
    messageId: 'notForEvery',
    data: {
      product: name,
      by,
      condition: condition.name,
      narrower: listWithin(
        narrower.map((a) => `${shortName(index, a.indication)} (${monthYear(a.date)})`),
        70,
      ),
    },
    sources: uniqueSources(...narrower.map((a) => a.sources)),
    correction: `${name} is ${by} for ${narrower.map((a) => lowerInitial(a.label)).join('; and for ')}.`,
    choices: approvalChoices(name, by, narrower),
  });
}

/** "CAR-T cell immunotherapies", "CAR-Ts" take "are"; "CAR T", "CAR T-cell therapy" take "is". */
function isPluralNoun(name: string): boolean {
  return /(?:[a-z]s|ies|Ts)$/.test(name) && !/(?:ss|sis|us)$/.test(name);
}

/**
 * One statement per approval, as its label words it: the population, then the indication with its line of therapy
 * ("Kymriah is approved for adult patients with relapsed or refractory follicular lymphoma after two or more lines
 * of systemic therapy."), each with that approval's own sources. Unverified approvals are not offered.
 */
function approvalChoices(name: string, by: string, approvals: readonly Approval[]): Choice[] {
  return approvals
    .filter((a) => !a.unverified)
    .map((a) => {
      const indication = lowerInitial(a.label);
      const who = labelPopulation(a);
      return {
        text: `${capitalize(name)} is ${by} for ${who ? `${who} with ${indication}` : indication}.`,
        sources: [...a.sources],
      };
    });
}

/**
 * The population as a label writes it ("adult patients", "pediatric and young adult patients up to 25 years of
 * age"), or nothing when the record has no such wording or the indication already names it ("… in adults").
 */
function labelPopulation(approval: Approval): string | undefined {
  const text = approval.population.text.trim();
  if (!/^(?:[\w-]+ )*(?:patients|adults|children)\b[^()]*(?:\([^()]*\))?$/i.test(text)) return undefined;
  if (/\b(?:adults?|children|pediatric)\b/i.test(approval.label)) return undefined;
  return lowerInitial(text);
}

/** An approval's population in a few words: "adults", "patients up to 25 y". */
function populationOf(approval: Approval): string {
  const { population } = approval;
  if (!population.pediatric) return 'adults';
  if (!population.adults) return 'children';
  if (population.maxAge !== undefined) return `patients up to ${population.maxAge} years`;
  if (population.minAge !== undefined) return `patients ${population.minAge} years and older`;
  return 'adults and children';
}

/**
 * The approvals' lines of therapy in a few words, each line once with its dates (and regulators where they differ):
 * "after ≥2 prior lines (Oct 2017, Jun 2021 NMPA) or after ≥1 prior line (Apr 2022)"; the default regulator's
 * dates go untagged.
 */
function linesOf(approvals: readonly Approval[], fallback: Regulator | undefined): string {
  const tagged = regulators(approvals) > 1;
  const dates = new Map<string, string[]>();
  for (const a of [...approvals].sort((x, y) => compareIsoDates(x.date, y.date))) {
    const line = lineWords(a.minPriorLines);
    const when = `${monthYear(a.date)}${tagged && a.regulator !== fallback ? ` ${a.regulator}` : ''}`;
    const list = dates.get(line) ?? [];
    if (!list.includes(when)) list.push(when);
    dates.set(line, list);
  }
  return listWithin(
    [...dates].map(([line, when]) => `${line} (${when.join(', ')})`),
    90,
    ' or ',
  );
}

function lineWords(lines: number | undefined): string {
  if (lines === undefined) return 'with no line restriction';
  if (lines === 0) return 'in the first line';
  return `after ≥${lines} prior line${lines > 1 ? 's' : ''}`;
}

/** What the text claimed, in the words of the message that contradicts it. */
// The ages an approval's population covers: an adults' label without a minimum starts at 18, a children's ends at 17.
const youngestCovered = (a: Approval) => a.population.minAge ?? (a.population.pediatric ? 0 : 18);
const oldestCovered = (a: Approval) => a.population.maxAge ?? (a.population.adults ? Number.POSITIVE_INFINITY : 17);

function claimedOf(problem: 'population' | 'line' | 'date' | 'scope' | 'functional', q: Qualifiers): string {
  if (problem === 'population') {
    if (q.onlyAges?.min !== undefined) return `only patients ${q.onlyAges.min} years and older`;
    if (q.onlyAges?.under !== undefined) return `only patients under ${q.onlyAges.under}`;
    if (q.maxAge !== undefined) return `patients up to ${q.maxAge} years`;
    if (q.minAge !== undefined) return `patients ${q.minAge} year${q.minAge === 1 ? '' : 's'} and older`;
    // "under 18" is children, said as such below.
    if (q.underAge !== undefined && q.underAge !== 18) return `patients under ${q.underAge}`;
    if (q.allAges) return 'all ages';
    if (q.notPediatric || (q.populationOnly && q.adults && !q.pediatric)) return 'adults only';
    if (q.populationOnly && q.pediatric && !q.adults) return 'children only';
    if (q.pediatric && q.adults) return 'adults and children';
    return q.pediatric ? 'children' : 'adults';
  }
  if (problem === 'line' && q.line) {
    const n = q.line.priorLines;
    if (n === 0) return q.line.only ? 'only in the first line' : 'in the first line';
    return q.line.only ? `only after ≥${n} prior line${n > 1 ? 's' : ''}` : `after ${n} prior line${n > 1 ? 's' : ''}`;
  }
  if (problem === 'date' && !q.date && q.since) return `since ${spelledDate(q.since)}`;
  if (problem === 'date' && q.date) return spelledDate(q.date);
  return 'as written';
}

/** "August 2017", or "2017" without a month. */
function spelledDate(when: { year: number; month?: number }): string {
  return `${when.month !== undefined ? `${capitalize(MONTHS[when.month - 1]!)} ` : ''}${when.year}`;
}

function nonFunctionalOnly(approval: Approval): boolean {
  return approval.tumorFunction === 'non-functional';
}

/** Both conditions sit under one ancestor that is not a broad root ("GI NET" and "carcinoid tumor" under NET). */
function sameFamily(index: KnowledgeIndex, a: string, b: string): boolean {
  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    for (const parent of index.entity(id)?.parents ?? []) if (!seen.has(parent)) ancestors(parent, seen.add(parent));
    return seen;
  };
  const ofA = ancestors(a);
  return [...ancestors(b)].some((x) => ofA.has(x) && (index.entity(x)?.parents?.length ?? 0) > 0);
}

function unique<T>(value: T, i: number, all: readonly T[]): boolean {
  return all.indexOf(value) === i;
}

const DEAL_PREPOSITIONS = lexiconWords('licence-deal-prepositions');
const COMPANY_NOUNS = lexiconWords('company-nouns');
// Past these the licence's own complement starts ("licensed for LBCL", "licensed in the US", "licensed by the FDA").
const LICENCE_COMPLEMENTS = wordClass('licence-complements');
// A licence's object is short: "licensed anito-cel to Kite".
const MAX_LICENSED_OBJECT = 6;

/**
 * "Arcellx licensed anito-cel to Kite", "Our construct was licensed to Chimeric Therapeutics": "licensed" before a
 * preposition naming the party the rights pass to or from (a name or a company noun) is a deal, not an approval.
 */
function dealSense(words: readonly Word[], cue: { at: number; phrase: string }, clause: Clause): boolean {
  if (!cue.phrase.startsWith('licen')) return false;
  for (let k = cue.at + 1; k < clause.to && k <= cue.at + MAX_LICENSED_OBJECT; k++) {
    const word = words[k]!;
    if (word.punct || LICENCE_COMPLEMENTS.has(word.lower)) return false;
    if (!DEAL_PREPOSITIONS.has(word.lower)) continue;
    let party = k + 1;
    if (lexiconWords('determiners').has(words[party]?.lower ?? '')) {
      while (party < clause.to && party <= k + 4 && !COMPANY_NOUNS.has(words[party]!.lower)) party++;
      return COMPANY_NOUNS.has(words[party]?.lower ?? '');
    }
    return /^\p{Lu}/u.test(words[party]?.text ?? '');
  }
  return false;
}
