import type { DocumentLanguage } from '../text/prose';

/**
 * The citation marker for a source id in the document's own style: LaTeX `\cite{ID}`, Pandoc `[@ID]`
 * when the document already uses Pandoc citations, else a bracketed `[ID]`.
 */
export function citationMarker(sourceId: string, language: DocumentLanguage, documentText: string): string {
  if (language === 'latex') return `\\cite{${sourceId}}`;
  if (/\[(?:[^\]]*;\s*)?-?@[\w:.#$%&+?<>~/-]+/.test(documentText)) return `[@${sourceId}]`;
  return `[${sourceId}]`;
}

/** "Kymriah is approved for LBCL." + marker → "Kymriah is approved for LBCL [ID]." */
export function withCitation(sentence: string, marker: string): string {
  const body = sentence.replace(/[.\s]+$/, '');
  return `${body} ${marker}.`;
}
