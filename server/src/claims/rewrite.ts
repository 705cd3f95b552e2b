import { analyzeStatement } from '../document/statement';
import type { KnowledgeIndex } from '../kb/index';
import type { TermMatch } from '../terms/matcher';
import { lexiconWords, type LexiconName } from './lexicon';
import { MONTHS } from '../util/text';
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
  if (SET_APART.test(text) || wordsLostBy(text, offset, names, statement).length) return false;
  const named = new Set(analyzeStatement(statement, index).mentions.map((m) => m.entity.id));
  return (
    wordsLostBy(
      text,
      offset,
      names.filter((m) => named.has(m.entity.id)),
      statement,
    ).length === 0
  );
}

/**
 * The words of `text` (at document offset `offset`) a rewrite into `statement` would lose: every word that is not
 * punctuation, a number, a month, a word of the claim's frame, a word inside a span of `kept` (the knowledge base's
 * names, which the statement may write otherwise) or a word of the statement.
 */
function wordsLostBy(
  text: string,
  offset: number,
  kept: readonly { start: number; end: number }[],
  statement: string,
): string[] {
  frameWords ??= new Set(FRAME_LEXICONS.flatMap((name) => [...lexiconWords(name)]));
  const written = new Set(wordsOf(statement).map((w) => w.lower));
  return wordsOf(text, offset)
    .filter(
      (w) =>
        !w.punct &&
        !/^\d/.test(w.lower) &&
        !MONTH_WORDS.has(w.lower) &&
        !frameWords!.has(w.lower) &&
        !written.has(w.lower) &&
        !kept.some((span) => span.start <= w.start && w.end <= span.end),
    )
    .map((w) => w.lower);
}
