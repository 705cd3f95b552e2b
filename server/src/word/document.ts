import { strFromU8 } from 'fflate';
import {
  type Numbering,
  type RawParagraph,
  type RunPiece,
  type StyleInfo,
  readNumbering,
  readParagraphs,
  readStyles,
  styleProperty,
} from './ooxml';
import type { WordDocument, WordParagraph } from './model';
import { readZip, WordFileError } from './zip';

// A .docx as the language service reads it: a Markdown projection of its visible text (headings as #,
// Word's list numbering as written numbers, footnotes and endnotes as Markdown notes, superscript
// citations as <sup>n</sup>), so every rule runs unchanged, with a map back to Word's paragraphs.

const CONTENT_TYPE_MAIN =
  /ContentType="application\/vnd\.ms-word\.(?:document|template)\.macroEnabled|wordprocessingml\.(?:document|template)\.main\+xml"/;

/** Reads a .docx; a file that is not one (or is damaged, encrypted, a .doc) is a WordFileError. */
export function readWordDocument(bytes: Uint8Array): WordDocument {
  checkSignature(bytes);
  const entries = readZip(bytes, (name) =>
    /^(?:\[Content_Types\]\.xml|_rels\/\.rels|word\/.*\.xml(?:\.rels)?)$/.test(name),
  );
  const text = (name: string) => {
    const data = entries[name];
    return data === undefined ? undefined : decode(data);
  };
  const main = mainDocumentPath(text);
  const documentXml = text(main);
  if (documentXml === undefined) throw new WordFileError('not a Word document (it has no main document part)');
  if (!CONTENT_TYPE_MAIN.test(text('[Content_Types].xml') ?? '') && main !== 'word/document.xml')
    throw new WordFileError('not a Word document (its content types name no Word document)');
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const rels = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const related = relatedParts(text(rels) ?? '', dir);
  const styles = readStyles(text(related.styles ?? `${dir}styles.xml`));
  const numbering = readNumbering(text(related.numbering ?? `${dir}numbering.xml`));
  const citations: string[] = [];
  const body = readParagraphs(documentXml, main, styles, citations);
  const notesOf = (path: string | undefined) => {
    const xml = path === undefined ? undefined : text(path);
    return xml === undefined ? [] : readParagraphs(xml, path!, styles, citations);
  };
  const footnotes = notesOf(related.footnotes);
  const endnotes = notesOf(related.endnotes);
  const footnotesPath = footnotes.length ? related.footnotes : undefined;
  const endnotesPath = endnotes.length ? related.endnotes : undefined;
  const parts = { dir, rels, document: main, footnotes: footnotesPath, endnotes: endnotesPath };
  return { ...project(body, footnotes, endnotes, citations, styles, numbering), parts };
}

/** Files that are Word documents in name only get a message saying what they are. */
function checkSignature(bytes: Uint8Array): void {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    // An OLE compound file: an encrypted .docx (its EncryptedPackage stream) or a Word 97–2003 .doc.
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1 << 20)).includes(
      Buffer.from('EncryptedPackage', 'utf16le'),
    );
    throw new WordFileError(
      encrypted
        ? 'the file is password-protected (encrypted): save an unprotected copy to check it'
        : 'this is a Word 97–2003 document (.doc) under another name: save it as .docx to check it',
    );
  }
  if (starts(0x25, 0x50, 0x44, 0x46))
    throw new WordFileError('this is a PDF under another name: check the .docx it was made from');
  if (!starts(0x50, 0x4b)) throw new WordFileError('the file is damaged (not a zip: a .docx is one)');
}

function decode(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return Buffer.from(data).toString('utf16le');
  return strFromU8(data);
}

function mainDocumentPath(text: (name: string) => string | undefined): string {
  const rels = text('_rels/.rels') ?? '';
  const target = /<Relationship\b[^<>]*Type="[^"<>]*\/officeDocument"[^<>]*>/.exec(rels)?.[0];
  const path = target && /Target="([^"]+)"/.exec(target)?.[1];
  return path ? path.replace(/^\//, '') : 'word/document.xml';
}

function relatedParts(
  rels: string,
  dir: string,
): Partial<Record<'styles' | 'numbering' | 'footnotes' | 'endnotes', string>> {
  const parts: Partial<Record<'styles' | 'numbering' | 'footnotes' | 'endnotes', string>> = {};
  for (const [relationship] of rels.matchAll(/<Relationship\b[^<>]*>/g)) {
    const type = /Type="[^"]*\/(styles|numbering|footnotes|endnotes)"/.exec(relationship)?.[1];
    const target = /Target="([^"]+)"/.exec(relationship)?.[1];
    if (type && target && !/TargetMode="External"/.test(relationship))
      parts[type as keyof typeof parts] = target.startsWith('/') ? target.slice(1) : dir + target;
  }
  return parts;
}

interface Line {
  text: string;
  paragraph?: Omit<WordParagraph, 'lineStart' | 'start' | 'end'> & { textStart: number; textEnd: number };
}

function headingLevel(paragraph: RawParagraph, styles: Map<string, StyleInfo>): number | undefined {
  const outline = paragraph.outlineLevel ?? styleProperty(styles, paragraph.style, 'outlineLevel');
  if (outline !== undefined && outline >= 0 && outline < 9) return outline + 1;
  const name = styleProperty(styles, paragraph.style, 'name') ?? paragraph.style ?? '';
  const level = /^heading\s*(\d)$/i.exec(name)?.[1];
  if (level) return Number(level);
  return /^title$/i.test(name) ? 1 : undefined;
}

/** Moves `pieces` to a line where the paragraph's text starts at `at`, leading whitespace trimmed. */
function place(paragraph: RawParagraph, from: number, at: number): RunPiece[] {
  return paragraph.pieces
    .filter((p) => p.end > from)
    .map((p) => {
      const start = Math.max(p.start, from);
      return { start: at + start - from, end: at + p.end - from, run: p.run, offset: p.offset + start - p.start };
    });
}

/** The paragraph's text with its note references written in as Markdown notes, and the pieces moved. */
function withNoteMarks(
  paragraph: RawParagraph,
  mark: (kind: 'footnote' | 'endnote', id: string) => string,
): RawParagraph {
  let { text } = paragraph;
  const pieces = paragraph.pieces.map((p) => ({ ...p }));
  for (const note of [...paragraph.notes].sort((a, b) => b.at - a.at)) {
    const written = mark(note.kind, note.id);
    text = text.slice(0, note.at) + written + text.slice(note.at);
    for (const piece of pieces)
      if (piece.start >= note.at) {
        piece.start += written.length;
        piece.end += written.length;
      }
  }
  return { ...paragraph, text, pieces };
}

function project(
  body: RawParagraph[],
  footnotes: RawParagraph[],
  endnotes: RawParagraph[],
  citations: string[],
  styles: Map<string, StyleInfo>,
  numbering: Numbering,
): Omit<WordDocument, 'parts'> {
  const lines: Line[] = [];
  const noteNumbers = { footnote: new Map<string, number>(), endnote: new Map<string, number>() };
  const noteHeadings = new Map<string, string | undefined>();
  const counters = new Map<string, number[]>();
  let heading: string | undefined;
  let number = 0;
  const mark = (kind: 'footnote' | 'endnote', id: string) => {
    const numbers = noteNumbers[kind];
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    noteHeadings.set(`${kind}:${id}`, heading);
    return `[^${kind === 'footnote' ? '' : 'e'}${numbers.get(id)}]`;
  };
  for (const raw of body) {
    if (!raw.text.trim()) continue;
    number++;
    const paragraph = withNoteMarks(raw, mark);
    const level = headingLevel(paragraph, styles);
    let marker = '';
    if (level !== undefined) marker = `${'#'.repeat(level)} `;
    else marker = listMarker(paragraph, styles, numbering, counters);
    const from = paragraph.text.length - paragraph.text.trimStart().length;
    const text = marker + paragraph.text.slice(from);
    if (level !== undefined) heading = paragraph.text.trim().replace(/<\/?sup>|\[\^e?\d+\]/g, '');
    lines.push({
      text,
      paragraph: {
        part: 'document',
        number,
        heading: level !== undefined ? undefined : heading,
        inTable: paragraph.inTable,
        pieces: place(paragraph, from, marker.length),
        textStart: marker.length,
        textEnd: text.length,
      },
    });
  }
  for (const [kind, notes] of [
    ['footnote', footnotes],
    ['endnote', endnotes],
  ] as const) {
    const byId = new Map<string, RawParagraph[]>();
    for (const paragraph of notes)
      if (paragraph.noteId !== undefined && paragraph.text.trim())
        byId.set(paragraph.noteId, [...(byId.get(paragraph.noteId) ?? []), paragraph]);
    for (const [id, shown] of noteNumbers[kind]) {
      const paragraphs = byId.get(id) ?? [];
      paragraphs.forEach((paragraph, i) => {
        const marker = i === 0 ? `[^${kind === 'footnote' ? '' : 'e'}${shown}]: ` : '    ';
        const from = paragraph.text.length - paragraph.text.trimStart().length;
        const text = marker + paragraph.text.slice(from);
        lines.push({
          text,
          paragraph: {
            part: kind === 'footnote' ? 'footnotes' : 'endnotes',
            number: i + 1,
            note: { kind, number: shown },
            heading: noteHeadings.get(`${kind}:${id}`),
            inTable: paragraph.inTable,
            pieces: place(paragraph, from, marker.length),
            textStart: marker.length,
            textEnd: text.length,
          },
        });
      });
    }
  }
  citations.forEach((citation, i) => {
    lines.push({ text: `[^cite${i + 1}]: ${citation.replace(/\s+/g, ' ')}` });
  });
  let offset = 0;
  const paragraphs: WordParagraph[] = [];
  const texts: string[] = [];
  for (const line of lines) {
    if (line.paragraph) {
      const { textStart, textEnd, pieces, ...rest } = line.paragraph;
      paragraphs.push({
        ...rest,
        lineStart: offset,
        start: offset + textStart,
        end: offset + textEnd,
        pieces: pieces.map((p) => ({ ...p, start: p.start + offset, end: p.end + offset })),
      });
    }
    texts.push(line.text);
    offset += line.text.length + 2;
  }
  return { text: texts.length ? texts.join('\n\n') + '\n' : '', paragraphs };
}

/** Word's automatic numbering as Markdown: "3. " for a numbered item, "- " for a bullet or a letter. */
function listMarker(
  paragraph: RawParagraph,
  styles: Map<string, StyleInfo>,
  numbering: Numbering,
  counters: Map<string, number[]>,
): string {
  const numId = paragraph.numId ?? styleProperty(styles, paragraph.style, 'numId');
  if (numId === undefined || numId === '0') return '';
  const ilvl = paragraph.numId !== undefined ? paragraph.level : (styleProperty(styles, paragraph.style, 'level') ?? 0);
  const level = numbering.levels.get(numId)?.get(ilvl) ?? { format: 'decimal', start: 1 };
  if (level.format === 'none') return '';
  const count = counters.get(numId) ?? [];
  count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
  count.length = ilvl + 1;
  counters.set(numId, count);
  return /^decimal/.test(level.format) ? `${count[ilvl]}. ` : '- ';
}
