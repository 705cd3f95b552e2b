import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { KnowledgeIndex } from '../kb/index';
import { lowerBound } from '../util/sorted';
import type { TermMatch } from '../terms/matcher';
import { MarkdownChunks, letGoOfMasked } from '../text/markdown';
import { extractProse } from '../text/extract';
import { languageOf, type ProseDocument } from '../text/prose';
import type { Sentence } from '../text/sentences';
import { type TokenRange, type Tokens, tokenize } from '../text/tokens';
import {
  BlockAnalyzer,
  NOTHING_KEPT,
  SentenceCheckMemo,
  type AnalyzedBlocks,
  type BlockResult,
  keepIn,
  keptIn,
  slotOf,
} from './blocks';
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
  selectMentions(key: string, select: (mention: TermMatch) => boolean): readonly TermMatch[];
  /**
   * `selectMentions` with what `pick` found at each mention: it sees the mention with offsets relative to its block
   * and the block's source text, and returns undefined for a mention it does not pick.
   */
  pickMentions<T>(
    key: string,
    pick: (mention: TermMatch, blockSource: string) => T | undefined,
  ): readonly { mention: TermMatch; picked: T }[];
  /**
   * `selectMentions` for sentences, with what `pick` found in each: it sees a sentence (offsets not
   * meaningful) and the mentions in it, and returns undefined for a sentence it does not pick.
   */
  selectSentences<T>(
    key: string,
    pick: (sentence: Sentence, mentions: readonly TermMatch[]) => T | undefined,
  ): readonly { sentence: Sentence; picked: T }[];
  /**
   * What `find` finds in each block's prose (offsets relative to the block), in document order, each with its
   * block's start. `find` must depend only on the prose it is given and `key` must name it: what it finds is kept per
   * block, so after an edit only the changed blocks are read. Nothing it finds crosses a block's edge.
   */
  findInBlocks<T>(key: string, find: (prose: string) => readonly T[]): { blockStart: number; found: T }[];
  /**
   * Whether `test` holds of the sentence: of its text, or of its span [start, end) in its block's prose. `test` must
   * depend only on what it is given and `key` must name it. Kept per block of an open document, so a sentence's
   * context worked out again after an edit (every sentence past it, at every keystroke) does not read it again.
   */
  sentenceCue(key: string, sentence: Sentence, test: SentenceCueTest): boolean;
  mentionAt(offset: number): TermMatch | undefined;
  /** The sentence containing `offset`. */
  sentenceAt(offset: number): Sentence | undefined;
  /** The sentence's tokens, read once with its block's: every consumer of the sentence's words reads these. */
  tokensOf(sentence: Sentence): TokenRange;
  /** Citations, reference lists and bibliography files (computed on first use). */
  readonly citations: CitationModel;
  /**
   * Lets go of what is built again when next asked for: the citation model, this version's selections (the picks stay
   * on the blocks), the blocks' tokens and a Markdown document's masked copy. For a large document once its
   * diagnostics are out (AnalysisCache.settle).
   */
  letGoOfRebuildable(): void;
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
  const analyzed = blocks.analyze(prose, document);
  const { sentences, mentions, blocks: analyzedBlocks } = analyzed;
  let citations: CitationModel | undefined;
  // The tokens of blocks that do not keep theirs (a large document's), for the few blocks read last: checks read a
  // block's sentences in order, and a sentence's the one before it.
  const recent = new Map<BlockResult, Tokens>();
  const recentTokens = (result: BlockResult): Tokens => {
    let tokens = recent.get(result);
    if (tokens) return tokens;
    tokens = tokenize(result.prose);
    if (recent.size >= RECENT_TOKENS) recent.delete(recent.keys().next().value!);
    recent.set(result, tokens);
    return tokens;
  };
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
    selectMentions: (key, select) =>
      selectPerBlock(
        document,
        analyzed,
        'firstMention',
        `mentions\0${key}`,
        (result, i) => (select(result.mentions[i]!) ? true : undefined),
        (result) => result.mentions.length,
        (index) => mentions[index]!,
      ),
    pickMentions: <T>(key: string, pick: (mention: TermMatch, blockSource: string) => T | undefined) =>
      selectPerBlock(
        document,
        analyzed,
        'firstMention',
        `picked mentions\0${key}`,
        (result, i) => {
          const m = result.mentions[i]!;
          const at = result.at;
          const relative = { start: m.start - at, end: m.end - at, entity: m.entity, alias: m.alias, text: m.text };
          return pick(relative, result.source);
        },
        (result) => result.mentions.length,
        (index, picked) => ({ mention: mentions[index]!, picked: picked as T }),
      ),
    selectSentences: <T>(key: string, pick: (sentence: Sentence, mentions: readonly TermMatch[]) => T | undefined) =>
      selectPerBlock(
        document,
        analyzed,
        'firstSentence',
        `sentences\0${key}`,
        (result, i) => {
          const sentence = result.sentences[i]!;
          // The sentence and its mentions as the block has them (where it was placed last).
          // A binary search, not a filter: a long block has thousands of sentences and mentions.
          return pick(sentence, sliceByStart(result.mentions, sentence.start, sentence.end));
        },
        (result) => result.sentences.length,
        (index, picked) => ({ sentence: sentences[index]!, picked: picked as T }),
      ),
    findInBlocks: <T>(key: string, find: (prose: string) => readonly T[]) => {
      const all: { blockStart: number; found: T }[] = [];
      const slot = slotOf('found', key);
      analyzedBlocks.forEach((block, b) => {
        const { result } = block;
        let found = keptIn<readonly T[]>(result, slot);
        if (!found) {
          found = find(result.prose);
          if (block.keep) keepIn(result, slot, found.length ? found : NOTHING_KEPT);
        }
        const blockStart = prose.blocks[b]!.start;
        for (const item of found) all.push({ blockStart, found: item });
      });
      return all;
    },
    sentenceCue: (key, sentence, test) => {
      const block = analyzedBlocks[sentence.blockIndex];
      if (!block) return test(sentence.text, sentence.text, 0, sentence.text.length);
      const { result } = block;
      const n = result.sentences.length;
      // A one-shot check reads each sentence once: nothing kept. Only the document's own sentence objects are looked up
      // (a part of one, a fragment of a bullet, is tested as it is).
      let k = 0;
      if (block.keep && n <= CUE_SENTENCES) while (k < n && sentences[block.firstSentence + k] !== sentence) k++;
      if (!block.keep || n > CUE_SENTENCES || k === n) {
        const at = prose.blocks[sentence.blockIndex]!.start;
        return test(sentence.text, result.prose, sentence.start - at, sentence.end - at);
      }
      // One number per block and key: bit k says the cue of its sentence k is known, bit CUE_SENTENCES + k what it is.
      let slot = cueSlots.get(key);
      if (slot === undefined) cueSlots.set(key, (slot = slotOf('cue', key)));
      const bits = keptIn<number>(result, slot) ?? 0;
      if (bits & (1 << k)) return (bits & (1 << (CUE_SENTENCES + k))) !== 0;
      const own = result.sentences[k]!;
      const cue = test(own.text, result.prose, own.start - result.at, own.end - result.at);
      keepIn(result, slot, bits | (1 << k) | (cue ? 1 << (CUE_SENTENCES + k) : 0));
      return cue;
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
        tokens: result.tokens ?? recentTokens(result),
        offset,
        from: sentence.start - offset,
        to: sentence.end - offset,
      };
    },
    get citations() {
      return (citations ??= buildCitationModel(prose, document.uri, sourceMatcher(index), bibliographies));
    },
    letGoOfRebuildable: () => {
      citations = undefined;
      // Blocks made while the document was small keep their tokens: an edit reads the changed blocks' only.
      for (const { result } of analyzedBlocks) result.tokens = undefined;
      recent.clear();
      letGoOfMasked(prose);
      const selections = selectionsByOwner.get(document);
      if (selections?.blocks === analyzedBlocks) selections.byKey.clear();
    },
  };
}

/**
 * The items a selection picks, with what it picked, in document order: chosen once per block result and kept on it.
 * An open document's selection starts from its last version's for the leading blocks the two share (the same
 * sentence and mention objects), so an edit looks only at the blocks from the first changed one on.
 */
function selectPerBlock<T>(
  owner: object,
  analyzed: AnalyzedBlocks,
  first: 'firstSentence' | 'firstMention',
  key: string,
  pick: (result: BlockResult, i: number) => unknown,
  count: (result: BlockResult) => number,
  item: (index: number, picked: unknown) => T,
): readonly T[] {
  const { blocks } = analyzed;
  const versions = analyzed.versions && selectionsOf(owner, analyzed);
  const known = versions?.byKey.get(key);
  if (known) return known.selected as T[];
  const last = versions?.last?.byKey.get(key);
  const from = last ? analyzed.versions!.unchanged : 0;
  const selected: T[] = from > 0 ? (last!.selected.slice(0, last!.ends[from - 1]) as T[]) : [];
  const ends: number[] = from > 0 ? last!.ends.slice(0, from) : [];
  const slot = slotOf('selection', key);
  for (let b = from; b < blocks.length; b++) {
    const block = blocks[b]!;
    const { result } = block;
    let chosen = keptIn<readonly unknown[]>(result, slot);
    if (!chosen) {
      const found: unknown[] = [];
      for (let i = 0; i < count(result); i++) {
        const picked = pick(result, i);
        if (picked !== undefined) found.push(i, picked);
      }
      // Kept without the spare room `push` left (17 slots for one pick), for every block and selection.
      chosen = found.length ? found.slice() : NOTHING_KEPT;
      if (block.keep) keepIn(result, slot, chosen);
    }
    for (let i = 0; i < chosen.length; i += 2) selected.push(item(block[first] + (chosen[i] as number), chosen[i + 1]));
    ends.push(selected.length);
  }
  versions?.byKey.set(key, { selected, ends });
  // Read once per version: the last version's items past an edit (its mentions and sentences there) can go now.
  versions?.last?.byKey.delete(key);
  return selected;
}

/** Per key, a version's selection and how many items its blocks up to each one hold; with the last version's. */
interface Selections {
  blocks: AnalyzedBlocks['blocks'];
  byKey: Map<string, { selected: readonly unknown[]; ends: number[] }>;
  last: Selections | undefined;
}

/** Per document object: the selections of its version being checked (a closed document's go with it). */
const selectionsByOwner = new WeakMap<object, Selections>();

function selectionsOf(owner: object, analyzed: AnalyzedBlocks): Selections {
  let current = selectionsByOwner.get(owner);
  if (current?.blocks === analyzed.blocks) return current;
  // Only the version just before is read: older ones go.
  const last = current?.blocks === analyzed.versions?.lastBlocks ? current : undefined;
  if (last) last.last = undefined;
  current = { blocks: analyzed.blocks, byKey: new Map(), last };
  selectionsByOwner.set(owner, current);
  return current;
}

function sliceByStart<T extends { start: number }>(items: readonly T[], start: number, end: number): T[] {
  return items.slice(lowerBound(items, start), lowerBound(items, end));
}

/** A sentence cue's test: of the sentence's text, or of its span [start, end) in its block's prose (`blockProse`). */
export type SentenceCueTest = (text: string, blockProse: string, start: number, end: number) => boolean;

// The slot of each sentence cue's key (slotOf), without joining a string per sentence.
const cueSlots = new Map<string, number>();
/** Blocks of up to this many sentences keep their sentences' cues (two bits each in one small integer). */
const CUE_SENTENCES = 15;

/** How many blocks' tokens `tokensOf` keeps when blocks do not keep theirs. */
const RECENT_TOKENS = 4;

/** Characters of an open document above which the server keeps less of it between checks (see settle). */
export const LARGE_DOCUMENT_CHARS = 4_000_000;

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
  /**
   * Per kept finding: the diagnostics published for it without fix edits (one map with fix titles, one without),
   * reused while their position is the same (computeDiagnostics).
   */
  private readonly built = [
    new WeakMap<Finding, Diagnostic | Diagnostic[]>(),
    new WeakMap<Finding, Diagnostic | Diagnostic[]>(),
  ];
  diagnosticsBuilt(withFixTitles: boolean): WeakMap<Finding, Diagnostic | Diagnostic[]> {
    return this.built[withFixTitles ? 1 : 0]!;
  }
  /** Per analysis (document version): the findings behind its diagnostics, for code actions. */
  readonly findings = new WeakMap<DocumentAnalysis, Map<string, Finding[]>>();
  constructor(
    private readonly index: KnowledgeIndex,
    fileSystem?: FileSystem,
    access?: BibliographyAccess,
    readonly oneShot = false,
    private readonly largeDocumentChars = LARGE_DOCUMENT_CHARS,
  ) {
    this.blocks = new BlockAnalyzer(index, !oneShot, oneShot ? undefined : largeDocumentChars);
    this.markdown = new MarkdownChunks(!oneShot);
    this.sentenceChecks = new SentenceCheckMemo(!oneShot);
    this.bibliographies = new BibliographyReader(fileSystem, access);
  }

  get(document: TextDocument): DocumentAnalysis {
    const current = this.current(document);
    if (current) return current;
    // The last version's masked copy and citation model can go while this one is analyzed.
    this.cache.delete(document);
    const analysis = analyze(document, this.index, this.bibliographies, this.blocks, this.markdown);
    this.cache.set(document, { analysis, files: this.files });
    return analysis;
  }

  private current(document: TextDocument): DocumentAnalysis | undefined {
    const cached = this.cache.get(document);
    return cached && cached.analysis.version === document.version && cached.files === this.files
      ? cached.analysis
      : undefined;
  }

  /**
   * An open document's check is done: a large one keeps only what its next version reuses and what requests read
   * most (the citation model, 42 MB of a 15 MB claim-dense document, is built again in 1.7 s by the first request that
   * reads it; selections from the picks its blocks keep).
   */
  settle(document: TextDocument): void {
    if (!this.oneShot && document.getText().length > this.largeDocumentChars)
      this.current(document)?.letGoOfRebuildable();
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
