import type { DocumentAnalysis } from '../document/analysis';
import type { KnowledgeIndex } from '../kb/index';
import type { Sentence } from '../text/sentences';
import { isTopicOnly } from './heading';
import type { ClaimFinding } from './relations/types';
import {
  checkStatement,
  checkTableCell,
  columnNamed,
  type RowStatement,
  slotStatement,
  tableCellStatement,
} from './tables';
import { lexicon } from './lexicon';
import { phraseAt, wordsOf, type Word } from './words';
import { headingStatement } from './topic';

// Slide bullets and label–value lines are their own units, like table rows: a bullet says what its lead-in frames.
//   "FDA approval years:" over "- Yescarta: 2015"       → "Yescarta was first approved by the FDA in 2015."
//   "Approved for multiple myeloma:" over "- Breyanzi" → "Breyanzi is approved for multiple myeloma."
//   "**Yescarta**" over "- Target: CD22"              → "Yescarta targets CD22."
//   "- Tecartus: indication multiple myeloma"         → "Tecartus is approved for multiple myeloma."
//   "Tocilizumab" over "- Approved for CRS and ICANS"  → "Tocilizumab is approved for CRS and ICANS."
//   "BCMA CAR-Ts" over "- Abecma, Carvykti, Breyanzi" → "Abecma, Carvykti and Breyanzi are BCMA CAR-Ts."
// The lead-in is the block right before the list: a heading, a line ending in a colon, or a short verbless line.
// Slot names are the table-header lexicons (data/lexicon/table-headers-*); a verbless bullet says something of a
// topic line when it opens like a predicate (data/lexicon/bullet-predicate-openers) or lists names of the knowledge
// base.

// A bullet or lead-in longer than a label and a short value is prose, judged as such.
const MAX_BULLET_WORDS = 12;
const MAX_LEAD_IN_WORDS = 8;
const MAX_SUBJECT_WORDS = 4;
// "Subject: value", "Subject — value", "Subject – value", "Subject - value".
const LABEL_SEPARATOR = /\s*:\s+|\s+[—–-]\s+|\s*[—–]\s*/u;

/** The statement a list item makes with its lead-in or its own label, if it makes one. */
export function bulletStatement(document: DocumentAnalysis, sentence: Sentence): RowStatement | undefined {
  if (sentence.block !== 'list-item') return undefined;
  const { blocks, masked } = document.prose;
  const block = blocks[sentence.blockIndex];
  // The whole item is one telegraphic line, not a sentence of a longer item.
  if (!block || masked.slice(block.start, sentence.start).trim() || masked.slice(sentence.end, block.end).trim())
    return undefined;
  const item = sentence.text.trim().replace(/[.;,]$/, '');
  const itemWords = wordsOf(item);
  if (itemWords.length === 0 || itemWords.length > MAX_BULLET_WORDS) return undefined;
  const labelled = splitLabel(item);
  // "Tecartus: indication multiple myeloma": the slot is named at the start of the value.
  if (labelled) {
    const named = slotAtStart(labelled.value);
    if (named) return slotStatement(named.column, labelled.label, named.rest);
  }
  const lead = leadIn(document, sentence.blockIndex);
  if (!lead) return undefined;
  const column = columnNamed(lead.words.map((w) => w.lower).join(' '));
  // "FDA approval years:" over "Yescarta: 2015".
  if (column) return labelled ? slotStatement(column, labelled.label, labelled.value) : undefined;
  // "Approved for multiple myeloma:" over "Breyanzi".
  const framed = slotAtStart(lead.text);
  if (framed && !labelled && itemWords.length <= MAX_SUBJECT_WORDS)
    return slotStatement(framed.column, item, framed.rest);
  // "Yescarta" over "Target: CD22": the lead-in is the name of one entity.
  if (labelled && namesOneEntity(document, lead)) {
    const slot = columnNamed(
      wordsOf(labelled.label)
        .map((w) => w.lower)
        .join(' '),
    );
    if (slot) return slotStatement(slot, lead.text, labelled.value);
  }
  if (!labelled && isVerbless(lead.words) && isVerbless(itemWords))
    return topicStatement(document, sentence, lead, item);
  return undefined;
}

/**
 * A verbless bullet under a topic line that names something of the knowledge base: the bullet as the topic's
 * predicate ("Approved for CRS"), or the names it lists as members of the topic ("Abecma, Carvykti").
 */
function topicStatement(
  document: DocumentAnalysis,
  sentence: Sentence,
  lead: LeadIn,
  item: string,
): RowStatement | undefined {
  if (document.mentionsIn(lead.start, lead.end).length === 0) return undefined;
  const words = wordsOf(item);
  if (openerLength(words) > 0) return { text: `${lead.text} is ${lowerInitial(item)}.` };
  const names = listedNames(document, sentence, words);
  if (!names) return undefined;
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return { text: `${list} ${names.length === 1 ? 'is' : 'are'} ${lowerInitial(lead.text)}.` };
}

/** The names a bullet lists ("Kymriah, Yescarta and Tecartus"): undefined unless it is only names and separators. */
function listedNames(document: DocumentAnalysis, sentence: Sentence, words: readonly Word[]): string[] | undefined {
  const mentions = document.mentionsIn(sentence.start, sentence.end);
  if (mentions.length === 0 || mentions.some((m) => m.entity.type !== 'product' && m.entity.type !== 'drug'))
    return undefined;
  const covered = (offset: number) => mentions.some((m) => m.start <= offset && offset < m.end);
  const base = sentence.start + sentence.text.indexOf(sentence.text.trim());
  const separators = new Set([',', ';', '/', 'and', 'or', '&']);
  if (!words.every((w) => covered(base + w.start) || separators.has(w.lower))) return undefined;
  return mentions.map((m) => m.text);
}

/** The length in words of the predicate opener a bullet starts with ("Approved", "FDA-approved"), or 0. */
function openerLength(words: readonly Word[]): number {
  const opener = lexicon('bullet-predicate-openers').find((p) => phraseAt(words, 0, p));
  return opener ? opener.split(' ').length : 0;
}

/** A label without a verb after its opening participle ("Approved CD19 CAR-Ts", "Approved for CRS"). */
const isVerbless = (words: readonly Word[]) =>
  isTopicOnly(words.slice(openerLength(words)).map((w, index) => ({ ...w, index })));

/** "Approved CD19 CAR-Ts" reads "approved CD19 CAR-Ts" inside a sentence; "BCMA CAR-Ts" stays. */
const lowerInitial = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** What a list item's judgement depends on beyond its own text: the statement it makes with its lead-in. */
export function bulletContext(document: DocumentAnalysis, sentence: Sentence): string {
  return bulletStatement(document, sentence)?.text ?? '';
}

/** The findings of the statement a table cell or a bullet makes with its header or lead-in (none when it makes none). */
export function checkUnit(document: DocumentAnalysis, sentence: Sentence, index: KnowledgeIndex): ClaimFinding[] {
  if (sentence.block === 'table-cell') return checkTableCell(document, sentence, index);
  if (sentence.block === 'paragraph') {
    // "## Aucatzyl" over "Targets BCMA.": the heading is the sentence's subject.
    const statement = sectionStatement(document, sentence);
    return statement ? checkStatement({ text: statement }, index) : [];
  }
  const statement = bulletStatement(document, sentence);
  return statement ? checkStatement(statement, index) : [];
}

/** The statement a subjectless sentence makes with the heading of its section, when that names one entity. */
const sectionStatement = (document: DocumentAnalysis, sentence: Sentence) =>
  headingStatement(document, sentence, (heading) => namesOneEntity(document, heading));

/** What a table cell's or a bullet's judgement depends on beyond its own text. */
export function unitContext(document: DocumentAnalysis, sentence: Sentence): string {
  if (sentence.block === 'table-cell') return tableCellStatement(document, sentence)?.text ?? '';
  if (sentence.block === 'paragraph') return sectionStatement(document, sentence) ?? '';
  return bulletContext(document, sentence);
}

interface LeadIn {
  start: number;
  end: number;
  /** Its text without a closing colon. */
  text: string;
  words: Word[];
}

/** The lead-in of the list whose item is block `at`: the block right before the list, when it frames one. */
function leadIn(document: DocumentAnalysis, at: number): LeadIn | undefined {
  const { blocks, masked } = document.prose;
  let b = at;
  while (b > 0 && blocks[b - 1]!.kind === 'list-item') b--;
  const block = blocks[b - 1];
  if (!block || (block.kind !== 'paragraph' && block.kind !== 'heading')) return undefined;
  const raw = masked.slice(block.start, block.end).trim();
  const colon = raw.endsWith(':');
  const text = raw.replace(/\s*:$/, '');
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_LEAD_IN_WORDS) return undefined;
  // A line that states something ("Kymriah targets CD19.") is a sentence, not a frame; a heading or a line ending in
  // a colon is a label whatever its words.
  if (/[.!?]$/.test(text) || (!colon && block.kind !== 'heading' && !isVerbless(words))) return undefined;
  return { start: block.start, end: block.end, text, words };
}

/** "Kymriah: BCMA" → label "Kymriah", value "BCMA" (a short label only). */
function splitLabel(item: string): { label: string; value: string } | undefined {
  const separator = LABEL_SEPARATOR.exec(item);
  if (!separator || separator.index === 0) return undefined;
  const label = item.slice(0, separator.index).trim();
  const value = item.slice(separator.index + separator[0].length).trim();
  if (!label || !value || wordsOf(label).length > MAX_SUBJECT_WORDS) return undefined;
  return { label, value };
}

/** A slot named by the first words of `text` ("indication multiple myeloma", "approved for MCL") and the rest. */
function slotAtStart(text: string): { column: NonNullable<ReturnType<typeof columnNamed>>; rest: string } | undefined {
  const words = wordsOf(text);
  for (let k = Math.min(words.length - 1, 4); k >= 1; k--) {
    const column = columnNamed(
      words
        .slice(0, k)
        .map((w) => w.lower)
        .join(' '),
    );
    if (column) return { column, rest: text.slice(words[k]!.start).trim() };
  }
  return undefined;
}

/** Whether the lead-in is only the name of one knowledge-base entity ("Yescarta", "Kymriah (tisagenlecleucel)"). */
function namesOneEntity(document: DocumentAnalysis, lead: { start: number; end: number }): boolean {
  const mentions = document.mentionsIn(lead.start, lead.end);
  if (mentions.length === 0 || mentions.some((m) => m.entity !== mentions[0]!.entity)) return false;
  const rest = document.prose.masked
    .slice(lead.start, lead.end)
    .split('')
    .map((c, i) => (mentions.some((m) => m.start <= lead.start + i && lead.start + i < m.end) ? ' ' : c))
    .join('');
  return wordsOf(rest).every((w) => w.punct || w.lower === ':');
}
