import type { DocumentLanguage } from './languages';

export type { DocumentLanguage } from './languages';
export { languageOf } from './languages';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'quote';

export interface ProseBlock {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface Span {
  start: number;
  end: number;
}

export interface Comment extends Span {
  /** The comment's inner text, without its delimiters. */
  text: string;
}

/**
 * A document's prose. `masked` has the same length as `source`: every character that is not prose
 * (markup, code, math, URLs, comments) is replaced by a space, newlines are kept, so an offset in
 * `masked` is the same offset in the source.
 */
export interface ProseDocument {
  language: DocumentLanguage;
  source: string;
  masked: string;
  blocks: ProseBlock[];
  comments: Comment[];
  frontMatter?: Span & { text: string };
  /**
   * Markdown: consecutive ranges covering the text, each parsed on its own, no token crossing from one
   * to the next. `key` is the same object in every version where the range's text and parse are unchanged.
   */
  chunks?: readonly ProseChunk[];
}

export interface ProseChunk extends Span {
  /**
   * The range's prose (`masked` from its start), kept across versions: a block's prose may be a slice of it. `mayBreak`:
   * the range's source has a line that may be a thematic break or a setext underline (what comes after it may then
   * stand under other headings), so that the next version need not keep this one's text to tell; unknown (undefined)
   * when nothing is kept for a next version.
   */
  key: { readonly masked: string; readonly mayBreak?: boolean };
}

/** Builds a masked copy of `source` where only `keep` spans survive. */
export function maskExcept(source: string, keep: readonly Span[]): string {
  const out: string[] = [];
  let cursor = 0;
  for (const span of keep) {
    if (span.start > cursor) out.push(blank(source.slice(cursor, span.start)));
    out.push(source.slice(Math.max(span.start, cursor), span.end));
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < source.length) out.push(blank(source.slice(cursor)));
  return out.join('');
}

/** Replaces every character except line breaks with a space. */
export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** Offsets at which each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
