import { maskedOf } from '../text/prose';
import type { DocumentAnalysis, SentenceCueTest } from '../document/analysis';
import type { Sentence } from '../text/sentences';
import { MONTHS } from '../util/text';
import { sentencesBefore } from './discourse';

// A timeline's year line is context for the entries under it, as a heading is: it dates them, it is never a subject.
//   "2017. August: Kymriah approved. December: tocilizumab approved for CRS."  → "December 2017: tocilizumab approved for CRS."
//   "2019. Breyanzi wins its first US licence."                               → "2019: Breyanzi wins its first US licence."
//   "2022\nOctober: Tecartus approved for adults with ALL."                    → "October 2022: Tecartus approved …"
// Only a line that is a bare year opens a timeline ("Last reviewed: 2019" dates nothing under it); an entry that names
// a year keeps its own; after the first entry, only entries labelled with a month are dated by the year line.

// A line that is only a year, with a stop, colon or dash after it.
const YEAR_LINE = /^\s*((?:19|20)\d\d)\s*(?:[.:]|[—–-])?\s*$/;
// The first line of a sentence when it is a bare year, and the text after it.
const YEAR_FIRST_LINE = /^\s*((?:19|20)\d\d)\s*(?:[.:]|[—–-])?[^\S\n]*\n([\s\S]*)$/;
const ANY_YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/u;
const MONTH = `(?:${MONTHS.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)`;
// "December:", "30 August —", "Oct. 1 -": a month label opening an entry, with an optional day.
const MONTH_LABEL = new RegExp(`^\\s*(?:(\\d{1,2})\\s+)?(${MONTH})(?:\\s+(\\d{1,2}))?\\s*(?::|[—–]|\\s-\\s)\\s*`, 'iu');

/** Whether the sentence may be a timeline's entry without a year of its own (`timelineStatement`'s first test). */
const mayBeUndatedEntry: SentenceCueTest = (_text, prose, start, end) => {
  const text = prose.slice(start, end);
  const own = YEAR_FIRST_LINE.exec(text);
  const entry = own ? own[2]!.trim() : text.trim();
  return entry !== '' && !ANY_YEAR.test(entry);
};

/** Whether the sentence may be a year line or a month's entry (`yearAbove` reads no further past any other). */
const mayBeTimelineLine: SentenceCueTest = (_text, prose, start, end) => {
  const text = prose.slice(start, end);
  return YEAR_LINE.test(text) || YEAR_FIRST_LINE.test(text) || MONTH_LABEL.test(text);
};

/**
 * The statement of a timeline entry dated by the year line above it ("2017." over "December: tocilizumab approved
 * for CRS." reads "December 2017: tocilizumab approved for CRS."), judged on the entry's line. None for an entry that
 * names a year of its own, or when no bare year line heads the entries before it.
 */
export function timelineStatement(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (sentence.block !== 'paragraph' && sentence.block !== 'list-item') return undefined;
  if (!document.sentenceCue('may be an undated entry', sentence, mayBeUndatedEntry)) return undefined;
  const text = maskedOf(document.prose).slice(sentence.start, sentence.end);
  // "2022\nOctober: Tecartus approved …": the year line opens the entry's own sentence.
  const own = YEAR_FIRST_LINE.exec(text);
  const entry = own ? own[2]!.trim() : text.trim();
  if (!entry || ANY_YEAR.test(entry)) return undefined;
  const year = own?.[1] ?? markerYear(document, sentence) ?? yearAbove(document, sentence);
  if (!year) return undefined;
  const label = MONTH_LABEL.exec(entry);
  if (label) {
    const [whole, dayBefore, month, dayAfter] = label;
    const day = dayBefore ?? dayAfter;
    const date = day ? `${month} ${day}, ${year}` : `${month} ${year}`;
    return `${date}: ${entry.slice(whole.length)}`;
  }
  // An entry without a month only right under its year ("2019. Breyanzi wins …").
  return own || markerYear(document, sentence) || yearAbove(document, sentence, true) ? `${year}: ${entry}` : undefined;
}

/**
 * The year of the bare year line heading the entries before `sentence` in its discourse unit: each sentence between
 * is an entry labelled with a month and naming no year (`adjacent`: none between).
 */
function yearAbove(document: DocumentAnalysis, sentence: Sentence, adjacent = false): string | undefined {
  const masked = maskedOf(document.prose);
  for (const before of sentencesBefore(document, sentence)) {
    // Neither a year line nor a month's entry: most sentences, told once per block.
    if (!document.sentenceCue('may be a timeline line', before, mayBeTimelineLine)) return undefined;
    const text = masked.slice(before.start, before.end);
    const line = YEAR_LINE.exec(text) ?? YEAR_FIRST_LINE.exec(text);
    if (line) return adjacent && line[2] !== undefined ? undefined : line[1];
    if (adjacent || !MONTH_LABEL.test(text) || ANY_YEAR.test(text)) return undefined;
    // "2017. August: Kymriah approved. December: …": a year numbering the item is its year line.
    const marked = markerYear(document, before);
    if (marked) return marked;
  }
  return undefined;
}

// "2017. August: …": Markdown reads a year with a stop opening a line as an ordered list's number.
const YEAR_MARKER = /^[^\S\n]*((?:19|20)\d\d)[.)][^\S\n]+$/;

/** The year numbering the list item a sentence opens ("2017. August: Kymriah approved."), if any. */
function markerYear(document: DocumentAnalysis, sentence: Sentence): string | undefined {
  if (sentence.block !== 'list-item') return undefined;
  const lineStart = document.text.lastIndexOf('\n', sentence.start - 1) + 1;
  return YEAR_MARKER.exec(document.text.slice(lineStart, sentence.start))?.[1];
}
