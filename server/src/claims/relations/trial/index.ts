import type { Entity } from '../../../kb/types';
import { label, uniqueSources } from '../../knowledge';
import { lexicon } from '../../lexicon';
import type { Clause } from '../../clauses';
import type { WordSpan } from '../../negation';
import { appositiveAfter } from '../../phrases';
import { findPhrase, mayHavePhrase, type Word } from '../../words';
import type { Relation } from '../types';

// "ZUMA-7 tested Breyanzi": a named trial linked to a product it did not study. Only a clause with one trial, a
// linking word and no product the trial did study is judged ("KarMMa-3 compared Abecma with …" is left alone). A
// trial that opens the clause as its setting ("In the ELIANA study, Kymriah …") or as a label ("SPEARHEAD-1: afami-cel
// in synovial sarcoma") links it to the clause's product without a linking word.

const OWN_LINKS = lexicon('trial-links');
// The class of basing ("based on", "backed", "on the strength of") links a trial to what rests on it: an approval or
// a label ("ELARA backed Kymriah's approval", "the label expansion was based on KarMMa-3"); without one its forms are
// mostly other words ("went back on", "building on").
const BASING = lexicon('basing-verbs');
const APPROVAL = [...lexicon('approval-cues'), ...lexicon('label-heads')];
const LINKS = [...OWN_LINKS, ...BASING];
// Research wordings a finished trial's clause asserts ("In ELIANA, Kymriah was tested in children").
const OWN_CUES = lexicon('trial-own-cues');
// The prefilter reads what the check reads: a link, or a trial opening its clause as a setting or a label.
const OPENS_CLAUSE = /\bin\b|:/i;
// Between the trial's name and the comma or colon that ends a setting or a label: "In the ELIANA study, …".
const TRIAL_NOUNS = new Set(['study', 'trial']);
const isTrial = (e: Entity) => e.type === 'trial' && !!e.trial?.products.length && !e.trial.unverified;
// Cell therapies only: drugs named with a trial are mostly its comparators ("versus pomalidomide …").
const isProduct = (e: Entity) => e.type === 'product';

const relation: Relation = {
  meta: {
    id: 'trial',
    description:
      'Which product a named trial studied ("ZUMA-7 tested Yescarta"), against the trial\'s recorded products.',
    messages: {
      otherProduct: '{{trial}} studied {{studied}}, not {{product}}.',
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => isTrial(m.entity)) &&
    mentions.some((m) => isProduct(m.entity)) &&
    (mayHavePhrase(text, LINKS) || OPENS_CLAUSE.test(text)),
  check({ sentence, index, assertedClauses, report }) {
    const { words } = sentence;
    const reported = new Set<string>();
    const judge = (trial: Entity, products: readonly Entity[]) => {
      const studied = trial.trial!.products;
      if (!products.length || products.some((p) => studied.includes(p.id))) return;
      const names = studied.map((id) => {
        const entity = index.entity(id);
        return entity ? label(index, entity) : id;
      });
      for (const product of products) {
        const key = `${trial.id} ${product.id}`;
        if (reported.has(key)) continue;
        reported.add(key);
        report({
          messageId: 'otherProduct',
          data: { trial: trial.name, studied: names.join(' and '), product: label(index, product) },
          sources: uniqueSources(trial.trial!.sources, trial.sources ?? []),
          correction: `${trial.name} studied ${names.join(' and ')}.`,
        });
      }
    };
    const asserted = assertedClauses(OWN_CUES);
    // "FELIX, the pivotal study of Aucatzyl in adult ALL, enrolled …": an appositive describes its trial.
    for (const mention of sentence.mentions.filter((m) => isTrial(m.entity) && !m.mark)) {
      if (!asserted.includes(sentence.clauseOf(mention.from))) continue;
      const appositive = appositiveAfter(words, mention.to);
      if (!appositive) continue;
      const link = linkIn(words, appositive.from, appositive.to);
      if (!link || sentence.negatedAt(link.at)) continue;
      const inside = sentence.mentions.filter(
        (m) => m.from >= appositive.from && m.to <= appositive.to && !m.mark && isProduct(m.entity),
      );
      judge(mention.entity, [...new Set(inside.map((m) => m.entity))]);
    }
    for (const clause of asserted) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      const trials = new Set(mentions.filter((m) => m.entity.type === 'trial').map((m) => m.entity));
      if (trials.size !== 1) continue;
      const trial = [...trials][0]!;
      if (!isTrial(trial)) continue;
      const link = linkIn(words, clause.from, clause.to);
      if (
        link
          ? sentence.negatedAt(link.at)
          : !opensClause(sentence.words, clause, mentions.find((m) => m.entity === trial)!)
      )
        continue;
      const products = [...new Set(mentions.filter((m) => isProduct(m.entity)).map((m) => m.entity))];
      judge(trial, products);
    }
  },
};
export default relation;

/** The trial's link word in [from, to): one of its own, or a verb of basing beside an approval. */
function linkIn(words: readonly Word[], from: number, to: number) {
  return (
    findPhrase(words, OWN_LINKS, from, to) ??
    (findPhrase(words, APPROVAL, from, to) ? findPhrase(words, BASING, from, to) : undefined)
  );
}

/** "In the ELIANA study, …", "SPEARHEAD-1: …": the trial opens the clause as its setting or as its label. */
function opensClause(words: readonly Word[], clause: Clause, trial: WordSpan): boolean {
  let end = trial.to;
  while (TRIAL_NOUNS.has(words[end]?.lower ?? '')) end++;
  if (trial.from === clause.from) return words[end]?.text === ':';
  let start = trial.from;
  if (words[start - 1]?.lower === 'the') start--;
  return start - 1 === clause.from && words[clause.from]!.lower === 'in' && words[end]?.text === ',';
}
