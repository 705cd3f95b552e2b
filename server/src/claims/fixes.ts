import { STATEMENT_MEMO_CHARS, TextMemo } from '../util/memo';
import { analyzeStatement } from '../document/statement';
import { lazyFix, type Fix } from '../document/findings';
import type { KnowledgeIndex } from '../kb/index';
import { capitalize } from '../util/text';
import type { AuthorCitation, CitationWriter } from './citation';
import { checkSentenceIn } from './engine';
import type { ClaimFinding } from './relations/types';

/**
 * How long the new text shown in a fix's title may be before it is cut at a word ("…"), unless choices would then
 * read alike: they are shown longer until they differ.
 */
const TITLE_TEXT_MAX = 100;

/**
 * "Replace with …": the sentence rewritten as a supported statement, citing the source that supports it in the
 * document's way and keeping the author's citations ("Kymriah is approved for … [2, 3]." with a new reference
 * appended to the list, "[@key]", "\cite{key}" for the document's own key of the source). A finding with choices
 * (one per recorded approval) gets one fix per choice; several statements in one sentence get one fix writing
 * them all. `spell` writes out abbreviations the document has not defined where the statement would stand. A
 * statement that would itself be flagged is not offered, nor one that would lose what else the sentence says
 * (`keepsSentence`). Edits are computed when asked for.
 */
export function correctionFixes(
  writer: () => CitationWriter,
  start: number,
  end: number,
  findings: readonly ClaimFinding[],
  kept: readonly AuthorCitation[],
  index: KnowledgeIndex,
  spell: (statement: string) => string,
  keepsSentence: (statement: string) => boolean,
): Fix[] {
  const statements = [...new Map(findings.filter((f) => f.correction).map((f) => [f.correction!, f])).values()];
  const only = statements.length === 1 ? statements[0]! : undefined;
  const sets: { text: string; sourceId?: string }[][] = only?.choices?.length
    ? only.choices.map((c) => [{ text: c.text, sourceId: index.byAuthority(c.sources)[0] }])
    : statements.length
      ? [statements.map((f) => ({ text: f.correction!, sourceId: index.byAuthority(f.sources)[0] }))]
      : [];
  // Each statement starts a sentence: "immune effector cell-associated … replaced …" gets its capital.
  const written = sets
    .map((set) => set.map((s) => ({ ...s, text: spell(capitalize(s.text)) })))
    .filter((set) => keepsSentence(set.map((s) => s.text).join(' ')) && !set.some((s) => flaggedAgain(s.text, index)));
  const texts = written.map((set) => set.map((s) => s.text).join(' '));
  let max = TITLE_TEXT_MAX;
  const shown = () => texts.map((t) => shorten(t, max));
  while (new Set(shown()).size < texts.length && texts.some((t) => t.length > max)) max += 20;
  const titles = shown();
  return written.map((set, i) =>
    lazyFix(
      `Replace with "${titles[i]}"`,
      () => {
        const citing = writer();
        return [{ start, end, newText: citing.write(set, kept) }, ...citing.extraEdits()];
      },
      // One choice among several is the writer's to make: none is applied as "the" fix.
      written.length === 1,
    ),
  );
}

/**
 * "Replace "CD19" with "BCMA"": the wrong value alone replaced by what the knowledge base records, the rest of the
 * sentence `text` (at document offset `offset`) kept. Offered only when the sentence so changed, checked on its own,
 * raises nothing it did not raise before: in "Kymriah and Abecma target CD19", BCMA for CD19 would wrong Kymriah.
 */
export function substitutionFix(
  text: string,
  offset: number,
  finding: Pick<ClaimFinding, 'message' | 'replace'>,
  index: KnowledgeIndex,
  isPreferred: boolean,
): Fix | undefined {
  const { replace } = finding;
  if (!replace || replace.start < offset || replace.end > offset + text.length) return undefined;
  const from = replace.start - offset;
  const to = replace.end - offset;
  const written = text.slice(from, to);
  if (!written.trim() || written === replace.text) return undefined;
  // The sentence as it stands is checked only when the changed one raises something, to tell whether that is new.
  const after = raisedBy(text.slice(0, from) + replace.text + text.slice(to), index);
  if (after.has(finding.message)) return undefined;
  if (after.size) {
    const before = raisedBy(text, index);
    if ([...after].some((message) => !before.has(message))) return undefined;
  }
  return lazyFix(
    `Replace "${shorten(written, TITLE_TEXT_MAX)}" with "${shorten(replace.text, TITLE_TEXT_MAX)}"`,
    () => [{ start: replace.start, end: replace.end, newText: replace.text }],
    isPreferred,
  );
}

// Per knowledge base: the messages a statement raises, checked on its own.
const raised = new WeakMap<KnowledgeIndex, TextMemo<ReadonlySet<string>>>();

function raisedBy(statement: string, index: KnowledgeIndex): ReadonlySet<string> {
  let memo = raised.get(index);
  if (!memo) raised.set(index, (memo = new TextMemo(STATEMENT_MEMO_CHARS)));
  let messages = memo.get(statement);
  if (!messages) {
    const analysis = analyzeStatement(statement, index);
    const found = new Set<string>();
    for (const sentence of analysis.sentences)
      for (const finding of checkSentenceIn(analysis, sentence, index)?.findings ?? []) found.add(finding.message);
    memo.set(statement, (messages = found));
  }
  return messages;
}

/** The text, cut at a word before `max` characters with "…" when longer. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '')}…`;
}

/** Whether a corrected statement, checked on its own, is contradicted again. */
function flaggedAgain(statement: string, index: KnowledgeIndex): boolean {
  return raisedBy(statement, index).size > 0;
}
