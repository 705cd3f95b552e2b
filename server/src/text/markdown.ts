import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
import { TextMemo } from '../util/memo';
import { blank, lineStarts, maskExcept, type BlockKind, type Comment, type ProseBlock, type ProseDocument, type Span } from './prose';

// markdown-it parses block structure; inline tokens carry no offsets, so each block's inline tokens
// are located in order within the block's source lines. text_join is disabled so that text tokens
// stay verbatim and escapes/entities arrive as separate tokens with their original markup.
const parser = new MarkdownIt({ html: true, linkify: false });
parser.disable('text_join');

/** A paragraph's located prose, relative to the start of its source lines. */
interface LocatedInline {
  content: string;
  /** The link reference definitions the inline parse saw (they change how "[text][ref]" parses). */
  references: string;
  prose: Span[];
  comments: Comment[];
}

// Inline parsing and locating dominate the cost of a Markdown document; an edit changes one paragraph,
// so both are cached by the paragraph's source lines and reused by every later version.
const inlineMemo = new TextMemo<LocatedInline>();
/** Inline tokens whose parse the inline rule skipped because the memo had them. */
const fromMemo = new WeakMap<Token, LocatedInline>();

interface ParseEnv {
  references?: unknown;
  /** The source lines of an inline token, or undefined for table cells (located by row). */
  regionOf(tokens: Token[], at: number): string | undefined;
  referencesKey?: string;
}

parser.core.ruler.at('inline', (state) => {
  const env = state.env as unknown as ParseEnv;
  env.referencesKey = JSON.stringify(env.references ?? {});
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'inline') continue;
    const region = env.regionOf(tokens, i);
    const hit = region === undefined ? undefined : inlineMemo.get(region);
    if (hit && hit.content === token.content && hit.references === env.referencesKey) fromMemo.set(token, hit);
    else state.md.inline.parse(token.content, state.md, state.env, token.children ?? (token.children = []));
  }
});

const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/;
const HTML_COMMENT = /<!--([\s\S]*?)-->/g;

export function extractMarkdown(source: string): ProseDocument {
  let frontMatter: ProseDocument['frontMatter'];
  let parsed = source;
  const fm = FRONT_MATTER.exec(source);
  if (fm) {
    frontMatter = { start: 0, end: fm[0].length, text: fm[0] };
    parsed = blank(fm[0]) + source.slice(fm[0].length);
  }

  const starts = lineStarts(source);
  const lineOffset = (line: number) => (line < starts.length ? starts[line]! : source.length);
  const regionOf = (tokens: Token[], at: number) => {
    const map = tokens[at]!.map;
    const cell = tokens[at - 1]?.type === 'th_open' || tokens[at - 1]?.type === 'td_open';
    return map && !cell ? source.slice(lineOffset(map[0]), lineOffset(map[1])) : undefined;
  };
  const env: ParseEnv = { regionOf };
  const tokens = parser.parse(parsed, env as unknown as Parameters<typeof parser.parse>[1]);
  const prose: Span[] = [];
  const blocks: ProseBlock[] = [];
  const comments: Comment[] = [];

  let containerKind: BlockKind | undefined;
  const containers: BlockKind[] = [];
  let blockKind: BlockKind = 'paragraph';
  let rowMap: [number, number] | undefined;
  let rowCursor = 0;

  /** The token's prose and comments: from the memo when the inline rule found it there, else located and memoized. */
  const located = (token: Token, regionStart: number, regionEnd: number): { prose: Span[]; cursor: number } => {
    const shift = <T extends Span>(span: T, by: number): T => ({ ...span, start: span.start + by, end: span.end + by });
    const cached = fromMemo.get(token);
    if (cached) {
      for (const comment of cached.comments) comments.push(shift(comment, regionStart));
      return { prose: cached.prose.map((span) => shift(span, regionStart)), cursor: regionEnd };
    }
    const found: Comment[] = [];
    const spans = locateInline(source, token.children ?? [], regionStart, regionEnd, found);
    comments.push(...found);
    const region = token.type === 'inline' && blockKind !== 'table-cell' ? source.slice(regionStart, regionEnd) : undefined;
    if (region !== undefined) {
      inlineMemo.set(region, {
        content: token.content,
        references: env.referencesKey ?? '',
        prose: spans.prose.map((span) => shift(span, -regionStart)),
        comments: found.map((comment) => shift(comment, -regionStart)),
      });
    }
    return spans;
  };

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
      case 'html_block':
        if (token.map) collectComments(source, lineOffset(token.map[0]), lineOffset(token.map[1]), comments);
        break;
      case 'inline': {
        containerKind = containers[containers.length - 1];
        const map = token.map ?? rowMap;
        if (!map) break;
        const regionStart = blockKind === 'table-cell' ? rowCursor : lineOffset(map[0]);
        const regionEnd = lineOffset(map[1]);
        const spans = located(token, regionStart, regionEnd);
        if (blockKind === 'table-cell') rowCursor = spans.cursor;
        if (spans.prose.length === 0) break;
        prose.push(...spans.prose);
        const kind = blockKind === 'paragraph' && containerKind ? containerKind : blockKind;
        blocks.push({ start: spans.prose[0]!.start, end: spans.prose[spans.prose.length - 1]!.end, kind });
        break;
      }
    }
  }
  return { language: 'markdown', source, masked: maskExcept(source, prose), blocks, comments, frontMatter };
}

function collectComments(source: string, start: number, end: number, into: Comment[]): void {
  const region = source.slice(start, end);
  HTML_COMMENT.lastIndex = 0;
  for (let m = HTML_COMMENT.exec(region); m; m = HTML_COMMENT.exec(region)) {
    into.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[1]!.trim() });
  }
}

/** Finds each inline token's source text, in order, between `start` and `end`. */
function locateInline(source: string, children: Token[], start: number, end: number, comments: Comment[]): { prose: Span[]; cursor: number } {
  const prose: Span[] = [];
  let cursor = start;
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
          prose.push({ start: at, end: at + child.content.length });
          cursor = at + child.content.length;
        }
        break;
      }
      case 'text_special': {
        // Escapes keep their character as prose; entities are masked (their text differs).
        const at = find(child.markup);
        if (at >= 0) {
          if (child.info === 'escape') prose.push({ start: at + 1, end: at + child.markup.length });
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
