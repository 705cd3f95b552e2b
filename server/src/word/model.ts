import type { PartName, RunPiece } from './ooxml';

// What the hosts need of a Word file without loading the Word module: the projection's map back to the
// document's paragraphs, and where a finding stands in it.

export interface WordParagraph {
  part: PartName;
  /** Where its line starts in the projection (a Markdown marker first), and where its text runs. */
  lineStart: number;
  start: number;
  end: number;
  /** Body: 1-based among the document's non-empty paragraphs. A note's: 1-based within the note. */
  number: number;
  /** The footnote or endnote it belongs to, by its number in the text. */
  note?: { kind: 'footnote' | 'endnote'; number: number };
  /** The heading it stands under (for a note, where it is referenced). */
  heading?: string;
  inTable: boolean;
  /** Projection offsets traced to runs of `part`, for comments anchored on the text. */
  pieces: RunPiece[];
}

export interface WordDocument {
  /** The Markdown projection: one line a paragraph, a blank line between two. */
  text: string;
  paragraphs: WordParagraph[];
  /** The package's parts that were read (paths in the zip), for an annotated copy. */
  parts: { dir: string; rels: string; document: string; footnotes?: string; endnotes?: string };
}

/** Where a finding stands in the Word file, as a writer finds it. */
export interface WordLocation {
  /** `¶12`, `footnote 3`, `endnote 1, ¶2`. */
  label: string;
  /** The body paragraph's number (a note's: the number of the paragraph that refers to it). */
  paragraph: number;
  heading?: string;
  /** The flagged text, as Word shows it. */
  snippet: string;
}

/** Where a projection range [start, end) stands in the Word file. */
export function locate(document: WordDocument, start: number, end: number): WordLocation {
  const { paragraphs } = document;
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (paragraphs[mid]!.lineStart <= start) low = mid;
    else high = mid - 1;
  }
  const paragraph = paragraphs[low];
  if (!paragraph) return { label: '¶?', paragraph: 0, snippet: '' };
  const from = Math.max(start, paragraph.start);
  const to = Math.min(Math.max(end, from), paragraph.end);
  let snippet = shown(document.text.slice(from, to));
  if (!snippet) snippet = shown(document.text.slice(paragraph.start, paragraph.end));
  if (snippet.length > 100) snippet = `${snippet.slice(0, 99).trimEnd()}…`;
  const note = paragraph.note;
  const label = note
    ? `${note.kind} ${note.number}${paragraph.number > 1 ? `, ¶${paragraph.number}` : ''}`
    : `¶${paragraph.number}`;
  const referring = note ? referringParagraph(document, note) : paragraph.number;
  return { label, paragraph: referring, heading: paragraph.heading, snippet };
}

/** Word shows neither the projection's <sup> tags nor its note marks. */
function shown(text: string): string {
  return text
    .replace(/<\/?sup>|\[\^(?:e|cite)?\d+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function referringParagraph(document: WordDocument, note: { kind: 'footnote' | 'endnote'; number: number }): number {
  const written = `[^${note.kind === 'footnote' ? '' : 'e'}${note.number}]`;
  const at = document.text.indexOf(written);
  for (const paragraph of document.paragraphs)
    if (paragraph.part === 'document' && paragraph.lineStart <= at && at <= paragraph.end) return paragraph.number;
  return 0;
}

/** The projection offset of an LSP position (the projection's lines end with \n). */
export function offsetAt(document: WordDocument, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = document.text.indexOf('\n', offset);
    if (next < 0) return document.text.length;
    offset = next + 1;
  }
  return offset + position.character;
}
