import { maskedOf, type MaskedText } from '../text/prose';
import type { DocumentAnalysis, SentenceCueTest } from '../document/analysis';
import type { KnowledgeIndex } from '../kb/index';
import type { Entity } from '../kb/types';
import type { TermMatch } from '../terms/matcher';
import type { Sentence } from '../text/sentences';
import { isTopicOnly, parentHeadingOf, sectionHeadingOf, underDiseaseHeading } from './heading';
import { scaleRangeStatement } from './scales';
import type { ClaimFinding } from './relations/types';
import {
  checkStatement,
  checkTableCell,
  type Column,
  columnNamed,
  isNotAValue,
  labelHeader,
  ruleStatement,
  type RowStatement,
  slotStatement,
  tableCaption,
  tableCellContext,
  isPlacedColumn,
  isUseColumn,
  LINE_COLUMN,
  valuePlace,
  yesOrNo,
  answeredPredicate,
} from './tables';
import { lexicon, lexiconWords } from './lexicon';
import { findPhrase, phraseAt, phraseStartingAt, wordsOf, type Word } from './words';
import { isYear, lowerInitial, MONTHS } from '../util/text';
import { afterRemsEndOf, framePeriodOf, type Period } from './period';
import { isTherapyHead, isVerb, nounPhrasesOf } from './phrases';
import { headingPlace, headingPlaceOf, placeIn } from './place';
import { isPopulationWord, lineOfValue, populationIn } from './qualifiers';
import { cardinal, timeUnit } from './numbers';
import { isNamed, misspelledTherapy } from './discourse';
import { acceptedItemStatement, filledBlankStatement, notAssertedItem } from './items';
import { defaultRegulator, isTherapy, membersOf, regulatorOf } from './knowledge';
import { membersStatement } from './membership';
import { clueStatement } from './clues';
import { linkedSlot, slotClueStatement } from './slot-clues';
import { promptAnswerStatement } from './prompts';
import { arrivalFirstStatement } from './arrival-firsts';
import { confirmedTagStatement, questionAnswered, turnEnd, turnOpenedBy, unassertedTurn } from './dialogue';
import { ANSWER_LABEL, ANSWER_LABEL_PART, QUESTION_LABEL } from './modality';
import { ellipsisStatement, headlineFragmentStatement } from './ellipsis';
import { setAnaphorStatement } from './set-anaphors';
import { useAnaphorStatement } from './use-anaphors';
import { correctedValueStatement } from './corrected-values';
import { timelineStatement } from './timeline';
import { establishedUseStatement } from './label-voice';
import { lowerBound } from '../util/sorted';
import {
  type FrameSubject,
  frameSubject,
  headingStatement,
  labelFrameSubject,
  MAX_SECTION_BLOCKS,
  sectionSubject,
  subjectlessStatement,
} from './topic';
import { wordClass } from './word-classes';

// Slide bullets and label–value lines are their own units, like table rows: a bullet says what its lead-in frames.
//   "FDA approval years:" over "- Yescarta: 2015"       → "Yescarta was first approved by the FDA in 2015."
//   "Approved for multiple myeloma:" over "- Breyanzi" → "Breyanzi is approved for multiple myeloma."
//   "**Yescarta**" over "- Target: CD22"              → "Yescarta targets CD22."
//   "- Tecartus: indication multiple myeloma"         → "Tecartus is approved for multiple myeloma."
//   "Tocilizumab" over "- Approved for CRS and ICANS"  → "Tocilizumab is approved for CRS and ICANS."
//   "BCMA CAR-Ts" over "- Abecma, Carvykti, Breyanzi" → "Abecma, Carvykti and Breyanzi are BCMA CAR-Ts."
// The lead-in is the block right before the list: a heading, a line ending in a colon, or a short verbless line.
// Slot names are the table-header lexicons (data/lexicon/table-headers-*); a verbless bullet says something of a
// topic line when it opens like a predicate (data/lexicon/bullet-predicate-openers) or lists names of the knowledge
// base.

// A bullet or lead-in longer than a label and a short value is prose, judged as such.
const MAX_BULLET_WORDS = 12;
const MAX_LEAD_IN_WORDS = 8;
const MAX_SUBJECT_WORDS = 4;
// "Subject: value", "Subject — value", "Subject – value", "Subject - value".
// "Label: value", "Label — value", "Label → value", "Label = value" (a record's or a note's copula).
const LABEL_SEPARATOR = /\s*:\s+|\s+[—–→=-]\s+|\s*[—–]\s*/u;
// "Duration: 2 years": a label that names only how long, under a frame that names the rule.
const DURATION_LABELS = lexicon('table-headers-duration');
const HEADING_MARK = /^\s*#+\s*/;

/** The statement a list item makes with its lead-in or its own label, if it makes one. */
export function bulletStatement(
  document: DocumentAnalysis,
  sentence: Sentence,
  index?: KnowledgeIndex,
): RowStatement | undefined {
  return framedBullet(document, sentence, index) ?? describedLabel(document, sentence);
}

/**
 * "Amtagvi — For children": a label that is one product's name, when nothing frames the bullet otherwise ("Key
 * facts" at most), is the subject of the value after it.
 */
function describedLabel(document: DocumentAnalysis, sentence: Sentence): RowStatement | undefined {
  const line = telegraphicItem(document, sentence);
  const labelled = line && splitLabel(line.item);
  if (!labelled) return undefined;
  // A lead-in that names something, a slot or a gap ("Pending approvals") frames the list: its bullets say nothing
  // without it.
  const lead = leadIn(document, sentence.blockIndex);
  if (
    lead &&
    (document.mentionsIn(lead.start, lead.end).length > 0 ||
      columnNamed(lowerWords(lead.words)) ||
      headColumn(lead.words) ||
      isNotAValue(lead.text))
  )
    return undefined;
  const subject = frameSubject(document, { start: line.itemStart, end: line.itemStart + labelled.label.length });
  if (!subject || !isNamed(subject)) return undefined;
  const itemStart = line.itemStart + line.item.indexOf(labelled.value, labelled.label.length);
  return describeUnder(document, subject, { item: labelled.value, itemWords: wordsOf(labelled.value), itemStart });
}

function framedBullet(
  document: DocumentAnalysis,
  sentence: Sentence,
  index?: KnowledgeIndex,
): RowStatement | undefined {
  const line = telegraphicItem(document, sentence);
  if (!line) return undefined;
  const { item, itemWords, itemStart } = line;
  const counted = countedLabel(document, item, itemStart) ?? classAnswered(document, item, itemStart);
  if (counted) return counted;
  const rule = ruleBullet(document, sentence, item);
  if (rule) return rule;
  const labelled = splitLabel(item) ?? answeredLabel(item);
  if (labelled) {
    // "Tecartus: indication multiple myeloma": the slot is named at the start of the value.
    // Not a label that is a place ("FDA: approved in 2025") or names a slot ("FDA status: approved for MM"): the frame
    // gives the subject (below).
    const labelSpan = { start: itemStart, end: itemStart + labelled.label.length };
    const named =
      isPlaceOnly(document, itemStart, labelled.label) || labelHeader(document, labelSpan)
        ? undefined
        : slotAtStart(labelled.value);
    const restStart = named ? itemStart + item.lastIndexOf(named.rest) : 0;
    const statement = named && placedSlotStatement(document, named.column, labelled.label, named.rest, restStart);
    if (statement) return statement;
    const productLine = lineOfProduct(document, leadIn(document, sentence.blockIndex), labelled, item, itemStart);
    if (productLine) return productLine;
    // "Breyanzi — 2 infusions": a product's value before the slot it fills.
    const slot = slotAtEnd(wordsOf(labelled.value));
    const filled =
      slot?.saysSlot &&
      document.mentionsIn(itemStart, itemStart + labelled.label.length).some(isNamed) &&
      slotStatement(slot, labelled.label, labelled.value);
    if (filled) return filled;
  }
  const lead = leadIn(document, sentence.blockIndex);
  const named = namedAfterApproval(document, lead, item, itemStart);
  if (named) return named;
  if (!lead) return undefined;
  const ranked = labelled && rankedTreatment(document, lead, labelled, itemStart, item);
  if (ranked) return ranked;
  const denied = boxedWarningDenial(document, lead, item, labelled);
  if (denied) return denied;
  const byDate = labelled && approvalsByDate(document, lead, labelled, itemStart, item);
  if (byDate) return byDate;
  // "Earliest approved line" names the slot by its head noun, after modifiers; not "EMA approvals", whose place the
  // statement would drop.
  const column =
    columnNamed(lowerWords(lead.words)) ??
    (labelled && !placeIn(lead.words, document.mentionsIn(lead.start, lead.end)) ? headColumn(lead.words) : undefined);
  if (column) {
    // "## Kymriah" over "Approved for:" over "Multiple myeloma": the section's one entity fills the subject.
    if (!labelled) return slotUnderSection(document, sentence, lead, column, item);
    // "Targets:" over "CD19: Kymriah, Yescarta": the value lists the subjects, the label fills the slot.
    const valueStart = itemStart + item.indexOf(labelled.value, labelled.label.length);
    const subjects = document.mentionsIn(itemStart, valueStart).some(isNamed)
      ? undefined
      : listedNames(document, valueStart, labelled.value);
    if (subjects) {
      const statements = subjects.map((s) => slotStatement(column, s, labelled.label));
      return statements.every(Boolean) ? { text: statements.map((s) => s!.text).join(' ') } : undefined;
    }
    // "FDA approval years:" over "Yescarta: 2015"; "Where each was approved" over "Satri-cel: China NMPA, 2026": the
    // value's own place wins over the default regulator.
    return placedSlotStatement(document, column, labelled.label, labelled.value, valueStart);
  }
  // "## Approval dates" over "- Abecma — March 2021": a lead-in worded as a table header, read as one, frames
  // "Product: value" items as that table's rows.
  const framing = labelled && !document.mentionsIn(lead.start, lead.end).some(isNamed) && labelHeader(document, lead);
  const headed =
    framing &&
    document.mentionsIn(itemStart, itemStart + labelled.label.length).some(isNamed) &&
    placedSlotStatement(
      document,
      framing.column,
      labelled.label,
      labelled.value,
      itemStart + item.indexOf(labelled.value, labelled.label.length),
      { place: framing.place, indication: framing.indication },
    );
  if (headed) return headed;
  if (!labelled) {
    // "Breyanzi indications" over "MZL": the lead-in names the subject and the slot, the bullet fills it.
    const named = subjectAndSlot(document, lead);
    if (named) return slotStatement(named.column, named.subject, item);
  }
  // "Approved for multiple myeloma:" over "Breyanzi".
  const framed = slotAtStart(lead.text);
  if (framed && !labelled && itemWords.length <= MAX_SUBJECT_WORDS)
    return slotStatement(framed.column, item, framed.rest);
  // "Yescarta" or "Key facts about Yescarta" over "Target: CD22": the lead-in is about one entity. A nested
  // "Label: value" continues the subject of the items it hangs from; a label names its relation, so a title worded as
  // a clause about one product ("How Abecma is made") is enough.
  const misspelled = index && ((word: string) => misspelledTherapy(word, index));
  const inherited = labelled && inheritedSubject(document, sentence, misspelled);
  const subject = inherited || frameSubject(document, lead, misspelled);
  const scoped = subject ? undefined : productInDisease(document, lead);
  if (scoped) return scopedStatement(document, scoped, line, labelled);
  const clauseSubject = labelled && !subject ? labelFrameSubject(document, lead, misspelled) : undefined;
  const labelSubject = labelled && (subject ?? clauseSubject);
  if (labelled && labelSubject) {
    const labelSpan = { start: itemStart, end: itemStart + labelled.label.length };
    // "## Kymriah" over "LBCL: after two or more lines": a label that is only a disease scopes the value to the
    // subject's use for it, as "Kymriah in LBCL" over the value would.
    const disease = isNamed(labelSubject) ? diseaseOnly(document, labelSpan) : undefined;
    const valueAt = itemStart + item.indexOf(labelled.value, labelled.label.length);
    const use =
      disease &&
      scopedStatement(
        document,
        { subject: labelSubject.text, indication: disease.text },
        { item: labelled.value, itemWords: wordsOf(labelled.value), itemStart: valueAt },
        undefined,
      );
    if (use) return use;
    // The label read as a table header ("First approved by FDA", "Costim"): its slot, place and disease.
    const read = labelHeader(document, labelSpan);
    const header = read && !(clauseSubject && isUseColumn(read.column)) ? read : undefined;
    const valueStart = itemStart + item.indexOf(labelled.value, labelled.label.length);
    const answer = yesOrNo(labelled.value);
    // "ICANS" over "First-line: corticosteroids": a line under a syndrome ranks its treatments, it approves nothing.
    if (header?.column.slot?.endsWith('line') && labelSubject.entity.type === 'syndrome')
      return treatmentRank(document, labelSubject.text, labelled.label, labelled.value, valueStart);
    if (header) {
      const made =
        placedSlotStatement(document, header.column, labelSubject.text, labelled.value, valueStart, {
          place: header.place,
          indication: header.indication,
        }) ?? populationOfUse(document, labelSubject.text, labelSpan, labelled.value);
      if (made || !answer) return made;
    }
    // "Approved by the FDA for ICANS: no": a label worded as a predicate is said of the subject by a yes, denied by a
    // no, as a table's predicate header is.
    if (answer) return answeredPredicate(document, labelSpan, labelSubject.text, labelled.value);
    const dated = datedMilestone(document, labelSubject, lead, labelled, valueStart);
    if (dated) return dated;
    // "FDA: approved in 2025": a label that is only a regulator or country places the slot its value opens with.
    const placed = valuePlace(document, itemStart, labelled.label);
    const slot = typeof placed === 'object' && !placed.rest ? slotAtStart(labelled.value) : undefined;
    if (slot && typeof placed === 'object' && !(clauseSubject && isUseColumn(slot.column)))
      return slotStatement(slot.column, labelSubject.text, slot.rest, { place: placed.place });
    // "Label: adults with LBCL": a label word before a population with its diseases.
    if (lexicon('table-header-label').includes(lowerWords(wordsOf(labelled.label))))
      return describeUnder(document, labelSubject, {
        item: labelled.value,
        itemWords: wordsOf(labelled.value),
        itemStart: valueStart,
      });
    // "2019: FDA approval": the value before the slot it fills.
    const reversed = columnNamed(lowerWords(wordsOf(labelled.value)));
    if (reversed && !isNotAValue(labelled.label)) return slotStatement(reversed, labelSubject.text, labelled.label);
  }
  if (labelled) {
    const approved = approvedUnder(document, lead, labelled, itemStart, item);
    if (approved) return approved;
    // "Multiple sclerosis" over "CAR-T: FDA-approved since 2025": the label's therapy is approved for the lead-in's disease.
    const therapy =
      subject?.entity.type === 'indication' &&
      frameSubject(document, { start: itemStart, end: itemStart + labelled.label.length });
    if (!therapy || !(isNamed(therapy) || therapy.entity.type === 'therapy-class')) return undefined;
    const valueStart = itemStart + item.indexOf(labelled.value, labelled.label.length);
    return approvalFor(document, therapy.text, subject.text, labelled.value, valueStart);
  }
  const grouped = !labelled && subject && groupedApproval(document, sentence, subject, index);
  if (grouped) return grouped;
  // "Kymriah:" over "Targets BCMA", "Amtagvi" over "CAR-T for melanoma": the lead-in is the item's subject.
  if (subject) return describeUnder(document, subject, line);
  const approvedUse = !labelled && approvedClauseItem(document, lead, line, misspelled);
  if (approvedUse) return approvedUse;
  if (isVerbless(lead.words) && isVerbless(itemWords)) return topicStatement(document, itemStart, lead, item);
  return undefined;
}

/**
 * "## Myeloma: where CAR-T fits" over "- Abecma: after one prior line": a label that only names a product over a value
 * that is only a line of therapy gives the line the product is approved in, for the one disease the lead-in names (for
 * any of its approvals when the lead-in names none).
 */
function lineOfProduct(
  document: DocumentAnalysis,
  lead: LeadIn | undefined,
  labelled: { label: string; value: string },
  item: string,
  itemStart: number,
): RowStatement | undefined {
  // "Abecma", "Abecma (ide-cel)": the label is one product's name, with its bracketed alias.
  const product = document.mentionsIn(itemStart, itemStart + labelled.label.length)[0];
  const name = labelled.label.replace(BRACKETED, '').trim();
  if (!product || !isNamed(product) || product.start !== itemStart || product.text !== name) return undefined;
  const valueWords = wordsOf(labelled.value);
  if (!isVerbless(valueWords) || !lineOfValue(valueWords)) return undefined;
  const valueAt = itemStart + item.indexOf(labelled.value, labelled.label.length);
  if (document.mentionsIn(valueAt, valueAt + labelled.value.length).length) return undefined;
  const framed = lead ? document.mentionsIn(lead.start, lead.end) : [];
  if (framed.some(isNamed) || framed.filter(isIndication).length > 1) return undefined;
  const disease = framed.find(isIndication);
  return slotStatement(LINE_COLUMN, product.text, labelled.value, { indication: disease?.text });
}

/** Where the first product or drug a lead-in names ends. */
const subjectEnd = (document: DocumentAnalysis, lead: LeadIn) =>
  document.mentionsIn(lead.start, lead.end).find(isNamed)?.end ?? lead.end;

/**
 * "Where Breyanzi is licensed (US)" over "- Mantle cell lymphoma": a title worded as a clause about one product whose
 * verb is an approval ("is approved", "is licensed"; data/lexicon/bullet-predicate-openers), over an item that only
 * names diseases, says the product is approved for them. Any other verb ("Where Kymriah is being tested") frames no use.
 */
function approvedClauseItem(
  document: DocumentAnalysis,
  lead: LeadIn,
  line: NonNullable<ReturnType<typeof telegraphicItem>>,
  misspelled?: (word: string) => Entity | undefined,
): RowStatement | undefined {
  const subject = labelFrameSubject(document, lead, misspelled);
  if (!subject?.entity.approvals?.length) return undefined;
  if (!listedNames(document, line.itemStart, line.item, isIndication)) return undefined;
  // The auxiliary after the name, the approval participle, then only "for" or a bracketed place.
  const words = wordsOf(maskedOf(document.prose).slice(lead.start, lead.end), lead.start);
  const auxiliary = words.findIndex((w) => w.start >= subjectEnd(document, lead));
  if (!lexiconWords('auxiliaries').has(words[auxiliary]?.lower ?? '')) return undefined;
  const verb = words.slice(auxiliary + 1);
  const opener = openerLength(verb);
  if (!opener || lexiconWords('determiners').has(verb[0]!.lower)) return undefined;
  let depth = 0;
  for (const w of verb.slice(opener)) {
    if (w.lower === '(') depth++;
    else if (w.lower === ')') depth--;
    else if (!depth && !w.punct && w.lower !== 'for') return undefined;
  }
  const column = columnNamed('indication');
  return column && slotStatement(column, subject.text, line.item);
}

/** Whether a label is only a place: a regulator or a country ("FDA", "China", "EU"). */
function isPlaceOnly(document: DocumentAnalysis, start: number, label: string): boolean {
  const placed = valuePlace(document, start, label);
  return placed === 'unknown' || (placed !== undefined && !placed.rest);
}

/**
 * slotStatement with the place a value names itself ("Satri-cel: approved in China in 2026" is an NMPA approval) when
 * its label names none: without it the statement would name the default regulator. Not judged when the value names
 * several places or one the knowledge base has no regulator for.
 */
function placedSlotStatement(
  document: DocumentAnalysis,
  column: Column,
  subject: string,
  value: string,
  valueStart: number,
  frame: { place?: string; indication?: string } = {},
): RowStatement | undefined {
  // A name may hold a country ("US WorldMeds"): only an approval's value is placed.
  if (frame.place !== undefined || !isPlacedColumn(column)) return slotStatement(column, subject, value, frame);
  const own = valuePlace(document, valueStart, value);
  if (own === 'unknown') return undefined;
  return own
    ? slotStatement(column, subject, own.rest, { ...frame, place: own.place })
    : slotStatement(column, subject, value, frame);
}

/**
 * "FDA-approved CAR-T products by the end of 2023: 7": a label that names a class of therapies, and only a number
 * after it, counts the class ("7 FDA-approved CAR-T products by the end of 2023"); without a date of its own the count
 * is the current one. The count relation judges it.
 */
function countedLabel(document: DocumentAnalysis, item: string, itemStart: number): RowStatement | undefined {
  const counted = COUNTED_LABEL.exec(item);
  if (!counted || wordsOf(counted[1]!).length > MAX_BULLET_WORDS) return undefined;
  const [, written, count] = counted as unknown as [string, string, string];
  if (!/^\d{1,2}$/.test(count) && cardinal(count.toLowerCase()) === undefined) return undefined;
  const mentions = document.mentionsIn(itemStart, itemStart + written.length);
  if (!mentions.some((m) => m.entity.type === 'therapy-class') || mentions.some(isNamed)) return undefined;
  const label = lowerInitial(written);
  return {
    text: wordsOf(label).some((w) => isYear(w.lower)) ? `${count} ${label}.` : `There are ${count} ${label}.`,
  };
}
// "<label>: 7", "<label> — seven": a label and a number alone after it.
const COUNTED_LABEL = /^(.+?)(?:\s*:\s+|\s+[—–-]\s+)(\p{L}+|\d{1,2})$/u;

/**
 * "CAR-Ts approved for multiple myeloma: none": a label that is a class of therapies and a predicate, answered by a
 * yes or a no, says the predicate of the class or denies it of every member ("No CAR-Ts are approved for …").
 */
function classAnswered(document: DocumentAnalysis, item: string, itemStart: number): RowStatement | undefined {
  const labelled = answeredLabel(item);
  const answer = labelled && yesOrNo(labelled.value);
  if (!labelled || !answer) return undefined;
  const mentions = document.mentionsIn(itemStart, itemStart + labelled.label.length);
  const head = mentions[0];
  if (head?.entity.type !== 'therapy-class' || head.start !== itemStart || mentions.some(isNamed)) return undefined;
  const predicate = labelled.label.slice(head.end - itemStart).trim();
  const words = wordsOf(predicate);
  if (!openerLength(words) || lexiconWords('determiners').has(words[0]!.lower)) return undefined;
  const verb = /s$/i.test(head.text) ? 'are' : 'is';
  return { text: `${answer === 'no' ? 'No ' : ''}${head.text} ${verb} ${lowerInitial(predicate)}.` };
}

/**
 * "## Kymriah milestones" over "- May 2022: follicular lymphoma": a label that is only a date, under an approved
 * product, over a value that names only diseases (or an approval of them: "accelerated approval in MCL") says the
 * product was approved for them then. Not under a frame of research or plans, nor with a value naming a place.
 */
function datedMilestone(
  document: DocumentAnalysis,
  subject: FrameSubject,
  lead: LeadIn,
  labelled: { label: string; value: string },
  valueStart: number,
): RowStatement | undefined {
  if (!isNamed(subject) || !subject.entity.approvals?.length || !isDateOnly(labelled.label)) return undefined;
  if (findPhrase(lead.words, lexicon('caption-research-cues')) || isNotAValue(lead.text)) return undefined;
  if (isNotAValue(labelled.value) || valuePlace(document, valueStart, labelled.value) !== undefined) return undefined;
  const { value, label } = labelled;
  if (listedNames(document, valueStart, value, isIndication))
    return { text: `${subject.text} was approved for ${value} in ${label}.` };
  // "Accelerated approval in mantle cell lymphoma": approval words, then "in" or "for" and only diseases.
  const words = wordsOf(value);
  const link = words.findIndex((w) => w.lower === 'in' || w.lower === 'for');
  const approval = APPROVAL_NOUN_WORDS();
  if (link < 1 || !words.slice(0, link).every((w) => approval.has(w.lower))) return undefined;
  const diseases = value.slice(words[link + 1]?.start ?? value.length);
  const named = diseases && listedNames(document, valueStart + words[link + 1]!.start, diseases, isIndication);
  return named ? { text: `${subject.text} received ${lowerInitial(value)} in ${label}.` } : undefined;
}

/**
 * "CAR-T approvals by year" over "- 2023: Aucatzyl": a lead-in whose head is approvals, of no one product, disease or
 * other place, over a label that is only a date and a value that only names products or drugs, says each was approved
 * then (an approval of any of its indications: "first" is not read into it).
 */
function approvalsByDate(
  document: DocumentAnalysis,
  lead: LeadIn,
  labelled: { label: string; value: string },
  itemStart: number,
  item: string,
): RowStatement | undefined {
  if (!isDateOnly(labelled.label) || !isVerbless(lead.words)) return undefined;
  const approval = lexiconWords('table-header-words-approval');
  if (!lead.words.some((w) => approval.has(w.lower) || approval.has(w.lower.replace(/s$/, '')))) return undefined;
  if (findPhrase(lead.words, lexicon('caption-research-cues')) || isNotAValue(lead.text)) return undefined;
  if (findPhrase(lead.words, lexicon('negation-cues'))) return undefined;
  const framing = document.mentionsIn(lead.start, lead.end);
  // A lead-in about one product is its milestones (datedMilestone); a disease or a place narrows what is listed.
  if (framing.some((m) => isNamed(m) || isIndication(m))) return undefined;
  if (placeIn(lead.words, framing) !== undefined) return undefined;
  const valueStart = itemStart + item.indexOf(labelled.value, labelled.label.length);
  if (valuePlace(document, valueStart, labelled.value) !== undefined) return undefined;
  const names = listedNames(document, valueStart, labelled.value);
  if (!names) return undefined;
  return { text: names.map((name) => `${name} was approved in ${labelled.label}.`).join(' ') };
}

/** Whether a label is only a date: a year, or a month (or its abbreviation) and a year ("May 2022", "Nov. 2024"). */
function isDateOnly(label: string): boolean {
  const words = wordsOf(label).filter((w) => !w.punct);
  const month = (w: Word) => MONTHS.some((m) => w.lower === m || (w.lower.length >= 3 && m.startsWith(w.lower)));
  return (
    (words.length === 1 && isYear(words[0]!.lower)) ||
    (words.length === 2 && month(words[0]!) && isYear(words[1]!.lower))
  );
}

// The words of an approval named as a noun ("accelerated approval", "first FDA approval").
let approvalNounWords: ReadonlySet<string> | undefined;
const APPROVAL_NOUN_WORDS = () =>
  (approvalNounWords ??= new Set(
    [
      ...lexiconWords('table-header-words-approval'),
      ...lexicon('accelerated-approval-cues').flatMap((p) => p.split(' ')),
      ...lexicon('regular-approval-cues').flatMap((p) => p.split(' ')),
      'first',
      'fda',
      'us',
    ].filter((w) => w !== 'for' && w !== 'in'),
  ));

/** "Breyanzi in CLL", "Abecma for multiple myeloma": one product or drug, "in" or "for", and one disease. */
function productInDisease(
  document: DocumentAnalysis,
  lead: LeadIn,
): { subject: string; indication: string } | undefined {
  const mentions = document.mentionsIn(lead.start, lead.end);
  if (mentions.length !== 2 || !isNamed(mentions[0]!) || !isIndication(mentions[1]!)) return undefined;
  const [product, disease] = mentions as [TermMatch, TermMatch];
  const masked = maskedOf(document.prose);
  const between = wordsOf(masked.slice(product.end, disease.start)).map((w) => w.lower);
  const outside = wordsOf(masked.slice(lead.start, product.start) + masked.slice(disease.end, lead.end));
  if (between.length !== 1 || !SCOPE_LINKS.has(between[0]!) || outside.some((w) => w.lower !== ':')) return undefined;
  return { subject: product.text, indication: disease.text };
}

const SCOPE_LINKS = new Set(['in', 'for']);

/** The one disease a span names and nothing else ("LBCL", "Multiple myeloma"). */
function diseaseOnly(document: DocumentAnalysis, span: { start: number; end: number }): TermMatch | undefined {
  const mentions = document.mentionsIn(span.start, span.end);
  if (mentions.length !== 1 || !isIndication(mentions[0]!)) return undefined;
  const masked = maskedOf(document.prose);
  const rest = masked.slice(span.start, mentions[0]!.start) + masked.slice(mentions[0]!.end, span.end);
  return wordsOf(rest).some((w) => !w.punct) ? undefined : mentions[0];
}

/**
 * A bullet under "Breyanzi in CLL": a slot ("First approval: 2024") or an approval ("Approved 2024") about that use,
 * or a population alone ("Adults only") as the population of that use. Nothing else: the line says more than which
 * product the bullets are about.
 */
function scopedStatement(
  document: DocumentAnalysis,
  scoped: { subject: string; indication: string },
  line: NonNullable<ReturnType<typeof telegraphicItem>>,
  labelled: { label: string; value: string } | undefined,
): RowStatement | undefined {
  const frame = { indication: scoped.indication };
  if (labelled) {
    // "Prior lines required: two", read as a table header would be; a label with a place or disease of its own is not
    // about the frame's use.
    const at = line.itemStart + line.item.indexOf(labelled.label);
    const header =
      columnNamed(lowerWords(wordsOf(labelled.label))) ??
      ((read) => (read && !read.place && !read.indication ? read.column : undefined))(
        labelHeader(document, { start: at, end: at + labelled.label.length }),
      );
    return header && slotStatement(header, scoped.subject, labelled.value, frame);
  }
  const approval = approvalFor(document, scoped.subject, scoped.indication, line.item, line.itemStart);
  if (approval) return approval;
  // "Second line", "after two or more prior lines": the line of that use, read as a line column's cell.
  if (
    isVerbless(line.itemWords) &&
    lineOfValue(line.itemWords) &&
    document.mentionsIn(line.itemStart, line.itemStart + line.item.length).length === 0
  )
    return slotStatement(LINE_COLUMN, scoped.subject, line.item, frame);
  const words = line.itemWords.filter((w) => w.lower !== 'only');
  if (!words.length || !words.every((w) => isPopulationWord(w.lower) || POPULATION_JOINS.has(w.lower)))
    return undefined;
  const column = columnNamed('population');
  return column && slotStatement(column, scoped.subject, line.item, frame);
}

/**
 * "Driving restriction: 8 weeks", "Stay near the treatment centre: 4 weeks": a label naming a post-infusion rule over
 * a duration states the rule for that long after the infusion of the therapies its lead-in or section heading names
 * (of any infusion when they name none). The frame's period dates it as for any bullet.
 */
function ruleBullet(document: DocumentAnalysis, sentence: Sentence, item: string): RowStatement | undefined {
  const separator = LABEL_SEPARATOR.exec(item);
  if (!separator || separator.index === 0) return undefined;
  const label = item.slice(0, separator.index).trim();
  const value = item.slice(separator.index + separator[0].length).trim();
  const lead = leadIn(document, sentence.blockIndex);
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  const frame = lead ?? (heading === undefined ? undefined : document.prose.blocks[heading]);
  // "Duration: 2 years" under "Long-term follow-up": the label names only the slot; the frame names the rule.
  const slotOnly = DURATION_LABELS.includes(lowerWords(wordsOf(label)));
  const frameText =
    lead?.text ?? (frame && maskedOf(document.prose).slice(frame.start, frame.end).replace(HEADING_MARK, ''));
  const rule = slotOnly && frameText ? frameText.trim() : label;
  return ruleStatement(document, rule, value, frame);
}

/**
 * "Multiple myeloma: adults and children" under a product: a label that is one disease and a value that is only a
 * population (its words, joins and ages) state the population of that use.
 */
function populationOfUse(
  document: DocumentAnalysis,
  subject: string,
  label: { start: number; end: number },
  value: string,
): RowStatement | undefined {
  const mentions = document.mentionsIn(label.start, label.end);
  const disease = mentions[0];
  if (mentions.length !== 1 || !disease || !isIndication(disease)) return undefined;
  const labelWords = wordsOf(maskedOf(document.prose).slice(label.start, label.end), label.start);
  if (labelWords.some((w) => !w.punct && (w.start < disease.start || w.end > disease.end))) return undefined;
  const words = wordsOf(value).filter((w) => !w.punct);
  if (!words.length || !populationIn(words, { from: 0, to: words.length })) return undefined;
  if (
    !words.every(
      (w) =>
        isPopulationWord(w.lower) ||
        POPULATION_JOINS.has(w.lower) ||
        AGE_VALUE_WORDS.has(w.lower) ||
        /^\d+$/.test(w.lower),
    )
  )
    return undefined;
  const column = columnNamed('population');
  return column && slotStatement(column, subject, value, { indication: disease.text });
}

// Words of an age range or an age group beside population nouns: "up to 25 years", "18 and older", "all ages", "only".
const AGE_VALUE_WORDS = new Set([
  'up',
  'to',
  'years',
  'year',
  'y',
  'and',
  'older',
  'over',
  'aged',
  'age',
  'ages',
  'of',
  'all',
  'any',
  'only',
]);

/**
 * "FDA-approved cell therapies" over "Yescarta: gastric cancer": a lead-in that opens with an approval word, over a
 * label that is one product and a value that only names diseases, says the product is approved for them (read as
 * an indication cell). The rest of the lead-in only narrows the claim, unless it names another place.
 */
function approvedUnder(
  document: DocumentAnalysis,
  lead: LeadIn,
  labelled: { label: string; value: string },
  itemStart: number,
  item: string,
): RowStatement | undefined {
  const length = openerLength(lead.words);
  if (!length || lexiconWords('determiners').has(lead.words[0]!.lower)) return undefined;
  const rest = lead.words.slice(length);
  if (placeIn(rest, document.mentionsIn(lead.start + (rest[0]?.start ?? 0), lead.end)) !== undefined) return undefined;
  const names = listedNames(document, itemStart, labelled.label);
  const valueStart = itemStart + item.indexOf(labelled.value, labelled.label.length);
  if (names?.length !== 1 || !listedNames(document, valueStart, labelled.value, isIndication)) return undefined;
  const column = columnNamed('indication');
  return column && slotStatement(column, names[0]!, labelled.value);
}

/**
 * "Approved CAR-T: Abecma", "FDA-approved CAR-T for synovial sarcoma: Tecelra": a label that opens with an approval
 * word (data/lexicon/bullet-predicate-openers) over a value that only names products is said of them, for the
 * lead-in's one disease when the label names none. Not under a lead-in that names a place, or one that names other
 * things when the label needs its disease.
 */
function namedAfterApproval(
  document: DocumentAnalysis,
  lead: LeadIn | undefined,
  item: string,
  itemStart: number,
): RowStatement | undefined {
  const separator = LABEL_SEPARATOR.exec(item);
  if (!separator || separator.index === 0) return undefined;
  const label = item.slice(0, separator.index).trim();
  const labelWords = wordsOf(label);
  if (!openerLength(labelWords) || lexiconWords('determiners').has(labelWords[0]!.lower) || isNotAValue(item))
    return undefined;
  const valueAt = separator.index + separator[0].length;
  const value = item.slice(valueAt).trim();
  const names = value && listedNames(document, itemStart + item.indexOf(value, valueAt), value);
  if (!names) return undefined;
  let scope = '';
  if (lead) {
    const mentions = document.mentionsIn(lead.start, lead.end);
    if (placeIn(lead.words, mentions) !== undefined || isNotAValue(lead.text)) return undefined;
    if (!document.mentionsIn(itemStart, itemStart + separator.index).some(isIndication) && mentions.length) {
      // "Myasthenia gravis" over "Approved CAR-T: Abecma": the lead-in's disease, when it is all the lead-in says.
      const frame = frameSubject(document, lead);
      if (frame?.entity.type !== 'indication') return undefined;
      scope = ` for ${lowerInitial(frame.text)}`;
    }
  }
  const subject = names.length === 1 ? value : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return { text: `${subject} ${names.length === 1 ? 'is' : 'are'} ${lowerInitial(label)}${scope}.` };
}

/**
 * The one product or drug a lead-in names and the slot its other words name ("Breyanzi indications", "Kymriah
 * targets", "Yescarta's approved uses", "Abecma: first approval"); none when any other word is left over, a place
 * or a bracket among them ("Kymriah indications (EU)").
 */
function subjectAndSlot(document: DocumentAnalysis, lead: LeadIn): { subject: string; column: Column } | undefined {
  // Other terms may name the slot ("costimulatory domain"); only the subject is a product or drug.
  const all = document.mentionsIn(lead.start, lead.end);
  const mentions = all.filter(isNamed);
  const first = mentions[0];
  if (!first || mentions.some((m) => m.entity !== first.entity) || all.some(isIndication)) return undefined;
  const masked = maskedOf(document.prose);
  const rest = (start: number, end: number) =>
    wordsOf(masked.slice(start, end).replace(/^['’]s\b/, ''))
      .filter((w) => w.lower !== ':')
      .map((w) => w.lower)
      .join(' ');
  const before = rest(lead.start, first.start);
  const after = rest(mentions[mentions.length - 1]!.end, lead.end);
  for (let m = 1; m < mentions.length; m++) if (rest(mentions[m - 1]!.end, mentions[m]!.start)) return undefined;
  // The name on one side, the slot on the other.
  if (Boolean(before) === Boolean(after)) return undefined;
  const column = columnNamed(before || after);
  return column && { subject: masked.slice(first.start, first.end), column };
}

/**
 * A bullet under a lead-in that names only a slot ("Approved for:", "Targets"), said of the one entity its section
 * heading is about, when nothing else of its kind is named between the heading and the bullet.
 */
function slotUnderSection(
  document: DocumentAnalysis,
  sentence: Sentence,
  lead: LeadIn,
  column: Column,
  item: string,
): RowStatement | undefined {
  // "FDA-approved indication:" names the slot with a term; a product or disease there frames the list otherwise.
  if (document.mentionsIn(lead.start, lead.end).some((m) => isNamed(m) || isIndication(m))) return undefined;
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  if (heading === undefined || sentence.blockIndex - heading > MAX_SECTION_BLOCKS) return undefined;
  const block = document.prose.blocks[heading]!;
  const subject = frameSubject(document, block);
  if (!subject || !isNamed(subject)) return undefined;
  if (document.mentionsIn(block.end, lead.start).some((m) => m.entity !== subject.entity && isNamed(m)))
    return undefined;
  return slotStatement(column, subject.text, item);
}

/**
 * "## Abecma" over a paragraph line "Target: CD19" (or "**Target:** CD19"): a line of a paragraph that is a label
 * naming a slot and its value says it of the section's one entity, as the same line in a list does.
 */
function labelLineUnderHeading(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (sentence.block !== 'paragraph') return undefined;
  const { blocks } = document.prose;
  const masked = maskedOf(document.prose);
  const block = blocks[sentence.blockIndex];
  if (!block) return undefined;
  // The sentence is a whole line of its paragraph: only spaces between it and a line break or the block's edge (read
  // from the sentence outwards, so a paragraph of many sentences is not sliced once per sentence).
  if (!atLineEdge(masked, sentence.start - 1, -1, block.start) || !atLineEdge(masked, sentence.end, 1, block.end))
    return undefined;
  const line = masked.slice(sentence.start, sentence.end);
  const slot = line.includes('\n') ? undefined : labelledSlot(line);
  if (!slot) return undefined;
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  if (heading === undefined || sentence.blockIndex - heading > MAX_SECTION_BLOCKS) return undefined;
  const subject = frameSubject(document, blocks[heading]!);
  if (!subject || !isNamed(subject)) return undefined;
  if (document.mentionsIn(blocks[heading]!.end, sentence.start).some((m) => m.entity !== subject.entity && isNamed(m)))
    return undefined;
  return slotStatement(slot.column, subject.text, slot.value)?.text;
}

/** "Target: CD19" (a closing full stop or comma left out): a short line whose label names a slot, and its value. */
function labelledSlot(text: string): { column: Column; value: string } | undefined {
  const line = text.trim().replace(/[.;,]$/, '');
  if (wordsOf(line).length > MAX_BULLET_WORDS) return undefined;
  const labelled = splitLabel(line);
  const column = labelled && columnNamed(lowerWords(wordsOf(labelled.label).filter((w) => !w.punct)));
  return column ? { column, value: labelled.value } : undefined;
}

// An entry's head and its labels: "Tisagenlecleucel (Kymriah) -- Manufacturer: Novartis".
// Tried only where a run of blanks starts: a masked citation is a long run of spaces, and "\s+" tried inside it at every
// position is quadratic.
const ENTRY_SEPARATOR = /(?<!\s)\s+(?:--|[—–])\s+/u;
const MAX_ENTRY_CHARS = 300;

/** The start of the line the sentence at `start` is on, when within an entry's length of it: a long line is prose. */
function entryLineStart(text: MaskedText | string, blockStart: number, start: number): number | undefined {
  let lineStart = start;
  while (lineStart > blockStart && text.charCodeAt(lineStart - 1) !== 10)
    if (start - --lineStart > MAX_ENTRY_CHARS) return undefined;
  return lineStart;
}

/** Whether an entry's head may open the sentence's line: its separator within an entry's length of the line's start. */
const mayOpenEntry: SentenceCueTest = (_text, prose, start, end) => {
  const lineStart = entryLineStart(prose, 0, start);
  return (
    lineStart !== undefined && ENTRY_SEPARATOR.test(prose.slice(lineStart, Math.min(end, lineStart + MAX_ENTRY_CHARS)))
  );
};

/**
 * "Tisagenlecleucel (Kymriah) -- Manufacturer: Novartis. Class: CAR-T.": a paragraph line that opens with one
 * product's or drug's name and a dash is an entry (a formulary's, a glossary's), and each "Label: value" sentence on it
 * says its slot of that name, as the same line under a heading with the name does (labelLineUnderHeading).
 */
function entryLabelLine(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (sentence.block !== 'paragraph' || !document.sentenceCue('entry head', sentence, mayOpenEntry)) return undefined;
  const { blocks } = document.prose;
  const masked = maskedOf(document.prose);
  const block = blocks[sentence.blockIndex];
  if (!block) return undefined;
  const lineStart = entryLineStart(masked, block.start, sentence.start);
  const separator =
    lineStart === undefined
      ? undefined
      : ENTRY_SEPARATOR.exec(masked.slice(lineStart, Math.min(sentence.end, lineStart + MAX_ENTRY_CHARS)));
  if (lineStart === undefined || !separator) return undefined;
  const head = { start: lineStart, end: lineStart + separator.index };
  const subject = frameSubject(document, head);
  if (!subject || !isNamed(subject)) return undefined;
  // The sentence's words after the head: the first label, or a later sentence's own.
  const from = Math.max(head.end + separator[0].length, sentence.start);
  if (document.mentionsIn(head.end, from).some((m) => m.entity !== subject.entity && isNamed(m))) return undefined;
  const slot = labelledSlot(masked.slice(from, sentence.end));
  return slot && slotStatement(slot.column, subject.text, slot.value)?.text;
}

/** From `at` in direction `step`, spaces or tabs up to a line break or `edge` (exclusive when stepping forward). */
function atLineEdge(text: MaskedText, at: number, step: 1 | -1, edge: number): boolean {
  for (let k = at; step > 0 ? k < edge : k >= edge; k += step) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** A list item that is one telegraphic line (not a sentence of a longer item), without its closing mark. */
function telegraphicItem(document: DocumentAnalysis, sentence: Sentence) {
  if (sentence.block !== 'list-item') return undefined;
  const { blocks } = document.prose;
  const masked = maskedOf(document.prose);
  const block = blocks[sentence.blockIndex];
  // The whole item, or one of the fragments a middle dot joins in it.
  const before = masked.slice(block?.start, sentence.start).trim();
  const after = masked.slice(sentence.end, block?.end).trim();
  if (!block || (before && !before.endsWith(FRAGMENT_MARK)) || (after && !after.startsWith(FRAGMENT_MARK)))
    return undefined;
  const item = sentence.text.trim().replace(/[.;,]$/, '');
  const itemWords = wordsOf(item);
  if (itemWords.length === 0 || itemWords.length > MAX_BULLET_WORDS) return undefined;
  return { item, itemWords, itemStart: sentence.start + sentence.text.indexOf(item) };
}

/**
 * What a bullet says of the one entity its frame is about: the indications it lists, when that entity is an approved
 * therapy ("Tecartus" over "Mantle cell lymphoma (adults)" says it is approved for them; under a product in
 * development they are what it is studied for), else what `describe` reads.
 */
function describeUnder(
  document: DocumentAnalysis,
  subject: FrameSubject,
  line: NonNullable<ReturnType<typeof telegraphicItem>>,
): RowStatement | undefined {
  if (
    isNamed(subject) &&
    subject.entity.approvals?.length &&
    (listedNames(document, line.itemStart, line.item, isIndication) || populationWith(document, line))
  ) {
    const column = columnNamed('indication');
    return column && slotStatement(column, subject.text, line.item);
  }
  // "2 infusions", "First line": a value that says the slot it fills.
  const slot = slotAtEnd(line.itemWords);
  const filled = slot?.saysSlot && slotStatement(slot, subject.text, line.item);
  if (filled) return filled;
  return describe(subject.text, withArticles(document, line.itemStart, line.item), line.itemWords);
}

/**
 * "First-line: tocilizumab" under "ICANS": the value, when it names only therapies, is that line's treatment of the
 * syndrome ("Tocilizumab is the first-line treatment for ICANS."), judged against its recorded uses.
 */
function treatmentRank(
  document: DocumentAnalysis,
  syndrome: string,
  label: string,
  value: string,
  valueStart: number,
): RowStatement | undefined {
  const named = document.mentionsIn(valueStart, valueStart + value.length);
  if (!named.length || !named.every((m) => isTherapy(m.entity))) return undefined;
  return { text: `${value.trim()} is the ${label.trim().toLowerCase()} treatment for ${syndrome}.` };
}

const BOXED_WARNING = 'boxed-warning';
const DENIAL_OPENERS = lexicon('boxed-warning-denial-openers');
const DENIAL_VALUES = lexicon('boxed-warning-denial-values');
// Words a boxed-warning lead-in may have besides its product and "boxed warning": "Yescarta's current boxed warnings".
const BOXED_LEAD_FILLERS = new Set(['the', 'its', 's', 'current', 'label', 'us', 'fda']);

/**
 * A list item that denies a syndrome a place in the boxed warning of the one product its lead-in names ("Yescarta boxed
 * warning" over "No warning on secondary malignancies", "Boxed warning (Carvykti)" over "Cytopenia: not boxed"): read
 * as "<product>'s boxed warning does not cover <syndrome>" (data/lexicon/boxed-warning-denial-*).
 */
function boxedWarningDenial(
  document: DocumentAnalysis,
  lead: LeadIn,
  item: string,
  labelled: { label: string; value: string } | undefined,
): RowStatement | undefined {
  const mentions = document.mentionsIn(lead.start, lead.end);
  const products = mentions.filter(isNamed);
  const boxed = mentions.filter((m) => m.entity.id === BOXED_WARNING);
  if (products.length !== 1 || boxed.length !== 1 || mentions.length !== 2) return undefined;
  const covered = (w: Word) => mentions.some((m) => m.start <= w.start && w.start < m.end);
  const leadWords = wordsOf(maskedOf(document.prose).slice(lead.start, lead.end), lead.start);
  if (!leadWords.every((w) => w.punct || covered(w) || BOXED_LEAD_FILLERS.has(w.lower))) return undefined;
  const product = maskedOf(document.prose).slice(products[0]!.start, products[0]!.end);
  const words = wordsOf(item);
  const opener = findPhrase(words, DENIAL_OPENERS, 0, 1);
  const denied = opener
    ? item.slice(words[opener.at + opener.length]?.start ?? item.length).trim()
    : labelled && DENIAL_VALUES.includes(lowerWords(wordsOf(labelled.value)))
      ? labelled.label.trim()
      : '';
  if (!denied) return undefined;
  return { text: `${product}'s boxed warning does not cover ${lowerInitial(denied)}.` };
}

const RANK_LABELS = lexicon('treatment-rank-labels');

/**
 * A line that ranks a syndrome's treatments (data/lexicon/treatment-rank-labels): a rank label over therapies under a
 * lead-in naming one syndrome ("ICANS management" over "First line: tocilizumab"), or the syndrome as the label and
 * therapies then a rank as the value ("ICANS: tocilizumab first-line"). Read as their first-line treatment of it.
 */
function rankedTreatment(
  document: DocumentAnalysis,
  lead: LeadIn,
  labelled: { label: string; value: string },
  itemStart: number,
  item: string,
): RowStatement | undefined {
  const valueStart = itemStart + item.indexOf(labelled.value, labelled.label.length);
  if (RANK_LABELS.includes(lowerWords(wordsOf(labelled.label)))) {
    const syndrome = onlySyndrome(document, lead, false);
    return syndrome ? treatmentRank(document, syndrome, 'first-line', labelled.value, valueStart) : undefined;
  }
  const syndrome = onlySyndrome(document, { start: itemStart, end: itemStart + labelled.label.length }, true);
  const valueWords = wordsOf(labelled.value);
  const rank = RANK_LABELS.find((r) => lowerWords(valueWords).endsWith(` ${r}`));
  if (!syndrome || !rank) return undefined;
  const therapies = labelled.value.slice(0, valueWords[valueWords.length - rank.split(' ').length]!.start).trim();
  return treatmentRank(document, syndrome, 'first-line', therapies, valueStart);
}

/**
 * The one syndrome a span names, and nothing the knowledge base knows besides (a product or drug beside it ranks
 * that, not the syndrome's treatments); `whole`: the name is all the span says.
 */
function onlySyndrome(document: DocumentAnalysis, span: { start: number; end: number }, whole: boolean) {
  const mentions = document.mentionsIn(span.start, span.end);
  const first = mentions[0];
  if (first?.entity.type !== 'syndrome' || mentions.some((m) => m.entity !== first.entity)) return undefined;
  const masked = maskedOf(document.prose);
  if (
    whole &&
    masked.slice(span.start, span.end).replace(/[:\s]/g, '') !== masked.slice(first.start, first.end).replace(/\s/g, '')
  )
    return undefined;
  return masked.slice(first.start, first.end);
}

/**
 * An item that is a population with only diseases ("Children with B-ALL", "Adults and young adults with LBCL"): under an
 * approved product it names an indication with its population, as "approved for children with B-ALL".
 */
function populationWith(document: DocumentAnalysis, line: NonNullable<ReturnType<typeof telegraphicItem>>): boolean {
  const words = wordsOf(line.item, line.itemStart);
  const link = words.findIndex((w) => w.lower === 'with');
  const population = words.slice(0, link);
  if (link < 1 || !population.some((w) => isPopulationWord(w.lower))) return false;
  if (!population.every((w) => isPopulationWord(w.lower) || POPULATION_JOINS.has(w.lower))) return false;
  const from = words[link + 1];
  return (
    from !== undefined &&
    listedNames(document, from.start, line.item.slice(from.start - line.itemStart), isIndication) !== undefined
  );
}

// Words that join or qualify population nouns: "adults and children", "young adults", "adult patients".
const POPULATION_JOINS = new Set(['and', 'or', ',', '/', 'young', 'patients', 'people']);

/**
 * The item with the article a telegraphic noun phrase dropped before "first" ("Kymriah, first FDA CAR-T" reads
 * "Kymriah, the first FDA CAR-T"): a "first" that opens the item or follows a comma, colon, parenthesis or dash,
 * and reaches a therapy class over neutral modifiers (data/lexicon/first-modifiers) or other names. An adverb stays
 * ("First approved in 2017").
 */
function withArticles(document: DocumentAnalysis, start: number, text: string): string {
  if (!/\bfirst\b/i.test(text)) return text;
  const words = wordsOf(text, start);
  const mentions = document.mentionsIn(start, start + text.length);
  const mentionAt = (w: Word) => mentions.find((m) => m.start <= w.start && w.start < m.end);
  const modifiers = lexiconWords('first-modifiers');
  const firsts: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const before = words[i - 1];
    if (words[i]!.lower !== 'first' || (before && !words[i]!.hyphenBefore && !NOUN_PHRASE_OPENERS.has(before.lower)))
      continue;
    for (let k = i + 1; k < words.length; k++) {
      const mention = mentionAt(words[k]!);
      if (mention?.entity.type === 'therapy-class') firsts.push(words[i]!.start - start);
      if (mention?.entity.type === 'therapy-class' || !(mention || modifiers.has(words[k]!.lower))) break;
    }
  }
  let restored = text;
  for (const at of firsts.reverse())
    restored = `${restored.slice(0, at)}${at === 0 ? 'The f' : 'the f'}${restored.slice(at + 1)}`;
  return restored;
}

const NOUN_PHRASE_OPENERS = new Set([',', ':', ';', '(']);

/**
 * An approval `value` states of `subject`, for the frame's `indication` ("Multiple myeloma" over "Kymriah: approved
 * after four prior lines" → "Kymriah is approved for multiple myeloma after four prior lines"), or for the disease it
 * names itself; none unless it opens with an approval word (data/lexicon/bullet-predicate-openers).
 */
function approvalFor(
  document: DocumentAnalysis,
  subject: string,
  indication: string,
  value: string,
  valueStart: number,
): RowStatement | undefined {
  const words = wordsOf(value);
  const length = openerLength(words);
  if (!length || lexiconWords('determiners').has(words[0]!.lower)) return undefined;
  // "Approved for MCL in children": the bullet's own disease, not the frame's.
  if (document.mentionsIn(valueStart, valueStart + value.length).some(isIndication))
    return { text: `${subject} is ${lowerInitial(value)}.` };
  const end = words[length - 1]!.end;
  return { text: `${subject} is ${lowerInitial(value.slice(0, end))} for ${indication}${value.slice(end)}.` };
}

/** What a bullet says of the one entity its frame names: its predicate ("Targets CD19") or a description of it. */
function describe(subject: string, item: string, itemWords: readonly Word[]): RowStatement | undefined {
  const predicate = predicateOf(subject, item);
  if (predicate) return predicate;
  // A verb in a relative clause is the clause's: "For patients who are HLA-A*02 positive" is still a description.
  const relative = itemWords.findIndex((w) => RELATIVE_PRONOUNS.has(w.lower));
  return isVerbless(relative < 0 ? itemWords : itemWords.slice(0, relative))
    ? { text: `${subject} is ${lowerInitial(item)}.` }
    : undefined;
}

const RELATIVE_PRONOUNS = wordClass('relatives-with-whose');

/** Verbless up to its first relative clause: "Adults with myeloma that has come back" is still a noun phrase. */
function verblessHead(words: readonly Word[]): boolean {
  const relative = words.findIndex((w) => RELATIVE_PRONOUNS.has(w.lower));
  return relative !== 0 && isVerbless(relative < 0 ? words : words.slice(0, relative));
}

/** `subject` with a value that reads as its predicate ("Targets CD19", "FDA-approved for CRS"), if it does. */
function predicateOf(subject: string, value: string): RowStatement | undefined {
  const statement = subjectlessStatement(subject, value, true);
  if (statement) return { text: statement };
  return openerLength(wordsOf(value)) > 0 ? { text: `${subject} is ${lowerInitial(value)}.` } : undefined;
}

/**
 * A verbless bullet under a topic line that names something of the knowledge base: the bullet as the topic's
 * predicate ("Approved for CRS"), or the names it lists as members of the topic ("Abecma, Carvykti").
 */
function topicStatement(
  document: DocumentAnalysis,
  itemStart: number,
  lead: LeadIn,
  item: string,
): RowStatement | undefined {
  const mentions = document.mentionsIn(lead.start, lead.end);
  if (mentions.length === 0) return undefined;
  if (openerLength(wordsOf(item)) > 0) {
    // The topic is the predicate's subject only when an entity heads the line ("BCMA CAR-Ts"), and one product at
    // most: not "Carvykti pipeline", "Carvykti trials" (what is approved is not what they name), "Carvykti vs Abecma".
    const tail = wordsOf(maskedOf(document.prose).slice(mentions[mentions.length - 1]!.end, lead.end));
    const named = mentions.filter(isNamed);
    if (tail.some((w) => !w.punct) || named.some((m) => m.entity !== named[0]!.entity)) return undefined;
    return { text: `${lead.text} is ${lowerInitial(item)}.` };
  }
  const names = listedNames(document, itemStart, item);
  if (!names) return undefined;
  if (names.length === 1) return { text: `${names[0]} is ${singularOf(document, lead) ?? lowerInitial(lead.text)}.` };
  return { text: `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are ${lowerInitial(lead.text)}.` };
}

/**
 * A lead-in whose first noun phrase is headed by a plural therapy noun or class name, as said of one of its members
 * ("Treatments for myeloma" over "- Kymriah": "a treatment for myeloma"; "Approved BCMA CAR-Ts": "an approved BCMA
 * CAR-T"); none when its head is not one.
 */
function singularOf(document: DocumentAnalysis, lead: LeadIn): string | undefined {
  // "Treatments for myeloma (clinical trials)": a bracketed qualifier may take back what the line says.
  if (lead.words.some((w) => w.lower === '(')) return undefined;
  const phrase = nounPhrasesOf(lead.words).at(0);
  const head = phrase && lead.words[phrase.to - 1];
  if (!head) return undefined;
  const singular = head.text.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  if (singular === head.text) return undefined;
  const namesClass = document
    .mentionsIn(lead.start, lead.end)
    .some((m) => m.entity.type === 'therapy-class' && m.end === lead.start + head.end);
  if (!namesClass && !(isTherapyHead(head) && lexiconWords('therapy-heads').has(singular.toLowerCase())))
    return undefined;
  const text = lowerInitial(`${lead.text.slice(0, head.start)}${singular}${lead.text.slice(head.end)}`);
  return `${/^[aeiou]/i.test(text) ? 'an' : 'a'} ${text}`;
}

/**
 * The names `text` (at `start`) lists ("Kymriah, Yescarta and Tecartus", "Amtagvi (TIL), Tecelra (TCR-T)"): undefined
 * unless it is only names `accepts` (products and drugs), separators and a parenthesis after a name.
 */
function listedNames(
  document: DocumentAnalysis,
  start: number,
  text: string,
  accepts: (m: { entity: Entity }) => boolean = isNamed,
): string[] | undefined {
  // A parenthesis after a name qualifies it ("Satri-cel (gastric cancer, 2026)"): what it names is not listed.
  const words = wordsOf(text);
  const inParentheses: boolean[] = [];
  let depth = 0;
  for (const w of words) {
    if (w.lower === '(') depth++;
    else if (w.lower === ')') depth--;
    inParentheses.push(depth > 0 || w.lower === ')');
  }
  const bracketed = (offset: number) => words.some((w, i) => inParentheses[i] && w.start + start === offset);
  const mentions = document.mentionsIn(start, start + text.length).filter((m) => !bracketed(m.start));
  if (mentions.length === 0 || !mentions.every(accepts)) return undefined;
  const covered = (offset: number) => mentions.some((m) => m.start <= offset && offset < m.end);
  const separators = new Set([',', ';', '/', 'and', 'or', '&']);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!inParentheses[i] && !covered(start + w.start) && !separators.has(w.lower)) return undefined;
  }
  return mentions.map((m) => m.text);
}

/**
 * The slot a verbless lead-in's head noun names, its last word before a year or the period it ends with ("Key targets", "Earliest approved
 * line", "CAR-T approvals in 2024"); none when the lead-in hedges or negates ("Pending approvals").
 */
function headColumn(all: readonly Word[]) {
  // "CAR-T approvals in 2024": a period after the head dates the bullets (framePeriod); it does not head the line.
  const period = framePeriodOf(all, '');
  const words = period && period.from > 0 && period.to >= all.length ? all.slice(0, period.from) : all;
  let head = words.length - 1;
  while (head > 0 && (words[head]!.punct || isYear(words[head]!.lower))) head--;
  if (head === 0 && head === words.length - 1) return undefined;
  if (findPhrase(words, lexicon('not-slot-values'))) return undefined;
  return columnNamed(words[head]!.lower);
}

const lowerWords = (words: readonly Word[]) => words.map((w) => w.lower).join(' ');

/** A mention of a product or drug, which a bullet can list as a subject. */
const isIndication = (m: { entity: Entity }) => m.entity.type === 'indication';

/** The length in words of the predicate opener a bullet starts with ("Approved", "FDA-approved"), or 0. */
function openerLength(words: readonly Word[]): number {
  const opener = lexicon('bullet-predicate-openers').find((p) => phraseAt(words, 0, p));
  return opener ? opener.split(' ').length : 0;
}

/** A label without a verb after its opening participle ("Approved CD19 CAR-Ts", "Approved for CRS"). */
const isVerbless = (words: readonly Word[]) =>
  isTopicOnly(words.slice(openerLength(words)).map((w, index) => ({ ...w, index })));

/** "Approved CD19 CAR-Ts" reads "approved CD19 CAR-Ts" inside a sentence; "BCMA CAR-Ts" stays. */

/**
 * Whether a bullet is a label, a slot and a yes or no ("Breyanzi — Gene editing: no"): its words are a frame, not a
 * sentence, and only the statement the slot makes of the label is judged.
 */
export function answersSlot(document: DocumentAnalysis, sentence: Sentence): boolean {
  const line = telegraphicItem(document, sentence);
  // "Approved for CRS: no", "CAR-Ts approved for myeloma: none": the label is the predicate, the value its answer.
  const answered = line && answeredLabel(line.item);
  const labelEnd = answered && line.itemStart + answered.label.length;
  if (labelEnd && !document.mentionsIn(line.itemStart, labelEnd).some(isNamed)) return true;
  const labelled = line && splitLabel(line.item);
  if (!labelled) return false;
  const named = slotAtStart(labelled.value);
  return named !== undefined && yesOrNo(named.rest) !== undefined && bulletStatement(document, sentence) !== undefined;
}

/** The findings of the statement a table cell or a bullet makes with its header or lead-in (none when it makes none). */
export function checkUnit(document: DocumentAnalysis, sentence: Sentence, index: KnowledgeIndex): ClaimFinding[] {
  if (sentence.block === 'table-cell') return checkTableCell(document, sentence, index);
  const frame = framePeriod(document, sentence, index);
  if (unjudgedFrame(frame)) return [];
  // "## Fucaso (FDA)" over "- Not approved": the heading places the statement under the default regulator.
  const placed = headingPlaceOf(document, sentence, index) === 'default';
  const findings = fragmentsOf(document, sentence).flatMap((part) => {
    const statement = unitStatement(document, part, index);
    if (!statement) return [];
    // "- satri-cel (NMPA, 2026)" under "## FDA approvals": the item's own regulator overrides its frame's; a statement
    // that lost it, or that the frame places under the default one, is not judged.
    const own = headingPlace(part.text, index) === 'elsewhere';
    if (own && (placed || headingPlace(statement, index) !== 'elsewhere')) return [];
    return checkStatement({ text: statement }, index, frame, placed);
  });
  // The last item of a closed list also says that no other member of the class is approved for the disease.
  const closed = closedList(document, sentence, defaultRegulator(index));
  if (closed)
    for (const member of membersOf(index, closed.cls)) {
      if (closed.listed.has(member.id)) continue;
      const statement = { text: `${nameOf(member)} is not approved for ${closed.indication}.` };
      findings.push(...checkStatement(statement, index, frame, true));
    }
  return findings;
}

/**
 * "## The only CAR-T for mantle cell lymphoma" over "- Tecartus", "The two CAR-Ts approved for FL:" over two items: a
 * lead-in that says its list is complete ("only", or "the" and the number of items) names a class and the one disease
 * its members are approved for, over items that only name products. Read at the list's last item, which then says
 * that no other member of the class is approved for it. None when the lead-in says anything else (a population, a
 * trial) or the count differs from the items.
 */
function closedList(
  document: DocumentAnalysis,
  sentence: Sentence,
  regulator: string | undefined,
): { cls: Entity; indication: string; listed: ReadonlySet<string> } | undefined {
  if (sentence.block !== 'list-item') return undefined;
  const { blocks } = document.prose;
  const last = sentence.blockIndex;
  if (blocks[last + 1]?.kind === 'list-item' || parentItem(document, last) !== undefined) return undefined;
  let first = last;
  while (first > 0 && blocks[first - 1]!.kind === 'list-item') first--;
  // The title: a heading or a line ending in a colon right before the list (a disease's name may make it long).
  const lead = blocks[first - 1];
  const title = lead && maskedOf(document.prose).slice(lead.start, lead.end).trim();
  if (!lead || !title || !(lead.kind === 'heading' || (lead.kind === 'paragraph' && title.endsWith(':'))))
    return undefined;
  const words = wordsOf(maskedOf(document.prose).slice(lead.start, lead.end), lead.start);
  const opener = words[0]?.lower === 'the' ? 1 : 0;
  const count = words[opener]?.lower;
  if (!count) return undefined;
  const size = count === 'only' ? 1 : /^\d{1,2}$/.test(count) ? Number(count) : cardinal(count);
  if (size === undefined || (count !== 'only' && !opener)) return undefined;
  const mentions = document.mentionsIn(lead.start, lead.end);
  const cls = mentions.find((m) => m.entity.type === 'therapy-class');
  const disease = mentions.filter(isIndication);
  // A regulator, if any, is the default one: the omissions are judged by its record.
  const isDefault = (m: TermMatch) => regulator !== undefined && regulatorOf(m.entity) === regulator;
  if (!cls || disease.length !== 1 || mentions.some((m) => m !== cls && m !== disease[0] && !isDefault(m)))
    return undefined;
  // Besides the class, the disease, the regulator and a period: only approval words and their links.
  const named = (w: Word) => mentions.some((m) => m.start <= w.start && w.start < m.end);
  const period = framePeriodOf(words, '');
  const dated = (w: Word) => period !== undefined && w.index >= period.from && w.index < period.to;
  const approval = APPROVAL_NOUN_WORDS();
  const rest = words.filter((w) => w.index > opener && !w.punct && w.lower !== ':' && !named(w) && !dated(w));
  if (!rest.every((w) => approval.has(w.lower) || CLOSED_LIST_LINKS.has(w.lower))) return undefined;
  // Every item of the list only names products, as many as the title says.
  const listed = new Set<string>();
  let items = 0;
  for (let b = first; b <= last; b++) {
    const raw = maskedOf(document.prose).slice(blocks[b]!.start, blocks[b]!.end);
    const text = raw.trim();
    const names = listedNames(document, blocks[b]!.start + raw.indexOf(text), text);
    if (!names) return undefined;
    for (const m of document.mentionsIn(blocks[b]!.start, blocks[b]!.end)) if (isNamed(m)) listed.add(m.entity.id);
    items += names.length;
  }
  if (items !== size || listed.size !== size) return undefined;
  return { cls: cls.entity, indication: maskedOf(document.prose).slice(disease[0]!.start, disease[0]!.end), listed };
}

// The words that link a closed list's class to its disease ("the only CAR-T approved to treat MCL").
const CLOSED_LIST_LINKS = new Set(['for', 'in', 'to', 'treat', 'by', 'the']);

/** An entity's brand name when it has one, else its name. */
const nameOf = (entity: Entity) => entity.aliases?.find((a) => a.kind === 'brand')?.text ?? entity.name;

const FRAGMENT_MARK = '·';
const FRAGMENT_SEPARATOR = /\s+·\s+/g;

/**
 * "Not HLA-restricted · CD19-directed": the fragments a middle dot joins in one bullet are items of their own, each
 * read with the bullet's frame. A bullet without one is its own only fragment.
 */
function fragmentsOf(document: DocumentAnalysis, sentence: Sentence): Sentence[] {
  if (sentence.block !== 'list-item' || !sentence.text.includes(FRAGMENT_MARK)) return [sentence];
  const text = maskedOf(document.prose).slice(sentence.start, sentence.end);
  const parts: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const start = sentence.start + from + (raw.length - raw.trimStart().length);
    const part = raw.trim();
    if (part) parts.push({ ...sentence, start, end: start + part.length, text: part.replace(/\s+/g, ' ') });
  };
  for (const m of text.matchAll(FRAGMENT_SEPARATOR)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return parts;
}

/**
 * The period a bullet's lead-in or section heading frames it with ("## Carvykti in 2023", "Since June 2025:"), or
 * `future` for one after the knowledge base's date (a forecast: not judged). Only a line that is a frame dates its
 * bullets: one without a finite verb, or one opening with the period ("After the REMS was lifted (June 2025)"), not
 * one that states an event ("Kymriah was approved in 2017").
 */
export function framePeriod(
  document: DocumentAnalysis,
  sentence: Sentence,
  index: KnowledgeIndex,
): Period | 'future' | 'undated' | undefined {
  if (sentence.block !== 'list-item') return undefined;
  const lead = leadIn(document, sentence.blockIndex);
  // The lead-in, then the section heading and the headings above it, nearest first: "# Lymphoma board, March 2024"
  // dates the bullets of its "## Breyanzi".
  const lines: ({ start: number; end: number } | undefined)[] = [lead];
  for (let h = sectionHeadingOf(document, sentence.blockIndex); h !== undefined; h = parentHeadingOf(document, h))
    lines.push(document.prose.blocks[h]);
  let undated = false;
  for (const line of lines) {
    if (!line) continue;
    const words = wordsOf(maskedOf(document.prose).slice(line.start, line.end));
    const framed = framePeriodOf(words, index.asOf);
    // "Aftercare since the REMS ended", "After the REMS was lifted": from the day the record gives that event, when
    // what comes before it only names a topic.
    if (!framed)
      for (let at = 0; at < words.length; at++) {
        const afterEvent = afterRemsEndOf(index, words, at);
        if (afterEvent && isTopicOnly(words.slice(0, at))) return afterEvent;
      }
    // "After infusion (current labels)", "Aftercare today": a topic said of the present dates its bullets now.
    if (!framed && isTopicOnly(words) && findPhrase(words, lexicon('time-now-cues')))
      return { from: index.asOf, to: index.asOf };
    // "## Status then": a past the frame does not date (data/lexicon/undated-frame-ends), unless a heading above dates
    // it ("## Where things stood in 2019" over "### Status then").
    if (!framed && isTopicOnly(words) && endsUndated(words)) undated = true;
    if (!framed || (framed.from > 0 && !isTopicOnly(words))) continue;
    // A date that starts after the knowledge base's ("in 2030"); "as of" its own month is not one.
    return framed.date.from > index.asOf ? 'future' : framed.period;
  }
  return undated ? 'undated' : undefined;
}

/** Whether a frame's words end with a past it does not date ("Status then", "Options at the time:"). */
function endsUndated(words: readonly Word[]): boolean {
  let end = words.length;
  while (end > 0 && words[end - 1]!.punct) end--;
  return lexicon('undated-frame-ends').some((cue) => {
    const length = cue.split(' ').length;
    return end - length > 0 && phraseAt(words, end - length, cue);
  });
}

/** Whether a bullet's frame leaves it unjudged: dated after the knowledge base, or in a past it does not date. */
export const unjudgedFrame = (frame: ReturnType<typeof framePeriod>): frame is 'future' | 'undated' =>
  frame === 'future' || frame === 'undated';

/** The statement a paragraph's sentence or a bullet makes with its lead-in or section heading. */
function unitStatement(document: DocumentAnalysis, sentence: Sentence, index: KnowledgeIndex): string | undefined {
  // A quiz item says nothing, framed or not: its answer says what it accepts.
  if (notAssertedItem(document, sentence)) return undefined;
  // A learner's unconfirmed answer or a rejected one in a dialogue is not the writer's claim.
  if (unassertedTurn(document, sentence)) return undefined;
  const answer =
    acceptedItemStatement(document, sentence) ??
    confirmedTagStatement(document, sentence) ??
    filledBlankStatement(document, sentence) ??
    clueStatement(document, sentence) ??
    slotClueStatement(document, sentence) ??
    elidedConditionAnswer(document, sentence) ??
    answeredQuestion(document, sentence) ??
    gapAnswer(document, sentence) ??
    promptAnswerStatement(document, sentence) ??
    arrivalFirstStatement(document, sentence, index) ??
    polarAnswer(document, sentence) ??
    setAnaphorStatement(document, sentence) ??
    useAnaphorStatement(document, sentence) ??
    correctedValueStatement(document, sentence) ??
    timelineStatement(document, sentence);
  if (answer) return answer;
  const bullet = bulletStatement(document, sentence, index)?.text;
  if (bullet) return bullet;
  // A label answered yes or no says only what its frame makes of the answer.
  if (answersSlot(document, sentence)) return undefined;
  const subjectOf = (heading: { start: number; end: number }) => frameSubject(document, heading);
  if (sentence.block !== 'list-item')
    return (
      headingStatement(document, sentence, subjectOf) ??
      labelLineUnderHeading(document, sentence) ??
      entryLabelLine(document, sentence) ??
      membersStatement(document, sentence) ??
      ellipsisStatement(document, sentence) ??
      headlineFragmentStatement(document, sentence) ??
      establishedUseStatement(document, sentence)
    );
  return (
    gradedStatement(document, sentence) ??
    scaleRangeBullet(document, sentence) ??
    scaleStatement(document, sentence) ??
    framedStatement(document, sentence, subjectOf) ??
    restoredItem(document, sentence) ??
    ellipsisStatement(document, sentence) ??
    establishedUseStatement(document, sentence)
  );
}

/**
 * A grade's bullet under a lead-in or heading that names the graded syndrome ("## ICANS grading" over "- Grade 1: ICE
 * score 7–9"): the grade is the syndrome's, as if written "ICANS Grade 1: ICE score 7–9". Only a bullet that opens
 * with the grade and names no syndrome of its own, under a frame that names one syndrome.
 */
function gradedStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  const line = telegraphicItem(document, sentence);
  if (line?.itemWords[0]?.lower !== 'grade' || !/^\d$/.test(line.itemWords[1]?.lower ?? '')) return undefined;
  const isSyndrome = (m: TermMatch) => m.entity.type === 'syndrome';
  if (document.mentionsIn(sentence.start, sentence.end).some(isSyndrome)) return undefined;
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  const frame =
    leadIn(document, sentence.blockIndex) ?? (heading === undefined ? undefined : document.prose.blocks[heading]);
  const named = frame ? document.mentionsIn(frame.start, frame.end).filter(isSyndrome) : [];
  if (!named.length || named.some((m) => m.entity !== named[0]!.entity)) return undefined;
  return `${maskedOf(document.prose).slice(named[0]!.start, named[0]!.end)} ${line.item}.`;
}

/**
 * A bullet under a lead-in or heading that names one score ("## ICE score", "- ICE score 3–6"): points with no name
 * of their own are the score's ("Naming: 4 points" reads "ICE score: Naming: 4 points"), and a syndrome's grade is
 * the one the score gives ("ICANS grade 1" under "ICE score 3–6" reads "ICANS grade 1: ICE score 3–6").
 */
function scaleStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  const line = telegraphicItem(document, sentence);
  if (!line) return undefined;
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  const frame =
    leadIn(document, sentence.blockIndex) ?? (heading === undefined ? undefined : document.prose.blocks[heading]);
  if (!frame) return undefined;
  const scores = document
    .mentionsIn(frame.start, frame.end)
    .filter((m) => m.entity.scoreItems !== undefined || m.entity.gradeRanges !== undefined);
  if (!scores.length || scores.some((m) => m.entity !== scores[0]!.entity)) return undefined;
  const frameText = maskedOf(document.prose).slice(frame.start, frame.end).trim().replace(/[:.]$/, '');
  const own = document.mentionsIn(sentence.start, sentence.end);
  const words = line.itemWords;
  if (!own.length)
    return words.some((w) => w.lower === 'point' || w.lower === 'points') ? `${frameText}: ${line.item}.` : undefined;
  const graded = own.every((m) => m.entity.id === scores[0]!.entity.gradeRanges?.syndrome);
  const grade = words.findIndex((w, k) => w.lower === 'grade' && /^\d$/.test(words[k + 1]?.lower ?? ''));
  return graded && grade >= 0 && words.length <= 4 && /\d/.test(frameText) ? `${line.item}: ${frameText}.` : undefined;
}

/**
 * "ICE score (adults)" over "- Range: 0 to 5 points", "- ICE score range: 0 to 5", "Neurotoxicity scales" over "- ICE
 * score: 0-4": a bullet whose value is a numeric range is the range of the one grading scale its label names, or else
 * its lead-in or section heading names (scaleRangeStatement). A grade anywhere in the bullet or its frame makes the
 * range a band ("ICANS grade 3" over "- ICE: 0-2"), and a bare label with a range above 0 may be one: not read.
 */
function scaleRangeBullet(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  const line = telegraphicItem(document, sentence);
  const labelled = line && splitLabel(line.item);
  if (!labelled || !/\d/.test(labelled.value)) return undefined;
  const scalesIn = (span: { start: number; end: number }) =>
    document.mentionsIn(span.start, span.end).filter((m) => m.entity.type === 'grading');
  const labelSpan = { start: line.itemStart, end: line.itemStart + labelled.label.length };
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  const frame =
    leadIn(document, sentence.blockIndex) ?? (heading === undefined ? undefined : document.prose.blocks[heading]);
  const framed = frame ? scalesIn(frame) : [];
  const own = scalesIn(labelSpan);
  const scale = own.length ? own : framed;
  if (!scale.length || scale.some((m) => m.entity !== scale[0]!.entity)) return undefined;
  const frameText = frame ? maskedOf(document.prose).slice(frame.start, frame.end) : '';
  if (/\bgrade\b|\bG\d\b/i.test(`${frameText} ${line.item}`)) return undefined;
  const rest = wordsOf(labelled.label, line.itemStart).filter(
    (w) => !scale.some((m) => m.start <= w.start && w.end <= m.end),
  );
  if (!rest.some((w) => !w.punct) && !/^\s*0\b/.test(labelled.value)) return undefined;
  return scaleRangeStatement(scale[0]!.text, rest, labelled.value);
}

/**
 * A question line and the fragment answering it, as one frame: "## Who can have Carvykti?" over "- Adults with
 * multiple myeloma" (or a paragraph "Adults with multiple myeloma.") says "Carvykti is approved for adults with
 * multiple myeloma". The question names one product or drug and asks for a slot: whom it is for
 * (data/lexicon/question-population-frames, the name read as "_"), which company makes it (question-sponsor-frames),
 * or what a table header names once its question and auxiliary words are taken out ("What does Abecma target?" asks
 * for its target). The answer is verbless and names no other product. A "Q:" item is the question of the item after it.
 */
function answeredQuestion(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (!ANSWER_BLOCKS.has(sentence.block)) return undefined;
  const { blocks } = document.prose;
  const masked = maskedOf(document.prose);
  if (!blocks[sentence.blockIndex]) return undefined;
  const question = sameBlockQuestion(document, sentence) ?? questionBlockBefore(document, sentence);
  if (!question) return undefined;
  const raw = unlabelled(document, sentence);
  const answerStart = unlabelledStart(document, sentence) + raw.length - raw.trimStart().length;
  const whole = raw.trim().replace(/[.;,]$/, '');
  // "Novartis, same as Kymriah": a likeness after the value names its standard, not another answer.
  const answer = whole.slice(0, likenessTailAt(whole));
  const answerWords = wordsOf(answer);
  if (
    answerWords.length === 0 ||
    answerWords.length > MAX_BULLET_WORDS ||
    lexiconWords('negation-cues').has(answerWords[0]!.lower) ||
    !verblessHead(answerWords) ||
    document.mentionsIn(answerStart, answerStart + answer.length).some(isNamed)
  )
    return undefined;
  const mentions = document.mentionsIn(question.start, question.end);
  const subject = mentions[0];
  if (!subject || !isNamed(subject) || mentions.some((m) => m.entity !== subject.entity)) return undefined;
  // The question's words with the product's name as one "_" ("Who is Abecma for?" is "who is _ for").
  const frame: string[] = [];
  for (const w of questionWords(masked, question)) {
    if (w.punct) continue;
    const named = mentions.some((m) => m.start <= w.start && w.start < m.end);
    if (!named) frame.push(w.lower);
    else if (frame.at(-1) !== '_') {
      // "Who makes your Yescarta?" asks what "Who makes Yescarta?" does.
      if (POSSESSIVES.has(frame.at(-1) ?? '')) frame.pop();
      frame.push('_');
    }
  }
  const rest = frame.filter((w) => w !== '_');
  const framed = frame.join(' ');
  const column = lexicon('question-population-frames').includes(framed)
    ? columnNamed('indication')
    : lexicon('question-sponsor-frames').includes(framed)
      ? columnNamed('sponsor')
      : QUESTION_WORDS.has(rest[0] ?? '')
        ? (columnNamed(
            rest
              .slice(1)
              .filter((w) => !lexiconWords('auxiliaries').has(w))
              .join(' '),
          ) ??
          // "What is the target of Abecma?": a slot linked to the product at the question's end.
          (frame.at(-1) === '_' && frame.indexOf('_') === frame.length - 1
            ? linkedSlot(
                frame
                  .slice(1, -1)
                  .filter((w) => !lexiconWords('auxiliaries').has(w))
                  .map((lower) => ({ lower, punct: false })),
              )
            : undefined))
        : undefined;
  return column && slotStatement(column, subject.text, answer)?.text;
}

/** Where a likeness tail after a comma starts in an answer ("Kite, same as Yescarta", "CD19, like Kymriah"), or its end. */
function likenessTailAt(answer: string): number {
  const words = wordsOf(answer);
  for (const w of words) {
    if (w.lower !== ',') continue;
    const next = w.index + 1;
    if (
      phraseStartingAt(words, next, lexicon('comparison-likeness-tails')) ||
      phraseStartingAt(words, next, lexicon('comparison-likeness-openers'))
    )
      return w.start;
  }
  return answer.length;
}

/**
 * A wh-question and the fragment filling its gap, as one statement. The gap is the question's subject ("Which CAR-Ts
 * are approved for MCL?" over "Tecartus and Abecma." reads "Tecartus and Abecma are approved for MCL.") or its time
 * ("When was Yescarta first approved?" over "In August 2017." reads "Yescarta was first approved in August 2017.")
 * or its count ("How many …?" over "Three: …", see countGap). A subject answer names only products or drugs, under a question asking for a class of them; a time answer names a
 * year or a month, under a question whose subject right after its auxiliary is one named product or drug.
 */
function gapAnswer(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (!ANSWER_BLOCKS.has(sentence.block)) return undefined;
  const question = sameBlockQuestion(document, sentence) ?? questionBlockBefore(document, sentence);
  if (!question) return undefined;
  const answer = unlabelled(document, sentence).trim().replace(/[.;]$/, '');
  const answerWords = wordsOf(answer);
  if (
    answerWords.length === 0 ||
    answerWords.length > MAX_BULLET_WORDS ||
    lexiconWords('negation-cues').has(answerWords[0]!.lower) ||
    !verblessHead(answerWords)
  )
    return undefined;
  const masked = maskedOf(document.prose);
  const words = questionWords(masked, question);
  if (words.at(-1)?.lower !== '?') return undefined;
  const wh = words[0]?.lower;
  const mentions = document.mentionsIn(question.start, question.end);
  const upTo = (w: Word) => masked.slice(w.start, words.at(-1)!.start).trim();
  // "What year was …?", "In which month did …?": a wh-phrase naming a unit of time asks what "When …?" does.
  const timeAt = wh === 'when' ? 1 : timePhraseEnd(words);
  if (timeAt) {
    const auxiliary = words[timeAt];
    const first = words[timeAt + 1];
    if (!auxiliary || !first || !POLAR_AUXILIARIES.has(auxiliary.lower)) return undefined;
    // The subject is the named product, or a regulator whose do-form verb names the product after it ("When did the
    // FDA approve Aucatzyl?").
    const named = mentions.find((m) => m.start === first.start);
    const regulator = mentions.find(
      (m) =>
        m.entity.type === 'regulator' &&
        (m.start === first.start || (first.lower === 'the' && m.start === words[timeAt + 2]?.start)),
    );
    const subject = named && isNamed(named) ? named : undefined;
    const ruled =
      !subject &&
      regulator &&
      DO_FORMS.has(auxiliary.lower) &&
      mentions.some((m) => m.start >= regulator.end && isNamed(m));
    if (!subject && !ruled) return undefined;
    const end = (subject ?? regulator)!.end;
    if (!answerWords.some((w) => isYear(w.lower) || MONTHS.includes(w.lower))) return undefined;
    const after = words.find((w) => w.start >= end);
    if (!after || after.lower === '?') return undefined;
    const when = TIME_PREPOSITIONS.has(answerWords[0]!.lower) ? lowerInitial(answer) : `in ${answer}`;
    const said = masked.slice(first.start, end);
    return `${said.charAt(0).toUpperCase()}${said.slice(1)} ${auxiliary.lower} ${upTo(after)} ${when}.`;
  }
  // "After how many prior lines is Abecma approved?": a preposition before the wh-phrase asks for its object.
  if (lexiconWords('prepositions').has(wh ?? '')) return frontedGap(masked, words, mentions, answer);
  if (wh === 'how') return countGap(masked, words, answer) ?? durationGap(masked, words, mentions, answer);
  if (wh !== 'which' && wh !== 'what') return undefined;
  const inverted = invertedGap(masked, words, mentions, answer);
  if (inverted) return inverted;
  // The wh-phrase names a class of therapies ("Which CAR-Ts", "What products") and a verb follows it; after an
  // auxiliary, not a subject ("Which antigen does Carvykti target?" asks for its object).
  const inClass = (w: Word) =>
    isTherapyHead(w) ||
    mentions.some((m) => m.entity.type === 'therapy-class' && m.start <= w.start && w.start < m.end);
  let k = 1;
  while (k < words.length && inClass(words[k]!)) k++;
  // "Which trial supported Carvykti's 2024 approval?": a wh-phrase naming a trial asks for trials by name.
  const trial = k === 1 ? phraseStartingAt(words, 1, lexicon('table-headers-trial')) : undefined;
  // "Which regulator approved satri-cel?": a wh-phrase naming a regulator asks for regulators by name.
  const regulator = k === 1 && !trial ? phraseStartingAt(words, 1, lexicon('table-headers-regulator')) : undefined;
  if (trial) k += trial.length;
  if (regulator) k += regulator.length;
  const verb = words[k];
  const next = words[k + 1];
  if (k === 1 || !verb || verb.punct || !next || next.lower === '?') return undefined;
  if (lexiconWords('prepositions').has(verb.lower) || lexiconWords('determiners').has(verb.lower)) return undefined;
  // "Which CAR-Ts did Kite develop?": a do-form asks for the object, read only after a regulator ("Which CAR-T did the
  // FDA approve first?", rulingSubject); "Which … may be approved?" asks for a possibility.
  const ruling =
    DO_FORMS.has(verb.lower) && !trial && !regulator ? rulingSubject(masked, words, k, mentions) : undefined;
  if (DO_FORMS.has(verb.lower) ? !ruling : !(BE_HAVE.has(verb.lower) || !lexiconWords('auxiliaries').has(verb.lower)))
    return undefined;
  const auxiliary = lexiconWords('auxiliaries').has(verb.lower);
  // "Which CAR-T is Kymriah's rival?" inverts its subject; "Which drug is FDA-approved for CRS?" asks for it.
  if (auxiliary && mentions.some((m) => isNamed(m) && m.start <= next.start && next.start < m.end)) return undefined;
  if (!auxiliary && !isVerb(verb) && mentions.some((m) => m.start === verb.start)) return undefined;
  const turn = turnOpenedBy(document, sentence);
  const raw = masked.slice(sentence.start, turn ? turnEnd(document, sentence) : sentence.end);
  const from = turn
    ? turn.start - sentence.start
    : (ANSWER_LABEL.exec(raw)?.[0].length ?? raw.length - raw.trimStart().length);
  // "The FDA": a regulator's article is no name of its own.
  const article = regulator ? (/^\s*the\s+/i.exec(raw.slice(from))?.[0].length ?? 0) : 0;
  const listed = raw
    .slice(from + article)
    .trimEnd()
    .replace(/[.;]$/, '');
  // "Yescarta, in December 2025": a time after the names dates the statement they make.
  const timed = TRAILING_TIME.exec(listed);
  const names = listedNames(
    document,
    sentence.start + from + article,
    timed ? listed.slice(0, timed.index) : listed,
    trial ? (m) => m.entity.type === 'trial' : regulator ? (m) => m.entity.type === 'regulator' : isNamed,
  );
  if (!names) return undefined;
  const named = timed ? listed.slice(0, timed.index) : answer;
  const when = timed ? ` ${timed[1]}` : '';
  const several = names.length > 1;
  if (ruling) {
    const form =
      verb.lower === 'did' ? pastOf(ruling.verb) : verb.lower === 'does' ? thirdPerson(ruling.verb) : ruling.verb;
    const rest = ruling.rest;
    // "… did the FDA approve first?" over "Yescarta.": the first of the wh-phrase's class the regulator approved.
    if (rest.length === 1 && FUSED_ORDINALS.has(rest[0]!.lower)) {
      const be = verb.lower === 'did' ? (several ? 'were' : 'was') : several ? 'are' : 'is';
      const kind = masked.slice(words[1]!.start, words[k - 1]!.end);
      return `${named} ${be} the ${rest[0]!.lower} ${kind} ${ruling.text} ${form}${when}.`;
    }
    if (rest.some((w) => w.punct)) return undefined;
    const tail = rest.length ? ` ${masked.slice(rest[0]!.start, rest.at(-1)!.end)}` : '';
    return `${ruling.text.charAt(0).toUpperCase()}${ruling.text.slice(1)} ${form} ${named}${tail}${when}.`;
  }
  const agreed = several ? (PLURAL_AUXILIARIES[verb.lower] ?? verb.lower) : verb.lower;
  // "Which CAR-T was the first approved for myeloma?": the ordinal's elided noun is the wh-phrase's ("the first CAR-T
  // approved for myeloma").
  const ordinal = words[k + 2];
  const after = words[k + 3];
  if (
    next.lower === 'the' &&
    ordinal &&
    FUSED_ORDINALS.has(ordinal.lower) &&
    after &&
    (after.lower === 'to' || lexiconWords('table-header-words-approval').has(after.lower))
  ) {
    const kind = masked.slice(words[1]!.start, words[k - 1]!.end);
    return `${named} ${agreed} the ${ordinal.lower} ${kind} ${upTo(after)}${when}.`;
  }
  return `${named} ${agreed} ${upTo(next)}${when}.`;
}

/**
 * The regulator after a do-form in a wh-question ("Which CAR-T did the FDA approve for MCL?"), its verb, and the words
 * after the verb before the question mark. Undefined when no regulator, then one verb, follows the do-form.
 */
function rulingSubject(
  masked: MaskedText,
  words: readonly Word[],
  k: number,
  mentions: readonly TermMatch[],
): { text: string; verb: string; rest: Word[] } | undefined {
  const first = words[k + 1];
  const at = first?.lower === 'the' ? k + 2 : k + 1;
  const ruler = mentions.find((m) => m.start === words[at]?.start && m.entity.type === 'regulator');
  if (!first || !ruler) return undefined;
  const v = words.findIndex((w) => w.start >= ruler.end);
  const verb = words[v];
  if (!verb || verb.punct || verb.hyphenBefore || lexiconWords('auxiliaries').has(verb.lower)) return undefined;
  return { text: masked.slice(first.start, ruler.end), verb: verb.lower, rest: words.slice(v + 1, -1) };
}

/** Where a wh-phrase naming a unit of time ends ("What year", "In which month"), before its auxiliary; or 0. */
function timePhraseEnd(words: readonly Word[]): number {
  const k = words[0]?.lower === 'in' ? 1 : 0;
  const wh = words[k]?.lower;
  const unit = timeUnit(words[k + 1]?.lower ?? '');
  return (wh === 'what' || wh === 'which') && (unit === 'year' || unit === 'month') ? k + 2 : 0;
}

/**
 * A "what"/"which" question that inverts its subject, and the fragment filling the gap its wh-phrase left, placed by
 * the clause's roles so that the relations judge the declarative:
 *   after "is"/"are" and nothing past the subject, the complement: "What kind of drug is anakinra?" over "An antibody
 *   against IL-6." reads "Anakinra is an antibody against IL-6.";
 *   before a stranded preposition, its object: "What is Kymriah approved for?" over "Lymphoma." reads "Kymriah is
 *   approved for lymphoma.";
 *   after "does"/"do"/"did", the verb's object, or a stranded preposition's right after it: "Which domain does Yescarta
 *   use?" over "4-1BB." reads "Yescarta uses 4-1BB."
 * The subject is one knowledge-base entity named right after the auxiliary (or, after "is", a determined noun phrase
 * without a verb, after a bare "What is": "What is the usual wait between collection and infusion?"). Undefined
 * otherwise: a wh-phrase that is the subject is the subject gap's (gapAnswer).
 */
function invertedGap(
  masked: MaskedText,
  words: readonly Word[],
  mentions: readonly TermMatch[],
  answer: string,
): string | undefined {
  const auxiliaries = lexiconWords('auxiliaries');
  if (yesOrNo(answer)) return undefined;
  const k = words.findIndex((w, i) => i >= 1 && (w.lower === '?' || w.lower === ',' || isVerb(w)));
  const auxiliary = words[k];
  const first = words[k + 1];
  if (!auxiliary || !first || first.punct || !(BE_FORMS.has(auxiliary.lower) || DO_FORMS.has(auxiliary.lower)))
    return undefined;
  if (k > MAX_WH_PHRASE_WORDS) return undefined;
  // "Which antigen does your Tecartus target?": a possessive before the name leaves it the subject.
  const owned = POSSESSIVES.has(first.lower) ? words[k + 2] : undefined;
  const named = mentions.find((m) => m.start === (owned ?? first).start);
  const determined = !named && k === 1 && lexiconWords('determiners').has(first.lower);
  if (!named && !determined) return undefined;
  const said = lowerInitial(answer);
  const question = words.at(-1)!;
  const text = (from: Word, to: Word) => masked.slice(from.start, to.end);
  if (determined) {
    // "What is the usual wait …?": the whole rest is the subject, and the answer its complement.
    const subject = words.slice(k + 1, -1);
    if (!BE_FORMS.has(auxiliary.lower) || subject.some((w) => isVerb(w) || w.punct)) return undefined;
    const opened = text(subject[0]!, subject.at(-1)!);
    return `${opened.charAt(0).toUpperCase()}${opened.slice(1)} ${auxiliary.lower} ${said}.`;
  }
  const subject = masked.slice(named!.start, named!.end);
  const after = words.filter((w) => w.start >= named!.end && w !== question);
  if (after.some((w) => w.punct || auxiliaries.has(w.lower))) return undefined;
  if (BE_FORMS.has(auxiliary.lower)) {
    if (!after.length) return `${subject} ${auxiliary.lower} ${said}.`;
    const stranded = STRANDED.has(after.at(-1)!.lower);
    return stranded ? `${subject} ${auxiliary.lower} ${text(after[0]!, after.at(-1)!)} ${said}.` : undefined;
  }
  const verb = after[0];
  if (!verb || lexiconWords('prepositions').has(verb.lower) || lexiconWords('determiners').has(verb.lower))
    return undefined;
  const form =
    auxiliary.lower === 'does' ? thirdPerson(verb.lower) : auxiliary.lower === 'did' ? pastOf(verb.lower) : verb.lower;
  // "What does Carvykti attach to on the cancer cells?": a preposition with no object of its own is the gap's.
  const preposition = after[1];
  const strandedAt =
    preposition &&
    STRANDED.has(preposition.lower) &&
    (after.length === 2 || lexiconWords('prepositions').has(after[2]!.lower));
  const gapAt = strandedAt ? 2 : 1;
  const tail = after.length > gapAt ? ` ${text(after[gapAt]!, after.at(-1)!)}` : '';
  return `${subject} ${form}${strandedAt ? ` ${preposition.lower}` : ''} ${said}${tail}.`;
}

// The wh-phrase before an inverted auxiliary is short ("What kind of drug is …", "Which co-stimulatory domain does …").
const MAX_WH_PHRASE_WORDS = 5;
// The wh-words a fronted preposition's object may open with ("After how many lines", "For which disease").
const FRONTED_WH_WORDS = new Set(['how', 'which', 'what']);

/**
 * A question that fronts a preposition with its wh-phrase, and the fragment filling that phrase, put back after the
 * predicate: "After how many prior lines is Abecma approved in myeloma?" over "After one prior line." (or "One prior
 * line.") reads "Abecma is approved in myeloma after one prior line."; "For which disease does Tecartus hold an
 * approval?" over "Mantle cell lymphoma." reads "Tecartus holds an approval for mantle cell lymphoma." The subject is
 * one named product or drug right after the auxiliary ("is", "does" …), and the predicate after it holds no other
 * auxiliary or punctuation. Undefined otherwise.
 */
function frontedGap(
  masked: MaskedText,
  words: readonly Word[],
  mentions: readonly TermMatch[],
  answer: string,
): string | undefined {
  const preposition = words[0]!.lower;
  if (!FRONTED_WH_WORDS.has(words[1]?.lower ?? '') || yesOrNo(answer)) return undefined;
  const k = words.findIndex((w, i) => i >= 2 && (w.punct || isVerb(w)));
  const auxiliary = words[k];
  if (!auxiliary || k > MAX_WH_PHRASE_WORDS + 1) return undefined;
  if (!BE_FORMS.has(auxiliary.lower) && !DO_FORMS.has(auxiliary.lower)) return undefined;
  const named = mentions.find((m) => m.start === words[k + 1]?.start);
  if (!named || !isNamed(named)) return undefined;
  const question = words.at(-1)!;
  const after = words.filter((w) => w.start >= named.end && w !== question);
  if (!after.length || after.some((w) => w.punct || lexiconWords('auxiliaries').has(w.lower))) return undefined;
  const said = lowerInitial(answer);
  const gap = wordsOf(said)[0]?.lower === preposition ? said : `${preposition} ${said}`;
  const subject = masked.slice(named.start, named.end);
  const text = (from: Word, to: Word) => masked.slice(from.start, to.end);
  if (BE_FORMS.has(auxiliary.lower)) return `${subject} ${auxiliary.lower} ${text(after[0]!, after.at(-1)!)} ${gap}.`;
  const verb = after[0]!;
  if (lexiconWords('prepositions').has(verb.lower) || lexiconWords('determiners').has(verb.lower)) return undefined;
  const form =
    auxiliary.lower === 'does' ? thirdPerson(verb.lower) : auxiliary.lower === 'did' ? pastOf(verb.lower) : verb.lower;
  const rest = after.length > 1 ? ` ${text(after[1]!, after.at(-1)!)}` : '';
  return `${subject} ${form}${rest} ${gap}.`;
}
const BE_FORMS = wordClass('be-finite');
const STRANDED = lexiconWords('strandable-prepositions');

/** "eliminate" → "eliminated", "carry" → "carried", "target" → "targeted"; an irregular verb's form is not read. */
function pastOf(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

// "Three: Abecma, Carvykti and Breyanzi", "Four", "2 — Abecma and Carvykti": a count, and the names it counts.
const COUNT_ANSWER = /^(\p{L}+|\d{1,2})(?:\s*[:—–]\s*|\s+-\s+|,\s+|$)(.*)$/u;
// Words that make a count's comment a hedge or a condition ("Four, I think", "Five, if you count …").
const UNSURE = ['modality-hedges', 'evidential-hedges', 'downtoners', 'conditional-cues'] as const;

/**
 * "How many CAR-Ts are approved for myeloma?" over "Three: Abecma, Carvykti and Breyanzi." reads "Three CAR-Ts are
 * approved for myeloma: Abecma, Carvykti and Breyanzi." A question that inverts its subject ("How many indications
 * does Breyanzi have?") has no gap before its verb and is not read.
 */
function countGap(masked: MaskedText, words: readonly Word[], answer: string): string | undefined {
  const counted = COUNT_ANSWER.exec(answer);
  if (!counted || words[1]?.lower !== 'many') return undefined;
  const [, count = '', listed] = counted;
  if (!/^\d{1,2}$/.test(count) && cardinal(count.toLowerCase()) === undefined) return undefined;
  // "Four, all for blood cancers": a verbless comment after a comma is not the counted names; a clause there ("Four,
  // I think", "Five, if you count …") or a hedge may take the count back.
  const commented = /^\p{L}+,|^\d{1,2},/u.test(answer);
  const comment = commented ? wordsOf(listed ?? '') : [];
  if (
    PERSONAL_PRONOUNS.has(comment[0]?.lower ?? '') ||
    comment.some(isVerb) ||
    UNSURE.some((l) => findPhrase(comment, lexicon(l)) !== undefined)
  )
    return undefined;
  const names = commented ? '' : listed;
  if (words.length < 5 || words.some((w) => DO_FORMS.has(w.lower))) return undefined;
  const asked = masked.slice(words[2]!.start, words.at(-1)!.start).trim();
  return `${count} ${asked}${names ? `: ${names}` : ''}.`;
}

/**
 * "How long must I avoid driving after my infusion?" over "Under the current label, for eight weeks." reads "Under the
 * current label, I must avoid driving after my infusion for eight weeks."; "How long does it take from collection to
 * infusion?" over "A few days." reads "It takes a few days from collection to infusion." The answer's own qualifiers
 * stay with it. Only a question "How long" + auxiliary + a pronoun or one named subject, and an answer that names a
 * span of time (a count or "a few" before a unit).
 */
function durationGap(
  masked: MaskedText,
  words: readonly Word[],
  mentions: readonly TermMatch[],
  answer: string,
): string | undefined {
  if (words[1]?.lower !== 'long') return undefined;
  const auxiliaries = lexiconWords('auxiliaries');
  // "How long after Yescarta should I …": a fronted adjunct before the auxiliary goes after the verb phrase.
  const k = words.findIndex((w, i) => i >= 2 && auxiliaries.has(w.lower));
  if (k < 0 || k > 5 || words.slice(2, k).some((w) => w.punct)) return undefined;
  const auxiliary = words[k]!;
  if (auxiliary.lower === 'did') return undefined;
  const negated = words[k + 1]?.lower === 'not';
  const first = words[k + (negated ? 2 : 1)];
  if (!first || first.punct) return undefined;
  const named = mentions.find((m) => m.start === first.start);
  if (!named && !PERSONAL_PRONOUNS.has(first.lower)) return undefined;
  const subjectEnd = named?.end ?? first.end;
  const rest = words.filter((w) => w.start >= subjectEnd && w !== words.at(-1));
  if (!rest.length || rest.some((w) => w.lower === '?')) return undefined;
  const spanOfTime = durationIn(answer);
  if (spanOfTime === undefined) return undefined;
  // "Under the current label, for eight weeks": what comes before the comma qualifies the whole statement.
  const comma = answer.lastIndexOf(',', spanOfTime);
  const lead = comma > 0 ? `${answer.slice(0, comma + 1)} ` : '';
  const said = answer.slice(comma + 1).trim();
  const subject = masked.slice(first.start, subjectEnd);
  const fronted = k > 2 ? ` ${masked.slice(words[2]!.start, words[k - 1]!.end)}` : '';
  const text = (from: number) => masked.slice(rest[from]!.start, rest.at(-1)!.end);
  const opener = lead ? subject : subject.charAt(0).toUpperCase() + subject.slice(1);
  if (DO_FORMS.has(auxiliary.lower)) {
    // "does it take": the verb takes the auxiliary's person; the span of time is its object.
    if (negated) return undefined;
    const verb = auxiliary.lower === 'does' ? thirdPerson(rest[0]!.lower) : rest[0]!.lower;
    const after = rest.length > 1 ? ` ${text(1)}` : '';
    return `${lead}${opener} ${verb} ${lowerInitial(said)}${after}${fronted}.`;
  }
  const duration = /^(?:only\s+)?for\b/i.test(said) ? said : `for ${lowerInitial(said)}`;
  return `${lead}${opener} ${auxiliary.lower}${negated ? ' not' : ''} ${text(0)}${fronted} ${duration}.`;
}

// Subjects a patient's question asks about without naming them ("How long must I …", "How long does it take …").
const PERSONAL_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'it']);
// Words that count a span of time without a number ("a few days", "several weeks", "the first year").
const SPAN_COUNTS = new Set(['a', 'an', 'few', 'several', 'first']);

/** Where a span of time starts in the answer ("eight weeks", "a few days", "48 hours"), or undefined. */
function durationIn(answer: string): number | undefined {
  const words = wordsOf(answer);
  const units = lexiconWords('answer-duration-units');
  for (let i = 1; i < words.length; i++) {
    if (!units.has(words[i]!.lower)) continue;
    const count = words[i - 1]!.lower;
    if (/^\d+$/.test(count) || cardinal(count) !== undefined || SPAN_COUNTS.has(count)) return words[i - 1]!.start;
  }
  return undefined;
}

/** "take" → "takes", "last" → "lasts", "finish" → "finishes", "carry" → "carries". */
function thirdPerson(verb: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

// A time closing a subject answer after a comma ("Yescarta, in December 2025", "Tecartus, since 2021").
const TRAILING_TIME = /,\s+((?:in|on|since|by|from)\s+(?:[\p{L}.]+\s+){0,2}\d{4})$/iu;
// Ordinals whose noun a wh-question leaves out after "the" ("the first approved for …").
const FUSED_ORDINALS = new Set(['first', 'second', 'third', 'only', 'last', 'latest', 'earliest']);
const DO_FORMS = new Set(['do', 'does', 'did']);
const BE_HAVE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
// A time answer that opens with its preposition ("In August 2017", "On 30 August 2017", "Since 2022").
const TIME_PREPOSITIONS = new Set(['in', 'on', 'since', 'by', 'during', 'from']);
// "Which CAR-T is …? Tecartus and Breyanzi.": the verb agrees with the answer's names.
const PLURAL_AUXILIARIES: Record<string, string> = { is: 'are', was: 'were', has: 'have' };

/**
 * The question a block opens with, when the sentence follows it in the same block: "**Who can have Carvykti?**"
 * over "Adults with multiple myeloma." (one paragraph, a line break between), "- Is Amtagvi a CAR-T? Yes.".
 */
function sameBlockQuestion(document: DocumentAnalysis, sentence: Sentence): { start: number; end: number } | undefined {
  // "Nurse: Who makes your Yescarta?" over "Patient: Novartis.": another speaker's question turn, after its label.
  const asked = questionAnswered(document, sentence);
  if (asked) return asked;
  const { blocks } = document.prose;
  const masked = maskedOf(document.prose);
  const block = blocks[sentence.blockIndex]!;
  const end = askedEnd(masked, { start: block.start, end: sentence.start });
  return end === undefined ? undefined : { start: block.start, end };
}

/** The block asking what a block answers: the heading, paragraph or list item before it (or before its list). */
function questionBlockBefore(
  document: DocumentAnalysis,
  sentence: Sentence,
): { start: number; end: number } | undefined {
  const { blocks } = document.prose;
  const masked = maskedOf(document.prose);
  if (masked.slice(blocks[sentence.blockIndex]!.start, sentence.start).trim()) return undefined;
  // "- Q: What does Abecma target?" over "- A: BCMA": a question item asks what the item after it answers.
  const asked = (at: number) => askedEnd(masked, blocks[at]!) !== undefined;
  let b = sentence.blockIndex;
  if (sentence.block === 'list-item' && !(blocks[b - 1]?.kind === 'list-item' && asked(b - 1)))
    while (b > 0 && blocks[b - 1]!.kind === 'list-item') b--;
  const question = blocks[b - 1];
  const end = question && QUESTION_BLOCKS.has(question.kind) ? askedEnd(masked, question) : undefined;
  return end === undefined ? undefined : { start: question!.start, end };
}

// Closing quotation marks after a quoted question's mark ('What does Breyanzi target?"').
const CLOSING_QUOTES = new Set(['"', '\u201d', '\u2019', "'"]);

/**
 * Where a block that asks ends, after its question mark: a quoted question ('Quoting @mom: "What does Breyanzi
 * target?"') asks what it quotes. Undefined for a block that asks nothing.
 */
function askedEnd(masked: MaskedText, block: { start: number; end: number }): number | undefined {
  const text = masked.slice(block.start, block.end).trimEnd();
  // Read back from the end, not by a pattern anchored there: tried from every quotation mark of a long run, one
  // would be quadratic.
  let end = text.length;
  while (end > 0 && CLOSING_QUOTES.has(text[end - 1]!)) end--;
  return text[end - 1] === '?' ? block.start + end : undefined;
}

// The question words that ask for a slot's value ("What does Abecma target?", "Which antigen does Kymriah target?").
const QUESTION_WORDS = new Set(['what', 'which']);
// A quoted block asks too: a forum reply quoting the question it answers ("> Which company makes Tecartus?"). A reply
// on the next line without a blank one is, for Markdown, the quote's own line: it answers there, as a yes or no does.
const ANSWER_BLOCKS = new Set(['list-item', 'paragraph', 'quote']);
const QUESTION_BLOCKS = new Set(['heading', 'paragraph', 'list-item', 'quote']);

/** The words of a question block, without its "Q:" label. */
function questionWords(masked: MaskedText, question: { start: number; end: number }): Word[] {
  const text = masked.slice(question.start, question.end);
  const label = QUESTION_LABEL.exec(text)?.[0].length ?? 0;
  const words = wordsOf(text.slice(label), question.start + label);
  // A yes/no question's auxiliary comes first and keeps it.
  const opens = (w: Word | undefined) => !!w && (WH_WORDS.has(w.lower) || lexiconWords('auxiliaries').has(w.lower));
  if (opens(words[0])) return words;
  // "So when did …?", "Okay, and which …?": discourse markers link the question to the talk before it.
  let m = 0;
  while (m < MAX_MARKERS && lexiconWords('question-discourse-markers').has(words[m]?.lower ?? ''))
    m += words[m + 1]?.lower === ',' ? 2 : 1;
  if (m > 0 && opens(words[m])) return words.slice(m);
  // "Her favourite quiz question: which CAR-T …?", "For the record, how many …?", "Quoting @mom: "What …?"": an
  // opener before a colon, comma or quotation mark and the wh-word is not the question's. So does a title line or
  // sentence before it ("People also ask\nWhat year …?", "Round 3, question 2. Which …?").
  const opened = (w: Word, i: number) =>
    OPENER_MARKS.has(words[i - 1]!.lower) || /\n[ \t]*$/.test(masked.slice(Math.max(0, w.start - 8), w.start));
  const at = words.findIndex((w, i) => i > 0 && WH_WORDS.has(w.lower) && opened(w, i));
  return at > 0 ? words.slice(at) : words;
}

// The subjects of an answer that only repeats its reply ("Yes, it is.").
const ECHO_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'that']);
// Possessive determiners a question may put before a product's name ("your Yescarta", "my Kymriah").
const POSSESSIVES = new Set(['your', 'my', 'his', 'her', 'their', 'our']);
const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);
const OPENER_MARKS = new Set([':', ',', '.', '—', '–', '"', '“', '‘']);
// Discourse markers before a question's first word ("Okay, so when …?").
const MAX_MARKERS = 4;

/** Where a sentence's text starts without its turn's speaker label or its answer label (see unlabelled). */
function unlabelledStart(document: DocumentAnalysis, sentence: Sentence): number {
  const turn = turnOpenedBy(document, sentence);
  return turn ? turn.start : sentence.start + (ANSWER_LABEL.exec(sentence.text)?.[0].length ?? 0);
}

/** A sentence's text without its turn's speaker label or its answer label ("Patient: Kite." reads "Kite."). */
function unlabelled(document: DocumentAnalysis, sentence: Sentence): string {
  const turn = turnOpenedBy(document, sentence);
  return turn
    ? maskedOf(document.prose).slice(turn.start, turnEnd(document, sentence))
    : sentence.text.replace(ANSWER_LABEL, '');
}

/**
 * A yes or a no answering the yes/no question before it ("Is Tecelra a CAR-T? No, a TCR therapy."): the question's
 * statement, denied by a no ("Tecelra is not a CAR-T"). Only a question that opens with an auxiliary and then names one
 * product or drug, and an answer that adds no hedge, restriction or place (a "No, only in adults" denies less).
 */
function polarAnswer(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  const answerText = unlabelled(document, sentence);
  // Most sentences are no answer: their first word says so before the rest is read, and most hold neither word in
  // that much text, which is told without reading words.
  const head = answerText.slice(0, 40);
  const lower = head.toLowerCase();
  if (!lower.includes('no') && !lower.includes('yes') && !lower.startsWith('only')) return undefined;
  const first = wordsOf(head, 0, 1)[0]?.lower;
  // "Only in adults": a restriction is a "no" to the whole question, said without it.
  const bare = first === 'only';
  const reply = bare ? 'no' : first;
  if (reply !== 'yes' && reply !== 'no') return undefined;
  const answerWords = wordsOf(answerText);
  const told = answerWords.slice(bare ? 0 : 1).filter((w) => !w.punct);
  // "Yes, it is.", "No, they aren't.": a pronoun and a bare auxiliary only repeat the reply.
  const echo =
    ECHO_PRONOUNS.has(told[0]?.lower ?? '') &&
    lexiconWords('auxiliaries').has(told[1]?.lower ?? '') &&
    (told.length === 2 || (told.length === 3 && told[2]!.lower === 'not' && reply === 'no'));
  const said = echo ? [] : told;
  // "No, only for children": the question's phrase with that preposition, restricted to the answer's.
  const restricted =
    reply === 'no' && said[0]?.lower === 'only' && lexiconWords('prepositions').has(said[1]?.lower ?? '')
      ? said.slice(1)
      : undefined;
  if (bare && !restricted) return undefined;
  const hedges = [lexiconWords('modality-hedges'), lexiconWords('evidential-hedges'), lexiconWords('downtoners')];
  const kept = restricted ?? said;
  if (kept.some((w) => RESTRICTING_ANSWERS.has(w.lower) || hedges.some((h) => h.has(w.lower)))) return undefined;
  const answerMentions = document.mentionsIn(sentence.start, sentence.end);
  if (placeIn(answerWords, answerMentions) !== undefined) return undefined;
  // An answer with a clause of its own ("No, it targets BCMA.", "No. It targets BCMA.") states it there: that clause
  // is judged (claims/discourse.ts), not the bare answer word.
  const { blocks } = document.prose;
  const masked = maskedOf(document.prose);
  const block = blocks[sentence.blockIndex];
  // "Was Abecma the first CAR-T for myeloma?" over "No, Carvykti was.": another name and a bare auxiliary say the
  // question's predicate of that name instead.
  const instead =
    reply === 'no' ? substitutedSubject(answerMentions, said, unlabelledStart(document, sentence)) : undefined;
  if (!block || masked.slice(sentence.end, block.end).trim() || !(instead || isVerbless(said))) return undefined;
  // What the answer adds after its yes ("Yes, in children", "Yes, since 2021") qualifies the question's statement.
  const added = kept.length ? answerText.slice(kept[0]!.start, kept.at(-1)!.end) : '';
  const question = masked.slice(block.start, sentence.start).trim()
    ? sameBlockQuestion(document, sentence)
    : blocks[sentence.blockIndex - 1];
  if (!question || !masked.slice(question.start, question.end).trim().endsWith('?')) return undefined;
  const words = questionWords(masked, question).filter((w) => w.lower !== '?');
  const auxiliary = words[0];
  const mentions = document.mentionsIn(question.start, question.end);
  // "Can children receive Tecartus?" over "Yes, for ALL.": the patients asked about, and the one product named.
  if (auxiliary && MODALS.has(auxiliary.lower) && isPopulationWord(words[1]?.lower ?? '') && words[2]) {
    const named = mentions.filter(isNamed);
    if (restricted || !named.length || named.some((m) => m.entity !== named[0]!.entity)) return undefined;
    const asked = masked.slice(words[2].start, words.at(-1)!.end).trim();
    const more = reply === 'yes' && added ? ` ${added}` : '';
    return `${words[1]!.text} ${auxiliary.lower}${reply === 'no' ? ' not' : ''} ${asked}${more}.`;
  }
  if (!auxiliary || !POLAR_AUXILIARIES.has(auxiliary.lower)) return undefined;
  // "Is any CAR-T approved for NETs?": an indefinite class asks whether one member is; a no says none is.
  const indefinite = INDEFINITES.has(words[1]?.lower ?? '');
  const subject = mentions.find((m) => m.start === words[indefinite ? 2 : 1]?.start);
  if (
    !subject ||
    !(indefinite ? subject.entity.type === 'therapy-class' : isNamed(subject)) ||
    mentions.some((m) => isNamed(m) && m.entity !== subject.entity)
  )
    return undefined;
  const rest = masked.slice(subject.end, words.at(-1)!.end).trim();
  if (!rest) return undefined;
  const name = masked.slice(subject.start, subject.end);
  if (restricted) {
    const asked = wordsOf(rest).filter((w) => w.lower === restricted[0]!.lower);
    if (indefinite) return undefined;
    // "Is Kymriah approved for ALL?" over "Only in adults": a restriction the question did not ask about is added.
    if (!asked.length) return `${name} ${auxiliary.lower} ${rest} only ${added}.`;
    return `${name} ${auxiliary.lower} ${rest.slice(0, asked.at(-1)!.start).trim()} only ${added}.`;
  }
  if (instead) {
    if (indefinite || instead.mention.entity === subject.entity) return undefined;
    return `${instead.mention.text} ${instead.auxiliary} ${rest}.`;
  }
  if (indefinite) return `${reply === 'no' ? 'No' : 'A'} ${name} ${auxiliary.lower} ${rest}.`;
  if (reply === 'yes' && added) return `${name} ${auxiliary.lower} ${rest} ${added}.`;
  return `${name} ${auxiliary.lower}${reply === 'no' ? ' not' : ''} ${rest}.`;
}

/**
 * The other name a "no" puts in the question's subject ("No, Carvykti was."): the answer's words after its reply are
 * one named product or drug and one auxiliary of a yes/no question, nothing else.
 */
function substitutedSubject(
  mentions: readonly TermMatch[],
  said: readonly Word[],
  base: number,
): { mention: TermMatch; auxiliary: string } | undefined {
  const last = said.at(-1);
  if (said.length < 2 || !last || !POLAR_AUXILIARIES.has(last.lower)) return undefined;
  // The answer's words count from its text's start, the mentions from the document's.
  const named = mentions.find((m) => m.start === base + said[0]!.start);
  if (!named || !isNamed(named) || said.some((w) => w !== last && base + w.end > named.end)) return undefined;
  return { mention: named, auxiliary: last.lower };
}

/**
 * An answer whose subject is "it" for the one product or drug its question names, naming no disease where the question
 * names one: "Can Kymriah be used after one treatment for LBCL?" over "No, it is approved only after two or more."
 * speaks of LBCL, and reads "Kymriah is approved only after two or more for large B-cell lymphoma". Alone, the answer
 * would be judged against every indication of the product; it is judged only as this statement (see elidesCondition).
 * The question may be followed by a bare "Yes." or "No." before the answer.
 */
function elidedConditionAnswer(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (sentence.block !== 'list-item' && sentence.block !== 'paragraph') return undefined;
  const { blocks } = document.prose;
  const masked = maskedOf(document.prose);
  const block = blocks[sentence.blockIndex];
  if (!block) return undefined;
  // Most sentences open otherwise: told from their first characters, before any text around them is read.
  const answerText = unlabelled(document, sentence);
  if (!IT_OPENING.test(answerText.slice(0, 24))) return undefined;
  // A bare answer is read from the few characters before the sentence, not from the whole block before it.
  const tailFrom = Math.max(block.start, sentence.start - 24);
  const bare = BARE_ANSWER.exec(masked.slice(tailFrom, sentence.start));
  const before = masked.slice(block.start, bare ? tailFrom + bare.index : sentence.start);
  let question: { start: number; end: number } | undefined;
  if (before.trim().endsWith('?')) question = { start: block.start, end: block.start + before.length };
  else if (!before.trim()) {
    const previous = blocks[sentence.blockIndex - 1];
    if (
      previous &&
      QUESTION_BLOCKS.has(previous.kind) &&
      masked.slice(previous.start, previous.end).trim().endsWith('?')
    )
      question = previous;
  }
  if (!question) return undefined;
  const words = wordsOf(answerText);
  const k = lexiconWords('answer-particles').has(words[0]?.lower ?? '') && words[1]?.lower === ',' ? 2 : 0;
  const verb = words[k + 1];
  if (words[k]?.lower !== 'it' || !verb || !(isVerb(verb) || lexiconWords('auxiliaries').has(verb.lower)))
    return undefined;
  // "No, it is not.": an elided predicate is the question's, not only its disease.
  const auxiliaries = lexiconWords('auxiliaries');
  const rest = words.slice(k + 1).filter((w) => !w.punct);
  if (rest.every((w) => auxiliaries.has(w.lower) || lexiconWords('negation-cues').has(w.lower))) return undefined;
  // "Yes, it is approved to shrink them": a pronoun in the predicate refers back itself, and is read in the sentence.
  if (rest.some((w) => OBJECT_PRONOUNS.has(w.lower))) return undefined;
  if (document.mentionsIn(sentence.start, sentence.end).some((m) => isNamed(m) || isIndication(m))) return undefined;
  const asked = document.mentionsIn(question.start, question.end);
  const named = asked.filter(isNamed);
  const conditions = asked.filter(isIndication);
  if (!named.length || named.some((m) => m.entity !== named[0]!.entity) || conditions.length !== 1) return undefined;
  const predicate = answerText
    .slice(verb.start)
    .trim()
    .replace(/[.!;]+$/, '');
  return `${named[0]!.text} ${predicate} for ${conditions[0]!.text}.`;
}

const OBJECT_PRONOUNS = new Set(['it', 'its', 'them', 'they', 'their', 'this', 'these', 'those']);
const IT_OPENING = /^\s*(?:(?:yes|no)\s*,\s*)?it\b/i;
// A bare answer sentence between a question and the answer's clause ("… lymphoma? No. It is approved …").
const BARE_ANSWER = new RegExp(`(?:${ANSWER_LABEL_PART})?\\b(?:yes|no)\\s*[.!]\\s*$`, 'iu');

/** Whether the sentence is an answer judged only with the disease its question names (elidedConditionAnswer). */
export function elidesCondition(document: DocumentAnalysis, sentence: Sentence): boolean {
  return elidedConditionAnswer(document, sentence) !== undefined;
}

// Determiners of an indefinite subject in a yes/no question ("Is any CAR-T approved …?", "Is a CAR-T approved …?").
const INDEFINITES = new Set(['any', 'a', 'an']);

// "Can children receive …?": a modal question about what patients may be given.
const MODALS = new Set(['can', 'may']);
// The auxiliaries a yes/no question about a fact opens with ("Is Kymriah approved …?", "Does Abecma target …?").
const POLAR_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have']);
// Words that make an answer restrict or qualify the question rather than answer it whole ("No, only in adults").
const RESTRICTING_ANSWERS = new Set(['only', 'just', 'but', 'except', 'yet', 'not', 'still', 'unless', 'if']);

/** A telegraphic bullet as prose, with the articles it dropped ("2017: Kymriah, first FDA CAR-T"), if it dropped any. */
function restoredItem(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  const line = telegraphicItem(document, sentence);
  const restored = line && withArticles(document, line.itemStart, line.item);
  return restored && restored !== line.item ? `${restored}.` : undefined;
}

/** The statement a bullet makes with the entity its section heading is about, when no lead-in frames its list. */
function framedStatement(
  document: DocumentAnalysis,
  sentence: Sentence,
  subjectOf: (span: { start: number; end: number }) => FrameSubject | undefined,
): string | undefined {
  const lead = leadIn(document, sentence.blockIndex);
  // A lead-in that names something frames the list: a heading further up is not the items' subject.
  if (lead && document.mentionsIn(lead.start, lead.end).length > 0) return undefined;
  // "## Aucatzyl" over "- Targets BCMA"; over "- An autologous CAR-T" only when no lead-in frames the list.
  const line = lead ? undefined : telegraphicItem(document, sentence);
  const subject = line && sectionSubject(document, sentence, subjectOf);
  return (subject && describeUnder(document, subject, line)?.text) ?? headingStatement(document, sentence, subjectOf);
}

/** What a table cell's or a bullet's judgement depends on beyond its own text. */
export function unitContext(document: DocumentAnalysis, sentence: Sentence, index: KnowledgeIndex): string {
  if (sentence.block === 'table-cell') return tableCellContext(document, sentence);
  const frame = framePeriod(document, sentence, index);
  const when = typeof frame === 'object' ? `${frame.from}/${frame.to}` : (frame ?? '');
  const statements = fragmentsOf(document, sentence).map((part) => unitStatement(document, part, index) ?? '');
  const scoped = underDiseaseHeading(document, sentence) ? '\0disease heading' : '';
  // A closed list's last item is judged with every item above it.
  const closed = closedList(document, sentence, defaultRegulator(index));
  const list = closed ? `\0closed ${closed.cls.id} ${closed.indication} ${[...closed.listed].join(' ')}` : '';
  return `${statements.join('\0')}${when && `\0${when}`}${scoped}${list}`;
}

/**
 * Whether the bullet at `at` stands in a list whose lead-in names a regulator other than the default one ("Approvals in
 * Japan:"), or the table cell in a table whose caption does ("Table 2. Approvals in the EU (EMA)"): like such a
 * heading, it scopes every item, which is then not judged by the default regulator's record.
 */
export function leadInElsewhere(document: DocumentAnalysis, at: { start: number }, index: KnowledgeIndex): boolean {
  const { blocks } = document.prose;
  // The last block starting at or before `at` (offsets are whole numbers).
  const b = lowerBound(blocks, at.start + 1) - 1;
  if (b < 0 || at.start >= blocks[b]!.end) return false;
  const kind = blocks[b]!.kind;
  const lead =
    kind === 'list-item' ? leadIn(document, b)?.text : kind === 'table-cell' ? tableCaption(document, b) : undefined;
  return lead !== undefined && headingPlace(lead, index) === 'elsewhere';
}

interface LeadIn {
  start: number;
  end: number;
  /** Its text without a closing colon. */
  text: string;
  words: Word[];
  /** A record card's first line, whose value leads in the lines after it. */
  card?: true;
}

// Per document version (its blocks), by a list's first item: every item of a list asks for the same lead-in, and
// every list item is judged again at each edit.
const leadIns = new WeakMap<object, Map<number, LeadIn | undefined>>();

/**
 * The lead-in of the list whose item is block `at`: the item a nested list hangs from ("- Abecma" over "  - Targets
 * BCMA"), when it frames the list, else the block right before the list, when it frames one.
 */
function leadIn(document: DocumentAnalysis, at: number): LeadIn | undefined {
  const { blocks } = document.prose;
  let byList = leadIns.get(blocks);
  if (!byList) leadIns.set(blocks, (byList = new Map()));
  const parent = parentItem(document, at);
  // Keyed by the parent item's block (negative) or the list's first item.
  if (parent !== undefined) {
    if (!byList.has(-1 - parent)) byList.set(-1 - parent, readLeadIn(document, parent));
    const lead = byList.get(-1 - parent);
    if (lead) return lead;
  }
  let b = at;
  while (b > 0 && blocks[b - 1]!.kind === 'list-item') b--;
  let lead = byList.get(b);
  if (!byList.has(b)) byList.set(b, (lead = readLeadIn(document, b - 1)));
  // A record's name line ("Name: Abecma") leads in the lines after it, up to the next record's: a title over the cards
  // that names nothing ("Formulary entry") only says what kind of record they are.
  if (!lead || namesNothing(document, lead)) {
    const card = nearestCard(document, b, at);
    if (card) return card.at === at ? undefined : card.lead;
  }
  return lead;
}

const SUBJECT_SLOTS = new Set([...lexicon('table-headers-subject'), ...lexicon('record-name-labels')]);
// How many lines above an item its record's name line may be.
const MAX_CARD_LINES = 16;

/** A lead-in that names no entity and no date: a record kind's title ("Formulary entry", "Account note"). */
function namesNothing(document: DocumentAnalysis, lead: LeadIn): boolean {
  return document.mentionsIn(lead.start, lead.end).length === 0 && !/\d/.test(lead.text);
}

// Per document version (its blocks), each list item's reading as a record's name line (null: none).
const cards = new WeakMap<object, Map<number, LeadIn | null>>();

/** The name line of the record item `at` belongs to: the nearest at or above it in its list, from the list's first item `first`. */
function nearestCard(document: DocumentAnalysis, first: number, at: number): { at: number; lead: LeadIn } | undefined {
  const { blocks } = document.prose;
  let byBlock = cards.get(blocks);
  if (!byBlock) cards.set(blocks, (byBlock = new Map()));
  for (let k = at; k >= first && at - k <= MAX_CARD_LINES; k--) {
    let card = byBlock.get(k);
    if (card === undefined) byBlock.set(k, (card = cardTitle(document, k) ?? null));
    if (card) return { at: k, lead: card };
  }
  return undefined;
}

/**
 * "Product: Abecma" or "Name: Abecma" over "Target: CD19": a record card opens with a line whose label names the kind
 * of thing it is about or its name field (data/lexicon/table-headers-subject, record-name-labels) and whose value is
 * one therapy's name ("Amtagvi (lifileucel)"); or with a line that is a frame about one therapy ("Abecma: product
 * specification", data/lexicon/subject-frames-after). That name leads in the card's other lines, as a title would.
 */
function cardTitle(document: DocumentAnalysis, b: number): LeadIn | undefined {
  const block = document.prose.blocks[b];
  if (block?.kind !== 'list-item') return undefined;
  const text = maskedOf(document.prose).slice(block.start, block.end);
  const labelled = splitLabel(text.trim());
  if (!labelled) return undefined;
  if (!SUBJECT_SLOTS.has(labelled.label.toLowerCase())) {
    // The value is only the frame's words: "Zevor-cel: NMPA, 2021" is a value, not a title.
    const frame = lowerWords(wordsOf(labelled.value).filter((w) => !w.punct));
    if (!lexicon('subject-frames-after').includes(frame)) return undefined;
    const framed = frameSubject(document, block);
    if (!framed || !isTherapy(framed.entity) || framed.text !== labelled.label.trim()) return undefined;
    const start = block.start + text.indexOf(framed.text);
    return { start, end: start + framed.text.length, text: framed.text, words: wordsOf(framed.text), card: true };
  }
  const value = labelled.value.replace(/[.;,]$/, '');
  const start = block.start + text.lastIndexOf(value);
  const end = start + value.length;
  const named = frameSubject(document, { start, end });
  if (!named || !isTherapy(named.entity) || document.mentionsIn(start, end)[0]?.start !== start) return undefined;
  return { start, end, text: value, words: wordsOf(value), card: true };
}

// A list item's line up to its text: indentation and a bullet or number marker.
const ITEM_MARKER = /^([ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]+$/;

/**
 * The one product or drug a nested bullet's ancestors are about ("Yescarta" over "- Design" over "  - Target: CD22";
 * "Kymriah at a glance" over "- Target: CD19" over "  - Co-stimulation: 4-1BB"): the subject of the outermost item's
 * lead-in, or of its section heading when nothing leads the list in. None when an item on the way names a product,
 * drug or disease of its own: that item frames what hangs from it.
 */
function inheritedSubject(
  document: DocumentAnalysis,
  sentence: Sentence,
  misspelled?: (word: string) => Entity | undefined,
): FrameSubject | undefined {
  const { blocks } = document.prose;
  let top = sentence.blockIndex;
  for (let parent = parentItem(document, top); parent !== undefined; parent = parentItem(document, top)) {
    const block = blocks[parent]!;
    if (document.mentionsIn(block.start, block.end).some((m) => isNamed(m) || isIndication(m))) return undefined;
    top = parent;
  }
  if (top === sentence.blockIndex) return undefined;
  const lead = leadIn(document, top);
  if (lead) {
    const subject = labelFrameSubject(document, lead, misspelled);
    return subject && isNamed(subject) ? subject : undefined;
  }
  const heading = sectionHeadingOf(document, top);
  if (heading === undefined || top - heading > MAX_SECTION_BLOCKS) return undefined;
  const subject = frameSubject(document, blocks[heading]!, misspelled);
  return subject && isNamed(subject) ? subject : undefined;
}

/**
 * "CAR-T approvals by disease" over "- Multiple myeloma" over "  - Carvykti": a nested item that only names products,
 * under an item that only names one disease, in a list whose lead-in names approvals (data/lexicon/
 * table-header-words-approval), says they are approved for that disease. Not under a lead-in that names another
 * regulator's place or research ("Approvals under review").
 */
function groupedApproval(
  document: DocumentAnalysis,
  sentence: Sentence,
  disease: FrameSubject,
  index?: KnowledgeIndex,
): RowStatement | undefined {
  if (disease.entity.type !== 'indication' || !index) return undefined;
  const parent = parentItem(document, sentence.blockIndex);
  if (parent === undefined || parentItem(document, parent) !== undefined) return undefined;
  const line = telegraphicItem(document, sentence);
  const names = line && listedNames(document, line.itemStart, line.item);
  const outer = leadIn(document, parent);
  if (!names || !outer || isNotAValue(outer.text) || headingPlace(outer.text, index) === 'elsewhere') return undefined;
  const approvalWords = lexiconWords('table-header-words-approval');
  const approves = outer.words.some((w) => approvalWords.has(w.lower) || approvalWords.has(w.lower.replace(/s$/, '')));
  if (!approves || findPhrase(outer.words, lexicon('caption-research-cues'))) return undefined;
  const column = columnNamed('indication');
  const statements = column ? names.map((name) => slotStatement(column, name, disease.text)) : [];
  return statements.length && statements.every(Boolean)
    ? { text: statements.map((s) => s!.text).join(' ') }
    : undefined;
}

/** The item whose nested list holds item `at`: the nearest item above it on a line indented less. */
function parentItem(document: DocumentAnalysis, at: number): number | undefined {
  const { blocks } = document.prose;
  const indent = (b: number) => {
    const start = blocks[b]!.start;
    const line = document.text.slice(document.text.lastIndexOf('\n', start - 1) + 1, start);
    const marker = ITEM_MARKER.exec(line);
    return marker ? marker[1]!.length : undefined;
  };
  const own = indent(at);
  if (!own) return undefined;
  for (let b = at - 1; b >= 0 && blocks[b]!.kind === 'list-item'; b--) {
    const other = indent(b);
    if (other !== undefined && other < own) return b;
  }
  return undefined;
}

/** Block `b` (the block before a list, or the item a nested list hangs from) as a lead-in, if it frames the list. */
function readLeadIn(document: DocumentAnalysis, b: number): LeadIn | undefined {
  const { blocks } = document.prose;
  const masked = maskedOf(document.prose);
  const block = blocks[b];
  if (!block || (block.kind !== 'paragraph' && block.kind !== 'heading' && block.kind !== 'list-item'))
    return undefined;
  const whole = masked.slice(block.start, block.end).trim();
  // "Slide 9: Approved for solid tumours": the slide's or section's number is no part of what its title says.
  const numbered = NUMBERED_TITLE.exec(whole)?.[0].length ?? 0;
  const raw = whole.slice(numbered);
  const colon = raw.endsWith(':');
  const text = raw.replace(/\s*:$/, '');
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_LEAD_IN_WORDS) return undefined;
  // A line that states something ("Kymriah targets CD19.") is a sentence, not a frame; a heading, a line ending in
  // a colon or a slot name ("Targets") is a label whatever its words.
  // A title worded as a clause a question word opens ("How Abecma is made") names what its bullets are about.
  const label =
    colon ||
    block.kind === 'heading' ||
    isVerbless(words) ||
    columnNamed(lowerWords(words)) ||
    headColumn(words) ||
    lexiconWords('subject-clause-openers').has(words[0]!.lower);
  if (/[.!?]$/.test(text) || !label) return undefined;
  const start = numbered ? block.start + masked.slice(block.start, block.end).indexOf(raw) : block.start;
  return { start, end: block.end, text, words };
}

// A numbered frame's label before a title and a separator: "Slide 9: ", "Section 2 - ", "Part II — ".
const NUMBERED_TITLE = new RegExp(
  `^(?:${lexicon('numbered-frame-labels').join('|')})\\s+(?:\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,6}|[A-Z])(?:\\s*[:.]|\\s+[—–-])\\s+(?=\\S)`,
  'i',
);

const BRACKETED = /\s*\([^()]*\)/g;

/**
 * "Approved by the FDA for CRS: no": a label answered by a yes or a no, which may be as long as the bullet allows (a
 * predicate rather than a name).
 */
function answeredLabel(item: string): { label: string; value: string } | undefined {
  const labelled = splitLabel(item, MAX_BULLET_WORDS);
  return labelled && yesOrNo(labelled.value) ? labelled : undefined;
}

/** "Kymriah: BCMA" → label "Kymriah", value "BCMA" (a short label only). */
function splitLabel(text: string, maxLabelWords = MAX_SUBJECT_WORDS): { label: string; value: string } | undefined {
  // One space for each run: the separator's leading "\s*" would retry every start of a long blanked run (a masked
  // \cite of thousands of keys), quadratic in its length.
  const item = text.replace(/\s{2,}/g, ' ');
  const separator = LABEL_SEPARATOR.exec(item);
  if (!separator || separator.index === 0) return undefined;
  const label = item.slice(0, separator.index).trim();
  const value = item.slice(separator.index + separator[0].length).trim();
  // "Abecma (idecabtagene vicleucel)": a name's bracketed alias does not lengthen the label.
  if (!label || !value || wordsOf(label.replace(BRACKETED, '')).length > maxLabelWords) return undefined;
  return { label, value };
}

// At most this many words of a value before the slot's name ("2 infusions", "first line").
const MAX_VALUE_BEFORE_SLOT = 2;

/** A slot named by the last words of a short bullet after its value ("2 infusions"); none after a predicate. */
function slotAtEnd(words: readonly Word[]): Column | undefined {
  if (openerLength(words) > 0) return undefined;
  for (let k = Math.min(words.length - 1, 4); k >= 1 && words.length - k <= MAX_VALUE_BEFORE_SLOT; k--) {
    const column = columnNamed(
      words
        .slice(-k)
        .map((w) => w.lower)
        .join(' '),
    );
    if (column) return column;
  }
  return undefined;
}

/** A slot named by the first words of `text` ("indication multiple myeloma", "approved for MCL") and the rest. */
function slotAtStart(text: string): { column: NonNullable<ReturnType<typeof columnNamed>>; rest: string } | undefined {
  const words = wordsOf(text);
  for (let k = Math.min(words.length - 1, 4); k >= 1; k--) {
    const column = columnNamed(
      words
        .slice(0, k)
        .map((w) => w.lower)
        .join(' '),
    );
    // "Infusions: 2" as a bullet's value ("Abecma — Infusions: 2"): the slot's own separator is not its value.
    if (column)
      return {
        column,
        rest: text
          .slice(words[k]!.start)
          .replace(/^[:—–]\s*/u, '')
          .trim(),
      };
  }
  return undefined;
}
