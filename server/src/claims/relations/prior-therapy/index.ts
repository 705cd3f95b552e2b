import type { Approval } from '../../../kb/types';
import { covers, defaultRegulator, isCondition, label, shortName, uniqueSources } from '../../knowledge';
import { lexicon } from '../../lexicon';
import { qualifiersOf } from '../../qualifiers';
import { findAllPhrases, findPhrase, mayHavePhrase, phraseAt, type Word, wordsOf } from '../../words';
import type { Relation } from '../types';

// "Breyanzi is approved for MCL without a prior BTK inhibitor": an indication said not to need a prior therapy that
// every recorded approval of the product for that condition requires (approval.priorTherapies). Judged only in a clause
// that claims the indication (an approval or use cue), with one product, a denial before a prior-therapy marker and the
// therapy's name in the few words after it, and no negation of the claim itself.

const DENIALS = lexicon('prior-therapy-denials');
const MARKERS = lexicon('prior-therapy-markers');
const CLAIM_CUES = [...lexicon('approval-cues'), ...lexicon('product-use-cues')];
const NEGATIONS = new Set(['not', 'never', 'cannot', 'no']);
// How far after the denial the therapy's name may stand ("without prior exposure to an anti-CD38 antibody").
const WINDOW = 8;
const CONDITIONAL = /\bif\b/i;

/**
 * The words that name a required prior therapy in text: its first word ("btk", "proteasome"), with the next where the
 * first alone is a prefix or a name with a number ("anti cd38", "bcl 2"); and an abbreviation the record gives in
 * parentheses ("immunomodulatory agent (IMiD)": "imid").
 */
export function therapyKeys(therapy: string): string[] {
  const abbreviation = /\(([A-Za-z0-9-]+)\)/.exec(therapy)?.[1];
  const words = wordsOf(therapy.replace(/\(.*?\)/g, '')).filter((w) => !w.punct);
  const first = words[0]?.lower ?? '';
  const joined = first === 'anti' || /^\d/.test(words[1]?.lower ?? '') ? `${first} ${words[1]?.lower ?? ''}` : first;
  return [joined, ...(abbreviation ? [abbreviation.toLowerCase()] : [])].filter(Boolean);
}

const relation: Relation = {
  meta: {
    id: 'prior-therapy',
    description:
      'An indication said not to need a prior therapy its recorded approvals require ("approved for MCL without a BTK inhibitor").',
    regulated: true,
    messages: {
      requiresPrior: "{{product}}'s {{indication}} approval requires a prior {{therapy}} ({{line}}).",
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => m.entity.approvals?.some((a) => a.priorTherapies?.length)) && mayHavePhrase(text, DENIALS),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    const regulator = defaultRegulator(index);
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      const products = [...new Set(mentions.filter((m) => m.entity.type === 'product').map((m) => m.entity))];
      const conditions = mentions.filter((m) => isCondition(m.entity));
      if (products.length !== 1 || !conditions.length) continue;
      // Another regulator's approval ("the EMA approved …") is not judged by the default regulator's record.
      const named = qualifiersOf(sentence, clause).regulator;
      if (named && named !== regulator) continue;
      const product = products[0]!;
      const subject = mentions.find((m) => m.entity === product)!;
      const claim = findPhrase(words, CLAIM_CUES, subject.to, clause.to);
      if (!claim) continue;
      for (const denial of findAllPhrases(words, DENIALS, claim.at, clause.to)) {
        // "is not approved for MCL without a BTK inhibitor" is true: a negation before the denial denies the claim.
        if (words.slice(subject.to, denial.at).some((w) => NEGATIONS.has(w.lower) || w.lower === "n't")) break;
        const end = windowEnd(words, denial.at + denial.length, clause.to);
        if (!findPhrase(words, MARKERS, denial.at, end)) continue;
        for (const condition of conditions) {
          const approvals = (product.approvals ?? []).filter(
            (a) =>
              a.regulator === regulator &&
              !a.unverified &&
              covers(index, a.indication, a.excludes, condition.entity.id, a.includes),
          );
          if (!approvals.length) continue;
          const therapy = requiredEverywhere(approvals, words, denial.at + denial.length, end);
          if (!therapy) continue;
          const approval = approvals[0]!;
          report({
            messageId: 'requiresPrior',
            data: {
              product: label(index, product),
              indication: shortName(index, approval.indication),
              therapy,
              line: approval.lineText ?? approval.label,
            },
            sources: uniqueSources(...approvals.map((a) => a.sources)),
            correction: `${label(index, product)} is approved for ${approval.label.charAt(0).toLowerCase()}${approval.label.slice(1)}.`,
          });
          return;
        }
      }
    }
  },
};
export default relation;

/** The end of the words a denial governs: a few words on, up to the clause's end or a comma or semicolon. */
function windowEnd(words: readonly Word[], from: number, to: number): number {
  let end = from;
  while (end < to && end < from + WINDOW && ![',', ';', '.'].includes(words[end]!.text)) end++;
  return end;
}

/** A therapy named in [from, to) that every approval requires, as the record words it. */
function requiredEverywhere(
  approvals: readonly Approval[],
  words: readonly Word[],
  from: number,
  to: number,
): string | undefined {
  const named = (therapy: string) =>
    therapyKeys(therapy).some((key) => {
      for (let at = from; at < to; at++) if (phraseAt(words, at, key)) return true;
      return false;
    });
  // "BRAF inhibitor (if BRAF V600 mutation-positive)": required of some patients only, so not denied by a "never had".
  const first = approvals[0]!.priorTherapies?.find((t) => !CONDITIONAL.test(t) && named(t));
  if (!first) return undefined;
  const keys = therapyKeys(first);
  const same = (therapy: string) => therapyKeys(therapy)[0] === keys[0];
  return approvals.every((a) => a.priorTherapies?.some(same)) ? first : undefined;
}
