import { maskedOf, type ProseDocument } from '../../text/prose';
import { identifiersOf } from './identifiers';
import type { ReferenceEntry, ReferenceList } from './types';

// A heading that opens a reference list, after numbering and emphasis are stripped.
const REFERENCES_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:references|bibliography|works cited|literature cited|reference list|sources|notes and references)\s*:?$/i;
// A list item: "1. ", "1) ", "[1] ", "- ", "- [1] ", then the entry.
const ITEM = /^([ \t]{0,3})((?:\d{1,5}[.)]|\[\d{1,5}\]|[-*+•])(?:[ \t]+\[\d{1,5}\])?)[ \t]+(?=\S)/;
const FENCE = /^[ \t]{0,3}(```|~~~)/;
const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}(?:\s|$)/;
const FOOTNOTE_DEFINITION = /^[ \t]{0,3}\[\^([^\]\s]+)\]:[ \t]*/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function* lines(source: string, from = 0): Generator<Line> {
  let start = from;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    yield { start, end, text: source.slice(start, end).replace(/\r$/, '') };
    start = end + 1;
  }
}

/** "References" / "Bibliography" headings (Markdown or plain text) and the numbered or bulleted list under each. */
export function findReferenceLists(prose: ProseDocument): ReferenceList[] {
  const lists: ReferenceList[] = [];
  const masked = maskedOf(prose);
  for (const block of prose.blocks) {
    if (block.kind !== 'heading' && block.kind !== 'paragraph') continue;
    if (block.end - block.start > 60 || lists.some((l) => l.end > block.start)) continue;
    if (!REFERENCES_HEADING.test(masked.slice(block.start, block.end).trim())) continue;
    const list = readList(prose.source, block);
    if (list) lists.push(list);
  }
  return lists;
}

function readList(source: string, heading: { start: number; end: number }): ReferenceList | undefined {
  const entries: ReferenceEntry[] = [];
  const list: ReferenceList = {
    start: heading.start,
    end: heading.end,
    heading: { start: heading.start, end: heading.end },
    entries,
    markerTemplate: '{n}. ',
  };
  let current: { start: number; end: number; marker: string; markerStart: number; parts: string[] } | undefined;
  let blankBefore = false;
  const finish = () => {
    if (!current) return;
    const digits = /\d+/.exec(current.marker);
    const number = digits ? Number(digits[0]) : entries.length + 1;
    const labelStart = digits ? current.markerStart + digits.index : current.markerStart;
    const text = current.parts.join(' ');
    entries.push({
      namespace: 'number',
      key: String(number),
      start: current.start,
      end: current.end,
      label: {
        start: labelStart,
        end: digits ? labelStart + digits[0].length : current.markerStart + current.marker.length,
      },
      text,
      list,
      ...identifiersOf(text),
    });
    list.markerTemplate = digits ? `${current.marker.replace(/\d+/, '{n}')} ` : `${current.marker} `;
    list.end = current.end;
    current = undefined;
  };
  let first = true;
  for (const line of lines(source, heading.end)) {
    if (first) {
      // The rest of the heading's own line.
      first = false;
      continue;
    }
    const trimmed = line.text.trim();
    // A comment line (a suppression directive) is neither an entry nor the list's end.
    if (/^<!--.*-->$/.test(trimmed)) continue;
    if (!trimmed) {
      blankBefore = true;
      continue;
    }
    if (FENCE.test(line.text) || MARKDOWN_HEADING.test(line.text) || /^[ \t]*(?:={3,}|-{3,})[ \t]*$/.test(line.text))
      break;
    const item = ITEM.exec(line.text);
    if (item) {
      finish();
      const markerStart = line.start + item[1]!.length;
      current = {
        start: markerStart,
        end: line.start + line.text.length,
        marker: item[2]!,
        markerStart,
        parts: [line.text.slice(item[0].length).trim()],
      };
    } else if (current && (!blankBefore || /^[ \t]{2,}/.test(line.text))) {
      // Continuation: indented, or a lazy continuation line right after the item.
      current.parts.push(trimmed);
      current.end = line.start + line.text.length;
    } else {
      break;
    }
    blankBefore = false;
  }
  finish();
  return entries.length ? list : undefined;
}

/** Markdown footnote definitions "[^label]: text" (with indented continuation lines), outside code fences. */
export function findFootnoteDefinitions(source: string): ReferenceEntry[] {
  const entries: ReferenceEntry[] = [];
  // Every definition starts with "[^": most documents have none, and need no line-by-line scan.
  if (!source.includes('[^')) return entries;
  let inFence: string | undefined;
  let current: ReferenceEntry | undefined;
  const parts: string[] = [];
  const finish = () => {
    if (!current) return;
    current.text = parts.join(' ');
    Object.assign(current, identifiersOf(current.text));
    entries.push(current);
    current = undefined;
    parts.length = 0;
  };
  for (const line of lines(source)) {
    const fence = FENCE.exec(line.text);
    if (fence) {
      finish();
      inFence = inFence === undefined ? fence[1] : inFence === fence[1] ? undefined : inFence;
      continue;
    }
    if (inFence) continue;
    const definition = FOOTNOTE_DEFINITION.exec(line.text);
    if (definition) {
      finish();
      const labelStart = line.start + line.text.indexOf('[^') + 2;
      current = {
        namespace: 'footnote',
        key: definition[1]!,
        start: labelStart - 2,
        end: line.start + line.text.length,
        label: { start: labelStart, end: labelStart + definition[1]!.length },
        text: '',
        urls: [],
      };
      parts.push(line.text.slice(definition[0].length).trim());
    } else if (current && /^(?:[ \t]{2,}|\t)\S/.test(line.text)) {
      parts.push(line.text.trim());
      current.end = line.start + line.text.length;
    } else {
      finish();
    }
  }
  finish();
  return entries;
}

/** LaTeX \begin{thebibliography} … \bibitem[label]{key} text … \end{thebibliography}. */
export function findBibitems(source: string): { entries: ReferenceEntry[]; regions: { start: number; end: number }[] } {
  const entries: ReferenceEntry[] = [];
  const regions: { start: number; end: number }[] = [];
  const BEGIN = '\\begin{thebibliography}';
  const END = '\\end{thebibliography}';
  // The next list starts after this one ends: a \begin inside a list (never closed, or nested) starts none, so
  // the search for its end and items is not repeated from every \begin.
  for (let at = source.indexOf(BEGIN), end = 0; at >= 0; at = source.indexOf(BEGIN, end)) {
    let close = source.indexOf(END, at);
    if (close < 0) close = source.length;
    end = Math.min(source.length, close + END.length);
    regions.push({ start: at, end });
    const ITEM_RE = /\\bibitem(?:\[[^\]]*\])?\{([^}]+)\}/g;
    ITEM_RE.lastIndex = at;
    const items: { key: string; start: number; labelStart: number; textStart: number }[] = [];
    for (let m = ITEM_RE.exec(source); m && m.index < close; m = ITEM_RE.exec(source)) {
      const labelStart = m.index + m[0].length - 1 - m[1]!.length;
      items.push({ key: m[1]!.trim(), start: m.index, labelStart, textStart: m.index + m[0].length });
    }
    items.forEach((item, i) => {
      const end = i + 1 < items.length ? items[i + 1]!.start : close;
      const raw = source.slice(item.textStart, end);
      const text = raw
        .replace(/%.*$/gm, '')
        .replace(/\\newblock\s*/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      entries.push({
        namespace: 'key',
        key: item.key,
        start: item.start,
        end: item.textStart + raw.trimEnd().length,
        label: { start: item.labelStart, end: item.labelStart + item.key.length },
        text,
        ...identifiersOf(text),
      });
    });
  }
  return { entries, regions };
}
