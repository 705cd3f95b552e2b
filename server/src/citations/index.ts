// The citation features other rules and language features share; the per-document citation model they
// read (part of the cached analysis) is in document/citations.
import type { DocumentAnalysis } from '../document/analysis';
import type { Citation, CitedKey, ReferenceEntry, Span } from '../document/citations/types';

export type * from '../document/citations/types';

/** A citation key in a span, with the entry it resolves to and the knowledge-base source that entry is. */
export interface CitedReference {
  citation: Citation;
  key: CitedKey;
  /** Undefined when the key resolves to nothing (that is unknown-reference's finding). */
  entry: ReferenceEntry | undefined;
  /** The knowledge-base source id (data/sources.json) the entry matches by DOI, PMID, URL or title. */
  sourceId: string | undefined;
}

/**
 * What the text in `span` (a sentence or a paragraph) cites: every key of the citations inside it, of
 * parenthetical citations right after it ("… approved in 2017.[2]") and of narrative ones right before it
 * ("\citet{neelapu} reported …"), in document order. \nocite is not a citation of any text.
 */
export function citedReferences(analysis: DocumentAnalysis, span: Span): CitedReference[] {
  const model = analysis.citations;
  const cited: CitedReference[] = [];
  for (const citation of model.citationsFor(span.start, span.end)) {
    if (citation.silent) continue;
    for (const key of citation.keys) {
      const entry = model.resolve(citation.namespace, key.key);
      cited.push({ citation, key, entry, sourceId: entry?.sourceId });
    }
  }
  return cited;
}

/** How a citation of `entry` is written: "[2]", "[^fda]", "[@june2018]" (Markdown) or "\cite{june2018}" (LaTeX). */
export function citationLabel(entry: ReferenceEntry, language: 'markdown' | 'latex' | 'plaintext'): string {
  if (entry.namespace === 'number') return `[${entry.key}]`;
  if (entry.namespace === 'footnote') return `[^${entry.key}]`;
  return language === 'latex' ? `\\cite{${entry.key}}` : `[@${entry.key}]`;
}
