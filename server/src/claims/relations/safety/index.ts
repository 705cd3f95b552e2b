import type { KnowledgeIndex } from '../../../kb/index';
import type { BoxedWarning, Entity } from '../../../kb/types';
import { capitalize, defaultRegulator, label, membersOf, monthYear, therapiesOf, uniqueSources } from '../../knowledge';
import { NEGATION_WORDS } from '../../negation';
import { monthOf, qualifiersOf, type Qualifiers } from '../../qualifiers';
import { pastExistentialAt } from '../../period';
import { therapiesIn, type TherapyRef } from '../../roles';
import { isVerb, nounPhrasesOf } from '../../phrases';
import { asidesIn, eventClauseAround, subordinateStart, type Clause } from '../../clauses';
import type { ClaimSentence, Mention } from '../../sentence';
import { findAllPhrases, findPhrase, mayHavePhrase, type Word } from '../../words';
import type { Relation, RelationContext } from '../types';
import { lexicon, lexiconWords } from '../../lexicon';
import { wordClass } from '../../word-classes';
import { fitting, gist, listWithin } from '../../../util/messages';
import { isYear } from '../../../util/text';

// A REMS as a present requirement ("can only be given at REMS-certified centers", "requires a REMS").
const REMS_NOW = lexicon('rems-now-cues');
const REMS = ['rems'];
// A REMS kept, extended or imposed (data/lexicon/rems-continuation-cues).
const CONTINUATION = lexicon('rems-continuation-cues');
// "applies only to": a warning's scope restricted to a class.
const SCOPE_RESTRICTION = lexicon('scope-restriction-cues');
// Modals that put a kept REMS in the future ("would remain in place"), which is now.
const FUTURE = ['will', 'would'];
// A REMS named with a present requirement: "the REMS still requires certified centers".
const REQUIREMENT = lexicon('rems-requirement-cues');
// Past or ended: the sentence is history, not a present requirement.
const PAST = lexicon('rems-past-cues');
// "before June 2025", "before 2025": a past period. "before they can administer it" is a present requirement's order.
const BEFORE_DATE =
  /^(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|mid|early|late|the rems)$/;
// Approved without a REMS.
const WITHOUT_REMS = lexicon('rems-without-cues');
const SINCE = lexicon('time-since-cues');
// "Kymriah is now given without a REMS": the present, not the approval.
const NOW = lexicon('time-now-cues');
// Boxed warnings said to be gone.
const BOXED = lexicon('boxed-warning-names');
const REMOVED = lexicon('removal-verbs');
const CONTRASTS = lexiconWords('contrast-coordinators');
// Risk denials: "no risk of X", "does not cause X", "X has never been reported".
// A risk named after one of these is denied when the predicate is negated ("does not carry a risk of X",
// "no reports of X"); "free of X" denies it by itself.
const RISK = [...lexicon('risk-cues'), ...lexicon('associating-verbs')];
const RISK_FREE = lexicon('risk-free-cues');
// The risk as the subject of a passive or intransitive verb: "X has never been reported after CAR-T".
const RISK_OBSERVED = lexicon('risk-observed-cues');
// A case or a study, not the therapy in general.
const ONE_CASE = lexicon('one-case-cues');
// The perfect's auxiliaries: what "has not been reported" denies holds up to now, as "never" does.
const PERFECT = new Set(['has', 'have']);
// What a boxed warning says: "the boxed warning does not mention X".
const WARNING_CONTENT = lexicon('warning-content-verbs');
// What a boxed warning or a label leaves out: "the label says nothing about X", "the boxed warning omits X".
const SILENCE = lexicon('silence-verbs');
// A product's label says what its boxed warning does: "The Yescarta label does not mention X", "the label for Carvykti".
const LABEL_HEADS = [...lexicon('label-heads')].sort((a, b) => b.split(' ').length - a.split(' ').length);
const LABEL_OWNER_LINKS = new Set(['for', 'of']);
// A REMS at approval: "was approved with a REMS", "came with a REMS".
const WITH_REMS = lexicon('rems-with-cues');
// "A REMS was required when X was approved": a temporal clause whose predicate is the approval.
const TEMPORAL_OPENERS = lexicon('temporal-clause-openers');
const APPROVAL = lexicon('approval-cues');
// Between a removal verb and its object: "dropped the REMS", "removed all boxed warnings".
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'all',
  'any',
  'every',
  'each',
  'this',
  'these',
  'those',
]);
// A headline's or a timeline's present ("FDA ends CAR-T REMS" beside its date) reports the same past event.
const ELIMINATED = lexicon('rems-elimination-verbs');
const ADDITION = lexicon('boxed-warning-addition-cues');

// Words without which the relation has nothing to judge (a cheap test before any word-level work); a risk cue of
// data/lexicon/risk-cues outside them ("chance of") lets a sentence through as well.
const CUE_WORDS =
  /rems|boxed|black box|risk|warning|free (?:of|from)|cause|associated|linked|leads? to|reports|cases|reported|observed|seen|described|documented|occur/i;
// Every finding needs one of these words in its clause: a REMS, a boxed warning, "free of"/"zero risk of",
// or a negation (a denied risk, "never reported").
const FINDING_WORDS = [
  'rems',
  'boxed',
  'black',
  'free',
  'zero',
  'only',
  'limited',
  'restricted',
  'confined',
  ...NEGATION_WORDS,
];
const FINDING_WORD_SET = new Set(FINDING_WORDS);
// The same words in the prose, as words.ts delimits them; "n't" reads as "not".
const FINDING_TEXT = new RegExp(`(?<!\\p{L})(?:${FINDING_WORDS.join('|')})(?![\\p{L}\\p{N}])|n['’]t`, 'iu');
// The same words without their bounds: every match of FINDING_TEXT holds one, and a plain alternation is scanned many
// times faster than one behind a look-behind (most sentences have none).
const FINDING_KEYS = new RegExp(`(?:${FINDING_WORDS.join('|')})|n['’]t`, 'iu');
const findingText = (text: string) => FINDING_KEYS.test(text) && FINDING_TEXT.test(text);

const relation: Relation = {
  meta: {
    id: 'safety',
    regulated: true,
    description:
      'REMS status, boxed warnings and risk denials ("CAR-T carries no risk of T-cell cancers"), against label safety data.',
    messages: {
      remsAtApproval: '{{products}} had a REMS at approval{{ended}}.',
      remsInForce: 'A REMS for {{products}} {{were}} in force then.',
      boxedWarningsRemain: 'The boxed warnings remain: {{warnings}}.{{remsEnded}}',
      noRemsAtApproval: '{{products}} {{were}} approved without a REMS.',
      noRemsNow: 'No REMS applies now: {{history}}.',
      remsEliminatedOn: 'The REMS for {{products}} was eliminated on {{date}}, not in {{claimed}}.',
      riskDenied: 'The labels warn about it: {{warning}} (boxed warning of {{products}}).',
      warningBeyond: '{{products}} also {{carry}} a boxed warning for {{syndrome}}, not only {{restricted}}.',
      warningAddedIn: 'The boxed warning for {{syndrome}} came in {{date}}, not in {{claimed}}.',
      keptAfterRems: '{{What}} remained when the FDA eliminated the REMS in {{date}}.',
    },
  },
  // A finding word first, which most sentences lack: with one, a cue, a risk or a label's head; without, a label said
  // to keep silent.
  applies: (text) =>
    findingText(text)
      ? CUE_WORDS.test(text) || mayHavePhrase(text, RISK) || mayHavePhrase(text, LABEL_HEADS)
      : mayHavePhrase(text, SILENCE) && mayHavePhrase(text, LABEL_HEADS),
  check(context) {
    const { sentence, index } = context;
    // "The FDA said the REMS would remain in place": a REMS kept in the future is kept now.
    // A sentence that tells the REMS as ended is judged on that end, not on a REMS it names as applying.
    const ended = remsEndTold(sentence);
    const continuing = new Set(context.assertedClauses(FUTURE));
    for (const clause of context.assertedClauses()) continuing.delete(clause);
    for (const clause of [...context.assertedClauses(), ...continuing]) {
      if (continuing.has(clause)) {
        if (ended) continue;
        const subjects = therapiesIn(sentence, clause, index);
        remsContinued(
          context,
          clause,
          subjects.length ? [...new Set(subjects.flatMap(membersWithSafety))] : withSafetyData(index),
          true,
        );
        continue;
      }
      // A label or a boxed warning said to leave a risk out ("the Yescarta label says nothing about X") has no
      // finding word: its silence verb is one.
      const silent = findPhrase(sentence.words, SILENCE, clause.from, clause.to);
      const silentHolder =
        silent &&
        (findPhrase(sentence.words, BOXED, clause.from, silent.at) ??
          ownLabel(sentence.words, { ...clause, to: silent.at }, therapiesIn(sentence, clause, index)));
      if (!hasFindingWord(sentence, clause) && !silentHolder) continue;
      // "In Europe there was no REMS for Kymriah": a REMS and a boxed warning are the FDA's; another regulator's
      // statement is not judged by them.
      const regulator = qualifiersOf(sentence, clause).regulator;
      if (regulator && regulator !== defaultRegulator(index)) continue;
      const subjects = therapiesIn(sentence, clause, index);
      // With no subject, the CAR-T products are meant, unless the REMS is named for a product: then that product's REMS
      // ("This medicine is available only under the Lynozyfic™ REMS": a bispecific's, whose REMS the KB does not hold).
      const owners = subjects.length ? undefined : remsOwners(sentence, clause);
      // A product named twice ("Prescribing Breyanzi … the Breyanzi REMS") is one member.
      const members = subjects.length
        ? [...new Set(subjects.flatMap(membersWithSafety))]
        : owners
          ? owners.filter((m) => m.rems || m.boxedWarnings?.length)
          : withSafetyData(index);
      const find = (phrases: readonly string[]) => findPhrase(sentence.words, phrases, clause.from, clause.to);
      // "… now that the REMS has ended": a subordinate clause's past is its own.
      const past =
        findPhrase(sentence.words, PAST, clause.from, subordinateStart(sentence.words, clause)) ??
        beforeDate(sentence, clause) ??
        pastRequirement(sentence.words, clause);
      // A REMS required now.
      // Certification is the REMS's own requirement, whichever REMS word the clause has; its own negation counts
      // ("since the end of the REMS, centres need no certification").
      const inForce = remsInForce(sentence.words, clause) ?? (find(REMS) ? find(CERTIFICATION) : undefined);
      const remsNow = find(REMS_NOW) ?? (inForce && find(REQUIREMENT) ? inForce : undefined);
      if (ended) {
        // Told as retired: neither required nor kept now.
      } else if (remsNow && !past && !sentence.negatedAt(remsNow.at) && !find(WITHOUT_REMS))
        remsRequired(context, members);
      else if (!remsNow) remsContinued(context, clause, members, false);
      // "The T-cell malignancy warning applies only to BCMA-directed CAR-Ts": the class's other products carry it too.
      const restriction = find(SCOPE_RESTRICTION);
      if (restriction && !sentence.negatedAt(restriction.at)) warningBeyond(context, clause, restriction);
      // Approved without a REMS: said of products, or of every approved member of a class ("every FDA-approved
      // CAR-T came without a REMS", judged among those approved at the sentence's time).
      const without = find(WITHOUT_REMS);
      const judgedMembers = subjects.every((s) => !s.isClass || (s.quantifier === 'all' && s.approvedOnly))
        ? subjects.flatMap((s) => (s.isClass ? approvedWithSafety(s) : membersWithSafety(s)))
        : [];
      // "Kymriah has no REMS" is about now; "No REMS at launch" or "approved without a REMS" about the approval.
      const aboutApproval = !!find(APPROVAL_TIME) || !!find(APPROVAL);
      const aboutNow = !!without && presentState(sentence.words, clause.from, without.at) && !aboutApproval;
      // "In 2019 there was no REMS for Kymriah": a past state at the sentence's own time, judged by the record then.
      const dated =
        !!without &&
        !aboutNow &&
        !aboutApproval &&
        sentence.statedPeriod !== undefined &&
        statesPastState(sentence.words, clause, without.at);
      if (dated) {
        const regulator = defaultRegulator(index);
        const heldThen = judgedMembers.filter(
          (m) =>
            m.rems?.atApproval &&
            !m.rems.unverified &&
            !m.rems.eliminated &&
            m.approvals?.some((a) => a.regulator === regulator && !a.unverified),
        );
        if (heldThen.length) reportProducts(context, 'remsInForce', heldThen);
      } else if (
        without &&
        !find(NOW) &&
        !aboutNow &&
        judgedMembers.length &&
        (aboutApproval || !undatedPast(sentence.words, clause, without.at))
      ) {
        // "No REMS since June 2025": true from that date on for a REMS eliminated by then (to the date's precision).
        const since = sinceDate(sentence, clause);
        const wrong = judgedMembers.filter(
          (m) =>
            m.rems?.atApproval &&
            !m.rems.unverified &&
            !(since && m.rems.eliminated && m.rems.eliminated.slice(0, since.length) <= since),
        );
        if (wrong.length) {
          context.report({
            messageId: 'remsAtApproval',
            data: {
              products: listWithin(
                wrong.map((m) => label(index, m)),
                60,
              ),
              ended: wrong[0]!.rems!.eliminated
                ? ` (the FDA eliminated it in ${monthYear(wrong[0]!.rems!.eliminated)})`
                : '',
            },
            sources: uniqueSources(...wrong.map((m) => m.rems!.sources)),
          });
        }
      }
      // Boxed warnings gone.
      const boxed = find(BOXED);
      // A denial with a date ("did not add a boxed warning in 2022") denies an event then, not today's label.
      const denied = boxed && sentence.negatedAt(boxed.at) && !past && !qualifiersOf(sentence, clause).date;
      const removal = boxed && removalOfBoxed(sentence, clause);
      // "It did not remove the boxed warnings": the negation is the removal's, so the warnings are said to remain.
      const removed = removal ? (sentence.negatedAt(removal.at) ? undefined : removal) : denied ? boxed : undefined;
      if (boxed && removed) {
        // "carries no boxed warning for CRS": only the warnings for the syndromes the clause names.
        const named = sentence.mentions.filter(
          (m) => m.from >= clause.from && m.to <= clause.to && m.entity.type === 'syndrome',
        );
        const covers = (w: BoxedWarning) =>
          !named.length ||
          (w.syndromes ?? []).some((s) => named.some((n) => s === n.entity.id || index.isA(s, n.entity.id)));
        const carrying = members.filter((m) => m.boxedWarnings?.some((w) => !w.unverified && covers(w)));
        if (carrying.length) {
          context.report({
            messageId: 'boxedWarningsRemain',
            data: fitting(
              'safety',
              relation.meta.messages,
              'boxedWarningsRemain',
              [110, 90, 70].map((max) => ({
                warnings: summarize(
                  index,
                  carrying,
                  sentence.mentions.filter(
                    (m) => m.from >= clause.from && m.to <= clause.to && m.entity.type === 'syndrome',
                  ),
                  max,
                ),
                remsEnded: remsEnded(carrying),
              })),
            ),
            sources: uniqueSources(
              ...carrying.flatMap((m) => m.boxedWarnings!.map((w) => w.sources)),
              ...carrying.map((m) => m.rems?.sources),
            ),
          });
        }
      }
      // "The FDA dropped the 15-year follow-up requirement with the REMS": a requirement the REMS's end kept.
      keptRemoved(context, clause, members);
      // When a boxed warning came onto the labels.
      const addition = boxed && find(ADDITION);
      if (addition && !sentence.negatedAt(addition.at)) warningAddedIn(context, clause, members);
      // A REMS at approval for a product approved without one.
      const withRems = find(WITH_REMS) ?? remsWhenApproved(sentence, clause);
      if (withRems && !sentence.negatedAt(withRems.at) && subjects.length && !subjects.some((s) => s.isClass)) {
        const never = members.filter((m) => m.rems && !m.rems.atApproval && !m.rems.unverified);
        if (never.length) reportProducts(context, 'noRemsAtApproval', never);
      }
      // When the REMS was eliminated.
      const eliminated = find(ELIMINATED);
      const date = find(REMS) && eliminated ? dateOfEvent(sentence, clause, eliminated.at) : undefined;
      if (date && !sentence.negatedAt(eliminated!.at)) remsEliminatedOn(context, members, date);
      // Risk denial of a toxicity the labels warn about.
      const free = find(RISK_FREE);
      // "a boxed warning for CRS": a warning named as boxed is the boxed-warning topic above, not a risk cue.
      const riskCue = find(RISK);
      const risk = riskCue && boxed && riskCue.at < boxed.at + boxed.length ? undefined : riskCue;
      // What the warning, or the product's label, says or leaves out: "the Yescarta label does not mention X".
      // A dated label or warning ("the 2022 Carvykti label did not mention IEC-EC", "before April 2024 the Yescarta
      // boxed warning did not mention T cell malignancies") is that time's, which the boxed warnings recorded now do
      // not judge: a warning added since was not in it.
      const undated = !qualifiersOf(sentence, clause).date && sentence.statedPeriod === undefined;
      const holder = boxed ?? (undated ? ownLabel(sentence.words, clause, subjects) : undefined);
      const content = holder && findPhrase(sentence.words, WARNING_CONTENT, holder.at + holder.length, clause.to);
      const silence = holder && undated && silent && silent.at >= holder.at + holder.length ? silent : undefined;
      const denial =
        free && !sentence.negatedAt(free.at)
          ? free
          : risk && sentence.negatedAt(risk.at)
            ? risk
            : content && undated && sentence.negatedAt(content.at)
              ? content
              : silence && !sentence.negatedAt(silence.at)
                ? silence
                : undefined;
      // "Neurotoxicity is not linked to Abecma": a passive link names the risk before it and the therapy after it.
      if (denial && subjects.length)
        passiveLink(sentence.words, denial, clause) && linkedTherapy(sentence.words, denial, subjects)
          ? riskDenied(context, sentence, clause.from, denial.at, members)
          : riskDenied(context, sentence, denial.at + denial.length, clause.to, members);
      // "X has never been reported after CAR-T", "no X has ever been reported": the risk named before the verb.
      // Only as a general "never"/"ever", or in the perfect that sums up to now ("T cell malignancies have not
      // occurred following treatment with …", a label's voice): "no CRS was observed in this patient" reports one case.
      const observed = find(RISK_OBSERVED);
      const before = sentence.words.slice(clause.from, observed?.at ?? clause.from);
      const never = before.some((w) => w.lower === 'never' || w.lower === 'ever' || PERFECT.has(w.lower));
      if (!denial && observed && never && subjects.length && !find(ONE_CASE) && sentence.negatedAt(observed.at))
        riskDenied(context, sentence, clause.from, observed.at, members);
    }
  },
};
export default relation;

const RULE_NOUNS = lexiconWords('rems-rule-nouns');
// "that requirement", "the programme", "a rule the FDA dropped": a rule noun after one of these refers back.
const RULE_DETERMINERS = new Set([...DETERMINERS, 'that']);
// Words between a rule and the verb that ends it: "that requirement has since been lifted", "a rule the FDA dropped".
const MAX_END_GAP = 4;

/**
 * "The budget still includes REMS certification training; that requirement ended in June 2025", "she kept her REMS
 * card after the FDA ended the programme": after a REMS word, a clause says a rule referred back to by a determiner and
 * a rule noun (data/lexicon/rems-rule-nouns) was eliminated, as the elimination verb's object or its subject before
 * it. The writer tells the REMS as retired, so the REMS word before is no REMS said to apply now. The REMS named
 * again ("FDA ends REMS programs") refers back to nothing: what the sentence says of it otherwise is judged.
 */
function remsEndTold(sentence: ClaimSentence): boolean {
  const { words } = sentence;
  const rems = words.findIndex((w) => w.lower === 'rems');
  if (rems < 0) return false;
  const refersBack = (at: number) =>
    at > rems && RULE_NOUNS.has(words[at]?.lower ?? '') && RULE_DETERMINERS.has(words[at - 1]?.lower ?? '');
  return findAllPhrases(words, ELIMINATED).some((cue) => {
    if (sentence.negatedAt(cue.at)) return false;
    if (refersBack(cue.at + cue.length + 1)) return true;
    for (let i = cue.at - 1; i > rems && i >= cue.at - MAX_END_GAP && !words[i]!.punct; i--)
      if (refersBack(i)) return true;
    return false;
  });
}

/**
 * A removal word said of the boxed warnings. It removes the topic ("REMS" or "boxed warning") right after
 * it ("the FDA dropped the REMS"), else the nearest topic before it in its comma-bounded phrase ("the boxed warnings
 * remained after the REMS was eliminated"
 * removes only the REMS), or with none there the nearest after it ("…, products no longer carry a boxed warning").
 */
function removalOfBoxed(sentence: ClaimSentence, clause: Clause) {
  const { words } = sentence;
  const topics = findAllPhrases(words, BOXED, clause.from, clause.to).map((b) => ({
    at: b.at + b.length - 1,
    boxed: true,
  }));
  for (let i = clause.from; i < clause.to; i++) if (words[i]!.lower === 'rems') topics.push({ at: i, boxed: false });
  topics.sort((a, b) => a.at - b.at);
  const commas: number[] = [];
  for (let i = clause.from; i < clause.to; i++) if (words[i]!.lower === ',') commas.push(i);
  return findAllPhrases(words, REMOVED, clause.from, clause.to).find((r) => {
    let next = r.at + r.length;
    while (next < clause.to && DETERMINERS.has(words[next]!.lower)) next++;
    const object = topics.find((t) => t.at >= next && t.at < next + 2);
    const phraseStart = commas.filter((c) => c < r.at).pop() ?? -1;
    // "dropped the paperwork but kept the boxed-warning counselling": a topic after a contrast is the other conjunct's.
    let contrast = r.at + r.length;
    while (contrast < clause.to && !CONTRASTS.has(words[contrast]!.lower)) contrast++;
    return (
      object ??
      topics.filter((t) => t.at > phraseStart && t.at < r.at).pop() ??
      topics.find((t) => t.at > r.at && t.at < contrast)
    )?.boxed;
  });
}

/**
 * A REMS kept, extended or imposed ("the FDA extended the REMS", "the REMS remains in place"), not negated and not
 * told as history: judged as a REMS that applies now, unless its date is before the members' REMS was eliminated (a
 * bare year of the elimination is not judged). In a clause hedged only by "will"/"would", the cue must follow it.
 */
function remsContinued(context: RelationContext, clause: Clause, members: readonly Entity[], future: boolean): void {
  const { sentence } = context;
  const { words } = sentence;
  const cue =
    findPhrase(words, REMS, clause.from, clause.to) && findPhrase(words, CONTINUATION, clause.from, clause.to);
  if (!cue || !governsRems(words, clause, cue)) return;
  if (sentence.negatedAt(cue.at) || findPhrase(words, PAST, clause.from, clause.to)) return;
  if (future && !findPhrase(words, FUTURE, clause.from, cue.at)) return;
  const date = qualifiersOf(sentence, clause).date;
  const after = (eliminated: string) => {
    if (!date) return true;
    const [year, month] = eliminated.split('-').map(Number);
    return date.year > year! || (date.year === year && date.month !== undefined && date.month >= month!);
  };
  const judged = members.filter((m) => !m.rems?.eliminated || after(m.rems.eliminated));
  if (judged.length === members.length) remsRequired(context, judged);
}

// Words between a REMS and its verb that keep the REMS its subject: "the REMS was not maintained".
const MAX_SUBJECT_GAP = 4;
const CLAUSE_LINKS = lexiconWords('clause-links');

/**
 * The continuation verb is said of the REMS: the REMS is in it ("added a REMS"), is its object ("kept the REMS"),
 * or its subject with no link between ("the REMS remains in place"). "Scrapped the REMS but kept the boxed
 * warnings" keeps something else.
 */
function governsRems(words: readonly Word[], clause: Clause, cue: { at: number; length: number }): boolean {
  const end = cue.at + cue.length;
  for (let i = cue.at; i < end; i++) if (words[i]!.lower === 'rems') return true;
  let next = end;
  while (next < clause.to && DETERMINERS.has(words[next]!.lower)) next++;
  if (words[next]?.lower === 'rems' || words[next + 1]?.lower === 'rems') return true;
  for (let i = cue.at - 1; i >= clause.from && i >= cue.at - MAX_SUBJECT_GAP; i--) {
    const lower = words[i]!.lower;
    if (lower === 'rems') return true;
    if (CLAUSE_LINKS.has(lower)) return false;
  }
  return false;
}

/**
 * A warning or risk of a syndrome said to apply only to a narrowed class ("only to BCMA-directed CAR-Ts"), where
 * other products of the class carry a boxed warning for it.
 */
function warningBeyond(context: RelationContext, clause: Clause, cue: { at: number; length: number }): void {
  const { sentence, index } = context;
  const { words } = sentence;
  const riskNouns = lexiconWords('risk-nouns');
  const syndrome = sentence.mentions.find(
    (m) => m.from >= clause.from && m.to <= cue.at && m.entity.type === 'syndrome' && !m.mark,
  );
  // The warning's syndrome after a risk noun ("the warning on T-cell cancers") or premodifying one ("the T-cell
  // malignancy boxed warning").
  const warned =
    syndrome &&
    (words.slice(clause.from, syndrome.from).some((w) => riskNouns.has(w.lower)) ||
      words.slice(syndrome.to, Math.min(syndrome.to + 2, cue.at)).some((w) => riskNouns.has(w.lower)));
  if (!syndrome || !warned) return;
  const ref = therapiesIn(sentence, clause, index).find((r) => r.isClass && r.from >= cue.at + cue.length);
  if (!ref?.mention) return;
  // "only to BCMA- and CD19-directed CAR-Ts": an antigen the class reference did not take is not understood.
  const antigens = sentence.mentions.filter(
    (m) => m.entity.type === 'antigen' && m.from >= cue.at + cue.length && m.to <= ref.to,
  );
  if (antigens.some((a) => !ref.antigens.includes(a.entity))) return;
  const id = syndrome.entity.id;
  const warningOf = (m: Entity) =>
    m.boxedWarnings?.find((w) => !w.unverified && (w.syndromes ?? []).some((s) => s === id || index.isA(s, id)));
  const outside = membersOf(index, ref.mention.entity).filter((m) => !ref.members.includes(m) && warningOf(m));
  if (!outside.length) return;
  context.report({
    messageId: 'warningBeyond',
    data: {
      syndrome: syndrome.match.text,
      products: listWithin(
        outside.map((m) => label(index, m)),
        60,
      ),
      restricted: sentence.text.slice(words[ref.from]!.start - sentence.start, words[ref.to - 1]!.end - sentence.start),
      carry: outside.length === 1 ? 'carries' : 'carry',
    },
    sources: uniqueSources(...outside.map((m) => warningOf(m)!.sources)),
  });
}

/**
 * "The FDA added a boxed warning about T-cell cancers to CAR-T labels in 2022": the year a clause gives a boxed warning
 * for its one syndrome, against the year the members' warnings for it are recorded since. Judged only when every
 * recorded year is one and the same, and to the year (a label may change some weeks after the FDA's notice).
 */
function warningAddedIn(context: RelationContext, clause: Clause, members: readonly Entity[]): void {
  const { sentence, index } = context;
  const date = qualifiersOf(sentence, clause).date;
  const syndromes = sentence.mentions.filter(
    (m) => m.from >= clause.from && m.to <= clause.to && m.entity.type === 'syndrome' && !m.mark,
  );
  if (!date || syndromes.length !== 1) return;
  const id = syndromes[0]!.entity.id;
  const warnings = members.flatMap((m) =>
    (m.boxedWarnings ?? []).filter(
      (w) => !w.unverified && w.since && (w.syndromes ?? []).some((s) => s === id || index.isA(s, id)),
    ),
  );
  const years = new Set(warnings.map((w) => Number(w.since!.slice(0, 4))));
  if (years.size !== 1 || years.has(date.year)) return;
  const since = warnings.map((w) => w.since!).sort()[0]!;
  context.report({
    messageId: 'warningAddedIn',
    data: {
      syndrome: syndromes[0]!.match.text,
      date: monthYear(since),
      claimed: date.month ? monthYear(`${date.year}-${String(date.month).padStart(2, '0')}`) : String(date.year),
    },
    sources: uniqueSources(...warnings.map((w) => w.sources)),
  });
}

// Words between a removal verb and the requirement it removes: "dropped the 15-year long-term follow-up".
const MAX_OBJECT_GAP = 4;
// Auxiliaries between a passive's subject and its removal word: "has been dropped".
const MAX_AUXILIARY_GAP = 2;

/**
 * A removal verb whose object is a requirement the members' REMS records say remained when the REMS ended (boxed
 * warnings are judged on their own, above): "the FDA dropped the long-term follow-up requirement".
 */
function keptRemoved(context: RelationContext, clause: Clause, members: readonly Entity[]): void {
  const { sentence } = context;
  const { words } = sentence;
  const ended = members.filter((m) => m.rems?.eliminated && !m.rems.unverified && m.rems.kept?.length);
  if (!ended.length) return;
  for (const removal of findAllPhrases(words, REMOVED, clause.from, clause.to)) {
    if (sentence.negatedAt(removal.at)) continue;
    const after = removal.at + removal.length;
    const kept = (m: Mention) =>
      !m.mark &&
      m.from >= clause.from &&
      m.to <= clause.to &&
      m.entity.id !== 'boxed-warning' &&
      ended.every((e) => e.rems!.kept!.includes(m.entity.id));
    const object = sentence.mentions.find((m) => kept(m) && m.from >= after && m.from <= after + MAX_OBJECT_GAP);
    // Only determiners, numbers and modifiers between: no clause link, comma or other name.
    const removedObject =
      object && !words.slice(after, object.from).some((w) => w.lower === ',' || CLAUSE_LINKS.has(w.lower));
    // "The 15-year follow-up is no longer required", "follow-up studies were dropped": the requirement as the subject
    // of a passive removal, only auxiliaries between.
    // The REMS named in the clause ("Since the REMS removal, …"), else it is quantity's rule denied (relations/quantity).
    const subject =
      removedObject || !findPhrase(words, REMS, clause.from, clause.to)
        ? undefined
        : sentence.mentions.find(
            (m) =>
              kept(m) &&
              m.to <= removal.at &&
              removal.at - m.to <= MAX_AUXILIARY_GAP &&
              words.slice(m.to, removal.at).every((w) => AUXILIARIES.has(w.lower)),
          );
    const named = removedObject ? object : subject;
    if (!named) continue;
    context.report({
      messageId: 'keptAfterRems',
      data: { What: capitalize(named.match.text), date: monthYear(ended[0]!.rems!.eliminated!) },
      sources: uniqueSources(...ended.map((m) => m.rems!.sources)),
    });
    return;
  }
}

const AUXILIARIES = lexiconWords('auxiliaries');
const PREPOSITIONS = lexiconWords('prepositions');

/**
 * "REMS programs required certified centers": a requirement verb in its past form as the clause's verb (not a
 * participle after an auxiliary, "a REMS is required", nor one before its prepositional phrase, "the REMS required for
 * Kymriah") tells history.
 */
function pastRequirement(words: readonly Word[], clause: Clause): { at: number } | undefined {
  // The clause's first requirement word is its verb ("require certified centers": "certified" is an adjective).
  const cue = findPhrase(words, REQUIREMENT, clause.from, clause.to);
  if (cue?.length !== 1 || !words[cue.at]!.lower.endsWith('ed')) return undefined;
  const before = words[cue.at - 1];
  const after = words[cue.at + 1];
  if (!before || before.punct || AUXILIARIES.has(before.lower) || NEGATION_WORDS.includes(before.lower))
    return undefined;
  if (!after || after.punct || PREPOSITIONS.has(after.lower)) return undefined;
  return { at: cue.at };
}

function beforeDate(sentence: ClaimSentence, clause: Clause): { at: number } | undefined {
  const { words } = sentence;
  for (let i = clause.from; i < clause.to; i++) {
    if (words[i]!.lower !== 'before') continue;
    const next = words[i + 1]?.lower ?? '';
    if (BEFORE_DATE.test(next) || BEFORE_DATE.test(`${next} ${words[i + 2]?.lower ?? ''}`)) return { at: i };
  }
  return undefined;
}

/**
 * "A REMS was required when Aucatzyl was approved": a REMS with a requirement, then a temporal clause whose predicate
 * is the approval. The requirement word is returned (its polarity is the claim's).
 */
function remsWhenApproved(sentence: ClaimSentence, clause: Clause): { at: number } | undefined {
  const { words } = sentence;
  const rems = findPhrase(words, REMS, clause.from, clause.to);
  const opener = rems && findPhrase(words, TEMPORAL_OPENERS, rems.at + 1, clause.to);
  if (!rems || !opener || !findPhrase(words, APPROVAL, opener.at + 1, clause.to)) return undefined;
  // "joined the others under a REMS when it was approved": the REMS the subject came under is one it had then.
  return (
    findPhrase(words, REQUIREMENT, rems.at + 1, opener.at) ??
    findPhrase(words, UNDER_REMS, Math.max(0, rems.at - 2), rems.at)
  );
}

const CERTIFICATION = ['certified', 'certification'];
// A REMS a subject is placed under ("under a REMS program", "under the REMS").
const UNDER_REMS = ['under a', 'under the'];
const REMS_END_NOUNS = lexiconWords('rems-end-nouns');

/**
 * The first "REMS" of the clause that names the program itself: not one that names its end ("Since the REMS removal,
 * follow-up is still required", "after the end of the REMS"), whose requirement words are another rule's.
 */
function remsInForce(words: readonly Word[], clause: Clause): { at: number } | undefined {
  for (let i = clause.from; i < clause.to; i++) {
    if (words[i]!.lower !== 'rems') continue;
    const endAfter = REMS_END_NOUNS.has(words[i + 1]?.lower ?? '');
    const k = words[i - 1]?.lower === 'the' ? i - 2 : i - 1;
    const endBefore = words[k]?.lower === 'of' && REMS_END_NOUNS.has(words[k - 1]?.lower ?? '');
    if (!endAfter && !endBefore) return { at: i };
  }
  return undefined;
}

/**
 * "The Yescarta label", "Carvykti's label", "the label for Tecartus": a label head owned by a product the clause names
 * right before it or after "for"/"of". A label no product owns ("the leaflet", "the label") is not read.
 */
function ownLabel(
  words: readonly Word[],
  clause: Clause,
  subjects: readonly TherapyRef[],
): { at: number; length: number } | undefined {
  for (const head of findAllPhrases(words, LABEL_HEADS, clause.from, clause.to)) {
    const k = head.at + head.length;
    const owner = subjects.find(
      (s) => !s.isClass && (s.to === head.at || (LABEL_OWNER_LINKS.has(words[k]?.lower ?? '') && s.from === k + 1)),
    );
    if (owner) return { at: head.at, length: owner.from > head.at ? owner.to - head.at : head.length };
  }
  return undefined;
}

function hasFindingWord(sentence: ClaimSentence, clause: Clause): boolean {
  for (let i = clause.from; i < clause.to; i++) if (FINDING_WORD_SET.has(sentence.words[i]!.lower)) return true;
  return false;
}

const REMS_NAMES = [...REMS, 'risk evaluation and mitigation strategy'];
// Signs a brand name carries ("Lynozyfic™ REMS", "Kymriah® REMS"): no word of the name.
const TRADEMARK_SIGNS = new Set(['™', '®', '℠']);

/**
 * "available only through the Elrexfio REMS", "… called Lynozyfic™ REMS": a REMS named by a title-case word is that
 * product's program. Returns the products the clause's REMS names are named for (none for a product the knowledge base
 * does not know), or undefined when no REMS is named for a product (the CAR-T REMS are meant).
 */
function remsOwners(sentence: ClaimSentence, clause: Clause): Entity[] | undefined {
  const { words } = sentence;
  let owners: Entity[] | undefined;
  for (const { at } of findAllPhrases(words, REMS_NAMES, clause.from, clause.to)) {
    let k = at - 1;
    while (k > clause.from && TRADEMARK_SIGNS.has(words[k]!.lower)) k--;
    const name = words[k];
    if (!name || name.punct || k === clause.from || !/^[A-Z][a-z]/.test(name.text)) continue;
    // A class or a regulator before it ("the CAR-T REMS", "an FDA REMS") names no one product.
    const mention = sentence.mentions.find((m) => m.from <= k && k < m.to);
    if (mention && mention.entity.type !== 'product' && mention.entity.type !== 'drug') return undefined;
    (owners ??= []).push(...(mention ? [mention.entity] : []));
  }
  return owners;
}

function membersWithSafety(ref: TherapyRef): Entity[] {
  return ref.members.filter((m) => m.rems || m.boxedWarnings?.length);
}

function approvedWithSafety(ref: TherapyRef): Entity[] {
  return membersWithSafety(ref).filter((m) => (m.approvals ?? []).some((a) => a.regulator === 'FDA'));
}

function withSafetyData(index: KnowledgeIndex): Entity[] {
  return therapiesOf(index).filter((e) => e.type === 'product' && (e.rems || e.boxedWarnings?.length));
}

function remsRequired(context: RelationContext, members: readonly Entity[]): void {
  const { index } = context;
  const withRems = members.filter((m) => m.rems && !m.rems.unverified);
  if (!withRems.length) return;
  const current = withRems.filter((m) => m.rems!.atApproval && !m.rems!.eliminated);
  if (current.length) return;
  const ended = withRems.filter((m) => m.rems!.eliminated);
  const never = withRems.filter((m) => !m.rems!.atApproval);
  context.report({
    messageId: 'noRemsNow',
    data: {
      history: `${
        ended.length
          ? `the FDA eliminated the REMS for ${listWithin(
              ended.map((m) => label(index, m)),
              50,
            )} in ${monthYear(ended[0]!.rems!.eliminated!)}`
          : ''
      }${ended.length && never.length ? '; ' : ''}${
        never.length
          ? `${listWithin(
              never.map((m) => label(index, m)),
              30,
            )} never had one`
          : ''
      }`,
    },
    sources: uniqueSources(...withRems.map((m) => m.rems!.sources)),
    correction: ended.length
      ? `The FDA eliminated the REMS for ${ended.length > 1 ? 'these CAR-T products' : label(index, ended[0]!)} in ${monthYear(ended[0]!.rems!.eliminated!)}; certified centers are no longer required.`
      : undefined,
  });
}

function remsEliminatedOn(
  context: RelationContext,
  members: readonly Entity[],
  date: NonNullable<Qualifiers['date']>,
): void {
  const { index } = context;
  const ended = members.filter((m) => m.rems?.eliminated && !m.rems.unverified);
  if (!ended.length) return;
  const matches = (iso: string) => {
    const [year, month] = iso.split('-').map(Number);
    return year === date.year && (date.month === undefined || month === date.month);
  };
  if (ended.some((m) => matches(m.rems!.eliminated!))) return;
  const when = ended[0]!.rems!.eliminated!;
  context.report({
    messageId: 'remsEliminatedOn',
    data: {
      products: ended.length > 1 ? `${ended.length} CAR-T products` : label(index, ended[0]!),
      date: when,
      claimed:
        date.month !== undefined ? monthYear(`${date.year}-${String(date.month).padStart(2, '0')}`) : String(date.year),
    },
    sources: uniqueSources(...ended.map((m) => m.rems!.sources)),
    correction: `The FDA eliminated the REMS for ${ended.length > 1 ? 'these CAR-T products' : label(index, ended[0]!)} in ${monthYear(when)}.`,
  });
}

// The verb forms before a past participle of a passive: "is linked to", "has never been tied to".
const PASSIVE_AUXILIARIES = wordClass('be-auxiliaries');

/** Whether the risk cue is a passive participle and its preposition ("is not linked to", "been associated with"). */
function passiveLink(words: readonly Word[], cue: { at: number; length: number }, clause: Clause): boolean {
  if (cue.length !== 2 || !/(?:ed|tied)$/.test(words[cue.at]!.lower)) return false;
  let k = cue.at - 1;
  while (k >= clause.from && NEGATION_WORDS.includes(words[k]!.lower)) k--;
  return k >= clause.from && PASSIVE_AUXILIARIES.has(words[k]!.lower);
}

/** Whether the link's object is the therapy itself ("linked to Abecma"), not something of it ("to the dose of"). */
function linkedTherapy(words: readonly Word[], cue: { at: number; length: number }, subjects: readonly TherapyRef[]) {
  let k = cue.at + cue.length;
  while (DETERMINERS.has(words[k]?.lower ?? '')) k++;
  return subjects.some((s) => s.from === k) && subjects.every((s) => s.from >= k);
}

function riskDenied(
  context: RelationContext,
  sentence: ClaimSentence,
  from: number,
  to: number,
  members: readonly Entity[],
): void {
  const { index } = context;
  // The risk named: a syndrome mention after the cue, else the words themselves.
  const mention = sentence.mentions.find((m) => m.from >= from && m.from < to && m.entity.type === 'syndrome');
  // "no risk of causing a new cancer": the risk is the verb's object.
  let at = from;
  if (!mention && lexiconWords('adverse-event-verbs').has(sentence.words[at]?.lower ?? '')) at++;
  // The risk's own noun phrase, when one starts there ("new cancers after Yescarta" → "new cancers").
  const phrase = nounPhrasesOf(sentence.words).at(at);
  const end = Math.min(to, phrase ? phrase.to : at + 4);
  while (at < end && DETERMINERS.has(sentence.words[at]!.lower)) at++;
  const terms = mention
    ? [mention.entity.name, ...mention.entity.aliases.map((a) => a.text)]
    : [
        sentence.words
          .slice(at, end)
          .map((w) => w.lower)
          .join(' '),
      ];
  const keys = terms.map(normalize).filter((t) => t.length > 2);
  const warned = members.filter((m) =>
    m.boxedWarnings?.some((w) => !w.unverified && keys.some((k) => covered(normalize(w.text), k))),
  );
  if (!warned.length) return;
  const warning = warned[0]!.boxedWarnings!.find((w) => keys.some((k) => covered(normalize(w.text), k)))!;
  context.report({
    messageId: 'riskDenied',
    data: {
      warning: gist(warning.text, 70),
      products: listWithin(
        warned.map((m) => label(index, m)),
        40,
      ),
    },
    sources: uniqueSources(...warned.flatMap((m) => m.boxedWarnings!.map((w) => w.sources))),
  });
}

// Lower-case, hyphen-free, singular words; "cancer" reads as "malignancy".
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-‐‑–—/]/g, ' ')
    .replace(/\bcancers?\b/g, 'malignancy')
    .replace(/\bmalignancies\b/g, 'malignancy')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// "a new cancer", "later cancers": what "secondary" says (data/lexicon/secondary-onset-words).
const ONSET = lexiconWords('secondary-onset-words');
// Left out of a warning's wording: "risk of the secondary malignancies".
const LINKING_WORDS = new Set(['of', 'the']);

/** Every word of the risk (beyond "secondary") occurs in the warning. */
function covered(warning: string, risk: string): boolean {
  const words = risk.split(' ').filter((w) => !ONSET.has(w) && !LINKING_WORDS.has(w));
  return words.length > 0 && words.every((w) => warning.split(' ').includes(w));
}

/**
 * The remaining warnings, each by its syndrome's abbreviation where the text gives one ("… (CRS)"), else the head
 * of its text. A warning for a syndrome the sentence names ("the boxed warning for T-cell malignancies") leads, with
 * the kinds it includes, so that a shortened list still shows it.
 */
const NAMED_WARNING_MAX = 70;

function summarize(index: KnowledgeIndex, members: readonly Entity[], named: readonly Mention[], max: number): string {
  const warnings = members.flatMap((m) => m.boxedWarnings!.filter((w) => !w.unverified));
  const isNamed = (w: BoxedWarning) =>
    (w.syndromes ?? []).some((s) => named.some((n) => s === n.entity.id || index.isA(s, n.entity.id)));
  const short = (w: BoxedWarning) => {
    // Only an abbreviation of the head: "Neurologic toxicities, including … (ICANS)" is not ICANS.
    const abbreviation = /^[^,]*?\(([^()]+)\)/.exec(w.text)?.[1];
    const known = (w.syndromes ?? []).some((s) =>
      index.entity(s)?.aliases.some((a) => a.kind === 'abbreviation' && a.text === abbreviation),
    );
    return known ? abbreviation! : w.text.split(/[,(:/]/)[0]!.trim();
  };
  // The warning at issue with the kinds it includes, unless that alone would crowd the message.
  const atIssue = (w: BoxedWarning) => {
    const full = w.text.split(/[(:/]/)[0]!.trim();
    return full.length <= NAMED_WARNING_MAX ? full : short(w);
  };
  // "no longer carry a boxed warning for CRS": only the warnings at issue, when the clause names any.
  const atIssueOnly = warnings.some(isNamed);
  const texts = [
    ...new Set([
      ...warnings.filter(isNamed).map(atIssue),
      ...(atIssueOnly ? [] : warnings.filter((w) => !isNamed(w)).map(short)),
    ]),
  ];
  return `${listWithin(texts, max, '; ')} (${members.length === 1 ? label(index, members[0]!) : `${members.length} products`})`;
}

/**
 * " Only the REMS was eliminated (June 2025).": said only when every product had a REMS that was eliminated, with
 * its recorded date.
 */
function remsEnded(members: readonly Entity[]): string {
  const dates = [...new Set(members.map((m) => (m.rems?.unverified ? undefined : m.rems?.eliminated)))];
  if (dates.length !== 1 || dates[0] === undefined) return '';
  return ` Only the REMS was eliminated (${monthYear(dates[0])}).`;
}

/**
 * The clause's first date outside the asides that do not hold the event at word `at`: "The REMS programmes, in place
 * since the first approvals in 2017, were removed in 2025" dates the removal in 2025.
 */
function dateOfEvent(sentence: ClaimSentence, clause: Clause, at: number): Qualifiers['date'] {
  const asides = asidesIn(sentence.words, clause).filter((a) => at < a.from || at >= a.to);
  // "In 2017, before the REMS was lifted, every centre …": the year outside the "before" clause dates the main clause.
  const own = eventClauseAround(sentence.words, clause, at);
  return qualifiersOf(sentence, clause).dates.find(
    (d) => !asides.some((a) => a.from <= d.at && d.at < a.to) && (!own || (own.from <= d.at && d.at < own.to)),
  );
}

/**
 * The date a clause states a change from ("no REMS since June 2025" → "2025-06", "since 2025" → "2025"), as an ISO
 * prefix, or undefined.
 */
function sinceDate(sentence: ClaimSentence, clause: Clause): string | undefined {
  const since = findPhrase(sentence.words, SINCE, clause.from, clause.to);
  if (!since) return undefined;
  const at = since.at + since.length;
  const month = monthOf(sentence.words[at]?.lower ?? '');
  const year = sentence.words[month === undefined ? at : at + 1]?.lower ?? '';
  if (!isYear(year)) return undefined;
  return month === undefined ? year : `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * "By then there was no REMS for Yescarta", "Kymriah had no REMS": a past state with no time of its own and no approval
 * word is not understood (the time it held is another sentence's), so it is not judged. A present perfect ("has had no
 * REMS") reaches back to the approval.
 */
function undatedPast(words: readonly Word[], clause: Clause, to: number): boolean {
  const verb = words.findIndex((w, i) => i >= clause.from && i < to && isVerb(w));
  return verb >= 0 && !PRESENT_STATE.has(words[verb]!.lower);
}

/** Reports `messageId` of REMS `products` ("{{products}} {{were}} …"), sourced by their REMS records. */
function reportProducts(context: RelationContext, messageId: string, products: readonly Entity[]): void {
  context.report({
    messageId,
    data: {
      products: listWithin(
        products.map((m) => label(context.index, m)),
        60,
      ),
      were: products.length === 1 ? 'was' : 'were',
    },
    sources: uniqueSources(...products.map((m) => m.rems!.sources)),
  });
}

/** "there was no REMS", "Kymriah had no REMS": a past existential or possession before `to`, a state at its time. */
function statesPastState(words: readonly Word[], clause: Clause, to: number): boolean {
  for (let k = clause.from; k < to; k++) {
    if (pastExistentialAt(words, k)) return true;
    if (words[k]!.lower === 'had' && words[k + 1]?.lower === 'no') return true;
  }
  return false;
}

const PRESENT_STATE = lexiconWords('present-state-verbs');
// "has never had", "has been approved": a perfect reaches back to the approval.
const PERFECT_PARTICIPLES = new Set(['had', 'been']);

const APPROVAL_TIME = lexicon('rems-approval-time-cues');

/**
 * Whether the clause before `to` has no verb ("Kymriah: no REMS") or its first verb is a present tense with no
 * perfect after it ("Kymriah has no REMS").
 */
function presentState(words: readonly Word[], from: number, to: number): boolean {
  const verb = words.findIndex((w, i) => i >= from && i < to && isVerb(w));
  if (verb < 0) return true;
  if (!PRESENT_STATE.has(words[verb]!.lower)) return false;
  return !words.slice(verb + 1, to).some((w) => PERFECT_PARTICIPLES.has(w.lower));
}
