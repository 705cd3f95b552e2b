import { maskedOf, type ProseDocument } from '../../text/prose';
import { BibliographyReader, type EntriesByKey, frontMatterBibliographies, type Loaded } from './bibliography';
import { findBibitems, findFootnoteDefinitions, findReferenceLists } from './lists';
import { scanInline, scanLatex } from './scan';
import type { SourceMatcher } from './sources';
import { lowerBound, pushAll } from '../../util/sorted';
import { onlyBlanks, spanAt } from './spans';
import type { Citation, CitationModel, CitationUse, Namespace, ReferenceEntry, ReferenceList, Span } from './types';

/**
 * Builds a document's citation model: one scan for reference lists and footnote definitions, one for
 * citations, then the declared bibliography files through `bibliographies`.
 */
export function buildCitationModel(
  prose: ProseDocument,
  uri: string,
  matcher: SourceMatcher,
  bibliographies: BibliographyReader = new BibliographyReader(undefined),
): CitationModel {
  let lists: ReferenceList[] = [];
  let citations: Citation[];
  const entries: ReferenceEntry[] = [];
  let regions: Span[];
  let declared: { path: string; start: number; end: number }[];
  let citesAll = false;

  if (prose.language === 'latex') {
    const bibitems = findBibitems(prose.source);
    pushAll(entries, bibitems.entries);
    regions = bibitems.regions;
    const scan = scanLatex(prose, regions);
    citations = scan.citations;
    declared = scan.bibliographies;
    citesAll = scan.citesAll;
  } else {
    lists = findReferenceLists(prose);
    const footnotes = prose.language === 'markdown' ? findFootnoteDefinitions(prose.source) : [];
    for (const list of lists) pushAll(entries, list.entries);
    pushAll(entries, footnotes);
    regions = mergeSpans([...lists, ...footnotes]);
    const scan = scanInline(prose, regions);
    const frontMatter = frontMatterBibliographies(prose.frontMatter);
    declared = frontMatter.paths;
    // Bare @key is a citation only where the document uses Pandoc citations at all.
    const pandoc =
      declared.length > 0 || frontMatter.inlineReferences || scan.citations.some((c) => c.style === 'pandoc');
    citations = withoutYears(pandoc ? mergeByStart(scan.citations, scan.bareKeys) : scan.citations, entries);
  }

  for (const entry of entries) {
    const id = matcher.match(entry);
    if (id) entry.sourceId = id;
  }
  // Bibliography files' entries come matched (once per parse of the file), and looked up by key once per load.
  const loaded = bibliographies.load(declared, uri, matcher);
  loaded.byKey ??= entriesByKey(loaded.entries);
  return createModel(prose, citations, entries, loaded, lists, regions, citesAll);
}

/**
 * "[2017]" is a year, unless the numbered list has an entry 2017: a number of four or more digits is a
 * citation only when the list reaches it (lists of over 999 entries exist; years in brackets are commoner).
 */
function withoutYears(citations: Citation[], entries: readonly ReferenceEntry[]): Citation[] {
  // Most documents cite no number of four digits: nothing to filter.
  if (!citations.some((c) => c.namespace === 'number' && c.keys.some((k) => k.key.length > 3))) return citations;
  const numbered = new Set(entries.filter((e) => e.namespace === 'number' && e.key.length > 3).map((e) => e.key));
  return citations.filter(
    (c) => c.namespace !== 'number' || c.keys.every((k) => k.key.length <= 3 || numbered.has(k.key)),
  );
}

/** By namespace, then key, the first entry of each: no key string is built per citation looked up. */
function entriesByKey(entries: readonly ReferenceEntry[]): EntriesByKey {
  const byKey: EntriesByKey = new Map();
  for (const entry of entries) {
    let inNamespace = byKey.get(entry.namespace);
    if (!inNamespace) byKey.set(entry.namespace, (inNamespace = new Map()));
    if (!inNamespace.has(entry.key)) inNamespace.set(entry.key, entry);
  }
  return byKey;
}

/** `local`: the document's own entries, which come before the bibliography files' (`loaded`). */
function createModel(
  prose: ProseDocument,
  citations: Citation[],
  local: ReferenceEntry[],
  loaded: Loaded,
  lists: ReferenceList[],
  referenceRegions: Span[],
  citesAll: boolean,
): CitationModel {
  // The masked copy is read from the prose when needed, through a binding that is assigned: optimized code that
  // inlines citationsFor embeds what a binding bound once holds, and with published fixes' edits that kept a large
  // document's masked copy (30 MB) alive after it was let go of (AnalysisCache.settle).
  let document = prose;
  document = prose;
  // The document's entries are indexed at each edit; a bibliography file's thousands only once per load.
  const byKey = entriesByKey(local);
  const fromFiles = loaded.byKey ?? entriesByKey(loaded.entries);
  const resolve = (namespace: Namespace, key: string) =>
    byKey.get(namespace)?.get(key) ?? fromFiles.get(namespace)?.get(key);
  const entries = loaded.entries.length ? local.concat(loaded.entries) : local;
  const bibliographies = loaded.files;
  // Every use of every entry, made when first asked for: most versions of a document being edited ask only whether
  // an entry is cited, and the uses were an object per cited key, made again at each edit.
  let uses: Map<ReferenceEntry, CitationUse[]> | undefined;
  const usesOf = (entry: ReferenceEntry) => {
    if (!uses) {
      uses = new Map();
      for (const citation of citations) {
        for (const key of citation.keys) {
          const cited = resolve(citation.namespace, key.key);
          if (!cited) continue;
          const use = { citation, key, entry: cited };
          const list = uses.get(cited);
          if (list) list.push(use);
          else uses.set(cited, [use]);
        }
      }
    }
    return uses.get(entry) ?? [];
  };
  let cited: Set<ReferenceEntry> | undefined;
  const isCited = (entry: ReferenceEntry) => {
    if (uses) return uses.has(entry);
    if (!cited) {
      cited = new Set();
      for (const citation of citations)
        for (const key of citation.keys) {
          const found = resolve(citation.namespace, key.key);
          if (found) cited.add(found);
        }
    }
    return cited.has(entry);
  };
  const inText = local.slice().sort((a, b) => a.start - b.start);

  return {
    citations,
    entries,
    ownEntries: local,
    lists,
    bibliographies,
    referenceRegions,
    citesAll,
    resolve,
    usesOf,
    isCited,
    useAt: (offset) => {
      const citation = citations[lowerBound(citations, offset + 1) - 1];
      if (!citation || offset < citation.start || offset > citation.end) return undefined;
      const inside = citation.keys.filter((k) => k.start <= offset && offset <= k.end);
      const key = inside.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? citation.keys[0]!;
      return { citation, key, entry: resolve(citation.namespace, key.key) };
    },
    entryAt: (offset) => {
      const entry = inText[lowerBound(inText, offset + 1) - 1];
      return entry && entry.start <= offset && offset <= entry.end ? entry : undefined;
    },
    citationsFor: (start, end) => {
      const found: Citation[] = [];
      // Narrative citations just before the text ("\citet{june} showed …").
      let before = lowerBound(citations, start) - 1;
      let edge = start;
      const leading: Citation[] = [];
      while (
        before >= 0 &&
        citations[before]!.narrative &&
        citations[before]!.end <= edge &&
        onlyBlanks(maskedOf(document), citations[before]!.end, edge)
      ) {
        leading.unshift(citations[before]!);
        edge = citations[before]!.start;
        before--;
      }
      pushAll(found, leading);
      let i = lowerBound(citations, start);
      for (; i < citations.length && citations[i]!.start < end; i++) found.push(citations[i]!);
      // Parenthetical citations right after it ("… in 2017.[1][2]").
      let cursor = end;
      for (; i < citations.length; i++) {
        const next = citations[i]!;
        if (next.narrative || !onlyBlanks(maskedOf(document), cursor, next.start)) break;
        found.push(next);
        cursor = next.end;
      }
      return found;
    },
    inReferenceRegion: (offset) => !!spanAt(referenceRegions, offset),
  };
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

function mergeByStart(a: Citation[], b: Citation[]): Citation[] {
  return [...a, ...b].sort((x, y) => x.start - y.start);
}
