import type { KnowledgeIndex } from '../../../kb/index';
import { modalityLabel } from '../../../kb/modalities';
import type { Entity, Modality } from '../../../kb/types';
import { classesOf, label, mechanismPhrase, membersOf, primaryClassOf, uniqueSources } from '../../knowledge';
import { notAsserted } from '../../assertion';
import type { Clause } from '../../clauses';
import { hedgesIn } from '../../modality';
import { rankBefore } from '../../negation';
import { type ClaimSentence, isPossessive, type Mention } from '../../sentence';
import { isRowSeparator, phraseAt, phraseStartingAt, type Word } from '../../words';
import type { Relation } from '../types';
import { lexicon, lexiconWords } from '../../lexicon';
import { isPluralMention } from '../../../terms/terminology';
import { wordClass } from '../../word-classes';

// Drug-class nouns that have no entity of their own, with the modalities they fit.
const MODALITY_NOUNS: readonly { phrase: string; modalities: Modality[]; name: string }[] = [
  { phrase: 'bispecific', modalities: ['bispecific-t-cell-engager'], name: 'a bispecific T-cell engager' },
  { phrase: 'monoclonal antibody', modalities: ['monoclonal-antibody'], name: 'a monoclonal antibody' },
  { phrase: 'antibody', modalities: ['monoclonal-antibody', 'bispecific-t-cell-engager'], name: 'an antibody' },
  { phrase: 'mab', modalities: ['monoclonal-antibody'], name: 'a monoclonal antibody' },
  { phrase: 'receptor antagonist', modalities: ['receptor-antagonist'], name: 'a receptor antagonist' },
  { phrase: 'kinase inhibitor', modalities: ['kinase-inhibitor'], name: 'a kinase inhibitor' },
  { phrase: 'tyrosine kinase inhibitor', modalities: ['kinase-inhibitor'], name: 'a tyrosine kinase inhibitor' },
  { phrase: 'mtor inhibitor', modalities: ['mtor-inhibitor'], name: 'an mTOR inhibitor' },
  { phrase: 'somatostatin analog', modalities: ['somatostatin-analog'], name: 'a somatostatin analog' },
  { phrase: 'somatostatin analogue', modalities: ['somatostatin-analog'], name: 'a somatostatin analog' },
  { phrase: 'radioligand', modalities: ['radioligand'], name: 'a radioligand' },
  { phrase: 'radiopharmaceutical', modalities: ['radioligand'], name: 'a radiopharmaceutical' },
  { phrase: 'chemotherapy', modalities: ['chemotherapy', 'regimen'], name: 'chemotherapy' },
  { phrase: 'corticosteroid', modalities: ['corticosteroid'], name: 'a corticosteroid' },
  { phrase: 'steroid', modalities: ['corticosteroid'], name: 'a steroid' },
];
const NOUN_PHRASES = MODALITY_NOUNS.map((n) => n.phrase);
// Any of the modality nouns, for the cheap pre-test.
const MODALITY_WORDS = /bispecific|antibod|mab\b|antagonist|inhibitor|analog|radio|chemotherapy|steroid/i;
// The same nouns as whole words (as words.ts delimits them): each noun phrase holds one.
const NOUN_WORDS = new RegExp(
  `(?<!\\p{L})(?:${[...new Set(NOUN_PHRASES.map((p) => p.split(' ').pop()!))].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const COPULA = wordClass('copulas-with-remain');
const COPULA_ASIDES = lexicon('copula-asides');

/** The copula before ", in effect," when `comma` closes such an aside (data/lexicon/copula-asides). */
function copulaBeforeAside(words: readonly Word[], comma: number, from: number): number | undefined {
  if (words[comma]?.lower !== ',') return undefined;
  for (const aside of COPULA_ASIDES) {
    const length = aside.split(' ').length;
    const open = comma - length - 1;
    if (open - 1 < from || words[open]!.lower !== ',' || !phraseAt(words, open + 1, aside)) continue;
    if (COPULA.has(words[open - 1]!.lower)) return open - 1;
  }
  return undefined;
}
// "belongs to the class of": a verb that links its subject to a class as a copula does.
const MEMBERSHIP_VERBS = lexicon('class-membership-verbs');

/** Where the copula, or a verb of class membership (data/lexicon/class-membership-verbs), that ends at `at` starts. */
function copulaEndingAt(words: readonly Word[], at: number, from: number): number | undefined {
  if (COPULA.has(words[at]?.lower ?? '')) return at;
  for (const verb of MEMBERSHIP_VERBS) {
    const start = at - verb.split(' ').length + 1;
    if (start >= from && phraseAt(words, start, verb)) return start;
  }
  return undefined;
}
// Words between a copula and its class (data/lexicon/copula-class-fillers).
const BETWEEN_COPULA_AND_CLASS = lexiconWords('copula-class-fillers');
const NEGATION_CUES = lexiconWords('negation-cues');
const CLASS_KIND_NOUNS = lexiconWords('class-kind-nouns');
const COMPARED_WITH = new Set(['like', 'unlike', 'than', 'versus', 'vs']);
const ARTICLES = wordClass('articles');
const BETWEEN_SUBJECTS = new Set([',', 'and', 'or', 'nor', 'neither', 'both', 'either']);

const relation: Relation = {
  meta: {
    id: 'therapy-class',
    description:
      'What kind of therapy a product or drug is ("Tecelra is a TCR-T", "anakinra is not an antibody"), against its modality.',
    messages: {
      isClass: '{{product}} is {{article}} {{className}}.',
      isNotClass: '{{product}} is not {{article}} {{className}}: it is {{actual}}.',
    },
  },
  // Only a product or drug mention can be the subject of a class claim.
  applies: (text, mentions) =>
    mentions.some(
      (m) => (m.entity.type === 'product' || m.entity.type === 'drug') && m.entity.modality && !m.entity.unverified,
    ) &&
    (mentions.some((m) => m.entity.type === 'therapy-class') || (MODALITY_WORDS.test(text) && NOUN_WORDS.test(text))),
  check({ sentence, index, assertedClauses, clauses, report }) {
    const asserted = new Set(assertedClauses());
    for (const clause of clauses) {
      // "Kineret, a monoclonal antibody, is used in some patients", "Is Kineret, an antibody, …?": an apposition is
      // presupposed, so a hedge or a question on its clause leaves it asserted.
      const presupposing = !asserted.has(clause) && presupposesAppositions(sentence, clause);
      if (!asserted.has(clause) && !presupposing) continue;
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex);
      const classes = [
        ...mentions
          .filter((m) => m.entity.type === 'therapy-class')
          .map((m) => ({ at: m.from, mention: m as Mention | undefined, noun: undefined })),
        ...nounsIn(sentence.words, clause.from, clause.to, mentions).map((n) => ({
          at: n.at,
          mention: undefined,
          noun: n.noun,
        })),
      ];
      const paired = respectiveClasses(sentence, clause, classes, mentions);
      for (const claimed of classes) {
        const { subjects, apposition } = paired
          ? { subjects: paired.get(claimed.at) ?? [], apposition: undefined }
          : subjectsOf(sentence, claimed.at, clause.from, mentions, isPluralClass(sentence, claimed));
        if (presupposing && !(apposition !== undefined && !hedgeBetween(sentence, clause, apposition, claimed.at)))
          continue;
        // An apposition is presupposed: the predicate's negation ("did not approve X, a CAR-T, for …") leaves it
        // asserted; only a negation inside it ("X, not a CAR-T, …") denies it.
        const negated =
          apposition !== undefined
            ? claimed.mention?.mark === 'negated' ||
              sentence.words.slice(apposition + 1, claimed.at).some((w) => NEGATION_CUES.has(w.lower))
            : sentence.negatedAt(claimed.at) !== (claimed.mention?.mark === 'negated');
        // "was not the first CAR-T": the negation denies the ordinal, not the class.
        if (negated && rankBefore(sentence.words, claimed.at, clause.from)) continue;
        for (const subject of subjects) {
          if (!subject.modality || subject.unverified) continue;
          // Judged only when the class hierarchy can place the subject: its modality has a class, or the claimed
          // class is one modality's ("Kineret is a CAR T-cell therapy": a receptor antagonist has no class, so it
          // is a member of none that a modality defines).
          if (claimed.mention && !primaryClassOf(index, subject.modality) && !claimed.mention.entity.classModality)
            continue;
          const also = (subject.alsoModalities ?? []).map((a) => a.modality);
          const isMember = claimed.mention
            ? membersOf(index, claimed.mention.entity).includes(subject) ||
              also.some((m) => {
                const cls = primaryClassOf(index, m);
                return cls !== undefined && index.isA(cls.id, claimed.mention!.entity.id);
              })
            : [subject.modality, ...also].some((m) => claimed.noun!.modalities.includes(m));
          if (isMember !== negated) continue;
          // "Breyanzi is not a BCMA CAR-T": the denied class is narrowed by a target the subject lacks, so the denial
          // agrees with the record.
          if (
            negated &&
            claimed.mention &&
            narrowingTargets(sentence, claimed.mention).some((a) => !targets(subject, a))
          )
            continue;
          // A broad class the knowledge base does not declare complete ("immunotherapy") is never denied.
          if (
            !isMember &&
            claimed.mention &&
            !claimed.mention.entity.classModality &&
            !claimed.mention.entity.membersComplete
          )
            continue;
          const className = claimed.mention ? singularClassName(claimed.mention) : claimed.noun!.phrase;
          report({
            messageId: negated ? 'isClass' : 'isNotClass',
            data: {
              product: label(index, subject),
              article: article(className),
              className,
              actual: whatItIs(index, subject),
            },
            sources: uniqueSources(
              subject.mechanism?.sources,
              subject.sources,
              ...(subject.alsoModalities ?? []).map((a) => a.sources),
            ),
            correction: `${label(index, subject)} is ${whatItIs(index, subject)}.`,
          });
        }
      }
    }
  },
};
export default relation;

// Words between a target and the class it narrows: "BCMA CAR-T", "BCMA-directed CAR-T", "CD19 targeted CAR-T".
const MAX_NARROWING_GAP = 2;

/** The antigens premodifying a class mention ("BCMA-directed CAR-T"), up to punctuation. */
function narrowingTargets(sentence: ClaimSentence, mention: Mention): Entity[] {
  const { words } = sentence;
  return sentence.mentions
    .filter(
      (m) =>
        m.entity.type === 'antigen' &&
        m.to <= mention.from &&
        m.to >= mention.from - MAX_NARROWING_GAP &&
        !words.slice(m.to, mention.from).some((w) => w.punct),
    )
    .map((m) => m.entity);
}

const targets = (subject: Entity, antigen: Entity) => subject.design?.targets.includes(antigen.id) ?? false;

/**
 * The class as the message names one product's class: a plural as written ("are gene therapies", "CAR T cells")
 * gives way to the class's name ("is not a gene therapy", "not a CAR T-cell therapy").
 */
function singularClassName(mention: Mention): string {
  return isPluralClassMention(mention) ? mention.entity.name : mention.match.text;
}

const isPluralClassMention = (mention: Mention) => isPluralMention(mention.match) || /[^s]s$/i.test(mention.match.text);

function nounsIn(words: readonly Word[], from: number, to: number, mentions: readonly Mention[]) {
  const found: { at: number; noun: (typeof MODALITY_NOUNS)[number] }[] = [];
  for (let i = from; i < to; i++) {
    const hit = phraseStartingAt(words, i, NOUN_PHRASES);
    if (!hit) continue;
    const noun = MODALITY_NOUNS[NOUN_PHRASES.indexOf(hit.phrase)]!;
    // A class noun the knowledge base also records as a drug ("corticosteroid") is still the class: only a mention
    // of something else ("steroid-refractory aGVHD") hides it.
    const covering = mentions.find((m) => m.from <= i && i < m.to);
    if (covering && !(covering.from === i && covering.to === i + hit.length && isClassDrug(covering.entity, noun)))
      continue;
    found.push({ at: i, noun });
    i += hit.length - 1;
  }
  return found;
}

/** A drug entry that stands for the whole class the noun names ("corticosteroids"), not one drug of it. */
function isClassDrug(entity: Entity, noun: (typeof MODALITY_NOUNS)[number]): boolean {
  return (
    entity.type === 'drug' && !entity.parents?.length && !!entity.modality && noun.modalities.includes(entity.modality)
  );
}

/**
 * The products or drugs a class word at `at` is predicated of: "X is a C", "X and Y are not C",
 * "X, a C," (apposition) — walking back over the class's own modifiers to a copula or a comma.
 */
const PREPOSITIONS = lexiconWords('prepositions');
const BACK_POINTING = new Set(['it', 'them']);
const LINE_ENDS = new Set(['.', ';', ':', '!', '?']);

/**
 * Whether a pronoun that is a preposition's object ("before it", not "before it was known") ends a phrase later in the
 * clause of the class at `at`.
 */
function pointsBackAfter(words: readonly Word[], at: number): boolean {
  for (let k = at + 2; k < words.length - 1 && !LINE_ENDS.has(words[k]!.lower); k++)
    if (
      PREPOSITIONS.has(words[k]!.lower) &&
      BACK_POINTING.has(words[k + 1]!.lower) &&
      (words[k + 2] === undefined || words[k + 2]!.punct)
    )
      return true;
  return false;
}

function subjectsOf(
  sentence: ClaimSentence,
  at: number,
  from: number,
  mentions: readonly Mention[],
  plural = true,
): { subjects: Entity[]; apposition?: number } {
  const none = { subjects: [] };
  const { words } = sentence;
  let i = at - 1;
  const isPartOfMention = (k: number) =>
    mentions.some((m) => m.from <= k && k < m.to && m.entity.type !== 'product' && m.entity.type !== 'drug');
  // Modifiers of the class: adjectives, antigens, hyphenated words.
  let row = false;
  let articleAt: number | undefined;
  while (
    i >= from &&
    copulaEndingAt(words, i, from) === undefined &&
    words[i]!.lower !== ',' &&
    words[i]!.lower !== '(' &&
    (BETWEEN_COPULA_AND_CLASS.has(words[i]!.lower) ||
      isPartOfMention(i) ||
      (!words[i]!.punct && !isVerbLike(words[i]!.lower)))
  ) {
    // "Teclistamab — BCMA CAR-T": the class is the next cell of a verbless row.
    if (mentions.some((m) => m.to === i + 1 && (m.entity.type === 'product' || m.entity.type === 'drug'))) {
      if (!isRowSeparator(words, sentence.text, sentence.start, i + 1, i + 1) || pointsBackAfter(words, at))
        return none;
      row = true;
      break;
    }
    // "the part of CAR-T care": a noun before "of" that names no kind of class is the phrase's head, not the class.
    if (words[i]!.lower === 'of' && !CLASS_KIND_NOUNS.has(words[i - 1]?.lower ?? '')) return none;
    // "everolimus, liver-directed therapy or chemotherapy": the class is one item of a list, not a predicate.
    if (words[i]!.lower === 'or' || words[i]!.lower === 'and') return none;
    // "Talquetamab, like CAR-Ts, …": the object of a comparison, not what the subject is ("like other CAR-Ts" still
    // makes it one).
    if (COMPARED_WITH.has(words[i]!.lower) && !words.slice(i + 1, at).some((w) => w.lower === 'other')) return none;
    // The class's phrase starts at its article: before it only a copula's words ("is not a"), not another phrase's
    // ("…, prepares the body so the CAR-T cells can expand").
    if (
      articleAt !== undefined &&
      !BETWEEN_COPULA_AND_CLASS.has(words[i]!.lower) &&
      !/ly$/.test(words[i]!.lower) &&
      !isPartOfMention(i)
    )
      return none;
    if (ARTICLES.has(words[i]!.lower)) articleAt = i;
    i--;
  }
  if (i < from) return none;
  // "Tecelra is, in effect, a CAR-T": a sentence adverb set off by commas after the copula.
  i = copulaBeforeAside(words, i, from) ?? i;
  let apposition: number | undefined;
  // After a row's dash the subject ends right here; otherwise step over a copula or an apposition's comma.
  if (!row) {
    const copula = copulaEndingAt(words, i, from);
    if (copula !== undefined) {
      i = copula - 1;
      while (i >= from && (BETWEEN_COPULA_AND_CLASS.has(words[i]!.lower) || /ly$/.test(words[i]!.lower))) i--;
      i = beforeApposition(words, i, from, mentions);
    } else if (
      words[i]!.lower === ',' ||
      words[i]!.lower === '(' ||
      isRowSeparator(words, sentence.text, sentence.start, i, i + 1)
    ) {
      if (words[i]!.lower === ',' || words[i]!.lower === '(') apposition = i;
      // "AMTAGVI: NO CELL THERAPY REACHED A SOLID TUMOUR BEFORE IT": the class opens a clause of its own whose
      // pronoun points back at the label, which is then that clause's topic, not the class's subject.
      else if (pointsBackAfter(words, at)) return none;
      // "Casgevy and Lyfgenia, CAR-NK, CAR-M": after a comma, a class without a determiner is the next item of a
      // list; an apposition has one ("Lyfgenia, a gene therapy", "Carvykti, J&J's BCMA CAR-T").
      if (
        words[i]!.lower === ',' &&
        !words
          .slice(i + 1, at)
          .some(
            (w) =>
              DETERMINERS.has(w.lower) ||
              isPossessive(sentence, { from: w.index, to: w.index + 1 }) ||
              COMPARED_WITH.has(w.lower),
          )
      )
        return none;
      i--; // an apposition, or "Anakinra: antibody"
    } else return none;
  }
  const subjects: Entity[] = [];
  while (i >= from) {
    const mention = mentions.find((m) => m.to === i + 1 && (m.entity.type === 'product' || m.entity.type === 'drug'));
    if (mention) {
      if (mention.mark !== 'excluded') subjects.push(mention.entity);
      i = mention.from - 1;
    } else if (BETWEEN_SUBJECTS.has(words[i]!.lower) && subjects.length) {
      // "capecitabine, or sunitinib (a kinase inhibitor)": a singular apposition belongs to the name it directly
      // follows, not to the list that name ends; a plural one ("(both CD28 CAR-Ts)") may cover the list.
      if (apposition !== undefined && !plural) break;
      i--;
    } else if (words[i]!.lower === ')' && !subjects.length) {
      // "Lu-177 dotatate (Lutathera) is …", "anakinra (Kineret), an …": a parenthesis after the subject renames it.
      // Nested brackets ("(octreotide (Sandostatin LAR), lanreotide)") rename inside: match the outer one.
      let open = i - 1;
      for (let depth = 0; open >= from; open--) {
        if (words[open]!.lower === ')') depth++;
        else if (words[open]!.lower === '(' && depth-- === 0) break;
      }
      if (open < from) break;
      i = open - 1;
    } else break;
  }
  return { subjects, ...(apposition !== undefined && subjects.length ? { apposition } : {}) };
}

/** The class is written as a plural ("CAR-T therapies") or counted over a list ("(both …)", "(all …)"). */
function isPluralClass(sentence: ClaimSentence, claimed: { at: number; mention: Mention | undefined }): boolean {
  if (claimed.mention && isPluralClassMention(claimed.mention)) return true;
  const { words } = sentence;
  for (let i = claimed.at - 1; i >= 0 && words[i]!.lower !== '(' && words[i]!.lower !== ','; i--)
    if (QUANTIFIERS.has(words[i]!.lower)) return true;
  return false;
}

// Determiners that point at one referent (an apposition's), not those that count ("all", "some"); a possessive
// ("J&J's", whose "'s" the words drop) is one too.
const QUANTIFIERS = lexiconWords('quantifiers');
const DETERMINERS = new Set([...lexiconWords('determiners')].filter((word) => !QUANTIFIERS.has(word)));

/**
 * "Abecma, from Bristol Myers Squibb, is …": the copula's subject is the product before an apposition that ends at
 * `i`. The apposition names no product (else the commas separate a list) and holds no copula.
 */
function beforeApposition(words: readonly Word[], i: number, from: number, mentions: readonly Mention[]): number {
  if (words[i]?.lower !== ',') return i;
  const isTherapy = (m: Mention) => m.entity.type === 'product' || m.entity.type === 'drug';
  let open = i - 1;
  while (open >= from && words[open]!.lower !== ',' && !COPULA.has(words[open]!.lower)) open--;
  if (open < from || words[open]!.lower !== ',') return i;
  if (mentions.some((m) => isTherapy(m) && m.from > open && m.from < i)) return i;
  return mentions.some((m) => isTherapy(m) && m.to === open) ? open - 1 : i;
}

/**
 * "Amtagvi and Tecelra are a TIL therapy and a TCR therapy, respectively": each listed product is its own class of the
 * list, in order. Undefined without "respectively"; with it, an empty map when the lists do not pair one to one (each
 * class's subject is then unresolved).
 */
function respectiveClasses(
  sentence: ClaimSentence,
  clause: Clause,
  classes: readonly { at: number }[],
  mentions: readonly Mention[],
): Map<number, Entity[]> | undefined {
  const { words } = sentence;
  if (!words.slice(clause.from, clause.to).some((w) => w.lower === 'respectively')) return undefined;
  const paired = new Map<number, Entity[]>();
  const ordered = [...classes].sort((a, b) => a.at - b.at);
  if (ordered.length < 2) return paired;
  const { subjects } = subjectsOf(sentence, ordered[0]!.at, clause.from, mentions);
  if (subjects.length !== ordered.length) return paired;
  const firstAt = (e: Entity) => mentions.find((m) => m.entity === e)?.from ?? 0;
  const inOrder = [...subjects].sort((a, b) => firstAt(a) - firstAt(b));
  ordered.forEach((c, k) => paired.set(c.at, [inOrder[k]!]));
  return paired;
}

/** A clause whose only reason not to assert is a hedge or a question: its appositions still hold. */
function presupposesAppositions(sentence: ClaimSentence, clause: Clause): boolean {
  const reason = notAsserted(sentence, clause);
  return reason === 'hedged' || reason === 'question';
}

/** "Kineret, possibly an antibody, …": a hedge inside the apposition hedges the apposition too. */
function hedgeBetween(sentence: ClaimSentence, clause: Clause, from: number, to: number): boolean {
  return hedgesIn(sentence.words, clause).some((cue) => cue.at >= from && cue.at < to);
}

// Words that end the walk back from a class: verbs and prepositions that start another phrase.
function isVerbLike(word: string): boolean {
  return /^(has|have|had|uses|use|targets|target|causes|cause|for|in|with|by|to|from|than|that|which|who|after|before|on|at)$/.test(
    word,
  );
}

function article(text: string): string {
  // A lower-case letter before capitals is said as a letter: "an mTOR inhibitor", "an mAb".
  if (/^[a-z][A-Z]/.test(text)) return /^[aefhilmnorsx]/.test(text) ? 'an' : 'a';
  return /^[aeiou]/i.test(text) && !/^(one|u[bcfhjkqrstn]|eu)/i.test(text) ? 'an' : 'a';
}

/** "a TCR-T (T-cell receptor gene therapy)" from the product's class, or its mechanism in words. */
function whatItIs(index: KnowledgeIndex, entity: Entity): string {
  if (entity.mechanism && !entity.mechanism.unverified) return mechanismPhrase(entity.mechanism.text);
  const cls = classesOf(index, entity.modality)[0];
  if (cls) return `${article(cls.name)} ${cls.name}`;
  if (!entity.modality) return 'another kind of therapy';
  const name = modalityLabel(entity.modality);
  return `${article(name)} ${name}`;
}
