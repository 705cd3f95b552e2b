import type { DocumentAnalysis } from '../document/analysis';
import type { Entity } from '../kb/types';
import type { Sentence } from '../text/sentences';
import { isYear } from '../util/text';
import { lexicon } from './lexicon';
import { phraseAt, wordsOf } from './words';

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
export function subjectlessStatement(subject: string, text: string): string | undefined {
  const predicate = subject ? subjectlessPredicate(text) : undefined;
  return predicate && `${subject} ${predicate}.`;
}

/** The predicate a subjectless sentence gives its subject ("targets BCMA", "was approved in 2022"), if it is one. */
function subjectlessPredicate(text: string): string | undefined {
  const predicate = text.trim().replace(/[.;]$/, '');
  // Cheap test first: most sentences open with their subject.
  const first = /^[\p{L}]+/u.exec(predicate)?.[0].toLowerCase();
  if (!first || !openers().has(first)) return undefined;
  const words = wordsOf(predicate);
  if (words.length < 2 || words.length > MAX_PREDICATE_WORDS) return undefined;
  const opens = (name: 'subjectless-verbs' | 'subjectless-participles') =>
    lexicon(name).some((p) => phraseAt(words, 0, p));
  const lowered = /^\p{Lu}\p{Ll}/u.test(predicate) ? predicate[0]!.toLowerCase() + predicate.slice(1) : predicate;
  if (opens('subjectless-verbs')) return lowered;
  if (opens('subjectless-participles')) return `${words.some((w) => isYear(w.lower)) ? 'was' : 'is'} ${lowered}`;
  return undefined;
}

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
  const predicate = subjectlessPredicate(sentence.text);
  const subject = predicate && sectionSubject(document, sentence, subjectOf);
  return subject ? `${subject.text} ${predicate}.` : undefined;
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
  const mentions = document.mentionsIn(lead.start, lead.end);
  const { masked } = document.prose;
  // A line that is only a misspelled name ("Yescata") is about the product it misspells.
  if (mentions.length === 0 && misspelled) {
    const words = wordsOf(masked.slice(lead.start, lead.end)).filter((w) => !w.punct && w.lower !== ':');
    const only = words.length === 1 ? words[0]!.text : undefined;
    const entity = only === undefined ? undefined : misspelled(only);
    return entity && { text: only!, entity };
  }
  const entity = mentions[0]?.entity;
  if (!entity || mentions.some((m) => m.entity !== entity)) return undefined;
  const wordsBetween = (start: number, end: number) =>
    wordsOf(masked.slice(start, end))
      .filter((w) => !w.punct && w.lower !== ':')
      .map((w) => w.lower)
      .join(' ');
  for (let m = 1; m < mentions.length; m++)
    if (wordsBetween(mentions[m - 1]!.end, mentions[m]!.start)) return undefined;
  const first = mentions[0]!;
  const last = mentions[mentions.length - 1]!;
  const before = unnumbered(wordsBetween(lead.start, first.start));
  const after = wordsBetween(last.end, lead.end);
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
