// The entry point of prose extraction: one extractor per document language, each building on prose.ts.
import { extractLatex } from './latex';
import { extractMarkdown, type MarkdownChunks } from './markdown';
import { extractPlainText } from './plaintext';
import type { DocumentLanguage, ProseDocument } from './prose';

/**
 * `markdown`: the chunk memo to reuse across versions (one per language service); `owner`: the document object, the
 * same across its versions (an edit re-reads only the chunks around it).
 */
export function extractProse(
  source: string,
  language: DocumentLanguage,
  markdown?: MarkdownChunks,
  owner?: object,
): ProseDocument {
  switch (language) {
    case 'markdown':
      return extractMarkdown(source, markdown, undefined, owner);
    case 'latex':
      return extractLatex(source);
    default:
      return extractPlainText(source);
  }
}
