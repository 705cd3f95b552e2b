import { maskedOf, type ProseDocument } from '../../text/prose';
import { lowerBound } from '../../util/sorted';
import { spanAt } from './spans';
import type { Citation, CitedKey, Span } from './types';

// Markdown and plain text, one pass: footnote refs, bracketed groups (numeric or Pandoc), <sup>…</sup>,
// ^n superscripts and bare @keys. Each match is classified, then kept only if it is prose.
const INLINE =
  /\[\^([^\]\s[]{1,300})\]|\[([^[\]\n]{1,300})\]|<sup>([^<\n]{1,40})<\/sup>|\^(\d{1,3}(?:[ \t]*[,–—-][ \t]*\d{1,3})*)\^?|@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;
// Up to five digits: a list can pass 999 entries (a four-digit number is kept only when the list has it, see model.ts).
const NUMERIC_LIST = /^\s*\[?\s*\d{1,5}(?:\s*[,;–—-]\s*\d{1,5})*\s*\]?\s*$/;
const PANDOC_KEY = /(^|[\s;[(-])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;
// Before "^n": a word or closing punctuation (not a digit: 10^6 is a power).
const SUPERSCRIPT_BEFORE = /[\p{L}.,;:)\]"”’']$/u;
// Units that take powers (m^2, cm^3): their "^n" is not a citation.
const UNIT_BEFORE = /(?:^|[^\p{L}])(?:[a-zA-Z]|cm|mm|km|µm|kg|mg|ml|mL|dL)$/u;
const MAX_RANGE = 200;

// LaTeX citation commands; the narrative ones name the author in the sentence.
const LATEX_CITE = new Set([
  'cite',
  'citep',
  'citet',
  'citealp',
  'citealt',
  'citeauthor',
  'citeyear',
  'citeyearpar',
  'Citet',
  'Citep',
  'Citealt',
  'Citealp',
  'Citeauthor',
  'parencite',
  'Parencite',
  'textcite',
  'Textcite',
  'autocite',
  'Autocite',
  'footcite',
  'supercite',
  'smartcite',
  'fullcite',
  'footfullcite',
  'nocite',
]);
const LATEX_NARRATIVE = new Set([
  'citet',
  'Citet',
  'citealt',
  'Citealt',
  'citeauthor',
  'Citeauthor',
  'textcite',
  'Textcite',
]);
const LATEX_COMMAND = /\\([A-Za-z]+)\*?/g;

export interface ScanResult {
  citations: Citation[];
  /** Bare @key candidates: citations only in a document that uses Pandoc citations. */
  bareKeys: Citation[];
}

// Per Markdown chunk (ProseDocument.chunks): its citations where it stood when last scanned. No citation pattern
// crosses a line break, and chunks start at lines, so a chunk's citations depend on its text alone. One copy per
// chunk: a copy relative to its start besides the document's held every citation twice.
const chunkScans = new WeakMap<object, { start: number; scan: ScanResult }>();

/** Citations in a Markdown or plain-text document, outside `exclude` (reference regions, sorted). */
export function scanInline(prose: ProseDocument, exclude: readonly Span[]): ScanResult {
  const citations: Citation[] = [];
  const bareKeys: Citation[] = [];
  for (const chunk of prose.chunks ?? [{ start: 0, end: prose.source.length, key: undefined }]) {
    const last = chunk.key && chunkScans.get(chunk.key);
    // The same objects as last time when the chunk has not moved (every chunk before an edit), so an edit does not
    // copy every citation of the document. Citations are never changed once scanned.
    const at = !last
      ? scanRange(prose, chunk.start, chunk.end)
      : last.start === chunk.start
        ? last.scan
        : shiftScan(last.scan, chunk.start - last.start);
    if (chunk.key && last?.scan !== at) chunkScans.set(chunk.key, { start: chunk.start, scan: at });
    // Most chunks touch no reference region: their citations are taken without looking each one up.
    const region = exclude[lowerBound(exclude, chunk.end) - 1];
    const excludes = region !== undefined && region.end > chunk.start;
    for (const citation of at.citations) if (!excludes || !spanAt(exclude, citation.start)) citations.push(citation);
    for (const citation of at.bareKeys) if (!excludes || !spanAt(exclude, citation.start)) bareKeys.push(citation);
  }
  return { citations, bareKeys };
}

function shiftScan(scan: ScanResult, by: number): ScanResult {
  return {
    citations: scan.citations.map((c) => shiftCitation(c, by)),
    bareKeys: scan.bareKeys.map((c) => shiftCitation(c, by)),
  };
}

function shiftCitation(citation: Citation, by: number): Citation {
  if (by === 0) return citation;
  return {
    ...citation,
    start: citation.start + by,
    end: citation.end + by,
    keys: citation.keys.map((k) => ({ key: k.key, start: k.start + by, end: k.end + by })),
  };
}

/** The citations that start in [from, to) (reference regions not excluded: the caller filters them). */
function scanRange(prose: ProseDocument, from: number, to: number): ScanResult {
  const { source } = prose;
  const masked = maskedOf(prose);
  const citations: Citation[] = [];
  const bareKeys: Citation[] = [];
  const isProse = (offset: number) => {
    const c = masked.charCodeAt(offset);
    return !Number.isNaN(c) && c !== 32 /* space */ && c !== 10 /* \n */;
  };
  INLINE.lastIndex = from;
  for (let m = INLINE.exec(source); m && m.index < to; m = INLINE.exec(source)) {
    const start = m.index;
    const end = start + m[0].length;
    const [, footnote, bracket, sup, caret, bare] = m;
    if (footnote !== undefined) {
      if (source[end] === ':' || !isProse(start + 1)) continue;
      citations.push({
        style: 'footnote',
        namespace: 'footnote',
        start,
        end,
        keys: [{ key: footnote, start: start + 2, end: end - 1 }],
        narrative: false,
      });
    } else if (bracket !== undefined) {
      const next = source[end];
      if (next === '(' || next === '[' || next === ':' || source[start - 1] === ']' || source[start - 1] === '!')
        continue;
      if (NUMERIC_LIST.test(bracket)) {
        if (!isProse(start + 1 + bracket.search(/\d/))) continue;
        const keys = numericKeys(bracket, start + 1);
        if (keys) citations.push({ style: 'numeric', namespace: 'number', start, end, keys, narrative: false });
      } else if (bracket.includes('@')) {
        const keys: CitedKey[] = [];
        PANDOC_KEY.lastIndex = 0;
        for (let k = PANDOC_KEY.exec(bracket); k; k = PANDOC_KEY.exec(bracket)) {
          const key = trimKey(k[2]!);
          const keyStart = start + 1 + k.index + k[0].length - k[2]!.length;
          if (isProse(keyStart - 1)) keys.push({ key, start: keyStart, end: keyStart + key.length });
        }
        if (keys.length)
          citations.push({ style: 'pandoc', namespace: 'key', start, end, keys: trimmed(keys), narrative: false });
      }
    } else if (sup !== undefined) {
      // <sup>177</sup>Lu is an isotope, not a citation: a citation is not glued to the next word.
      if (/[\p{L}\p{N}]/u.test(source[end] ?? '') || !NUMERIC_LIST.test(sup)) continue;
      const inner = start + '<sup>'.length;
      if (!isProse(inner + sup.search(/\d/))) continue;
      const keys = numericKeys(sup, inner);
      if (keys) citations.push({ style: 'superscript', namespace: 'number', start, end, keys, narrative: false });
    } else if (caret !== undefined) {
      const before = source.slice(Math.max(0, start - 4), start);
      if (
        !SUPERSCRIPT_BEFORE.test(before) ||
        UNIT_BEFORE.test(before) ||
        /[\p{L}\p{N}]/u.test(source[end] ?? '') ||
        !isProse(start)
      )
        continue;
      const keys = numericKeys(caret, start + 1);
      if (keys) citations.push({ style: 'superscript', namespace: 'number', start, end, keys, narrative: false });
    } else if (bare !== undefined && prose.language === 'markdown') {
      // Not an e-mail address, a handle inside a URL or a path.
      if (/[\p{L}\p{N}_.@/\\+-]/u.test(source[start - 1] ?? '') || !isProse(start)) continue;
      const key = trimKey(bare);
      INLINE.lastIndex = start + 1 + key.length;
      bareKeys.push({
        style: 'pandoc',
        namespace: 'key',
        start,
        end: start + 1 + key.length,
        keys: [{ key, start: start + 1, end: start + 1 + key.length }],
        narrative: true,
      });
    }
  }
  return { citations, bareKeys };
}

/** "1, 3–5" → keys 1, 3, 4, 5 with their offsets (numbers inside a range share the range's span). */
function numericKeys(text: string, offset: number): CitedKey[] | undefined {
  const keys: CitedKey[] = [];
  const PART = /(\d{1,5})(?:\s*[–—-]\s*(\d{1,5}))?/g;
  for (let m = PART.exec(text); m; m = PART.exec(text)) {
    const first = Number(m[1]);
    const start = offset + m.index;
    if (m[2] === undefined) {
      keys.push({ key: String(first), start, end: start + m[1]!.length });
      continue;
    }
    const last = Number(m[2]);
    if (last < first || last - first > MAX_RANGE) return undefined;
    const lastStart = offset + m.index + m[0].length - m[2].length;
    keys.push({ key: String(first), start, end: start + m[1]!.length });
    for (let n = first + 1; n < last; n++) keys.push({ key: String(n), start, end: offset + m.index + m[0].length });
    keys.push({ key: String(last), start: lastStart, end: lastStart + m[2].length });
  }
  return keys.length && keys.every((k) => k.key !== '0') ? trimmed(keys) : undefined;
}

/**
 * The keys without the room `push` left for more (17 slots for one key): a 15 MB document's 170,000 citations,
 * kept with its analysis, spent 22 MB on it.
 */
const trimmed = (keys: CitedKey[]): CitedKey[] => keys.slice();

/** Pandoc strips punctuation that ends a key ("@smith2020." cites smith2020). */
function trimKey(key: string): string {
  return key.replace(/[.:,;?!/#$%&+<>~-]+$/, '');
}

export interface LatexScan {
  citations: Citation[];
  /** \bibliography{a,b} and \addbibresource{c.bib}: each path with its span. */
  bibliographies: { path: string; start: number; end: number }[];
  /** \nocite{*} */
  citesAll: boolean;
}

/** \cite-family commands and bibliography declarations outside comments and `exclude` (sorted spans). */
export function scanLatex(prose: ProseDocument, exclude: readonly Span[]): LatexScan {
  const { source } = prose;
  const result: LatexScan = { citations: [], bibliographies: [], citesAll: false };
  LATEX_COMMAND.lastIndex = 0;
  for (let m = LATEX_COMMAND.exec(source); m; m = LATEX_COMMAND.exec(source)) {
    const name = m[1]!;
    const isCite = LATEX_CITE.has(name);
    if (!isCite && name !== 'bibliography' && name !== 'addbibresource') continue;
    if (spanAt(prose.comments, m.index) || spanAt(exclude, m.index) || source[m.index - 1] === '\\') continue;
    let j = m.index + m[0].length;
    // Up to two optional arguments ([see][p.~4]), then the braced keys.
    for (let optional = 0; optional < 2; optional++) {
      const at = skipBlanks(source, j);
      if (source[at] !== '[') break;
      const close = source.indexOf(']', at);
      if (close < 0) break;
      j = close + 1;
    }
    j = skipBlanks(source, j);
    if (source[j] !== '{') continue;
    const close = source.indexOf('}', j);
    if (close < 0) continue;
    const keys: CitedKey[] = [];
    const KEY = /[^,\s]+/g;
    const body = source.slice(j + 1, close);
    for (let k = KEY.exec(body); k; k = KEY.exec(body))
      keys.push({ key: k[0], start: j + 1 + k.index, end: j + 1 + k.index + k[0].length });
    LATEX_COMMAND.lastIndex = close + 1;
    if (!isCite) {
      for (const key of keys) {
        const path = name === 'bibliography' && !/\.bib$/i.test(key.key) ? `${key.key}.bib` : key.key;
        result.bibliographies.push({ path, start: key.start, end: key.end });
      }
      continue;
    }
    if (name === 'nocite' && keys.some((k) => k.key === '*')) {
      result.citesAll = true;
      continue;
    }
    if (!keys.length) continue;
    result.citations.push({
      style: 'latex',
      namespace: 'key',
      start: m.index,
      end: close + 1,
      keys: trimmed(keys),
      narrative: LATEX_NARRATIVE.has(name),
      ...(name === 'nocite' ? { silent: true } : {}),
    });
  }
  return result;
}

function skipBlanks(source: string, at: number): number {
  while (source[at] === ' ' || source[at] === '\t' || source[at] === '\n') at++;
  return at;
}
