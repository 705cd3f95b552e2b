import type { DocumentLanguage } from '../text/prose';

export type CitationStyle = 'latex' | 'pandoc' | 'bracket';

/**
 * The document's citation style: LaTeX `\cite{ID}`, Pandoc `[@ID]` when the document already uses
 * Pandoc citations, else a bracketed `[ID]`.
 */
export function citationStyle(language: DocumentLanguage, documentText: string): CitationStyle {
  if (language === 'latex') return 'latex';
  // This runs on every check of the whole document: most documents have no "@" at all.
  if (!documentText.includes('@')) return 'bracket';
  return /\[(?:[^\]\n]*;\s*)?-?@[\w:.#$%&+?<>~/-]+/.test(documentText) ? 'pandoc' : 'bracket';
}

/** The citation marker for a source id in a style. */
export function citationMarker(sourceId: string, style: CitationStyle): string {
  return style === 'latex' ? `\\cite{${sourceId}}` : style === 'pandoc' ? `[@${sourceId}]` : `[${sourceId}]`;
}

/** "Kymriah is approved for LBCL." + marker → "Kymriah is approved for LBCL [ID]." */
export function withCitation(sentence: string, marker: string): string {
  const body = sentence.replace(/[.\s]+$/, '');
  return `${body} ${marker}.`;
}
