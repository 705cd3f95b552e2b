// The citation model of one document: what it cites, what its reference lists and bibliography files
// define, and how the two resolve. Offsets are document offsets unless an entry lives in another file.

import type { Span } from '../../text/prose';

/** Reads files beside a document. Editor-agnostic: the CLI and the server pass node's fs, tests pass memory. */
export interface FileSystem {
  /** The text of the regular file at `uri` of at most `maxBytes`, or undefined when it cannot be read. */
  readFile(uri: string, maxBytes?: number): string | undefined;
  /**
   * What is at `uri` after resolving symbolic links, without reading it; undefined when nothing is. A file
   * system without it (one in memory) has no links: its URIs are where its files are.
   */
  stat?(uri: string): FileStat | undefined;
}

export interface FileStat {
  /** The URI with every symbolic link resolved. */
  realUri: string;
  /** 'other': a FIFO, device, socket. */
  kind: 'file' | 'directory' | 'other';
  size: number;
  /** Changes whenever the file's content may have (device, inode, size, modification time). */
  version: string;
}

export type CitationStyle = 'numeric' | 'superscript' | 'pandoc' | 'footnote' | 'latex';

/** Which entries a citation can resolve to: numbered list items, footnote definitions, or keyed entries. */
export type Namespace = 'number' | 'footnote' | 'key';

export type { Span };

/** One cited number or key inside a citation, with its own span (a range's inner numbers share the range's). */
export interface CitedKey extends Span {
  key: string;
}

export interface Citation extends Span {
  style: CitationStyle;
  namespace: Namespace;
  keys: CitedKey[];
  /** Names its source in the running text (\citet, \textcite, bare @key): it belongs to the sentence after it. */
  narrative: boolean;
  /** \nocite: puts entries in the bibliography without citing them in the text. */
  silent?: boolean;
}

/** A bibliography file declared by the document (front matter `bibliography:`, \bibliography, \addbibresource). */
export interface BibliographyFile {
  /** The path as written in the document. */
  path: string;
  uri: string;
  /** Where the document declares it. */
  declaration: Span;
  format: 'bibtex' | 'csl-json';
  /** Undefined when the file could not be read (or no file system was given). */
  text?: string;
  /** Why the file gave no entries: unreadable, or a syntax error with its line. */
  problem?: string;
}

export interface ReferenceEntry extends Span {
  namespace: Namespace;
  /** The number as a string, the footnote label, or the citation key. */
  key: string;
  /** Span of the number, label or key (in the entry's own file). */
  label: Span;
  /** The entry as a reader sees it: the list item's text, or a formatted bibliography record. */
  text: string;
  /** Set for entries in a bibliography file; entries without it live in the document. */
  file?: BibliographyFile;
  /** The reference list the entry belongs to, for in-document numbered and bulleted lists. */
  list?: ReferenceList;
  title?: string;
  urls: string[];
  doi?: string;
  pmid?: string;
  /** The knowledge-base source this entry is, when its DOI, PMID, URL or title matches one. */
  sourceId?: string;
}

/** A "References" heading and the list under it. */
export interface ReferenceList extends Span {
  heading: Span;
  entries: ReferenceEntry[];
  /** The last item's marker with its number replaced by `{n}`: "1. " → "{n}. ", "- [3] " → "- [{n}] ". */
  markerTemplate: string;
}

/** A citation's key resolved (or not) to an entry. */
export interface CitationUse {
  citation: Citation;
  key: CitedKey;
  entry: ReferenceEntry | undefined;
}

export interface CitationModel {
  /** Every citation, in document order. */
  readonly citations: readonly Citation[];
  /** Every entry the document can cite: in-document lists, footnotes, \bibitem, bibliography files. */
  readonly entries: readonly ReferenceEntry[];
  /**
   * The entries written in the document (lists, footnotes, \bibitem): what a rule reads at each edit, not a
   * bibliography file's thousands. Numbered entries are all here.
   */
  readonly ownEntries: readonly ReferenceEntry[];
  readonly lists: readonly ReferenceList[];
  readonly bibliographies: readonly BibliographyFile[];
  /** Regions that are reference material, not running text (lists, footnote definitions, thebibliography). */
  readonly referenceRegions: readonly Span[];
  /** \nocite{*}: every bibliography entry counts as cited. */
  readonly citesAll: boolean;
  resolve(namespace: Namespace, key: string): ReferenceEntry | undefined;
  /** Every use of an entry, in document order. */
  usesOf(entry: ReferenceEntry): CitationUse[];
  /** Whether the document cites the entry (`usesOf(entry).length > 0`, without listing the uses). */
  isCited(entry: ReferenceEntry): boolean;
  /** The citation key under `offset` (the narrowest span containing it). */
  useAt(offset: number): CitationUse | undefined;
  /** The in-document entry under `offset`. */
  entryAt(offset: number): ReferenceEntry | undefined;
  /**
   * Citations that belong to the text in [start, end): those inside it, parenthetical ones right after
   * it (only blanks between: "approved in 2017.<sup>1</sup>"), narrative ones right before it.
   */
  citationsFor(start: number, end: number): Citation[];
  inReferenceRegion(offset: number): boolean;
}
