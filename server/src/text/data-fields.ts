// Records written in a data or markup syntax inside a document: JSON (a JSON-LD description, a pasted metadata object),
// a wiki infobox's "| key = value" lines and a reStructuredText field list (":Key: value"). Their string values are the
// writer's own text (a page's published metadata), not quotations: each field is read as a "key: value" line, the
// syntax around it (quotation marks, braces, commas, bars, leading colons) masked, so that every offset is the source's.
import type { Span } from './prose';

/** A record's fields: each field's span (key to value, a list item of its own) and the spans of it that are prose. */
export interface DataFields {
  items: Span[];
  prose: Span[];
}

/**
 * The fields of the paragraph in `start`–`end` (offsets in `source`) when the whole paragraph is one data record: JSON,
 * a wiki template's field lines, or a reStructuredText field list. Undefined when any part of it is prose or another
 * syntax, or when no field holds a value to read.
 */
export function dataFields(source: string, start: number, end: number): DataFields | undefined {
  const from = source.lastIndexOf('\n', start - 1) + 1;
  const first = source.charCodeAt(from + leadingSpace(source, from, end));
  // '{', '[', '"': JSON; '{' also opens a wiki template ("{{Infobox drug"); ':' a field list.
  if (first === 34 || first === 91) return jsonFields(source, from, end);
  if (first === 123)
    return source.startsWith('{{', from + leadingSpace(source, from, end))
      ? wikiFields(source, from, end)
      : jsonFields(source, from, end);
  if (first === 58) return fieldList(source, from, end);
  return undefined;
}

function leadingSpace(source: string, from: number, end: number): number {
  let at = from;
  while (at < end && (source[at] === ' ' || source[at] === '\t')) at++;
  return at - from;
}

// A value that is not prose: a URL or a path, a file's name ("Carvykti_label.png"), an identifier without a letter.
const NOT_PROSE_VALUE = /:\/\/|^(?:www\.|\/)|^[^\s]*\/[^\s]*$|^[^\s]+\.[A-Za-z0-9]{2,4}$/;
const LETTER = /\p{L}/u;
// A key that names a field: words of letters, digits, underscores, hyphens and spaces ("description", "Drug_name").
// A JSON-LD keyword ("@type", "@id") names none.
const FIELD_KEY = /^\p{L}[\p{L}\p{N}_ -]*$/u;

/** Whether a field's key and value are read: a named field holding prose. */
function readable(key: string, value: string): boolean {
  return FIELD_KEY.test(key) && LETTER.test(value) && !NOT_PROSE_VALUE.test(value.trim());
}

// A value that is prose of its own (a description, a headline): a sentence's end, or more words than a field's value.
const MAX_FIELD_VALUE_WORDS = 4;
const SENTENCE_END = /[.!?]$/;

/**
 * Reads one field: a short value with its key and separator ("target = BCMA", "name: Kymriah", so that the key names the
 * slot or the record), a value that is prose of its own alone (its key, "description", says nothing of it, and a range
 * or an edit on it never reaches into the key). The key is read without its underscores ("Drug_name" as "Drug name").
 */
function pushField(source: string, key: Span, separator: Span, value: Span, into: DataFields): void {
  const text = source.slice(value.start, value.end).trim();
  if (SENTENCE_END.test(text) || text.split(/\s+/).length > MAX_FIELD_VALUE_WORDS) {
    into.items.push({ start: value.start, end: value.end });
    into.prose.push({ start: value.start, end: value.end });
    return;
  }
  into.items.push({ start: key.start, end: value.end });
  let at = key.start;
  for (let k = key.start; k <= key.end; k++)
    if (k === key.end || source[k] === '_') {
      if (k > at) into.prose.push({ start: at, end: k });
      at = k + 1;
    }
  into.prose.push(separator, value);
}

type JsonToken = { kind: 'string'; start: number; end: number; escaped: boolean } | { kind: 'mark'; char: string };

/**
 * JSON, whole or a fragment (`"description": "…"`, a trailing comma): strings, numbers, literals and the marks
 * `{ } [ ] , :` only. A string value whose key is a field's name is read, key and value; a string holding an escape
 * ("\"", "\n", "\u00e9") is left unread (its text is not the source's), as is a string in an array; an object's
 * fields are read at any depth.
 */
function jsonFields(source: string, from: number, end: number): DataFields | undefined {
  const tokens: JsonToken[] = [];
  let pairs = 0;
  for (let at = from; at < end; ) {
    const c = source[at]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      at++;
      continue;
    }
    if ('{}[],:'.includes(c)) {
      tokens.push({ kind: 'mark', char: c });
      at++;
      continue;
    }
    if (c === '"') {
      let k = at + 1;
      let escaped = false;
      while (k < end && source[k] !== '"' && source[k] !== '\n') {
        if (source[k] === '\\') {
          escaped = true;
          k++;
        }
        k++;
      }
      if (k >= end || source[k] !== '"') return undefined;
      tokens.push({ kind: 'string', start: at + 1, end: k, escaped });
      at = k + 1;
      continue;
    }
    const literal = /^(?:-?\d[\d.eE+-]*|true|false|null)/.exec(source.slice(at, Math.min(end, at + 40)));
    if (!literal) return undefined;
    tokens.push({ kind: 'mark', char: '0' });
    at += literal[0].length;
  }
  const fields: DataFields = { items: [], prose: [] };
  for (let i = 0; i + 2 < tokens.length; i++) {
    const key = tokens[i]!;
    const colon = tokens[i + 1]!;
    const value = tokens[i + 2]!;
    if (key.kind !== 'string' || colon.kind !== 'mark' || colon.char !== ':') continue;
    pairs++;
    if (value.kind !== 'string' || key.escaped || value.escaped) continue;
    // A key opens its object or follows a comma: a value after a colon is no key.
    const before = tokens[i - 1];
    if (before && !(before.kind === 'mark' && (before.char === '{' || before.char === ','))) continue;
    const keyText = source.slice(key.start, key.end);
    const valueText = source.slice(value.start, value.end);
    if (!readable(keyText, valueText)) continue;
    const colonAt = source.indexOf(':', key.end);
    pushField(source, key, { start: colonAt, end: colonAt + 1 }, value, fields);
  }
  return pairs && fields.items.length ? fields : undefined;
}

// "| tradename = Breyanzi": a wiki template's field line; "[[Bristol Myers Squibb|BMS]]": a link, read as its text.
const WIKI_FIELD = /^[ \t]*\|[ \t]*([^=|\n]+?)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const WIKI_LINK = /\[\[(?:[^\]|\n]*\|)?([^\]\n]*)\]\]/g;

/**
 * A wiki template: "{{Infobox drug" over "| key = value" lines and a closing "}}" (on its own line or ending the last
 * field). Each field whose value is prose is read as "key = value"; a value holding other markup (a nested template, a
 * reference tag, a comment) is not read.
 */
function wikiFields(source: string, from: number, end: number): DataFields | undefined {
  const lines = source.slice(from, end).split('\n');
  if (!/^[ \t]*\{\{[^{}|=\n]+$/.test(lines[0]!)) return undefined;
  const fields: DataFields = { items: [], prose: [] };
  let at = from + lines[0]!.length + 1;
  let closed = false;
  for (let i = 1; i < lines.length; i++) {
    let line = lines[i]!;
    const lineStart = at;
    at += line.length + 1;
    if (closed) return undefined;
    if (/^[ \t]*\}\}[ \t]*$/.test(line)) {
      closed = true;
      continue;
    }
    const close = line.lastIndexOf('}}');
    if (close >= 0 && /^\}\}[ \t]*$/.test(line.slice(close)) && !line.slice(0, close).includes('{{')) {
      closed = true;
      line = line.slice(0, close);
    }
    const field = WIKI_FIELD.exec(line);
    if (!field) return undefined;
    const key = field[1]!;
    const value = field[2]!;
    if (/[{}<>]/.test(value)) continue;
    const text = value.replace(WIKI_LINK, '$1');
    if (!readable(key, text)) continue;
    const keyStart = lineStart + line.indexOf(key);
    const valueStart = lineStart + line.indexOf(value, line.indexOf('=') + 1);
    const equals = lineStart + line.indexOf('=');
    const valueEnd = valueStart + value.length;
    const read: DataFields = { items: [], prose: [] };
    pushField(
      source,
      { start: keyStart, end: keyStart + key.length },
      { start: equals, end: equals + 1 },
      { start: valueStart, end: valueEnd },
      read,
    );
    fields.items.push(...read.items);
    // A link's brackets and target are markup; its text is the value's.
    for (const span of read.prose) {
      if (span.start !== valueStart) {
        fields.prose.push(span);
        continue;
      }
      let cursor = valueStart;
      for (const link of value.matchAll(WIKI_LINK)) {
        const linkStart = valueStart + link.index!;
        const textStart = linkStart + link[0].length - 2 - link[1]!.length;
        if (linkStart > cursor) fields.prose.push({ start: cursor, end: linkStart });
        if (link[1]!.length) fields.prose.push({ start: textStart, end: textStart + link[1]!.length });
        cursor = linkStart + link[0].length;
      }
      if (cursor < valueEnd) fields.prose.push({ start: cursor, end: valueEnd });
    }
  }
  return closed && fields.items.length ? fields : undefined;
}

// ":Target: CD22": a reStructuredText field, its name between colons.
const RST_FIELD = /^:([^:\s][^:\n]*?):[ \t]+(\S.*?)[ \t]*$/;

/** A reStructuredText field list: every line a field; each read as "Name: value", its leading colon masked. */
function fieldList(source: string, from: number, end: number): DataFields | undefined {
  const fields: DataFields = { items: [], prose: [] };
  let at = from;
  for (const line of source.slice(from, end).split('\n')) {
    const lineStart = at;
    at += line.length + 1;
    const field = RST_FIELD.exec(line);
    if (!field) return undefined;
    if (!readable(field[1]!, field[2]!)) continue;
    const keyEnd = lineStart + 1 + field[1]!.length;
    const valueStart = lineStart + line.indexOf(field[2]!, keyEnd - lineStart + 1);
    const value = { start: valueStart, end: valueStart + field[2]!.length };
    pushField(source, { start: lineStart + 1, end: keyEnd }, { start: keyEnd, end: keyEnd + 1 }, value, fields);
  }
  return fields.items.length ? fields : undefined;
}
