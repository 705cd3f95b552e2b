import { deleteLines, removeNumberedEntry, renumber } from '../../citations/edits';
import type { CitationModel, ReferenceEntry } from '../../citations/index';
import { lazyFix, type Rule, type RuleContext } from '../types';

/**
 * An entry of the document's own reference list (numbered list, footnote definitions, thebibliography)
 * that nothing cites; and numeric citations whose first uses are not in order (information).
 * Entries of .bib/CSL files are not reported: BibTeX and Pandoc print only the cited ones.
 */
const rule: Rule = {
  meta: {
    id: 'uncited-reference',
    description:
      'A reference entry that is never cited, or numeric references not numbered in order of first citation.',
    defaultSeverity: 'warning',
    fixable: true,
    checksReferenceLists: true,
    messages: {
      uncited: '{{entry}} is never cited in the text: cite it or remove it.',
      outOfOrder:
        'Reference [{{cited}}] is first cited after [{{before}}]: number references in order of first citation.',
    },
  },
  check(context) {
    const model = context.document.citations;
    const source = context.document.text;
    const usesNumbers = model.citations.some((c) => c.namespace === 'number');
    let explicitNumbers: boolean | undefined;
    let numbering: Numbering | undefined;
    for (const entry of model.ownEntries) {
      if (model.isCited(entry)) continue;
      // Numbered entries are judged only in documents that cite by number (author–year prose cannot be matched).
      if (entry.namespace === 'number' && !usesNumbers) continue;
      if (entry.namespace === 'key' && model.citesAll) continue;
      const title = `Remove ${describe(entry).toLowerCase()}`;
      // Computed when an output shows fixes; renumbering rewrites the whole list: its edits only when the fix is
      // asked for (a long list has many such fixes).
      const fix = () =>
        entry.namespace === 'number' && (explicitNumbers ??= hasExplicitNumbers(source, model))
          ? lazyFix(
              renumbers(Number(entry.key), (numbering ??= numberingOf(model))) ? `${title} and renumber` : title,
              () => removeNumberedEntry(source, model, entry),
              undefined,
              true,
            )
          : { title, edits: [deleteLines(source, entry)] };
      context.report({
        start: entry.label.start,
        end: lineEnd(source, entry),
        messageId: 'uncited',
        data: { entry: describe(entry) },
        fixes: () => [fix()],
      });
    }
    checkOrder(context, model, source);
  },
};

function describe(entry: ReferenceEntry): string {
  return entry.namespace === 'number'
    ? `Reference ${entry.key}`
    : entry.namespace === 'footnote'
      ? `Footnote [^${entry.key}]`
      : `Bibliography entry "${entry.key}"`;
}

function lineEnd(source: string, entry: ReferenceEntry): number {
  const eol = source.indexOf('\n', entry.label.start);
  return Math.min(entry.end, eol < 0 ? source.length : eol);
}

/** What decides, without computing it, whether removing a numbered entry renumbers others. */
interface Numbering {
  /** The highest number listed or cited. */
  highest: number;
  /** Every list's numbered entries are in ascending order. */
  ascending: boolean;
}

function numberingOf(model: CitationModel): Numbering {
  let highest = 0;
  let ascending = true;
  for (const list of model.lists) {
    let previous = 0;
    for (const entry of list.entries) {
      if (entry.namespace !== 'number') continue;
      const n = Number(entry.key);
      if (n < previous) ascending = false;
      previous = n;
    }
  }
  for (const entry of model.ownEntries)
    if (entry.namespace === 'number') highest = Math.max(highest, Number(entry.key));
  for (const citation of model.citations)
    if (citation.namespace === 'number') for (const key of citation.keys) highest = Math.max(highest, Number(key.key));
  return { highest, ascending };
}

/** Removing entry `n` moves other entries or citations: later numbers exist, or the list is out of order. */
function renumbers(n: number, numbering: Numbering): boolean {
  return n < numbering.highest || !numbering.ascending;
}

function hasExplicitNumbers(source: string, model: CitationModel): boolean {
  return model.ownEntries.some(
    (e) => e.namespace === 'number' && /^\d+$/.test(source.slice(e.label.start, e.label.end)),
  );
}

/** Journals number references in order of first citation: report the first citation that breaks it. */
function checkOrder(context: RuleContext, model: CitationModel, source: string): void {
  const order: number[] = [];
  const seen = new Set<number>();
  let highest = 0;
  let firstBreak: { start: number; end: number; cited: number; before: number } | undefined;
  for (const citation of model.citations) {
    if (citation.namespace !== 'number') continue;
    for (const key of citation.keys) {
      const n = Number(key.key);
      if (seen.has(n)) continue;
      if (!firstBreak && n < highest) firstBreak = { start: key.start, end: key.end, cited: n, before: highest };
      highest = Math.max(highest, n);
      seen.add(n);
      order.push(n);
    }
  }
  if (!firstBreak) return;
  // New numbers: cited references by first use, then the uncited ones in their old order.
  // Entries in order of first citation, then the uncited ones; a cited number without an entry keeps its number.
  const listed = new Set(model.ownEntries.filter((e) => e.namespace === 'number').map((e) => Number(e.key)));
  const mapping = new Map<number, number>();
  for (const n of order) if (listed.has(n)) mapping.set(n, mapping.size + 1);
  for (const n of [...listed].sort((a, b) => a - b)) if (!mapping.has(n)) mapping.set(n, mapping.size + 1);
  // …unless an entry would take its number: then the citation would silently point to that entry.
  const renumberable = order.every((n) => listed.has(n) || n > mapping.size);
  context.report({
    start: firstBreak.start,
    end: firstBreak.end,
    messageId: 'outOfOrder',
    data: { cited: firstBreak.cited, before: firstBreak.before },
    severity: 'information',
    fixes: () =>
      model.lists.length && renumberable
        ? [
            lazyFix(
              'Renumber references in order of first citation',
              () => renumber(source, model, mapping),
              undefined,
              true,
            ),
          ]
        : [],
  });
}

export default rule;
