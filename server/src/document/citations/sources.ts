import type { KnowledgeIndex } from '../../kb/index';
import type { Source } from '../../kb/types';
import { normalizeDoi, normalizeTitle, normalizeUrl } from './identifiers';
import type { ReferenceEntry } from './types';

// Titles shorter than this ("FDA label") are too generic to identify a source by containment.
const MIN_TITLE = 24;

/**
 * Finds the knowledge-base source a reference entry is, by DOI, PMID, URL, then title. Built once per index, at the
 * first entry to match: a document without reference entries never needs it.
 */
export class SourceMatcher {
  private readonly byDoi = new Map<string, string>();
  private readonly byPmid = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();
  private readonly titles: { title: string; id: string }[] = [];
  private sources: Iterable<Source> | undefined;

  constructor(sources: Iterable<Source>) {
    this.sources = sources;
  }

  private build(sources: Iterable<Source>): void {
    for (const source of sources) {
      const text = `${source.url ?? ''} ${source.citation ?? ''}`;
      for (const m of text.matchAll(/https?:\/\/\S+/g))
        this.byUrl.set(normalizeUrl(m[0].replace(/[.,;)]+$/, '')), source.id);
      const doi = /\b10\.\d{4,9}\/[^\s"<>]+/.exec(text)?.[0];
      if (doi) this.byDoi.set(normalizeDoi(doi.replace(/[.,;)]+$/, '')), source.id);
      const pmid = /\bPMID:?\s*(\d+)/i.exec(text)?.[1];
      if (pmid) this.byPmid.set(pmid, source.id);
      const title = normalizeTitle(source.title);
      if (title.length >= MIN_TITLE) this.titles.push({ title, id: source.id });
    }
    // Longest titles first, so a specific title wins over one it contains.
    this.titles.sort((a, b) => b.title.length - a.title.length);
  }

  match(entry: Pick<ReferenceEntry, 'doi' | 'pmid' | 'urls' | 'title' | 'text'>): string | undefined {
    if (this.sources) {
      this.build(this.sources);
      this.sources = undefined;
    }
    if (entry.doi) {
      const id = this.byDoi.get(normalizeDoi(entry.doi));
      if (id) return id;
    }
    if (entry.pmid) {
      const id = this.byPmid.get(entry.pmid);
      if (id) return id;
    }
    for (const url of entry.urls) {
      const id = this.byUrl.get(normalizeUrl(url));
      if (id) return id;
    }
    const text = normalizeTitle(entry.title ?? entry.text);
    return this.titles.find((t) => text.includes(t.title))?.id;
  }
}

const matchers = new WeakMap<KnowledgeIndex, SourceMatcher>();

export function sourceMatcher(index: KnowledgeIndex): SourceMatcher {
  let matcher = matchers.get(index);
  if (!matcher) matchers.set(index, (matcher = new SourceMatcher(index.kb.sources.values())));
  return matcher;
}
