import { csvRecords } from './csv';
import { dataFields } from './data-fields';
import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
import { TextMemo } from '../util/memo';
import { lowerBound, pushAll } from '../util/sorted';
import {
  blank,
  lineStarts,
  maskExcept,
  type BlockKind,
  type Comment,
  type ProseBlock,
  type ProseChunk,
  type ProseDocument,
  type Span,
} from './prose';

// markdown-it parses block structure; inline tokens carry no offsets, so each block's inline tokens
// are located in order within the block's source lines. text_join is disabled so that text tokens
// stay verbatim and escapes/entities arrive as separate tokens with their original markup.
const parser = new MarkdownIt({ html: true, linkify: false });
parser.disable('text_join');
// Inline content is parsed per chunk (extractChunk), once link reference definitions of every chunk are known.
parser.core.ruler.at('inline', () => {});
parser.inline.ruler.before('link', 'plain_bracket', plainBracket);

type InlineState = Parameters<Parameters<typeof parser.inline.ruler.push>[1]>[0];

/**
 * A numeric citation ("[12]", "[3, 4]", "[5-7]") that neither a link destination nor a second label follows, and
 * that names no link reference definition, is text: taken as such at its "[", as markdown-it would after its link
 * rule failed, without that rule parsing the label token by token (a claim-dense manuscript has thousands).
 */
export function plainBracket(state: InlineState, silent: boolean): boolean {
  const { src, pos, posMax } = state;
  if (src.charCodeAt(pos) !== 0x5b /* [ */) return false;
  let end = pos + 1;
  while (end < posMax && PLAIN_LABEL_CHAR.test(src[end]!)) end++;
  if (end === pos + 1 || end >= posMax || src.charCodeAt(end) !== 0x5d /* ] */) return false;
  const next = src.charCodeAt(end + 1);
  if (next === 0x28 /* ( */ || next === 0x5b /* [ */) return false;
  const references = (state.env as ParseEnv).references;
  if (references && state.md.utils.normalizeReference(src.slice(pos + 1, end)) in references) return false;
  if (!silent) state.pending += '[';
  state.pos++;
  return true;
}

// Characters no inline rule starts at, and that a citation's label is made of.
const PLAIN_LABEL_CHAR = /^[0-9 ,–-]$/;

/** One chunk's prose, relative to the chunk's start. */
interface ChunkProse {
  masked: string;
  blocks: ProseBlock[];
  comments: Comment[];
  /** Its source has a line that may be a thematic break or a setext underline (see ProseChunk); kept chunks only. */
  mayBreak?: boolean;
}

interface ChunkEntry {
  /** The link reference definitions this chunk defines (they change how "[text][ref]" parses anywhere). */
  references: Record<string, unknown> | undefined;
  /** It ends inside a fenced code or HTML block still open: it and what follows are one chunk. */
  endsOpen: boolean;
  /** Its prose, for the document-wide references it was parsed with. */
  prose?: { referencesKey: string; result: ChunkProse };
}

/**
 * A Markdown document is parsed as a series of chunks that markdown-it would parse the same way alone;
 * an edit changes one chunk, so the others are reused by every later version, keyed by text. One memo
 * per language service (analysis cache): nothing is shared between services.
 */
export class MarkdownChunks {
  readonly memo: TextMemo<ChunkEntry>;
  /** Per document object (a closed document's go with it): its last version's parse, see changedParts. */
  readonly lastVersions = new WeakMap<object, LastParse>();
  /** `outlivesText` false: dropped with the one document it parses, so it keeps slices of it, not copies. */
  constructor(outlivesText = true) {
    this.memo = new TextMemo<ChunkEntry>(undefined, outlivesText);
  }
}

/** A chunk of one version: where it starts, its text and its memo entry. */
interface Part {
  start: number;
  text: string;
  entry: ChunkEntry;
  tokens?: Token[];
}

interface LastParse {
  /** The text parsed (front matter blanked). */
  parsed: string;
  parts: Part[];
  referencesKey: string;
  result: ProseDocument;
  /** Per part: how many blocks and comments of `result` the parts up to it have. */
  blockEnds: number[];
  commentEnds: number[];
}

const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/;

/**
 * Without `chunks`, nothing is kept for the next call. `chunking` is for tests, which compare chunked
 * extraction with one whole-document parse. `owner` (the document object, the same across versions): its
 * next version re-reads only the chunks around what changed, and places the others where they moved.
 */
export function extractMarkdown(
  source: string,
  chunks = new MarkdownChunks(),
  chunking: (text: string) => number[] = chunkStarts,
  owner?: object,
): ProseDocument {
  const chunkMemo = chunks.memo;
  let frontMatter: ProseDocument['frontMatter'];
  let parsed = source;
  const fm = FRONT_MATTER.exec(source);
  if (fm) {
    frontMatter = { start: 0, end: fm[0].length, text: fm[0] };
    parsed = blank(fm[0]) + source.slice(fm[0].length);
  }

  chunkMemo.fit(parsed.length);
  const last =
    owner !== undefined && chunkMemo.outlivesText && chunking === chunkStarts
      ? chunks.lastVersions.get(owner)
      : undefined;
  const change = last ? changedParts(last, parsed, chunkMemo) : undefined;
  const parts = change?.parts ?? readParts(parsed, chunking(parsed), chunkMemo);
  const references: Record<string, unknown> = {};
  // The first definition of a label wins, as in one parse of the whole document.
  for (const { entry } of parts)
    for (const label in entry.references) if (!(label in references)) references[label] = entry.references[label];
  const referencesKey = JSON.stringify(references);

  const document: ProseDocument = { language: 'markdown', source, masked: '', blocks: [], comments: [], frontMatter };
  const proseChunks: ProseChunk[] = [];
  // How many blocks and comments the parts up to each one have.
  let blockEnds: number[] = [];
  let commentEnds: number[] = [];
  // Parts [from, to) are placed anew; with the same references as last time, those before keep their objects and
  // those after are the last version's, shifted.
  const reuse = change && last!.referencesKey === referencesKey ? change : undefined;
  const from = reuse?.from ?? 0;
  const to = reuse?.to ?? parts.length;
  if (reuse && from > 0) {
    const before = last!.result;
    document.blocks = before.blocks.slice(0, last!.blockEnds[from - 1]);
    document.comments = before.comments.slice(0, last!.commentEnds[from - 1]);
    blockEnds = last!.blockEnds.slice(0, from);
    commentEnds = last!.commentEnds.slice(0, from);
    pushAll(proseChunks, before.chunks!.slice(0, from));
  }
  for (let i = from; i < to; i++) {
    place(parts[i]!, references, referencesKey, document, proseChunks, chunkMemo);
    blockEnds.push(document.blocks.length);
    commentEnds.push(document.comments.length);
  }
  if (reuse && to < parts.length) {
    const before = last!.result;
    const { delta, lastFrom } = reuse;
    for (const chunk of before.chunks!.slice(lastFrom))
      proseChunks.push({ start: chunk.start + delta, end: chunk.end + delta, key: chunk.key });
    const firstBlock = last!.blockEnds[lastFrom - 1] ?? 0;
    const firstComment = last!.commentEnds[lastFrom - 1] ?? 0;
    const blockShift = document.blocks.length - firstBlock;
    const commentShift = document.comments.length - firstComment;
    for (let i = lastFrom; i < last!.parts.length; i++) {
      blockEnds.push(last!.blockEnds[i]! + blockShift);
      commentEnds.push(last!.commentEnds[i]! + commentShift);
    }
    for (let b = firstBlock; b < before.blocks.length; b++) document.blocks.push(shifted(before.blocks[b]!, delta));
    for (let c = firstComment; c < before.comments.length; c++) {
      const comment = before.comments[c]!;
      document.comments.push({ start: comment.start + delta, end: comment.end + delta, text: comment.text });
    }
  }
  if (chunkMemo.outlivesText) {
    document.chunks = proseChunks;
    letGoOfMasked(document);
    if (owner !== undefined)
      chunks.lastVersions.set(owner, { parsed, parts, referencesKey, result: document, blockEnds, commentEnds });
    return document;
  }
  // One document, checked once: no chunk is reused by a later version, so none is kept (nor their copies of the prose).
  document.masked = proseChunks.map((chunk) => chunk.key.masked).join('');
  chunkMemo.clear();
  return document;
}

/**
 * A chunked document's masked copy, joined from its chunks' prose only when read: checks read the chunks in place
 * (maskedOf), so neither opening nor editing a large document joins one (30 MB of a 15 MB document with one "–", two
 * bytes a character); once checked, a large document lets go of one a request joined (AnalysisCache.settle).
 */
export function letGoOfMasked(prose: ProseDocument): void {
  const chunks = prose.chunks;
  if (!chunks) return;
  let masked: string | undefined;
  Object.defineProperty(prose, 'masked', {
    configurable: true,
    enumerable: true,
    get: () => (masked ??= chunks.map((chunk) => chunk.key.masked).join('')),
    set: (value: string) => {
      masked = value;
    },
  });
}

/** A block `delta` further on (its record's offsets are its own: see BlockRecord). */
function shifted(block: ProseBlock, delta: number): ProseBlock {
  const moved: ProseBlock = { start: block.start + delta, end: block.end + delta, kind: block.kind };
  if (block.record) moved.record = block.record;
  return moved;
}

/** A part's prose placed at its start in the document. */
function place(
  part: Part,
  references: Record<string, unknown>,
  referencesKey: string,
  document: ProseDocument,
  proseChunks: ProseChunk[],
  chunkMemo: TextMemo<ChunkEntry>,
): void {
  const { start, text, entry, tokens } = part;
  // Its markdown-it tokens are read once: the last version's parts would keep every chunk's (parsed again if the
  // references change).
  part.tokens = undefined;
  if (entry.prose?.referencesKey !== referencesKey) {
    const result = extractChunk(text, tokens ?? blockParse(text).tokens, references);
    // Kept across versions: a copy, one byte a character where it can be (a slice of a document with one "–" anywhere
    // takes two), which blocks' prose slices (BlockAnalyzer).
    if (chunkMemo.outlivesText) {
      result.masked = chunkMemo.own(result.masked);
      for (const comment of result.comments) comment.text = chunkMemo.own(comment.text);
      // For the next version's movedBlocks, which does not keep this one's text (a one-shot check has no next one).
      result.mayBreak = MAYBE_BREAK.test(text);
    }
    entry.prose = { referencesKey, result };
  }
  const result = entry.prose.result;
  proseChunks.push({ start, end: start + text.length, key: result });
  for (const block of result.blocks) document.blocks.push(shifted(block, start));
  for (const comment of result.comments)
    document.comments.push({ start: comment.start + start, end: comment.end + start, text: comment.text });
}

/**
 * The chunks at `starts`, each parsed alone unless known by its text. `reuse` gives the parts known by their place
 * (those around an edit).
 */
function readParts(
  parsed: string,
  starts: readonly number[],
  chunkMemo: TextMemo<ChunkEntry>,
  reuse?: (i: number) => Part | undefined,
): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < starts.length; i++) {
    const known = reuse?.(i);
    if (known) {
      parts.push(known);
      continue;
    }
    const start = starts[i]!;
    let text = parsed.slice(start, starts[i + 1] ?? parsed.length);
    let tokens: Token[] | undefined;
    let entry = chunkMemo.get(text);
    if (!entry) ({ entry, tokens } = parseChunk(chunkMemo, text));
    // A block the line scan took for closed is still open (a fence that a list item closed, say): the
    // rest of the document is that chunk's, as in one parse of the whole.
    if (entry.endsOpen && i + 1 < starts.length) {
      i = starts.length - 1;
      text = parsed.slice(start);
      tokens = undefined;
      entry = chunkMemo.get(text);
      if (!entry) ({ entry, tokens } = parseChunk(chunkMemo, text));
    }
    parts.push({ start, text, entry, tokens });
  }
  return parts;
}

/**
 * The parts of `parsed`, the last version's text changed in one place: the chunks before the one holding the
 * character before the change are the same; from there the lines are scanned again until a chunk start that was
 * one in the last version lies past the change (the scan's state at a chunk start is always the same: no fence or
 * HTML block open, a blank line before), and the chunks from there on are the last version's, moved by `delta`.
 * Parts [from, to) are new or moved in the middle; `lastFrom` is where the moved ones were among the last parts.
 */
function changedParts(
  last: LastParse,
  parsed: string,
  chunkMemo: TextMemo<ChunkEntry>,
): { parts: Part[]; from: number; to: number; lastFrom: number; delta: number } {
  const before = last.parsed;
  const lastParts = last.parts;
  const prefix = commonPrefix(before, parsed);
  const suffix = commonSuffix(before, parsed, Math.min(before.length, parsed.length) - prefix);
  const delta = parsed.length - before.length;
  const from = prefix === 0 ? 0 : lowerBound(lastParts, prefix) - 1;
  const changeEnd = parsed.length - suffix;
  let resumeAt = lastParts.length;
  const starts = chunkStarts(parsed, lastParts[from]?.start ?? 0, (start) => {
    if (start < changeEnd) return false;
    const i = lowerBound(lastParts, start - delta);
    if (lastParts[i]?.start !== start - delta) return false;
    resumeAt = i;
    return true;
  });
  const middle = starts.length - (resumeAt < lastParts.length ? 1 : 0);
  const all = [...lastParts.slice(0, from).map((p) => p.start), ...starts.slice(0, middle)];
  const to = all.length;
  for (let i = resumeAt; i < lastParts.length; i++) all.push(lastParts[i]!.start + delta);
  // A kept part's text is sliced again from this version's: a slice of the last one would keep that whole text alive,
  // and each edit one more (a 15 MB document's kept 30 MB more after its first edit).
  const resliced = (part: Part, start: number): Part => ({
    start,
    text: parsed.slice(start, start + part.text.length),
    entry: part.entry,
  });
  const parts = readParts(parsed, all, chunkMemo, (i) => {
    if (i < from) return resliced(lastParts[i]!, lastParts[i]!.start);
    if (i < to) return undefined;
    const moved = lastParts[resumeAt + i - to]!;
    return resliced(moved, moved.start + delta);
  });
  // A new chunk left open took in the rest: nothing was moved.
  return parts.length === all.length
    ? { parts, from, to, lastFrom: resumeAt, delta }
    : { parts, from, to: parts.length, lastFrom: lastParts.length, delta };
}

/** How many leading characters `a` and `b` share. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  // Whole pieces first: comparing two slices is a native loop.
  while (i + PIECE <= n && a.slice(i, i + PIECE) === b.slice(i, i + PIECE)) i += PIECE;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many trailing characters `a` and `b` share, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (
    i + PIECE <= max &&
    a.slice(a.length - i - PIECE, a.length - i) === b.slice(b.length - i - PIECE, b.length - i)
  )
    i += PIECE;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

const PIECE = 1024;

/**
 * Where chunks start: at a line with a non-space first character after a blank line, outside fenced
 * code and outside HTML blocks that may contain blank lines (comments, <pre>, <script>, <style>,
 * <textarea>, <?…?>, <!…>, CDATA). Every block construct either ends there or (lists, block quotes)
 * continues as a new one with the same prose.
 */
export function chunkStarts(text: string, from = 0, stop?: (start: number) => boolean): number[] {
  const starts = [from];
  let fence: RegExp | undefined;
  let html: RegExp | undefined;
  let previousBlank = false;
  // A start found: the last one `stop` accepts ends the scan.
  const found = (start: number) => {
    starts.push(start);
    return stop?.(start) === true;
  };
  for (let lineStart = from; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    // Most lines are plain text: only a line inside a block, or starting (after ≤ 3 spaces) with ` ~ <, is sliced.
    let first = lineStart;
    while (first < lineEnd && isSpaceCode(text.charCodeAt(first))) first++;
    const isBlank = first === lineEnd;
    const code = text.charCodeAt(first);
    if (fence || html || (first - lineStart <= 3 && (code === 96 || code === 126 || code === 60))) {
      const line = text.slice(lineStart, lineEnd);
      if (fence) {
        if (fence.test(line)) fence = undefined;
      } else if (html) {
        if (html.test(line)) html = undefined;
      } else {
        if (previousBlank && first === lineStart && lineStart > from && found(lineStart)) break;
        const opensFence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (opensFence && !(opensFence[1]![0] === '`' && line.slice(opensFence[0].length).includes('`'))) {
          fence = new RegExp(`^ {0,3}${opensFence[1]![0] === '`' ? '`' : '~'}{${opensFence[1]!.length},}\\s*$`);
        } else {
          const opener = HTML_BLOCK_OPENERS.find(([open]) => open.test(line));
          if (opener && !opener[1].test(line.slice(first - lineStart + 2))) html = opener[1];
        }
      }
    } else if (!isBlank && previousBlank && first === lineStart && lineStart > from && found(lineStart)) break;
    previousBlank = isBlank;
    lineStart = lineEnd + 1;
  }
  return starts;
}

/** Spaces as markdown-it counts them for blank lines and indentation (a no-break space is text). */
function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

// CommonMark HTML blocks 1–5 end at a terminator, not at a blank line: [opening line, terminator].
const HTML_BLOCK_OPENERS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

interface ParseEnv {
  references?: Record<string, unknown>;
}
type MarkdownEnv = Parameters<typeof parser.parse>[1];

/** A chunk's block parse, memoized. */
function parseChunk(chunkMemo: TextMemo<ChunkEntry>, text: string): { entry: ChunkEntry; tokens: Token[] } {
  const { tokens, references } = blockParse(text);
  // Kept across versions: copies (a parse's strings slice the version's text, which they would keep alive).
  const entry: ChunkEntry = {
    references: references && chunkMemo.outlivesText ? JSON.parse(JSON.stringify(references)) : references,
    endsOpen: endsOpen(text, tokens),
  };
  chunkMemo.set(text, entry);
  return { entry, tokens };
}

/**
 * Whether the chunk's last top-level block is a fence or HTML block that runs to its end: a chunk ends
 * with a blank line, which a closed fence, an HTML block of types 6–7 and every other block leave out.
 */
function endsOpen(text: string, tokens: readonly Token[]): boolean {
  let last: Token | undefined;
  for (const token of tokens) if (token.level === 0 && token.map) last = token;
  if (!last || (last.type !== 'fence' && last.type !== 'html_block')) return false;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  if (!text.endsWith('\n')) lines++;
  return last.map![1] >= lines;
}

/** markdown-it's block tokens of a chunk (inline content not parsed yet) and the references it defines. */
function blockParse(text: string): { tokens: Token[]; references: Record<string, unknown> | undefined } {
  const env: ParseEnv = {};
  const tokens = parser.parse(text, env as MarkdownEnv);
  return { tokens, references: env.references };
}

/** A chunk's prose, blocks and comments, its inline content parsed with the document's references. */
function extractChunk(source: string, tokens: readonly Token[], references: Record<string, unknown>): ChunkProse {
  const env = { references } as MarkdownEnv;
  const starts = lineStarts(source);
  const lineOffset = (line: number) => (line < starts.length ? starts[line]! : source.length);
  const prose: Span[] = [];
  const blocks: ProseBlock[] = [];
  const comments: Comment[] = [];

  let containerKind: BlockKind | undefined;
  const containers: BlockKind[] = [];
  let blockKind: BlockKind = 'paragraph';
  let rowMap: [number, number] | undefined;
  let rowCursor = 0;

  for (const token of tokens) {
    switch (token.type) {
      case 'list_item_open':
        containers.push('list-item');
        break;
      case 'blockquote_open':
        containers.push('quote');
        break;
      case 'list_item_close':
      case 'blockquote_close':
        containers.pop();
        break;
      case 'heading_open':
        blockKind = 'heading';
        break;
      case 'paragraph_open':
        blockKind = 'paragraph';
        break;
      case 'tr_open':
        rowMap = token.map ?? undefined;
        rowCursor = rowMap ? lineOffset(rowMap[0]) : 0;
        break;
      case 'th_open':
      case 'td_open':
        blockKind = 'table-cell';
        break;
      case 'fence':
        // A JSON-LD block is a page's published metadata, the writer's text; any other code block is a sample.
        if (token.map && JSON_LD_INFO.test(token.info) && token.content.includes('"@context"')) {
          const fields = dataFields(source, lineOffset(token.map[0] + 1), lineOffset(token.map[1] - 1));
          if (fields) {
            pushAll(prose, fields.prose);
            for (const item of fields.items) blocks.push({ ...item, kind: 'list-item' });
          }
        }
        break;
      case 'html_block':
        if (token.map) {
          const start = lineOffset(token.map[0]);
          const end = lineOffset(token.map[1]);
          collectComments(source, start, end, comments);
          collectHtmlProse(source, start, end, prose, blocks);
        }
        break;
      case 'inline': {
        containerKind = containers[containers.length - 1];
        const map = token.map ?? rowMap;
        if (!map) break;
        const children: Token[] = [];
        parser.inline.parse(token.content, parser, env, children);
        const regionStart = blockKind === 'table-cell' ? rowCursor : lineOffset(map[0]);
        const spans = locateInline(source, children, regionStart, lineOffset(map[1]), comments);
        if (blockKind === 'table-cell') rowCursor = spans.cursor;
        if (spans.prose.length === 0) break;
        const kind = blockKind === 'paragraph' && containerKind ? containerKind : blockKind;
        const start = spans.prose[0]!.start;
        const end = spans.prose[spans.prose.length - 1]!.end;
        // A JSON object, a wiki infobox, a field list: a record whose fields are read as "key: value" items.
        const fields = kind === 'paragraph' ? dataFields(source, start, end) : undefined;
        if (fields) {
          pushAll(prose, fields.prose);
          for (const item of fields.items) blocks.push({ ...item, kind: 'list-item' });
          break;
        }
        pushAll(prose, spans.prose);
        // "brand,inn,sponsor" over "Tecartus,brexucabtagene autoleucel,Kite": records, each cell its own table cell.
        const records = kind === 'paragraph' ? csvRecords(source, start, end) : undefined;
        if (records) {
          records.forEach((cells, i) => {
            for (const cell of cells) {
              if (cell.end <= cell.start) continue;
              const from = (spans: readonly Span[]) =>
                spans.map((c) => ({ start: c.start - cell.start, end: c.end - cell.start }));
              const record = { cells: from(cells), header: i ? from(records[0]!) : undefined };
              blocks.push({ start: cell.start, end: cell.end, kind: 'table-cell', record });
            }
          });
          break;
        }
        // "• Target: CD19" on each line: a list Markdown does not know, one item per line.
        const items =
          kind === 'paragraph' ? (glyphItems(source, start, end) ?? labelLines(source, start, end)) : undefined;
        if (items?.title) blocks.push({ ...items.title, kind: 'paragraph' });
        if (items) for (const item of items.items) blocks.push({ ...item, kind: 'list-item' });
        else blocks.push({ start, end, kind });
        break;
      }
    }
  }
  return { masked: maskExcept(source, prose), blocks, comments };
}

// The info string of a fenced JSON block ("```json", "```jsonld", "```json-ld").
const JSON_LD_INFO = /^\s*json(?:-?ld)?\b/i;

/** A line that may be a thematic break ("---", "* * *"), or a setext heading's underline. */
export const MAYBE_BREAK = /^ {0,3}([-*_=])[ \t]*(?:\1[ \t]*){2,}$/m;

// A line that opens with a bullet glyph and a space (not a Markdown list marker), or a checklist's box ("[ ]", "☐").
const GLYPH_LINE = /^[ \t]*(?:[•◦▪‣☐☑☒]|\[[ xX]\])[ \t]+(?=\S)/;

type ListLines = { title?: Span; items: Span[] };
/** A line read as a list's item (its span), its title, or neither (the paragraph is prose). */
type LineReading = Span | 'title' | undefined;

/**
 * The paragraph in `start`–`end` read line by line as a list: `read` takes each line (with its offset, and whether it
 * is the first or the last line) and gives its item, or 'title' for a first line that leads the list in; any other line
 * makes the paragraph prose.
 */
function listLines(
  source: string,
  start: number,
  end: number,
  read: (line: string, at: number, first: boolean, last: boolean) => LineReading,
): ListLines | undefined {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const items: Span[] = [];
  let title: Span | undefined;
  for (let at = lineStart; at < end; ) {
    const next = source.indexOf('\n', at);
    const lineEnd = next < 0 || next > end ? end : next;
    const line = source.slice(at, lineEnd);
    const reading = read(line, at, at === lineStart, next < 0 || next >= end);
    if (reading === 'title') {
      const text = line.trim();
      const from = at + line.indexOf(text);
      title = { start: Math.max(from, start), end: from + text.length };
    } else if (reading) {
      if (reading.end > reading.start) items.push(reading);
    } else return undefined;
    at = lineEnd + 1;
  }
  return { title, items };
}

// A title line does not end as a sentence does.
const SENTENCE_END = /[.!?;,]$/;

/**
 * The items of a paragraph whose every line opens with a bullet glyph: each line's text after its glyph. Its first line
 * may be a title instead ("Slide 3 - Background" over "• 7 FDA-approved CAR-Ts"), a line without a glyph that does not
 * end as a sentence does: the list's lead-in, as a line before a Markdown list is.
 */
function glyphItems(source: string, start: number, end: number): ListLines | undefined {
  const list = listLines(source, start, end, (line, at, first, last) => {
    const glyph = GLYPH_LINE.exec(line);
    if (glyph) {
      const text = line.slice(glyph[0].length).trimEnd();
      return { start: at + glyph[0].length, end: at + glyph[0].length + text.length };
    }
    const text = line.trim();
    return first && text && !SENTENCE_END.test(text) && !last ? 'title' : undefined;
  });
  return list?.items.length ? list : undefined;
}

// A line that names a value by a label: "Kymriah → CD19", "Aug 2017 — Kymriah approved", "Grade 1 = fever", "Sponsor: Kite"
// (a colon after one to five words). Short and unpunctuated at its end, like a list item (a speaker's turn or a sentence
// after a label ends as a sentence), and opening as one does (not a wrapped line's lower case).
const LABEL_LINE = /^[^\s\p{Ll}](?:[^:\n]*?\s(?:→|->|[—–-]|=)\s|(?:\S+\s+){0,4}?\S+:\s+\S)/u;
const MAX_LABEL_LINE_WORDS = 12;
const MAX_TITLE_WORDS = 6;

/**
 * The items of a paragraph whose every line names a value by a label ("KEY DATES" over "Aug 2017 — Kymriah approved"
 * and "Oct 2017 — Yescarta approved"): a cheat sheet, a slide or a fact box written without list markers. Each line is
 * its own item, as a glyph's line is, so one line's date or approval is never read with the next line's product. Its
 * first line may be a short title instead, the list's lead-in. Prose lines (longer, ending as a sentence, or wrapped in
 * lower case) are not items.
 */
function labelLines(source: string, start: number, end: number): ListLines | undefined {
  const list = listLines(source, start, end, (line, at, first) => {
    const text = line.trim();
    const from = at + line.indexOf(text);
    const words = text.split(/\s+/).length;
    if (LABEL_LINE.test(text) && words <= MAX_LABEL_LINE_WORDS && !/[.!?]$/.test(text))
      return { start: Math.max(from, start), end: from + text.length };
    return first && text && words <= MAX_TITLE_WORDS && !SENTENCE_END.test(text) ? 'title' : undefined;
  });
  // A list has two items at least: one line under a title is read with it, as a sentence.
  return list && list.items.length >= 2 ? list : undefined;
}

function collectComments(source: string, start: number, end: number, into: Comment[]): void {
  // indexOf, not a lazy pattern: each unclosed "<!--" would scan to the end again (quadratic in "<!--" repeated).
  for (let open = source.indexOf('<!--', start); open >= 0 && open < end; ) {
    const close = source.indexOf('-->', open + 4);
    // Nothing closes it, nor any later opening.
    if (close < 0 || close + 3 > end) return;
    into.push({ start: open, end: close + 3, text: source.slice(open + 4, close).trim() });
    open = source.indexOf('<!--', close + 3);
  }
}

// HTML markup inside an HTML block: a comment, a processing instruction, a declaration, CDATA, a closing tag, an opening
// tag (its attributes, quoted values may hold ">"), or a character reference. Anything else (a "<" in "Ki-67 <3%") is text.
const HTML_MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![A-Za-z][^>]*>?|<\/([A-Za-z][A-Za-z0-9-]*)\s*>|<([A-Za-z][A-Za-z0-9-]*)(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*(\/?)>|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

// Tags that end a unit of prose, as a paragraph's end does (CommonMark's block-level tag names, with br and hr): the text
// of "<li>Kymriah: CD19</li><li>Abecma: BCMA</li>" is two items, never one sentence. Other tags (b, em, strong, span, a,
// sup, sub, small, mark, time ...) sit inside a sentence.
const HTML_BLOCK_TAGS = new Set(
  'address article aside blockquote body br caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe legend li link main menu menuitem meta nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(
    ' ',
  ),
);
// Elements whose content is not prose: code, scripts, styles, form fields and struck-out text ("<del>" is what the writer
// withdrew). Their content runs to their closing tag (or the block's end).
const HTML_UNREAD_BLOCK_TAGS = new Set('script style textarea pre template svg math'.split(' '));
const HTML_UNREAD_TAGS = new Set([...HTML_UNREAD_BLOCK_TAGS, ...'code kbd samp del s strike'.split(' ')]);
// Elements that have no content (no closing tag).
const HTML_VOID_TAGS = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
// A table's tags: within a cell (its closing tag is optional), only these end its text.
const HTML_TABLE_TAGS = new Set('td th tr table thead tbody tfoot'.split(' '));

// Character references to a space (a no-break, thin, en or em space), which a blank reads as it is.
const HTML_SPACE_REFERENCE =
  /^&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#32|#x0*20|#819[4-9]|#820[0-2]|#x200[2-9a]|#8239|#x202f);$/i;

/**
 * The unit's spans without the sentences that hold `references` (character references, in order): blanked, a
 * reference's character would be missing ("isn&rsquo;t" read as "isn t", "&ge;2 lines" as "2 lines", a quotation without
 * its marks), and decoded it would move the offsets; a sentence that cannot be read as written is not read.
 */
function withoutSentences(source: string, unit: Span[], references: readonly number[]): Span[] {
  if (unit.length === 0 || references.length === 0) return unit;
  const first = unit[0]!.start;
  const last = unit[unit.length - 1]!.end;
  // The sentences, in order (each found once, however many references it holds).
  const cut: Span[] = [];
  for (const at of references) {
    if (at < first || at >= last || (cut.length && at < cut[cut.length - 1]!.end)) continue;
    let from = first;
    for (let i = at - 1; i > first; i--) {
      if (/[.!?]/.test(source[i - 1]!) && /\s/.test(source[i]!)) {
        from = i;
        break;
      }
    }
    let to = last;
    for (let i = at; i < last; i++) {
      if (/[.!?]/.test(source[i]!) && (i + 1 >= last || /\s/.test(source[i + 1]!))) {
        to = i + 1;
        break;
      }
    }
    cut.push({ start: from, end: to });
  }
  const kept: Span[] = [];
  const keep = (start: number, end: number) => {
    const text = source.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const length = text.trim().length;
    if (length) kept.push({ start: start + lead, end: start + lead + length });
  };
  let c = 0;
  for (const span of unit) {
    let at = span.start;
    while (c < cut.length && cut[c]!.end <= at) c++;
    for (let k = c; k < cut.length && cut[k]!.start < span.end; k++) {
      if (cut[k]!.start > at) keep(at, cut[k]!.start);
      at = Math.max(at, cut[k]!.end);
    }
    if (at < span.end) keep(at, span.end);
  }
  return kept;
}

// Per tag name: a pattern finding its closing tag.
const CLOSING_TAGS = new Map<string, RegExp>();

/** Where each element's next closing tag was found in one text, for searches that only move forward. */
type ClosingTags = Map<string, { index: number; end: number } | null>;

/**
 * The first closing tag of element `tag` in `text` at or after `from`. `found` keeps each search's answer: a later
 * search from further on takes it while it still lies ahead, so that many elements in one long text (or an unclosed one,
 * each searched to the end) cost one scan, never one each.
 */
function closingTag(
  tag: string,
  text: string,
  from: number,
  found: ClosingTags,
): { index: number; end: number } | null {
  const known = found.get(tag);
  if (known === null || (known && known.index >= from)) return known;
  let pattern = CLOSING_TAGS.get(tag);
  if (!pattern) CLOSING_TAGS.set(tag, (pattern = new RegExp(`</${tag}\\s*>`, 'gi')));
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  const answer = match ? { index: match.index, end: match.index + match[0].length } : null;
  found.set(tag, answer);
  return answer;
}

/** The kind of block the text inside an HTML element is, when the element gives it one. */
function htmlBlockKind(tag: string): BlockKind | undefined {
  if (tag === 'li' || tag === 'dt' || tag === 'dd') return 'list-item';
  if (tag === 'td' || tag === 'th') return 'table-cell';
  if (tag === 'blockquote') return 'quote';
  if (/^h[1-6]$/.test(tag)) return 'heading';
  return undefined;
}

/**
 * The prose of an HTML block in `start`–`end` (lines Markdown passes through as HTML): its text between tags, each unit
 * that block-level tags delimit its own block (a list item, a table cell, a heading, a paragraph); inline tags and
 * character references are masked inside the unit (a reference is blanked, not decoded: the masked text keeps the
 * source's offsets, and no finding's range may start or end inside one). Comments, code, scripts, styles and form
 * fields are not prose. A table cell's text runs to the next cell, row or table tag, as one table-cell block.
 */
function collectHtmlProse(source: string, start: number, end: number, prose: Span[], blocks: ProseBlock[]): void {
  const region = source.slice(start, end);
  let unit: Span[] = [];
  // The open elements that give their text a kind (innermost last), and whether a table cell is open.
  const kinds: [string, BlockKind][] = [];
  let inCell = false;
  // Where the unit has a character reference that is not a space.
  let references: number[] = [];
  const flush = () => {
    unit = withoutSentences(source, unit, references);
    references = [];
    if (unit.length === 0) return;
    pushAll(prose, unit);
    const kind = inCell ? 'table-cell' : (kinds[kinds.length - 1]?.[1] ?? 'paragraph');
    blocks.push({ start: unit[0]!.start, end: unit[unit.length - 1]!.end, kind });
    unit = [];
  };
  const text = (from: number, to: number) => {
    const piece = region.slice(from, to);
    const kept = piece.trim();
    if (!kept) return;
    const at = start + from + (piece.length - piece.trimStart().length);
    unit.push({ start: at, end: at + kept.length });
  };
  let from = 0;
  const closings: ClosingTags = new Map();
  HTML_MARKUP.lastIndex = 0;
  for (let markup = HTML_MARKUP.exec(region); markup; markup = HTML_MARKUP.exec(region)) {
    text(from, markup.index);
    from = markup.index + markup[0].length;
    const closing = markup[1]?.toLowerCase();
    const opening = markup[2]?.toLowerCase();
    const tag = closing ?? opening;
    if (!tag) {
      if (markup[0].startsWith('&') && !HTML_SPACE_REFERENCE.test(markup[0])) references.push(start + markup.index);
      continue;
    }
    // Within a cell, only a table's tags end its text.
    if (inCell ? HTML_TABLE_TAGS.has(tag) : HTML_BLOCK_TAGS.has(tag) || HTML_UNREAD_BLOCK_TAGS.has(tag)) flush();
    if (HTML_TABLE_TAGS.has(tag)) inCell = opening !== undefined && (tag === 'td' || tag === 'th');
    const kind = htmlBlockKind(tag);
    if (closing) {
      if (kind) {
        const open = kinds.map(([name]) => name).lastIndexOf(tag);
        if (open >= 0) kinds.length = open;
      }
      continue;
    }
    if (markup[3] || HTML_VOID_TAGS.has(tag)) continue;
    if (kind && kind !== 'table-cell') kinds.push([tag, kind]);
    if (HTML_UNREAD_TAGS.has(tag)) {
      // Its content and closing tag are not prose.
      const close = closingTag(tag, region, from, closings);
      from = close ? close.end : region.length;
      HTML_MARKUP.lastIndex = from;
    }
  }
  text(from, region.length);
  flush();
}

/** Finds each inline token's source text, in order, between `start` and `end`. */
function locateInline(
  source: string,
  children: Token[],
  start: number,
  end: number,
  comments: Comment[],
): { prose: Span[]; cursor: number } {
  const prose: Span[] = [];
  let cursor = start;
  // Text before this offset is inside an element that is not prose.
  let unreadUntil = -1;
  // The paragraph's text, once it has an element that is not prose, and where their closing tags are.
  let paragraph: string | undefined;
  const closings: ClosingTags = new Map();
  const find = (needle: string): number => {
    if (!needle) return -1;
    const at = source.indexOf(needle, cursor);
    return at >= 0 && at + needle.length <= end ? at : -1;
  };
  for (const child of children) {
    switch (child.type) {
      case 'text': {
        const at = find(child.content);
        if (at >= 0) {
          if (at >= unreadUntil) prose.push({ start: at, end: at + child.content.length });
          cursor = at + child.content.length;
        }
        break;
      }
      case 'text_special': {
        // Escapes keep their character as prose; entities are masked (their text differs).
        const at = find(child.markup);
        if (at >= 0) {
          if (child.info === 'escape' && at >= unreadUntil)
            prose.push({ start: at + 1, end: at + child.markup.length });
          cursor = at + child.markup.length;
        }
        break;
      }
      case 'code_inline': {
        const open = find(child.markup);
        if (open >= 0) {
          const close = source.indexOf(child.markup, open + child.markup.length);
          cursor = close >= 0 && close < end ? close + child.markup.length : open + child.markup.length;
        }
        break;
      }
      case 'html_inline': {
        const at = find(child.content);
        if (at >= 0) {
          cursor = at + child.content.length;
          const comment = /^<!--([\s\S]*?)-->$/.exec(child.content);
          if (comment) comments.push({ start: at, end: cursor, text: comment[1]!.trim() });
          // "<code>...</code>" in a sentence: its content is not prose (as in an HTML block).
          const open = /^<([A-Za-z][A-Za-z0-9-]*)[\s>]/.exec(child.content)?.[1]?.toLowerCase();
          if (open && HTML_UNREAD_TAGS.has(open) && !child.content.endsWith('/>')) {
            paragraph ??= source.slice(start, end);
            const close = closingTag(open, paragraph, cursor - start, closings);
            if (close) unreadUntil = start + close.index;
          }
        }
        break;
      }
      case 'link_open': {
        if (child.markup === 'autolink') {
          const at = find('<');
          const close = at >= 0 ? source.indexOf('>', at) : -1;
          if (close >= 0) cursor = close + 1;
        } else {
          const at = find('[');
          if (at >= 0) cursor = at + 1;
        }
        break;
      }
      case 'link_close':
        if (child.markup !== 'autolink') cursor = skipLinkTail(source, cursor, end);
        break;
      case 'image': {
        const at = find('![');
        if (at >= 0) cursor = skipLinkTail(source, skipBracketed(source, at + 1, end), end);
        break;
      }
      case 'softbreak':
      case 'hardbreak': {
        const at = source.indexOf('\n', cursor);
        if (at >= 0 && at < end) cursor = at + 1;
        break;
      }
      default: {
        // Emphasis, strikethrough and other delimiter runs: skip their markup.
        const at = find(child.markup);
        if (at >= 0) cursor = at + child.markup.length;
      }
    }
  }
  return { prose, cursor };
}

/** From `at` (an opening bracket), returns the offset after its matching closing bracket. */
function skipBracketed(source: string, at: number, end: number): number {
  let depth = 0;
  for (let i = at; i < end; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i + 1;
  }
  return end;
}

/** After a link's text: skips `]`, then `(destination "title")` or `[label]` if present. */
function skipLinkTail(source: string, cursor: number, end: number): number {
  let i = source.indexOf(']', cursor);
  if (i < 0 || i >= end) return cursor;
  i++;
  const next = source[i];
  if (next === '(') {
    let depth = 0;
    for (let j = i; j < end; j++) {
      const c = source[j];
      if (c === '\\') j++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
    }
    return end;
  }
  if (next === '[') return skipBracketed(source, i, end);
  return i;
}
