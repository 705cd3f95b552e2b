import type { KnowledgeIndex } from '../kb/index';
import type { Entity } from '../kb/types';
import type { TermMatch } from '../terms/matcher';
import type { DocumentAnalysis } from '../document/analysis';
import type { Sentence } from '../text/sentences';
import { assertedClausesOf } from './assertion';
import { RELATIONS } from './relations/all.generated';
import type { ClaimFinding, Relation } from './relations/types';
import { formatMessage } from '../util/messages';
import { discourseMentions, misspellsTherapy, refersBack, topicOf, unresolvedReferencesIn } from './discourse';
import { anywhereIn, headingPlaceOf, placeIn, titleElsewhere } from './place';
import { defaultRegulator, isTherapy, monthYear, uniqueSources } from './knowledge';
import {
  arrivalScopeOf,
  clausePeriodOf,
  existentialScopeOf,
  documentTime,
  judgingDays,
  knowledgeAsOf,
  ownPeriodOf,
  periodDays,
  sentencePeriodOf,
} from './period';
import type { DocumentTime, Period } from './period';
import type { Clause } from './clauses';
import { claimSentenceOf, tooLongToJudge, type ClaimSentence } from './sentence';
import { continuesBlock } from '../text/plaintext';
import { onTableHeaderRow, underDiseaseHeading } from './heading';
import { isYear } from '../util/text';
import { unassertedClue } from './clues';
import { questionedAndRejected, turnOpenedBy, unassertedTurn, unconfirmedLearnerQuestion } from './dialogue';
import { notAssertedItem } from './items';
import {
  correctsReport,
  endorsableReportIn,
  endorsesWhole,
  expectationAgainst,
  mayOpenWithRejection,
  opensWithObservedLabel,
  opensWithRejection,
  reportedStatementOf,
} from './reported';
import { nextInBlock, ownWordsOf } from './sentence-words';

/** A sentence the knowledge base contradicts: the sentence's range and every finding in it. */
export interface ContradictedSentence {
  start: number;
  end: number;
  sentence: ClaimSentence;
  findings: ClaimFinding[];
}

/**
 * Runs the relations over every sentence that mentions a knowledge-base entity. Work is per sentence
 * and only where mentions occur, so cost grows with the number of mentions, not the document size.
 */
export function checkClaims(
  document: DocumentAnalysis,
  index: KnowledgeIndex,
  relations: readonly Relation[] = RELATIONS,
): ContradictedSentence[] {
  const results: ContradictedSentence[] = [];
  for (const sentence of document.sentences) {
    const result = checkSentenceIn(document, sentence, index, relations);
    if (result) results.push(result);
  }
  return results;
}

/** A sentence's own mentions, and whether it names nothing (not even by a pronoun or a misspelling). */
interface Candidate {
  own: readonly TermMatch[];
  unnamed: boolean;
}

/** A sentence some relation may judge, or undefined: the tests every sentence passes before any word-level work. */
function candidateOf(
  document: DocumentAnalysis,
  sentence: Sentence,
  index: KnowledgeIndex,
  relations: readonly Relation[],
): Candidate | undefined {
  const own = document.mentionsIn(sentence.start, sentence.end);
  // Without a mention, only a relation that judges unnamed statements looks (one regex test each); "It uses donor
  // cells." names its product by a pronoun, "Kymria is made by Autolus." by a misspelling.
  const unnamed = own.length === 0 && !refersBack(document, sentence) && !misspellsTherapy(sentence, index);
  if (unnamed && !relations.some((r) => r.meta.unnamed)) return undefined;
  if (sentence.block === 'paragraph' && isPastedRows(document.text.slice(sentence.start, sentence.end)))
    return undefined;
  // A table's header cell labels its column ("Solid-tumor CAR-T approved" over "| FDA | None |"): it asserts nothing
  // of its own; what it says is read with each cell under it (claims/tables.ts).
  if (sentence.block === 'table-cell' && onTableHeaderRow(document.text, sentence.start)) return undefined;
  return { own, unnamed };
}

/**
 * Whether a sentence makes statements a relation applies to but is too long to judge (see MAX_CLAIM_WORDS). Its own
 * mentions settle it, without the discourse work, which grows with its mentions times its words.
 */
export function tooLongWithClaims(
  document: DocumentAnalysis,
  sentence: Sentence,
  index: KnowledgeIndex,
  relations: readonly Relation[] = RELATIONS,
): boolean {
  if (!tooLongToJudge(document, sentence)) return false;
  const candidate = candidateOf(document, sentence, index, relations);
  return (
    candidate !== undefined &&
    relations.some((r) => (!candidate.unnamed || r.meta.unnamed) && r.applies(sentence.text, candidate.own))
  );
}

/**
 * The findings of one sentence, or undefined. Sentences without mentions or cue words cost one regex test per relation;
 * a sentence too long to judge has none (`tooLongWithClaims` says whether it would have been judged).
 */
export function checkSentenceIn(
  document: DocumentAnalysis,
  sentence: Sentence,
  index: KnowledgeIndex,
  relations: readonly Relation[] = RELATIONS,
  frame?: Period,
  placedByFrame = false,
): ContradictedSentence | undefined {
  const candidate = candidateOf(document, sentence, index, relations);
  if (!candidate || tooLongToJudge(document, sentence)) return undefined;
  const { own, unnamed } = candidate;
  // With what its pronouns and misspelled names stand for.
  const mentions = unnamed ? own : discourseMentions(document, sentence, index, own);
  // The sentence's own prose, spaces normalized: cue phrases match across line breaks.
  // A sentence that names no therapy speaks of its paragraph's or section's one, asked for only by a relation whose
  // cues the sentence has.
  let topic: Entity | null | undefined;
  const topicOfSentence = () =>
    (topic ??= mentions.some((m) => isTherapy(m.entity)) ? null : (topicOf(document, sentence) ?? null)) ?? undefined;
  const applicable = relations.filter(
    (r) => (!unnamed || r.meta.unnamed) && r.applies(sentence.text, mentions, topicOfSentence),
  );
  if (applicable.length === 0) return undefined;
  const prepared = claimSentenceOf(document, sentence, mentions, unresolvedReferencesIn(document, sentence));
  if (prepared === 'too long') return undefined;
  const told = topicOfSentence();
  if (told) prepared.topic = told;
  // "## United States" over a sentence naming no regulator: the default regulator's record judges it.
  // (A slide bullet's statement is judged apart from its heading: `placedByFrame` says the heading placed it.)
  if (
    applicable.some((r) => r.meta.regulated) &&
    (placedByFrame || headingPlaceOf(document, sentence, index) === 'default')
  )
    prepared.contextRegulator = defaultRegulator(index);
  if (underDiseaseHeading(document, sentence)) prepared.headingCondition = true;
  if (
    rejectedByNext(document, sentence, prepared) ||
    notAssertedItem(document, sentence) ||
    unassertedTurn(document, sentence) ||
    questionedAndRejected(document, sentence) ||
    unassertedClue(document, sentence)
  )
    prepared.rejected = true;
  else if (endorsedByNext(document, prepared, sentence)) prepared.endorsed = true;
  if (unconfirmedLearnerQuestion(document, sentence)) prepared.unowned = true;
  // A statement placed under a regulator the knowledge base does not cover is not judged by another's record
  // (where it is placed matters only to a relation that rests on one regulator's record).
  // Placed under every regulator at once ("anywhere in the world"), a relation that reads such a place still judges it.
  const elsewhere = applicable.some((r) => r.meta.regulated) && placedElsewhere(document, prepared, index);
  if (elsewhere && anywhereIn(prepared.words, prepared.mentions)) prepared.anywhere = true;
  const judged = elsewhere
    ? applicable.filter((r) => !r.meta.regulated || (prepared.anywhere && r.meta.anywhere))
    : applicable;
  // A slide's heading may date its bullets ("## Carvykti in 2023"): judged then, unless the bullet dates itself.
  const time: DocumentTime = frame ? { kind: 'dated', period: frame } : documentTime(document.prose);
  let findings = checkThroughPeriod(prepared, index, judged, time, frame !== undefined);
  const dated = frame && sentencePeriodOf(prepared.words);
  if (frame && (!dated || dated === 'unknown-past')) findings = asOfCutOff(prepared, index, findings, frame);
  return findings.length ? { start: sentence.start, end: sentence.end, sentence: prepared, findings } : undefined;
}

/**
 * "Investors argued that Abecma targets CD19. They were wrong.", "This was incorrect: Abecma targets BCMA.": the next
 * sentence of its block opens by rejecting it; or the sentence gives a source's statement that the next one corrects
 * ("An earlier draft said Breyanzi uses CD28. It uses 4-1BB.", "A reader wrote that …. In fact, …").
 */
function rejectedByNext(document: DocumentAnalysis, sentence: Sentence, prepared: ClaimSentence): boolean {
  const next = nextInBlock(document, sentence);
  if (!next) return false;
  const reported = reportedStatementOf(prepared);
  // "Actual: the card shows P. Expected: Q.": a bug report's observed line, set against the expectation after it.
  if (opensWithObservedLabel(prepared.words) && expectationAgainst(ownWordsOf(document, next))) return true;
  // A reply after a speaker's label ("Response: That was wrong; …") opens after it.
  const turn = turnOpenedBy(document, next);
  // Most next sentences open with no rejection's subject: told from their first word before they are split into words.
  if (!reported && !mayOpenWithRejection(turn ? next.text.slice(turn.start - next.start) : next.text)) return false;
  const words = ownWordsOf(document, next);
  const own = turn ? words.slice(words.findIndex((w) => w.start >= turn.start)) : words;
  return opensWithRejection(own) || (reported !== undefined && correctsReport(reported, words));
}

/**
 * "One registrar argued that P. She was right.", "The sponsor contended that P. The panel accepted that contention.":
 * the next sentence of its block, as a whole, endorses the speaker's statement the sentence reports.
 */
function endorsedByNext(document: DocumentAnalysis, prepared: ClaimSentence, sentence: Sentence): boolean {
  if (!endorsableReportIn(prepared.words)) return false;
  const next = nextInBlock(document, sentence);
  return next !== undefined && endorsesWhole(ownWordsOf(document, next));
}

function placedElsewhere(document: DocumentAnalysis, sentence: ClaimSentence, index: KnowledgeIndex): boolean {
  const place = placeIn(sentence.words, sentence.mentions);
  return place === 'unresolved' || (place === undefined && titleElsewhere(document.prose, index));
}

/**
 * The findings of a sentence judged at every state of the knowledge base within its period (its own, as in "as of
 * May 2024", or its document's date): those of the latest state, from relations that find something at every state.
 */
export function checkThroughPeriod(
  sentence: ClaimSentence,
  index: KnowledgeIndex,
  relations: readonly Relation[],
  time: DocumentTime,
  framed = false,
): ClaimFinding[] {
  // "As of 2030, …", "In 2032 the FDA approves …": a time after the knowledge base's date is not known yet.
  if (namesFutureYear(sentence.words, index.asOf)) return [];
  const existential = existentialScopeOf(sentence.words, sentence.clauses);
  const scoped = clausePeriodOf(sentence.words, sentence.clauses) ?? existential ?? arrivalScopeOf(index, sentence);
  if (!scoped) {
    const said = ownPeriodOf(index, sentence.words);
    // "### Status at the end of 2020" over "- Breyanzi had not yet been approved": the frame dates an undated past.
    const own = framed && said === 'unknown-past' ? undefined : said;
    const stated = typeof own === 'object' ? own : time.kind === 'dated' && !own ? time.period : undefined;
    // A relation that knows a rule's former value may leave an undated statement of it alone, not a dated one.
    const told = stated ? { ...sentence, statedPeriod: stated } : sentence;
    const days = judgingDays(index, told, time, own === said ? 'by-sentence' : 'by-document');
    const findings = checkThrough(told, index, relations, days);
    return days.length && own && own !== 'unknown-past' ? asOfCutOff(told, index, findings, own) : findings;
  }
  // The cut-off bounds its own clause; the others are judged at the document's time.
  const { clause, period } = scoped;
  const inside = (c: Clause) => c.from >= clause.from && c.to <= clause.to;
  const days = periodDays(index, period);
  // A past existential states its clause's time as a sentence with its own date does.
  const told = scoped === existential ? { ...sentence, statedPeriod: period } : sentence;
  const bounded = checkThrough(told, index, relations, days, inside);
  const restDays = judgingDays(index, sentence, time, 'by-document');
  const rest = checkThrough(sentence, index, relations, restDays, (c) => !inside(c));
  const findings = days.length ? asOfCutOff(sentence, index, bounded, period) : bounded;
  for (const f of rest) if (!findings.some((g) => g.message === f.message)) findings.push(f);
  return findings;
}

/**
 * The findings of the sentence's clauses that `only` keeps (all without it) at every state of the knowledge base
 * in `days` (latest first): those of the latest state, from relations that find something at every state.
 */
function checkThrough(
  sentence: ClaimSentence,
  index: KnowledgeIndex,
  relations: readonly Relation[],
  days: readonly string[],
  only?: (clause: Clause) => boolean,
): ClaimFinding[] {
  // Judging at another state costs a check per state: only sentences with findings pay it.
  let findings = checkSentence(
    atState(sentence, index, days[0]),
    days[0] ? knowledgeAsOf(index, days[0]) : index,
    relations,
    only,
  );
  for (const day of days.slice(1)) {
    if (!findings.length) break;
    const raising = new Set(findings.map((f) => f.relation));
    const then = checkSentence(
      atState(sentence, index, day),
      knowledgeAsOf(index, day),
      relations.filter((r) => raising.has(r.meta.id)),
      only,
    );
    const still = new Set(then.map((f) => f.relation));
    findings = findings.filter((f) => still.has(f.relation));
  }
  return findings;
}

/**
 * "By the end of 2019, the FDA had approved Breyanzi" is judged by the record as it stood then: a message that does
 * not name that time ("Breyanzi is not FDA-approved") would read as false today.
 */
function asOfCutOff(
  sentence: ClaimSentence,
  index: KnowledgeIndex,
  findings: ClaimFinding[],
  own: Period,
): ClaimFinding[] {
  if (!findings.length || own.to >= index.asOf) return findings;
  const when = monthYear(own.to);
  // "Not approved as of then" rests on the approvals that came after: their sources.
  const later = () =>
    index.byAuthority(
      uniqueSources(
        ...sentence.mentions.flatMap((m) =>
          (index.entity(m.entity.id)?.approvals ?? []).filter((a) => a.date > own.to).map((a) => a.sources),
        ),
      ),
    );
  return findings.map((f) => ({
    ...f,
    message: f.message.includes(when) ? f.message : `As of ${when}: ${f.message}`,
    sources: f.sources.length ? f.sources : later(),
  }));
}

/** The sentence with its mentions' entities as the knowledge base recorded them on `day`. */
function atState(sentence: ClaimSentence, index: KnowledgeIndex, day: string | undefined): ClaimSentence {
  const view = day === undefined ? index : knowledgeAsOf(index, day);
  if (view === index) return sentence;
  return {
    ...sentence,
    mentions: sentence.mentions.map((m) => ({ ...m, entity: view.entity(m.entity.id) ?? m.entity })),
  };
}

export function checkSentence(
  sentence: ClaimSentence,
  index: KnowledgeIndex,
  relations: readonly Relation[],
  only?: (clause: Clause) => boolean,
): ClaimFinding[] {
  const findings: ClaimFinding[] = [];
  const asserted = assertedClausesOf(sentence);
  const assertedClauses = only ? (ownCues?: readonly string[]) => asserted(ownCues).filter(only) : asserted;
  const clauses = only ? sentence.clauses.filter(only) : sentence.clauses;
  for (const relation of relations) {
    relation.check({
      sentence,
      index,
      assertedClauses,
      clauses,
      report: (reported) => {
        const { id, messages } = relation.meta;
        const message = formatMessage(id, messages, reported.messageId, reported.data);
        if (findings.some((f) => f.message === message)) return;
        const { span, ...rest } = reported;
        const first = span && sentence.words[span.from];
        const last = span && sentence.words[span.to - 1];
        findings.push({
          ...rest,
          relation: id,
          message,
          sources: index.byAuthority(reported.sources),
          ...(first && last ? { start: first.start, end: last.end } : {}),
        });
      },
    });
  }
  return findings;
}

function namesFutureYear(words: ClaimSentence['words'], asOf: string): boolean {
  const year = Number(asOf.slice(0, 4));
  return words.some((w) => isYear(w.lower) && Number(w.lower) > year);
}

// A pasted table or list without Markdown markup ("Abecma (ide-cel) Multiple myeloma" on one line, "Aucatzyl (obe-cel)
// B-cell ALL" on the next) is one paragraph, and its rows one "sentence": read as one, every name pairs with every
// value. Hard-wrapped prose continues across most of its line breaks; this many breaks that all start a new line are
// rows, not judged as a sentence.
const MIN_PASTED_ROWS = 4;

function isPastedRows(text: string): boolean {
  // Most sentences have fewer line breaks than rows need: counted before the text is split.
  let breaks = 0;
  for (let at = text.indexOf('\n'); at >= 0 && breaks < MIN_PASTED_ROWS - 1; at = text.indexOf('\n', at + 1)) breaks++;
  if (breaks < MIN_PASTED_ROWS - 1) return false;
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length < MIN_PASTED_ROWS) return false;
  for (let i = 1; i < lines.length; i++) if (continuesBlock(lines[i - 1]!, lines[i]!)) return false;
  return true;
}
