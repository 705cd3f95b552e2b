// The entry point of prose extraction: one extractor per document language, each building on prose.ts.
import { extractLatex } from './latex';
import { extractMarkdown, type MarkdownChunks } from './markdown';
import { extractPlainText } from './plaintext';
import type { DocumentLanguage, ProseDocument } from './prose';

/** `markdown`: the chunk memo to reuse across versions (one per language service). */
export function extractProse(source: string, language: DocumentLanguage, markdown?: MarkdownChunks): ProseDocument {
  switch (language) {
    case 'markdown':
      return extractMarkdown(source, markdown);
    case 'latex':
      return extractLatex(source);
    default:
      return extractPlainText(source);
  }
}
