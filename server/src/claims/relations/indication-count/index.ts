import type { Approval, Entity } from '../../../kb/types';
import type { KnowledgeIndex } from '../../../kb/index';
import { isYear } from '../../../util/text';
import { compareIsoDates } from '../../../util/sorted';
import { listWithin } from '../../../util/messages';
import { approvalsComplete, defaultRegulator, isCondition, monthYear, shortName, uniqueSources } from '../../knowledge';
import { lexicon, lexiconWords } from '../../lexicon';
import { cardinal, ordinal, ordinalWord } from '../../numbers';
import { sentencePeriodOf } from '../../period';
import { monthOf, qualifiersOf } from '../../qualifiers';
import type { Clause } from '../../clauses';
import { type ClaimSentence, isPossessive, type Mention } from '../../sentence';
import { findPhrase, phraseStartingAt, type Word } from '../../words';
import type { Relation, RelationContext } from '../types';

// "Kymriah is approved for three types of cancer", "Yescarta has three FDA-approved indications": how many diseases
// (or label entries) one product is approved for, counted from its recorded approvals by a regulator that declares
// them complete. Judged only for an exact count of a generic disease noun or of a disease the knowledge base knows,
// in a clause that narrows it by nothing else (population, line, another disease before the count).

const APPROVAL = lexicon('approval-cues');
const LINKS = lexicon('indication-count-links');
const HEADS = lexicon('indication-count-heads');
const LABEL_HEADS = lexicon('indication-count-label-heads');
const MODIFIERS = lexicon('indication-count-modifiers');
const NOT_EXACT = lexiconWords('count-not-exact');
const RANK_HEADS = lexicon('indication-rank-heads');
// Possessive determiners that stand for the sentence's one product: "approved for MZL, its third cancer type".
const OWNER_PRONOUNS = new Set(['its', 'their']);
// Linking verbs that need a label noun ("has three indications"), not a disease ("has three cancers" is a patient).
const POSSESSION = new Set(['has', 'have', 'holds', 'carries']);
// Words that may follow "for"/"in" before the count ("approved for only two", "for just one").
const BEFORE_COUNT = new Set(['only', 'just', 'exactly']);
// After the counted noun: the noun phrase ends (a following noun would make it a modifier: "two cancer centers").
const PHRASE_END = new Set([
  'and',
  'or',
  'in',
  'since',
  'as',
  'so',
  'now',
  'today',
  'currently',
  'including',
  'such',
  'with',
  'by',
  'across',
  'both',
  'so far',
  'to',
]);
const AFTER_CONDITION = new Set(['types', 'subtypes', 'kinds']);
// A present or perfect tense claims today's count; a past one without a date tells some earlier time.
const CURRENT = new Set(['is', 'are', 'has', 'have', 'holds', 'carries', 'now', 'currently', 'today']);

const CUE_TEXT =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d(?:st|nd|rd|th))\b/i;
const HEAD_TEXT = /cancer|disease|condition|malignanc|tumou?r type|indication|uses\b|lymphoma|leuka?emia|myeloma/i;

const relation: Relation = {
  meta: {
    id: 'indication-count',
    regulated: true,
    description:
      'How many diseases (or indications) one product is approved for ("Kymriah is approved for three types of cancer"), counted from its recorded approvals.',
    messages: {
      countDiffers: '{{product}} is {{regulator}}-approved for {{count}} {{what}}, not {{claimed}}: {{list}}.',
      rankDiffers:
        "{{condition}} is {{product}}'s {{rank}} {{regulator}}-approved {{what}}, not its {{claimed}}: {{list}}.",
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => m.entity.type === 'product') && CUE_TEXT.test(text) && HEAD_TEXT.test(text),
  check(context) {
    const { sentence, index, assertedClauses, report } = context;
    const { words } = sentence;
    const period = sentencePeriodOf(words);
    for (const clause of assertedClauses()) judgeRank(context, clause);
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      const products = mentions.filter((m) => m.entity.type === 'product');
      if (products.length !== 1) continue;
      const subject = products[0]!;
      const frame = countFrame(words, subject.to, clause.to, mentions);
      if (!frame || sentence.negatedAt(frame.link)) continue;
      const years = words.slice(clause.from, clause.to).some((w) => isYear(w.lower));
      if (years ? typeof period !== 'object' : !words.slice(clause.from, clause.to).some((w) => CURRENT.has(w.lower)))
        continue;
      const q = qualifiersOf(sentence, clause);
      if (q.pediatric || q.adults || q.notPediatric || q.maxAge !== undefined || q.line || q.first) continue;
      if (mentions.some((m) => isCondition(m.entity) && m.from < frame.count)) continue;
      if (sentence.unknownConditions.some((u) => u.clause === clauseIndex && u.from > frame.count)) continue;
      const regulator = q.regulator ?? defaultRegulator(index);
      const product = subject.entity;
      if (!regulator || !approvalsComplete(index, product, regulator)) continue;
      const approvals = (product.approvals ?? []).filter((a) => a.regulator === regulator);
      if (approvals.some((a) => a.unverified)) continue;
      const range = counted(index, approvals, frame.condition);
      // A label noun may count label entries (one disease approved in two lines is two indications).
      const entries = frame.label ? countedEntries(index, approvals, frame.condition) : range.max;
      if ((frame.claimed >= range.min && frame.claimed <= range.max) || frame.claimed === entries) continue;
      const diseases = [...new Set(range.ids)];
      report({
        messageId: 'countDiffers',
        data: {
          product: shortName(index, product.id),
          regulator,
          count: range.min === range.max ? String(range.max) : `${range.min} or ${range.max}`,
          what: `${frame.condition ? `kind${range.max === 1 ? '' : 's'} of ${frame.condition.name}` : range.max === 1 ? 'disease' : 'diseases'}${frame.label && entries !== range.max ? ` in ${entries} indications` : ''}`,
          claimed: String(frame.claimed),
          list: listWithin(
            diseases.map((id) => {
              const first = approvals
                .filter((a) => a.indication === id)
                .map((a) => a.date)
                .sort()[0]!;
              return `${shortName(index, id)} (${monthYear(first)})`;
            }),
            90,
          ),
        },
        sources: uniqueSources(...approvals.filter((a) => range.ids.includes(a.indication)).map((a) => a.sources)),
      });
    }
  },
};
export default relation;

interface CountFrame {
  /** The word that links the product to the count (the approval word, or "has"). */
  link: number;
  count: number;
  claimed: number;
  /** A disease the knowledge base knows as the counted noun ("two types of lymphoma"); none for "cancers". */
  condition?: Entity;
  /** The noun counts indications ("three indications"), which may count label entries. */
  label: boolean;
}

/** The count after the product: "[is approved] for three types of cancer", "has two approved indications". */
function countFrame(words: readonly Word[], from: number, to: number, mentions: readonly Mention[]) {
  const approval = findPhrase(words, APPROVAL, from, to);
  for (let i = from; i < to; i++) {
    const link = phraseStartingAt(words, i, LINKS);
    if (!link) continue;
    const possession = POSSESSION.has(words[i]!.lower);
    // "approved for", "indicated to treat": the approval word comes before its preposition.
    if (!possession && (!approval || approval.at >= i)) continue;
    let k = i + link.length;
    while (k < to && BEFORE_COUNT.has(words[k]!.lower)) k++;
    const claimed = countAt(words[k]);
    // "approved in the US for three cancers": a link without a count is passed over.
    if (claimed === undefined) continue;
    if (NOT_EXACT.has(words[k - 1]?.lower ?? '')) return undefined;
    const head = headAfter(words, k + 1, to, mentions);
    if (!head || (possession && !head.label)) return undefined;
    const frame: CountFrame = {
      link: possession ? i : approval!.at,
      count: k,
      claimed,
      condition: head.condition,
      label: head.label,
    };
    return frame;
  }
  return undefined;
}

function headAfter(words: readonly Word[], from: number, to: number, mentions: readonly Mention[]) {
  let k = from;
  for (let modifier = phraseStartingAt(words, k, MODIFIERS); modifier; modifier = phraseStartingAt(words, k, MODIFIERS))
    k += modifier.length;
  let head: { end: number; condition?: Entity; label: boolean } | undefined;
  const condition = mentions.find((m) => m.from === k && isCondition(m.entity));
  if (condition) {
    let end = condition.to;
    if (AFTER_CONDITION.has(words[end]?.lower ?? '')) end++;
    head = { end, condition: condition.entity, label: false };
  } else {
    const label = phraseStartingAt(words, k, LABEL_HEADS);
    const disease = label ? undefined : phraseStartingAt(words, k, HEADS);
    const found = label ?? disease;
    if (found) head = { end: k + found.length, label: !!label };
  }
  if (!head || head.end > to) return undefined;
  const next = words[head.end];
  const ends = !next || head.end >= to || !/^[\p{L}\p{N}]/u.test(next.text) || PHRASE_END.has(next.lower);
  return ends ? head : undefined;
}

function countAt(word: Word | undefined): number | undefined {
  if (!word || word.hyphenBefore) return undefined;
  if (/^\d{1,2}$/.test(word.lower)) return Number(word.lower);
  return cardinal(word.lower, 1, 12);
}

/**
 * The distinct diseases approved under `condition` (all, when none): `min` leaves out those also filed under
 * another branch ("CLL/SLL" is a leukemia and a lymphoma), which a writer may count or not.
 */
function counted(index: KnowledgeIndex, approvals: readonly Approval[], condition: Entity | undefined) {
  const ids = [...new Set(approvals.map((a) => a.indication))].filter(
    (id) => !condition || id === condition.id || index.isA(id, condition.id),
  );
  const ambiguous = condition
    ? ids.filter((id) =>
        (index.entity(id)?.parents ?? []).some((p) => p !== condition.id && !index.isA(p, condition.id)),
      )
    : [];
  return { ids, min: ids.length - ambiguous.length, max: ids.length };
}

function countedEntries(index: KnowledgeIndex, approvals: readonly Approval[], condition: Entity | undefined): number {
  return approvals.filter((a) => !condition || a.indication === condition.id || index.isA(a.indication, condition.id))
    .length;
}

/**
 * "Marginal zone lymphoma is Breyanzi's third cancer type", "approved for MZL, its third cancer type": the disease
 * the sentence names is the product's nth by first approval. Judged only with one product (possessive, or "its" for
 * the sentence's one product), one disease the product is approved for, and a regulator whose record is complete.
 */
function judgeRank(context: RelationContext, clause: Clause): void {
  const { sentence, index, report } = context;
  const { words } = sentence;
  for (let i = clause.from + 1; i < clause.to; i++) {
    const claimed = ordinal(words[i]!.lower);
    if (claimed === undefined || words[i]!.hyphenBefore || sentence.negatedAt(i)) continue;
    const owner = rankOwner(sentence, i);
    if (!owner) continue;
    let k = i + 1;
    for (let m = phraseStartingAt(words, k, MODIFIERS); m; m = phraseStartingAt(words, k, MODIFIERS)) k += m.length;
    const head = phraseStartingAt(words, k, RANK_HEADS);
    // "its third indication for children": a head narrowed after it is not judged; a date may follow.
    if (!head || !rankHeadEnds(words, k + head.length)) continue;
    const conditions = [
      ...new Set(sentence.mentions.filter((m) => isCondition(m.entity) && !m.mark).map((m) => m.entity)),
    ];
    if (conditions.length !== 1 || sentence.unknownConditions.length) continue;
    const q = qualifiersOf(sentence, clause);
    if (q.pediatric || q.adults || q.line) continue;
    const regulator = q.regulator ?? defaultRegulator(index);
    if (!regulator || !approvalsComplete(index, owner, regulator)) continue;
    const approvals = (owner.approvals ?? []).filter((a) => a.regulator === regulator);
    if (approvals.some((a) => a.unverified)) continue;
    const condition = conditions[0]!;
    // The product's disease the sentence names: the same, or one the writer names by a subtype of it.
    const own = [...new Set(approvals.map((a) => a.indication))];
    const target = own.includes(condition.id) ? [condition.id] : own.filter((id) => index.isA(condition.id, id));
    if (target.length !== 1) continue;
    const firsts = new Map<string, string>();
    for (const a of [...approvals].sort((x, y) => compareIsoDates(x.date, y.date)))
      if (!firsts.has(a.indication)) firsts.set(a.indication, a.date);
    const date = firsts.get(target[0]!)!;
    const earlier = [...firsts.values()].filter((d) => d < date).length;
    const tied = [...firsts.values()].filter((d) => d <= date).length;
    if (claimed > earlier && claimed <= tied) continue;
    // An indication noun may count label entries: LBCL in two lines is two indications.
    if (head.phrase === 'indication') {
      const entries = approvals.filter((a) => a.indication === target[0]);
      if (
        entries.some(
          (e) =>
            claimed > approvals.filter((a) => a.date < e.date).length &&
            claimed <= approvals.filter((a) => a.date <= e.date).length,
        )
      )
        continue;
    }
    const ordered = [...firsts].slice(0, tied);
    report({
      messageId: 'rankDiffers',
      data: {
        condition: shortName(index, target[0]!),
        product: shortName(index, owner.id),
        rank: earlier + 1 === tied ? ordinalWord(tied) : `${ordinalWord(earlier + 1)} or ${ordinalWord(tied)}`,
        regulator,
        what: head.phrase === 'indication' ? 'disease' : head.phrase,
        claimed: ordinalWord(claimed),
        list: listWithin(
          ordered.map(([id, d]) => `${shortName(index, id)} (${monthYear(d)})`),
          90,
        ),
      },
      sources: uniqueSources(
        ...approvals.filter((a) => firsts.has(a.indication) && a.date <= date).map((a) => a.sources),
      ),
    });
    return;
  }
}

// After a rank's head: a date ("in 2022", "(2024)") or a time adverb, not a narrowing phrase ("for children").
const RANK_HEAD_FOLLOWERS = new Set(['since', 'so', 'to', 'now', 'today', 'yet', 'ever', 'and', 'but', 'after']);
const DATE_PREPOSITIONS = new Set(['in', 'on', 'by', '(']);

function rankHeadEnds(words: readonly Word[], at: number): boolean {
  const next = words[at];
  if (!next || (next.punct && next.lower !== '(') || RANK_HEAD_FOLLOWERS.has(next.lower)) return true;
  const after = words[at + 1]?.lower ?? '';
  return DATE_PREPOSITIONS.has(next.lower) && (isYear(after) || monthOf(after) !== undefined);
}

/** The product an ordinal at `at` belongs to: "Breyanzi's third", or "its third" in a sentence naming one product. */
function rankOwner(sentence: ClaimSentence, at: number): Entity | undefined {
  const products = [
    ...new Set(sentence.mentions.filter((m) => m.entity.type === 'product' && !m.mark).map((m) => m.entity)),
  ];
  if (products.length !== 1) return undefined;
  const before = sentence.words[at - 1]!;
  const possessed = sentence.mentions.find((m) => m.to === at && m.entity === products[0] && isPossessive(sentence, m));
  return possessed || OWNER_PRONOUNS.has(before.lower) ? products[0] : undefined;
}
