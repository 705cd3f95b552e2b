import { appendReferences, insertCitation, numberedCiting, referenceText } from '../citations/edits';
import type { KnowledgeIndex } from '../kb/index';
import type { Edit } from '../document/findings';
import type { DocumentAnalysis } from '../document/analysis';
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

/** How one fix cites knowledge-base sources: each sentence with its citation, then what else must change. */
export interface CitationWriter {
  cite(sentence: string, sourceId: string): string;
  /** Edits outside the sentence that the citations need (new reference-list entries). */
  extraEdits(): Edit[];
}

export interface Citing {
  /** A writer for one fix (numbers for new references start over in each fix: a fix is applied alone). */
  writer(): CitationWriter;
}

/**
 * How corrections cite in this document. A document that cites by number cites the knowledge-base
 * source's entry when its reference list has it, else appends the source to the list and cites the new
 * number, in the document's numeric style; other documents cite the source id in their key style.
 */
export function citingFor(document: DocumentAnalysis, index: KnowledgeIndex): Citing {
  const style = citationStyle(document.prose.language, document.text);
  const keyed: Citing = {
    writer: () => ({
      cite: (sentence, sourceId) => withCitation(sentence, citationMarker(sourceId, style)),
      extraEdits: () => [],
    }),
  };
  if (style !== 'bracket' || document.prose.language === 'latex') return keyed;
  const model = document.citations;
  const numbered = model.entries.filter((e) => e.namespace === 'number');
  if (!numbered.length && !model.citations.some((c) => c.namespace === 'number')) return keyed;
  const { style: numericStyle, entryOfSource, next } = numberedCiting(document.text, model);
  // The statement with one full stop, cited as a fix would cite it in the document (insertCitation).
  const marked = (sentence: string, n: string) => {
    const body = sentence.replace(/[.\s]+$/, '') + '.';
    const { start, end, newText } = insertCitation(body, body.length, Number(n), numericStyle);
    return body.slice(0, start) + newText + body.slice(end);
  };
  const language = document.prose.language === 'markdown' ? 'markdown' : 'plaintext';
  return {
    writer: () => {
      const added: string[] = [];
      const first = next();
      return {
        cite: (sentence, sourceId) => {
          let n = entryOfSource.get(sourceId)?.key;
          const source = index.source(sourceId);
          if (n === undefined && source) {
            const at = added.indexOf(referenceText(source));
            n = String(first + (at >= 0 ? at : added.push(referenceText(source)) - 1));
          }
          return n === undefined ? sentence : marked(sentence, n);
        },
        extraEdits: () => (added.length ? [appendReferences(document.text, model, added, language).edit] : []),
      };
    },
  };
}
