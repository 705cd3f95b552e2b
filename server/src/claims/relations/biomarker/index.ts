import type { Biomarker, Entity } from '../../../kb/types';
import { label, uniqueSources } from '../../knowledge';
import { lexicon } from '../../lexicon';
import { findAllPhrases, type Word } from '../../words';
import type { Relation } from '../types';

// "Tecelra is for HLA-A*02:01-negative patients", "Eligibility for Tecelra requires HLA-A*03 positivity": a typed HLA
// allele said to be required (or excluded) for a product, against the HLA types its recorded approvals require. Only a
// sentence with one product that has such a record, an allele typed to its group (A*02) and a polarity cue beside it
// ("-positive", "carry", "negative", "lack") is judged.

const POSITIVE = lexicon('biomarker-positive-cues');
const NEGATIVE = lexicon('biomarker-negative-cues');
/** How far (in words) a polarity cue may stand from the allele it qualifies. */
const CUE_REACH = 3;

interface Allele {
  locus: string;
  group: string;
  /** The protein field ("01" of A*02:01P), when given. */
  protein?: string;
}

const ALLELE = /(?:^|[\s,-])([ABC])\*(\d{2})(?::(\d{2,3})P?)?/g;

/** "HLA-A*02:01P, -A*02:02P or -A*02:06P" → its alleles. */
function allelesIn(marker: string): Allele[] {
  return [...marker.matchAll(ALLELE)].map(([, locus, group, protein]) => ({ locus: locus!, group: group!, protein }));
}

/** The HLA biomarkers the product's approvals require, or undefined when none (or one is unverified). */
function requiredHla(entity: Entity): Biomarker[] | undefined {
  const markers = (entity.approvals ?? []).flatMap((a) => a.biomarkers ?? []).filter((b) => b.kind === 'hla-type');
  if (!markers.length || markers.some((b) => b.unverified || !b.required)) return undefined;
  return markers;
}

/** The allele written from the word after "HLA" ("-A*02:01P"), and the index past its last word. */
function alleleAt(words: readonly Word[], at: number): { allele: Allele; end: number } | undefined {
  const locus = words[at];
  if (!locus || !/^[abc]$/.test(locus.lower) || words[at + 1]?.text !== '*') return undefined;
  const group = words[at + 2];
  if (!group || !/^\d{2}$/.test(group.lower)) return undefined;
  let end = at + 3;
  let protein: string | undefined;
  const field = words[at + 4];
  if (words[at + 3]?.text === ':' && field && /^\d{2,3}p?$/.test(field.lower)) {
    protein = field.lower.replace(/p$/, '');
    end = at + 5;
  }
  return { allele: { locus: locus.lower.toUpperCase(), group: group.lower, protein }, end };
}

const sameType = (claimed: Allele, recorded: Allele) =>
  claimed.locus === recorded.locus &&
  claimed.group === recorded.group &&
  (!claimed.protein || !recorded.protein || claimed.protein === recorded.protein);

const relation: Relation = {
  meta: {
    id: 'biomarker',
    description:
      'Which HLA type a product requires ("Tecelra is for HLA-A*02-positive patients"), against the eligibility biomarkers of its recorded approvals.',
    messages: {
      requiredNotExcluded:
        '{{product}} is for patients who are {{marker}} positive; {{claimed}} is required, not excluded.',
      otherType: '{{product}} requires {{marker}}, not {{claimed}}.',
    },
  },
  applies: (text, mentions) => /\bHLA\b/i.test(text) && mentions.some((m) => m.entity.type === 'product'),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    const products = [
      ...new Set(sentence.mentions.filter((m) => m.entity.type === 'product' && !m.mark).map((m) => m.entity)),
    ];
    if (products.length !== 1) return;
    const product = products[0]!;
    const markers = requiredHla(product);
    if (!markers) return;
    const recorded = markers.flatMap((b) => allelesIn(b.marker));
    if (!recorded.length) return;
    const marker = markers.map((b) => (b.marker.startsWith('HLA') ? b.marker : `HLA-${b.marker}`)).join('; ');
    for (const clause of assertedClauses()) {
      const positive = findAllPhrases(words, POSITIVE, clause.from, clause.to);
      const negative = findAllPhrases(words, NEGATIVE, clause.from, clause.to);
      for (let at = clause.from; at < clause.to; at++) {
        if (words[at]!.lower !== 'hla') continue;
        const typed = alleleAt(words, at + 1);
        if (!typed) continue;
        // The nearest polarity cue on either side, within reach.
        const distance = (cue: { at: number; length: number }) =>
          cue.at >= typed.end ? cue.at - typed.end : at - (cue.at + cue.length);
        const near = [
          ...positive.map((cue) => ({ cue, polarity: 'positive' as const })),
          ...negative.map((cue) => ({ cue, polarity: 'negative' as const })),
        ]
          .filter(({ cue }) => distance(cue) >= 0 && distance(cue) <= CUE_REACH)
          .sort((a, b) => distance(a.cue) - distance(b.cue))[0];
        if (!near || sentence.negatedAt(near.cue.at) || sentence.negatedAt(at)) continue;
        const claimed = sentence.text.slice(
          words[at]!.start - sentence.start,
          words[typed.end - 1]!.end - sentence.start,
        );
        const required = recorded.some((r) => sameType(typed.allele, r));
        const data = { product: label(index, product), marker, claimed };
        const sources = uniqueSources(...markers.map((b) => b.sources));
        if (near.polarity === 'negative' && required) report({ messageId: 'requiredNotExcluded', data, sources });
        else if (near.polarity === 'positive' && !required) report({ messageId: 'otherType', data, sources });
      }
    }
  },
};
export default relation;
