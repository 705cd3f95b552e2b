import type { bibtexParser as BibtexParser } from 'latex-utensils';
import { identifiersOf } from './identifiers';
import type { BibliographyFile, FileSystem, ReferenceEntry, Span } from './types';

/**
 * Bibliography paths in Markdown front matter: `bibliography: refs.bib`, `bibliography: [a.bib, b.json]`
 * or a YAML list under `bibliography:`. Also says whether the front matter carries inline `references:`.
 */
export function frontMatterBibliographies(frontMatter: { start: number; text: string } | undefined): {
  paths: { path: string; start: number; end: number }[];
  inlineReferences: boolean;
} {
  const paths: { path: string; start: number; end: number }[] = [];
  if (!frontMatter) return { paths, inlineReferences: false };
  const { text, start: base } = frontMatter;
  const add = (raw: string, at: number) => {
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    const unquoted = value.replace(/^["']|["']$/g, '');
    if (!unquoted) return;
    const offset = base + at + lead + (/^["']/.test(value) ? 1 : 0);
    paths.push({ path: unquoted, start: offset, end: offset + unquoted.length });
  };
  const FIELD = /^bibliography:[ \t]*(.*)$/gm;
  for (let m = FIELD.exec(text); m; m = FIELD.exec(text)) {
    const valueAt = m.index + m[0].length - m[1]!.length;
    const value = m[1]!.replace(/\s+#.*$/, '');
    if (value.startsWith('[')) {
      let cursor = valueAt + 1;
      for (const part of value.slice(1, value.lastIndexOf(']') < 0 ? undefined : value.lastIndexOf(']')).split(',')) {
        add(part, cursor);
        cursor += part.length + 1;
      }
    } else if (value.trim()) {
      add(value, valueAt);
    } else {
      // A block list on the following lines.
      let lineStart = m.index + m[0].length + 1;
      while (lineStart < text.length) {
        const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
        const item = /^[ \t]+-[ \t]*(.+?)\s*$/.exec(text.slice(lineStart, lineEnd));
        if (!item) break;
        add(item[1]!, lineStart + item[0].indexOf(item[1]!, item[0].indexOf('-') + 1));
        lineStart = lineEnd + 1;
      }
    }
  }
  return { paths, inlineReferences: /^references:/m.test(text) };
}

/** Reads and parses each declared bibliography file through `fs`, relative to the document's URI. */
export function loadBibliographies(
  declared: readonly { path: string; start: number; end: number }[],
  documentUri: string,
  fs: FileSystem | undefined,
): { files: BibliographyFile[]; entries: ReferenceEntry[] } {
  const files: BibliographyFile[] = [];
  const entries: ReferenceEntry[] = [];
  for (const { path, start, end } of declared) {
    const format = /\.json$/i.test(path) ? 'csl-json' : 'bibtex';
    let uri = '';
    try {
      uri = new URL(path, documentUri).href;
    } catch {
      // A document without a hierarchical URI (unsaved) cannot locate files beside it.
    }
    const file: BibliographyFile = { path, uri, declaration: { start, end }, format };
    files.push(file);
    if (!fs) continue;
    if (/\.ya?ml$/i.test(path)) {
      file.problem = 'CSL YAML bibliographies are not read; use BibTeX (.bib) or CSL-JSON (.json)';
      continue;
    }
    const text = uri ? fs.readFile(uri) : undefined;
    if (text === undefined) {
      file.problem = `${path} could not be read`;
      continue;
    }
    file.text = text;
    try {
      entries.push(...(format === 'csl-json' ? parseCslJson(file, text) : parseBibtex(file, text)));
    } catch (error) {
      file.problem = `${path}: ${(error as Error).message}`;
    }
  }
  return { files, entries };
}

/**
 * Only latex-utensils' BibTeX parser, loaded on the first .bib file: the package's entry point also
 * loads its LaTeX and log parsers (about 900 kB), which every start-up would have to parse.
 */
let bibtex: typeof BibtexParser | undefined;
function bibtexParser(): typeof BibtexParser {
  return (bibtex ??= require('latex-utensils/out/src/bibtex/bibtex_parser') as typeof BibtexParser);
}

function parseBibtex(file: BibliographyFile, text: string): ReferenceEntry[] {
  const parser = bibtexParser();
  let ast: BibtexParser.BibtexAst;
  try {
    ast = parser.parse(text);
  } catch (error) {
    const line = parser.isSyntaxError(error) ? ` at line ${error.location.start.line}` : '';
    throw new Error(`BibTeX syntax error${line}`);
  }
  const strings = new Map<string, string>();
  const value = (v: BibtexParser.FieldValue): string => {
    if (parser.isConcatValue(v)) return v.content.map(value).join('');
    if (parser.isAbbreviationValue(v)) return strings.get(v.content.toLowerCase()) ?? v.content;
    return v.content;
  };
  const entries: ReferenceEntry[] = [];
  for (const item of ast.content) {
    if (parser.isStringEntry(item)) {
      strings.set(item.abbreviation.toLowerCase(), item.value.content);
      continue;
    }
    if (!parser.isEntry(item) || !item.internalKey) continue;
    const fields = new Map(item.content.map((f) => [f.name.toLowerCase(), delatex(value(f.value))]));
    const keyAt = text.indexOf(item.internalKey, item.location.start.offset);
    const title = fields.get('title');
    const doi = fields.get('doi');
    const url = fields.get('url');
    const pmid = fields.get('pmid');
    const formatted = [
      fields.get('author'),
      title,
      fields.get('journal') ?? fields.get('booktitle') ?? fields.get('publisher') ?? fields.get('howpublished'),
      fields.get('year') ?? fields.get('date'),
      doi && `doi:${doi}`,
      pmid && `PMID ${pmid}`,
      url,
    ]
      .filter(Boolean)
      .join('. ');
    const found = identifiersOf(`${fields.get('note') ?? ''} ${url ?? ''}`);
    entries.push({
      namespace: 'key',
      key: item.internalKey,
      start: item.location.start.offset,
      end: item.location.end.offset,
      label: { start: keyAt, end: keyAt + item.internalKey.length },
      text: formatted || item.internalKey,
      file,
      ...(title ? { title } : {}),
      urls: found.urls,
      ...(doi ? { doi } : found.doi ? { doi: found.doi } : {}),
      ...(pmid ? { pmid } : found.pmid ? { pmid: found.pmid } : {}),
    });
  }
  return entries;
}

/** Braces, \emph{…} and escapes are markup in BibTeX values, not text. */
function delatex(value: string): string {
  return value
    .replace(/\\(?:emph|textit|textbf|textsc)\s*/g, '')
    .replace(/\\([&%$#_])/g, '$1')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CslItem {
  id?: unknown;
  title?: unknown;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts'?: unknown[][]; literal?: string };
  'container-title'?: unknown;
  publisher?: unknown;
  DOI?: unknown;
  URL?: unknown;
  PMID?: unknown;
}

function parseCslJson(file: BibliographyFile, text: string): ReferenceEntry[] {
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(items) ? items : (items as { items?: unknown })?.items;
  if (!Array.isArray(list)) throw new Error('a CSL-JSON bibliography must be an array of items');
  const entries: ReferenceEntry[] = [];
  let cursor = 0;
  for (const raw of list as CslItem[]) {
    if (!raw || typeof raw !== 'object' || (typeof raw.id !== 'string' && typeof raw.id !== 'number')) continue;
    const key = String(raw.id);
    const quoted = JSON.stringify(key);
    const idAt = text.indexOf(quoted, cursor);
    const label: Span = idAt >= 0 ? { start: idAt + 1, end: idAt + 1 + key.length } : { start: 0, end: 0 };
    if (idAt >= 0) cursor = idAt + quoted.length;
    const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
    const authors = (raw.author ?? [])
      .map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(' '))
      .join(', ');
    const year = str(raw.issued?.['date-parts']?.[0]?.[0]) ?? str(raw.issued?.literal);
    const title = str(raw.title);
    const doi = str(raw.DOI);
    const url = str(raw.URL);
    const pmid = str(raw.PMID);
    const text_ = [
      authors,
      title,
      str(raw['container-title']) ?? str(raw.publisher),
      year,
      doi && `doi:${doi}`,
      pmid && `PMID ${pmid}`,
      url,
    ]
      .filter(Boolean)
      .join('. ');
    entries.push({
      namespace: 'key',
      key,
      start: label.start,
      end: label.end,
      label,
      text: text_ || key,
      file,
      ...(title ? { title } : {}),
      urls: url ? [url] : [],
      ...(doi ? { doi } : {}),
      ...(pmid ? { pmid } : {}),
    });
  }
  return entries;
}
