import { analyzeStatement } from '../document/statement';
import type { KnowledgeIndex } from '../kb/index';
import type { TermMatch } from '../terms/matcher';
import { lexiconWords, type LexiconName } from './lexicon';
import { MONTHS } from '../util/text';
import { STATEMENT_MEMO_CHARS, TextMemo } from '../util/memo';
import { wordsOf } from './words';

// The lexicons whose words a correction may replace: the claim's frame (see data/lexicon/correction-frame-words.json).
const FRAME_LEXICONS: readonly LexiconName[] = [
  'correction-frame-words',
  'approval-cues',
  'approval-event-nouns',
  'target-cues',
  'line-nouns',
  'therapy-heads',
  'negation-cues',
];
let frameWords: ReadonlySet<string> | undefined;
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.map((m) => m.toLowerCase()));

// Marks that set a phrase or clause apart ("Kymriah, which targets BCMA, is given once"; "2024. February: …"): what
// they enclose says something of its own, which a rewrite of the whole sentence would drop with the claim.
const SET_APART = /[,;:()[\]\u2013\u2014]/;

/**
 * Whether rewriting the whole sentence `text` (at document offset `offset`, naming `names`) as `statement` keeps what
 * it says: nothing set apart, and no word lost but the claim's own. A name may be written otherwise ("tisagenlecleucel"
 * as "Kymriah"), but what it names must be named: checked last, as it reads the statement.
 */
export function rewriteKeeps(
  text: string,
  offset: number,
  names: readonly TermMatch[],
  statement: string,
  index: KnowledgeIndex,
): boolean {
  if (SET_APART.test(text)) return false;
  const lost = wordsLostBy(text, offset, statement);
  const outside = (spans: readonly { start: number; end: number }[]) =>
    lost.some((w) => !spans.some((span) => span.start <= w.start && w.end <= span.end));
  if (outside(names)) return false;
  // Every word of the sentence is in the statement: what the names stand for need not be read.
  if (!lost.length) return true;
  const named = namedIn(statement, index);
  return !outside(names.filter((m) => named.has(m.entity.id)));
}

// Per knowledge base: the entities a statement names, read on its own (the same correction recurs at many findings).
const namedBy = new WeakMap<KnowledgeIndex, TextMemo<ReadonlySet<string>>>();

function namedIn(statement: string, index: KnowledgeIndex): ReadonlySet<string> {
  let memo = namedBy.get(index);
  if (!memo) namedBy.set(index, (memo = new TextMemo(STATEMENT_MEMO_CHARS)));
  let named = memo.get(statement);
  if (!named)
    memo.set(statement, (named = new Set(analyzeStatement(statement, index).mentions.map((m) => m.entity.id))));
  return named;
}

/**
 * The words of `text` (at document offset `offset`) a rewrite into `statement` would lose, unless a name kept covers
 * them (the knowledge base's names, which the statement may write otherwise): every word that is not punctuation, a
 * number, a month, a word of the claim's frame or a word of the statement.
 */
function wordsLostBy(text: string, offset: number, statement: string): { start: number; end: number }[] {
  frameWords ??= new Set(FRAME_LEXICONS.flatMap((name) => [...lexiconWords(name)]));
  const written = new Set(wordsOf(statement).map((w) => w.lower));
  return wordsOf(text, offset).filter(
    (w) =>
      !w.punct &&
      !/^\d/.test(w.lower) &&
      !MONTH_WORDS.has(w.lower) &&
      !frameWords!.has(w.lower) &&
      !written.has(w.lower),
  );
}
