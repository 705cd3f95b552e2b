import type { bibtexParser as BibtexParser } from 'latex-utensils';
import { identifiersOf } from './identifiers';
import type { SourceMatcher } from './sources';
import type { BibliographyFile, FileStat, FileSystem, Namespace, ReferenceEntry, Span } from './types';

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

/** Bibliography files larger than this are not read (a 20,000-entry BibTeX file is about 8 MB). */
export const MAX_BIBLIOGRAPHY_BYTES = 10 * 1024 * 1024;

/** Where the files a document names may be read from. */
export interface BibliographyAccess {
  /**
   * Folder URIs (the workspace folders) whose files a document may name, besides its own folder. Without
   * them (an untrusted workspace), only files in the document's own folder are read.
   */
  folders?: readonly string[];
  maxBytes?: number;
}

type ParsedEntry = Omit<ReferenceEntry, 'file'>;
export type Loaded = {
  files: BibliographyFile[];
  entries: ReferenceEntry[];
  /** The entries by namespace and key (the first of a key), made once per load: not again at each edit. */
  byKey?: EntriesByKey;
};
export type EntriesByKey = Map<Namespace, Map<string, ReferenceEntry>>;

const formatOf = (path: string): BibliographyFile['format'] => (/\.json$/i.test(path) ? 'csl-json' : 'bibtex');

function uriOf(path: string, documentUri: string): string {
  try {
    return new URL(path, documentUri).href;
  } catch {
    // A document without a hierarchical URI (unsaved) cannot locate files beside it.
    return '';
  }
}

interface Parsed {
  /** The stat version it was read at (with a file system that has stat), else the text it was parsed from. */
  version: string;
  text: string;
  entries: ParsedEntry[];
  problem?: string;
}

/**
 * Reads the bibliography files documents declare, and only those that are regular files of at most
 * `maxBytes` inside the allowed folders after resolving symbolic links: anything else gets a problem
 * saying why, and nothing of it is read. Each file is parsed once per change (stat-checked), not once per
 * edit of the document.
 */
export class BibliographyReader {
  private readonly parsed = new Map<string, Parsed>();
  /**
   * The last load of the most recently checked documents: while their declarations and the files are
   * unchanged, an edit reuses its entries instead of copying thousands of them again.
   */
  private readonly loads = new Map<string, { key: unknown[]; loaded: Loaded }>();
  private readonly maxBytes: number;
  constructor(
    private readonly fs: FileSystem | undefined,
    private readonly access: BibliographyAccess = {},
  ) {
    this.maxBytes = access.maxBytes ?? MAX_BIBLIOGRAPHY_BYTES;
  }

  /** The declared files' entries; `matcher` (always the same for one reader) gives their sources once per parse. */
  load(
    declared: readonly { path: string; start: number; end: number }[],
    documentUri: string,
    matcher?: SourceMatcher,
  ): Loaded {
    if (!this.fs || !declared.length) return this.loadFrom(declared, documentUri, () => undefined);
    const roots = this.roots(documentUri);
    const reads = declared.map(({ path }) => this.read(path, documentUri, roots, matcher));
    const key = [...declared.flatMap((d) => [d.path, d.start, d.end]), ...reads];
    const last = this.loads.get(documentUri);
    this.loads.delete(documentUri);
    const loaded =
      last && last.key.length === key.length && last.key.every((k, i) => k === key[i])
        ? last.loaded
        : this.loadFrom(declared, documentUri, (i) => reads[i]);
    this.loads.set(documentUri, { key, loaded });
    if (this.loads.size > 32) this.loads.delete(this.loads.keys().next().value!);
    return loaded;
  }

  private loadFrom(
    declared: readonly { path: string; start: number; end: number }[],
    documentUri: string,
    readAt: (i: number) => Parsed | string | undefined,
  ): Loaded {
    const files: BibliographyFile[] = [];
    const entries: ReferenceEntry[] = [];
    for (const [i, { path, start, end }] of declared.entries()) {
      const file: BibliographyFile = {
        path,
        uri: uriOf(path, documentUri),
        declaration: { start, end },
        format: formatOf(path),
      };
      files.push(file);
      const read = readAt(i);
      if (typeof read === 'string') file.problem = read;
      else if (read) {
        file.text = read.text;
        for (const entry of read.entries) entries.push({ ...entry, file });
        if (read.problem) file.problem = read.problem;
      }
    }
    return { files, entries };
  }

  /** The parsed file (the same object while the file is unchanged), or why it is not read. */
  private read(path: string, documentUri: string, roots: readonly string[], matcher?: SourceMatcher): Parsed | string {
    const fs = this.fs!;
    if (/\.ya?ml$/i.test(path)) return 'CSL YAML bibliographies are not read; use BibTeX (.bib) or CSL-JSON (.json)';
    const format = formatOf(path);
    const uri = uriOf(path, documentUri);
    if (uri && !uri.startsWith('file:')) return `${path} is not a local file, so it is not read`;
    const stat: FileStat | undefined = !uri
      ? undefined
      : fs.stat
        ? fs.stat(uri)
        : { realUri: uri, kind: 'file', size: 0, version: '' };
    if (!stat) return `${path} could not be read`;
    if (!roots.some((root) => stat.realUri === root || stat.realUri.startsWith(`${root.replace(/\/$/, '')}/`))) {
      const where = this.access.folders ? 'the workspace folders' : "the document's folder";
      return `${path} is outside ${where} (after resolving links), so it is not read`;
    }
    if (stat.kind !== 'file') return `${path} is not a regular file, so it is not read`;
    const limit = `${path} is larger than ${Math.round(this.maxBytes / 1024 / 1024)} MB, so it is not read`;
    if (stat.size > this.maxBytes) return limit;
    const key = `${format}\0${stat.realUri}`;
    const cached = this.parsed.get(key);
    if (fs.stat && cached?.version === stat.version) return cached;
    const text = fs.readFile(stat.realUri, this.maxBytes);
    if (text === undefined) return `${path} could not be read`;
    if (text.length > this.maxBytes) return limit;
    if (!fs.stat && cached?.version === text) return cached;
    const parsed: Parsed = { version: fs.stat ? stat.version : text, text, entries: [] };
    try {
      parsed.entries = format === 'csl-json' ? parseCslJson(text) : parseBibtex(text);
      for (const entry of parsed.entries) {
        const id = matcher?.match(entry);
        if (id) entry.sourceId = id;
      }
    } catch (error) {
      parsed.problem = `${path}: ${(error as Error).message}`;
    }
    this.parsed.set(key, parsed);
    return parsed;
  }

  /** The real URIs of the folders a document may read from: the configured ones and its own. */
  private roots(documentUri: string): string[] {
    let own: string | undefined;
    try {
      own = new URL('.', documentUri).href;
    } catch {
      // An unsaved document has no folder.
    }
    const folders = [...(this.access.folders ?? []), ...(own?.startsWith('file:') ? [own] : [])];
    const stat = this.fs?.stat;
    return folders.flatMap((folder) => {
      if (!stat) return [folder];
      const found = stat(folder);
      return found?.kind === 'directory' ? [found.realUri] : [];
    });
  }
}

/**
 * Only latex-utensils' BibTeX parser, loaded on the first .bib file: the package's entry point also
 * loads its LaTeX and log parsers (about 900 kB), which every start-up would have to parse.
 */
let bibtex: typeof BibtexParser | undefined;
function bibtexParser(): typeof BibtexParser {
  return (bibtex ??= require('latex-utensils/out/src/bibtex/bibtex_parser') as typeof BibtexParser);
}

function parseBibtex(text: string): ParsedEntry[] {
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
  const entries: ParsedEntry[] = [];
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

function parseCslJson(text: string): ParsedEntry[] {
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text, and the file may hold anything: only say where.
    const at = /position (\d+)/.exec((error as Error).message);
    const line = at ? ` at line ${text.slice(0, Number(at[1])).split('\n').length}` : '';
    throw new Error(`not valid JSON${line}`);
  }
  const list = Array.isArray(items) ? items : (items as { items?: unknown })?.items;
  if (!Array.isArray(list)) throw new Error('a CSL-JSON bibliography must be an array of items');
  const entries: ParsedEntry[] = [];
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
      ...(title ? { title } : {}),
      urls: url ? [url] : [],
      ...(doi ? { doi } : {}),
      ...(pmid ? { pmid } : {}),
    });
  }
  return entries;
}
