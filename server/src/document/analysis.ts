import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeIndex } from '../kb/index';
import { lowerBound } from '../util/sorted';
import type { TermMatch } from '../terms/matcher';
import { MarkdownChunks } from '../text/markdown';
import { extractProse } from '../text/extract';
import { languageOf, type ProseDocument } from '../text/prose';
import type { Sentence } from '../text/sentences';
import type { TokenRange } from '../text/tokens';
import { BlockAnalyzer, SentenceCheckMemo, type AnalyzedBlocks, type BlockResult } from './blocks';
import { type BibliographyAccess, BibliographyReader } from './citations/bibliography';
import { buildCitationModel } from './citations/model';
import { sourceMatcher } from './citations/sources';
import type { CitationModel, FileSystem } from './citations/types';
import type { Finding } from './findings';

/** Everything the features share about one version of a document, computed once. */
export interface DocumentAnalysis {
  readonly uri: string;
  /** The document object analyzed, the same across its versions: what is kept per document goes with it. */
  readonly owner: object;
  readonly version: number;
  readonly text: string;
  readonly prose: ProseDocument;
  /**
   * The blocks before an edit keep the sentence (and mention) objects of the document's last version: what is kept by
   * such an object may depend only on what comes before it and on its own table or list (see forEachSentence).
   */
  readonly sentences: readonly Sentence[];
  /** Per prose block: its memoized result (the same object while the block is unchanged). */
  readonly blocks: AnalyzedBlocks['blocks'];
  /** Every knowledge-base term in the prose, in document order. */
  readonly mentions: readonly TermMatch[];
  /** Mentions that start inside [start, end). */
  mentionsIn(start: number, end: number): TermMatch[];
  /**
   * The mentions `select` accepts, in document order. `select` must depend only on the mention's text,
   * alias and entity (not its offsets) and on the knowledge base, and `key` must name it: its choices are
   * kept per block, so after an edit only the changed blocks' mentions are looked at.
   */
  selectMentions(key: string, select: (mention: TermMatch) => boolean): TermMatch[];
  /**
   * `selectMentions` for sentences, with what `pick` found in each: it sees a sentence (offsets not
   * meaningful) and the mentions in it, and returns undefined for a sentence it does not pick.
   */
  selectSentences<T>(
    key: string,
    pick: (sentence: Sentence, mentions: readonly TermMatch[]) => T | undefined,
  ): { sentence: Sentence; picked: T }[];
  /**
   * What `find` finds in each block's prose (offsets relative to the block), in document order, each with its
   * block's start. `find` must depend only on the prose it is given and `key` must name it: what it finds is kept per
   * block, so after an edit only the changed blocks are read. Nothing it finds crosses a block's edge.
   */
  findInBlocks<T>(key: string, find: (prose: string) => readonly T[]): { blockStart: number; found: T }[];
  mentionAt(offset: number): TermMatch | undefined;
  /** The sentence containing `offset`. */
  sentenceAt(offset: number): Sentence | undefined;
  /** The sentence's tokens, read once with its block's: every consumer of the sentence's words reads these. */
  tokensOf(sentence: Sentence): TokenRange;
  /** Citations, reference lists and bibliography files (computed on first use). */
  readonly citations: CitationModel;
}

export function analyze(
  document: TextDocument,
  index: KnowledgeIndex,
  bibliographies: BibliographyReader = new BibliographyReader(undefined),
  blocks: BlockAnalyzer = new BlockAnalyzer(index),
  markdown?: MarkdownChunks,
): DocumentAnalysis {
  const text = document.getText();
  const prose = extractProse(text, languageOf(document.languageId, document.uri), markdown, document);
  const { sentences, mentions, blocks: analyzedBlocks } = blocks.analyze(prose, document);
  let citations: CitationModel | undefined;
  return {
    uri: document.uri,
    owner: document,
    version: document.version,
    text,
    prose,
    sentences,
    blocks: analyzedBlocks,
    mentions,
    mentionsIn: (start, end) => sliceByStart(mentions, start, end),
    selectMentions: (key, select) => {
      const selected: TermMatch[] = [];
      selectPerBlock(
        analyzedBlocks,
        'firstMention',
        `mentions\0${key}`,
        (result, i) => (select(result.mentions[i]!) ? true : undefined),
        (result) => result.mentions.length,
        (index) => selected.push(mentions[index]!),
      );
      return selected;
    },
    selectSentences: <T>(key: string, pick: (sentence: Sentence, mentions: readonly TermMatch[]) => T | undefined) => {
      const selected: { sentence: Sentence; picked: T }[] = [];
      selectPerBlock(
        analyzedBlocks,
        'firstSentence',
        `sentences\0${key}`,
        (result, i) => {
          const sentence = result.sentences[i]!;
          // A binary search, not a filter: a long block has thousands of sentences and mentions.
          return pick(sentence, sliceByStart(result.mentions, sentence.start, sentence.end));
        },
        (result) => result.sentences.length,
        (index, picked) => selected.push({ sentence: sentences[index]!, picked: picked as T }),
      );
      return selected;
    },
    findInBlocks: <T>(key: string, find: (prose: string) => readonly T[]) => {
      const all: { blockStart: number; found: T }[] = [];
      analyzedBlocks.forEach((block, b) => {
        const { result } = block;
        let found = result.found?.get(key) as readonly T[] | undefined;
        if (!found) {
          found = find(result.prose);
          if (block.keep) (result.found ??= new Map()).set(key, found);
        }
        const blockStart = prose.blocks[b]!.start;
        for (const item of found) all.push({ blockStart, found: item });
      });
      return all;
    },
    mentionAt: (offset) => {
      const at = lowerBound(mentions, offset + 1) - 1;
      const match = mentions[at];
      return match && match.start <= offset && offset <= match.end ? match : undefined;
    },
    sentenceAt: (offset) => {
      const sentence = sentences[lowerBound(sentences, offset + 1) - 1];
      return sentence && offset <= sentence.end ? sentence : undefined;
    },
    tokensOf: (sentence) => {
      const { result } = analyzedBlocks[sentence.blockIndex]!;
      const offset = prose.blocks[sentence.blockIndex]!.start;
      return {
        text: result.prose,
        tokens: result.tokens,
        offset,
        from: sentence.start - offset,
        to: sentence.end - offset,
      };
    },
    get citations() {
      return (citations ??= buildCitationModel(prose, document.uri, sourceMatcher(index), bibliographies));
    },
  };
}

/**
 * The indexes (in the document's sentences or mentions) of the items a selection picks, with what it picked, to
 * `emit` in document order: chosen once per block result and kept on it.
 */
function selectPerBlock(
  blocks: AnalyzedBlocks['blocks'],
  first: 'firstSentence' | 'firstMention',
  key: string,
  pick: (result: BlockResult, i: number) => unknown,
  count: (result: BlockResult) => number,
  emit: (index: number, picked: unknown) => void,
): void {
  for (const block of blocks) {
    const { result } = block;
    let chosen = result.selections?.get(key);
    if (!chosen) {
      chosen = [];
      for (let i = 0; i < count(result); i++) {
        const picked = pick(result, i);
        if (picked !== undefined) chosen.push({ at: i, picked });
      }
      // Kept without the spare room `push` left (17 slots for one pick), for every block and selection.
      if (block.keep) (result.selections ??= new Map()).set(key, (chosen = chosen.slice()));
    }
    for (const { at, picked } of chosen) emit(block[first] + at, picked);
  }
}

function sliceByStart<T extends { start: number }>(items: readonly T[], start: number, end: number): T[] {
  return items.slice(lowerBound(items, start), lowerBound(items, end));
}

/**
 * Caches one analysis per document object and version; below it, per-block and per-sentence results
 * keyed by text survive versions, so an edit re-analyzes only the paragraphs it changed.
 *
 * `oneShot` (the CLI): each document is checked once, so nothing is kept for its next version: the memos
 * hold slices of the document instead of copies and `release` drops them, and no findings are kept for
 * code actions.
 */
export class AnalysisCache {
  private cache = new WeakMap<TextDocument, { analysis: DocumentAnalysis; files: number }>();
  /** Bumped when files the analyses read (bibliographies) change. */
  private files = 0;
  private blocks: BlockAnalyzer;
  private markdown: MarkdownChunks;
  /** Bibliography files, parsed once per change of the file. */
  private readonly bibliographies: BibliographyReader;
  /** Rules' per-sentence findings (RuleContext.forEachSentence). */
  sentenceChecks: SentenceCheckMemo;
  /** Per analysis (document version): the findings behind its diagnostics, for code actions. */
  readonly findings = new WeakMap<DocumentAnalysis, Map<string, Finding[]>>();
  constructor(
    private readonly index: KnowledgeIndex,
    fileSystem?: FileSystem,
    access?: BibliographyAccess,
    readonly oneShot = false,
  ) {
    this.blocks = new BlockAnalyzer(index, !oneShot);
    this.markdown = new MarkdownChunks(!oneShot);
    this.sentenceChecks = new SentenceCheckMemo(!oneShot);
    this.bibliographies = new BibliographyReader(fileSystem, access);
  }

  get(document: TextDocument): DocumentAnalysis {
    const cached = this.cache.get(document);
    if (cached && cached.analysis.version === document.version && cached.files === this.files) return cached.analysis;
    const analysis = analyze(document, this.index, this.bibliographies, this.blocks, this.markdown);
    this.cache.set(document, { analysis, files: this.files });
    return analysis;
  }

  /** One-shot: the document is done; its analysis and memos go (bibliographies stay, for the next document). */
  release(): void {
    if (!this.oneShot) return;
    this.cache = new WeakMap();
    this.blocks = new BlockAnalyzer(this.index, false);
    this.markdown = new MarkdownChunks(false);
    this.sentenceChecks = new SentenceCheckMemo(false);
  }

  /** Files beside the documents (bibliographies) changed: every document's next analysis reads them again. */
  filesChanged(): void {
    this.files++;
    this.sentenceChecks.forgetVersions();
  }
}
