import type { KnowledgeIndex } from '../kb/index';
import type { TermMatch } from '../terms/matcher';
import { MAYBE_BREAK } from '../text/markdown';
import { type BlockKind, maskedOf, type ProseChunk, type ProseDocument } from '../text/prose';
import { lowerBound, pushAll } from '../util/sorted';
import { splitBlock, type Sentence } from '../text/sentences';
import { type Tokens, tokenize } from '../text/tokens';
import { TextMemo, detach } from '../util/memo';
import { type Finding, fixesOfFinding } from './findings';

/**
 * Sentences and term mentions of one block. The same object serves every version in which the block's prose and
 * source are unchanged, so rules' results can hang on it (`findings`) and be replayed without looking anything up by
 * text.
 */
export interface BlockResult {
  /** The block's prose (masked text), as its tokens and mentions read it. */
  readonly prose: string;
  /**
   * The block's tokens (text/tokens.ts): the one tokenisation its term matching and sentence checks share. Not kept
   * for a large document (their buffers, 12 MB of a 15 MB document, are outside V8's heap, and malloc keeps what they
   * took once freed): made again from `prose` when read (tokensOf).
   */
  tokens: Tokens | undefined;
  /**
   * The block's sentences and mentions as the document analysis has them where the block was placed last (offsets
   * from `at`, the block's start there): one set of objects, not a relative and an absolute copy (57 MB of a 15 MB
   * document's heap). Read the offsets relative to the block as `start - at`, with `at` read with them.
   */
  sentences: readonly Sentence[];
  mentions: readonly TermMatch[];
  at: number;
  /** The block's source text (the prose is the memo key): markup inside it can change what rules report. */
  readonly source: string;
  /**
   * What was worked out in the block and is kept for later versions, as pairs [slot, value, …] (see `keptIn`): per
   * rule and `dependsOn` its findings where the block was checked (KeptFindings) and what they depended on outside it (a
   * heading, an antecedent); per `selectMentions`/`selectSentences` key the index of each mention or sentence it
   * selects, each followed by what was picked there; per `findInBlocks` key what it found. One flat list: a Map per
   * block and kind cost 20 MB of a 15 MB document's heap.
   */
  kept?: unknown[];
  /** Some rule's per-sentence findings are kept. */
  checked?: true;
}

/** Per kind of what blocks keep and its key: its slot number in `BlockResult.kept`. */
const slots = new Map<string, number>();

/** The slot of what is kept under `key` (a rule's findings, a selection): one string lookup per use, not per block. */
export function slotOf(kind: 'findings' | 'context' | 'selection' | 'found' | 'cue', key: string): number {
  const name = `${kind}\0${key}`;
  let slot = slots.get(name);
  if (slot === undefined) slots.set(name, (slot = slots.size));
  return slot;
}

export function keptIn<T>(result: BlockResult, slot: number): T | undefined {
  const kept = result.kept;
  if (kept) for (let i = 0; i < kept.length; i += 2) if (kept[i] === slot) return kept[i + 1] as T;
  return undefined;
}

/** Keeps `value` in the block's `slot`; undefined lets go of what was there. */
export function keepIn(result: BlockResult, slot: number, value: unknown): void {
  const kept = (result.kept ??= []);
  for (let i = 0; i < kept.length; i += 2) {
    if (kept[i] !== slot) continue;
    if (value !== undefined) kept[i + 1] = value;
    else kept.splice(i, 2);
    return;
  }
  if (value !== undefined) kept.push(slot, value);
}

/** An empty list kept for a block: one object for all of them. */
export const NOTHING_KEPT: readonly never[] = Object.freeze([]);

export interface AnalyzedBlocks {
  sentences: Sentence[];
  mentions: TermMatch[];
  /**
   * Per block of ProseDocument.blocks: its result, the indexes of its first sentence and first mention, and
   * whether what rules find in it is kept on its result to be replayed (not when no later version or other
   * block can reuse it: a one-shot analysis of a block whose text appears once).
   */
  blocks: { result: BlockResult; firstSentence: number; firstMention: number; keep: boolean }[];
  /**
   * Kept across versions (an open document's): how many leading blocks are the last version's, with its sentence and
   * mention objects at the same indexes, and that version's `blocks`.
   */
  versions?: { unchanged: number; lastBlocks: AnalyzedBlocks['blocks'] | undefined };
}

/**
 * Sentences and mentions per block, memoized by the block's prose: after an edit only the changed
 * paragraphs are split and matched again. Terms are matched within a block, never across two.
 */
export class BlockAnalyzer {
  private readonly memo: TextMemo<BlockResult>;
  /** Markdown: the results of a chunk's blocks, by the chunk's key (same key, same text and parse). */
  private readonly byChunk = new WeakMap<object, BlockResult[]>();

  /**
   * `outlivesText` false: dropped with the one document it analyzes, so it keeps slices of it, not copies. Blocks of a
   * document longer than `tokensKeptUpTo` characters do not keep their tokens.
   */
  constructor(
    private readonly index: KnowledgeIndex,
    private readonly outlivesText = true,
    private readonly tokensKeptUpTo = Number.POSITIVE_INFINITY,
  ) {
    this.memo = new TextMemo<BlockResult>(undefined, outlivesText);
  }

  /**
   * `owner` is the document object (the same across versions): the blocks before an edit (see unchangedBlocks) keep
   * the sentence and mention objects of its last version, so an edit does not copy every sentence and mention.
   */
  analyze(prose: ProseDocument, owner?: object): AnalyzedBlocks {
    const sentences: Sentence[] = [];
    const mentions: TermMatch[] = [];
    const blocks: AnalyzedBlocks['blocks'] = [];
    this.memo.fit(prose.source.length);
    const last = owner === undefined || !prose.chunks ? undefined : this.lastVersions.get(owner);
    const reused = last ? unchangedBlocks(last.shape, prose) : 0;
    // The block results made by this call: only those keep the objects they were made with.
    const created = new Set<BlockResult>();
    const keepTokens = prose.source.length <= this.tokensKeptUpTo;
    let unchanged = 0;
    const add = (result: BlockResult, blockIndex: number) => {
      const before = blockIndex < reused ? last!.analyzed.blocks[blockIndex] : undefined;
      if (before?.result === result) {
        if (unchanged === blockIndex) unchanged++;
        blocks.push(before);
        for (let i = 0; i < result.sentences.length; i++)
          sentences.push(last!.analyzed.sentences[before.firstSentence + i]!);
        for (let i = 0; i < result.mentions.length; i++)
          mentions.push(last!.analyzed.mentions[before.firstMention + i]!);
        return;
      }
      blocks.push({ result, firstSentence: sentences.length, firstMention: mentions.length, keep: this.outlivesText });
      const at = prose.blocks[blockIndex]!.start;
      // Only a block made in this call keeps the objects it was made with: past an edit, objects are new even where
      // the block did not move (caches keyed by them read what comes before), and the last version's go with it.
      if (!created.has(result) || result.at !== at || result.sentences[0]?.blockIndex !== blockIndex)
        place(result, at, blockIndex);
      pushAll(sentences, result.sentences);
      pushAll(mentions, result.mentions);
    };
    if (!prose.chunks) {
      prose.blocks.forEach((_, blockIndex) =>
        add(this.blockResult(prose, blockIndex, created, keepTokens), blockIndex),
      );
      if (!this.outlivesText) keepRepeated(blocks);
      return { sentences, mentions, blocks };
    }
    // An unchanged chunk brings its blocks' results without slicing or hashing their text.
    let blockIndex = 0;
    for (const chunk of prose.chunks) {
      const first = blockIndex;
      while (blockIndex < prose.blocks.length && prose.blocks[blockIndex]!.start < chunk.end) blockIndex++;
      let results = this.byChunk.get(chunk.key);
      if (!results || results.length !== blockIndex - first) {
        results = [];
        for (let b = first; b < blockIndex; b++) results.push(this.blockResult(prose, b, created, keepTokens, chunk));
        this.byChunk.set(chunk.key, results);
      }
      results.forEach((result, i) => add(result, first + i));
    }
    if (owner === undefined || !this.outlivesText) return { sentences, mentions, blocks };
    const analyzed = { sentences, mentions, blocks, versions: { unchanged, lastBlocks: last?.analyzed.blocks } };
    this.lastVersions.set(owner, { shape: shapeOf(prose), analyzed });
    return analyzed;
  }

  /** Per document object, its last version's blocks; a closed document's go with it. */
  private readonly lastVersions = new WeakMap<object, { shape: Shape; analyzed: AnalyzedBlocks }>();

  /** `chunk`: the Markdown chunk holding the block, whose prose the memos keep across versions. */
  private blockResult(
    prose: ProseDocument,
    blockIndex: number,
    created: Set<BlockResult>,
    keepTokens: boolean,
    chunk?: ProseChunk,
  ): BlockResult {
    const block = prose.blocks[blockIndex]!;
    // From the chunk's own prose where it has the block, so that no check joins the document's masked copy (maskedOf).
    const key =
      chunk && block.end <= chunk.end
        ? chunk.key.masked.slice(block.start - chunk.start, block.end - chunk.start)
        : prose.masked.slice(block.start, block.end);
    const source = prose.source.slice(block.start, block.end);
    let result = this.memo.get(key);
    if (!result || result.sentences.some((s) => s.block !== block.kind)) {
      // Sentence and mention texts are slices of the key: slicing the memo's own copy, not the
      // document, keeps an old document version from staying alive through them. In a chunk, a slice of its prose,
      // which outlives the document too (a copy of every block's prose was 15 MB of a 15 MB document's heap).
      const copy = this.memo.outlivesText ? ownSlice(key, chunk, block.start) : key;
      const own: Sentence[] = [];
      splitBlock(copy, { start: 0, end: copy.length, kind: block.kind }, blockIndex, own);
      const tokens = tokenize(copy);
      result = {
        prose: copy,
        tokens: keepTokens ? tokens : undefined,
        sentences: own,
        mentions: this.index.matcher.find(copy, tokens),
        at: 0,
        source: source === key ? copy : this.memo.own(source),
      };
      place(result, block.start, blockIndex);
      created.add(result);
      this.memo.setDetached(copy, result);
    } else if (result.source !== source) {
      // Same prose, other markup: reuse the sentences and mentions, not the rules' findings.
      const { prose, tokens, sentences, mentions, at } = result;
      result = { prose, tokens, sentences, mentions, at, source: this.memo.own(source) };
      this.memo.setDetached(result.prose, result);
    }
    return result;
  }
}

/**
 * The block's sentences and mentions as new objects at `at` and `blockIndex`, without the spare room `push` leaves (17
 * items or half as many again, in 2 lists per block). Explicit literals: object spread is several times slower here,
 * and this runs per sentence and mention.
 */
function place(result: BlockResult, at: number, blockIndex: number): void {
  const by = at - result.at;
  result.sentences = result.sentences.map((s) => ({
    start: s.start + by,
    end: s.end + by,
    text: s.text,
    block: s.block,
    blockIndex,
  }));
  result.mentions = result.mentions.map((m) => ({
    start: m.start + by,
    end: m.end + by,
    entity: m.entity,
    alias: m.alias,
    text: m.text,
  }));
  result.at = at;
}

/** `key` (the prose at `start`) as a slice of its chunk's kept prose, or as a copy. */
function ownSlice(key: string, chunk: ProseChunk | undefined, start: number): string {
  const from = chunk ? start - chunk.start : -1;
  const slice = chunk?.key.masked.slice(from, from + key.length);
  return slice === key ? slice : detach(key);
}

/** One-shot: only a block whose text appears again in the document keeps what rules find in it. */
function keepRepeated(blocks: AnalyzedBlocks['blocks']): void {
  const seen = new Set<BlockResult>();
  const repeated = new Set<BlockResult>();
  for (const { result } of blocks) (seen.has(result) ? repeated : seen).add(result);
  for (const block of blocks) block.keep = repeated.has(block.result);
}

/** What the sentences [from, to) depend on outside their text, joined; empty when none depends on anything. */
function contextsOf(
  sentences: readonly Sentence[],
  from: number,
  to: number,
  contextOf: (sentence: Sentence) => string,
): string {
  const contexts: string[] = [];
  for (let i = from; i < to; i++) contexts.push(contextOf(sentences[i]!));
  return contexts.some(Boolean) ? contexts.join('\u0001') : '';
}

/**
 * A block's findings of one rule as it reported them where the block stood when checked (`at`), each with its fixes
 * worked out (no closure over that version's analysis). Kept there: a version where the block stands elsewhere (past an
 * edit, or its text repeated) reports copies moved to it and lets them go, so an edit keeps no second set (a 15 MB
 * document's findings past an edit were +50 MB during it).
 */
interface KeptFindings {
  at: number;
  findings: readonly Finding[];
}

/** A finding and, when it is reported as kept by its block (or moved from it), that kept object (see forEach). */
export type ReportKept = (finding: Finding, kept?: Finding) => void;

interface SentenceEntry {
  /** The sentence's prose when it differs from its source (markup inside the sentence). */
  masked: string | undefined;
  kind: Sentence['block'];
  dependsOn: string;
  /** What the check depended on in the sentence's paragraph (a pronoun's antecedent). */
  context: string;
  findings: Finding[];
}

/** The part of a document analysis that per-sentence rule checks need. */
export interface SentenceSource {
  readonly owner: object;
  readonly text: string;
  readonly prose: ProseDocument;
  readonly sentences: readonly Sentence[];
  readonly blocks: AnalyzedBlocks['blocks'];
}

/**
 * Per rule, the findings of each sentence a rule checked with `forEachSentence`. An unchanged block
 * replays the findings stored on its BlockResult; in a changed long block, each sentence is looked up
 * by its source text, so only the edited sentences are checked again.
 */
export class SentenceCheckMemo {
  private readonly memos = new Map<string, TextMemo<SentenceEntry>>();
  /** `outlivesText` false: dropped with the one document it serves, so it keeps slices of it, not copies. */
  constructor(private readonly outlivesText = true) {}
  /**
   * Each sentence's source and prose, sliced once per document version and shared by every rule: the
   * same string objects keep their hash, and one detached copy serves as the key in every rule's memo.
   */
  private readonly slices = new WeakMap<Sentence, { source: string; masked: string | undefined; key?: string }>();

  /**
   * Runs `check` on each sentence, or replays its earlier findings when the sentence's source, prose,
   * block kind and `dependsOn` are unchanged. A sentence whose findings reach outside it is never memoized.
   * `from` and `to` limit it to those blocks (a check done in slices); `skip` leaves blocks out (a reference list).
   * `report`'s second argument is the object a block keeps for a replayed finding, the same in every version while
   * the block's text is (see ReportKept).
   */
  forEach(
    ruleId: string,
    document: SentenceSource,
    check: (sentence: Sentence, report: (finding: Finding) => void) => void,
    dependsOn: string,
    report: ReportKept,
    from = 0,
    to = document.blocks.length,
    contextOf?: (sentence: Sentence) => string,
    skip?: (block: number) => boolean,
  ): void {
    const key = `${ruleId}\0${dependsOn}`;
    const findingsSlot = slotOf('findings', key);
    const contextSlot = slotOf('context', key);
    const { sentences, blocks } = document;
    const versions = this.outlivesText ? this.versionsOf(document) : undefined;
    const before = versions?.previous?.get(key);
    let reported = versions?.current.get(key);
    if (versions && !reported) versions.current.set(key, (reported = []));
    const moved = versions?.moved;
    // Past the edit, a block reports what it reported in the last version, moved with it: from the first moved block
    // for a check that reads nothing beyond its sentence, past the first moved heading for one that reads a context.
    const movedFrom = moved ? (contextOf ? moved.fromSection : moved.from) : Number.POSITIVE_INFINITY;
    for (let b = from; b < to; b++) {
      if (skip?.(b)) continue;
      // Before the edit, what the last version reported here: no context to work out again, nothing to look up.
      const same = versions && b < versions.unchanged ? before?.[b] : undefined;
      const blockStart = document.prose.blocks[b]!.start;
      if (same) {
        reportAt(same, blockStart, report);
        reported![b] = same;
        continue;
      }
      const { result, firstSentence, keep } = blocks[b]!;
      const reportedBefore = b >= movedFrom ? before?.[b - moved!.shift] : undefined;
      if (reportedBefore) {
        reportAt(reportedBefore, blockStart, report);
        reported![b] = reportedBefore;
        continue;
      }
      // A table cell's check may depend on its row and header, a bullet's on its lead-in, outside its block: looked
      // up by its context.
      const kind = document.prose.blocks[b]!.kind;
      const inTable = contextOf !== undefined && (kind === 'table-cell' || kind === 'list-item');
      const replay = inTable ? undefined : keptIn<KeptFindings | typeof NOTHING_KEPT>(result, findingsSlot);
      const end = firstSentence + result.sentences.length;
      // "It targets BCMA." under "## About Abecma": replayed only while what it stood for is the same.
      // A block first checked without context ("" is not stored) has one now when a heading above it places it.
      if (
        replay &&
        (!contextOf || (keptIn(result, contextSlot) ?? '') === contextsOf(sentences, firstSentence, end, contextOf))
      ) {
        const kept = replay === NOTHING_KEPT ? NONE : (replay as KeptFindings);
        reportAt(kept, blockStart, report);
        if (reported) reported[b] = kept;
        continue;
      }
      const found: Finding[] = [];
      const all: Finding[] = [];
      let memoizable = true;
      // Sentence-level memoizing costs more than checking a paragraph's few sentences again: only a long
      // block (a document without blank lines) looks its unchanged sentences up by text, for its next version.
      const bySentence = this.outlivesText && (inTable || result.sentences.length > SENTENCE_MEMO_MIN);
      for (let i = firstSentence; i < end; i++) {
        const sentence = sentences[i]!;
        const own = bySentence
          ? this.checkOrReplay(ruleId, document, sentence, check, dependsOn, contextOf?.(sentence) ?? '')
          : checkDirectly(sentence, check);
        // What is kept is what is reported, one copy: an open document's without what `finish` can work out again.
        const copies =
          keep && own.memoizable && own.findings.length
            ? own.findings.map((f) => shiftFinding(f, 0, this.outlivesText))
            : undefined;
        if (copies) for (const finding of copies) report(finding, finding);
        else for (const finding of own.findings) report(finding);
        if (!keep) continue;
        if (!own.memoizable) memoizable = false;
        else if (copies) {
          found.push(...copies);
          if (reported) all.push(...copies);
        }
      }
      // Kept per block and rule for the next version, without the spare room `push` left.
      const kept = found.length ? { at: blockStart, findings: found.slice() } : undefined;
      // A finding reaching outside its sentence may depend on what follows: such a block is checked again.
      if (reported)
        reported[b] = !memoizable
          ? undefined
          : all.length
            ? inTable
              ? { at: blockStart, findings: all }
              : kept
            : NONE;
      if (keep && memoizable && !inTable) {
        keepIn(result, findingsSlot, kept ?? NOTHING_KEPT);
        result.checked = true;
        const context = contextOf && contextsOf(sentences, firstSentence, end, contextOf);
        keepIn(result, contextSlot, context || undefined);
      }
    }
  }

  /**
   * Checks the sentences [from, to) of block `b` ahead of `forEach`, when that block is long enough to be looked up
   * sentence by sentence: a check done in slices can then yield inside one long paragraph, and `forEach` replays them.
   * False when the block is not memoized by sentence (the caller checks it whole).
   */
  checkAhead(
    ruleId: string,
    document: SentenceSource,
    check: (sentence: Sentence, report: (finding: Finding) => void) => void,
    dependsOn: string,
    b: number,
    from: number,
    to: number,
    contextOf?: (sentence: Sentence) => string,
  ): boolean {
    const { result, firstSentence } = document.blocks[b]!;
    const kind = document.prose.blocks[b]!.kind;
    if (!this.outlivesText || kind === 'table-cell' || kind === 'list-item') return false;
    if (
      result.sentences.length <= SENTENCE_MEMO_MIN ||
      keptIn(result, slotOf('findings', `${ruleId}\0${dependsOn}`)) !== undefined
    )
      return false;
    const end = Math.min(to, firstSentence + result.sentences.length);
    for (let i = Math.max(from, firstSentence); i < end; i++) {
      const sentence = document.sentences[i]!;
      this.checkOrReplay(ruleId, document, sentence, check, dependsOn, contextOf?.(sentence) ?? '');
    }
    return true;
  }

  /**
   * Per document object (a closed document's go with it): what each rule's check reported per block in its last
   * version and in the one being checked, and how many leading blocks the two share with all they may depend on (see
   * unchangedBlocks).
   */
  private versions = new WeakMap<object, DocumentVersions>();

  private versionsOf(document: SentenceSource): DocumentVersions {
    let versions = this.versions.get(document.owner);
    if (versions?.blocks === document.blocks) return versions;
    const last = versions;
    const { text, prose } = document;
    versions = {
      blocks: document.blocks,
      outline: {
        length: text.length,
        prose: { chunks: prose.chunks, blocks: prose.blocks, frontMatter: prose.frontMatter },
      },
      shape: shapeOf(document.prose),
      unchanged: last ? unchangedBlocks(last.shape, document.prose) : 0,
      moved: last && movedBlocks(last.outline, document),
      previous: last?.current,
      current: new Map(),
    };
    this.versions.set(document.owner, versions);
    return versions;
  }

  /** Files the checks read (bibliographies) changed: nothing reported before is reused. */
  forgetVersions(): void {
    this.versions = new WeakMap();
  }

  private checkOrReplay(
    ruleId: string,
    document: SentenceSource,
    sentence: Sentence,
    check: (sentence: Sentence, report: (finding: Finding) => void) => void,
    dependsOn: string,
    context: string,
  ): { findings: Finding[]; memoizable: boolean } {
    let memo = this.memos.get(ruleId);
    if (!memo) this.memos.set(ruleId, (memo = new TextMemo<SentenceEntry>(1_000_000, this.outlivesText)));
    let slices = this.slices.get(sentence);
    if (!slices) {
      const source = document.text.slice(sentence.start, sentence.end);
      const prose = maskedOf(document.prose).slice(sentence.start, sentence.end);
      this.slices.set(sentence, (slices = { source, masked: prose === source ? undefined : prose }));
    }
    const { source, masked: ownMasked } = slices;
    const entry = memo.get(source);
    if (
      entry &&
      entry.kind === sentence.block &&
      entry.dependsOn === dependsOn &&
      entry.context === context &&
      entry.masked === ownMasked
    ) {
      return { findings: entry.findings.map((f) => shiftFinding(f, sentence.start)), memoizable: true };
    }
    const findings: Finding[] = [];
    check(sentence, (finding) => findings.push(finding));
    const memoizable = findings.every((f) => within(f, sentence));
    if (memoizable) {
      memo.setDetached((slices.key ??= memo.own(source)), {
        masked: ownMasked === undefined ? undefined : memo.own(ownMasked),
        kind: sentence.block,
        dependsOn,
        context,
        findings: findings.map((f) => shiftFinding(f, -sentence.start, this.outlivesText)),
      });
    }
    return { findings, memoizable };
  }
}

/**
 * Reports a block's kept findings where the block stands now (`at`): the kept objects where it was checked, else copies
 * moved there, let go of once reported.
 */
function reportAt(kept: KeptFindings, at: number, report: ReportKept): void {
  const by = at - kept.at;
  for (const finding of kept.findings) report(by === 0 ? finding : shiftFinding(finding, by), finding);
}

const SENTENCE_MEMO_MIN = 24;
const NONE: KeptFindings = { at: 0, findings: [] };

/**
 * What movedBlocks compares of two versions: not the last version's text, which would stay alive (30 MB for a 15 MB
 * document) while the next version is analyzed; its chunks tell whether they may hold a thematic break.
 */
interface Outline {
  length: number;
  prose: Pick<ProseDocument, 'chunks' | 'blocks' | 'frontMatter'>;
}

/** What movedBlocks reads of the version being checked. */
interface Current extends Pick<Outline, 'prose'> {
  text: string;
}

/** What a version's reports per block are reused by: the markdown chunks it was made of. */
interface Shape {
  chunks: readonly ProseChunk[] | undefined;
  frontMatter: string | undefined;
}

interface DocumentVersions {
  /**
   * The version being checked, by its blocks, and what the next version's movedBlocks reads of it: not the analysis,
   * whose masked copy and citation model would stay alive while the next version is analyzed.
   */
  blocks: SentenceSource['blocks'];
  outline: Outline;
  shape: Shape;
  /** How many leading blocks report what they reported in the previous version. */
  unchanged: number;
  /** The blocks after the edit, the previous version's moved (see movedBlocks). */
  moved: MovedBlocks | undefined;
  /**
   * Per rule key, per block: the findings reported, as the block keeps them (none for a block with a finding outside
   * its sentence).
   */
  previous: Map<string, (KeptFindings | undefined)[]> | undefined;
  current: Map<string, (KeptFindings | undefined)[]>;
}

function shapeOf(prose: ProseDocument): Shape {
  return { chunks: prose.chunks, frontMatter: prose.frontMatter?.text };
}

/**
 * How many leading blocks of `document` are checked as in the version of shape `last`: those of the leading Markdown
 * chunks the two share (same text, parse and place; same front matter), less the list, table or quote the first
 * changed chunk may continue. A sentence's check depends on its text, `dependsOn` and its context
 * (RuleContext.forEachSentence), which reads only what comes before the sentence and its own list or table: all the
 * same here. Plain text and LaTeX have no chunks: nothing is reused.
 */
function unchangedBlocks(last: Shape, prose: ProseDocument): number {
  const { chunks, frontMatter, blocks } = prose;
  if (!chunks || !last.chunks || frontMatter?.text !== last.frontMatter) return 0;
  let same = 0;
  while (
    same < chunks.length &&
    same < last.chunks.length &&
    chunks[same]!.key === last.chunks[same]!.key &&
    chunks[same]!.start === last.chunks[same]!.start
  )
    same++;
  // The whole document is the same: every block.
  if (same === chunks.length && same === last.chunks.length) return blocks.length;
  const limit = chunks[same]?.start ?? Number.POSITIVE_INFINITY;
  let b = lowerBound(blocks, limit);
  while (b > 0 && CONTINUED.has(blocks[b - 1]!.kind)) b--;
  return b;
}

/**
 * Block `b` from `from` on is block `b - shift` of the previous version, moved by the edit, with the same text and
 * parse. From `fromSection` on (blocks past the first such heading), it also stands in the same section under
 * the same headings, which is all a sentence's context may read beyond its own table or list (RuleContext.forEachSentence).
 */
interface MovedBlocks {
  from: number;
  fromSection: number;
  shift: number;
}

/**
 * The trailing Markdown chunks `now` shares with `last` (same text and parse, all moved by the same amount). Sections
 * count as unchanged past the first heading among them only when the edited stretch, before and after, holds no heading
 * and nothing that may be a thematic break (either changes which headings are open further down, see
 * claims/place.ts), and nothing between it and that heading may be a thematic break either.
 */
function movedBlocks(last: Outline, now: Current): MovedBlocks | undefined {
  const before = last.prose;
  const after = now.prose;
  if (!before.chunks || !after.chunks || before.frontMatter?.text !== after.frontMatter?.text) return undefined;
  const delta = now.text.length - last.length;
  let i = before.chunks.length;
  let j = after.chunks.length;
  while (
    i > 0 &&
    j > 0 &&
    before.chunks[i - 1]!.key === after.chunks[j - 1]!.key &&
    after.chunks[j - 1]!.start - before.chunks[i - 1]!.start === delta
  ) {
    i--;
    j--;
  }
  if (j === after.chunks.length) return undefined;
  // Where the edited stretch starts: the end of the chunks both share at their start, in place.
  let same = 0;
  while (
    same < i &&
    same < j &&
    before.chunks[same]!.key === after.chunks[same]!.key &&
    before.chunks[same]!.start === after.chunks[same]!.start
  )
    same++;
  const editedStart = after.chunks[same]?.start ?? after.chunks[j]!.start;
  const from = lowerBound(after.blocks, after.chunks[j]!.start);
  const lastFrom = lowerBound(before.blocks, before.chunks[i]!.start);
  const shift = from - lastFrom;
  if (after.blocks.length - from !== before.blocks.length - lastFrom) return undefined;
  const moved = { from, fromSection: Number.POSITIVE_INFINITY, shift };
  const firstEdited = lowerBound(after.blocks, editedStart);
  const lastFirstEdited = lowerBound(before.blocks, editedStart);
  const heading = (blocks: readonly { kind: BlockKind }[], start: number, end: number) => {
    for (let b = start; b < end; b++) if (blocks[b]!.kind === 'heading') return b;
    return -1;
  };
  if (heading(after.blocks, firstEdited, from) >= 0 || heading(before.blocks, lastFirstEdited, lastFrom) >= 0)
    return moved;
  const section = heading(after.blocks, from, after.blocks.length);
  if (section < 0) return moved;
  const headingStart = after.blocks[section]!.start;
  // The last version's stretch up to the heading is its edited chunks, then the moved ones, which the slice of this
  // version holds too (chunks start at a line's start).
  if (
    MAYBE_BREAK.test(now.text.slice(editedStart, headingStart)) ||
    before.chunks.slice(same, i).some((c) => c.key.mayBreak !== false)
  )
    return moved;
  return { ...moved, fromSection: section + 1 };
}

/** Blocks a later chunk may continue: a loose list's items, a table's cells, a quote's paragraphs. */
const CONTINUED = new Set<BlockKind>(['list-item', 'table-cell', 'quote']);

function checkDirectly(
  sentence: Sentence,
  check: (sentence: Sentence, report: (finding: Finding) => void) => void,
): { findings: Finding[]; memoizable: boolean } {
  const findings: Finding[] = [];
  check(sentence, (finding) => findings.push(finding));
  return { findings, memoizable: findings.every((f) => within(f, sentence)) };
}

function within(finding: Finding, sentence: Sentence): boolean {
  const inside = (start: number, end: number) => start >= sentence.start && end <= sentence.end;
  return (
    inside(finding.start, finding.end) &&
    // Fixes not yet computed edit only their sentence (RuleContext.forEachSentence): not computed to be checked.
    (typeof finding.fixes === 'function' ||
      (finding.fixes ?? []).every((fix) => fix.edits.every((e) => inside(e.start, e.end))))
  );
}

/** `kept`: a copy kept for later versions, without the finding's `transient` data. */
function shiftFinding(finding: Finding, by: number, kept = false): Finding {
  const shifted = {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    fixes:
      finding.fixes &&
      fixesOfFinding(finding).map((fix) => ({
        ...fix,
        edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
      })),
  };
  if (kept && shifted.transient !== undefined) shifted.transient = undefined;
  return shifted;
}
