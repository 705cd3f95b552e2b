import { strFromU8, strToU8 } from 'fflate';
import type { WordDocument } from './model';
import type { PartName } from './ooxml';
import { readZip, writeZip } from './zip';

// A copy of a .docx with findings as Word comments, anchored on the flagged text: comments.xml, the
// commentRangeStart/End pair and a commentReference run in the text, and the content type and relationship
// that declare the comments part. Everything else is copied as it is; the original file is never written.

export interface WordComment {
  /** The flagged text, as projection offsets (WordDocument.text). */
  start: number;
  end: number;
  /** The comment's paragraphs. */
  paragraphs: string[];
}

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Boundary {
  offset: number;
  kind: 'start' | 'end';
  id: number;
}

/** The annotated copy's bytes, and how many comments found no text to stand on (they are left out). */
export function annotateWordDocument(
  bytes: Uint8Array,
  document: WordDocument,
  comments: readonly WordComment[],
  author = 'therapy-lint',
): { bytes: Uint8Array; unanchored: number } {
  const entries = readZip(bytes);
  const text = (name: string) => (entries[name] ? strFromU8(entries[name]!) : undefined);
  const commentsPath = `${document.parts.dir}comments.xml`;
  const existing = text(commentsPath);
  let nextId =
    1 + Math.max(-1, ...[...(existing ?? '').matchAll(/<w:comment\b[^<>]*\bw:id="(\d+)"/g)].map((m) => Number(m[1])));
  const boundaries = new Map<PartName, Map<number, Boundary[]>>();
  const written: string[] = [];
  let unanchored = 0;
  for (const comment of comments) {
    const anchor = anchorOf(document, comment);
    if (!anchor) {
      unanchored++;
      continue;
    }
    const id = nextId++;
    const runs = boundaries.get(anchor.part) ?? new Map<number, Boundary[]>();
    boundaries.set(anchor.part, runs);
    const add = (run: number, boundary: Boundary) => runs.set(run, [...(runs.get(run) ?? []), boundary]);
    add(anchor.startRun, { offset: anchor.startOffset, kind: 'start', id });
    add(anchor.endRun, { offset: anchor.endOffset, kind: 'end', id });
    written.push(commentXml(id, author, comment.paragraphs));
  }
  if (written.length === 0) return { bytes, unanchored };
  for (const [part, runs] of boundaries) {
    const path = document.parts[part]!;
    entries[path] = strToU8(markRuns(text(path)!, runs));
  }
  entries[commentsPath] = strToU8(
    existing?.includes('</w:comments>')
      ? existing.replace(/<\/w:comments>\s*$/, `${written.join('')}</w:comments>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NAMESPACE}">${written.join('')}</w:comments>`,
  );
  const types = text('[Content_Types].xml') ?? '';
  if (!types.includes(`PartName="/${commentsPath}"`))
    entries['[Content_Types].xml'] = strToU8(
      types.replace('</Types>', `<Override PartName="/${commentsPath}" ContentType="${COMMENTS_TYPE}"/></Types>`),
    );
  const relsPath = document.parts.rels;
  const rels =
    text(relsPath) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (!rels.includes(COMMENTS_RELATIONSHIP)) {
    let rid = 1;
    while (rels.includes(`Id="rIdTL${rid}"`)) rid++;
    entries[relsPath] = strToU8(
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdTL${rid}" Type="${COMMENTS_RELATIONSHIP}" Target="comments.xml"/></Relationships>`,
      ),
    );
  }
  return { bytes: writeZip(entries), unanchored };
}

interface Anchor {
  part: PartName;
  startRun: number;
  startOffset: number;
  endRun: number;
  endOffset: number;
}

/** The runs (and offsets in their text) where a comment starts and ends: the flagged text, or its paragraph's. */
function anchorOf(document: WordDocument, comment: WordComment): Anchor | undefined {
  const paragraph = [...document.paragraphs].reverse().find((p) => p.lineStart <= comment.start);
  if (!paragraph || paragraph.pieces.length === 0) return undefined;
  const { pieces } = paragraph;
  let first = pieces.find((p) => p.end > comment.start && p.start < Math.max(comment.end, comment.start + 1));
  let last = [...pieces].reverse().find((p) => p.start < comment.end && p.end > comment.start);
  if (!first || !last) {
    // Nothing of the text itself (a list number, a note mark): the paragraph's text.
    first = pieces[0]!;
    last = pieces[pieces.length - 1]!;
    return {
      part: paragraph.part,
      startRun: first.run,
      startOffset: first.offset,
      endRun: last.run,
      endOffset: last.offset + last.end - last.start,
    };
  }
  return {
    part: paragraph.part,
    startRun: first.run,
    startOffset: first.offset + Math.max(0, comment.start - first.start),
    endRun: last.run,
    endOffset: last.offset + Math.min(comment.end, last.end) - last.start,
  };
}

/** Where each w:r element is, numbered in start-tag order (as the reader numbers them). */
function runSpans(xml: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  const TAG = /<w:r(?=[\s/>])[^<>]*>|<\/w:r>/g;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[0].startsWith('</')) {
      const ordinal = open.pop();
      if (ordinal !== undefined) spans[ordinal]!.end = m.index + m[0].length;
    } else {
      const ordinal = spans.length;
      spans.push({ start: m.index, end: m.index + m[0].length });
      if (!m[0].endsWith('/>')) open.push(ordinal);
    }
  }
  return spans;
}

const SIMPLE_RUN = /^<w:r(\s[^<>]*)?>(\s*<w:rPr>[\s\S]*?<\/w:rPr>)?\s*<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>\s*<\/w:r>$/;

const startMark = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
const endMark = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

/**
 * The part with comment ranges marked: a run holding only text is split where a comment starts or ends in
 * it; around any other run (fields, drawings), a comment starts before it and ends after it.
 */
function markRuns(xml: string, runs: Map<number, Boundary[]>): string {
  const spans = runSpans(xml);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [ordinal, boundaries] of runs) {
    const span = spans[ordinal];
    if (!span) continue;
    const run = xml.slice(span.start, span.end);
    // Ends first where one comment ends and another starts.
    const sorted = [...boundaries].sort((a, b) => a.offset - b.offset || (a.kind === 'end' ? -1 : 1));
    const simple = SIMPLE_RUN.exec(run);
    if (!simple) {
      const before = sorted.filter((b) => b.kind === 'start').map((b) => startMark(b.id));
      const after = sorted.filter((b) => b.kind === 'end').map((b) => endMark(b.id));
      edits.push({ start: span.start, end: span.end, text: before.join('') + run + after.join('') });
      continue;
    }
    const [, attributes = '', properties = '', escaped = ''] = simple;
    const content = unescapeXml(escaped);
    const piece = (text: string) =>
      text ? `<w:r${attributes}>${properties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : '';
    let out = '';
    let at = 0;
    for (const boundary of sorted) {
      const offset = Math.min(Math.max(boundary.offset, at), content.length);
      out += piece(content.slice(at, offset));
      at = offset;
      out += boundary.kind === 'start' ? startMark(boundary.id) : endMark(boundary.id);
    }
    out += piece(content.slice(at));
    edits.push({ start: span.start, end: span.end, text: out });
  }
  edits.sort((a, b) => b.start - a.start);
  let result = xml;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function commentXml(id: number, author: string, paragraphs: readonly string[]): string {
  const body = paragraphs
    .map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`)
    .join('');
  return `<w:comment w:id="${id}" w:author="${escapeXml(author)}" w:initials="TL">${body}</w:comment>`;
}

/** Control characters XML 1.0 cannot hold (a message quoting a stray one from the document). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(XML_FORBIDDEN, '');
}

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex, dec, name) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as 'amp'];
  });
}
