import { maskedOf } from '../text/prose';
import type { DocumentAnalysis, SentenceCueTest } from '../document/analysis';
import type { Entity } from '../kb/types';
import type { Sentence } from '../text/sentences';
import { isYear } from '../util/text';
import { lexicon, lexiconWords } from './lexicon';
import { phraseAt, phraseStartingAt, wordsOf } from './words';
import { framePeriodOf } from './period';
import { regulatorOf } from './knowledge';
import { countryRegulatorSpanAt } from './qualifiers';

// A sentence or table cell without a subject takes the one its section heading or table row names:
//   "## Aucatzyl" over "Targets BCMA."               → "Aucatzyl targets BCMA."
//   "| Breyanzi | Approved for MM in 2022. |"         → "Breyanzi was approved for MM in 2022."
// Only a sentence that opens with a predicate (data/lexicon/subjectless-verbs, subjectless-participles) has none;
// a sentence with its own subject is never given another.

// Longer than a telegraphic predicate: prose with clauses of its own, judged as written.
const MAX_PREDICATE_WORDS = 24;
// A heading further up than this many blocks no longer frames a subjectless sentence (and the walk stays short).
export const MAX_SECTION_BLOCKS = 12;

/** The statement `subject` makes with a subjectless predicate ("Targets BCMA."), or undefined when it has a subject. */
export function subjectlessStatement(subject: string, text: string, negated = false): string | undefined {
  const predicate = subject ? subjectlessPredicate(text, negated) : undefined;
  return predicate && `${subject} ${predicate}.`;
}

/** The predicate a subjectless sentence gives its subject ("targets BCMA", "was approved in 2022"), if it is one. */
/**
 * `negated`: a negated predicate counts too ("Not approved for adults"), where the frame gives the statement its
 * subject and nothing else: a table cell's "Not approved" answers its header, whose place it would drop.
 */
function subjectlessPredicate(text: string, negated = false): string | undefined {
  const predicate = text.trim().replace(/[.;]$/, '');
  // Cheap test first: most sentences open with their subject.
  const first = /^[\p{L}]+/u.exec(predicate)?.[0].toLowerCase();
  if (!first || !(openers().has(first) || (negated && NEGATIONS.has(first)))) return undefined;
  const words = wordsOf(predicate);
  if (words.length < 2 || words.length > MAX_PREDICATE_WORDS) return undefined;
  // A negated predicate ("Not approved for adults", "No longer requires a REMS") opens with its negation, and the
  // adverbs a negation reaches over ("Not yet approved").
  const negation = NEGATIONS.has(first) ? phraseStartingAt(words, 0, lexicon('negation-cues')) : undefined;
  let at = negation?.length ?? 0;
  while (at > 0 && lexiconWords('negation-adverbs').has(words[at]?.lower ?? '')) at++;
  const opens = (name: 'subjectless-verbs' | 'subjectless-participles' | 'design-genetically-modified') =>
    lexicon(name).some((p) => phraseAt(words, at, p));
  const lowered = /^\p{Lu}\p{Ll}/u.test(predicate) ? predicate[0]!.toLowerCase() + predicate.slice(1) : predicate;
  // "Not targets CD19" is not English: a finite verb takes only a negation that is not "not".
  if (opens('subjectless-verbs') && negation?.phrase !== 'not') return lowered;
  // "Genetically engineered": the design's own words for a modified product are participles too.
  if (opens('subjectless-participles') || opens('design-genetically-modified'))
    return `${words.some((w) => isYear(w.lower)) ? 'was' : 'is'} ${lowered}`;
  return undefined;
}

const maySubjectless: SentenceCueTest = (text) => subjectlessPredicate(text, true) !== undefined;

/** What a heading is about: one entity, as named there (see frameSubject). */
type SubjectOf = (span: { start: number; end: number }) => { text: string; entity: Entity } | undefined;

/**
 * The statement a paragraph's or a list item's sentence makes with the heading of its section when it has no subject of its own and
 * the heading is about one entity of the knowledge base ("## Yescarta (axicabtagene ciloleucel)", "## About Yescarta").
 */
export function headingStatement(
  document: DocumentAnalysis,
  sentence: Sentence,
  subjectOf: SubjectOf,
): string | undefined {
  if (sentence.block !== 'paragraph' && sentence.block !== 'list-item') return undefined;
  // The predicate first: the heading walk only for a sentence without a subject.
  if (!document.sentenceCue('may be subjectless', sentence, maySubjectless)) return undefined;
  const predicate = subjectlessPredicate(sentence.text, true);
  if (!predicate || namesOwnClass(document, sentence)) return undefined;
  const subject = sectionSubject(document, sentence, subjectOf);
  return subject ? `${subject.text} ${predicate}.` : undefined;
}

/**
 * "## Anakinra" over "Approved CAR-T for MZL: Breyanzi": a participle before a therapy class modifies it, and the line
 * names the class's members, its own subject; the heading only gives context.
 */
function namesOwnClass(document: DocumentAnalysis, sentence: Sentence): boolean {
  const second = wordsOf(sentence.text, sentence.start, 2)[1];
  return (
    second !== undefined &&
    document
      .mentionsIn(second.start, sentence.end)
      .some((m) => m.start === second.start && m.entity.type === 'therapy-class')
  );
}

/** The one entity a sentence's section heading is about, when the heading is near ("## Yescarta (axicabtagene ciloleucel)"). */
export function sectionSubject(
  document: DocumentAnalysis,
  sentence: Sentence,
  subjectOf: SubjectOf,
): { text: string; entity: Entity } | undefined {
  const { blocks } = document.prose;
  let b = sentence.blockIndex - 1;
  while (b >= 0 && sentence.blockIndex - b <= MAX_SECTION_BLOCKS && blocks[b]!.kind !== 'heading') b--;
  const heading = blocks[b];
  return heading?.kind === 'heading' ? subjectOf(heading) : undefined;
}

/** A title's words without the number that opens it ("slide 3" → "", "slide 3 key facts about" → "key facts about"). */
function unnumbered(words: string): string {
  const numbered = /^(?:(\S+) )?(?:\d{1,3}|[ivx]{1,4})(?: |$)/.exec(words);
  if (!numbered || (numbered[1] !== undefined && !lexicon('numbered-frame-labels').includes(numbered[1]))) return words;
  return words.slice(numbered[0].length);
}

// First words of a negation before a subjectless predicate (data/lexicon/negation-cues has the whole phrases).
const NEGATIONS = new Set(['not', 'never', 'no']);

let firstWords: ReadonlySet<string> | undefined;
/** The first words of the opener lexicons. */
const openers = () =>
  (firstWords ??= new Set(
    [...lexicon('subjectless-verbs'), ...lexicon('subjectless-participles')].map((p) => p.split(' ')[0]!),
  ));

/** The one entity a heading or lead-in is about, and its name as written there. */
export interface FrameSubject {
  text: string;
  entity: Entity;
}

/**
 * The one entity a heading or lead-in is about: its only name ("Yescarta", "Kymriah (tisagenlecleucel)"), or a
 * product's or drug's name in a subject frame ("Key facts about Carvykti", "Tecartus at a glance";
 * data/lexicon/subject-frames-*). None when it names several, or says anything else ("Alternatives to Kymriah").
 */
export function frameSubject(
  document: DocumentAnalysis,
  lead: { start: number; end: number },
  misspelled?: (word: string) => Entity | undefined,
): FrameSubject | undefined {
  // A place or a regulator ("Kymriah (FDA)", "Carvykti in the US") qualifies the frame: what it scopes is judged there
  // (claims/place.ts), it does not name another subject.
  const mentions = document.mentionsIn(lead.start, lead.end).filter((m) => regulatorOf(m.entity) === undefined);
  const masked = maskedOf(document.prose);
  const qualifier = qualifierWords(document, lead);
  const wordsBetween = (start: number, end: number) =>
    wordsOf(masked.slice(start, end), start)
      .filter((w) => !w.punct && w.lower !== ':' && !qualifier.has(w.start))
      .map((w) => w.lower)
      .join(' ');
  // A line that is only a misspelled name ("Yescata") is about the product it misspells.
  if (mentions.length === 0 && misspelled) {
    const words = wordsOf(masked.slice(lead.start, lead.end)).filter((w) => !w.punct && w.lower !== ':');
    const only = words.length === 1 ? words[0]!.text : undefined;
    const entity = only === undefined ? undefined : misspelled(only);
    return entity && { text: only!, entity };
  }
  const entity = mentions[0]?.entity;
  if (!entity || mentions.some((m) => m.entity !== entity)) return undefined;
  for (let m = 1; m < mentions.length; m++)
    if (wordsBetween(mentions[m - 1]!.end, mentions[m]!.start)) return undefined;
  const first = mentions[0]!;
  const last = mentions[mentions.length - 1]!;
  const before = unnumbered(wordsBetween(lead.start, first.start));
  // An article opening the words after the name adds nothing to what the line is about ("Abecma: the basics").
  const after = wordsBetween(last.end, lead.end).replace(LEADING_ARTICLE, '');
  if (
    (before || after) &&
    !(
      (first.entity.type === 'product' || first.entity.type === 'drug') &&
      (!before || lexicon('subject-frames-before').includes(before)) &&
      (!after || lexicon('subject-frames-after').includes(after))
    )
  )
    return undefined;
  // Its first name: "Kymriah (tisagenlecleucel)" is Kymriah.
  return { text: masked.slice(first.start, first.end), entity };
}

const LEADING_ARTICLE = /^(?:an?|the) /;

/**
 * The one product or drug a frame over "Label: value" bullets is about: as frameSubject, or the subject of a clause the
 * line opens with a question word (data/lexicon/subject-clause-openers: "How Abecma is made", "Where Breyanzi is
 * licensed"). The label names the relation, so the line only has to say what it is about; a bullet without a label
 * never takes such a subject, since the clause's verb ("Where Kymriah is being tested") decides what it says.
 */
export function labelFrameSubject(
  document: DocumentAnalysis,
  lead: { start: number; end: number },
  misspelled?: (word: string) => Entity | undefined,
): FrameSubject | undefined {
  const framed = frameSubject(document, lead, misspelled);
  if (framed) return framed;
  const masked = maskedOf(document.prose);
  const words = wordsOf(masked.slice(lead.start, lead.end), lead.start).filter((w) => !w.punct);
  if (!lexiconWords('subject-clause-openers').has(words[0]?.lower ?? '')) return undefined;
  const mentions = document.mentionsIn(lead.start, lead.end).filter((m) => regulatorOf(m.entity) === undefined);
  const first = mentions[0];
  if (!first || (first.entity.type !== 'product' && first.entity.type !== 'drug')) return undefined;
  if (mentions.some((m) => m.entity !== first.entity) || words[1]?.start !== first.start) return undefined;
  // The name is the clause's subject: a verb follows it.
  const verb = words.find((w) => w.start >= first.end)?.lower ?? '';
  if (!lexiconWords('auxiliaries').has(verb) && !lexiconWords('heading-finite-verbs').has(verb)) return undefined;
  return { text: masked.slice(first.start, first.end), entity: first.entity };
}

/**
 * The start offsets of a frame's words that say when or where, not what: its period ("in 2025", "(since June
 * 2025)") and a regulator or country with its preposition ("(FDA)", "in the US").
 */
function qualifierWords(document: DocumentAnalysis, lead: { start: number; end: number }): Set<number> {
  const words = wordsOf(maskedOf(document.prose).slice(lead.start, lead.end), lead.start);
  const skipped = new Set<number>();
  const period = framePeriodOf(words, '');
  if (period) for (let i = period.from; i < period.to; i++) skipped.add(words[i]!.start);
  const regulators = document.mentionsIn(lead.start, lead.end).filter((m) => regulatorOf(m.entity) !== undefined);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const country = countryRegulatorSpanAt(words, i);
    const length = country?.length ?? (regulators.some((m) => m.start <= w.start && w.start < m.end) ? 1 : 0);
    if (!length) continue;
    for (let k = i; k < i + length; k++) skipped.add(words[k]!.start);
    // "in the US", "by the FDA".
    for (let k = i - 1; k >= 0 && PLACE_LINKS.has(words[k]!.lower); k--) skipped.add(words[k]!.start);
    i += length - 1;
  }
  return skipped;
}

const PLACE_LINKS = new Set(['in', 'the', 'by', 'per']);
