import { maskedOf } from '../text/prose';
import { STATEMENT_MEMO_CHARS, TextMemo } from '../util/memo';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type DocumentAnalysis } from '../document/analysis';
import type { KnowledgeIndex } from '../kb/index';
import type { TermMatch } from '../terms/matcher';
import type { Sentence } from '../text/sentences';
import { checkSentenceIn } from './engine';
import { framePeriodOf, type Period } from './period';
import { isSeparatorRow, onTableHeaderRow, sectionHeadingOf } from './heading';
import { isCondition, isTherapy, regulatorOf } from './knowledge';
import { type LexiconName, lexicon, lexiconWords } from './lexicon';
import { cardinal } from './numbers';
import { countryRegulatorSpanAt, isPopulationWord } from './qualifiers';
import type { ClaimFinding } from './relations/types';
import { isTherapyHead } from './phrases';
import { findPhrase, longestPhraseStartingAt, phraseAt, phraseStartingAt, type Word, wordsOf } from './words';
import { capitalize, isYear, MONTHS } from '../util/text';
import { scaleRangeStatement, unknownScaleNamed } from './scales';
import { sectionSubject, subjectlessStatement } from './topic';

// A Markdown table row is a statement about the one entity its first cell names, one per column whose header names a
// relation ("| Product | Target |" over "| Yescarta | CD19 |" says "Yescarta targets CD19"). Each cell is its own
// sentence in the prose; a cell is judged as the statement its row and header make of it, on the cell. Also read:
//   a header or a row's "Regulator" cell naming where ("| Product | EMA approval |", "| satri-cel | NMPA | 2026 |"),
//   a header that is only a regulator ("| Product | FDA | EMA |"), yes/no cells ("| REMS required | Yes |"),
//   a first column naming the relation over a column of names ("| Trial | Product |" over "| KarMMa-3 | Abecma |"),
//   and transposed tables ("| Target | CD19 |" under "## Kymriah", or under a header "| Feature | Kymriah |").
// Headers are matched through the table-headers-* lexicons; a header, subject or value not understood is not judged.

export interface Column {
  /** The headers that name it (data/lexicon/table-headers-*); none for a column a disease names. */
  lexicon?: LexiconName;
  /** The slot it fills, as an explanation names it ("target"); the lexicon's name without its prefix by default. */
  slot?: string;
  /** The statement a subject and a value make; `place` is where an approval is (" by the EMA", " in Japan") or "". */
  statement?: (subject: string, value: string, place: string) => string;
  /** The value as it fills the slot (the date out of "Yes (Aug 2017)"), or undefined when it cannot. */
  read?: (value: string) => string | undefined;
  /** The statement when the row also names an indication ("| Breyanzi | LBCL | Adults |"). */
  withIndication?: (subject: string, indication: string, value: string, place: string) => string;
  /**
   * The statements a yes and a no cell make ("| Product | REMS required |" over "| Kymriah | Yes |"); `indication`
   * is the one indication the row or the header names, when the answer is about it.
   */
  yes?: (subject: string, place: string, indication?: string) => string;
  no?: (subject: string, place: string, indication?: string) => string;
  /** An approval column: a yes or no (or "None") about an indication the row or header names is about it only. */
  approval?: true;
  /** Its values are names, written as they are ("Novartis", not "novartis"). */
  names?: true;
  /** Its values say the slot's own name ("2 infusions", "Second line"): a bullet ending in that name is a value. */
  saysSlot?: true;
  /** Values that answer yes by naming what the slot asks about ("Gene editing: CRISPR"): the whole value is one. */
  yesValues?: LexiconName;
}

const byFda = (place: string) => place || ' by the FDA';
const forIndication = (indication?: string) => (indication ? ` for ${indication}` : '');
// "| Product | FDA NET indication |" over "| Cabozantinib | None |": the absence of what the header names.
const approvedOrNot = {
  approval: true,
  yes: (s: string, p: string, i?: string) => `${s} is approved${byFda(p)}${forIndication(i)}.`,
  no: (s: string, p: string, i?: string) => `${s} is not approved${byFda(p)}${forIndication(i)}.`,
} as const;

const COLUMNS: Column[] = [
  { lexicon: 'table-headers-target', statement: (s, v) => `${s} targets ${v}.` },
  { lexicon: 'table-headers-indication', statement: (s, v, p) => `${s} is approved${p} for ${v}.`, ...approvedOrNot },
  { lexicon: 'table-headers-costimulatory', statement: (s, v) => `${s} uses a ${v} costimulatory domain.` },
  { lexicon: 'table-headers-vector', statement: (s, v) => `${s} uses a ${v} vector.` },
  {
    lexicon: 'table-headers-approval-year',
    statement: (s, v, p) => `${s} was first approved${byFda(p)} in ${v}.`,
    read: approvalDate,
    withIndication: (s, i, v, p) => `${s} was approved${byFda(p)} for ${i} in ${v}.`,
    ...approvedOrNot,
  },
  { lexicon: 'table-headers-description', statement: (s, v, p) => `${s} is ${v}${p}.` },
  // "| Cell source |" over "| Allo |": read as the origin it names, or no statement.
  { lexicon: 'table-headers-cell-source', statement: (s, v) => `${s} is ${v}.`, read: cellSource },
  {
    // "| Agent | FDA status in NETs |" over "| Cabozantinib | Not approved |" or "| Approved March 2025 |".
    lexicon: 'table-headers-approval-status',
    statement: (s, v, p) => {
      const date = approvedOn(v);
      return date ? `${s} was approved${byFda(p)} in ${date}.` : `${s} is ${v}${p}.`;
    },
    withIndication: (s, i, v, p) => {
      const date = approvedOn(v);
      return date ? `${s} was approved${byFda(p)} for ${i} in ${date}.` : `${s} is ${v}${p}.`;
    },
    ...approvedOrNot,
  },
  { lexicon: 'table-headers-sponsor', statement: (s, v) => `${s} is marketed by ${v}.`, names: true },
  { lexicon: 'table-headers-developer', statement: (s, v) => `${s} was developed by ${v}.`, names: true },
  { lexicon: 'table-headers-trial', statement: (s, v) => `The ${v} trial studied ${s}.` },
  // "Lymphodepletion" over "- Aim: destroy the lymphoma": what the step is for.
  { lexicon: 'table-headers-purpose', statement: (s, v) => `The purpose of ${s} is to ${v.replace(/^to\s+/i, '')}.` },
  {
    lexicon: 'table-headers-population',
    statement: (s, v, p) => `${s} is approved${p} for ${v}.`,
    // "Adults only": the restriction scopes the whole phrase ("only in adults").
    withIndication: (s, i, v, p) => {
      const only = /^(.+?)\s+only$/i.exec(v);
      return only ? `${s} is approved${p} for ${i} only in ${only[1]}.` : `${s} is approved${p} for ${i} in ${v}.`;
    },
  },
  {
    lexicon: 'table-headers-line',
    saysSlot: true,
    statement: (s, v, p) => `${s} is approved${p} ${v}.`,
    withIndication: (s, i, v, p) => `${s} is approved${p} for ${i} ${v}.`,
  },
  {
    lexicon: 'table-headers-rems',
    yes: (s) => `${s} requires a REMS.`,
    no: (s) => `${s} does not require a REMS.`,
  },
  {
    lexicon: 'table-headers-rems-at-approval',
    yes: (s) => `${s} was approved with a REMS.`,
    no: (s) => `${s} was approved without a REMS.`,
  },
  {
    lexicon: 'table-headers-boxed-warning',
    // The "indication" is the syndrome a header names ("Boxed warning for T-cell malignancies").
    yes: (s, _, i) => `${s} carries a boxed warning${forIndication(i)}.`,
    no: (s, _, i) => `${s} carries no boxed warning${forIndication(i)}.`,
  },
  {
    lexicon: 'table-headers-hla',
    yes: (s) => `${s} requires HLA matching.`,
    no: (s) => `${s} does not require HLA matching.`,
  },
  {
    lexicon: 'table-headers-gene-edited',
    yesValues: 'design-gene-edited',
    yes: (s) => `${s} is gene-edited.`,
    no: (s) => `${s} is not gene-edited.`,
  },
  {
    lexicon: 'table-headers-eligibility',
    statement: (s, v) => `${s} is for patients who are ${v}.`,
    read: markerStatus,
  },
  {
    lexicon: 'table-headers-infusions',
    statement: (s, v) => `${s} is given as ${v}.`,
    read: infusions,
    saysSlot: true,
  },
  {
    // An age bound: no patient beyond it is covered ("only").
    lexicon: 'table-headers-minimum-age',
    statement: (s, v, p) => `${s} is approved${p} only for patients ${v}.`,
    read: ageBound,
    withIndication: (s, i, v, p) => `${s} is approved${p} for ${i} only in patients ${v}.`,
  },
  {
    // The oldest age covered: "25 years" (or "up to 25 years") under "Maximum age".
    lexicon: 'table-headers-maximum-age',
    statement: (s, v, p) => `${s} is approved${p} only for patients ${v}.`,
    read: (value) => ageBound(value)?.replace(/^(\d+) years and older$/, 'up to $1 years'),
    withIndication: (s, i, v, p) => `${s} is approved${p} for ${i} only in patients ${v}.`,
  },
];

for (const column of COLUMNS) column.slot ??= column.lexicon?.replace('table-headers-', '');
const APPROVAL_COLUMN = COLUMNS.find((c) => c.lexicon === 'table-headers-approval-year')!;
const REMS_AT_APPROVAL = COLUMNS.find((c) => c.lexicon === 'table-headers-rems-at-approval')!;
const INDICATION_COLUMN = COLUMNS.find((c) => c.lexicon === 'table-headers-indication')!;
// "| Drug | Use |": what the row's subject is used for, judged as the prose sentence would be (a drug's use may be
// off-label, a CAR-T's is its label).
const USE_COLUMN: Column = {
  ...INDICATION_COLUMN,
  statement: (s, v, p) => (p ? `${s} is approved${p} for ${v}.` : `${s} is used for ${v}.`),
};
const BOXED_WARNING_COLUMN = COLUMNS.find((c) => c.lexicon === 'table-headers-boxed-warning')!;
const MINIMUM_AGE_COLUMN = COLUMNS.find((c) => c.lexicon === 'table-headers-minimum-age')!;
const AGE_COLUMNS = new Set([MINIMUM_AGE_COLUMN, COLUMNS.find((c) => c.lexicon === 'table-headers-maximum-age')!]);
// A header that names its unit ("max_age_years", "Minimum age in years"): its bare numbers are ages in years.
const YEARS_HEADER = /(?:^|[^a-z])(?:years|yrs)\W*$/i;
const DESCRIPTION_COLUMN = COLUMNS.find((c) => c.lexicon === 'table-headers-description')!;
export const LINE_COLUMN = COLUMNS.find((c) => c.lexicon === 'table-headers-line')!;

// "Earliest line" over "after two prior lines": no approval is for an earlier line. An ordinal line ("Second line")
// is left as written: "only" before it is not read.
const only = (v: string) => (/^after\b/i.test(v) ? `only ${v}` : v);
const EARLIEST_LINE_COLUMN: Column = {
  slot: 'earliest line',
  saysSlot: true,
  statement: (s, v, p) => `${s} is approved${p} ${only(v)}.`,
  withIndication: (s, i, v, p) => `${s} is approved${p} for ${i} ${only(v)}.`,
};

// Slots that say what a product is used for, and in whom: a trial or a plan has them too, so only a frame that is
// about the product itself, not a clause about it ("Where Kymriah is being tested"), gives them a subject.
const USE_SLOTS = new Set([
  'indication',
  'population',
  'line',
  'earliest line',
  'minimum-age',
  'eligibility',
  'approval-status',
]);

/** Whether a column says what a product is used for or in whom ("Indication", "Population", "Line"). */
export const isUseColumn = (column: Column) => USE_SLOTS.has(column.slot ?? '');

/** Whether a column's statement is an approval, placed under a regulator ("approved by the FDA in 2017"). */
export const isPlacedColumn = (column: Column) =>
  column.approval === true || isUseColumn(column) || column.slot === 'approval-type';

/** The column a header names ("target", "first approved" …), from the header's lower-case words. */
export function columnNamed(title: string): Column | undefined {
  return COLUMNS.find(({ lexicon: name }) => name !== undefined && lexicon(name).includes(title));
}

/** Where a row or column places a statement, and the indication it qualifies, when it names them. */
interface Frame {
  place?: string;
  indication?: string;
}

/** The statement a subject and a value make under a column, or undefined when the value cannot fill its slot. */
export function slotStatement(
  column: Column,
  subject: string,
  written: string,
  frame: Frame = {},
): RowStatement | undefined {
  const value = withoutMarks(written);
  if (!subject || !value) return undefined;
  const place = frame.place ?? '';
  const answer = yesOrNo(value) ?? (column.yesValues && namesOnly(value, column.yesValues) ? 'yes' : undefined);
  const make = answer === 'yes' ? column.yes : answer === 'no' ? column.no : undefined;
  if (make) {
    const several = frame.indication !== undefined && SEVERAL.test(frame.indication);
    // "| Yescarta | LBCL; FL | No |": which of the row's indications the answer is about is not known.
    if (column.approval && several) return undefined;
    return { text: make(subject, place, frame.indication && !several ? lowerInitial(frame.indication) : undefined) };
  }
  if (!column.statement || isNotAValue(value) || !/[\p{L}\p{N}]/u.test(value)) return undefined;
  if (value.split(/\s+/).length > MAX_VALUE_WORDS) return undefined;
  const read = column.read ? column.read(value) : value;
  if (!read) return undefined;
  const filled = listOf(read, column.names);
  // One indication qualifies the value; a list of them leaves the value about the product ("first approved in 2017").
  if (frame.indication && column.withIndication && !LISTED.test(frame.indication))
    return { text: column.withIndication(subject, lowerInitial(frame.indication), filled, place) };
  return { text: column.statement(subject, filled, place) };
}

/** Whether the whole value is one of a lexicon's phrases ("CRISPR", "base editing"). */
function namesOnly(value: string, name: LexiconName): boolean {
  const words = wordsOf(value).filter((w) => !w.punct);
  return lexicon(name).includes(words.map((w) => w.lower).join(' '));
}

// A cell longer than a name or a short phrase is not a slot value.
const MAX_VALUE_WORDS = 8;

/**
 * Whether a value (or a lead-in) negates, hedges, leaves a gap, names a stage of research or asks, and so fills no
 * slot ("Multiple myeloma (investigational)", "Pending approvals"; data/lexicon/not-slot-values).
 */
export const isNotAValue = (text: string) =>
  text.includes('?') || findPhrase(wordsOf(text), lexicon('not-slot-values')) !== undefined;
// "ALL; DLBCL": the values of a multi-value cell.
const LIST_SEPARATOR = /\s*;\s*/;
// "LBCL; FL", "LBCL, FL": a cell listing values.
const LISTED = /[;,]/;
// … or naming more than one thing in any way ("ALL or LBCL", "relapsed and/or refractory LBCL").
const SEVERAL = /[;,/]|\b(?:and|or)\b/i;
// Footnote marks after a cell's text: "2017*", "Kymriah†", "2017[a]", "2017^1", "2017¹".
const MARKS =
  /(?:\s*(?:[*†‡§¶‖#]+|\[(?:\d{1,2}|[a-z])\]|\^(?:\d{1,2}|[a-z])|[\u00B9\u00B2\u00B3\u2070-\u209F\u1D43-\u1D61]+))+$/u;
// A date an approval cell gives: a year, a month and year, or an ISO date.
const DATE =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?\b/gi;

const withoutMarks = (text: string) => text.trim().replace(MARKS, '').trim();

/** "Multiple myeloma" reads "multiple myeloma" inside a sentence; "BCMA", "B-ALL" and "KarMMa" stay. */
const lowerInitial = (text: string) =>
  /^\p{Lu}\p{Ll}*(?![\p{L}\p{N}-])/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;

/** A multi-value cell as a list in a sentence: "ALL; DLBCL" → "ALL and DLBCL". */
function listOf(value: string, names = false): string {
  const items = value
    .split(LIST_SEPARATOR)
    .filter(Boolean)
    .map((item) => (names ? item : lowerInitial(item)));
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The one date an approval cell gives ("Yes (Aug 2017)" → "Aug 2017"); none when it gives none or several. */
function approvalDate(value: string): string | undefined {
  const dates = proseDates(value).match(DATE);
  return dates?.length === 1 ? dates[0] : undefined;
}

// Numeric dates: ISO ("2021-06-26") and with slashes or dots ("05/28/2022", "28.05.2022").
const ISO_DATE = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b/g;

/**
 * Numeric dates as prose writes them ("2021-06-26" → "June 26, 2021"); day and month are told apart only when one of
 * them cannot be a month, else the year alone is kept.
 */
function proseDates(value: string): string {
  const written = (year: string, month: number, day: number) =>
    month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${capitalize(MONTHS[month - 1]!)} ${day}, ${year}` : year;
  return value
    .replace(ISO_DATE, (_, y: string, m: string, d: string) => written(y, Number(m), Number(d)))
    .replace(NUMERIC_DATE, (_, a: string, b: string, y: string) => {
      const [first, second] = [Number(a), Number(b)];
      if (first > 12) return written(y, second, first);
      if (second > 12 || first === second) return written(y, first, second);
      return y;
    });
}

/** The date a status cell gives an approval ("Approved March 2025", "Approved in 2017"), if it gives one. */
function approvedOn(value: string): string | undefined {
  const said = /^approved\s+(?:in\s+|on\s+)?(.+)$/i.exec(value.trim());
  const date = said ? approvalDate(said[1]!) : undefined;
  return date === said?.[1] ? date : undefined;
}

/** The schedule an infusion count gives: one or two infusions, as the product's design records them. */
function infusions(value: string): string | undefined {
  const words = wordsOf(value);
  const first = words[0]?.lower ?? '';
  // The count of a dosing noun ("2 infusions, a day apart", "Single dose") or alone; not "2 × 10^6/kg", a dose by
  // cell count.
  // "One-time infusion": one.
  const once = phraseAt(words, 0, 'one time');
  const next = words[once ? 2 : 1];
  if (next && !lexiconWords('table-header-words-dosing').has(next.lower)) return undefined;
  if (once) return 'a single infusion';
  const n = /^\d+$/.test(first) ? Number(first) : first === 'single' ? 1 : first === 'split' ? 2 : cardinal(first);
  return n === 1 ? 'a single infusion' : n === 2 ? 'a split dose of two infusions' : undefined;
}

/** A biomarker and its status ("HLA-A*02:01P positive", "HLA-A*02-negative"); undefined for anything else. */
function markerStatus(value: string): string | undefined {
  const said = /^(\S+(?:\s+\S+)?)[\s-]+(positive|negative)$/i.exec(value.trim());
  return said ? `${said[1]} ${said[2]!.toLowerCase()}` : undefined;
}

/** An age in years ("18 years", "2 yrs") as it reads after "patients"; undefined for anything else ("Adults"). */
/**
 * The age bound an age-limit cell gives: "18 years" is the youngest age ("18 years and older"), "up to 25 years" the
 * oldest; any other value is not read.
 */
function ageBound(value: string): string | undefined {
  const years = /^(\d{1,2})\s*(?:years?|yrs?|y)(?:\s+old)?$/i.exec(value.trim());
  if (years) return `${years[1]} years and older`;
  const upTo = /^(?:up\s+to|≤)\s*(?:age\s+)?(\d{1,2})(?:\s*(?:years?|yrs?|y)(?:\s+of\s+age|\s+old)?)?$/i.exec(
    value.trim(),
  );
  return upTo ? `up to ${upTo[1]} years` : undefined;
}

/** Whether a cell answers yes or no (data/lexicon/table-cell-yes, table-cell-no), as a whole. */
export function yesOrNo(value: string): 'yes' | 'no' | undefined {
  const said = wordsOf(value)
    .filter((w) => w.lower !== '.')
    .map((w) => w.lower)
    .join(' ');
  if (lexicon('table-cell-yes').includes(said)) return 'yes';
  if (lexicon('table-cell-no').includes(said)) return 'no';
  return undefined;
}

interface Cell {
  start: number;
  end: number;
}

export interface RowStatement {
  /** The statement the cell's row and column make ("Yescarta targets CD19."). */
  text: string;
  /** The period its column's header dates it with ("| Rule | Before June 2025 |"). */
  period?: Period;
}

// A post-infusion rule (data/lexicon/quantity-*-cues) and a duration: "Stay near the centre | 4 weeks".
const RULE_CUES = (
  [
    'quantity-driving-cues',
    'quantity-stay-near-cues',
    'quantity-follow-up-cues',
    'quantity-monitoring-cues',
    'quantity-daily-monitoring-cues',
  ] as const
).flatMap((name) => lexicon(name));
const DURATION =
  /^(?:at least |about |up to )?(?:\d+|one|two|three|four|six|eight|fifteen) (?:hours?|days?|weeks?|months?|years?)$/i;
// "Apheresis to infusion", "Blood collection to CAR-T infusion": a label that is only two steps joined by "to".
const INTERVAL_LABEL = /^[\w-]+(?: [\w-]+){0,2} to [\w-]+(?: [\w-]+){0,2}$/i;

/**
 * A rule (its label or row) over a duration: the rule for that long after the infusion of the therapies its frame
 * (a heading, lead-in or caption) names, or after any infusion when it names none.
 */
export function ruleStatement(
  document: DocumentAnalysis,
  rule: string,
  duration: string,
  frame: { start: number; end: number } | undefined,
): RowStatement | undefined {
  if (!DURATION.test(duration.trim())) return undefined;
  const cue = findPhrase(wordsOf(rule), RULE_CUES);
  // "| Apheresis to infusion | 3 weeks |": an interval between two steps, judged by the process relation.
  if (!cue) return INTERVAL_LABEL.test(rule.trim()) ? { text: `${rule.trim()} takes ${duration.trim()}.` } : undefined;
  const named = frame ? document.mentionsIn(frame.start, frame.end).filter((m) => isTherapy(m.entity)) : [];
  const names = [...new Set(named.map((m) => m.text))];
  const of = names.length ? `${names.slice(0, -1).join(', ')}${names.length > 1 ? ' or ' : ''}${names.at(-1)} ` : '';
  // An instruction ("Stay near the centre", "No driving") lasts "for" the duration; a rule's name ("Long-term
  // follow-up") is the subject that "lasts" it.
  const link = cue.at === 0 ? 'for' : 'lasts';
  return { text: `${rule.trim()} ${link} ${duration.trim()} after ${of}infusion.` };
}

// A date no knowledge base reaches: a period open to the end is cut at the knowledge base's date when judged.
const LATEST = '9999-12-31';
const NOW_HEADERS = lexicon('time-now-cues');

/**
 * "| Rule | Before June 2025 | After June 2025 |" over "| No driving | 8 weeks | 2 weeks |": a header that is only a
 * period dates the rule its row names, under the caption or heading that names whose infusion.
 */
function ruleUnderPeriod(
  document: DocumentAnalysis,
  sentence: Sentence,
  header: Cell,
  rule: Cell,
  value: string,
): RowStatement | undefined {
  const words = cellWords(document, header);
  const framed = framePeriodOf(words, LATEST);
  // "| Rule | Current label |": now, the knowledge base's date (a period is judged up to that date at most).
  const now = NOW_HEADERS.includes(words.map((w) => w.lower).join(' ')) ? { from: LATEST, to: LATEST } : undefined;
  const period = framed?.from === 0 && framed.to >= words.length ? framed.period : now;
  if (!period) return undefined;
  const made = ruleStatement(
    document,
    withoutMarks(maskedOf(document.prose).slice(rule.start, rule.end)),
    value,
    ruleFrame(document, sentence),
  );
  return made && { ...made, period };
}

/** What names whose infusion a table's rules follow: the paragraph right above the table, else its heading. */
function ruleFrame(document: DocumentAnalysis, sentence: Sentence): Cell | undefined {
  const before = document.prose.blocks[tableStart(document, sentence.blockIndex) - 1];
  const heading = sectionHeadingOf(document, sentence.blockIndex);
  return before?.kind === 'paragraph' ? before : heading === undefined ? undefined : document.prose.blocks[heading];
}

/**
 * "| Instruction | Duration |" over "| Stay near the treatment center | 2 weeks |", or "| Restriction | Weeks |" over
 * "| No driving | 2 |": how long the rule the row names lasts after the infusion its frame names.
 */
function ruleLasting(
  document: DocumentAnalysis,
  sentence: Sentence,
  header: readonly Cell[],
  row: readonly Cell[],
  column: number,
  value: string,
): RowStatement | undefined {
  const lasting = column === 1 ? headerOf(document, header[column]!).duration : undefined;
  if (!lasting) return undefined;
  const written = withoutMarks(value);
  const duration = lasting.unit && /^\d{1,3}$/.test(written) ? `${written} ${lasting.unit}` : written;
  const rule = withoutMarks(maskedOf(document.prose).slice(row[0]!.start, row[0]!.end));
  return ruleStatement(document, rule, duration, ruleFrame(document, sentence));
}

// Per document: each table cell's statement (asked for its memo key, then its check), each header cell's reading.
const statements = new WeakMap<DocumentAnalysis, Map<number, RowStatement | undefined>>();
const headers = new WeakMap<DocumentAnalysis, Map<string, Header>>();

/** The statement a table cell makes with its row and its column's header (or, transposed, its row's label). */
export function tableCellStatement(document: DocumentAnalysis, sentence: Sentence): RowStatement | undefined {
  if (sentence.block !== 'table-cell') return undefined;
  let known = statements.get(document);
  if (!known) statements.set(document, (known = new Map()));
  if (known.has(sentence.start)) return known.get(sentence.start);
  const cell = cellStatement(document, sentence);
  const statement = cell && captioned(document, sentence, cell);
  known.set(sentence.start, statement);
  return statement;
}

/**
 * A cell's statement under its table's caption: none when the caption says the rows are research or plans
 * ("Table 2. Investigational uses"), dated when it closes with a year ("Table 1. Earliest lines (2023)", "… in 2023", "… by 2030").
 */
function captioned(document: DocumentAnalysis, sentence: Sentence, statement: RowStatement): RowStatement | undefined {
  const caption = tableCaption(document, sentence.blockIndex);
  if (!caption) return statement;
  const words = wordsOf(caption).filter((w) => w.lower !== ')' && w.lower !== '.');
  if (findPhrase(words, lexicon('caption-research-cues'))) return undefined;
  const year = words.at(-1);
  const before = words.at(-2)?.lower;
  if (!year || !isYear(year.lower) || !(before === '(' || before === 'in' || before === 'of' || before === 'by'))
    return statement;
  if (statement.period || statement.text.startsWith('As of ')) return statement;
  return { ...statement, text: `As of ${year.text}, ${statement.text}` };
}

function cellStatement(document: DocumentAnalysis, sentence: Sentence): RowStatement | undefined {
  const { text } = document;
  const html = htmlCellAt(document, sentence) ?? csvCellAt(document, sentence);
  const lineStart = html ? -1 : text.lastIndexOf('\n', sentence.start - 1) + 1;
  const line = html?.row ?? rowAt(document, lineStart);
  const row = line.cells;
  const column = row.findIndex((c) => c.start <= sentence.start && sentence.end <= c.end);
  if (column < 1) return undefined;
  const header = line.header;
  // The header row itself: a two-column table whose header is its first label and value ("| Target | CD19 |").
  if (!header)
    return row.length === 2 && (html ? line.isHeader : onTableHeaderRow(text, lineStart))
      ? transposed(document, sentence, row, column, undefined)
      : undefined;
  if (header.length !== row.length) return undefined;
  const value = maskedOf(document.prose).slice(row[column]!.start, row[column]!.end);
  const graded = gradeRow(document, sentence, header, row, column);
  if (graded !== undefined) return graded ?? undefined;
  const conditionStatement = conditionRow(document, header, row, column);
  if (conditionStatement) return conditionStatement;
  const rule =
    ruleUnderPeriod(document, sentence, header[column]!, row[0]!, value) ??
    ruleLasting(document, sentence, header, row, column, value);
  if (rule) return rule;
  if (headerOf(document, header[column]!).dated && headerOf(document, header[0]!).events)
    return datedEvent(document, row[0]!, value);
  const ranked = treatmentOf(document, header, row, column);
  if (ranked) return ranked;
  const total =
    runningTotal(document, header, row, column, value) ??
    scaleMaximum(document, header, row, column, value) ??
    scaleRange(document, header, row, column, value);
  if (total) return total;
  const at = subjectColumn(document, header);
  if (column === at) return undefined;
  const subject = (line.subject ??= rowSubject(document, row[at]!) ?? continued(document, lineStart, row, at) ?? null);
  if (subject) {
    // "| Tocilizumab | Blocks the IL-6 receptor |" under "Mechanism": a cell that opens with a verb is its own predicate.
    // A yes or no ("Not approved") answers its column instead.
    const predicate = yesOrNo(withoutMarks(value))
      ? undefined
      : subjectlessStatement(subject.name, withoutMarks(value));
    if (predicate) return { text: predicate };
    const heading = approvalDated(document, header, column, at) ?? asIndication(headerOf(document, header[column]!));
    if (heading.places) return approvedBy(document, header, row, column, subject.name);
    // "| Made from donor cells |" over "| Yes |": a yes or no under a column that takes none answers the header.
    const answered =
      heading.column?.yes && heading.column.no
        ? undefined
        : answeredPredicate(
            document,
            header[column]!,
            subject.name,
            value,
            row
              .filter((_, i) => i !== at && i !== column)
              .map((cell) => maskedOf(document.prose).slice(cell.start, cell.end)),
          );
    if (answered) return answered;
    if (heading.column) {
      const framed = heading.place ?? (line.place ??= rowPlace(document, header, row, at) ?? null) ?? undefined;
      // "| Satri-cel | China's NMPA (June 2026) |" under "First approved by": a value that names a regulator places
      // the statement itself; one naming another regulator than its row or column is not judged.
      const named = placeOf(
        cellWords(document, row[column]!),
        document.mentionsIn(row[column]!.start, row[column]!.end),
      );
      if (named.place && framed && named.place !== framed) return undefined;
      const place = framed ?? named.place;
      if (place === UNKNOWN_PLACE) return undefined;
      if (heading.column === APPROVAL_COLUMN && named.place && !named.rest.some((w) => !w.punct))
        return approvedBy(document, header, row, column, subject.name);
      // "| Kymriah | Multiple myeloma | No |": the row's approval column says whether its indication is approved.
      if (
        heading.column.lexicon === 'table-headers-indication' &&
        !heading.place &&
        approvalDenied(document, header, row)
      )
        return undefined;
      const indication =
        subject.indication ??
        heading.indication ??
        (line.indication ??= rowIndication(document, header, row) ?? null) ??
        undefined;
      const counted = priorLinesCounted(document, header[column]!, heading.column, value);
      // A counted earliest line says at least that many lines are approved, not that no fewer are.
      const slot = counted ? LINE_COLUMN : heading.column;
      // "Yes (ALL)" under "Pediatric indication?": a yes for the disease it names (in the header's patients).
      const patients =
        indication !== undefined &&
        !SEVERAL.test(indication) &&
        wordsOf(indication).some((w) => isPopulationWord(w.lower));
      const answered = counted ? undefined : answerForIndication(document, row[column]!);
      const qualified = answered && (indication === undefined || patients) ? answered : undefined;
      // "18" under "max_age_years": the header gives the value's unit.
      const aged =
        AGE_COLUMNS.has(slot) &&
        /^\s*\d{1,2}\s*$/.test(value) &&
        YEARS_HEADER.test(maskedOf(document.prose).slice(header[column]!.start, header[column]!.end))
          ? `${value.trim()} years`
          : undefined;
      const made = slotStatement(slot, subject.name, counted ?? qualified?.answer ?? aged ?? value, {
        place,
        indication: qualified
          ? indication
            ? `${indication} with ${qualified.indication}`
            : qualified.indication
          : indication,
      });
      return made && heading.period ? { text: `As of ${heading.period}, ${made.text}` } : made;
    }
  }
  if (at > 0) return undefined;
  return (
    listedUnder(document, header, row, column) ??
    regulatorApproved(document, header, row, column) ??
    transposed(document, sentence, row, column, header, lineStart)
  );
}

/**
 * A row of a grading table ("| CRS grade | Vasopressors | Oxygen |" over "| 3 | one | high-flow |", or "| ICE points |
 * ICANS grade |" over "| 3–6 | 2 |"): the grade its grade column gives, with the other column's finding or score, as
 * a statement ("Grade 3 CRS: Oxygen high-flow."). Undefined when the table has no grade column; null when it has one
 * but the row makes no statement, or its caption or header names a grading system the knowledge base does not know.
 */
function gradeRow(
  document: DocumentAnalysis,
  sentence: Sentence,
  header: readonly Cell[],
  row: readonly Cell[],
  column: number,
): RowStatement | null | undefined {
  const text = (c: Cell) => maskedOf(document.prose).slice(c.start, c.end).trim();
  const at = header.findIndex((c) => GRADE_HEADER.test(text(c)));
  // Only a table whose grade column gives bare grades is a grading table ("| Grade ≥3 CRS rate |" gives rates).
  const grade = at < 0 ? undefined : /^(?:grade\s*)?(\d)$/i.exec(text(row[at]!))?.[1];
  if (!grade) return undefined;
  const syndromes = new Set(
    header
      .flatMap((c) => document.mentionsIn(c.start, c.end))
      .filter((m) => m.entity.type === 'syndrome')
      .map((m) => m.text),
  );
  if (syndromes.size !== 1) return undefined;
  const caption = captionBlock(document, sentence.blockIndex);
  if ([...header, ...(caption ? [caption] : [])].some((c) => namesUnknownScale(document, c))) return null;
  const other = column === at ? (row.length === 2 ? 1 - at : -1) : column;
  if (other < 0) return null;
  const value = text(row[other]!);
  if (!value) return null;
  return { text: `Grade ${grade} ${[...syndromes][0]}: ${text(header[other]!)} ${withoutMarks(value)}.` };
}

const GRADE_HEADER = /\bgrade\b/i;

/**
 * A row whose first cell names one condition (a neoplasm or a syndrome) under a header that asks what it is or how it
 * is graded: "| WHO 2019 category | Differentiation |" over "| NET G3 | Poor |" says "NET G3 is poorly differentiated";
 * "| Syndrome | Grading tool |" over "| CRS | ICE score |" says "CRS is graded with the ICE score".
 */
function conditionRow(
  document: DocumentAnalysis,
  header: readonly Cell[],
  row: readonly Cell[],
  column: number,
): RowStatement | undefined {
  if (column !== 1) return undefined;
  const label = row[0]!;
  const named = document.mentionsIn(label.start, label.end);
  const subject = named[0];
  if (!subject || named.some((m) => m.entity !== subject.entity)) return undefined;
  const others = cellWords(document, label).filter(
    (w) => !w.punct && !named.some((m) => m.start <= w.start && w.end <= m.end),
  );
  if (others.length) return undefined;
  const asks = cellWords(document, header[column]!).filter((w) => !w.punct);
  const value = withoutMarks(maskedOf(document.prose).slice(row[column]!.start, row[column]!.end)).trim();
  const differentiation = DIFFERENTIATION_CELLS.get(value.toLowerCase());
  if (subject.entity.differentiation && differentiation && asks.some((w) => DIFFERENTIATION_HEADERS.has(w.lower)))
    return { text: `${subject.text} is ${differentiation} differentiated.` };
  const scale = document.mentionsIn(row[column]!.start, row[column]!.end);
  if (
    subject.entity.type === 'syndrome' &&
    scale.length === 1 &&
    scale[0]!.entity.type === 'grading' &&
    longestPhraseStartingAt(asks, 0, lexicon('table-headers-grading-tool'))?.length === asks.length
  )
    return { text: `${subject.text} is graded with the ${scale[0]!.text}.` };
  return undefined;
}

// A differentiation cell, in full or in short ("| NET G3 | Well |"), under a header with one of these words.
const DIFFERENTIATION_CELLS: ReadonlyMap<string, string> = new Map([
  ['well', 'well'],
  ['well differentiated', 'well'],
  ['well-differentiated', 'well'],
  ['poor', 'poorly'],
  ['poorly', 'poorly'],
  ['poorly differentiated', 'poorly'],
  ['poorly-differentiated', 'poorly'],
]);
const DIFFERENTIATION_HEADERS = new Set(['differentiation', 'differentiated']);

/** Whether a cell or caption names a grading system the knowledge base does not know ("CTCAE grade", "Penn scale"). */
function namesUnknownScale(document: DocumentAnalysis, span: Cell): boolean {
  const mentions = document.mentionsIn(span.start, span.end);
  const words = wordsOf(maskedOf(document.prose).slice(span.start, span.end), span.start);
  return unknownScaleNamed(words, (i) => mentions.some((m) => m.start <= words[i]!.start && words[i]!.end <= m.end));
}

/** A column of diseases beside the row's subject ("| Product | Disease | Approved |") is its indication column. */
const asIndication = (header: Header): Header => (header.diseases ? { column: INDICATION_COLUMN } : header);

/**
 * The row above's subject, when the row's subject cell is empty: the row continues it ("| Breyanzi | LBCL | 2021 |"
 * over "|  | CLL | 2024 |"). Its indication, if the name's parenthesis gave one, is not carried over.
 */
function continued(
  document: DocumentAnalysis,
  lineStart: number,
  row: readonly Cell[],
  at: number,
): RowSubject | undefined {
  if (lineStart <= 0 || cellWords(document, row[at]!).some((w) => !w.punct)) return undefined;
  const above = rowAt(document, document.text.lastIndexOf('\n', lineStart - 2) + 1);
  const line = rowAt(document, lineStart);
  if (!above.header || above.header !== line.header || above.cells.length !== row.length) return undefined;
  const aboveStart = document.text.lastIndexOf('\n', lineStart - 2) + 1;
  above.subject ??= rowSubject(document, above.cells[at]!) ?? continued(document, aboveStart, above.cells, at) ?? null;
  return above.subject ? { name: above.subject.name } : undefined;
}

/**
 * "| Fucaso | US FDA |" under "Approving agency" or "Approved by": a cell that names only a regulator says the row's
 * product is approved by it, when every other column of the table is read, none denies or defers the approval and
 * none states the approval itself (the regulator then places that column's statement).
 */
function approvedBy(
  document: DocumentAnalysis,
  header: readonly Cell[],
  row: readonly Cell[],
  column: number,
  subject: string,
): RowStatement | undefined {
  const cell = row[column]!;
  const { place, rest } = placeOf(cellWords(document, cell), document.mentionsIn(cell.start, cell.end));
  if (!place?.startsWith(' by the ') || rest.some((w) => !w.punct)) return undefined;
  const at = subjectColumn(document, header);
  const read = header.every((c, i) => {
    if (i === at || i === column) return true;
    const other = headerOf(document, c);
    // "| Product | Regulator | Year |": a date alone dates the approval the row's regulator cell names.
    return (other.column !== undefined && !other.column.approval) || other.diseases || other.dated;
  });
  if (!read || approvalDenied(document, header, row)) return undefined;
  return { text: `${subject} is approved${place}.` };
}

/**
 * "| Regulator | Solid-tumor CAR-T approved |" over "| NMPA | satri-cel (2026) |": a row about a regulator, a column of
 * what it approved. A cell naming one product (and the year in a parenthesis) says the regulator approved it; one that
 * names none ("None") or several is not judged (the class the header restricts to is not read).
 */
function regulatorApproved(
  document: DocumentAnalysis,
  header: readonly Cell[],
  row: readonly Cell[],
  column: number,
): RowStatement | undefined {
  if (!headerOf(document, header[0]!).places) return undefined;
  const heading = cellWords(document, header[column]!).filter((w) => !w.punct);
  const ending = lexicon('table-headers-regulator-approvals').find((p) => endsWith(heading, p));
  // "Products not yet approved", "Approvals pending": not what it approved.
  const unsaid = (name: LexiconName) => findPhrase(heading, lexicon(name)) !== undefined;
  if (!ending || unsaid('negation-cues') || unsaid('not-slot-values')) return undefined;
  const regulator = cellWords(document, row[0]!).filter((w) => !w.punct);
  const { place, rest } = placeOf(regulator, document.mentionsIn(row[0]!.start, row[0]!.end));
  if (!place?.startsWith(' by the ') || rest.length > 0) return undefined;
  const cell = row[column]!;
  const written = withoutMarks(maskedOf(document.prose).slice(cell.start, cell.end));
  const dated = /^(.*?)\s*\(([^()]*)\)$/.exec(written);
  const date = dated ? approvalDate(dated[2]!) : undefined;
  if (dated && date !== dated[2]!.trim()) return undefined;
  const name = dated ? dated[1]! : written;
  const nameStart = cell.start + maskedOf(document.prose).slice(cell.start, cell.end).indexOf(name);
  const named = oneEntityNamed(document, { start: nameStart, end: nameStart + name.length });
  if (named?.entity.type !== 'product') return undefined;
  const by = place.slice(' by the '.length);
  // "First CAR-T it approved": the class between "first" and the ending.
  if (heading[0]?.lower === 'first') {
    const last = heading[heading.length - ending.split(' ').length - 1];
    const text = maskedOf(document.prose);
    const kind = last && heading[1] !== undefined ? text.slice(heading[1].start, last.end) : '';
    return kind ? { text: `${named.text} was the first ${kind} approved by the ${by}.` } : undefined;
  }
  return { text: date ? `The ${by} approved ${named.text} in ${date}.` : `The ${by} has approved ${named.text}.` };
}

/** Whether the words end with the phrase. */
function endsWith(words: readonly Word[], phrase: string): boolean {
  const parts = phrase.split(' ');
  if (parts.length > words.length) return false;
  return parts.every((p, i) => words[words.length - parts.length + i]!.lower === p);
}

/** "| Event | Year |" over "| Tocilizumab approved for CRS | 2017 |": the event, in the one date its cell gives. */
function datedEvent(document: DocumentAnalysis, cell: Cell, value: string): RowStatement | undefined {
  const event = withoutMarks(maskedOf(document.prose).slice(cell.start, cell.end)).replace(/\.$/, '');
  const date = withoutMarks(value);
  if (!event || isNotAValue(event) || approvalDate(date) !== date) return undefined;
  return { text: `${event} in ${date}.` };
}

/**
 * "| Product | Indication | Year |": a column that gives only a date is the date of the approval the row records, when
 * every other column names the product, its indication or its regulator.
 */
function approvalDated(
  document: DocumentAnalysis,
  header: readonly Cell[],
  column: number,
  at: number,
): Header | undefined {
  if (!headerOf(document, header[column]!).dated) return undefined;
  let indication = false;
  for (let i = 0; i < header.length; i++) {
    if (i === column || i === at) continue;
    const other = headerOf(document, header[i]!);
    if ((other.column?.lexicon === 'table-headers-indication' && !other.place) || other.diseases) indication = true;
    else if (!other.places) return undefined;
  }
  return indication ? { column: APPROVAL_COLUMN } : undefined;
}

/**
 * "| Trial | Product |" over "| KarMMa-3 | Abecma |": the first column's header names the relation, this column's
 * the kind of thing it lists; each name listed is a subject and the first cell its value.
 */
function listedUnder(
  document: DocumentAnalysis,
  header: Cell[],
  row: Cell[],
  column: number,
): RowStatement | undefined {
  const listed = headerOf(document, header[column]!);
  if (!listed.subjects) return undefined;
  const first = headerOf(document, header[0]!);
  if (first.events) return firstEvent(document, row[0]!, row[column]!);
  // "| Disease | FDA-approved CAR-T |": each product listed is approved for the row's disease.
  const relation = listed.approved && first.diseases ? { column: INDICATION_COLUMN } : first;
  const place = relation.place ?? listed.place;
  if (!relation.column || place === UNKNOWN_PLACE) return undefined;
  const names = namesListed(document, row[column]!);
  if (!names) return undefined;
  const value = maskedOf(document.prose).slice(row[0]!.start, row[0]!.end);
  const statements = names.map((name) => slotStatement(relation.column!, name, value, { place }));
  if (!statements.every(Boolean)) return undefined;
  // "| Condition | FDA-approved CAR-T |": each product listed is also of the class the header names.
  const classed =
    listed.approved && listed.therapyClass ? names.map((name) => `${name} is a ${listed.therapyClass}.`) : [];
  return { text: [...statements.map((s) => s!.text), ...classed].join(' ') };
}

/**
 * "| Toxicity | Main treatment |" over "| ICANS | corticosteroids |": each therapy the cell lists is the main treatment of
 * the condition the row's first cell names.
 */
function treatmentOf(
  document: DocumentAnalysis,
  header: readonly Cell[],
  row: readonly Cell[],
  column: number,
): RowStatement | undefined {
  if (column === 0 || !headerOf(document, header[column]!).treatments || !headerOf(document, header[0]!).diseases)
    return undefined;
  const first = row[0]!;
  const conditions = document.mentionsIn(first.start, first.end);
  if (conditions.length !== 1 || !isCondition(conditions[0]!.entity)) return undefined;
  const names = namesListed(document, row[column]!);
  if (!names || !document.mentionsIn(row[column]!.start, row[column]!.end).every((m) => isTherapy(m.entity)))
    return undefined;
  const condition = withoutMarks(maskedOf(document.prose).slice(first.start, first.end));
  return { text: names.map((name) => `${name} is the main treatment for ${condition}.`).join(' ') };
}

/**
 * "| End of year | Number of CAR-T products approved by the FDA |" over "| 2021 | 5 |": how many of the things the
 * header names had been approved by the end of the row's year.
 */
function runningTotal(
  document: DocumentAnalysis,
  header: readonly Cell[],
  row: readonly Cell[],
  column: number,
  value: string,
): RowStatement | undefined {
  const count = withoutMarks(value);
  const year = withoutMarks(maskedOf(document.prose).slice(row[0]!.start, row[0]!.end));
  if (column !== 1 || !/^\d{1,2}$/.test(count) || !isYear(year) || !headerOf(document, header[0]!).yearEnd)
    return undefined;
  const cell = header[column]!;
  const { place, rest } = placeOf(cellWords(document, cell), document.mentionsIn(cell.start, cell.end));
  if (place === UNKNOWN_PLACE) return undefined;
  const content = rest.filter((w) => !w.punct);
  const counted = phraseStartingAt(content, 0, lexicon('table-header-words-count'));
  const kind = approvedSubjects(content.slice(counted?.length ?? 0));
  if (!kind) return undefined;
  const things = maskedOf(document.prose).slice(kind[0]!.start, kind.at(-1)!.end);
  return { text: `By the end of ${year}, ${count} ${things} had been approved${byFda(place ?? '')}.` };
}

/** The mentions of the one grading scale a row's label names; undefined when it names none, or two scales. */
function oneScaleIn(document: DocumentAnalysis, label: Cell): TermMatch[] | undefined {
  const scales = document.mentionsIn(label.start, label.end).filter((m) => m.entity.type === 'grading');
  return scales.length && scales.every((m) => m.entity === scales[0]!.entity) ? scales : undefined;
}

/**
 * "| Scale | Highest possible score |" over "| ICE score | 10 |", or "| Assessment | Points |" over "| ICE score total |
 * 10 |": the most points the one grading scale the row names reaches. A row naming a part ("ICE orientation items")
 * is not judged.
 */
function scaleMaximum(
  document: DocumentAnalysis,
  header: readonly Cell[],
  row: readonly Cell[],
  column: number,
  value: string,
): RowStatement | undefined {
  const points = withoutMarks(value);
  const heading = headerOf(document, header[column]!);
  if (column !== 1 || !/^\d{1,3}$/.test(points) || !(heading.maximum || heading.points)) return undefined;
  const label = row[0]!;
  const scales = oneScaleIn(document, label);
  if (!scales) return undefined;
  const scale = scales[0]!;
  const totals = lexiconWords('score-total-words');
  const scaleWords = lexiconWords('grading-scale-heads');
  const others = cellWords(document, label).filter(
    (w) => !w.punct && !scales.some((m) => m.start <= w.start && w.end <= m.end),
  );
  if (others.some((w) => !totals.has(w.lower) && !scaleWords.has(w.lower))) return undefined;
  // A bare "Points" column gives the scale's most only on its total's row.
  if (!heading.maximum && !others.some((w) => totals.has(w.lower))) return undefined;
  return { text: `The ${scale.text} is a ${points}-point scale.` };
}

/**
 * "| Score | Range |" over "| ICE (adults) | 0 to 5 |": a numeric range under a header that names a range
 * (data/lexicon/score-range-words), in a row whose label names one grading scale and besides it only a scale's head
 * or a bracketed qualifier, is the scale's range (scaleRangeStatement).
 */
function scaleRange(
  document: DocumentAnalysis,
  header: readonly Cell[],
  row: readonly Cell[],
  column: number,
  value: string,
): RowStatement | undefined {
  if (column === 0) return undefined;
  const label = row[0]!;
  const scale = oneScaleIn(document, label)?.[0];
  if (!scale) return undefined;
  let depth = 0;
  const heads = lexiconWords('grading-scale-heads');
  for (const w of cellWords(document, label)) {
    if (w.lower === '(') depth++;
    else if (w.lower === ')') depth--;
    else if (!depth && !w.punct && !(scale.start <= w.start && w.end <= scale.end) && !heads.has(w.lower))
      return undefined;
  }
  const headerWords = cellWords(document, header[column]!);
  if (!headerWords.some((w) => !w.punct)) return undefined;
  const text = scaleRangeStatement(scale.text, headerWords, withoutMarks(value));
  return text ? { text } : undefined;
}

/**
 * "| Product | Prior lines |" over "| Abecma | 2 |": a bare number under a line header that counts prior lines
 * (data/lexicon/table-header-prior-counts) is that many prior lines; under "| Line |" it is an ordinal, not read.
 */
function priorLinesCounted(document: DocumentAnalysis, header: Cell, column: Column, value: string) {
  if (column.lexicon !== 'table-headers-line' && column !== EARLIEST_LINE_COLUMN) return undefined;
  const count = countOfLines(withoutMarks(value));
  if (!count || !findPhrase(cellWords(document, header), lexicon('table-header-prior-counts'))) return undefined;
  return `after ${count.atLeast ? 'at least ' : ''}${count.n} prior line${count.n === 1 ? '' : 's'}`;
}

/** A count alone, as a digit or a number word, maybe bounded below: "2", "one", "at least 4", "≥2", "two or more". */
function countOfLines(value: string): { n: number; atLeast: boolean } | undefined {
  const words = wordsOf(value).map((w) => w.lower);
  let atLeast = false;
  if (words[0] === '≥') {
    atLeast = true;
    words.shift();
  } else if (words[0] === 'at' && words[1] === 'least') {
    atLeast = true;
    words.splice(0, 2);
  }
  if (words.length === 3 && words[1] === 'or' && words[2] === 'more') {
    atLeast = true;
    words.length = 1;
  } else if (words.length === 2 && words[1] === '+') {
    atLeast = true;
    words.length = 1;
  }
  if (words.length !== 1) return undefined;
  const n = /^\d$/.test(words[0]!) ? Number(words[0]) : cardinal(words[0]!, 1, 9);
  return n === undefined ? undefined : { n, atLeast };
}

/**
 * "| Milestone | Product |" over "| First CAR-T for multiple myeloma | Abecma |": the one product listed was that
 * first (data/lexicon/table-header-first); any other event ("Approval for MCL") is not a description of it.
 */
function firstEvent(document: DocumentAnalysis, event: Cell, listed: Cell): RowStatement | undefined {
  const names = namesListed(document, listed);
  const said = withoutMarks(maskedOf(document.prose).slice(event.start, event.end)).replace(/\.$/, '');
  const words = wordsOf(said);
  if (names?.length !== 1 || !phraseStartingAt(words, 0, lexicon('table-header-first')) || isNotAValue(said))
    return undefined;
  return { text: `${names[0]} was the ${lowerInitial(said)}.` };
}

/**
 * A transposed table: the row's first cell names the relation ("| Target | CD19 |") and the column's header names the
 * subject ("| Feature | Kymriah |"), or names nothing and the table stands under a heading that does ("## Kymriah").
 */
function transposed(
  document: DocumentAnalysis,
  sentence: Sentence,
  row: Cell[],
  column: number,
  header: Cell[] | undefined,
  lineStart = -1,
): RowStatement | undefined {
  // Under a first header that names a relation ("| Indication | Notes |"), the first column holds its values.
  if (header && headerOf(document, header[0]!).column) return undefined;
  // A label that names a product, drug, disease, antigen or trial is a row subject, not a relation (tested before the
  // label is read: most first cells name a product); a term ("Costimulatory domain", "REMS") may name a slot.
  if (document.mentionsIn(row[0]!.start, row[0]!.end).some((m) => ROW_SUBJECTS.has(m.entity.type))) return undefined;
  const label = headerOf(document, row[0]!);
  if (!label.column || label.place === UNKNOWN_PLACE) return undefined;
  const top = header?.[column];
  let subject = top && rowSubject(document, top);
  if (subject?.indication) return undefined;
  if (!subject) {
    if (top && document.mentionsIn(top.start, top.end).length > 0) return undefined;
    const named = sectionSubject(
      document,
      { ...sentence, blockIndex: tableStart(document, sentence.blockIndex) },
      (b) => oneEntityNamed(document, b),
    );
    if (!named) return undefined;
    subject = { name: named.text };
  }
  // "| Approved by | FDA | NMPA |": a row that names where places the other rows' cells in its column.
  const place = header && lineStart >= 0 ? columnPlace(document, lineStart, header, column) : undefined;
  if (place === UNKNOWN_PLACE || (place && label.place && place !== label.place)) return undefined;
  const value = maskedOf(document.prose).slice(row[column]!.start, row[column]!.end);
  return slotStatement(label.column, subject.name, value, {
    place: label.place ?? place,
    indication: label.indication,
  });
}

// Per table (its header row's cells), where its regulator row places each column: read once, not per cell.
const columnPlaces = new WeakMap<readonly Cell[], (string | undefined)[]>();

/** Where a transposed table's regulator row ("| Approved by | FDA | NMPA |") places column `column`, if it has one. */
function columnPlace(
  document: DocumentAnalysis,
  lineStart: number,
  header: readonly Cell[],
  column: number,
): string | undefined {
  let places = columnPlaces.get(header);
  if (!places) columnPlaces.set(header, (places = regulatorRowPlaces(document, lineStart, header)));
  return places[column];
}

/** Each column's place by the table's regulator row, or none without one. */
function regulatorRowPlaces(
  document: DocumentAnalysis,
  lineStart: number,
  header: readonly Cell[],
): (string | undefined)[] {
  const { text } = document;
  let first = lineStart;
  for (let above = text.lastIndexOf('\n', first - 2) + 1; first > 0 && rowAt(document, above).header === header; ) {
    first = above;
    above = text.lastIndexOf('\n', first - 2) + 1;
  }
  for (let at = first; at < text.length; ) {
    const { header: own, cells } = rowAt(document, at);
    if (own !== header) break;
    if (cells.length === header.length && headerOf(document, cells[0]!).places)
      return cells.map((cell) => {
        const words = cellWords(document, cell).filter((w) => !w.punct);
        if (!words.length) return UNKNOWN_PLACE;
        return placeOf(words, document.mentionsIn(cell.start, cell.end)).place ?? UNKNOWN_PLACE;
      });
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  return [];
}

// A caption longer than this is a paragraph of prose before the table, not its title.
const MAX_CAPTION_WORDS = 16;

/** The caption right above the table whose cell is block `at` ("Table 2. CAR-T therapies approved in the EU"). */
export function tableCaption(document: DocumentAnalysis, at: number): string | undefined {
  const block = captionBlock(document, at);
  return block && maskedOf(document.prose).slice(block.start, block.end).trim();
}

/** Where the caption right above the table whose cell is block `at` is. */
function captionBlock(document: DocumentAnalysis, at: number): Cell | undefined {
  const before = document.prose.blocks[tableStart(document, at) - 1];
  if (before?.kind !== 'paragraph') return undefined;
  const text = maskedOf(document.prose).slice(before.start, before.end).trim();
  return wordsOf(text).length <= MAX_CAPTION_WORDS ? before : undefined;
}

// What a first cell names when the row is about it.
const ROW_SUBJECTS = new Set(['product', 'drug', 'indication', 'antigen', 'trial']);

/** The first block of the table whose cell is block `at`. */
function tableStart(document: DocumentAnalysis, at: number): number {
  const { blocks } = document.prose;
  let b = at;
  while (b > 0 && blocks[b - 1]!.kind === 'table-cell') b--;
  return b;
}

const UNKNOWN_PLACE = '\0unknown';

interface Header {
  column?: Column;
  /** Where the column places its statements (" by the EMA"), UNKNOWN_PLACE when it names several or an unknown one. */
  place?: string;
  /** The indication its qualifier names ("Earliest line in myeloma"). */
  indication?: string;
  /** It names the row's regulator or place ("| Regulator |"). */
  places?: true;
  /** It names the kind of thing its cells list ("| Product |"). */
  subjects?: true;
  /** … and that they are approved ("| FDA-approved CAR-T |"). */
  approved?: true;
  /** The therapy class it names them by ("CAR-T" of "| FDA-approved CAR-T |"). */
  therapyClass?: string;
  /** It names the disease each row is about ("| Disease |"). */
  diseases?: true;
  /** It ranks a treatment of the row's condition ("| Main treatment |"). */
  treatments?: true;
  /** Its cells each state an event ("| Event |"). */
  events?: true;
  /** It gives only a date, not of what ("| Year |"). */
  dated?: true;
  /** It gives the stage of development ("| Phase |"): the table lists research, not approvals. */
  phase?: true;
  /** The year its statements are made at ("Indications as of 2026"). */
  period?: string;
  /** It names the year each row's running total is at ("| End of year |"). */
  yearEnd?: true;
  /** It gives the most points a scale reaches ("| Maximum score |"), or points of whatever the row names ("| Points |"). */
  maximum?: true;
  points?: true;
  /** It gives how long a rule lasts ("| Duration |"), in the unit it names when it names one ("| Weeks |"). */
  duration?: { unit?: string };
}

/** "Earliest line", "First line allowed": a line column whose header says "earliest" gives the lowest line approved. */
function earliest(document: DocumentAnalysis, cell: Cell, header: Header): Header {
  if (header.column?.lexicon !== 'table-headers-line') return header;
  const words = cellWords(document, cell);
  const first = words.some((_, i) => phraseStartingAt(words, i, lexicon('table-header-first')));
  return first ? { ...header, column: EARLIEST_LINE_COLUMN } : header;
}

/** What a header cell names: a relation (data/lexicon/table-headers-*), where, and the indication it qualifies. */
function headerOf(document: DocumentAnalysis, cell: Cell): Header {
  let known = headers.get(document);
  if (!known) headers.set(document, (known = new Map()));
  // By its text: a document's tables repeat their headers, and a header's reading holds no offset.
  const text = maskedOf(document.prose).slice(cell.start, cell.end);
  let header = known.get(text);
  if (!header) known.set(text, (header = earliest(document, cell, readHeader(document, cell))));
  return header;
}

function readHeader(document: DocumentAnalysis, cell: Cell): Header {
  const words = cellWords(document, cell).filter((w) => !w.punct || w.lower === '(');
  const title = (ws: readonly Word[]) =>
    ws
      .filter((w) => !w.punct)
      .map((w) => w.lower)
      .join(' ');
  const whole = title(words);
  if (!whole) return {};
  if (lexicon('table-headers-regulator').includes(whole)) return { places: true };
  if (lexicon('table-headers-subject').includes(whole)) return { subjects: true };
  if (lexicon('table-headers-disease').includes(whole)) return { diseases: true };
  if (lexicon('table-headers-treatment').includes(whole)) return { treatments: true };
  if (lexicon('table-headers-event').includes(whole)) return { events: true };
  if (lexicon('table-headers-date').includes(whole)) return { dated: true };
  if (lexicon('table-headers-phase').includes(whole)) return { phase: true };
  if (lexicon('table-headers-year-end').includes(whole)) return { yearEnd: true };
  if (lexicon('table-headers-score-maximum').includes(whole)) return { maximum: true };
  if (lexicon('table-headers-points').includes(whole)) return { points: true };
  if (lexicon('table-headers-duration').includes(whole)) return { duration: {} };
  if (lexicon('table-headers-duration-units').includes(whole)) return { duration: { unit: words.at(-1)!.lower } };
  const { place, rest } = placeOf(words, document.mentionsIn(cell.start, cell.end));
  // "| Product | FDA | EMA |": a header that is only a regulator is its approval column.
  if (place && !title(rest)) return { column: APPROVAL_COLUMN, place };
  const named = columnNamed(whole) ?? columnNamed(title(rest));
  if (named) return { column: named, place };
  // "FDA-approved CAR-T", "Drug the FDA approved for it": the column lists what is approved (for the row's disease).
  const listed = approvedSubjects(rest);
  if (listed) {
    const therapyClass = document
      .mentionsIn(listed[0]!.start, listed.at(-1)!.end)
      .find((m) => m.entity.type === 'therapy-class')?.text;
    return { subjects: true, approved: true, place, therapyClass };
  }
  // "Pediatric indication", "Adult approval": an approval column about the patients its first word names.
  const population = phraseStartingAt(rest, 0, lexicon('table-header-populations'));
  if (population) {
    const column = columnNamed(title(rest.slice(population.length)));
    if (column?.approval) return { column, place, indication: `${population.phrase} patients` };
  }
  // "| Product | Multiple myeloma | LBCL |" over "| Abecma | Yes | No |": a header that only names a disease asks
  // whether the row's product is approved for it.
  const disease = onlyIndication(rest, document.mentionsIn(cell.start, cell.end));
  if (disease) return { column: approvedFor(lowerInitial(disease)), place };
  // "Earliest myeloma line", "FDA NET indication": one disease among the words qualifies a column that takes one.
  const diseases = document.mentionsIn(cell.start, cell.end).filter((m) => m.entity.type === 'indication');
  if (diseases.length === 1) {
    const disease = diseases[0]!;
    const column = columnNamed(title(rest.filter((w) => w.end <= disease.start || w.start >= disease.end)));
    if (column && (column.withIndication || column.approval)) return { column, place, indication: disease.text };
  }
  // "| Product | Accelerated approval |" over "| Tecelra | ✓ |": a header naming a kind of approval asks yes or no.
  const kind = title(rest);
  if (lexicon('accelerated-approval-cues').includes(kind) || lexicon('regular-approval-cues').includes(kind))
    return { column: approvalOfKind(kind), place };
  // "Antigen targeted", "Ages covered by the label", "Earliest line in myeloma": a header read by its words' roles.
  const read = slotHeader(rest, document.mentionsIn(cell.start, cell.end), place);
  if (read) return read;
  // Else the name before a qualifier ("Target (antigen)"), unless the header names research or negates ("Indication
  // under study").
  const cut = rest.findIndex((_, i) => i > 0 && phraseStartingAt(rest, i, lexicon('table-header-qualifiers')));
  const column = cut > 0 ? columnNamed(title(rest.slice(0, cut))) : undefined;
  if (!column || isNotAValue(title(rest))) return {};
  // "REMS required in 2024": the column is as of that year; a qualifier that dates it otherwise is not read.
  const qualifier = rest.slice(cut).filter((w) => !w.punct);
  if (qualifier.length === 2 && qualifier[0]!.lower === 'in' && isYear(qualifier[1]!.lower))
    return { column, place, period: qualifier[1]!.text };
  if (qualifier.some((w) => isYear(w.lower))) return {};
  // "Boxed warning for T-cell malignancies": a yes or no about that warning only; another qualifier is not read.
  if (column === BOXED_WARNING_COLUMN) {
    const syndrome = document
      .mentionsIn(rest[cut]!.start, cell.end)
      .find((m) => m.entity.type === 'syndrome' && m.start >= rest[cut]!.start);
    return syndrome ? { column, place, indication: syndrome.text } : {};
  }
  const qualified = document.mentionsIn(rest[cut]!.start, cell.end).filter((m) => m.start >= rest[cut]!.start);
  // "Approved for children?": a qualifier naming only patients is whom the column's answer is about, not dropped.
  const patients = rest.slice(cut + 1).filter((w) => !w.punct);
  if (column.approval && !qualified.length && patients.length && patients.every((w) => isPopulationWord(w.lower)))
    return { column, place, indication: patients.map((w) => w.lower).join(' ') };
  const indication = qualified.find((m) => m.entity.type === 'indication');
  // "FDA-approved for CAR-T cytokine release syndrome": a qualifier naming anything else is not dropped but not read.
  if (qualified.some((m) => m !== indication && m.entity.type !== 'regulator')) return {};
  return { column, place, indication: indication?.text };
}

/**
 * A slide bullet's label read as a table header ("First approved by FDA: 2019", "Costim: CD28"): its column, the
 * place and disease it qualifies the statement with; none when it names no column.
 */
export function labelHeader(
  document: DocumentAnalysis,
  label: { start: number; end: number },
): { column: Column; place?: string; indication?: string } | undefined {
  const header = headerOf(document, label);
  // A place the knowledge base has no regulator for, or several: not judged by one's record.
  if (!header.column || header.place === UNKNOWN_PLACE) return undefined;
  return { column: header.column, place: header.place, indication: header.indication };
}

// A header read as a small noun phrase ("Antigen targeted", "Year first licensed in the US", "Who the FDA approved
// it for"): each word names a slot (data/lexicon/table-header-words-*, or a whole header of the slot's
// table-headers-* lexicon), qualifies it ("first", "label", "type") or is a filler; the place was read before. One
// slot and every word understood, or the column is not judged.
const SLOTS = {
  target: ['table-header-words-target', 'table-headers-target'],
  vector: ['table-header-words-vector', 'table-headers-vector'],
  population: ['table-header-words-population', 'table-headers-population'],
  line: ['table-header-words-line', 'table-headers-line'],
  infusions: ['table-header-words-dosing', 'table-headers-infusions'],
  sponsor: ['table-header-words-sponsor', 'table-headers-sponsor'],
  indication: ['table-header-words-indication', 'table-headers-indication'],
  use: ['table-header-words-use'],
  costimulatory: ['table-headers-costimulatory'],
  rems: ['table-headers-rems'],
  'boxed-warning': ['table-header-words-boxed-warning', 'table-headers-boxed-warning'],
  hla: ['table-header-words-hla', 'table-headers-hla'],
  'gene-edited': ['table-header-words-gene-edited', 'table-headers-gene-edited'],
  source: ['table-header-words-source'],
} as const satisfies Record<string, readonly LexiconName[]>;
type Slot = keyof typeof SLOTS;
type Role = Slot | 'regulator' | 'approval' | 'date' | 'kind' | 'first' | 'youngest' | 'label' | 'filler';
const ROLES: readonly [Role, readonly LexiconName[]][] = [
  ...(Object.entries(SLOTS) as [Slot, readonly LexiconName[]][]),
  ['regulator', ['table-header-words-regulator']],
  ['approval', ['table-header-words-approval']],
  ['date', ['table-header-words-date']],
  ['kind', ['table-header-words-approval-type']],
  ['first', ['table-header-first']],
  ['youngest', ['table-header-youngest']],
  ['label', ['table-header-label']],
  ['filler', ['table-header-fillers']],
];
const QUALIFIERS = new Set<Role>(['regulator', 'approval', 'date', 'kind', 'first', 'youngest', 'label', 'filler']);
// Slots an approval word may qualify ("Approved indications", "Earliest line allowed by the label"); beside any other
// ("Approved target") the header says something the statement would not carry.
const APPROVED_SLOTS = new Set<Slot>(['population', 'line', 'indication', 'use']);

/** The column a header names by its words' roles, or undefined when a word is not understood or slots clash. */
function slotHeader(
  words: readonly Word[],
  mentions: readonly TermMatch[],
  place: string | undefined,
): Header | undefined {
  const slots = new Set<Slot>();
  const roles = new Set<Role>();
  let indication: TermMatch | undefined;
  let period: string | undefined;
  const content = words.filter((w) => !w.punct);
  for (let i = 0; i < content.length; ) {
    const word = content[i]!;
    // "Indications as of 2026": the date the statement is made at.
    if (phraseAt(content, i, 'as of') && isYear(content[i + 2]?.lower ?? '')) {
      period = content[i + 2]!.text;
      i += 3;
      continue;
    }
    // "Earliest line on the 2026 US label", "Line (2026)", "Type of approval (August 2024)": the label of that year,
    // or a year (after its month) closing the header.
    const month = MONTHS.includes(word.lower) && isYear(content[i + 1]?.lower ?? '') ? 1 : 0;
    const year = content[i + month]!;
    if (
      !period &&
      isYear(year.lower) &&
      (i + month === content.length - 1 || phraseStartingAt(content, i + month + 1, lexicon('table-header-label')))
    ) {
      period = month ? `${word.text} ${year.text}` : year.text;
      i += month + 1;
      continue;
    }
    let best: { role: Role; length: number } | undefined;
    for (const [role, names] of ROLES)
      for (const name of names) {
        const hit = longestPhraseStartingAt(content, i, lexicon(name)) ?? singularAt(content, i, name);
        if (hit && hit.length > (best?.length ?? 0)) best = { role, length: hit.length };
      }
    const named = best ? undefined : mentions.find((m) => m.start <= word.start && word.end <= m.end);
    // "Approved in myeloma": one disease the header names qualifies the column's cells.
    if (named?.entity.type === 'indication' && (!indication || indication.entity === named.entity)) {
      indication = named;
      i++;
      continue;
    }
    if (!best) return undefined;
    roles.add(best.role);
    if (!QUALIFIERS.has(best.role)) slots.add(best.role as Slot);
    i += best.length;
  }
  if (slots.size > 1) return undefined;
  // "Approving agency", "Licensing authority": the column names each row's regulator.
  if (roles.has('regulator'))
    return slots.size || roles.has('date') || roles.has('first') || roles.has('kind') ? undefined : { places: true };
  const approved = roles.has('approval');
  const [slot] = slots;
  let column: Column | undefined;
  // "Type of FDA approval": the kind of approval; "Vector type": the vector; "Kind of cells", "What kind of drug": what
  // the product is (a kind word beside a noun for the product itself, not "Route" alone).
  if (!slot && !approved)
    column = roles.has('kind') && content.some((w) => isTherapyHead(w)) ? DESCRIPTION_COLUMN : undefined;
  // "Type of first FDA approval": the kind the first approval had, which a later conversion does not change.
  else if (!slot && roles.has('kind')) column = roles.has('first') ? FIRST_APPROVAL_TYPE_COLUMN : APPROVAL_TYPE_COLUMN;
  else if (!slot) column = APPROVAL_COLUMN;
  else if (roles.has('date')) return undefined;
  // "REMS when approved", "Launched under REMS", "Original REMS": the REMS at approval.
  else if (slot === 'rems' && (approved || roles.has('first'))) return { column: REMS_AT_APPROVAL, place };
  else if (approved && !APPROVED_SLOTS.has(slot)) return undefined;
  else if (slot === 'use') column = approved ? INDICATION_COLUMN : USE_COLUMN;
  // "Youngest approved age", "Minimum age on the US label": the lower bound of the population.
  else if (slot === 'population' && (roles.has('youngest') || roles.has('first'))) column = MINIMUM_AGE_COLUMN;
  else if (roles.has('youngest')) return undefined;
  else column = slot === 'source' ? SOURCE_COLUMN : COLUMNS.find((c) => c.lexicon === `table-headers-${slot}`);
  if (!column) return undefined;
  // "First" is carried by a column of first approvals ("was first approved"), the earliest line and the youngest age.
  if (
    roles.has('first') &&
    column !== APPROVAL_COLUMN &&
    column !== FIRST_APPROVAL_TYPE_COLUMN &&
    column !== MINIMUM_AGE_COLUMN &&
    slot !== 'line'
  )
    return undefined;
  if (indication && !column.withIndication && !column.approval) return undefined;
  return { column, place, indication: indication?.text, period };
}

/**
 * The words naming what an approved-things column lists ("CAR-T products" of "CAR-T products the FDA has licensed",
 * "Drug" of "Drug the FDA approved for it"): one approval word first or after the kind of thing, fillers around it.
 */
function approvedSubjects(words: readonly Word[]): Word[] | undefined {
  const content = words.filter((w) => !w.punct);
  const approval = lexiconWords('table-header-words-approval');
  const at = content.findIndex((w) => approval.has(w.lower));
  if (at < 0 || content.slice(at + 1).some((w) => approval.has(w.lower))) return undefined;
  const fillers = lexiconWords('table-header-fillers');
  const subjects = lexicon('table-headers-subject');
  const title = (ws: readonly Word[]) => ws.map((w) => w.lower).join(' ');
  let kind = at === 0 ? content.slice(1) : content.slice(0, at);
  // After the kind of thing, only fillers ("for it"); trailing fillers are trimmed while no kind is named.
  if (at > 0 && content.slice(at + 1).some((w) => !fillers.has(w.lower))) return undefined;
  while (kind.length > 1 && !subjects.includes(title(kind)) && fillers.has(kind.at(-1)!.lower))
    kind = kind.slice(0, -1);
  return subjects.includes(title(kind)) ? kind : undefined;
}

/**
 * "| Product | Made from donor cells |" over "| Kymriah | Yes |": a header no column names that is a predicate without its
 * subject is said of the row's subject by a yes, denied by a no ("Kymriah is not made from donor cells"); any other
 * value, or a predicate that cannot be denied, is not judged. A header asked as a question ("FDA-approved for CRS?") is
 * answered the same way; its "it" after a preposition is the row's one other value ("| Drug | Use | FDA-approved for
 * it? |" over "| Anakinra | ICANS | Yes |"), and without one the header is not read. The predicate is told by its form:
 * an opener of the lexicons (data/lexicon/subjectless-participles, subjectless-verbs), a question about "it" (the
 * subject: "Can children with ALL receive it?" reads "Children with ALL can receive Kymriah."), or a participle or a
 * preposition opening it ("FDA-labelled for ICANS", "On the US market by 2019") after "is".
 */
export function answeredPredicate(
  document: DocumentAnalysis,
  header: Cell,
  subject: string,
  value: string,
  others: readonly string[] = [],
): RowStatement | undefined {
  const answer = yesOrNo(withoutMarks(value));
  const written = withoutMarks(maskedOf(document.prose).slice(header.start, header.end));
  if (!answer || !written) return undefined;
  const predicate = withReferent(written.replace(/\s*\?$/, ''), others);
  if (!predicate) return undefined;
  const text =
    answer === 'yes'
      ? subjectlessStatement(subject, predicate)
      : subjectlessStatement(subject, `not ${lowerInitial(predicate)}`, true);
  if (text) return { text };
  const clause = askedOfIt(subject, predicate, answer) ?? predicativeOf(subject, predicate, answer);
  return clause ? { text: clause } : undefined;
}

// "for it", "for this use", "in that indication": a phrase at a header's end that refers to another cell of its row.
const REFERRING_END = /\b(for|in|to|against|with)\s+(?:it|them|(?:this|that|these|those)(?:\s+[\p{L}-]+)?)$/iu;

/** The header with its referring end replaced by the row's one other value; undefined when it has none or several. */
function withReferent(predicate: string, others: readonly string[]): string | undefined {
  const referring = REFERRING_END.exec(predicate);
  if (!referring) return predicate;
  if (others.length !== 1 || yesOrNo(others[0]!)) return undefined;
  return `${predicate.slice(0, referring.index)}${referring[1]} ${lowerInitial(withoutMarks(others[0]!))}`;
}

/**
 * "Can children with ALL receive it?" (or "Is it approved for CRS?") answered yes or no: the question as a statement,
 * its auxiliary after its subject, and "it" the row's subject. Only one "it", and a question that opens with its
 * auxiliary; "do"/"does" questions are not read (the verb would take the auxiliary's person).
 */
function askedOfIt(subject: string, question: string, answer: 'yes' | 'no'): string | undefined {
  const words = wordsOf(question);
  const auxiliary = words[0];
  const its = words.filter((w) => w.lower === 'it');
  if (!auxiliary || its.length !== 1 || !lexiconWords('auxiliaries').has(auxiliary.lower)) return undefined;
  if (/^do(?:es)?$|^did$/.test(auxiliary.lower)) return undefined;
  const it = its[0]!;
  const not = answer === 'no' ? ' not' : '';
  const after = question.slice(it.end).trim();
  // "Is it …": the subject right after the auxiliary.
  if (words[1] === it) return after ? `${subject} ${auxiliary.lower}${not} ${after}.` : undefined;
  // "Can children with ALL receive it?": "it" the object of the verb right before it (with its auxiliaries: "be
  // given it"), the words between the auxiliary and that verb the clause's own subject.
  const at = words.indexOf(it);
  let verb = at - 1;
  if (verb < 2 || words[verb]!.punct || lexiconWords('prepositions').has(words[verb]!.lower)) return undefined;
  while (verb > 2 && lexiconWords('auxiliaries').has(words[verb - 1]!.lower)) verb--;
  const own = words.slice(1, verb);
  if (own.some((w) => w.punct || lexiconWords('auxiliaries').has(w.lower))) return undefined;
  const clause = question.slice(own[0]!.start, own.at(-1)!.end);
  const verbs = question.slice(words[verb]!.start, words[at - 1]!.end);
  return `${capitalize(clause)} ${auxiliary.lower}${not} ${verbs} ${subject}${after ? ` ${after}` : ''}.`;
}

/**
 * "FDA-labelled for ICANS", "Genetically modified", "On the US market by 2019": a header that opens with a participle
 * (an "-ed" word, after an adverb in "-ly" or hyphened to a regulator) or a preposition, said after "is".
 */
function predicativeOf(subject: string, predicate: string, answer: 'yes' | 'no'): string | undefined {
  // Whitespace tokens: "FDA-labelled" is one participle, its regulator hyphened to it.
  const tokens = predicate.split(/\s+/).map((t) => t.replace(/[^\p{L}\p{N}-]/gu, '').toLowerCase());
  const first = tokens[0];
  if (!first || tokens.length > MAX_VALUE_WORDS) return undefined;
  // A participle before a noun modifies it ("Boxed warning …"): predicative only at the end or before a preposition.
  const prepositions = lexiconWords('prepositions');
  const participle = (at: number) =>
    /[a-z]{3}ed$/.test(tokens[at] ?? '') && (at === tokens.length - 1 || prepositions.has(tokens[at + 1]!));
  const opens = participle(0) || (first.endsWith('ly') && participle(1)) || prepositions.has(first);
  if (!opens) return undefined;
  return `${subject} is${answer === 'no' ? ' not' : ''} ${lowerInitial(predicate)}.`;
}

/** A plural the lexicon lists in the singular ("Antigens", "Vectors"). */
function singularAt(words: readonly Word[], at: number, name: LexiconName) {
  const word = words[at]!;
  if (word.lower.length < 4 || !word.lower.endsWith('s')) return undefined;
  return lexiconWords(name).has(word.lower.slice(0, -1)) ? { length: 1 } : undefined;
}

// "| Product | Type of FDA approval |" over "| Tecartus | Accelerated |".
const APPROVAL_TYPE_COLUMN: Column = {
  slot: 'approval-type',
  statement: (s, v, p) => `${s} received ${v} approval${p}.`,
  withIndication: (s, i, v, p) => `${s} received ${v} approval${p} for ${i}.`,
  read: approvalType,
};

/** The yes/no column of a kind of approval ("accelerated approval"): whether the row's product received it. */
const approvalOfKind = (kind: string): Column => ({
  slot: 'approval-type',
  yes: (s, p, i) => `${s} received ${kind}${byFda(p)}${forIndication(i)}.`,
  no: (s, p, i) => `${s} did not receive ${kind}${byFda(p)}${forIndication(i)}.`,
});

const FIRST_APPROVAL_TYPE_COLUMN: Column = {
  slot: 'approval-type',
  statement: (s, v, p) => `${s} was first approved${byFda(p)} with ${v} approval.`,
  read: approvalType,
};

// "| Product | Cells come from |" over "| Abecma | The patient's own T cells |".
const SOURCE_COLUMN: Column = { slot: 'cell-source', statement: (s, v) => `${s} is ${v}.`, read: cellSource };

/** The kind of approval a cell names ("Accelerated", "Regular approval"), as the approval-type cues spell it. */
function approvalType(value: string): string | undefined {
  const words = wordsOf(value).filter((w) => !w.punct);
  const kind = (words[words.length - 1]?.lower === 'approval' ? words.slice(0, -1) : words).map((w) => w.lower);
  const phrase = `${kind.join(' ')} approval`;
  return lexicon('accelerated-approval-cues').includes(phrase) || lexicon('regular-approval-cues').includes(phrase)
    ? kind.join(' ')
    : undefined;
}

/** Whose cells a cell says a product is made of: "autologous" or "allogeneic" (data/lexicon/design-*), else none. */
function cellSource(value: string): string | undefined {
  const words = wordsOf(value);
  const said = (...names: LexiconName[]) => names.some((name) => findPhrase(words, lexicon(name)) !== undefined);
  const own = said('design-autologous', 'table-cell-autologous');
  const donor = said('design-allogeneic', 'table-cell-allogeneic');
  return own === donor ? undefined : own ? 'autologous' : 'allogeneic';
}

/** The disease the words name, when they name only one ("Multiple myeloma", "LBCL"). */
function onlyIndication(words: readonly Word[], mentions: readonly TermMatch[]): string | undefined {
  const named = mentions.filter((m) => m.entity.type === 'indication');
  const first = named[0];
  if (!first || named.some((m) => m.entity !== first.entity)) return undefined;
  const covered = words.every((w) => w.punct || named.some((m) => m.start <= w.start && w.end <= m.end));
  return covered ? first.text : undefined;
}

/** The yes/no column of a disease: whether the row's product is approved for it. */
const approvedFor = (disease: string): Column => ({
  yes: (s, p) => `${s} is approved${byFda(p)} for ${disease}.`,
  no: (s, p) => `${s} is not approved${byFda(p)} for ${disease}.`,
});

/** A cell's words (document offsets), without the footnote marks after it. */
function cellWords(document: DocumentAnalysis, cell: Cell): Word[] {
  // A snake_case column name ("min_prior_lines") is its words.
  const text = maskedOf(document.prose).slice(cell.start, cell.end).trimEnd().replace(MARKS, '').replace(/_/g, ' ');
  return wordsOf(text, cell.start);
}

/**
 * Where the words place a statement: " by the EMA" for a regulator, " in Japan" for a place the knowledge base has
 * no regulator for (its statements are then not judged by another's record), UNKNOWN_PLACE for several; and the
 * words left.
 */
function placeOf(words: readonly Word[], mentions: readonly TermMatch[]): { place?: string; rest: Word[] } {
  const places = new Set<string>();
  const rest: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const mention = mentions.find((m) => m.entity.type === 'regulator' && m.start <= word.start && word.end <= m.end);
    if (mention) {
      places.add(` by the ${regulatorOf(mention.entity) ?? mention.text}`);
      continue;
    }
    const country = countryRegulatorSpanAt(words, i);
    const other = /^\p{Lu}/u.test(word.text)
      ? phraseStartingAt(words, i, lexicon('other-regulator-places'))
      : undefined;
    if (country) places.add(` by the ${country.regulator}`);
    else if (other)
      places.add(
        ` in ${words
          .slice(i, i + other.length)
          .map((w) => w.text)
          .join(' ')}`,
      );
    else {
      rest.push(word);
      continue;
    }
    i += (country?.length ?? other!.length) - 1;
  }
  const place = places.size > 1 ? UNKNOWN_PLACE : [...places][0];
  return { place, rest };
}

/**
 * The place a bullet's value names itself ("approved in China in 2026", "NMPA approval, June 2026") and the value
 * without it and the words linking it ("approved in 2026"): the value's own place wins over the default regulator a
 * statement would name. None when it names no place; `unknown` when it names several or one the knowledge base has
 * no regulator for.
 */
export function valuePlace(
  document: DocumentAnalysis,
  start: number,
  value: string,
): { place: string; rest: string } | 'unknown' | undefined {
  const words = wordsOf(value, start);
  const { place, rest } = placeOf(words, document.mentionsIn(start, start + value.length));
  if (place === undefined) return undefined;
  if (place === UNKNOWN_PLACE) return 'unknown';
  const kept = new Set(rest.map((w) => w.start));
  // A link right before a place word goes with it ("in China", "by the NMPA").
  const dropped = (i: number): boolean =>
    !kept.has(words[i]!.start) || (VALUE_PLACE_LINKS.has(words[i]!.lower) && i + 1 < words.length && dropped(i + 1));
  let text = '';
  let from = start;
  for (let i = 0; i < words.length; i++) {
    if (!dropped(i)) continue;
    text += value.slice(from - start, words[i]!.start - start);
    from = words[i]!.end;
  }
  text += value.slice(from - start);
  return {
    place,
    rest: text
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.;])/g, '$1')
      .trim(),
  };
}

const VALUE_PLACE_LINKS = lexiconWords('place-links');

/** Where a row's "Regulator" (or "Country" …) cell places its statements, if the table has such a column. */
function rowPlace(
  document: DocumentAnalysis,
  header: readonly Cell[],
  row: readonly Cell[],
  subject: number,
): string | undefined {
  const at = header.findIndex((cell, i) => i !== subject && headerOf(document, cell).places);
  if (at < 0) return undefined;
  const cell = row[at]!;
  const words = cellWords(document, cell).filter((w) => !w.punct);
  if (!words.length) return UNKNOWN_PLACE;
  // A cell that names no place the knowledge base knows ("TGA") is not the default regulator's either.
  return placeOf(words, document.mentionsIn(cell.start, cell.end)).place ?? UNKNOWN_PLACE;
}

/**
 * Whether another of the row's approval cells answers no, or hedges or leaves a gap ("Pending", "—"), or its phase
 * cell gives a stage of research ("Phase 1"; only "Approved" there makes the indication an approval).
 */
function approvalDenied(document: DocumentAnalysis, header: readonly Cell[], row: readonly Cell[]): boolean {
  return header.some((cell, i) => {
    const read = i > 0 ? headerOf(document, cell) : undefined;
    const value = () => withoutMarks(maskedOf(document.prose).slice(row[i]!.start, row[i]!.end));
    if (read?.phase) return yesOrNo(value()) !== 'yes';
    if (!read?.column?.approval || read.column.lexicon === 'table-headers-indication') return false;
    const said = value();
    return !/[\p{L}\p{N}]/u.test(said) || yesOrNo(said) === 'no' || isNotAValue(said);
  });
}

/**
 * The column that names each row's subject: the first, or under a first column of regulators the one whose header
 * names the kind of thing it lists ("| Regulator | Product | First approval |").
 */
function subjectColumn(document: DocumentAnalysis, header: readonly Cell[]): number {
  if (!headerOf(document, header[0]!).places) return 0;
  const at = header.findIndex(
    (cell, i) => i > 0 && headerOf(document, cell).subjects && !headerOf(document, cell).approved,
  );
  return Math.max(at, 0);
}

/** The indication a row names in its indication column, when it has one. */
function rowIndication(document: DocumentAnalysis, header: readonly Cell[], row: readonly Cell[]): string | undefined {
  const at = header.findIndex(
    (cell, i) => i > 0 && asIndication(headerOf(document, cell)).column?.lexicon === 'table-headers-indication',
  );
  if (at < 0) return undefined;
  return withoutMarks(maskedOf(document.prose).slice(row[at]!.start, row[at]!.end)) || undefined;
}

/**
 * The one entity a row's first cell names ("Kymriah", "Tecartus (brexucabtagene autoleucel)", "Kymriah®"), and the
 * indication a parenthesis after it names ("Kymriah (B-ALL)"); undefined when the cell says anything else.
 */
interface RowSubject {
  name: string;
  indication?: string;
}

const ROW_QUALIFIER_SEPARATOR = /^\s*[,:–—-]\s*$/;

function rowSubject(document: DocumentAnalysis, cell: Cell): RowSubject | undefined {
  const mentions = document.mentionsIn(cell.start, cell.end);
  const subject = mentions[0];
  if (!subject || subject.entity.type === 'indication' || subject.entity.type === 'regulator') return undefined;
  let indication: TermMatch | undefined;
  let last = subject;
  let depth = 0;
  let joined = false;
  // "Kymriah, large B-cell lymphoma", "Tecartus – MCL": after a separator, one indication qualifies the row.
  let separated = false;
  for (const word of cellWords(document, cell)) {
    if (word.lower === '(') depth++;
    else if (word.lower === ')') depth--;
    const mention = mentions.find((m) => m.start <= word.start && word.end <= m.end);
    if (mention?.entity === subject.entity) continue;
    // "Capecitabine + temozolomide": a combination is one subject.
    if (depth === 0 && word.lower === '+') joined = true;
    else if (depth === 0 && joined && mention?.entity.type === subject.entity.type) {
      last = mention;
      joined = false;
    } else if (joined || mention !== last) {
      if (word.punct && word.lower !== '/') continue;
      // The text between the subject and this word, which a dash leaves out of the words.
      const gap = maskedOf(document.prose).slice(last.end, word.start);
      if (depth === 0 && !indication && last === subject && ROW_QUALIFIER_SEPARATOR.test(gap)) separated = true;
      // An indication in a parenthesis or after a separator qualifies the row ("Kymriah (B-ALL)"); any other word is
      // another subject.
      if (!mention || (depth === 0 && !separated) || mention.entity.type !== 'indication') return undefined;
      if (indication && indication !== mention) return undefined;
      indication = mention;
    }
  }
  if (joined) return undefined;
  const name = last === subject ? subject.text : maskedOf(document.prose).slice(subject.start, last.end);
  return { name, indication: indication?.text };
}

/**
 * "Yes (ALL)", "Yes (follicular lymphoma)": a yes whose parenthesis names only diseases answers for them: the answer,
 * and the diseases as the row's indication.
 */
function answerForIndication(
  document: DocumentAnalysis,
  cell: Cell,
): { answer: string; indication: string } | undefined {
  const words = cellWords(document, cell);
  // A no for one disease says nothing of the others: only a yes is read.
  if (yesOrNo(words[0]?.text ?? '') !== 'yes' || words[1]?.lower !== '(' || words.at(-1)?.lower !== ')')
    return undefined;
  const inner = words.slice(2, -1);
  const diseases = document.mentionsIn(cell.start, cell.end).filter((m) => m.entity.type === 'indication');
  if (!inner.length || !inner.every((w) => diseases.some((m) => m.start <= w.start && w.end <= m.end)))
    return undefined;
  return { answer: words[0]!.text, indication: maskedOf(document.prose).slice(inner[0]!.start, inner.at(-1)!.end) };
}

/**
 * The names a cell lists ("Kymriah, Yescarta", "Abecma; Carvykti", "Yes (Tecartus)"), each one entity; undefined for
 * anything else.
 */
function namesListed(document: DocumentAnalysis, cell: Cell): string[] | undefined {
  const mentions = document.mentionsIn(cell.start, cell.end);
  if (!mentions.length) return undefined;
  const separators = new Set([',', ';', 'and', '&']);
  let words = cellWords(document, cell);
  // "Yes (Tecartus)": a yes whose parenthesis names what it answers with.
  if (yesOrNo(words[0]?.text ?? '') === 'yes' && words[1]?.lower === '(' && words.at(-1)?.lower === ')')
    words = words.slice(2, -1);
  for (const word of words) {
    const covered = mentions.some((m) => m.start <= word.start && word.end <= m.end);
    if (!covered && !separators.has(word.lower)) return undefined;
  }
  return mentions.map((m) => m.text);
}

/** The one entity a heading names, when it is only its name ("Yescarta", "Kymriah (tisagenlecleucel)"). */
function oneEntityNamed(document: DocumentAnalysis, span: { start: number; end: number }) {
  const mentions = document.mentionsIn(span.start, span.end);
  const first = mentions[0];
  if (!first || mentions.some((m) => m.entity !== first.entity)) return undefined;
  const covered = (offset: number) => mentions.some((m) => m.start <= offset && offset < m.end);
  const named = wordsOf(maskedOf(document.prose).slice(span.start, span.end), span.start).every(
    (w) => w.punct || w.lower === ':' || covered(w.start),
  );
  return named ? { text: first.text, entity: first.entity } : undefined;
}

/** What a table cell fills, for explaining a judgement: its subject, its column's slot, its value and place. */
export interface CellFrame {
  header?: string;
  subject?: string;
  /** The slot its header names (a table-headers-* name without its prefix, "approval-type" …). */
  slot?: string;
  value: string;
  place?: string;
  indication?: string;
  statement?: string;
  /** What was not understood when the cell makes no statement. */
  missing?: 'header' | 'subject' | 'value';
}

/** The frame a body cell of a Markdown table or a record fills (undefined for other sentences and a row's subject cell). */
export function tableCellFrame(document: DocumentAnalysis, sentence: Sentence): CellFrame | undefined {
  if (sentence.block !== 'table-cell' || htmlCellAt(document, sentence)) return undefined;
  const csv = csvCellAt(document, sentence);
  const lineStart = csv ? -1 : document.text.lastIndexOf('\n', sentence.start - 1) + 1;
  const line = csv?.row ?? rowAt(document, lineStart);
  const column = line.cells.findIndex((c) => c.start <= sentence.start && sentence.end <= c.end);
  const header = line.header;
  if (column < 1 || !header || header.length !== line.cells.length) return undefined;
  const cell = line.cells[column]!;
  const text = (c: Cell) => maskedOf(document.prose).slice(c.start, c.end).trim();
  const read = asIndication(headerOf(document, header[column]!));
  const at = subjectColumn(document, header);
  const subject = rowSubject(document, line.cells[at]!) ?? continued(document, lineStart, line.cells, at);
  const statement = tableCellStatement(document, sentence)?.text;
  const slot = read.column ? (read.column.slot ?? 'approval') : undefined;
  return {
    header: text(header[column]!),
    subject: subject?.name,
    slot,
    value: text(cell),
    place: read.place?.trim(),
    indication: read.indication ?? subject?.indication,
    statement,
    missing: statement ? undefined : !slot ? 'header' : !subject ? 'subject' : 'value',
  };
}

/** What a table cell's judgement depends on beyond its own text: its row's subject and its column's header. */
export function tableCellContext(document: DocumentAnalysis, sentence: Sentence): string {
  // A header cell is a label (see claimSentenceOf): its verdict differs from a body cell's of the same text.
  const header = onTableHeaderRow(document.text, sentence.start) ? '\0header' : '';
  const statement = tableCellStatement(document, sentence);
  const period = statement?.period ? `\0${statement.period.from}/${statement.period.to}` : '';
  return `${statement?.text ?? ''}${period}${header}`;
}

// Per knowledge base: the findings of each row statement, judged on its own.
const judged = new WeakMap<KnowledgeIndex, TextMemo<ClaimFinding[]>>();

/** The findings of the statement a table cell makes with its row and header (none when it makes none). */
export function checkTableCell(document: DocumentAnalysis, sentence: Sentence, index: KnowledgeIndex): ClaimFinding[] {
  const statement = tableCellStatement(document, sentence);
  // A caption's year after the knowledge base's date: a forecast, not judged.
  const year = statement && /^As of (\d{4}),/.exec(statement.text)?.[1];
  if (year && year > index.asOf.slice(0, 4)) return [];
  return statement ? checkStatement(statement, index, statement.period) : [];
}

/** The findings of a statement a unit (a table row, a bullet under its lead-in) makes, judged on its own. */
export function checkStatement(
  statement: RowStatement,
  index: KnowledgeIndex,
  frame?: Period,
  placed = false,
): ClaimFinding[] {
  let memo = judged.get(index);
  if (!memo) judged.set(index, (memo = new TextMemo(STATEMENT_MEMO_CHARS)));
  const key = frame || placed ? `${frame?.from}/${frame?.to}/${placed}\0${statement.text}` : statement.text;
  let findings = memo.get(key);
  if (!findings) {
    const analysis = analyze(TextDocument.create('untitled:table-row', 'plaintext', 1, statement.text), index);
    findings = analysis.sentences.flatMap((s) => {
      const result = checkSentenceIn(analysis, s, index, undefined, frame, placed);
      return result ? result.findings : [];
    });
    memo.set(key, findings);
  }
  return findings;
}

/** The cells of the table row starting at `lineStart`: the text between its pipes (an escaped "\\|" is text). */
function cellsOf(text: string, lineStart: number): Cell[] {
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  const pieces: Cell[] = [];
  let start = lineStart;
  for (let i = lineStart; i < lineEnd; i++) {
    if (text[i] !== '|' || text[i - 1] === '\\') continue;
    pieces.push({ start, end: i });
    start = i + 1;
  }
  pieces.push({ start, end: lineEnd });
  // Outer pipes ("| A | B |") leave an empty piece before the first cell and after the last.
  const line = text.slice(lineStart, lineEnd);
  if (line.trimStart().startsWith('|')) pieces.shift();
  if (line.trimEnd().endsWith('|')) pieces.pop();
  return pieces;
}

/** A table row's cells, its table's header row and, once asked, what its first cell and other columns say. */
interface Row {
  cells: Cell[];
  header: Cell[] | undefined;
  /** An HTML table's header row (its cells all <th>). */
  isHeader?: boolean;
  subject?: RowSubject | null;
  place?: string | null;
  indication?: string | null;
}

// Per document: each table row read, by the offset of its line (every cell of a row shares its reading).
const rows = new WeakMap<DocumentAnalysis, Map<number, Row>>();

/** The row whose line starts at `lineStart`: read once, its header found through the row above it. */
function rowAt(document: DocumentAnalysis, lineStart: number): Row {
  const { text } = document;
  let known = rows.get(document);
  if (!known) rows.set(document, (known = new Map()));
  const cached = known.get(lineStart);
  if (cached) return cached;
  // Up through the body rows not read yet to the separator row (the header is the line above it) or a row read.
  const above: number[] = [];
  let line = lineStart;
  let header: Cell[] | undefined;
  while (line > 0) {
    above.push(line);
    const previous = text.lastIndexOf('\n', line - 2) + 1;
    const content = text.slice(previous, line - 1);
    if (!content.includes('|')) break;
    if (isSeparatorRow(content)) {
      if (previous > 0) header = cellsOf(text, text.lastIndexOf('\n', previous - 2) + 1);
      break;
    }
    const read = known.get(previous);
    if (read) {
      header = read.header;
      break;
    }
    line = previous;
  }
  if (line === 0) above.push(0);
  for (const start of above) known.set(start, { cells: cellsOf(text, start), header });
  return known.get(lineStart)!;
}

// An HTML table in Markdown, or rows pasted without their table tag ("<tr><td>Tecartus</td><td>...</td></tr>" alone): its
// rows, and each row's cells (a cell's closing tag is optional).
const HTML_TABLE = /<table[\s>][\s\S]*?(?:<\/table\s*>|$)|<tr[\s>][\s\S]*?(?=<table[\s>]|$)/gi;
const HTML_ROW = /<tr[\s>][\s\S]*?(?=<tr[\s>]|<\/table\s*>|$)/gi;
const HTML_CELL = /<(t[dh])(?:\s[^<>]*)?>([\s\S]*?)(?=<\/?t[dhr][\s>]|<\/?table[\s>]|<\/?t(?:head|body|foot)[\s>]|$)/gi;

/** The HTML table cells of a document, by start, each with its row (none when it has no HTML table). */
interface HtmlCells {
  starts: number[];
  cells: { cell: Cell; row: Row }[];
}
const htmlCells = new WeakMap<DocumentAnalysis, HtmlCells | null>();

/** The row of the HTML table cell a sentence is in, if it is in one. */
function htmlCellAt(document: DocumentAnalysis, sentence: Sentence): { row: Row } | undefined {
  let known = htmlCells.get(document);
  if (known === undefined) htmlCells.set(document, (known = readHtmlTables(document.text)));
  if (!known) return undefined;
  // The last cell starting at or before the sentence.
  let lo = 0;
  let hi = known.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (known.starts[mid]! <= sentence.start) lo = mid;
    else hi = mid - 1;
  }
  const found = known.cells[lo];
  return found && found.cell.start <= sentence.start && sentence.end <= found.cell.end ? found : undefined;
}

// Per document: the row of each comma-separated record read, by the start of its first cell.
const recordRows = new WeakMap<DocumentAnalysis, Map<number, Row>>();

/**
 * The row of a comma-separated record a sentence is a cell of ("brand,inn,sponsor" over "Tecartus,…,Kite"), as the
 * extraction read it (its block's record: the paragraph's first line is the header of every line after it).
 * Undefined for any other sentence.
 */
function csvCellAt(document: DocumentAnalysis, sentence: Sentence): { row: Row } | undefined {
  const block = document.prose.blocks[sentence.blockIndex];
  const record = block?.record;
  if (!record) return undefined;
  const placed = (spans: readonly Cell[]) =>
    spans.map((c) => ({ start: c.start + block.start, end: c.end + block.start }));
  const cells = placed(record.cells);
  let known = recordRows.get(document);
  if (!known) recordRows.set(document, (known = new Map()));
  let row = known.get(cells[0]!.start);
  if (!row) known.set(cells[0]!.start, (row = { cells, header: record.header && placed(record.header) }));
  return { row };
}

/** Every HTML table's rows: a first row of <th> cells (or in <thead>) is the header of the rows after it. */
function readHtmlTables(text: string): HtmlCells | null {
  if (!text.includes('<table') && !text.includes('<tr')) return null;
  const found: HtmlCells = { starts: [], cells: [] };
  for (const table of text.matchAll(HTML_TABLE)) {
    let header: Cell[] | undefined;
    let first = true;
    for (const tr of table[0].matchAll(HTML_ROW)) {
      const at = table.index + tr.index;
      const cells: Cell[] = [];
      let allHeaders = true;
      for (const td of tr[0].matchAll(HTML_CELL)) {
        const content = at + td.index + td[0].length - td[2]!.length;
        const inner = td[2]!;
        const start = content + inner.length - inner.trimStart().length;
        cells.push({ start, end: Math.max(start, content + inner.trimEnd().length) });
        if (td[1]!.toLowerCase() !== 'th') allHeaders = false;
      }
      if (!cells.length) continue;
      const head = table[0].lastIndexOf('<thead', tr.index);
      const isHeader = first && (allHeaders || (head >= 0 && table[0].lastIndexOf('</thead', tr.index) < head));
      const row: Row = { cells, header: isHeader ? undefined : header, isHeader };
      if (isHeader) header = cells;
      first = false;
      for (const cell of cells) {
        found.starts.push(cell.start);
        found.cells.push({ cell, row });
      }
    }
  }
  return found.starts.length ? found : null;
}
