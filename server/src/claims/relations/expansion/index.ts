import type { KnowledgeIndex } from '../../../kb/index';
import type { Entity } from '../../../kb/types';
import { lexicon, lexiconWords } from '../../lexicon';
import { wordClass } from '../../word-classes';
import type { Mention } from '../../sentence';
import { mayHavePhrase, phraseStartingAt, type Word, wordsOf } from '../../words';
import type { Relation } from '../types';

// What an abbreviation stands for ("ICANS stands for interleukin-associated neurotoxicity syndrome"), against the full
// forms the knowledge base records for it: its entity's synonyms and name whose word initials spell it. An
// abbreviation no recorded form spells (RRMM, ICAHT) is not judged. A stated form is wrong only when, between words it
// shares with every recorded form at their start and end, it puts other content words in place of the form's own
// ("Food and Drug Association"): an omission, an added word or a spelling variant is left alone, and so is another
// sense of the letters ("IND stands for Indiana"), which shares no word. Only a link that says what the letters stand
// for is judged: a parenthesis ("metastatic melanoma (MM)") defines a sense for the document, as writers may.

const LINKS = lexicon('expansion-links');
const FILLERS = lexiconWords('expansion-link-fillers');
const ENDS = lexiconWords('expansion-ends');
const EQUIVALENT_HEADS = lexiconWords('expansion-equivalent-heads');
const ARTICLES = wordClass('articles');
// Words that carry no content in a full form: a swap of one is not a wrong expansion.
const FUNCTION_WORDS = new Set(['and', 'or', 'of', 'for', 'with', 'in', 'on', 'to', 'by', 'vs', 'versus']);
// A stated expansion is a noun phrase: longer runs are prose, not a name.
const MAX_STATED_WORDS = 12;

interface FullForm {
  entity: Entity;
  text: string;
  words: string[];
}

/** Lower-cased words without punctuation or articles: "the U.S. Food and Drug Administration" → u s food … */
function normal(words: readonly Word[]): string[] {
  return words.filter((w) => !w.punct && !ARTICLES.has(w.lower)).map((w) => w.lower.replace(/['’]s$/, ''));
}

/** The abbreviation's letters and digits, lower-cased ("IEC-HS" → iechs). */
const lettersOf = (abbreviation: string) => abbreviation.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether the words' initials spell the letters in order, the first word giving the first letter. */
function spells(letters: string, words: readonly string[]): boolean {
  if (!words.length || words[0]![0] !== letters[0]) return false;
  let k = 1;
  for (let i = 1; i < words.length && k < letters.length; i++) if (words[i]![0] === letters[k]) k++;
  return k === letters.length;
}

// Per knowledge base: each abbreviation's recorded full forms that spell it.
const formsOf = new WeakMap<KnowledgeIndex, Map<string, FullForm[]>>();
function fullForms(index: KnowledgeIndex): Map<string, FullForm[]> {
  let found = formsOf.get(index);
  if (found) return found;
  found = new Map();
  for (const entity of index.entities()) {
    if (entity.unverified) continue;
    // "REMS (Risk Evaluation and Mitigation Strategy)": the name without its parenthesis, and what the parenthesis holds.
    const inner = /\(([^)]*)\)/.exec(entity.name);
    const texts = [
      ...entity.aliases.filter((a) => a.kind === 'synonym' && !a.unverified).map((a) => a.text),
      ...(inner ? [entity.name.replace(inner[0], ' ').replace(/\s+/g, ' ').trim(), inner[1]!] : [entity.name]),
    ];
    for (const alias of entity.aliases) {
      if (alias.kind !== 'abbreviation' || alias.unverified) continue;
      const letters = lettersOf(alias.text);
      const forms = found.get(alias.text) ?? [];
      for (const text of texts) {
        const words = normal(wordsOf(text));
        // A name that holds the abbreviation itself ("HLA … / MHC") is not its full form.
        if (words.includes(letters) || !spells(letters, words) || forms.some((f) => f.text === text)) continue;
        forms.push({ entity, text, words });
      }
      if (forms.length) found.set(alias.text, forms);
    }
  }
  formsOf.set(index, found);
  return found;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The same word in another spelling or inflection: tumour/tumor, drug/drugs, lymphocytic/lymphoblastic. */
function sameWord(a: string, b: string): boolean {
  if (a === b || (EQUIVALENT_HEADS.has(a) && EQUIVALENT_HEADS.has(b))) return true;
  if (Math.min(a.length, b.length) >= 4 && distance(a, b) <= 2) return true;
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k >= 5;
}

const isContent = (word: string) => word.length >= 4 && !FUNCTION_WORDS.has(word);

/**
 * Whether the stated words put other content words in place of some of the form's, no more than they replace,
 * between a start and an end they share word for word, keeping at least one content word of it.
 */
function swaps(stated: readonly string[], form: FullForm): boolean {
  const recorded = form.words;
  const n = Math.min(stated.length, recorded.length);
  let head = 0;
  while (head < n && sameWord(stated[head]!, recorded[head]!)) head++;
  let tail = 0;
  while (tail < n - head && sameWord(stated[stated.length - 1 - tail]!, recorded[recorded.length - 1 - tail]!)) tail++;
  const put = stated.slice(head, stated.length - tail);
  const replaced = recorded.slice(head, recorded.length - tail);
  // A longer wording in place of a word or two ("T cell receptor-engineered T cells" for "T-cell receptor therapy")
  // may describe the same thing; a swap puts no more content words than it replaces.
  const putContent = put.filter(isContent).length;
  if (!putContent || putContent > replaced.filter(isContent).length) return false;
  if (put.some((w) => replaced.some((r) => sameWord(w, r)))) return false;
  return [...stated.slice(0, head), ...stated.slice(stated.length - tail)].some(isContent);
}

/** The expansion after a link: up to punctuation, a word that opens a clause, or the clause's end. */
function statedAfter(words: readonly Word[], from: number, to: number): { from: number; to: number } {
  let k = from;
  while (k < to && ARTICLES.has(words[k]!.lower)) k++;
  const start = k;
  while (k < to && k - start < MAX_STATED_WORDS) {
    const w = words[k]!;
    if (w.dashBefore || ENDS.has(w.lower) || (w.punct && w.lower !== '.' && w.lower !== '’' && w.lower !== "'")) break;
    k++;
  }
  while (k > start && words[k - 1]!.punct) k--;
  return { from: start, to: k };
}

/** The link after an abbreviation, with only fillers between ("IND, short for", "NMPA, which stands for"). */
function linkAfter(words: readonly Word[], mention: Mention, to: number) {
  for (let k = mention.to; k < to; k++) {
    const link = phraseStartingAt(words, k, LINKS);
    if (link) return link;
    if (!FILLERS.has(words[k]!.lower)) return undefined;
  }
  return undefined;
}

/** "The I in ICANS": the single letter before "in" and the abbreviation, if any (quotes around it allowed). */
function letterBefore(words: readonly Word[], mention: Mention): string | undefined {
  if (words[mention.from - 1]?.lower !== 'in') return undefined;
  let k = mention.from - 2;
  if (words[k]?.punct) k--;
  const w = words[k];
  return w && /^\p{L}$/u.test(w.text) ? w.lower : undefined;
}

const relation: Relation = {
  meta: {
    id: 'expansion',
    description:
      'What an abbreviation stands for ("ICANS stands for …", "the I in ICANS stands for …"), against the full forms recorded for it.',
    messages: {
      expansion: '{{abbreviation}} stands for {{expansion}}, not {{stated}}.',
      letter: 'The {{letter}} in {{abbreviation}} stands for "{{word}}" ({{expansion}}), not "{{stated}}".',
    },
  },
  applies: (text, mentions) => mentions.some((m) => m.alias.kind === 'abbreviation') && mayHavePhrase(text, LINKS),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    const forms = fullForms(index);
    const asserted = assertedClauses();
    for (const mention of sentence.mentions) {
      const alias = mention.match.alias;
      if (alias.kind !== 'abbreviation' || mention.mark) continue;
      const recorded = forms.get(alias.text);
      if (!recorded) continue;
      const letters = lettersOf(alias.text);
      const abbreviation = alias.text;
      const expansion = recorded[0]!.text;
      const sources = recorded[0]!.entity.sources;
      // The stated words as written ("B-cell", "U.S.").
      const textOf = (said: readonly Word[]) =>
        sentence.text.slice(said[0]!.start - sentence.start, said[said.length - 1]!.end - sentence.start);
      const flag = (span: { from: number; to: number }, stated: readonly Word[]) =>
        report({
          messageId: 'expansion',
          data: { abbreviation, expansion, stated: textOf(stated) },
          sources,
          correction: `${abbreviation} stands for ${expansion}.`,
          span,
        });
      // The link may open a relative on the abbreviation ("NMPA, which stands for"): either clause asserts it.
      const link = linkAfter(words, mention, words.length);
      const clause = link && asserted.find((c) => c.from <= link.at && link.at < c.to);
      const own = asserted.some((c) => c.from <= mention.from && mention.to <= c.to);
      if (link && (clause || own) && !sentence.negatedAt(link.at)) {
        const stated = statedAfter(words, link.at + link.length, sentence.clauseOf(link.at).to);
        const said = words.slice(stated.from, stated.to);
        const letter = letterBefore(words, mention);
        if (letter) {
          const word = said.find((w) => !w.punct)?.lower;
          if (!word || word[0] !== letter || !letters.includes(letter)) continue;
          const expected = recorded.flatMap((f) => f.words.filter((w) => w[0] === letter && isContent(w)));
          if (!expected.length || expected.some((w) => sameWord(w, word))) continue;
          report({
            messageId: 'letter',
            data: { letter: letter.toUpperCase(), abbreviation, word: expected[0]!, expansion, stated: said[0]!.text },
            sources,
            correction: `The ${letter.toUpperCase()} in ${abbreviation} stands for "${expected[0]}" (${expansion}).`,
            span: { from: mention.from - 2, to: stated.to },
          });
        } else if (recorded.every((f) => swaps(normal(said), f))) flag({ from: mention.from, to: stated.to }, said);
      }
    }
  },
};
export default relation;
