import type { DocumentLanguage } from './languages';
import { lowerBound } from '../util/sorted';

export type { DocumentLanguage } from './languages';
export { languageOf } from './languages';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'quote';

export interface ProseBlock {
  start: number;
  end: number;
  kind: BlockKind;
  /** A cell of a comma-separated record (text/csv.ts): the record it is a cell of, read once by the extraction. */
  record?: BlockRecord;
}

/**
 * The cells of a record and of its header (none for the header line itself), offsets from the block's start (a
 * header's are before it, negative), so that the record moves with its block when an edit before it shifts the block.
 */
export interface BlockRecord {
  readonly cells: readonly Span[];
  readonly header?: readonly Span[];
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

/**
 * What readers of a stretch of the masked prose need of it, with the document's offsets: the masked copy itself, or
 * a chunked document's chunks read in place (maskedOf), so that checking an edit never joins the whole copy (30 MB of
 * a 15 MB document with one "–", two bytes a character).
 */
export interface MaskedText {
  readonly length: number;
  slice(start?: number, end?: number): string;
  charCodeAt(index: number): number;
}

/** The document's masked prose, read from its chunks when it has them (see MaskedText). */
export function maskedOf(prose: ProseDocument): MaskedText {
  const chunks = prose.chunks;
  return chunks?.length ? new ChunkedMasked(chunks, prose.source.length) : prose.masked;
}

/** Chunks cover the text in order, each holding its stretch of the masked prose (`key.masked`). */
class ChunkedMasked implements MaskedText {
  /** The chunk read last: readers mostly read near where they read before. */
  private at = 0;
  constructor(
    private readonly chunks: readonly ProseChunk[],
    readonly length: number,
  ) {}

  private chunkAt(offset: number): number {
    const chunks = this.chunks;
    const last = chunks[this.at]!;
    if (offset >= last.start && offset < last.end) return this.at;
    const next = chunks[this.at + 1];
    if (next && offset >= next.start && offset < next.end) return ++this.at;
    this.at = Math.max(lowerBound(chunks, offset + 1) - 1, 0);
    return this.at;
  }

  /** As String.prototype.charCodeAt. */
  charCodeAt(index: number): number {
    const at = Math.trunc(index) || 0;
    if (at < 0 || at >= this.length) return Number.NaN;
    const chunk = this.chunks[this.chunkAt(at)]!;
    return chunk.key.masked.charCodeAt(at - chunk.start);
  }

  /** As String.prototype.slice. */
  slice(start = 0, end = this.length): string {
    const length = this.length;
    const place = (at: number) => {
      const whole = Math.trunc(at) || 0;
      return whole < 0 ? Math.max(length + whole, 0) : Math.min(whole, length);
    };
    const from = place(start);
    const to = place(end);
    if (from >= to) return '';
    let i = this.chunkAt(from);
    let chunk = this.chunks[i]!;
    if (to <= chunk.end) return chunk.key.masked.slice(from - chunk.start, to - chunk.start);
    let out = chunk.key.masked.slice(from - chunk.start);
    while (chunk.end < to) {
      chunk = this.chunks[++i]!;
      out += chunk.key.masked.slice(0, Math.min(to, chunk.end) - chunk.start);
    }
    return out;
  }
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
