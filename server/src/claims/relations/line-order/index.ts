import type { Approval, Entity } from '../../../kb/types';
import type { KnowledgeIndex } from '../../../kb/index';
import { approvalsComplete, isCondition, label, shortName, uniqueSources } from '../../knowledge';
import { lexicon, lexiconWords } from '../../lexicon';
import { qualifiersOf } from '../../qualifiers';
import { findPhrase } from '../../words';
import type { Relation } from '../types';

// "In multiple myeloma, Carvykti can be given at an earlier line than Abecma": two products compared by the line of
// therapy their labels for one disease start at (the fewest prior lines any of their approvals for it requires).

const EARLIER = lexicon('line-order-earlier');
const LATER = lexicon('line-order-later');
const COMPARATIVES = [...EARLIER, ...LATER];
const USE_PREDICATES = lexicon('line-use-predicates');
const LINE_NOUNS = lexiconWords('line-nouns');
const DETERMINERS = lexiconWords('determiners');
const PAST = new Set(['was', 'were', 'had', 'did']);
const CUE = /\b(?:earlier|later|sooner)\b/i;
const THAN = /\bthan\b/i;
// A comparative before "than" between two full stops or semicolons. One pattern with a gap between the words scanned
// to the stretch's end from every comparative: quadratic in a run of them.
const comparesLine = (text: string) =>
  text.split(/[.;]/).some((stretch) => {
    const at = stretch.search(CUE);
    return at >= 0 && THAN.test(stretch.slice(at));
  });
const isProduct = (e: Entity) => e.type === 'product';

const relation: Relation = {
  meta: {
    id: 'line-order',
    regulated: true,
    description:
      'Which of two products a disease\'s labels allow at an earlier line of therapy ("Carvykti can be used earlier than Abecma in myeloma"), against the prior lines each FDA approval requires.',
    messages: {
      linesDiffer:
        "In {{condition}}, {{first}} is used {{actual}} {{second}}: its label requires ≥{{firstLines}} prior {{firstUnit}}, {{second}}'s ≥{{secondLines}}.",
    },
  },
  applies: (text, mentions) =>
    mentions.filter((m) => isProduct(m.entity)).length >= 2 &&
    mentions.some((m) => isCondition(m.entity)) &&
    comparesLine(text),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    // One disease for the whole sentence: "In multiple myeloma, …" sets it for the clause after the comma.
    const conditions = [
      ...new Set(sentence.mentions.filter((m) => isCondition(m.entity) && !m.mark).map((m) => m.entity)),
    ];
    if (conditions.length !== 1) return;
    const condition = conditions[0]!;
    for (const clause of assertedClauses()) {
      const comparative = findPhrase(words, COMPARATIVES, clause.from, clause.to);
      if (!comparative) continue;
      // "earlier than", "at an earlier line than", "in earlier lines than": `than` ends the comparison.
      let k = comparative.at + comparative.length;
      const ofLine = LINE_NOUNS.has(words[k]?.lower ?? '');
      if (ofLine) k++;
      // "earlier in myeloma than": the disease's phrase may stand between the comparative and "than".
      if (words[k]?.lower === 'in' || words[k]?.lower === 'for') {
        const start = DETERMINERS.has(words[k + 1]?.lower ?? '') ? k + 2 : k + 1;
        const named = sentence.mentions.find((m) => m.from === start && m.entity === condition);
        if (named) k = named.to;
      }
      if (words[k]?.lower !== 'than') continue;
      k++;
      while (k < clause.to && DETERMINERS.has(words[k]!.lower)) k++;
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark && isProduct(m.entity));
      const other = mentions.find((m) => m.from === k);
      const subjects = mentions.filter((m) => m.to <= comparative.at);
      if (!other || subjects.length !== 1) continue;
      // A use predicate ("can be given earlier") or a line noun ("approved at an earlier line") makes it a question of
      // lines; "approved earlier than" alone compares dates.
      // Past tense tells a history ("was given later than"), not what the labels allow.
      const predicate = findPhrase(words, USE_PREDICATES, subjects[0]!.to, comparative.at);
      if (!ofLine && !predicate) continue;
      if (words.slice(subjects[0]!.to, comparative.at).some((w) => PAST.has(w.lower))) continue;
      const regulator = qualifiersOf(sentence, clause).regulator ?? 'FDA';
      if (regulator !== 'FDA') continue;
      const subject = subjects[0]!.entity;
      const [mine, theirs] = [earliestLine(index, subject, condition), earliestLine(index, other.entity, condition)];
      if (!mine || !theirs) continue;
      // "cannot be given earlier than" denies the comparison: it holds when the lines are the same or the other way.
      const claimed = EARLIER.includes(comparative.phrase) ? mine.lines < theirs.lines : mine.lines > theirs.lines;
      if (claimed !== sentence.negatedAt(comparative.at)) continue;
      const [a, b] = [label(index, subject), label(index, other.entity)];
      report({
        messageId: 'linesDiffer',
        data: {
          actual:
            mine.lines < theirs.lines
              ? 'earlier than'
              : mine.lines > theirs.lines
                ? 'later than'
                : 'at the same line as',
          condition: shortName(index, condition.id),
          first: a,
          second: b,
          firstLines: String(mine.lines),
          firstUnit: mine.lines === 1 ? 'line' : 'lines',
          secondLines: String(theirs.lines),
        },
        sources: uniqueSources(mine.approval.sources, theirs.approval.sources),
        correction: `In ${shortName(index, condition.id)}, ${a} is approved after ${mine.approval.lineText ?? `≥${mine.lines} prior lines`}, and ${b} after ${theirs.approval.lineText ?? `≥${theirs.lines} prior lines`}.`,
      });
    }
  },
};
export default relation;

/**
 * The FDA approval for exactly this disease that requires the fewest prior lines; none when the product has no such
 * approval, a line is not recorded, or its FDA approvals are not declared complete.
 */
function earliestLine(
  index: KnowledgeIndex,
  product: Entity,
  condition: Entity,
): { lines: number; approval: Approval } | undefined {
  if (!approvalsComplete(index, product, 'FDA')) return undefined;
  const approvals = (product.approvals ?? []).filter((a) => a.regulator === 'FDA' && a.indication === condition.id);
  if (!approvals.length || approvals.some((a) => a.minPriorLines === undefined || a.unverified)) return undefined;
  const approval = approvals.reduce((x, y) => (y.minPriorLines! < x.minPriorLines! ? y : x));
  return { lines: approval.minPriorLines!, approval };
}
