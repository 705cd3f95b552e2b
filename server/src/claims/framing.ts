import type { DocumentAnalysis } from '../document/analysis';
import type { KnowledgeIndex } from '../kb/index';
import type { Sentence } from '../text/sentences';
import { MONTHS, isYear } from '../util/text';
import { CARDINAL_WORDS } from './cardinals';
import type { TermMatch } from '../terms/matcher';
import { refutationEnd } from './clauses';
import { questionedAndRejected, unassertedTurn } from './dialogue';
import { lexicon, lexiconWords } from './lexicon';
import { conditionalIn } from './modality';
import { isTherapyHead, isVerb, nounPhrasesOf } from './phrases';
import type { ClaimFinding } from './relations/types';
import { rejectsAt, reportEditIn, reportedIn } from './reported';
import { checkStatement } from './tables';
import { longestPhraseStartingAt, phraseStartingAt, type Word } from './words';
import { nextWordsOf, ownWordsOf } from './sentence-words';
import { unassertedQuotations } from './quotes';
import { namesNonDefaultRegulator, placeIn, titleElsewhere } from './place';
import { wordClass } from './word-classes';

/**
 * A proposition a sentence carries in a structure around its main clause, written out as a plain statement, and the
 * words (document offsets) that carry it: a non-restrictive relative or an appositive after a name ("Lutathera, which is
 * a CAR-T", "the section on Abecma, the first CAR-T ever approved"), a quotation a relative endorses ('"Sunitinib is
 * approved for all GEP-NETs", which is what the label says'), an opening absolute premise ("With anito-cel approved by
 * the FDA, …") and the standard of an opening comparison ("Like every licensed CAR-T, …", "Unlike the approved
 * products, …").
 */
export interface FramedStatement {
  text: string;
  start: number;
  end: number;
}

/** A finding raised through a framed statement, on the words that carry it. */
export interface FramedFinding {
  finding: ClaimFinding;
  start: number;
  end: number;
}

/** The findings of the statements a sentence carries in its frames, each judged as a plain sentence is. */
export function checkFramed(document: DocumentAnalysis, sentence: Sentence, index: KnowledgeIndex): FramedFinding[] {
  if (sentence.block === 'table-cell' || !mayFrame(sentence.text)) return [];
  // Judged alone, a statement would lose the place its document's title gives it.
  if (titleElsewhere(document.prose, index)) return [];
  const statements = framedStatements(document, sentence);
  if (!statements.length) return [];
  // A turn the next speaker rejects ("CONTESTANT: Is it Tecelra, the CAR-T for sarcoma?" over "HOST: Close, but …"),
  // or a statement asked about and then rejected, asserts nothing in its frames either, as in its main clause.
  if (unassertedTurn(document, sentence) || questionedAndRejected(document, sentence)) return [];
  const words = ownWordsOf(document, sentence);
  const mentions = document.mentionsIn(sentence.start, sentence.end);
  return statements
    .filter((statement) => !placedOutside(words, mentions, statement, index))
    .flatMap((statement) =>
      checkStatement({ text: statement.text }, index).map((finding) => ({
        finding,
        start: statement.start,
        end: statement.end,
      })),
    );
}

/**
 * "Japan's ministry approved Abecma; BMS now has two approved CAR-Ts, Breyanzi, which received approval in March 2021,
 * and Abecma": a place or a regulator other than the default one named outside the frame places what the frame says
 * too, and the statement written out alone would lose it. Such a statement is not judged.
 */
function placedOutside(
  words: readonly Word[],
  mentions: readonly TermMatch[],
  statement: FramedStatement,
  index: KnowledgeIndex,
): boolean {
  const outside = (w: { start: number; end: number }) => w.end <= statement.start || w.start >= statement.end;
  // "Several German centres treat NETs with Kymriah, which the FDA has approved for NETs": a statement that names its
  // own regulator keeps it, whatever place the rest names.
  if (
    placeIn(
      words.filter((w) => !outside(w)),
      mentions.filter((m) => !outside(m)),
    ) === 'named'
  )
    return false;
  const rest = words.filter(outside);
  const restMentions = mentions.filter(outside);
  const place = placeIn(rest, restMentions);
  if (place === undefined) return false;
  if (place === 'unresolved') return true;
  return namesNonDefaultRegulator(rest, restMentions, index);
}

// "but" of the coordinators: the coordinator that is neither "and" nor "or" ("not one but nine").
const CORRECTIVE_WORDS = [...wordClass('coordinators')].filter((w) => !wordClass('and-or').has(w));
// Most sentences have none of the words a frame needs: one regex test skips them.
const FRAME_HINT = new RegExp(
  `\\b(?:which|with|like|unlike|as|similar|in|much|just|contrary|different|${[...lexicon('endorsing-manner-adverbs'), ...lexicon('retraction-adverbs'), ...lexicon('description-verbs'), ...lexicon('approving-adjectives'), ...lexicon('edit-old-verbs'), ...lexicon('partitive-member-openers'), ...lexicon('comparison-likeness-openers'), ...lexicon('comparison-likeness-tails'), ...CORRECTIVE_WORDS].join('|')})\\b|, (?:an?|the|our|their|its) `,
  'i',
);
// Factive and emotive frames, verbs of asking and participles opening a parenthesis: the clause-level frames below.
const CLAUSE_FRAME_HINT = new RegExp(
  `\\b(?:${[...lexicon('factive-verbs'), ...lexicon('emotive-frames'), ...lexicon('proposition-nouns'), ...lexicon('asking-verbs'), ...lexicon('welcoming-verbs'), ...lexicon('explanatory-relatives')].join('|')})\\b|\\(\\s*(?:${lexicon('parenthesis-participles').join('|')})\\b`,
  'i',
);
const DURATION_HINT = new RegExp(
  `\\b(?:for|during|over|throughout) the \\w+ (?:${[...lexicon('time-unit-day'), ...lexicon('time-unit-week'), ...lexicon('time-unit-month')].join('|')})\\b`,
  'i',
);
const mayFrame = (text: string) => FRAME_HINT.test(text) || CLAUSE_FRAME_HINT.test(text) || DURATION_HINT.test(text);

/**
 * The statements `sentence` carries in its frames (see FramedStatement), but for those inside a quotation the writer
 * edits out or rejects ("Replace 'Abecma, a CD19 CAR-T' with …").
 */
export function framedStatements(document: DocumentAnalysis, sentence: Sentence): FramedStatement[] {
  const words = ownWordsOf(document, sentence);
  if (words.length < 4) return [];
  const statements = statementsIn(document, sentence, words);
  if (!statements.length) return statements;
  const quoted = unassertedQuotations(words, () => nextWordsOf(document, sentence)).map((q) => ({
    start: words[q.from]!.start,
    end: words[q.to - 1]!.end,
  }));
  return statements.filter((s) => !quoted.some((q) => s.start >= q.start && s.start < q.end));
}

function statementsIn(document: DocumentAnalysis, sentence: Sentence, words: readonly Word[]): FramedStatement[] {
  const own = ownWords(sentence, words);
  const statements: FramedStatement[] = [];
  const endorsed = endorsedQuotation(sentence, words);
  if (endorsed) statements.push(endorsed);
  const retracted = retractedStatement(ownWords(sentence, words), words);
  if (retracted) statements.push(retracted);
  const mentions = document.mentionsIn(sentence.start, sentence.end);
  const edited = editedReport(ownWords(sentence, words), words, mentions);
  if (edited) statements.push(edited);
  // A frame in someone else's words, a refuted or a conditional sentence is not the writer's. An embedded question's
  // "if" ("People ask if …") is no conditional: its answer is read first.
  if (refutationEnd(words) > 0) return statements;
  const answered = answeredQuestion(own, words, mentions, () => nextWordsOf(document, sentence));
  if (answered) statements.push(answered);
  if (conditionalIn(words, { from: 0, to: words.length })) {
    // An appositive is presupposed: a condition on its clause leaves what it says of its name the writer's ("Start
    // anakinra, the anti-IL-6 antibody, if steroids fail"; "If steroids fail, start anakinra, the anti-IL-6 antibody").
    if (reportedIn(words) === undefined) statements.push(...appositivesIn(own, words, mentions));
    return statements;
  }
  // A prescription opens the sentence after its label, so no one else's words frame it; its own verb of describing
  // ("an acceptable way to describe …") reports nothing.
  const opening = labelEnd(words);
  const prescribed =
    prescribedDescription(own, words, mentions, opening) ?? approvedWording(own, words, mentions, opening);
  if (prescribed) statements.push(prescribed);
  // "Your claim that P is correct": the noun's "that" reads as a report, which the endorsement makes the writer's.
  const endorsedClaim = endorsedProposition(own, words, opening, (from, to) =>
    mentions.some((m) => m.start >= words[from]!.start && m.end <= words[to - 1]!.end),
  );
  if (endorsedClaim) statements.push(endorsedClaim);
  if (reportedIn(words) !== undefined) return statements;
  const described =
    endorsedDescription(own, words, mentions) ??
    depictedDescription(own, words, mentions, () => nextWordsOf(document, sentence));
  if (described) statements.push(described);
  const named = (from: number, to: number) =>
    mentions.some((m) => m.start >= words[from]!.start && m.end <= words[to - 1]!.end);
  const start = labelEnd(words);
  const premise = absolutePremise(own, words, start, named);
  if (premise) statements.push(premise);
  const standard = comparisonStandard(own, words, start, (from, to) => therapyHeaded(words, mentions, from, to));
  if (standard) statements.push(standard);
  statements.push(...comparisonTail(own, words, start, (from, to) => therapyHeaded(words, mentions, from, to)));
  const member = partitiveMember(own, words, start, (from, to) => therapyHeaded(words, mentions, from, to));
  if (member) statements.push(member);
  const replaced = replacedCount(own, words, start);
  if (replaced) statements.push(replaced);
  const presupposed = factiveComplement(own, words, named);
  if (presupposed) statements.push(presupposed);
  statements.push(...parentheticalStatements(own, words, mentions));
  const explained = explainedClause(own, words, named);
  if (explained) statements.push(explained);
  const lasting = durationRelative(own, words, named);
  if (lasting) statements.push(lasting);
  const decided = welcomedDecision(own, words, named, (at) =>
    /^['’]s?(?!\w)/.test(sentence.text.slice(words[at]!.end - sentence.start)),
  );
  if (decided) statements.push(decided);
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i]!.lower !== ',') continue;
    const head = mentions.find((m) => m.end === words[i - 1]!.end);
    if (!head) continue;
    const framed = RELATIVES.has(words[i + 1]!.lower)
      ? relativeStatement(own, words, i, relativeHost(own, words, mentions, i, head))
      : STRANDABLE.has(words[i + 1]!.lower) && RELATIVES.has(words[i + 2]!.lower)
        ? piedPipedStatement(own, words, mentions, i + 1, head.text)
        : appositiveStatement(own, words, mentions, i, head);
    if (framed) statements.push(framed);
  }
  // "the lentiviral process by which Kite manufactures Yescarta": a restrictive one on a noun phrase naming something.
  for (let i = 2; i + 2 < words.length; i++) {
    if (!STRANDABLE.has(words[i]!.lower) || !RELATIVES.has(words[i + 1]!.lower) || words[i - 1]!.punct) continue;
    const phrase = nounPhrasesOf(words).at(i - 1);
    if (!phrase || phrase.to !== i || !named(phrase.from, phrase.to)) continue;
    if (words.slice(phrase.from, phrase.to).some((w) => NEGATIONS.has(w.lower))) continue;
    const framed = piedPipedStatement(own, words, mentions, i, own(phrase.from, phrase.to));
    if (framed) statements.push(framed);
  }
  return statements;
}

/**
 * "multiple myeloma, for which the FDA approved Kymriah in 2017": a relative opened by a preposition and "which" says
 * its clause with the preposition and its head put back at the end ("the FDA approved Kymriah in 2017 for multiple
 * myeloma"). Only a relative naming a therapy, running to the next clause end without another relative in it.
 */
function piedPipedStatement(
  text: Text,
  words: readonly Word[],
  mentions: readonly TermMatch[],
  preposition: number,
  head: string,
): FramedStatement | undefined {
  const from = preposition + 2;
  const to = clauseEnd(words, from);
  if (to - from < 2 || words.slice(from, to).some((w) => RELATIVES.has(w.lower))) return undefined;
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  if (!mentions.some((m) => THERAPY_TYPES.has(m.entity.type) && m.start >= start && m.end <= end)) return undefined;
  return {
    text: `${text(from, to)} ${words[preposition]!.lower} ${head}.`,
    start: words[preposition]!.start,
    end,
  };
}

/** The text of words [from, to) as written (markup blanked). */
function ownWords(sentence: Sentence, words: readonly Word[]) {
  return (from: number, to: number) =>
    sentence.text.slice(words[from]!.start - sentence.start, words[to - 1]!.end - sentence.start);
}

type Text = (from: number, to: number) => string;

// A speaker's or a note's label before the frame ("Analyst: With …", "Plan: Unlike …"): up to three words and a colon.
const MAX_LABEL_WORDS = 3;

/** Where the sentence's own words start after such a label (0 without one). */
function labelEnd(words: readonly Word[]): number {
  for (let k = 0; k <= MAX_LABEL_WORDS && k < words.length; k++) {
    if (words[k]!.lower === ':') return k > 0 ? k + 1 : 0;
    if (words[k]!.punct || isVerb(words[k])) return 0;
  }
  return 0;
}

const RELATIVES = new Set(['which']);
const PLURAL_FINITE = wordClass('plural-finite');
const STRANDABLE = lexiconWords('strandable-prepositions');
// "as": the marker of a standard ("the same antigen as Kymriah") and of a predicate after an object ("ranks it as").
const STANDARD_MARKERS = wordClass('comparison-standard-markers');
const AUXILIARIES = lexiconWords('auxiliaries');
// Where a comma-bounded relative clause ends: the next comma, semicolon, bracket or the sentence's end.
const CLAUSE_ENDS = new Set([',', ';', ':', '(', ')', '.', '?', '!']);

/**
 * "Lutathera, which is a CAR-T therapy for NETs": a non-restrictive relative after a name says its predicate of the
 * name ("Lutathera is a CAR-T therapy for NETs"); one with its own subject that ends at its verb or a stranded
 * preposition says it with the name as the object ("follicular lymphoma, which Tecartus is approved for": "Tecartus is
 * approved for follicular lymphoma"). A relative with a gap inside it is left alone.
 */
function relativeStatement(
  text: Text,
  words: readonly Word[],
  comma: number,
  head: string,
): FramedStatement | undefined {
  const from = comma + 2;
  const to = clauseEnd(words, from);
  if (to - from < 2) return undefined;
  const span = { start: words[comma + 1]!.start, end: words[to - 1]!.end };
  if (isVerb(words[from])) return { text: `${head} ${text(from, to)}.`, ...span };
  const last = words[to - 1]!;
  if (!STRANDABLE.has(last.lower) && !isVerb(last)) {
    // "CD22, which Kymriah targets on leukemia cells": the gap is the object of the relative's one finite verb, right
    // before a prepositional phrase ("Kymriah targets CD22 on leukemia cells"); after its auxiliaries when it has some
    // ("Kymriah, which the FDA has approved for NETs": "the FDA has approved Kymriah for NETs").
    let verb = words.findIndex((w, k) => k > from && k < to && isVerb(w));
    while (
      verb > 0 &&
      verb + 1 < to &&
      AUXILIARIES.has(words[verb]!.lower) &&
      (isVerb(words[verb + 1]) || /^[a-z]{3,}(?:ed|en)$/.test(words[verb + 1]!.lower))
    )
      verb++;
    if (verb < 0 || AUXILIARIES.has(words[verb]!.lower)) return undefined;
    const next = words[verb + 1]!.lower;
    if (!STRANDABLE.has(next) && !STANDARD_MARKERS.has(next)) return undefined;
    if (words.slice(from, verb).some((w) => w.punct)) return undefined;
    return { text: `${text(from, verb + 1)} ${head} ${text(verb + 1, to)}.`, ...span };
  }
  // The relative's own subject and verb, not a second relative or a list.
  if (!words.slice(from, to).some((w) => isVerb(w))) return undefined;
  return { text: `${text(from, to)} ${head}.`, ...span };
}

/**
 * The antecedent of a relative after the name ending before `comma`: the whole coordination of names it closes
 * ("Abecma and Carvykti, which are the only …" is said of both, not of Carvykti alone) when the relative's verb agrees
 * with a plural ("Kymriah and Yescarta, which is made by Kite" is said of the last name only).
 */
function relativeHost(
  text: Text,
  words: readonly Word[],
  mentions: readonly TermMatch[],
  comma: number,
  head: TermMatch,
) {
  if (!PLURAL_FINITE.has(words[comma + 2]?.lower ?? '')) return head.text;
  const { from } = hostOf(words, mentions, comma - 1);
  return from >= 0 && from < comma - 1 ? text(from, comma) : head.text;
}

// Where an appositive ends: the next comma, semicolon, colon or the sentence's end.
const APPOSITIVE_ENDS = new Set([',', ';', ':', '.', '?', '!']);
// Determiners that open an appositive noun phrase: the articles and the possessives ("our two CD28-based products").
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'our', 'their', 'its']);

/**
 * "the section on Abecma, the first CAR-T ever approved by the FDA": an appositive after a named therapy, wherever the
 * name stands, says what the therapy is ("Abecma is the first CAR-T ever approved by the FDA"); after a coordination of
 * names it says it of them all ("Kymriah and Breyanzi, our two CD28-based products"). Only a verbless noun phrase headed
 * by a therapy noun or naming a therapy class, which ends the clause: one followed by ", and" or ", or" is a list item.
 */
function appositiveStatement(
  text: Text,
  words: readonly Word[],
  mentions: readonly TermMatch[],
  comma: number,
  head: TermMatch,
): FramedStatement | undefined {
  if (!THERAPY_TYPES.has(head.entity.type) || !APPOSITIVE_OPENERS.has(words[comma + 1]!.lower)) return undefined;
  const from = comma + 1;
  let to = from + 1;
  // After its head noun, the appositive may hold its own restrictive clause ("the Gilead drug my oncologist kept
  // mentioning", "the product that BMS markets"): written out with it, the clause restricts the noun as it does here.
  let headed = false;
  for (; to < words.length && !APPOSITIVE_ENDS.has(words[to]!.lower); to++) {
    // A bracket inside renames or abbreviates ("the first chimeric antigen receptor T-cell (CAR-T) product").
    if (words[to]!.lower === '(') while (to + 1 < words.length && words[to]!.lower !== ')') to++;
    else if (isVerb(words[to]) && !headed) return undefined;
    else if (isTherapyHead(words[to]) && !isVerb(words[to + 1])) headed = true;
  }
  if (to - from < 2 || COORDINATORS.has(words[to + 1]?.lower ?? '')) return undefined;
  const span = { start: words[from]!.start, end: words[to - 1]!.end };
  const described =
    words.slice(from + 1, to).some((w) => isTherapyHead(w)) ||
    mentions.some((m) => m.entity.type === 'therapy-class' && m.start >= span.start && m.end <= span.end);
  if (!described) return undefined;
  // A date elsewhere in the sentence may be when the description held ("In 2018 we gave Yescarta, the newest CAR-T").
  if (words.some((_, k) => (k < from || k >= to) && datesAt(words, k))) return undefined;
  const host = hostOf(words, mentions, comma - 1);
  const plural = host.from < comma - 1 || pluralAt(words, from, to);
  return { text: `${text(host.from, comma)} ${plural ? 'are' : 'is'} ${text(from, to)}.`, ...span };
}

/** The appositive statements of a sentence (see appositiveStatement), after each name and its comma. */
function appositivesIn(text: Text, words: readonly Word[], mentions: readonly TermMatch[]): FramedStatement[] {
  const statements: FramedStatement[] = [];
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i]!.lower !== ',' || RELATIVES.has(words[i + 1]!.lower) || STRANDABLE.has(words[i + 1]!.lower)) continue;
    const head = mentions.find((m) => m.end === words[i - 1]!.end);
    const framed = head && appositiveStatement(text, words, mentions, i, head);
    if (framed) statements.push(framed);
  }
  return statements;
}

/**
 * The names an appositive after word `last` describes: the name ending there, and the names coordinated with it
 * ("Kymriah and Breyanzi", "Yescarta, Tecartus or Breyanzi").
 */
function hostOf(words: readonly Word[], mentions: readonly TermMatch[], last: number): { from: number } {
  const startOf = (end: number) => {
    const m = mentions.find((n) => n.end === words[end]!.end && THERAPY_TYPES.has(n.entity.type));
    return m ? words.findIndex((w) => w.start === m.start) : -1;
  };
  let from = startOf(last);
  for (let k = from - 1; k > 0; ) {
    const link = words[k]!.lower;
    if (link !== ',' && !COORDINATORS.has(link)) break;
    const before = startOf(k - 1);
    if (before < 0) break;
    from = before;
    k = before - 1;
  }
  return { from };
}

const RETRACTION_ADVERBS = lexiconWords('retraction-adverbs');
const SAYING = lexiconWords('source-statement-verbs');
// Words that give a statement more than one part to deny: a quantifier, a restrictor or an ordinal.
const PARTED = new Set(['only', 'all', 'every', 'each', 'both', 'any', 'some', 'first', 'sole']);

/**
 * "In the spring issue we wrongly stated that Tecartus carries a CD28 domain": a retraction adverb
 * (data/lexicon/retraction-adverbs) before a verb of saying and "that" says the statement is false, and the writer's
 * claim is its denial ("Tecartus does not carry a CD28 domain"). Only for a statement that ends the sentence and has one
 * part to deny: a subject and one predicate, with no date, number, coordination, quantifier, negation or prepositional
 * phrase; and not when the retraction is itself reported, hedged or conditional.
 */
function retractedStatement(text: Text, words: readonly Word[]): FramedStatement | undefined {
  const adverb = words.findIndex(
    (w, k) =>
      RETRACTION_ADVERBS.has(w.lower) && SAYING.has(words[k + 1]?.lower ?? '') && words[k + 2]?.lower === 'that',
  );
  if (adverb < 1) return undefined;
  const before = words.slice(0, adverb);
  if (reportedIn(before) !== undefined || conditionalIn(before, { from: 0, to: before.length })) return undefined;
  if (before.some((w) => NEGATIONS.has(w.lower) || MODALS.has(w.lower))) return undefined;
  const from = adverb + 3;
  const to = clauseEnd(words, from);
  for (let k = to; k < words.length; k++) if (!words[k]!.punct || words[k]!.lower === '?') return undefined;
  const verb = words.findIndex((w, k) => k > from && k < to && isVerb(w));
  if (verb < 0) return undefined;
  for (let k = from; k < to; k++) {
    const w = words[k]!.lower;
    if (NEGATIONS.has(w) || COORDINATORS.has(w) || STRANDABLE.has(w) || PARTED.has(w) || /^\d+$/.test(w))
      return undefined;
    if (datesAt(words, k) || QUOTES.has(w)) return undefined;
  }
  const denied = deniedPredicate(text, words, verb, to, pluralAt(words, from, verb));
  if (!denied) return undefined;
  return { text: `${text(from, verb)} ${denied}.`, start: words[adverb]!.start, end: words[to - 1]!.end };
}

const THAT = wordClass('relatives-that-which');

/**
 * "A freelancer wrote that Carvykti targets BCMA, and the editor changed it to CD19": a report (a verb of saying,
 * data/lexicon/source-statement-verbs) that a later clause of the sentence edits (reported.ts reportEditIn) is the
 * writer's statement with the edit's new wording, one name or a year, in place of the reported word of its kind (a
 * name of the same entity type, or a year): "Carvykti targets CD19". Not when the report is negated, hedged or
 * conditional, or names more than one word of that kind.
 */
function editedReport(text: Text, words: readonly Word[], mentions: readonly TermMatch[]): FramedStatement | undefined {
  const verb = words.findIndex((w) => SAYING.has(w.lower));
  if (verb < 1) return undefined;
  const before = words.slice(0, verb);
  if (conditionalIn(before, { from: 0, to: before.length })) return undefined;
  const from = verb + 1 + (THAT.has(words[verb + 1]?.lower ?? '') ? 1 : 0);
  let end = from;
  while (end < words.length && !CLAUSE_ENDS.has(words[end]!.lower)) end++;
  if (end - from < 2) return undefined;
  for (let k = from; k < end; k++) if (NEGATIONS.has(words[k]!.lower) || MODALS.has(words[k]!.lower)) return undefined;
  const at = reportEditIn(words, end, words.length);
  if (at === undefined) return undefined;
  let last = at;
  while (last < words.length && !CLAUSE_ENDS.has(words[last]!.lower)) last++;
  const spanOf = (m: TermMatch) => ({
    from: words.findIndex((w) => w.start === m.start),
    to: words.findIndex((w) => w.end === m.end) + 1,
  });
  const value = mentions.find((m) => m.start === words[at]!.start && m.end === words[last - 1]!.end);
  const year = last === at + 1 && isYear(words[at]!.lower);
  if (!value && !year) return undefined;
  const old = value
    ? mentions.filter((m) => m.entity.type === value.entity.type).map(spanOf)
    : words.flatMap((w, k) => (isYear(w.lower) ? [{ from: k, to: k + 1 }] : []));
  const replaced = old.filter((o) => o.from >= from && o.to <= end);
  if (replaced.length !== 1) return undefined;
  const { from: oldFrom, to: oldTo } = replaced[0]!;
  const statement = [
    oldFrom > from ? text(from, oldFrom) : '',
    text(at, last),
    oldTo < end ? text(oldTo, end) : '',
  ].filter((part) => part.length);
  return { text: `${statement.join(' ')}.`, start: words[from]!.start, end: words[last - 1]!.end };
}

const ENDORSING_ADVERBS = lexiconWords('endorsing-manner-adverbs');
const DESCRIPTION_VERBS = lexiconWords('description-verbs');

/**
 * "The authors correctly describe teclistamab as a BCMA-directed CAR T-cell product": a verb of describing
 * (data/lexicon/description-verbs) after an endorsing adverb (data/lexicon/endorsing-manner-adverbs), with a named
 * therapy as its object, says what the writer holds the therapy to be: "teclistamab is a BCMA-directed CAR T-cell
 * product", to the clause's end. Not under a negation or a modal ("may correctly describe").
 */
function endorsedDescription(
  text: Text,
  words: readonly Word[],
  mentions: readonly TermMatch[],
): FramedStatement | undefined {
  const adverb = words.findIndex(
    (w, k) => ENDORSING_ADVERBS.has(w.lower) && DESCRIPTION_VERBS.has(words[k + 1]?.lower ?? ''),
  );
  if (adverb < 1) return undefined;
  if (deniedOrModalBefore(words, adverb)) return undefined;
  const object = mentions.find((m) => m.start === words[adverb + 2]?.start && THERAPY_TYPES.has(m.entity.type));
  if (!object) return undefined;
  let from = words.findIndex((w) => w.start >= object.end);
  if (from < 0) return undefined;
  if (words[from]!.lower === 'as') from++;
  const to = clauseEnd(words, from);
  if (to - from < 2) return undefined;
  return {
    text: `${object.text} is ${text(from, to)}.`,
    start: words[adverb]!.start,
    end: words[to - 1]!.end,
  };
}

const DEPICTING = lexiconWords('depiction-verbs');
const MEDIA = lexiconWords('depiction-media-nouns');

/**
 * "Alt text: Poster presenting Lutathera as a cell therapy", "Our infographic shows Breyanzi as BCMA-directed": a verb
 * of depiction (data/lexicon/depiction-verbs) in the present or its '-ing' form, right after a noun of a visual medium
 * (data/lexicon/depiction-media-nouns, a number such as "Slide 4" between them), with a named therapy as its object and
 * "as" after it, is what the document shows its reader: "<therapy> is <description>", to the clause's end. A past
 * depiction ("the old poster presented …") tells history; a negation or a modal before the verb depicts nothing.
 */
function depictedDescription(
  text: Text,
  words: readonly Word[],
  mentions: readonly TermMatch[],
  next: () => readonly Word[],
): FramedStatement | undefined {
  for (let verb = 1; verb + 2 < words.length; verb++) {
    const lower = words[verb]!.lower;
    if (!DEPICTING.has(lower) || /ed$/.test(lower) || lower === 'shown') continue;
    const medium = /^\d+$/.test(words[verb - 1]!.lower) ? verb - 2 : verb - 1;
    if (medium < 0 || !MEDIA.has(words[medium]!.lower)) continue;
    if (deniedOrModalBefore(words, verb)) return undefined;
    const object = mentions.find((m) => m.start === words[verb + 1]?.start && THERAPY_TYPES.has(m.entity.type));
    if (!object) continue;
    const as = words.findIndex((w) => w.start >= object.end);
    if (as < 0 || words[as]!.lower !== 'as') continue;
    const to = clauseEnd(words, as + 1);
    if (to - as < 2 || rejectedAfter(words, to, next)) continue;
    return { text: `${object.text} is ${text(as + 1, to)}.`, start: words[verb]!.start, end: words[to - 1]!.end };
  }
  return undefined;
}

/**
 * Whether a clause after word `from` ("…, which is wrong", "…; that is an error") or the next sentence ("That is not
 * true.") rejects what came before it.
 */
function rejectedAfter(words: readonly Word[], from: number, next: () => readonly Word[]): boolean {
  for (let k = from; k < words.length; k++) {
    if (!CLAUSE_ENDS.has(words[k]!.lower)) continue;
    let end = k + 1;
    while (end < words.length && !CLAUSE_ENDS.has(words[end]!.lower)) end++;
    if (rejectsAt(words, k + 1, end)) return true;
  }
  const after = next();
  return after.length > 0 && rejectsAt(after, 0, after.length);
}

const PRESCRIPTIVE_SOFTENERS = wordClass('prescriptive-softeners');
const DESCRIPTION_AS_VERBS = lexicon('description-as-verbs');
const QUOTE_MARKS = wordClass('quote-marks');

/**
 * "House style: call Carvykti a Kite product", "Refer to Abecma as a BCMA-directed CAR-T": an imperative verb of
 * describing (data/lexicon/description-verbs, or one taking "as", data/lexicon/description-as-verbs) opening the
 * sentence after its label, with a named therapy as its object, prescribes the description as correct: "Carvykti is a
 * Kite product", to the clause's end.
 * A negated imperative ("Never call …", "Do not describe …") opens with no such verb and proscribes instead.
 */
function prescribedDescription(
  text: Text,
  words: readonly Word[],
  mentions: readonly TermMatch[],
  start: number,
): FramedStatement | undefined {
  let verb = obligedVerb(words, start) ?? start;
  if (PRESCRIPTIVE_SOFTENERS.has(words[verb]?.lower ?? '')) verb++;
  const lower = words[verb]?.lower ?? '';
  const refer = phraseStartingAt(words, verb, DESCRIPTION_AS_VERBS);
  if (
    !refer &&
    (!DESCRIPTION_VERBS.has(lower) || /(?:ed|ing)$/.test(lower) || DESCRIPTION_VERBS.has(lower.slice(0, -1)))
  )
    return undefined;
  const objectAt = verb + (refer ? refer.length : 1);
  const object = mentions.find((m) => m.start === words[objectAt]?.start && THERAPY_TYPES.has(m.entity.type));
  if (!object) return undefined;
  let from = words.findIndex((w) => w.start >= object.end);
  if (from < 0) return undefined;
  if (words[from]!.lower === 'as') from++;
  else if (refer) return undefined;
  return wordingStatement(text, words, object.text, from, verb);
}

const OBLIGATIONS = wordClass('obligation-words');
const DETERMINERS = lexiconWords('determiners');
// A prescription's subject is short: "The brochure", "Every patient leaflet".
const MAX_OBLIGED_SUBJECT = 4;

/**
 * "The brochure should describe Tecelra as …", "Writers must refer to Abecma as …": a short subject with no verb, then
 * a modal of obligation (data/lexicon/word-classes obligation-words), prescribes the verb after it as an imperative
 * does; the word after the modal, or undefined when the clause opens otherwise. A negation after the modal ("should
 * never describe") leaves no verb of describing there, and the clause prescribes nothing.
 */
function obligedVerb(words: readonly Word[], start: number): number | undefined {
  for (let k = start + 1; k <= start + MAX_OBLIGED_SUBJECT && k < words.length; k++) {
    const word = words[k]!;
    // "Critics say the brochure should describe …": someone else's prescription.
    if (OBLIGATIONS.has(word.lower)) return reportedIn(words) === undefined ? k + 1 : undefined;
    // A second determiner opens a second noun phrase: "The reviewer thinks the brochure should …".
    if (word.punct || isVerb(word) || DETERMINERS.has(word.lower)) return undefined;
  }
  return undefined;
}

/**
 * "<therapy> is <wording>" for the wording from word `from` to the clause's end, its quotation marks dropped; the
 * statement's words start at word `start` (the prescription's own first word).
 */
function wordingStatement(
  text: Text,
  words: readonly Word[],
  therapy: string,
  from: number,
  start: number,
): FramedStatement | undefined {
  while (from < words.length && QUOTE_MARKS.has(words[from]!.lower)) from++;
  let to = clauseEnd(words, from);
  while (to > from && QUOTE_MARKS.has(words[to - 1]!.lower)) to--;
  if (to - from < 1) return undefined;
  return { text: `${therapy} is ${text(from, to)}.`, start: words[start]!.start, end: words[to - 1]!.end };
}

const APPROVING = lexiconWords('approving-adjectives');
const WORDING_NOUNS = lexicon('wording-nouns');
const ARTICLES = wordClass('articles');

/**
 * A style guide's or glossary's approved wording for a named therapy, judged as "<therapy> is <wording>": an opening
 * "Preferred description of anakinra: a monoclonal antibody" (an approving adjective, data/lexicon/approving-adjectives,
 * and a noun of wording, data/lexicon/wording-nouns, before "for" or "of", the therapy and a colon), or a quoted
 * wording approved after it ("'A Novartis therapy' is an acceptable way to describe Yescarta."). A negated approval
 * ("is not an acceptable way") has no approving adjective after its verb and prescribes nothing.
 */
function approvedWording(
  text: Text,
  words: readonly Word[],
  mentions: readonly TermMatch[],
  start: number,
): FramedStatement | undefined {
  const therapyAt = (at: number) =>
    mentions.find((m) => m.start === words[at]?.start && THERAPY_TYPES.has(m.entity.type));
  /** The therapy after an approving adjective and a noun of wording at `at`, and the index after its name. */
  const approvedFor = (at: number) => {
    if (ARTICLES.has(words[at]?.lower ?? '')) at++;
    if (!APPROVING.has(words[at]?.lower ?? '')) return undefined;
    const noun = longestPhraseStartingAt(words, at + 1, WORDING_NOUNS);
    if (!noun) return undefined;
    let next = at + 1 + noun.length;
    if (!noun.phrase.startsWith('way ')) {
      if (words[next]?.lower !== 'for' && words[next]?.lower !== 'of') return undefined;
      next++;
    }
    const therapy = therapyAt(next);
    if (!therapy) return undefined;
    const after = words.findIndex((w) => w.start >= therapy.end);
    return { therapy, after: after < 0 ? words.length : after };
  };
  const opening = approvedFor(start);
  if (opening) {
    if (words[opening.after]?.lower !== ':') return undefined;
    return wordingStatement(text, words, opening.therapy.text, opening.after + 1, start);
  }
  if (!QUOTE_MARKS.has(words[start]?.lower ?? '')) return undefined;
  let close = start + 1;
  while (close < words.length && !QUOTE_MARKS.has(words[close]!.lower)) close++;
  if (close >= words.length || close - start < 2) return undefined;
  const link = words[close + 1]?.lower === 'is' || words[close + 1]?.lower === ':' ? close + 2 : -1;
  const quoted = link > 0 ? approvedFor(link) : undefined;
  if (!quoted) return undefined;
  for (let k = quoted.after; k < words.length; k++) if (!words[k]!.punct) return undefined;
  return {
    text: `${quoted.therapy.text} is ${text(start + 1, close)}.`,
    start: words[start]!.start,
    end: words[quoted.after - 1]!.end,
  };
}

const ENDORSING = lexicon('endorsing-relatives');
const QUOTES = wordClass('double-quote-marks');

/**
 * '… replaced it with "Sunitinib is approved for all GEP-NETs", which is what the label says': a quotation a relative
 * right after it endorses (data/lexicon/endorsing-relatives), with nothing after the endorsement, is the writer's own
 * statement.
 */
function endorsedQuotation(sentence: Sentence, words: readonly Word[]): FramedStatement | undefined {
  for (let close = words.length - 1; close > 0; close--) {
    if (!QUOTES.has(words[close]!.lower)) continue;
    let open = close - 1;
    while (open >= 0 && !QUOTES.has(words[open]!.lower)) open--;
    if (open < 0 || close - open < 4) return undefined;
    // The comma after the quotation, or inside it before its closing mark (American style).
    let at = close + 1;
    if (words[at]?.lower === ',') at++;
    else if (words[close - 1]!.lower !== ',') return undefined;
    const endorsement = phraseStartingAt(words, at, ENDORSING);
    if (!endorsement) return undefined;
    for (let k = at + endorsement.length; k < words.length; k++) if (!words[k]!.punct) return undefined;
    const inner = sentence.text
      .slice(words[open]!.end - sentence.start, words[close]!.start - sentence.start)
      .replace(/[,.\s]+$/, '');
    return { text: `${inner}.`, start: words[open]!.start, end: words[at + endorsement.length - 1]!.end };
  }
  return undefined;
}

const ABSOLUTE_OPENERS = lexicon('absolute-premise-openers');
const ABSOLUTE_PREDICATES = lexicon('absolute-predicate-starts');

/**
 * "With anito-cel approved by the FDA earlier this year, how …?": an opening absolute phrase (an opener of
 * data/lexicon/absolute-premise-openers, a noun phrase naming something the knowledge base knows, and a predicate
 * opened by a word of data/lexicon/absolute-predicate-starts) states its predicate of the noun phrase as given, even in
 * a question: "anito-cel is approved by the FDA earlier this year".
 */
function absolutePremise(
  text: Text,
  words: readonly Word[],
  start: number,
  named: (from: number, to: number) => boolean,
): FramedStatement | undefined {
  const opener = phraseStartingAt(words, start, ABSOLUTE_OPENERS);
  if (!opener) return undefined;
  const from = start + opener.length;
  const comma = words.findIndex((w, k) => k > from && w.lower === ',');
  if (comma < 0) return undefined;
  for (let k = from + 1; k < comma; k++) {
    if (words[k]!.punct || isVerb(words[k])) return undefined;
    if (!phraseStartingAt(words, k, ABSOLUTE_PREDICATES)) continue;
    if (!named(from, k)) return undefined;
    const copula = pluralAt(words, from, k) ? 'are' : 'is';
    return {
      text: `${text(from, k)} ${copula} ${text(k, comma)}.`,
      start: words[start]!.start,
      end: words[comma - 1]!.end,
    };
  }
  return undefined;
}

const LIKENESS = lexicon('comparison-likeness-openers');
const CONTRAST = lexicon('comparison-contrast-openers');
const NEGATIONS = new Set(['not', 'no', 'never', 'without']);
// The modal auxiliaries (a closed class): a contrast denies the plain statement, not the possibility.
const MODALS = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'shall', 'should', 'must']);

/**
 * "Like every CAR-T licensed in the US, the product is made by CRISPR editing": an opening comparison says the main
 * clause's predicate of its standard too ("every CAR-T licensed in the US is made by CRISPR editing"), and an opening
 * contrast says its denial ("Unlike the approved products, the study product may cause CRS": "the approved products do
 * not cause CRS"). Only a standard headed by a therapy the knowledge base knows (see therapyHeaded), without a verb of its own, whose main
 * clause's predicate names no date (a date is the subject's own: "Like Kymriah, Yescarta was approved in 2017").
 */
function comparisonStandard(
  text: Text,
  words: readonly Word[],
  start: number,
  headed: (from: number, to: number) => boolean,
): FramedStatement | undefined {
  const like = phraseStartingAt(words, start, LIKENESS);
  const unlike = like ? undefined : phraseStartingAt(words, start, CONTRAST);
  const opener = like ?? unlike;
  if (!opener) return undefined;
  const from = start + opener.length;
  let comma = words.findIndex((w, k) => k > from && w.lower === ',');
  if (comma <= from) return undefined;
  const standard = { from, to: comma };
  for (let k = standard.from; k < standard.to; k++)
    if (words[k]!.punct || AUXILIARIES.has(words[k]!.lower) || datesAt(words, k)) return undefined;
  if (!headed(standard.from, standard.to)) return undefined;
  // ", which are for adults," after the standard describes it: the main clause starts after it.
  if (RELATIVES.has(words[comma + 1]?.lower ?? '')) {
    comma = words.findIndex((w, k) => k > comma + 1 && w.lower === ',');
    if (comma < 0) return undefined;
  }
  let end = comma + 1;
  while (end < words.length && !CLAUSE_ENDS.has(words[end]!.lower)) end++;
  const verb = words.findIndex((w, k) => k > comma + 1 && k < end && isVerb(w));
  if (verb < 0) return undefined;
  for (let k = verb; k < end; k++) if (datesAt(words, k) || NEGATIONS.has(words[k]!.lower)) return undefined;
  // "Like other bispecifics, linvoseltamab …": "other" is other than the main subject, and means nothing alone.
  const other = words.findIndex((w, k) => k >= standard.from && k < standard.to && w.lower === 'other');
  const subject =
    other < 0
      ? text(standard.from, standard.to)
      : [
          other > standard.from ? text(standard.from, other) : '',
          other + 1 < standard.to ? text(other + 1, standard.to) : '',
        ]
          .filter(Boolean)
          .join(' ');
  const span = { start: words[start]!.start, end: words[standard.to - 1]!.end };
  if (like) return { text: `${subject} ${text(verb, end)}.`, ...span };
  const denied = deniedPredicate(text, words, verb, end, pluralAt(words, standard.from, standard.to));
  return denied ? { text: `${subject} ${denied}.`, ...span } : undefined;
}

const TAILS = lexicon('comparison-likeness-tails');
// Words of the shared thing between "the same" and its "as" ("the same costimulatory domain as").
const MAX_SHARED_WORDS = 2;
// Where a label or a stage direction before the subject ends ("DR. OKAFOR: (closing the file) Breyanzi …").
const SUBJECT_OPENERS = new Set([':', ')']);

/** The first word of the standard after a tail of likeness opening at word `at` (", just like", ", the same antigen as"). */
function tailStandardAt(words: readonly Word[], at: number): number | undefined {
  const likeness = phraseStartingAt(words, at, LIKENESS);
  if (likeness) return at + likeness.length;
  const tail = phraseStartingAt(words, at, TAILS);
  if (!tail) return undefined;
  let k = at + tail.length;
  if (STANDARD_MARKERS.has(words[k - 1]!.lower)) return k;
  for (let shared = 0; shared <= MAX_SHARED_WORDS && k < words.length; shared++, k++) {
    if (STANDARD_MARKERS.has(words[k]!.lower)) return k + 1;
    if (words[k]!.punct) return undefined;
  }
  return undefined;
}

/**
 * "Breyanzi is made by Kite, same as Yescarta", "Tecartus targets CD19, the same antigen as Carvykti": a tail of
 * likeness (data/lexicon: comparison-likeness-openers, comparison-likeness-tails) ending the sentence says the clause's
 * predicate of its standard too ("Yescarta is made by Kite", "Carvykti targets CD19"), and the clause before it says its
 * own without the tail ("Breyanzi is made by Kite"). Only for one clause whose subject and standard are headed by
 * therapies the knowledge base knows, with no date (it may be the subject's own: "approved in 2017, like Yescarta" is
 * not "in the same month") and no negation (which the standard may not share).
 */
function comparisonTail(
  text: Text,
  words: readonly Word[],
  start: number,
  headed: (from: number, to: number) => boolean,
): FramedStatement[] {
  const comma = words.findIndex(
    (w, k) => k > start + 1 && w.lower === ',' && tailStandardAt(words, k + 1) !== undefined,
  );
  if (comma < 0) return [];
  const from = tailStandardAt(words, comma + 1)!;
  let end = from;
  while (end < words.length && !CLAUSE_ENDS.has(words[end]!.lower)) end++;
  for (let k = end; k < words.length; k++) if (!words[k]!.punct || words[k]!.lower === '?') return [];
  // "just as Abecma does": the standard's auxiliary stands for the predicate.
  const to = end - 1 > from && AUXILIARIES.has(words[end - 1]!.lower) ? end - 1 : end;
  if (to <= from || !headed(from, to)) return [];
  for (let k = from; k < to; k++) if (NEGATIONS.has(words[k]!.lower)) return [];
  const verb = words.findIndex((w, k) => k > start && k < comma && isVerb(w));
  if (verb < 0) return [];
  let subject = start;
  for (let k = start; k < verb; k++) if (SUBJECT_OPENERS.has(words[k]!.lower)) subject = k + 1;
  if (subject >= verb || !headed(subject, verb)) return [];
  for (let k = start; k < comma; k++) {
    const w = words[k]!.lower;
    if (w === ',' || w === ';' || datesAt(words, k) || (k >= verb && NEGATIONS.has(w))) return [];
  }
  return [
    { text: `${text(subject, comma)}.`, start: words[subject]!.start, end: words[comma - 1]!.end },
    { text: `${text(from, to)} ${text(verb, comma)}.`, start: words[comma + 1]!.start, end: words[end - 1]!.end },
  ];
}

const PARTITIVES = lexicon('partitive-member-openers');
const COPULAS = wordClass('be-finite');

const isCardinal = (word: Word | undefined) => !!word && (/^\d+$/.test(word.lower) || CARDINAL_WORDS.has(word.lower));

/**
 * "Breyanzi is one of two CAR-Ts approved for kids": a partitive of one member (data/lexicon/partitive-member-openers)
 * of a counted set after a copula says the subject is such a member ("Breyanzi is a CAR-Ts approved for kids", which
 * the relations read as they read "a CAR-T approved for kids"). Only for a subject headed by a therapy the knowledge
 * base knows, right before the copula (a hedge or a negation between them leaves it), and with no date outside the
 * clause (it may be when the count held).
 */
function partitiveMember(
  text: Text,
  words: readonly Word[],
  start: number,
  headed: (from: number, to: number) => boolean,
): FramedStatement | undefined {
  const copula = words.findIndex((w, k) => k > start && COPULAS.has(w.lower));
  if (copula < 0 || !headed(start, copula)) return undefined;
  const partitive = phraseStartingAt(words, copula + 1, PARTITIVES);
  if (!partitive) return undefined;
  const count = copula + 1 + partitive.length;
  if (!isCardinal(words[count])) return undefined;
  let end = count + 1;
  while (end < words.length && !CLAUSE_ENDS.has(words[end]!.lower)) end++;
  if (end - count < 2 || words.some((_, k) => (k < start || k >= end) && datesAt(words, k))) return undefined;
  return {
    text: `${text(start, copula + 1)} a ${text(count + 1, end)}.`,
    start: words[copula + 1]!.start,
    end: words[end - 1]!.end,
  };
}

/**
 * "we have not one but nine FDA-approved CAR-T products": "not" before a cardinal, the corrective coordinator and
 * another cardinal replaces the first count with the second, and the clause says the second ("we have nine FDA-approved
 * CAR-T products"). Only in a clause with no other negation.
 */
function replacedCount(text: Text, words: readonly Word[], start: number): FramedStatement | undefined {
  const not = words.findIndex(
    (w, k) =>
      k >= start &&
      w.lower === 'not' &&
      isCardinal(words[k + 1]) &&
      CORRECTIVE_WORDS.includes(words[k + 2]?.lower ?? '') &&
      isCardinal(words[k + 3]),
  );
  if (not < 0) return undefined;
  let from = not;
  while (from > start && !CLAUSE_ENDS.has(words[from - 1]!.lower)) from--;
  let end = not + 4;
  while (end < words.length && !CLAUSE_ENDS.has(words[end]!.lower)) end++;
  for (let k = from; k < end; k++) if (k !== not && NEGATIONS.has(words[k]!.lower)) return undefined;
  const before = not > from ? `${text(from, not)} ` : '';
  return { text: `${before}${text(not + 3, end)}.`, start: words[not]!.start, end: words[end - 1]!.end };
}

/**
 * The denial of the predicate at words [verb, end): "not" after an auxiliary ("is not approved"), a modal's
 * possibility denied as a plain statement ("may cause" → "does not cause", "can be given" → "is not given"), and
 * "does not" before a present-tense verb's base ("uses" → "does not use"). Undefined for anything else.
 */
function deniedPredicate(
  text: Text,
  words: readonly Word[],
  verb: number,
  end: number,
  plural: boolean,
): string | undefined {
  const head = words[verb]!.lower;
  const rest = verb + 1 < end ? text(verb + 1, end) : '';
  if (MODALS.has(head)) {
    const next = words[verb + 1];
    if (!next || verb + 2 > end) return undefined;
    if (next.lower === 'be') return verb + 2 < end ? `${plural ? 'are' : 'is'} not ${text(verb + 2, end)}` : undefined;
    return `${plural ? 'do' : 'does'} not ${rest}`;
  }
  if (AUXILIARIES.has(head)) return `${words[verb]!.text} not ${rest}`;
  const base = /ies$/.test(head)
    ? head.replace(/ies$/, 'y')
    : /(?:ss|sh|ch|x|o)es$/.test(head)
      ? head.slice(0, -2)
      : head.replace(/s$/, '');
  if (base === head) return undefined;
  return `${plural ? 'do' : 'does'} not ${base}${rest ? ` ${rest}` : ''}`;
}

const THERAPY_TYPES = new Set(['product', 'drug', 'therapy-class']);
const COORDINATORS = wordClass('and-or');

/**
 * Whether the noun phrase of words [from, to) (its first conjunct) is headed by a therapy the knowledge base knows: a
 * product, drug or class name followed only by therapy head nouns ("the approved CAR-T products") up to a modifier
 * after the head ("every CAR-T licensed in the US"). "other BCMA bispecifics" names an antigen, not its head.
 */
function therapyHeaded(words: readonly Word[], mentions: readonly TermMatch[], from: number, to: number): boolean {
  let end = from;
  while (end < to && !COORDINATORS.has(words[end]!.lower)) end++;
  if (end === from) return false;
  const therapy = mentions.findLast(
    (m) => THERAPY_TYPES.has(m.entity.type) && m.start >= words[from]!.start && m.end <= words[end - 1]!.end,
  );
  if (!therapy) return false;
  for (let k = from; k < end; k++) {
    const word = words[k]!;
    if (word.start < therapy.end) continue;
    if (word.punct || STRANDABLE.has(word.lower) || /ed$/.test(word.lower)) return true;
    if (!isTherapyHead(word)) return false;
  }
  return true;
}

// A quantifier that makes its noun phrase plural ("all approved products", "both products").
const PLURAL_DETERMINERS = new Set(['all', 'both', 'many', 'most', 'several', 'these', 'those', 'other']);

/** Whether the noun phrase of words [from, to) is plural: a coordination, a plural quantifier or a plural last noun. */
function pluralAt(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k]!.lower;
    if (w === 'and' || PLURAL_DETERMINERS.has(w)) return true;
    if (w === 'every' || w === 'each') return false;
  }
  // The head noun is the last word before a modifier ("products licensed in the US", "the REMS for Abecma").
  let last = to - 1;
  for (let k = from + 1; k < to; k++)
    if (STRANDABLE.has(words[k]!.lower) || /ed$/.test(words[k]!.lower)) {
      last = k - 1;
      break;
    }
  // An abbreviation in capitals is singular ("the REMS").
  return /[^su]s$/.test(words[last]!.lower) && words[last]!.text !== words[last]!.text.toUpperCase();
}

/** A year or a month at word `k` ("may" is the modal unless a day or year follows it). */
function datesAt(words: readonly Word[], k: number): boolean {
  const w = words[k]!.lower;
  return isYear(w) || (MONTHS.includes(w) && (w !== 'may' || /^\d/.test(words[k + 1]?.lower ?? '')));
}

/** The first clause end at or after word `from` (the sentence's end when none). */
function clauseEnd(words: readonly Word[], from: number): number {
  let to = from;
  while (to < words.length && !CLAUSE_ENDS.has(words[to]!.lower)) to++;
  return to;
}

/** A negation or a modal before word `at`: what follows is denied or only possible, not said. */
function deniedOrModalBefore(words: readonly Word[], at: number): boolean {
  return words.slice(0, at).some((w) => NEGATIONS.has(w.lower) || MODALS.has(w.lower));
}

const FACTIVE_VERBS = lexicon('factive-verbs');
const REPORTING_VERBS = lexiconWords('reporting-verbs');
const EMOTIVE = lexiconWords('emotive-frames');
// The longest factive verb phrase ("found out").
const MAX_FACTIVE_WORDS = 2;

/**
 * Where the factive or emotive frame of the "that" at word `that` starts, or undefined: an emotive word right before it
 * ("pleased that"), or a factive verb (data/lexicon/factive-verbs) right before it, finite ("I learned that") or as the
 * infinitive of an emotive word ("relieved to learn that", "a relief to discover that"). An infinitive after any other
 * word ("hoped to learn that", "expected to find that") presupposes nothing.
 */
function factiveFrameAt(words: readonly Word[], that: number): number | undefined {
  if (EMOTIVE.has(words[that - 1]?.lower ?? '')) return that - 1;
  for (let at = that - 1; at >= Math.max(0, that - MAX_FACTIVE_WORDS); at--) {
    const verb = phraseStartingAt(words, at, FACTIVE_VERBS);
    if (!verb || at + verb.length !== that) continue;
    if (words[at - 1]?.lower !== 'to') return at;
    return EMOTIVE.has(words[at - 2]?.lower ?? '') ? at - 2 : undefined;
  }
  return undefined;
}

/**
 * "I was relieved to learn that Carvykti carries no boxed warning", "It was a relief to discover that …", "I only
 * realised later that …": a factive or emotive frame presupposes its that-clause, so the writer holds it true whatever
 * the frame's own tense, and the clause is judged as a plain sentence ("Carvykti carries no boxed warning"), to the
 * sentence's end or its semicolon. Not under a negation, a modal or a report before the frame ("I never learned
 * that", "I would be glad to learn that", "She says she was relieved that"), nor with a date outside the clause, which
 * may be when it held; a question ("learn whether") presupposes nothing and is not read. Non-factive frames ("I was
 * told that", "she feared that", "we hoped that") attribute the clause and are not here.
 */
function factiveComplement(
  text: Text,
  words: readonly Word[],
  named: (from: number, to: number) => boolean,
): FramedStatement | undefined {
  if (words.some((w) => w.lower === '?')) return undefined;
  for (let that = 2; that + 2 < words.length; that++) {
    if (words[that]!.lower !== 'that') continue;
    const frame = factiveFrameAt(words, that);
    if (frame === undefined) continue;
    const before = words.slice(0, frame);
    if (deniedOrModalBefore(words, frame) || reportedIn(before) !== undefined) return undefined;
    // "She says she was relieved that …": someone else's frame, whoever the speaker.
    if (before.some((w) => SAYING.has(w.lower) || REPORTING_VERBS.has(w.lower))) return undefined;
    const from = that + 1;
    let to = from;
    while (to < words.length && words[to]!.lower !== ';') to++;
    while (to > from && SENTENCE_ENDS.has(words[to - 1]!.lower)) to--;
    if (to - from < 3 || words.slice(from, to).some((w) => w.lower === '?') || !named(from, to)) return undefined;
    if (words.some((_, k) => k < from && datesAt(words, k))) return undefined;
    return { text: `${text(from, to)}.`, start: words[from]!.start, end: words[to - 1]!.end };
  }
  return undefined;
}

const SENTENCE_ENDS = new Set(['.', '!']);
const PROPOSITIONS = lexiconWords('proposition-nouns');
const ENDORSEMENT_PREDICATES = lexicon('endorsement-predicates');
// What may end an endorsement's clause: the sentence's end, or a break before the writer's next words.
const ENDORSEMENT_ENDS = new Set(['.', '!', ';', ':']);
const MAX_PROPOSITION_OWNER_WORDS = 5;

/**
 * "Your claim that Yescarta was the first CAR-T approved is correct", "The reviewer's point that P is right": a noun of a
 * proposition (data/lexicon/proposition-nouns) with its "that" clause, as the subject of a finite copula and an
 * endorsing predicate (data/lexicon/endorsement-predicates) that ends the clause, says the writer holds P true: P is
 * judged as a plain sentence, on its words. The noun phrase opens the sentence after its label (no verb or report
 * before it: "She says the claim that P is correct" is hers); a rejecting predicate ("is not correct", "is wrong"), a
 * modal ("may be right"), a qualifier after the predicate ("is correct for adults") or a question endorses nothing.
 * P's own hedges and negations are read where it is judged.
 */
function endorsedProposition(
  text: Text,
  words: readonly Word[],
  start: number,
  named: (from: number, to: number) => boolean,
): FramedStatement | undefined {
  const noun = words.findIndex((w, k) => k >= start && PROPOSITIONS.has(w.lower) && words[k + 1]?.lower === 'that');
  if (noun < 0 || words.some((w) => w.lower === '?')) return undefined;
  // The noun phrase is short and holds no verb ("Your claim", "The second reviewer's point").
  if (noun - start > MAX_PROPOSITION_OWNER_WORDS) return undefined;
  const verbal = (w: Word) =>
    isVerb(w) || CLAUSE_ENDS.has(w.lower) || SAYING.has(w.lower) || REPORTING_VERBS.has(w.lower);
  if (words.slice(start, noun).some(verbal) || reportedIn(words.slice(0, noun)) !== undefined) return undefined;
  const from = noun + 2;
  // The clause's end, and the copula before its endorsing predicate: the last copula of the clause.
  let end = from;
  while (end < words.length && !ENDORSEMENT_ENDS.has(words[end]!.lower)) end++;
  for (let k = end - 2; k > from + 1; k--) {
    if (!COPULAS.has(words[k]!.lower)) continue;
    let at = k + 1;
    if (/^[a-z]{3,}ly$/.test(words[at]!.lower) && !phraseStartingAt(words, at, ENDORSEMENT_PREDICATES)) at++;
    const predicate = phraseStartingAt(words, at, ENDORSEMENT_PREDICATES);
    if (!predicate || at + predicate.length !== end) return undefined;
    if (words.slice(from, k).some((w) => w.punct)) return undefined;
    if (!words.slice(from, k).some((w) => isVerb(w)) || !named(from, k)) return undefined;
    const said = text(from, k);
    return {
      text: `${said.charAt(0).toUpperCase()}${said.slice(1)}.`,
      start: words[from]!.start,
      end: words[k - 1]!.end,
    };
  }
  return undefined;
}

const ASKING = lexicon('asking-verbs');
const QUESTION_OPENERS = new Set(['if', 'whether']);
// A bare answer: a pronoun, then a finite auxiliary and nothing of its predicate ("it was", "it is", "they do").
const ANSWER_SUBJECTS = new Set(['it', 'they', 'he', 'she']);
const ANSWER_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'does', 'did', 'do', 'has', 'had', 'have']);
// What may stand before the answer: a coordinator and an affirmative particle ("…, and yes, it is").
const ANSWER_LEADS = new Set(['and', 'yes', ',', '—', '–']);
// What may follow the auxiliary: the answer's end, or a comma before what it adds.
const ANSWER_ENDS = new Set([',', '.', ';', '!', 'and', '—', '–']);

/**
 * The word after a bare affirmative answer that starts at `at` ("it was", "yes, it is"), or undefined when there is
 * none there; the answer's comma or coordinator is skipped.
 */
function answerEnd(words: readonly Word[], at: number): number | undefined {
  let k = at;
  while (k < words.length && ANSWER_LEADS.has(words[k]!.lower)) k++;
  if (!ANSWER_SUBJECTS.has(words[k]?.lower ?? '') || !ANSWER_AUXILIARIES.has(words[k + 1]?.lower ?? ''))
    return undefined;
  const after = words[k + 2]?.lower;
  if (after !== undefined && !ANSWER_ENDS.has(after)) return undefined;
  k += 2;
  while (k < words.length && (words[k]!.lower === ',' || words[k]!.lower === 'and')) k++;
  return k;
}

/**
 * "People ask if my Amtagvi was a CAR-T; it was, engineered to find melanoma", "Someone asked if Kymriah is approved
 * for myeloma, and yes, it is, since 2021", "Listeners keep asking whether Tecelra is a CAR-T. It is.": an embedded
 * yes/no question (a verb of data/lexicon/asking-verbs, then "if" or "whether") answered by a bare affirmative ("it
 * was") asserts the question's clause; it is judged as a plain sentence with what the answer adds ("my Amtagvi was a
 * CAR-T, engineered to find melanoma"). A negated answer ("it is not", "it isn't") and a question under a negation or
 * a modal are not read.
 */
function answeredQuestion(
  text: Text,
  words: readonly Word[],
  mentions: readonly TermMatch[],
  next: () => readonly Word[],
): FramedStatement | undefined {
  if (words.some((w) => w.lower === '?')) return undefined;
  const opener = words.findIndex((w, k) => QUESTION_OPENERS.has(w.lower) && askedBefore(words, k));
  if (opener < 1 || deniedOrModalBefore(words, opener)) return undefined;
  if (reportedIn(words.slice(0, opener)) !== undefined || conditionalIn(words, { from: 0, to: opener }))
    return undefined;
  const named = (from: number, to: number) =>
    mentions.some((m) => m.start >= words[from]!.start && m.end <= words[to - 1]!.end);
  const from = opener + 1;
  const to = clauseEnd(words, from);
  if (to - from < 3 || !named(from, to) || !words.slice(from, to).some((w) => isVerb(w))) return undefined;
  const span = { start: words[from]!.start, end: words[to - 1]!.end };
  const question = text(from, to);
  // The answer in the same sentence, or opening the next one.
  const inside = SENTENCE_ENDS.has(words[to]?.lower ?? '.') ? undefined : answerEnd(words, to + 1);
  if (inside !== undefined) return { text: `${question}${addedBy(text, words, inside)}.`, ...span };
  if (to < words.length && !SENTENCE_ENDS.has(words[to]!.lower)) return undefined;
  const after = next();
  const end = answerEnd(after, 0);
  if (end === undefined || after[0]!.lower === ',') return undefined;
  const added = after
    .slice(end)
    .filter((w) => !SENTENCE_ENDS.has(w.lower))
    .map((w) => w.text)
    .join(' ');
  return { text: `${question}${added ? `, ${added}` : ''}.`, ...span };
}

/** A verb of asking ends right before word `at`. */
function askedBefore(words: readonly Word[], at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const verb = phraseStartingAt(words, k, ASKING);
    if (verb && k + verb.length === at) return true;
  }
  return false;
}

/** What an answer adds after it, from word `at` to the sentence's end or its semicolon, as ", …" (or nothing). */
function addedBy(text: Text, words: readonly Word[], at: number): string {
  let to = at;
  while (to < words.length && words[to]!.lower !== ';') to++;
  while (to > at && SENTENCE_ENDS.has(words[to - 1]!.lower)) to--;
  return to > at ? `, ${text(at, to)}` : '';
}

const PARENTHESIS_PARTICIPLES = lexiconWords('parenthesis-participles');
// A named product or drug: a class's parenthesis ("a CAR-T (developed at Penn)") speaks of one member, not all.
const NAMED_TYPES = new Set(['product', 'drug']);

/**
 * "Guests receiving Carvykti (made by Bristol Myers Squibb) may claim a discount": a parenthesis right after a named
 * therapy that opens with a participle (data/lexicon/parenthesis-participles) says it of the therapy ("Carvykti is made by Bristol
 * Myers Squibb"), whatever the modal, hedge or negation of the clause around it. Not with a date outside it, which may
 * be when it held.
 */
function parentheticalStatements(
  text: Text,
  words: readonly Word[],
  mentions: readonly TermMatch[],
): FramedStatement[] {
  const statements: FramedStatement[] = [];
  for (let open = 1; open + 2 < words.length; open++) {
    if (words[open]!.lower !== '(' || !PARENTHESIS_PARTICIPLES.has(words[open + 1]!.lower)) continue;
    const head = mentions.find((m) => m.end === words[open - 1]!.end && NAMED_TYPES.has(m.entity.type));
    if (!head) continue;
    const close = closingParenAt(words, open);
    if (close === undefined || close - open < 3) continue;
    if (words.some((_, k) => (k < open || k > close) && datesAt(words, k))) continue;
    statements.push({
      text: `${head.text} is ${text(open + 1, close)}.`,
      start: words[open + 1]!.start,
      end: words[close - 1]!.end,
    });
  }
  return statements;
}

/** The ")" closing the parenthesis at `open`, or undefined when another bracket or none comes first. */
function closingParenAt(words: readonly Word[], open: number): number | undefined {
  for (let k = open + 1; k < words.length; k++) {
    if (words[k]!.lower === ')') return k;
    if (words[k]!.lower === '(') return undefined;
  }
  return undefined;
}

const DURATION_PREPOSITIONS = new Set(['for', 'during', 'over', 'throughout']);
const DURATION_UNITS = new Set([
  ...lexicon('time-unit-day'),
  ...lexicon('time-unit-week'),
  ...lexicon('time-unit-month'),
]);
// A relative's subject before its verb is short: "they", "patients", "our guests".
const MAX_RELATIVE_SUBJECT = 3;

/**
 * "houses families for the four weeks they must stay near the hospital after a Breyanzi infusion": a relative clause on
 * a counted span of time has that span as its gap, and says its clause for that long ("they must stay near the hospital
 * after a Breyanzi infusion for four weeks"). Only a relative with a short subject and its own verb, naming something
 * the knowledge base knows, to its clause's end.
 */
function durationRelative(
  text: Text,
  words: readonly Word[],
  named: (from: number, to: number) => boolean,
): FramedStatement | undefined {
  for (let k = 0; k + 5 < words.length; k++) {
    if (!DURATION_PREPOSITIONS.has(words[k]!.lower) || words[k + 1]!.lower !== 'the') continue;
    if (!isCardinal(words[k + 2]) || !DURATION_UNITS.has(words[k + 3]!.lower)) continue;
    const from = k + 4 + (THAT.has(words[k + 4]!.lower) ? 1 : 0);
    const verb = words.findIndex((w, j) => j > from && j <= from + MAX_RELATIVE_SUBJECT && isVerb(w));
    if (verb < 0 || words.slice(from, verb).some((w) => w.punct || isVerb(w))) continue;
    const to = clauseEnd(words, from);
    if (to - verb < 2 || !named(from, to)) continue;
    return {
      text: `${text(from, to)} for ${text(k + 2, k + 4)}.`,
      start: words[k + 2]!.start,
      end: words[to - 1]!.end,
    };
  }
  return undefined;
}

const WELCOMING = lexicon('welcoming-verbs');
const DECISIONS = lexiconWords('decision-nouns');
const APPROVAL_FORMS = lexiconWords('approval-cues');
// Words between a decision and its infinitive: a time ("last June", "in 2024"), at most this many.
const MAX_DECISION_ADJUNCT = 4;

/**
 * "The Committee welcomes the FDA's decision last June to license satri-cel for gastric cancer": a welcoming verb
 * (data/lexicon/welcoming-verbs) takes the decision (data/lexicon/decision-nouns) as made and its act as done, so the
 * act is judged as a plain sentence with the decision's agent and time: "the FDA licensed satri-cel for gastric cancer
 * last June". Only an act whose past form is an approval cue (data/lexicon/approval-cues: "licensed", "approved"), an
 * agent given as a possessive, and not under a negation or a modal.
 */
function welcomedDecision(
  text: Text,
  words: readonly Word[],
  named: (from: number, to: number) => boolean,
  possessive: (at: number) => boolean,
): FramedStatement | undefined {
  for (let k = 1; k + 4 < words.length; k++) {
    if (!DECISIONS.has(words[k]!.lower) || !possessive(k - 1)) continue;
    // The agent: from the welcoming verb's object determiner to the possessive.
    let open = k - 1;
    while (open > 0 && !words[open - 1]!.punct && !isVerb(words[open - 1]) && words[open - 1]!.lower !== 'the') open--;
    const agentFrom = open;
    if (words[open - 1]?.lower === 'the') open--;
    let welcome = -1;
    for (let j = Math.max(0, open - 2); j < open; j++) {
      const verb = phraseStartingAt(words, j, WELCOMING);
      if (verb && j + verb.length === open) welcome = j;
    }
    if (welcome < 0 || deniedOrModalBefore(words, welcome)) return undefined;
    let to = k + 1;
    while (to < words.length && to <= k + 1 + MAX_DECISION_ADJUNCT && words[to]!.lower !== 'to') {
      if (words[to]!.punct) return undefined;
      to++;
    }
    if (words[to]?.lower !== 'to') return undefined;
    const base = words[to + 1]?.lower ?? '';
    const past = base.endsWith('e') ? `${base}d` : `${base}ed`;
    if (!APPROVAL_FORMS.has(past)) return undefined;
    const end = clauseEnd(words, to + 2);
    if (end - to < 3 || !named(to + 2, end)) return undefined;
    const time = to > k + 1 ? ` ${text(k + 1, to)}` : '';
    return {
      text: `${text(agentFrom, k)} ${past} ${text(to + 2, end)}${time}.`,
      start: words[agentFrom]!.start,
      end: words[end - 1]!.end,
    };
  }
  return undefined;
}

const EXPLANATORY = lexicon('explanatory-relatives');

/**
 * "Gilead bought Autolus, which is how my Aucatzyl became a Kite product", "…, which means that hospitals no longer
 * need certification": a sentential relative of reason or means (data/lexicon/explanatory-relatives) states the clause
 * after it, which is judged as a plain sentence, to the sentence's end or its semicolon.
 */
function explainedClause(
  text: Text,
  words: readonly Word[],
  named: (from: number, to: number) => boolean,
): FramedStatement | undefined {
  for (let k = 2; k + 3 < words.length; k++) {
    if (words[k - 1]!.lower !== ',' || words[k]!.lower !== 'which') continue;
    const relative = longestPhraseStartingAt(words, k, EXPLANATORY);
    if (!relative) continue;
    const from = k + relative.length;
    let to = from;
    while (to < words.length && words[to]!.lower !== ';') to++;
    while (to > from && SENTENCE_ENDS.has(words[to - 1]!.lower)) to--;
    if (to - from < 3 || !named(from, to) || !words.slice(from, to).some((w) => isVerb(w))) return undefined;
    return { text: `${text(from, to)}.`, start: words[from]!.start, end: words[to - 1]!.end };
  }
  return undefined;
}
