import type { KnowledgeIndex } from '../kb/index';
import type { Finding } from '../rules/types';
import type { TermMatch } from '../terms/matcher';
import type { ProseDocument } from '../text/prose';
import { splitBlock, type Sentence } from '../text/sentences';
import { TextMemo, detach } from '../util/memo';

/** Sentences and term mentions of one block, with offsets relative to the block's start. */
interface BlockResult {
  sentences: Sentence[];
  mentions: TermMatch[];
}

/**
 * Sentences and mentions per block, memoized by the block's prose: after an edit only the changed
 * paragraphs are split and matched again. Terms are matched within a block, never across two.
 */
export class BlockAnalyzer {
  private readonly memo = new TextMemo<BlockResult>();

  constructor(private readonly index: KnowledgeIndex) {}

  analyze(prose: ProseDocument): { sentences: Sentence[]; mentions: TermMatch[] } {
    const sentences: Sentence[] = [];
    const mentions: TermMatch[] = [];
    prose.blocks.forEach((block, blockIndex) => {
      const key = prose.masked.slice(block.start, block.end);
      let result = this.memo.get(key);
      if (!result || result.sentences.some((s) => s.block !== block.kind)) {
        // Sentence and mention texts are slices of the key: slicing the memo's own copy, not the
        // document, keeps an old document version from staying alive through them.
        const copy = detach(key);
        const own: Sentence[] = [];
        splitBlock(copy, { start: 0, end: copy.length, kind: block.kind }, 0, own);
        result = { sentences: own, mentions: this.index.matcher.find(copy) };
        this.memo.setDetached(copy, result);
      }
      const at = block.start;
      // Explicit literals: object spread is several times slower here, and this runs per sentence and mention.
      for (const s of result.sentences) sentences.push({ start: s.start + at, end: s.end + at, text: s.text, block: s.block, blockIndex });
      for (const m of result.mentions) mentions.push({ start: m.start + at, end: m.end + at, entity: m.entity, alias: m.alias, text: m.text });
    });
    return { sentences, mentions };
  }
}

interface SentenceEntry {
  /** The sentence's prose when it differs from its source (markup inside the sentence). */
  masked: string | undefined;
  kind: Sentence['block'];
  dependsOn: string;
  findings: Finding[];
}

/** Per rule, the findings of each sentence a rule checked with `forEachSentence`, keyed by the sentence's source. */
export class SentenceFindings {
  private readonly memos = new Map<string, TextMemo<SentenceEntry>>();
  /**
   * Each sentence's source and prose, sliced once per document version and shared by every rule: the
   * same string objects keep their hash, so each rule's memo lookup does not hash the text again.
   */
  private readonly slices = new WeakMap<readonly Sentence[], { sources: string[]; prose: (string | undefined)[]; keys: (string | undefined)[] }>();

  /**
   * Runs `check` on each sentence, or replays its earlier findings when the sentence's source, prose,
   * block kind and `dependsOn` are unchanged. A sentence whose findings reach outside it is never memoized.
   */
  forEach(
    ruleId: string,
    text: string,
    masked: string,
    sentences: readonly Sentence[],
    check: (sentence: Sentence, report: (finding: Finding) => void) => void,
    dependsOn: string,
    report: (finding: Finding) => void,
  ): void {
    let memo = this.memos.get(ruleId);
    if (!memo) this.memos.set(ruleId, (memo = new TextMemo<SentenceEntry>(1_000_000)));
    let slices = this.slices.get(sentences);
    if (!slices) {
      const sources = sentences.map((s) => text.slice(s.start, s.end));
      const prose = sentences.map((s, i) => {
        const own = masked.slice(s.start, s.end);
        return own === sources[i] ? undefined : own;
      });
      this.slices.set(sentences, (slices = { sources, prose, keys: [] }));
    }
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      const source = slices.sources[i]!;
      const ownMasked = slices.prose[i];
      const entry = memo.get(source);
      if (entry && entry.kind === sentence.block && entry.dependsOn === dependsOn && entry.masked === ownMasked) {
        for (const finding of entry.findings) report(shiftFinding(finding, sentence.start));
        continue;
      }
      const found: Finding[] = [];
      check(sentence, (finding) => found.push(finding));
      for (const finding of found) report(finding);
      if (found.every((f) => within(f, sentence))) {
        // One detached copy of the sentence serves as the key in every rule's memo.
        memo.setDetached((slices.keys[i] ??= detach(source)), {
          masked: ownMasked === undefined ? undefined : detach(ownMasked),
          kind: sentence.block,
          dependsOn,
          findings: found.map((f) => shiftFinding(f, -sentence.start)),
        });
      }
    }
  }
}

function within(finding: Finding, sentence: Sentence): boolean {
  const inside = (start: number, end: number) => start >= sentence.start && end <= sentence.end;
  return inside(finding.start, finding.end) && (finding.fixes ?? []).every((fix) => fix.edits.every((e) => inside(e.start, e.end)));
}

function shiftFinding(finding: Finding, by: number): Finding {
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    fixes: finding.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}
