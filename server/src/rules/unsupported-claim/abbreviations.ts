import type { DocumentAnalysis } from '../../document/analysis';
import type { BlockResult } from '../../document/blocks';
import { type Edit, fixesOfFinding, type Report } from '../../document/findings';
import type { KnowledgeIndex } from '../../kb/index';
import { DEFAULT_SETTINGS } from '../../service/settings';
import { analyzeStatement } from '../../document/statement';
import { STATEMENT_MEMO_CHARS, TextMemo } from '../../util/memo';
import { isAbbreviation } from '../../terms/terminology';
import undefinedAbbreviation from '../undefined-abbreviation/index';

/**
 * The statement as a fix writes it at `at` in the document, with every abbreviation the document has not used
 * before `at` written out at its first use ("diffuse large B-cell lymphoma (DLBCL)"), as undefined-abbreviation
 * would ask: a fix adds no finding. The rule runs on the statement alone; an abbreviation the document already
 * wrote before `at` is left as it is (defined there, or flagged at that earlier use). Re-running the rule over
 * all the text before each statement was quadratic in time and memory on a document with many findings.
 */
export function spellOutAbbreviations(
  document: DocumentAnalysis,
  at: number,
  statement: string,
  index: KnowledgeIndex,
): string {
  const edits = expansionsOf(statement, index)
    .filter((e) => !e.mention || !usedBefore(document, at, e.mention.entity, e.mention.text))
    .flatMap((e) => e.edits);
  let text = statement;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    text = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
  return text;
}

/** An abbreviation the rule would write out in a statement alone: its edits, and the mention it expands. */
interface Expansion {
  mention?: { entity: string; text: string };
  edits: Edit[];
}

/** Whether the document wrote the abbreviation (or a name carrying it) before `at`. */
function usedBefore(document: DocumentAnalysis, at: number, entity: string, abbreviation: string): boolean {
  return firstUse(document, 'texts', abbreviation) < at || firstUse(document, 'ids', entity) < at;
}

/**
 * Where each mention text and each entity id first occurs. Two maps keyed by the mention's own text and the entity's
 * id, not one keyed by "text:…" and "id:…": each such key was a new string and its flat copy (about 60 bytes a key,
 * 58,000 keys in a 4.3 MB claim-dense document's blocks).
 */
interface FirstUses {
  texts: Map<string, number>;
  ids: Map<string, number>;
}

function firstUses(): FirstUses {
  return { texts: new Map(), ids: new Map() };
}

/** Adds `from`'s first uses, shifted by `by`, where `into` has none yet. */
function mergeFirstUses(into: FirstUses, from: FirstUses, by: number): void {
  for (const [k, relative] of from.texts) if (!into.texts.has(k)) into.texts.set(k, by + relative);
  for (const [k, relative] of from.ids) if (!into.ids.has(k)) into.ids.set(k, by + relative);
}

// Per document version: where each mention text, and each entity written as an abbreviation or with one, first
// occurs. Merged from each block's own first uses, kept on its unchanged result across versions, through groups of
// blocks kept across versions too: an edit re-merges the groups it touched, and the rest merge a map each (merging
// every block's map at each edit cost more than the rest of the fix titles on a claim-dense document).
const firstUsesOf = new WeakMap<DocumentAnalysis, FirstUses>();

function firstUse(document: DocumentAnalysis, kind: keyof FirstUses, key: string): number {
  let first = firstUsesOf.get(document);
  if (!first) {
    first = firstUses();
    for (let b = 0; b < document.blocks.length; b += GROUP)
      mergeFirstUses(first, groupFirstUses(document, b), document.prose.blocks[b]!.start);
    firstUsesOf.set(document, first);
  }
  return first[kind].get(key) ?? Number.POSITIVE_INFINITY;
}

const GROUP = 32;

/** A run of blocks: their results, their starts relative to the first's, and their first uses relative to it. */
interface Group {
  results: BlockResult[];
  starts: number[];
  first: FirstUses;
}

// By a group's first block result: the group it began last time, reused while its blocks and their spacing are.
const groups = new WeakMap<BlockResult, Group>();

/** The first uses in blocks [from, from + GROUP), relative to block `from`'s start. */
function groupFirstUses(document: DocumentAnalysis, from: number): FirstUses {
  const to = Math.min(from + GROUP, document.blocks.length);
  const origin = document.prose.blocks[from]!.start;
  const head = document.blocks[from]!.result;
  const known = groups.get(head);
  if (
    known &&
    known.results.length === to - from &&
    known.results.every((r, i) => r === document.blocks[from + i]!.result) &&
    known.starts.every((s, i) => s === document.prose.blocks[from + i]!.start - origin)
  )
    return known.first;
  const group: Group = { results: [], starts: [], first: firstUses() };
  for (let b = from; b < to; b++) {
    const { result, keep } = document.blocks[b]!;
    const start = document.prose.blocks[b]!.start - origin;
    group.results.push(result);
    group.starts.push(start);
    mergeBlockFirstUses(group.first, firstUsesInBlock(result, keep), start);
  }
  // A one-shot check keeps no block for a next version, so neither the groups nor the blocks' maps: kept, they held
  // about 30 MB of a claim-dense 15 MB document's heap until its analysis was let go of.
  if (document.blocks[from]!.keep) groups.set(head, group);
  return group.first;
}

/**
 * A block's first uses, flat: the number of mention texts, then each text and its offset, then each entity id and its
 * offset. Two Maps per block took 6 MB of a 4.3 MB claim-dense document's kept heap (a Map's table is large for the
 * few keys a block has).
 */
type BlockFirstUses = readonly (string | number)[];

const NO_FIRST_USES: BlockFirstUses = [0];

/** Adds a block's first uses, shifted by `by`, where `into` has none yet. */
function mergeBlockFirstUses(into: FirstUses, from: BlockFirstUses, by: number): void {
  const idsFrom = 1 + 2 * (from[0] as number);
  for (let i = 1; i < from.length; i += 2) {
    const uses = i < idsFrom ? into.texts : into.ids;
    const key = from[i] as string;
    if (!uses.has(key)) uses.set(key, by + (from[i + 1] as number));
  }
}

// Per block result (the same object while the block is unchanged): where each mention text, and each entity
// written as an abbreviation or with one, first occurs in the block, relative to its start.
const blockFirstUses = new WeakMap<BlockResult, BlockFirstUses>();

function firstUsesInBlock(result: BlockResult, keep: boolean): BlockFirstUses {
  let flat = blockFirstUses.get(result);
  if (flat) return flat;
  const first = firstUses();
  const at = result.at;
  for (const m of result.mentions) {
    if (!first.texts.has(m.text)) first.texts.set(m.text, m.start - at);
    const id = m.entity.id;
    if (!first.ids.has(id) && (isAbbreviation(m.alias) || m.text.includes('('))) first.ids.set(id, m.start - at);
  }
  // Without the spare room `push` leaves.
  flat = first.texts.size ? [first.texts.size, ...[...first.texts, ...first.ids].flat()].slice() : NO_FIRST_USES;
  if (keep) blockFirstUses.set(result, flat);
  return flat;
}

// Per knowledge base: what the rule writes out in each statement alone (the same statement recurs at many findings),
// bounded: the memo lives as long as the knowledge base, and the server sees any number of distinct statements.
const expansions = new WeakMap<KnowledgeIndex, TextMemo<Expansion[]>>();

function expansionsOf(statement: string, index: KnowledgeIndex): Expansion[] {
  let memo = expansions.get(index);
  if (!memo) expansions.set(index, (memo = new TextMemo(STATEMENT_MEMO_CHARS)));
  const known = memo.get(statement);
  if (known) return known;
  const alone = analyzeStatement(statement, index);
  const list: Expansion[] = [];
  const report = (r: Report) => {
    const mention = alone.mentions.find((m) => m.start === r.start);
    list.push({
      mention: mention && { entity: mention.entity.id, text: mention.text },
      edits: fixesOfFinding(r)[0]?.edits ?? [],
    });
  };
  undefinedAbbreviation.check({
    document: alone,
    index,
    settings: DEFAULT_SETTINGS,
    report,
    forEachSentence: () => {},
  });
  memo.set(statement, list);
  return list;
}
