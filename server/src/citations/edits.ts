// Text edits for citation quick fixes: renumbering, removing and appending references, inserting citations.
import { sourceDate } from '../kb/index';
import type { Source } from '../kb/types';
import type { Edit } from '../document/findings';
import type { Citation, CitationModel, ReferenceEntry, ReferenceList } from '../document/citations/types';

/** Numbers as a citation writes them: runs of three or more become ranges ("1–3, 5"). */
export function formatNumbers(numbers: readonly number[], separator = ', ', dash = '–'): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}${dash}${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(separator);
}

/** The separator and range dash a numeric citation already uses, so rewrites keep the house style. */
function styleOf(source: string, citation: Citation): { separator: string; dash: string } {
  const inner = source.slice(citation.keys[0]!.start, citation.keys[citation.keys.length - 1]!.end);
  return {
    separator: /,\s/.test(inner) ? ', ' : /,/.test(inner) ? ',' : /;/.test(inner) ? '; ' : ', ',
    dash: /-/.test(inner) ? '-' : '–',
  };
}

/** Deletes a whole citation, with the blank before it ("approved [3]." → "approved."). */
export function deleteCitation(source: string, citation: Citation): Edit {
  let start = citation.start;
  while (start > 0 && (source[start - 1] === ' ' || source[start - 1] === '~')) start--;
  return { start, end: citation.end, newText: '' };
}

/** Removes the key at index `i` from a citation (every use of its key): the whole citation when no other key is left. */
export function removeKey(source: string, citation: Citation, i: number): Edit {
  const key = citation.keys[i]!;
  if (!citation.keys.some((k) => k.key !== key.key)) return deleteCitation(source, citation);
  if (citation.namespace === 'number')
    return rewriteNumbers(
      source,
      citation,
      citation.keys.filter((k) => k.key !== key.key).map((k) => Number(k.key)),
    );
  // Keyed: drop the key and the separator before it (or after it, for the first key).
  const previous = citation.keys[i - 1];
  const next = citation.keys[i + 1];
  if (previous) return { start: previous.end, end: key.end, newText: '' };
  return { start: key.start, end: next ? next.start : key.end, newText: '' };
}

/** Replaces a numeric citation's numbers, keeping its brackets or superscript markup. */
export function rewriteNumbers(source: string, citation: Citation, numbers: readonly number[]): Edit {
  const { separator, dash } = styleOf(source, citation);
  return {
    start: citation.keys[0]!.start,
    // A fold, not Math.max(...): a superscript's keys are unbounded and a spread that long overflows the stack.
    end: citation.keys.reduce((end, k) => Math.max(end, k.end), 0),
    newText: formatNumbers(numbers, separator, dash),
  };
}

/**
 * Edits that renumber every numeric citation and numbered entry by `mapping` (old → new number). A cited
 * number the mapping does not name (one no entry has) stays as written: renumbering never deletes a citation.
 * Entries are rewritten in place, in their new order.
 */
export function renumber(source: string, model: CitationModel, mapping: ReadonlyMap<number, number>): Edit[] {
  const edits: Edit[] = [];
  for (const citation of model.citations) {
    if (citation.namespace !== 'number') continue;
    const old = citation.keys.map((k) => Number(k.key));
    const mapped = old.map((n) => mapping.get(n) ?? n);
    if (mapped.join() !== old.join()) edits.push(rewriteNumbers(source, citation, mapped));
  }
  for (const list of model.lists) {
    const slots = list.entries;
    const moved = slots
      .filter((e) => mapping.has(Number(e.key)))
      .sort((a, b) => mapping.get(Number(a.key))! - mapping.get(Number(b.key))!);
    slots.forEach((slot, i) => {
      const entry = moved[i];
      if (!entry) {
        edits.push(deleteLines(source, slot));
        return;
      }
      const number = mapping.get(Number(entry.key))!;
      // A bulleted entry's label is its bullet: it moves, its number is implied by its place.
      const explicit = /^\d+$/.test(source.slice(entry.label.start, entry.label.end));
      const text = explicit
        ? source.slice(entry.start, entry.label.start) + String(number) + source.slice(entry.label.end, entry.end)
        : source.slice(entry.start, entry.end);
      if (text !== source.slice(slot.start, slot.end)) edits.push({ start: slot.start, end: slot.end, newText: text });
    });
  }
  return edits;
}

/**
 * Deletes an entry: its whole line with the line break when the rest of the line is only indentation or blockquote
 * markers; else the entry alone, with the blanks that separate it, so that a list or another entry sharing its line
 * (`\begin{thebibliography}{9}\bibitem{a} …`) is kept. The scans stop at the first other character, so removing every
 * entry of a long one-line list stays linear.
 */
export function deleteLines(source: string, entry: ReferenceEntry): Edit {
  let start = entry.start;
  while (start > 0 && LINE_PREFIX.has(source[start - 1]!)) start--;
  let end = entry.end;
  while (end < source.length && BLANKS.has(source[end]!)) end++;
  const lineBreak = source.startsWith('\r\n', end) ? 2 : source[end] === '\n' ? 1 : end === source.length ? 0 : -1;
  const ownsStart = start === 0 || source[start - 1] === '\n';
  if (ownsStart && lineBreak >= 0) return { start, end: end + lineBreak, newText: '' };
  // Text follows on the line: the entry and the blanks after it. It ends the line: the blanks before it too.
  if (lineBreak < 0) return { start: entry.start, end, newText: '' };
  let blanksBefore = entry.start;
  while (blanksBefore > 0 && BLANKS.has(source[blanksBefore - 1]!)) blanksBefore--;
  return { start: blanksBefore, end, newText: '' };
}

const BLANKS = new Set([' ', '\t']);
const LINE_PREFIX = new Set([' ', '\t', '>']);

/** Removing numbered entry `n`: later entries and their citations move up by one. */
export function removeNumberedEntry(source: string, model: CitationModel, entry: ReferenceEntry): Edit[] {
  const removed = Number(entry.key);
  const mapping = new Map<number, number>();
  for (const e of model.entries) {
    const n = Number(e.key);
    if (e.namespace === 'number' && n !== removed) mapping.set(n, n > removed ? n - 1 : n);
  }
  return renumber(source, model, mapping);
}

/** The list a new numbered reference goes to, its number, and the edit that appends it. */
export function appendReference(
  source: string,
  model: CitationModel,
  text: string,
  language: 'markdown' | 'plaintext',
): { number: number; edit: Edit } {
  const { first, edit } = appendReferences(source, model, [text], language);
  return { number: first, edit };
}

const nextNumbers = new WeakMap<CitationModel, number>();

/**
 * The number after every number in use, listed or cited (a citation may point to a missing entry). Computed
 * once per model: every fix that appends a reference asks for it.
 */
export function nextReferenceNumber(model: CitationModel): number {
  let next = nextNumbers.get(model);
  if (next === undefined) nextNumbers.set(model, (next = highestNumber(model) + 1));
  return next;
}

function highestNumber(model: CitationModel): number {
  let highest = 0;
  for (const entry of model.entries)
    if (entry.namespace === 'number') highest = Math.max(highest, Number(entry.key) || 0);
  for (const citation of model.citations)
    if (citation.namespace === 'number')
      for (const key of citation.keys) highest = Math.max(highest, Number(key.key) || 0);
  return highest;
}

/** Several new numbered references in one edit, numbered in order from `nextReferenceNumber`. */
export function appendReferences(
  source: string,
  model: CitationModel,
  texts: readonly string[],
  language: 'markdown' | 'plaintext',
): { first: number; edit: Edit } {
  const first = nextReferenceNumber(model);
  const list: ReferenceList | undefined = model.lists[model.lists.length - 1];
  if (list) {
    const lines = texts.map((text, i) => `\n${list.markerTemplate.replace('{n}', String(first + i))}${text}`).join('');
    return { first, edit: { start: list.end, end: list.end, newText: lines } };
  }
  const heading = language === 'markdown' ? '## References' : 'References';
  const ending = source.endsWith('\n') ? '' : '\n';
  const lines = texts.map((text, i) => `${first + i}. ${text}\n`).join('');
  return { first, edit: { start: source.length, end: source.length, newText: `${ending}\n${heading}\n\n${lines}` } };
}

/** A knowledge-base source as a reference-list entry: "Publisher. Title. Date. URL". */
export function referenceText(source: Source): string {
  return `${source.publisher}. ${source.title}. ${sourceDate(source)}.${source.url ? ` ${source.url}` : source.citation ? ` ${source.citation}` : ''}`;
}

/**
 * Where a sentence's own text starts: after a superscript citation that the sentence splitter left at its
 * start ("2017.<sup>1</sup> Kymriah …": the "1" belongs to the sentence before).
 */
export function startAfterCitations(model: CitationModel, text: string, start: number): number {
  const use = model.useAt(start);
  if (!use || use.citation.start >= start) return start;
  let after = use.citation.end;
  while (/\s/.test(text[after] ?? '')) after++;
  return after;
}

/** Where a sentence ends with the citations right after it ("… approved in 2017.<sup>1,2</sup>"). */
export function endAfterCitations(model: CitationModel, text: string, end: number): number {
  // A sentence that ends inside a citation's markup ("…GPRC5D.<sup>3" of "<sup>3</sup>") ends after it.
  const cut = end > 0 ? model.useAt(end - 1)?.citation : undefined;
  let after = cut && cut.start < end && end < cut.end ? cut.end : end;
  for (const citation of model.citationsFor(end, end)) {
    if (citation.start < after || citation.narrative || text.slice(after, citation.start).trim()) continue;
    after = citation.end;
  }
  return after;
}

/** What citing a knowledge-base source by number needs in a document, computed once per document check. */
export interface NumberedCiting {
  style: ReturnType<typeof numericCitationStyle>;
  /** The first numbered entry of each knowledge-base source. */
  entryOfSource: ReadonlyMap<string, ReferenceEntry>;
  /** The number a new reference gets. */
  next(): number;
}

export function numberedCiting(source: string, model: CitationModel): NumberedCiting {
  const entryOfSource = new Map<string, ReferenceEntry>();
  for (const e of model.entries)
    if (e.sourceId && e.namespace === 'number' && !entryOfSource.has(e.sourceId)) entryOfSource.set(e.sourceId, e);
  let next: number | undefined;
  return {
    style: numericCitationStyle(source, model),
    entryOfSource,
    next: () => (next ??= nextReferenceNumber(model)),
  };
}

/** How the document writes numeric citations: its most common style, "[n]" when it has none. */
export function numericCitationStyle(source: string, model: CitationModel): 'bracket' | 'sup' | 'caret' {
  const counts = { bracket: 0, sup: 0, caret: 0 };
  for (const c of model.citations) {
    if (c.style === 'numeric') counts.bracket++;
    else if (c.style === 'superscript') counts[source.startsWith('<sup>', c.start) ? 'sup' : 'caret']++;
  }
  return counts.sup > counts.bracket && counts.sup >= counts.caret
    ? 'sup'
    : counts.caret > counts.bracket
      ? 'caret'
      : 'bracket';
}

/**
 * Cites reference `n` at the end of the text ending at `end`: " [n]" before its final punctuation, or a
 * superscript after it, in the document's style.
 */
export function insertCitation(source: string, end: number, n: number, style: 'bracket' | 'sup' | 'caret'): Edit {
  if (style === 'bracket') {
    const at = /[.!?]/.test(source[end - 1] ?? '') ? end - 1 : end;
    return { start: at, end: at, newText: ` [${n}]` };
  }
  return { start: end, end, newText: style === 'sup' ? `<sup>${n}</sup>` : `^${n}` };
}
