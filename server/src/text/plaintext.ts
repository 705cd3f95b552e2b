import { CITATION_MARKER } from './citation-markers';
import { blank, type Comment, type ProseBlock, type ProseDocument } from './prose';

/**
 * Plain text: every non-empty line is a block, except that hard-wrapped prose (a line not ending a
 * sentence followed by one starting in lower case) continues the block. A short line without
 * sentence punctuation is a heading.
 */
export function extractPlainText(source: string): ProseDocument {
  // Plain text has no comment syntax of its own; HTML comments carry suppression directives.
  const comments: Comment[] = [];
  const masked = source.replace(/<!--([\s\S]*?)-->/g, (all, inner: string, at: number) => {
    comments.push({ start: at, end: at + all.length, text: inner.trim() });
    return blank(all);
  });
  return { language: 'plaintext', source, masked, blocks: lineBlocks(source, masked), comments };
}

export function lineBlocks(source: string, masked: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let current: ProseBlock | undefined;
  let lineStart = 0;
  while (lineStart <= masked.length) {
    let lineEnd = masked.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = masked.length;
    const line = masked.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (!trimmed) {
      if (current) blocks.push(current);
      current = undefined;
    } else {
      const start = lineStart + line.indexOf(trimmed);
      const end = start + trimmed.length;
      if (current && continuesBlock(masked.slice(current.start, current.end), trimmed)) {
        current.end = end;
      } else {
        if (current) blocks.push(current);
        current = { start, end, kind: 'paragraph' };
      }
    }
    lineStart = lineEnd + 1;
  }
  if (current) blocks.push(current);
  for (const block of blocks) if (isHeadingLike(source.slice(block.start, block.end))) block.kind = 'heading';
  return blocks;
}

/** Whether `line` continues the sentence `previous` ends in: hard-wrapped prose, not a new line of a list or table. */
export function continuesBlock(previous: string, line: string): boolean {
  return !/[.!?:;)"”'’\]]$/.test(previous) && /^[a-z(]/.test(line);
}

const TRAILING_CITATIONS = new RegExp(String.raw`(?:\s*(?:${CITATION_MARKER}))+$`);

/** A title-like line: a few words, no sentence punctuation at its end, no verb-like full stop. */
export function isHeadingLike(text: string): boolean {
  // A sentence's citation after its full stop ("… in 2017.<sup>1</sup>", "… 2017.[3]") does not make it a title.
  let trimmed = text.trim();
  // (Titles are short: a long line is not scanned from each "[" to its end.)
  if (trimmed.length <= 400) trimmed = trimmed.replace(TRAILING_CITATIONS, '');
  if (/[.!?;,:]["”'’)\]]?$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).length;
  return words <= 12;
}
