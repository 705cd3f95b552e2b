import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { WordFileError } from './zip';

// WordprocessingML read into paragraphs of visible text: what a reader of the document sees, with each
// piece of text traced back to the run it came from (for comments anchored on it). Parsed with saxes
// (a conforming streaming XML parser): a damaged part is an error, never a partial read.

/** A part of the package whose paragraphs are read. */
export type PartName = 'document' | 'footnotes' | 'endnotes';

/** Projection characters [start, end) of a paragraph are characters [offset, …) of w:t text in run `run`. */
export interface RunPiece {
  start: number;
  end: number;
  run: number;
  offset: number;
}

/** A reference to a footnote or an endnote at `at` in its paragraph's text. */
export interface NoteReference {
  kind: 'footnote' | 'endnote';
  id: string;
  at: number;
}

export interface RawParagraph {
  text: string;
  pieces: RunPiece[];
  style?: string;
  outlineLevel?: number;
  numId?: string;
  level: number;
  inTable: boolean;
  notes: NoteReference[];
  /** Footnotes and endnotes part: the w:footnote / w:endnote id the paragraph belongs to. */
  noteId?: string;
}

export interface StyleInfo {
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  level?: number;
  superscript?: boolean;
}

export interface NumberingLevel {
  format: string;
  start: number;
}

export interface Numbering {
  /** numId → ilvl → level (with the instance's start overrides applied). */
  levels: Map<string, Map<number, NumberingLevel>>;
}

export const CITATION_FIELD =
  /^\s*(?:ADDIN\s+(?:ZOTERO_ITEM|CSL_CITATION|EN\.CITE(?!\.DATA)|Mendeley\s+Citation|PAPERS2_CITATIONS|REFMGR\.CITE)|CITATION\s)/i;
const HIDDEN_FIELD = /^\s*(?:TOC|INDEX|EN\.CITE\.DATA|ADDIN\s+EN\.CITE\.DATA)\b/i;

function parseXml(xml: string, part: string, handlers: (parser: SaxesParser) => void): void {
  const parser = new SaxesParser();
  handlers(parser);
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (error) {
    throw new WordFileError(`the file is damaged (${part}: ${(error as Error).message.split('\n')[0]})`);
  }
}

const attr = (tag: SaxesTagPlain, name: string): string | undefined => tag.attributes[name] as string | undefined;

/** Paragraph and character styles: names, outline levels, list numbering, superscript. */
export function readStyles(xml: string | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (xml === undefined) return styles;
  let current: StyleInfo | undefined;
  parseXml(xml, 'word/styles.xml', (parser) => {
    parser.on('opentag', (tag) => {
      switch (tag.name) {
        case 'w:style':
          current = {};
          styles.set(attr(tag, 'w:styleId') ?? '', current);
          break;
        case 'w:name':
          if (current) current.name = attr(tag, 'w:val');
          break;
        case 'w:basedOn':
          if (current) current.basedOn = attr(tag, 'w:val');
          break;
        case 'w:outlineLvl':
          if (current) current.outlineLevel = Number(attr(tag, 'w:val'));
          break;
        case 'w:numId':
          if (current) current.numId = attr(tag, 'w:val');
          break;
        case 'w:ilvl':
          if (current) current.level = Number(attr(tag, 'w:val'));
          break;
        case 'w:vertAlign':
          if (current) current.superscript = attr(tag, 'w:val') === 'superscript';
          break;
      }
    });
    parser.on('closetag', (tag) => {
      if (tag.name === 'w:style') current = undefined;
    });
  });
  return styles;
}

/** A style's property, looked up through its basedOn chain. */
export function styleProperty<K extends keyof StyleInfo>(
  styles: Map<string, StyleInfo>,
  id: string | undefined,
  key: K,
): StyleInfo[K] | undefined {
  for (let depth = 0; id !== undefined && depth < 20; depth++) {
    const style = styles.get(id);
    if (!style) return undefined;
    if (style[key] !== undefined) return style[key];
    id = style.basedOn;
  }
  return undefined;
}

/** numbering.xml: each list instance's levels (format and start). */
export function readNumbering(xml: string | undefined): Numbering {
  const levels = new Map<string, Map<number, NumberingLevel>>();
  if (xml === undefined) return { levels };
  const abstract = new Map<string, Map<number, NumberingLevel>>();
  const instances: { numId: string; abstractId: string; starts: Map<number, number> }[] = [];
  let abstractLevels: Map<number, NumberingLevel> | undefined;
  let level: NumberingLevel | undefined;
  let instance: (typeof instances)[number] | undefined;
  let overrideLevel: number | undefined;
  parseXml(xml, 'word/numbering.xml', (parser) => {
    parser.on('opentag', (tag) => {
      switch (tag.name) {
        case 'w:abstractNum':
          abstractLevels = new Map();
          abstract.set(attr(tag, 'w:abstractNumId') ?? '', abstractLevels);
          break;
        case 'w:lvl':
          if (abstractLevels) {
            level = { format: 'decimal', start: 1 };
            abstractLevels.set(Number(attr(tag, 'w:ilvl') ?? 0), level);
          }
          break;
        case 'w:start':
          if (level) level.start = Number(attr(tag, 'w:val') ?? 1);
          break;
        case 'w:numFmt':
          if (level) level.format = attr(tag, 'w:val') ?? 'decimal';
          break;
        case 'w:num':
          instance = { numId: attr(tag, 'w:numId') ?? '', abstractId: '', starts: new Map() };
          instances.push(instance);
          break;
        case 'w:abstractNumId':
          if (instance) instance.abstractId = attr(tag, 'w:val') ?? '';
          break;
        case 'w:lvlOverride':
          overrideLevel = Number(attr(tag, 'w:ilvl') ?? 0);
          break;
        case 'w:startOverride':
          if (instance && overrideLevel !== undefined) instance.starts.set(overrideLevel, Number(attr(tag, 'w:val')));
          break;
      }
    });
    parser.on('closetag', (tag) => {
      if (tag.name === 'w:abstractNum') abstractLevels = undefined;
      else if (tag.name === 'w:lvl') level = undefined;
      else if (tag.name === 'w:num') instance = undefined;
      else if (tag.name === 'w:lvlOverride') overrideLevel = undefined;
    });
  });
  for (const { numId, abstractId, starts } of instances) {
    const base = abstract.get(abstractId) ?? new Map<number, NumberingLevel>();
    const own = new Map<number, NumberingLevel>();
    for (const [ilvl, lvl] of base) own.set(ilvl, { ...lvl, start: starts.get(ilvl) ?? lvl.start });
    levels.set(numId, own);
  }
  return { levels };
}

interface Field {
  instruction: string;
  /** In the result (after w:fldChar separate), for complex fields. */
  result: boolean;
  /** Where the result starts in the paragraph's text, when the field began in this paragraph. */
  from?: number;
  paragraph?: ParagraphBuilder;
}

class ParagraphBuilder {
  text = '';
  pieces: RunPiece[] = [];
  notes: NoteReference[] = [];
  style?: string;
  outlineLevel?: number;
  numId?: string;
  level = 0;
  /** Superscript text not yet written: "1", ",", "2" in separate runs make one citation. */
  private superscript?: { text: string; pieces: RunPiece[] };

  constructor(
    readonly inTable: boolean,
    readonly noteId: string | undefined,
  ) {}

  append(text: string, run: number, offset: number, superscript: boolean): void {
    if (superscript) {
      this.superscript ??= { text: '', pieces: [] };
      const start = this.superscript.text.length;
      this.superscript.pieces.push({ start, end: start + text.length, run, offset });
      this.superscript.text += text;
      return;
    }
    this.flush();
    this.push(text, run, offset);
  }

  private push(text: string, run: number | undefined, offset = 0): void {
    if (!text) return;
    if (run !== undefined)
      this.pieces.push({ start: this.text.length, end: this.text.length + text.length, run, offset });
    this.text += text;
  }

  /** Synthetic text (Markdown for a citation), traced to no run. */
  mark(text: string): void {
    this.flush();
    this.text += text;
  }

  /** Writes pending superscript text: a numeric citation as <sup>…</sup>, anything else as it is. */
  flush(): void {
    const pending = this.superscript;
    if (!pending) return;
    this.superscript = undefined;
    const citation = /^\s*\d{1,5}(?:\s*[,;–—-]\s*\d{1,5})*\s*$/.test(pending.text);
    if (citation) this.text += '<sup>';
    const at = this.text.length;
    for (const piece of pending.pieces)
      this.pieces.push({ start: at + piece.start, end: at + piece.end, run: piece.run, offset: piece.offset });
    this.text += pending.text;
    if (citation) this.text += '</sup>';
  }

  build(): RawParagraph {
    this.flush();
    const { text, pieces, style, outlineLevel, numId, level, inTable, notes, noteId } = this;
    return { text, pieces, style, outlineLevel, numId, level, inTable, notes, noteId };
  }
}

/**
 * The paragraphs of a document, footnotes or endnotes part, in order, with the visible text of each:
 * inserted text counts, deleted text does not, a field shows its result (a table of contents none),
 * a citation field's result becomes a citation the citation rules read, and numeric superscripts become
 * <sup>n</sup>. Runs are numbered as their w:r start tags occur in the part (see annotate.ts).
 */
export function readParagraphs(
  xml: string,
  part: string,
  styles: Map<string, StyleInfo>,
  /** Author–date citations met so far (all parts): the text of each, by its note number. */
  citations: string[],
): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  const open: ParagraphBuilder[] = [];
  const fields: Field[] = [];
  let run = -1;
  let runOffset = 0;
  let inRun = false;
  let inText = false;
  let inRunProperties = false;
  let inParagraphProperties = false;
  let superscript = false;
  let runStyle: string | undefined;
  let tableDepth = 0;
  let hidden = 0;
  let noteId: string | undefined;
  let instruction: string | undefined;
  const current = () => open[open.length - 1];
  const fieldHidden = () => fields.some((f) => !f.result || HIDDEN_FIELD.test(f.instruction));
  const beginResult = (field: Field) => {
    field.result = true;
    const paragraph = current();
    if (paragraph && CITATION_FIELD.test(field.instruction)) {
      paragraph.flush();
      field.paragraph = paragraph;
      field.from = paragraph.text.length;
    }
  };
  const endField = (field: Field | undefined) => {
    const paragraph = field?.paragraph;
    if (!field || !paragraph || paragraph !== current() || field.from === undefined) return;
    paragraph.flush();
    const result = paragraph.text.slice(field.from);
    // A numeric result is kept as the writer sees it, in brackets when it has none.
    if (/<sup>|^\s*\[[\d\s,;–—-]+\]\s*$/.test(result) || !result.trim()) return;
    if (/^\s*\d{1,5}(?:\s*[,;–—-]\s*\d{1,5})*\s*$/.test(result)) {
      paragraph.text = `${paragraph.text.slice(0, field.from)}[${result}]`;
      for (const piece of paragraph.pieces)
        if (piece.start >= field.from) {
          piece.start++;
          piece.end++;
        }
      return;
    }
    // Author–date ("(Maude et al., 2018)"): kept, and marked as cited (a note the projection defines).
    citations.push(result.trim());
    paragraph.mark(`[^cite${citations.length}]`);
  };
  parseXml(xml, part, (parser) => {
    parser.on('opentag', (tag) => {
      const name = tag.name;
      if (hidden) {
        if (name === 'w:r') run++;
        if (name === 'mc:Fallback' || name === 'w:del' || name === 'w:moveFrom') hidden++;
        return;
      }
      switch (name) {
        case 'mc:Fallback':
        case 'w:del':
        case 'w:moveFrom':
          hidden++;
          break;
        case 'w:footnote':
        case 'w:endnote':
          noteId = attr(tag, 'w:type') && attr(tag, 'w:type') !== 'normal' ? undefined : attr(tag, 'w:id');
          break;
        case 'w:tbl':
          tableDepth++;
          break;
        case 'w:p':
          open.push(new ParagraphBuilder(tableDepth > 0, noteId));
          break;
        case 'w:pPr':
          inParagraphProperties = true;
          break;
        case 'w:pStyle':
          if (current()) current()!.style = attr(tag, 'w:val');
          break;
        case 'w:outlineLvl':
          if (inParagraphProperties && current()) current()!.outlineLevel = Number(attr(tag, 'w:val'));
          break;
        case 'w:numId':
          if (inParagraphProperties && current()) current()!.numId = attr(tag, 'w:val');
          break;
        case 'w:ilvl':
          if (inParagraphProperties && current()) current()!.level = Number(attr(tag, 'w:val') ?? 0);
          break;
        case 'w:r':
          run++;
          runOffset = 0;
          inRun = true;
          superscript = false;
          runStyle = undefined;
          break;
        case 'w:rPr':
          inRunProperties = inRun;
          break;
        case 'w:rStyle':
          if (inRunProperties) runStyle = attr(tag, 'w:val');
          break;
        case 'w:vertAlign':
          if (inRunProperties) superscript = attr(tag, 'w:val') === 'superscript';
          break;
        case 'w:t':
          inText = inRun;
          break;
        case 'w:tab':
        case 'w:br':
        case 'w:cr':
          if (inRun && !inRunProperties && !fieldHidden()) current()?.mark(' ');
          break;
        case 'w:noBreakHyphen':
          if (inRun && !fieldHidden()) current()?.mark('-');
          break;
        case 'w:footnoteReference':
        case 'w:endnoteReference': {
          const paragraph = current();
          if (!paragraph || fieldHidden()) break;
          paragraph.flush();
          paragraph.notes.push({
            kind: name === 'w:footnoteReference' ? 'footnote' : 'endnote',
            id: attr(tag, 'w:id') ?? '',
            at: paragraph.text.length,
          });
          break;
        }
        case 'w:instrText':
          instruction = '';
          break;
        case 'w:fldChar': {
          const type = attr(tag, 'w:fldCharType');
          if (type === 'begin') fields.push({ instruction: '', result: false });
          else if (type === 'separate') {
            const field = fields[fields.length - 1];
            if (field) beginResult(field);
          } else if (type === 'end') endField(fields.pop());
          break;
        }
        case 'w:fldSimple': {
          const field: Field = { instruction: attr(tag, 'w:instr') ?? '', result: false };
          fields.push(field);
          beginResult(field);
          break;
        }
      }
    });
    parser.on('text', (text) => {
      if (instruction !== undefined) {
        instruction += text;
        return;
      }
      if (!inText || hidden || fieldHidden()) return;
      const paragraph = current();
      if (!paragraph) return;
      const up = superscript || styleProperty(styles, runStyle, 'superscript') === true;
      paragraph.append(text, run, runOffset, up);
      runOffset += text.length;
    });
    parser.on('closetag', (tag) => {
      const name = tag.name;
      if (hidden) {
        if (name === 'mc:Fallback' || name === 'w:del' || name === 'w:moveFrom') hidden--;
        return;
      }
      switch (name) {
        case 'w:p': {
          const paragraph = open.pop();
          if (paragraph) paragraphs.push(paragraph.build());
          break;
        }
        case 'w:pPr':
          inParagraphProperties = false;
          break;
        case 'w:tbl':
          tableDepth--;
          break;
        case 'w:r':
          inRun = false;
          break;
        case 'w:rPr':
          inRunProperties = false;
          break;
        case 'w:t':
          inText = false;
          break;
        case 'w:instrText': {
          const field = fields[fields.length - 1];
          if (field && instruction !== undefined) field.instruction += instruction;
          instruction = undefined;
          break;
        }
        case 'w:fldSimple':
          endField(fields.pop());
          break;
        case 'w:footnote':
        case 'w:endnote':
          noteId = undefined;
          break;
      }
    });
  });
  return paragraphs;
}
