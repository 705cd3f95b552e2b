import { isYear } from '../../../util/text';
import type { Entity } from '../../../kb/types';
import { closingParen, relativeAsidesIn, type Clause } from '../../clauses';
import { coordinationOf, listedBeside } from '../../coordination';
import { capitalize, label, shortName, uniqueSources } from '../../knowledge';
import { deniedOfEvery, therapiesIn } from '../../roles';
import type { ClaimSentence, Mention } from '../../sentence';
import { findAllPhrases, isRowSeparator, phraseAt, type Word } from '../../words';
import type { Relation } from '../types';
import { listWithin } from '../../../util/messages';
import { cardinal, partitiveCount } from '../../numbers';
import { lexicon, lexiconWords } from '../../lexicon';
import { isTherapyHead, isVerb, nounPhrasesOf } from '../../phrases';
import { notAsserted } from '../../assertion';
import { hedgesIn } from '../../modality';
import { rankBefore, reasonClauseBefore } from '../../negation';
import { wordClass } from '../../word-classes';

const DETERMINERS = lexiconWords('determiners');
const startsWithin = (range: Clause, at: number) => range.from <= at && at < range.to;
// "Five approved CAR-Ts are directed at CD19": the copula of a participle cue.
const COPULAS = wordClass('be-present');

// "targets CD19", "attaches to" (data/lexicon/target-cues); an antigen written as a modifier ("a BCMA-directed CAR-T",
// "anti-BCMA", "a GPRC5D CAR-T") makes the same claim about the product it describes.
const TARGET_CUES = lexicon('target-cues');
const NUMBER_NAMES = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const countOf = (word: string) => cardinal(word, 1, 10) ?? (/^\d+$/.test(word) ? Number(word) : undefined);
const CLASS_CLAIM_TEXT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|no|none|all|every|each)\b/i;
const MODIFIER_NEXT = new Set([
  'directed',
  'targeted',
  'targeting',
  'specific',
  'redirected',
  'car',
  'cart',
  'chimeric',
  'car-t',
]);

const target: Relation = {
  meta: {
    id: 'target',
    description:
      'Which antigen a product targets ("Carvykti targets BCMA", "a GPRC5D-directed CAR-T"), against design.targets.',
    messages: {
      countTargeting:
        '{{count}} of the {{total}} FDA-approved {{products}} products target {{antigen}}{{claimed}}: {{holding}}.',
      doesTarget: '{{product}} does target {{antigen}}.',
      targetsOther: '{{product}} targets {{actual}}, not {{antigen}}.',
    },
  },
  applies: (text, mentions) =>
    mentions.some((m) => m.entity.type === 'antigen') &&
    (mentions.some((m) => m.entity.type === 'product') ||
      (CLASS_CLAIM_TEXT.test(text) && mentions.some((m) => m.entity.type === 'therapy-class'))),
  check({ sentence, index, assertedClauses, clauses, report }) {
    const { words } = sentence;
    // A hedge in the main clause leaves an appositive's modifier asserted: "Arlo-cel, a GPRC5D-directed CAR-T, is
    // being tested in …" still says what arlo-cel targets.
    for (const clause of clauses) {
      if (notAsserted(sentence, clause) !== 'hedged') continue;
      const clauseIndex = sentence.clauses.indexOf(clause);
      const inClause = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
      for (const antigen of inClause) {
        if (antigen.entity.type !== 'antigen') continue;
        // "Anito-cel, an investigational CAR-T directed against GPRC5D, is under FDA review": a target verb right
        // before the antigen in the appositive says it as a modifier does.
        const modifier = isModifier(words, antigen, inClause);
        const cue = modifier ? undefined : findAllPhrases(words, TARGET_CUES, clause.from, antigen.from).pop();
        if (!modifier && (!cue || cue.at + cue.length !== antigen.from)) continue;
        const head = appositiveHead(words, cue ? { ...antigen, from: cue.at } : antigen, inClause, clause);
        if (
          head?.entity.design?.targets.length &&
          !hedgesIn(words, clause).some((c) => c.at > head.to && c.at < antigen.from)
        )
          judge(head.entity, antigen, sentence.negatedAt(antigen.from));
      }
    }
    for (const clause of assertedClauses()) {
      const clauseIndex = sentence.clauses.indexOf(clause);
      const { respective } = coordinationOf(sentence, clause);
      const inClause = sentence.mentions.filter((m) => m.clause === clauseIndex && m.mark !== 'excluded');
      const products = inClause.filter((m) => m.entity.type === 'product' && m.entity.design?.targets.length);
      const antigens = inClause.filter((m) => m.entity.type === 'antigen');
      const cues = findAllPhrases(words, TARGET_CUES, clause.from, clause.to);
      if (!products.length && antigens.length) countClaims(clause, cues, antigens);
      if (!products.length || !antigens.length) continue;
      for (const antigen of antigens) {
        // "a CD3-zeta activation domain": the antigen names a part of the receptor, not what it targets.
        if (namesConstructPart(words, antigen)) continue;
        const asModifier = isModifier(sentence.words, antigen, inClause);
        // A verb before a reason clause does not take its object from inside it: "Abecma does not target CD19,
        // because it is a BCMA-directed product" says nothing negative about BCMA.
        const scope = reasonClauseBefore(words, clause.from, antigen.from) ?? clause.from;
        const cue = cues.filter((c) => c.at >= scope && c.at < antigen.from).pop();
        const row = !asModifier && !cue ? products.find((p) => rowCellAfter(sentence, p, antigen, clause)) : undefined;
        if (row) judge(row.entity, antigen, sentence.negatedAt(antigen.from) !== (antigen.mark === 'negated'));
        if (!asModifier && !cue) continue;
        // Who it is said of: with a verb, every product before it ("X and Y target CD19"); as a modifier,
        // the nearest product (the subject or the appositive head: "satri-cel, a Claudin18.2 CAR-T").
        // A modifier in front of a product's name is that product's ("follows the CD19-targeting Breyanzi").
        const headed = asModifier ? products.find((p) => premodifies(words, antigen, p)) : undefined;
        // A product inside a relative clause or participle aside that does not hold the verb is that aside's, not a
        // subject ("Abecma, which the FDA approved in the same year as Breyanzi, targets BCMA" says nothing of
        // Breyanzi's target), when a product outside it is.
        const asides =
          cue && !asModifier ? relativeAsidesIn(words, clause).filter((a) => !startsWithin(a, cue.at)) : [];
        const inAside = (p: Mention) => asides.some((a) => startsWithin(a, p.from));
        const preceding = cue && !asModifier ? products.filter((p) => p.to <= cue.at) : [];
        const before = preceding.some((p) => !inAside(p)) ? preceding.filter((p) => !inAside(p)) : preceding;
        // "Aimed at CD19, Abecma is …": a participle phrase opening the clause describes the subject after its comma.
        const fronted = cue && !asModifier && !before.length ? frontedSubject(words, clause, cue, products) : undefined;
        // "CD19-directed products such as Yescarta, Breyanzi and Kymriah": each example is such a product.
        const examples = asModifier && !headed ? examplesOf(words, antigen, products, clause) : [];
        const subjects =
          cue && !asModifier
            ? fronted
              ? [fronted]
              : before
            : examples.length
              ? examples
              : [
                  headed ??
                    [...products].reverse().find((p) => p.to <= antigen.from) ??
                    products.find((p) => p.from >= antigen.to),
                ].filter(
                  (p): p is Mention =>
                    !!p &&
                    (!!headed ||
                      // "We searched for obe-cel, GD2 CAR-Ts and Encelto": a list item is not said of the one beside it.
                      (!ofPriorTreatment(words, p, antigen) && !listedBeside(words, antigen.from, p.from, p.to))),
                );
        const negated =
          (cue ? sentence.negatedAt(cue.at) : sentence.negatedAt(antigen.from)) !== (antigen.mark === 'negated');
        // "Tecartus was not the first CD19 CAR-T": the negation denies the rank; the target is presupposed.
        if (negated && rankBefore(words, antigen.from, sentence.clauseOf(antigen.from).from)) continue;
        // "CD19- or BCMA-directed products such as X", "targets CD19 or BCMA": either antigen bears it out.
        const choice = alternatives(words, antigen, antigens, asModifier);
        for (const subject of subjects) {
          const own = respective.get(subject.from);
          // "X and Y target A and B, respectively": each product with its own antigen only.
          if (own?.length && !own.includes(antigen.from)) continue;
          if (!negated && choice.some((a) => subject.entity.design?.targets.includes(a.entity.id))) continue;
          judge(subject.entity, antigen, negated);
        }
      }
    }

    // "Of the seven FDA-approved CAR-Ts, five target CD19": a count of approved members, which the knowledge base has
    // in full.
    function countClaims(
      clause: Clause,
      cues: readonly { at: number; length: number }[],
      antigens: readonly Mention[],
    ) {
      const classes = therapiesIn(sentence, clause, index).filter((r) => r.isClass);
      // "No CAR-T targets BCMA": a denial of every member, which one approved member that holds the antigen
      // contradicts, though the class's investigational members are not all on record.
      const approvedClass =
        classes.find((r) => r.approvedOnly) ??
        classes.find((r) => r.conditions.length === 0 && deniedOfEvery(words, r));
      // Counts as of a year ("by 2022, four …") need approval history; only present counts are judged.
      if (!approvedClass || words.slice(clause.from, clause.to).some((w) => isYear(w.lower))) return;
      for (const cue of cues) {
        // "five target", "five of them target", "five of the approved CAR-Ts target", "five approved CAR-Ts target".
        let k = cue.at - 1;
        if (words[k]?.lower === 'them' || words[k]?.lower === 'these' || words[k]?.lower === 'those') k -= 2;
        // "five approved CAR-Ts are directed at CD19": a copula between the class and a participle cue.
        const classBefore =
          approvedClass.to === cue.at || (approvedClass.to === cue.at - 1 && COPULAS.has(words[cue.at - 1]!.lower));
        if (classBefore) k = approvedClass.from - 1;
        if (classBefore && words[k]?.lower === 'the' && words[k - 1]?.lower === 'of') k -= 2;
        // "two of seven approved CAR-Ts": the number before "of" is the count, the one after it the total.
        else if (classBefore && words[k]?.lower === 'of') k -= 1;
        const positions = classBefore
          ? [k, ...Array.from({ length: approvedClass.to - approvedClass.from }, (_, i) => approvedClass.from + i)]
          : [k];
        // "Of the seven FDA-approved CAR-Ts, five target CD19": the number after the opening partitive's comma.
        const counted =
          partitiveCount(words, approvedClass.from, cue.at)?.count ??
          positions.map((p) => countOf(words[p]?.lower ?? '')).find((n) => n !== undefined);
        const named = antigens.filter((a) => a.from >= cue.at + cue.length && !a.mark);
        // "target CD19 or BCMA": a choice of antigens is not a count of one.
        if (named.length !== 1) continue;
        const antigen = named[0];
        const negated = sentence.negatedAt(cue.at);
        // Only the whole denial: nothing after the antigen narrows it ("no CAR-T targets BCMA in NETs").
        if (
          !approvedClass.approvedOnly &&
          !(classBefore && negated && counted === undefined && endsClause(words, named[0]!.to, clause.to))
        )
          continue;
        const fdaApproved = approvedClass.members.filter((m) => (m.approvals ?? []).some((a) => a.regulator === 'FDA'));
        const approved = fdaApproved.filter((m) => m.design && !m.design.unverified);
        // A member whose design is unverified might hold the antigen: no count is judged.
        if (approved.length < fdaApproved.length) continue;
        // "None of the approved CAR-Ts targets X" claims zero; "All approved CAR-Ts target X" claims every one.
        const claimed =
          counted !== undefined
            ? negated
              ? undefined
              : counted
            : negated
              ? 0
              : approvedClass.quantifier === 'all'
                ? approved.length
                : undefined;
        if (claimed === undefined || !antigen) continue;
        const holding = approved.filter((m) => m.design!.targets.includes(antigen.entity.id));
        if (holding.length === claimed) continue;
        const className = approvedClass.mention?.entity.name ?? approvedClass.name;
        report({
          messageId: 'countTargeting',
          data: {
            count: holding.length,
            total: approved.length,
            products: className,
            antigen: shortName(index, antigen.entity.id),
            claimed: counted !== undefined ? `, not ${counted}` : '',
            holding:
              listWithin(
                holding.map((m) => label(index, m)),
                60,
              ) || 'none',
          },
          sources: uniqueSources(...approved.map((m) => m.design!.sources)),
          correction: `${capitalize(NUMBER_NAMES[holding.length] ?? String(holding.length))} FDA-approved ${className} products target ${shortName(index, antigen.entity.id)}: ${holding.map((m) => label(index, m)).join(', ')}.`,
        });
      }
    }

    function endsClause(words: readonly Word[], from: number, to: number): boolean {
      for (let k = from; k < to; k++) if (!words[k]!.punct) return false;
      return true;
    }

    function heldByAnother(product: Entity, antigen: Entity): boolean {
      return sentence.mentions.some((m) => m.entity !== product && m.entity.design?.targets.includes(antigen.id));
    }

    function judge(product: Entity, written: Mention, negated: boolean) {
      const antigen = written.entity;
      const design = product.design!;
      if (design.unverified) return;
      const targets = design.targets;
      const hit = targets.includes(antigen.id);
      if (hit === !negated) return;
      const name = label(index, product);
      const actual = targets.map((t) => shortName(index, t)).join(' and ');
      report({
        ...(negated
          ? { messageId: 'doesTarget', data: { product: name, antigen: shortName(index, antigen.id) } }
          : { messageId: 'targetsOther', data: { product: name, actual, antigen: shortName(index, antigen.id) } }),
        sources: uniqueSources(design.sources),
        correction: `${name} targets ${actual}.`,
        // The antigen as written, unless the claim denies it ("does not target BCMA" is fixed by its negation) or
        // another product named beside it holds it ("targets CD19 like Kymriah"), or the sentence already names the
        // recorded one ("targets BCMA rather than CD19").
        ...(negated ||
        written.mark ||
        heldByAnother(product, antigen) ||
        sentence.mentions.some((m) => targets.includes(m.entity.id))
          ? {}
          : { replace: { start: written.match.start, end: written.match.end, text: actual } }),
      });
    }
  },
};
export default target;

const PRIOR_TREATMENT = lexiconWords('prior-treatment-cues');

/**
 * "Carvykti is not recommended for patients who have had a previous BCMA-directed treatment", "after BCMA-directed
 * therapy": an antigen modifying a treatment the patients had before (a relative clause between the product and it,
 * or a prior-treatment word in or governing its phrase) describes that treatment, not the product.
 */
function ofPriorTreatment(words: readonly Word[], product: Mention, antigen: Mention): boolean {
  const [from, to] = product.to <= antigen.from ? [product.to, antigen.from] : [antigen.to, product.from];
  // "who"/"whose" open a clause about people, never about a therapy.
  for (let k = from; k < to; k++) if (words[k]!.lower === 'who' || words[k]!.lower === 'whose') return true;
  const phrase = nounPhrasesOf(words).at(antigen.from);
  let k = (phrase?.from ?? antigen.from) - 1;
  for (let j = k + 1; j < antigen.from; j++) if (PRIOR_TREATMENT.has(words[j]!.lower)) return true;
  while (k >= 0 && lexiconWords('determiners').has(words[k]!.lower)) k--;
  return PRIOR_TREATMENT.has(words[k]?.lower ?? '');
}

/**
 * The antigen is the cell right after the product's in a verbless row ("Abecma — BCMA — 4-1BB",
 * "Arlo-cel (BMS-986393) — GPRC5D"), not the start of a hyphenated phrase ("CD19-negative").
 */
function rowCellAfter(sentence: ClaimSentence, product: Mention, antigen: Mention, clause: Clause): boolean {
  const { words } = sentence;
  const k = words[product.to]?.lower === '(' ? closingParen(words, product.to, clause.to) + 1 : product.to;
  const after = words[antigen.to];
  return (
    antigen.from >= k && isRowSeparator(words, sentence.text, sentence.start, k, antigen.from) && !after?.hyphenBefore
  );
}

// What joins antigens into one choice: "CD19- or BCMA-directed", "CD19, CD22 or BCMA".
const CHOICE_JOINERS = new Set(['or', 'and/or', ',', '/', '-']);

/**
 * The antigens offered with this one as a choice: joined by "or", or, as modifiers of one noun ("BCMA- and
 * CD19-directed products"), by "and" too (each product has one of them).
 */
function alternatives(
  words: readonly Word[],
  antigen: Mention,
  antigens: readonly Mention[],
  asModifier: boolean,
): Mention[] {
  const joins = (from: number, to: number) => {
    // "B-cell maturation antigen (BCMA)- or CD19-directed": the antigen's abbreviation in brackets is not a break.
    const start = words[from]?.lower === '(' ? closingParen(words, from, to) + 1 : from;
    const between = words.slice(start, to).map((w) => w.lower);
    return (
      between.length > 0 &&
      between.every((w) => CHOICE_JOINERS.has(w) || (asModifier && w === 'and')) &&
      between.some((w) => w === 'or' || w === 'and/or' || (asModifier && w === 'and'))
    );
  };
  const group = [antigen];
  const sorted = [...antigens].sort((a, b) => a.from - b.from);
  const at = sorted.indexOf(antigen);
  for (let k = at - 1; k >= 0 && joins(sorted[k]!.to, sorted[k + 1]!.from); k--) group.push(sorted[k]!);
  for (let k = at + 1; k < sorted.length && joins(sorted[k - 1]!.to, sorted[k]!.from); k++) group.push(sorted[k]!);
  return group;
}

/** An antigen written as a modifier: "BCMA-directed", "anti-BCMA", "BCMA CAR-T", "a CD19 CAR". */
/** The antigen's modifier ends right before the product's name: "the CD19-targeting Breyanzi", "anti-BCMA Abecma". */
function premodifies(words: readonly Word[], antigen: Mention, product: Mention): boolean {
  if (product.from < antigen.to) return false;
  for (let k = antigen.to; k < product.from; k++)
    if (!words[k]!.hyphenBefore || !MODIFIER_NEXT.has(words[k]!.lower)) return false;
  return true;
}

const CONSTRUCT_PARTS = lexiconWords('construct-part-heads');

/** Whether the antigen premodifies a receptor part: its noun phrase's head is a construct-part noun. */
function namesConstructPart(words: readonly Word[], antigen: Mention): boolean {
  const phrase = nounPhrasesOf(words).at(antigen.from);
  if (!phrase || phrase.to <= antigen.to) return false;
  return CONSTRUCT_PARTS.has(words[phrase.to - 1]!.lower);
}

// Words that introduce examples of a class: "CD19 CAR-Ts such as Kymriah", "BCMA products (Abecma, Carvykti)".
const EXAMPLE_OPENERS = ['such as', 'like', 'including', 'e.g.', '(', '(e.g.', 'for example', 'namely'];
const EXAMPLE_JOINS = new Set([',', 'and', 'or']);
// How many words the class noun phrase after the antigen may have ("-directed CAR T-cell products").
const MAX_CLASS_WORDS = 6;

/**
 * The products listed as examples of the class the antigen modifies: "CD19-directed products such as A, B and C",
 * "commercial CD19 CAR-Ts (A, B or C)". Empty unless the list holds products only.
 */
function examplesOf(words: readonly Word[], antigen: Mention, products: readonly Mention[], clause: Clause): Mention[] {
  let k = antigen.to;
  const limit = Math.min(clause.to, antigen.to + MAX_CLASS_WORDS);
  let opener: string | undefined;
  while (k < limit && !(opener = EXAMPLE_OPENERS.find((o) => phraseAt(words, k, o)))) {
    if ((words[k]!.punct && words[k]!.lower !== '-') || isVerb(words[k]) || products.some((p) => p.from === k))
      return [];
    k++;
  }
  if (!opener) return [];
  k += opener.split(' ').length;
  const listed: Mention[] = [];
  while (k < clause.to) {
    const product = products.find((p) => p.from === k);
    if (product) {
      listed.push(product);
      k = product.to;
    } else if (EXAMPLE_JOINS.has(words[k]!.lower)) k++;
    else break;
  }
  return listed.length >= 2 ? listed : [];
}

// How far an appositive's modifier may stand from its product: "X, an investigational BCMA-directed CAR-T".
const MAX_APPOSITIVE_LEAD = 4;

/** The product an appositive noun phrase holding the antigen follows: "Arlo-cel, a GPRC5D-directed CAR-T, …". */
function appositiveHead(
  words: readonly Word[],
  antigen: Mention,
  mentions: readonly Mention[],
  clause: Clause,
): Mention | undefined {
  const product = [...mentions].reverse().find((m) => m.entity.type === 'product' && m.to < antigen.from);
  if (!product || words[product.to]?.lower !== ',' || !DETERMINERS.has(words[product.to + 1]?.lower ?? ''))
    return undefined;
  if (antigen.from - (product.to + 2) > MAX_APPOSITIVE_LEAD) return undefined;
  for (let k = product.to + 2; k < antigen.from; k++) if (words[k]!.punct || isVerb(words[k])) return undefined;
  // The appositive closes with a comma before the clause's verb.
  for (let k = antigen.to; k < clause.to; k++) {
    if (words[k]!.lower === ',') return product;
    if (isVerb(words[k])) return undefined;
  }
  return undefined;
}

// Words that may open a clause before a participle phrase: "Also aimed at CD19, …".
const FRONTED_OPENERS = new Set(['also', 'both', 'each', 'originally', 'first', 'likewise', 'similarly']);

/**
 * The subject a clause-opening participle phrase describes ("Directed against BCMA, satri-cel …"): the product right
 * after the comma that closes the phrase, before any verb.
 */
function frontedSubject(
  words: readonly Word[],
  clause: Clause,
  cue: { at: number },
  products: readonly Mention[],
): Mention | undefined {
  // A label before a colon ("Background: Directed against …") opens nothing.
  let start = clause.from;
  for (let k = clause.from; k < cue.at; k++) if (words[k]!.lower === ':') start = k + 1;
  for (let k = start; k < cue.at; k++) if (!FRONTED_OPENERS.has(words[k]!.lower)) return undefined;
  let comma = cue.at + 1;
  while (comma < clause.to && words[comma]!.lower !== ',') {
    if (isVerb(words[comma])) return undefined;
    comma++;
  }
  let k = comma + 1;
  if (DETERMINERS.has(words[k]?.lower ?? '')) k++;
  return products.find((p) => p.from === k);
}

/**
 * "a CAR-T against GPRC5D", "T cells directed against BCMA": an antigen after "against" that follows a therapy's name
 * or head noun is what that therapy targets.
 */
function againstTherapy(words: readonly Word[], antigen: Mention, mentions: readonly Mention[]): boolean {
  if (words[antigen.from - 1]?.lower !== 'against') return false;
  const before = antigen.from - 1;
  return mentions.some((m) => m.to === before && m.entity.type === 'therapy-class') || isTherapyHead(words[before - 1]);
}

function isModifier(words: readonly Word[], antigen: Mention, mentions: readonly Mention[]): boolean {
  const before = words[antigen.from - 1]?.lower;
  if (before === 'anti' || againstTherapy(words, antigen, mentions)) return true;
  const next = words[antigen.to]?.lower ?? '';
  if (MODIFIER_NEXT.has(next)) return true;
  return mentions.some((m) => m.from === antigen.to && m.entity.type === 'therapy-class');
}
