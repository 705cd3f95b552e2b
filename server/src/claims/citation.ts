import { appendReferences, formatNumbers, numberedCiting, referenceText } from '../citations/edits';
import type { KnowledgeIndex } from '../kb/index';
import type { Edit } from '../document/findings';
import type { DocumentAnalysis } from '../document/analysis';
import type { Citation } from '../document/citations/types';
import type { DocumentLanguage } from '../text/prose';
import { lowerBound } from '../util/sorted';

/** How a quick fix writes a new citation marker (the document's citations have their own CitationStyle). */
export type MarkerStyle = 'latex' | 'pandoc' | 'bracket';

/**
 * The marker style a fix uses in this document: LaTeX `\cite{ID}`, Pandoc `[@ID]` when the document already uses
 * Pandoc citations, else a bracketed `[ID]`.
 */
export function markerStyle(language: DocumentLanguage, documentText: string): MarkerStyle {
  if (language === 'latex') return 'latex';
  // This runs on every check of the whole document: most documents have no "@" at all.
  if (!documentText.includes('@')) return 'bracket';
  return /\[(?:[^\]\n]*;\s*)?-?@[\w:.#$%&+?<>~/-]+/.test(documentText) ? 'pandoc' : 'bracket';
}

/** The citation marker for a key in a style. */
export function citationMarker(key: string, style: MarkerStyle): string {
  return style === 'latex' ? `\\cite{${key}}` : style === 'pandoc' ? `[@${key}]` : `[${key}]`;
}

/** "Kymriah is approved for LBCL." + marker → "Kymriah is approved for LBCL [ID]." */
export function withCitation(sentence: string, marker: string): string {
  const body = sentence.replace(/[.\s]+$/, '');
  return `${body} ${marker}.`;
}

/** A citation the author wrote in the sentence a fix replaces: the fix keeps it. */
export interface AuthorCitation {
  citation: Citation;
  /** Its text, with the blank or tie before it ("~\cite{b}"). */
  text: string;
  /** After the sentence's full stop ("approved.<sup>2</sup>"), not before it ("approved [2]."). */
  afterStop: boolean;
}

/** The author's citations in [start, end) of the document, as a fix that rewrites that text keeps them. */
export function authorCitations(document: DocumentAnalysis, start: number, end: number): AuthorCitation[] {
  const { text } = document;
  // A binary search, not a filter: a fix is written per flagged sentence, and a manuscript has thousands of citations.
  const { citations } = document.citations;
  const inside: Citation[] = [];
  for (let i = lowerBound(citations, start); i < citations.length && citations[i]!.start < end; i++) {
    const c = citations[i]!;
    if (c.end <= end && !c.silent) inside.push(c);
  }
  let stop = -1;
  for (let i = end - 1; i >= start && stop < 0; i--)
    if (/[.!?]/.test(text[i]!) && !inside.some((c) => c.start <= i && i < c.end)) stop = i;
  return inside.map((citation) => {
    let from = citation.start;
    while (from > start && /[ \t~]/.test(text[from - 1]!)) from--;
    const afterStop = stop >= 0 && citation.start > stop;
    const gap = text.slice(from, citation.start).replace(/\s+/g, ' ');
    return {
      citation,
      text: (afterStop ? gap.trim() : gap || ' ') + text.slice(citation.start, citation.end),
      afterStop,
    };
  });
}

/** How one fix writes its statements with their citations, then what else must change. */
export interface CitationWriter {
  /**
   * The statements, each citing its source where the document can resolve it; the last keeps the author's
   * citations of the sentence it replaces.
   */
  write(statements: readonly { text: string; sourceId?: string }[], kept: readonly AuthorCitation[]): string;
  /** Edits outside the sentence that the citations need (new reference-list entries). */
  extraEdits(): Edit[];
}

export interface Citing {
  /** A writer for one fix (numbers for new references start over in each fix: a fix is applied alone). */
  writer(): CitationWriter;
}

const body = (statement: string) => statement.replace(/[.!?\s]+$/, '');

/**
 * How corrections cite in this document, with what it can resolve: never a knowledge-base id it does not
 * define. A document that cites by number cites the source's entry when its list has it, else appends the
 * source to its list and cites the new number (no list, no new entry); a Pandoc or LaTeX document cites its
 * own key for the source (from its bibliography), or nothing; a document that cites nothing gets no
 * citation. The author's citations are kept (numbers merged into one citation).
 */
export function citingFor(document: DocumentAnalysis, index: KnowledgeIndex): Citing {
  const style = markerStyle(document.prose.language, document.text);
  const model = document.citations;
  const numbered =
    style === 'bracket' &&
    (model.ownEntries.some((e) => e.namespace === 'number') || model.citations.some((c) => c.namespace === 'number'));
  if (!numbered) {
    const keyOf = new Map<string, string>();
    for (const e of model.entries)
      if (e.sourceId && e.namespace === 'key' && !keyOf.has(e.sourceId)) keyOf.set(e.sourceId, e.key);
    const tie = document.prose.language === 'latex' && /~\\\w*cite/.test(document.text) ? '~' : ' ';
    return {
      writer: () => ({
        write: (statements, kept) =>
          statements
            .map((s, i) => {
              const last = i === statements.length - 1;
              const key = s.sourceId ? keyOf.get(s.sourceId) : undefined;
              const own = last ? kept : [];
              const cited = key && !own.some((k) => k.citation.keys.some((c) => c.key === key));
              const before = own.filter((k) => !k.afterStop).map((k) => k.text);
              if (cited && style !== 'bracket') before.unshift(tie + citationMarker(key, style));
              const after = own.filter((k) => k.afterStop).map((k) => k.text);
              return `${body(s.text)}${before.join('')}.${after.join('')}`;
            })
            .join(' '),
        extraEdits: () => [],
      }),
    };
  }
  const { style: numericStyle, entryOfSource, next } = numberedCiting(document.text, model);
  const language = document.prose.language === 'markdown' ? 'markdown' : 'plaintext';
  return {
    writer: () => {
      const added: string[] = [];
      const first = next();
      const numberOf = (sourceId: string | undefined): number | undefined => {
        const listed = sourceId ? entryOfSource.get(sourceId)?.key : undefined;
        if (listed !== undefined) return Number(listed);
        const source = sourceId ? index.source(sourceId) : undefined;
        // Numbers without a list of their own (a pasted article) get no list: it would make them all unknown.
        if (!source || !model.lists.length) return undefined;
        const at = added.indexOf(referenceText(source));
        return first + (at >= 0 ? at : added.push(referenceText(source)) - 1);
      };
      return {
        write: (statements, kept) =>
          statements
            .map((s, i) => {
              const last = i === statements.length - 1;
              const own = last ? kept : [];
              const numbers = own
                .filter((k) => k.citation.namespace === 'number')
                .flatMap((k) => k.citation.keys.map((c) => Number(c.key)));
              const n = numberOf(s.sourceId);
              if (n !== undefined) numbers.push(n);
              const others = own.filter((k) => k.citation.namespace !== 'number');
              const marker = numbers.length ? formatNumbers(numbers, numericStyle === 'bracket' ? ', ' : ',') : '';
              const before = others.filter((k) => !k.afterStop).map((k) => k.text);
              const after = others.filter((k) => k.afterStop).map((k) => k.text);
              if (marker && numericStyle === 'bracket') before.unshift(` [${marker}]`);
              if (marker && numericStyle !== 'bracket')
                after.unshift(numericStyle === 'sup' ? `<sup>${marker}</sup>` : `^${marker}`);
              return `${body(s.text)}${before.join('')}.${after.join('')}`;
            })
            .join(' '),
        extraEdits: () => (added.length ? [appendReferences(document.text, model, added, language).edit] : []),
      };
    },
  };
}
