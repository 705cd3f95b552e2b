import { isYear } from '../util/text';
// Coordination and list structure of a clause, shared by the relations: which item of one list goes with which
// item of another ("A and B … X and Y, respectively"), and which population phrase a listed condition carries ("for
// children with ALL and adults with LBCL"). Computed once per clause.
import { clausalAsidesIn, closingParen } from './clauses';
import { isCondition } from './knowledge';
import { lexiconWords } from './lexicon';
import { appositiveAfter, isVerb, type NounPhrases, nounPhrasesOf } from './phrases';
import { DATE_LIST_MARKS, populationIn, type Population, type Qualifiers, qualifiersOf } from './qualifiers';
import type { ClaimSentence, Mention } from './sentence';
import type { Clause, Word } from './words';

// Mentions are keyed by their first word: a sentence judged at another state of the knowledge base has new mention
// objects at the same words.
export interface Coordination {
  /** "respectively": each listed product's own item of each other list (conditions, antigens), both ways. */
  respective: Map<number, number[]>;
  /**
   * "respectively", or as many dates listed together as therapies named ("Kymriah and Yescarta were approved in
   * August and October 2017"): the word index of each therapy's own date (its year or its first word).
   */
  respectiveYear: Map<number, number>;
  /** The population each condition carries when the clause gives conditions their own ("adults with LBCL"). */
  populations?: Map<number, Population | undefined>;
  /**
   * The population each listed product carries when the clause gives products their own ("X for children and Y
   * for adults"), keyed by each of the product's mentions.
   */
  subjectPopulations?: Map<number, Population | undefined>;
}

const memo = new WeakMap<Clause, Coordination>();

export function coordinationOf(sentence: ClaimSentence, clause: Clause): Coordination {
  let found = memo.get(clause);
  if (!found) memo.set(clause, (found = coordinate(sentence, clause)));
  return found;
}

function coordinate(sentence: ClaimSentence, clause: Clause): Coordination {
  const { words } = sentence;
  const clauseIndex = sentence.clauses.indexOf(clause);
  const mentions = sentence.mentions.filter((m) => m.clause === clauseIndex && !m.mark);
  const respective = new Map<number, number[]>();
  const respectiveYear = new Map<number, number>();
  let at = -1;
  for (let i = clause.from; i < clause.to; i++) if (words[i]!.lower === 'respectively') at = i;
  if (at >= 0) {
    // The products listed (a name in the parenthesis after another is the same item); each other kind of item,
    // listed as many times, pairs with them in order.
    const inParenthesis = (m: Mention) => words[m.from - 1]?.lower === '(';
    const products = mentions.filter((m) => isTherapy(m) && !inParenthesis(m));
    const kinds = new Map<string, Mention[]>();
    for (const m of mentions) {
      if (isTherapy(m) || inParenthesis(m)) continue;
      const kind = isCondition(m.entity) ? 'condition' : m.entity.type;
      kinds.set(kind, [...(kinds.get(kind) ?? []), m]);
    }
    if (products.length >= 2) {
      for (const items of kinds.values()) {
        if (items.length !== products.length) continue;
        products.forEach((p, k) => {
          respective.set(p.from, [...(respective.get(p.from) ?? []), items[k]!.from]);
          respective.set(items[k]!.from, [p.from]);
        });
      }
      const years: number[] = [];
      for (let i = clause.from; i < clause.to; i++) if (isYear(words[i]!.lower)) years.push(i);
      if (years.length === products.length) products.forEach((p, k) => respectiveYear.set(p.from, years[k]!));
    }
  }
  if (respectiveYear.size === 0) pairListedDates(sentence, clause, mentions, respectiveYear);
  return {
    respective,
    respectiveYear,
    populations: conditionPopulations(words, clause, mentions),
    subjectPopulations: subjectPopulations(words, clause, mentions),
  };
}

// "Tocilizumab and Kymriah … for CRS and ALL, respectively": a drug is listed beside a product as its own item.
const isTherapy = (m: Mention) => m.entity.type === 'product' || m.entity.type === 'drug';

/**
 * "Kymriah and Yescarta were approved in August and October 2017", "Abecma and Carvykti (March 2021 vs. February
 * 2022)", "Kymriah, Yescarta and Tecartus were approved in 2017, 2017 and 2020": a list of as many dates as the
 * therapies named, all on one side of them, gives each therapy its own date in order, with or without "respectively".
 * A renaming in brackets ("Abecma (ide-cel)") is the same item.
 */
function pairListedDates(
  sentence: ClaimSentence,
  clause: Clause,
  mentions: readonly Mention[],
  paired: Map<number, number>,
): void {
  const { words } = sentence;
  const items: Mention[][] = [];
  for (const m of mentions) {
    if (!isTherapy(m)) continue;
    const last = items[items.length - 1];
    if (last && (last[0]!.entity === m.entity || words[m.from - 1]?.lower === '(')) last.push(m);
    else items.push([m]);
  }
  if (items.length < 2) return;
  const list = listedDates(words, qualifiersOf(sentence, clause).dates);
  if (list.length !== items.length) return;
  const first = items[0]![0]!.from;
  const last = items[items.length - 1]!.at(-1)!.to;
  if (!(list[0]!.at >= last || list[list.length - 1]!.to <= first)) return;
  items.forEach((item, k) => {
    for (const m of item) paired.set(m.from, list[k]!.at);
  });
}

/** The longest run of dates with only list marks between them ("in 2021 and 2022", "Aug vs Oct 2017"). */
function listedDates(words: readonly Word[], dates: readonly NonNullable<Qualifiers['date']>[]) {
  let best: NonNullable<Qualifiers['date']>[] = [];
  let run: NonNullable<Qualifiers['date']>[] = [];
  for (const date of dates) {
    const previous = run[run.length - 1];
    const joined =
      previous &&
      previous.to < date.at &&
      words.slice(previous.to, date.at).every((w, k) => DATE_LIST_MARKS.has(w.lower) || (w.lower === '.' && k > 0));
    run = joined ? [...run, date] : [date];
    if (run.length > best.length) best = run;
  }
  return best;
}

// Between a population phrase and its condition: "adults with relapsed or refractory LBCL", "children with ALL".
const POPULATION_LINK = new Set(['with', 'who', 'have', 'has']);
// Between a condition and a population after it: "ALL in children", "LBCL among adults".
const POPULATION_AFTER = new Set(['in', 'among']);
const COORDINATION = new Set(['and', 'or', ',', '/', 'and/or']);
// How far a population word may stand from its condition: "pediatric and young adult patients with relapsed or
// refractory B-cell precursor ALL".
const REACH = 8;

// Marks inside a condition's premodifiers ("relapsed/refractory (r/r) pediatric …"); other punctuation, prepositions
// and determiners end them.
const PREMODIFIER_MARKS = new Set(['/', '(', ')']);
const inPremodifier = (word: Word) =>
  word.punct
    ? PREMODIFIER_MARKS.has(word.lower)
    : !POPULATION_LINK.has(word.lower) && !POPULATION_AFTER.has(word.lower) && !PREMODIFIER_ENDS.has(word.lower);
const PREMODIFIER_ENDS = new Set(['for', 'of', 'to', 'after', 'from', 'by', 'as', 'the', 'a', 'an', 'including']);

/**
 * Conditions with a population of their own: "for pediatric patients with ALL and adults with NHL" gives ALL the
 * first and NHL the second. Undefined when no condition has one (the clause's population applies to all). A
 * condition without one takes the one of the condition it is coordinated with ("adults with LBCL and FL"), or of the
 * same disease named earlier in the clause, else none.
 */
function conditionPopulations(
  words: readonly Word[],
  clause: Clause,
  mentions: readonly Mention[],
): Map<number, Population | undefined> | undefined {
  const conditions = mentions.filter((m) => isCondition(m.entity));
  if (conditions.length === 0) return undefined;
  const own = new Map<Mention, Population>();
  // "Yescarta, a CAR-T with no pediatric indication, is approved for adults with FL": a statement aside's population
  // is its own.
  const asides = clausalAsidesIn(words, clause);
  conditions.forEach((condition, k) => {
    const floor = Math.max(
      clause.from,
      k > 0 ? conditions[k - 1]!.to : clause.from,
      condition.from - REACH,
      ...asides.filter((a) => a.to <= condition.from).map((a) => a.to),
    );
    // "<population> with <condition>": the link word, then a population word before it.
    for (let i = condition.from - 1; i >= floor; i--) {
      if (!POPULATION_LINK.has(words[i]!.lower)) continue;
      const population = populationIn(words, { from: floor, to: i });
      if (population) own.set(condition, population);
      return;
    }
    // "<population> <condition>": a premodifier ("r/r pediatric and young adult ALL", "adult DLBCL").
    let start = condition.from;
    while (start > floor && inPremodifier(words[start - 1]!)) start--;
    const premodifier = start < condition.from ? populationIn(words, { from: start, to: condition.from }) : undefined;
    if (premodifier) {
      own.set(condition, premodifier);
      return;
    }
    // "<condition> in <population>".
    if (POPULATION_AFTER.has(words[condition.to]?.lower ?? '')) {
      const ceiling = Math.min(
        clause.to,
        conditions[k + 1]?.from ?? clause.to,
        condition.to + 1 + REACH,
        ...asides.filter((a) => a.from > condition.to).map((a) => a.from),
      );
      const population = populationIn(words, { from: condition.to + 1, to: ceiling });
      if (population) own.set(condition, population);
    }
  });
  if (own.size === 0) return undefined;
  const populations = new Map<number, Population | undefined>();
  const regionOf = (at: number) => asides.findIndex((a) => a.from <= at && at < a.to);
  conditions.forEach((condition, k) => {
    const previous = conditions[k - 1];
    const coordinated =
      previous && words.slice(previous.to, condition.from).every((w) => COORDINATION.has(w.lower) || w.punct);
    // "Patients aged 26 or older with ALL are not covered by Kymriah's ALL approval": the disease named again in the
    // clause is the same patients' disease, unless another population follows ("…, whose ALL approvals are for adults").
    // A statement aside is a region of its own: its disease is not the one named outside it, nor the other way round.
    const named = conditions
      .slice(0, k)
      .find(
        (c) =>
          c.entity === condition.entity &&
          own.has(c) &&
          regionOf(c.from) === regionOf(condition.from) &&
          !populationIn(words, { from: c.to, to: clause.to }),
      );
    populations.set(
      condition.from,
      own.get(condition) ??
        (coordinated ? populations.get(previous.from) : named ? populations.get(named.from) : undefined),
    );
  });
  return populations;
}

/**
 * Products with a population of their own: "tisa-cel (Kymriah) for pediatric patients and brexu-cel for adults" gives
 * each product the population between it and the next product. Undefined unless two products have one.
 */
function subjectPopulations(
  words: readonly Word[],
  clause: Clause,
  mentions: readonly Mention[],
): Map<number, Population | undefined> | undefined {
  // Runs of mentions of one product ("brexucabtagene autoleucel (brexu-cel)") are one item.
  const runs: Mention[][] = [];
  for (const m of mentions) {
    if (m.entity.type !== 'product' && m.entity.type !== 'drug') continue;
    const last = runs[runs.length - 1];
    if (last && last[0]!.entity === m.entity) last.push(m);
    else runs.push([m]);
  }
  if (runs.length < 2) return undefined;
  const own = runs.map((run, k) =>
    populationIn(words, { from: run[run.length - 1]!.to, to: runs[k + 1]?.[0]?.from ?? clause.to }),
  );
  if (own.filter((p) => p !== undefined).length < 2) return undefined;
  const populations = new Map<number, Population | undefined>();
  runs.forEach((run, k) => {
    for (const m of run) populations.set(m.from, own[k]);
  });
  return populations;
}

// Prepositions that open a conjunct of coordinated prepositional phrases: "approved for B-ALL and for second-line
// DLBCL", "in 2017 for ALL and in 2022 for LBCL".
const CONJUNCT_PREPOSITIONS = new Set(['for', 'in', 'after', 'as', 'against']);
const CONJUNCT_COORDINATORS = new Set(['and', 'or', 'while', 'whereas']);

/**
 * Whether words `a` and `b` of one clause stand in different conjuncts of coordinated prepositional phrases ("for
 * relapsed B-ALL and DLBCL (Kymriah) and for the second-line treatment of DLBCL (Yescarta)"): a coordinator and a
 * preposition stand between them. Each conjunct owns its modifiers (a line of therapy, a population).
 */
export function inOtherConjunct(words: readonly Word[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let k = from + 1; k < to; k++)
    if (CONJUNCT_PREPOSITIONS.has(words[k]!.lower) && CONJUNCT_COORDINATORS.has(words[k - 1]?.lower ?? '')) return true;
  return false;
}

// What separates the items of a list of noun phrases.
const ITEM_SEPARATORS = new Set([',', ';', 'and', 'or']);

/**
 * Whether words [from, to) premodify the head of a noun phrase coordinated after word `after` ("news on obe-cel's
 * approval, the REMS removal and two CRS explainers", "Kymriah's approval and Autolus's January 2026 release"): that
 * phrase is a list item of its own, so what modifies its head does not complete the earlier phrase. A disease heading
 * its own item ("approval in ALL, LBCL and FL") or followed by a word of its slot ("and ALL patients",
 * data/lexicon/disease-name-followers) is not premodifying.
 */
export function premodifiesLaterConjunct(words: readonly Word[], after: number, from: number, to: number): boolean {
  const phrase = nounPhrasesOf(words).at(from);
  if (!phrase || phrase.from <= after || phrase.to <= to) return false;
  if (lexiconWords('disease-name-followers').has(words[to]?.lower ?? '')) return false;
  return ITEM_SEPARATORS.has(words[phrase.from - 1]?.lower ?? '');
}

// What may stand between two coordinated phrases that share what follows them: "neither A nor B for X", "A and/or B".
const LIST_MARKS = new Set([...ITEM_SEPARATORS, 'nor', 'and/or', '/', '&']);

/**
 * Whether anything but list marks stands between two coordinated phrases, words [from, to) (the earlier one's renaming in
 * brackets aside): "approves Kymriah and, the same day, tocilizumab for CRS", "approved Yescarta in 2017 and Abecma
 * for myeloma". An adjunct after the later phrase is then its own, not shared with the earlier one ("Kymriah and
 * Yescarta for LBCL" share it).
 */
export function setApart(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (words[k]!.lower === '(') k = closingParen(words, k);
    else if (!LIST_MARKS.has(words[k]!.lower)) return true;
  }
  return false;
}

/** Where an item's own prepositional phrases starting at `at` end ("CAR-T in lupus", "obe-cel in England"). */
function afterItemPhrases(words: readonly Word[], phrases: NounPhrases, at: number): number {
  const prepositions = lexiconWords('list-item-prepositions');
  while (prepositions.has(words[at]?.lower ?? '') && phrases.at(at + 1)) at = phrases.at(at + 1)!.to;
  return at;
}

/**
 * Whether the noun phrase holding word `cue` and words [from, to) are items of one list with nothing else linking them
 * ("the MZL approval, the REMS removal, obe-cel, satri-cel": topics, not an approval of obe-cel): only list marks and
 * other whole phrases stand between them, at least one of them a separator. A phrase right after a comma and opened by
 * a determiner is an appositive of the one before ("Kymriah, the first approval of a CAR-T"), not another item.
 */
export function listedBeside(words: readonly Word[], cue: number, from: number, to: number): boolean {
  const phrases = nounPhrasesOf(words);
  const own = phrases.at(cue);
  if (!own || (own.from <= from && to <= own.to)) return false;
  const subjectFirst = to <= own.from;
  const [gapFrom, gapTo] = subjectFirst ? [to, own.from] : [own.to, from];
  if (gapFrom >= gapTo) return false;
  // A named item's own prepositional phrases: "obe-cel in England, GD2 and B7-H3 CAR-Ts". After the cue's phrase they
  // are its complements ("approval of tisa-cel for adults and brexu-cel for children").
  let start = subjectFirst ? afterItemPhrases(words, phrases, gapFrom) : gapFrom;
  // A phrase opened by a determiner after a named therapy's comma is its appositive ("Anito-cel, a BCMA CAR-T from
  // Arcellx and Kite, won FDA approval"), not another item; the list may go on after it ("Breyanzi, the Yescarta
  // label update, in vivo and allogeneic CAR-T").
  if (subjectFirst && words[start]?.lower === ',' && lexiconWords('determiners').has(words[start + 1]?.lower ?? '')) {
    const appositive = appositiveAfter(words, start, gapTo);
    if (!appositive || appositive.to >= gapTo) return false;
    start = appositive.to;
  }
  let separators = 0;
  let coordinated = false;
  for (let k = start; k < gapTo; k++) {
    const word = words[k]!.lower;
    if (ITEM_SEPARATORS.has(word)) {
      separators++;
      coordinated ||= word === 'and' || word === 'or';
    }
    // An item between may hold a prepositional phrase ("satri-cel, CAR-T in lupus, CDH17 CAR-T in NETs") or a slash
    // pair ("satri-cel, dual CD19/CD22 CAR-T").
    else if (
      word !== '(' &&
      word !== ')' &&
      word !== '/' &&
      !phrases.at(k) &&
      !(separators && lexiconWords('list-item-prepositions').has(word))
    )
      return false;
  }
  // "Abecma and other BCMA-directed CAR-Ts": the items before are members of the later one.
  if (!separators || lexiconWords('list-member-openers').has(words[Math.max(from, own.from)]!.lower)) return false;
  if (coordinated) return true;
  // Without a coordinator between them, the list goes on to one after the later item ("obe-cel, GD2 CAR-Ts and
  // Encelto") or closes a parenthesis of three items or more; two phrases and a comma may be an aside ("Kymriah for
  // children, BCMA-directed, is approved") or a label and its value ("Tocilizumab, FDA approval for CRS").
  let later = Math.max(to, own.to);
  for (;;) {
    later = afterItemPhrases(words, phrases, later);
    if (words[later]?.lower === '(') later = closingParen(words, later) + 1;
    let comma = false;
    for (; words[later]?.lower === ','; later++) comma = true;
    const next = words[later]?.lower;
    if (next === 'and' || next === 'or') return true;
    if (next === ')') return separators >= 2;
    // A further item after a comma: "the MZL approval, the REMS removal, obe-cel, satri-cel, CRS)".
    const item = comma ? phrases.at(later) : undefined;
    if (!item) return false;
    separators++;
    later = item.to;
  }
}

/**
 * "Abecma and Carvykti are made by Kite", "Yescarta, Breyanzi and Carvykti are both …": two or more products or drugs,
 * listed with commas and one "and", open the clause as its subject, its verb right after them or after a floating
 * quantifier (data/lexicon/floating-quantifiers); or the list, anywhere in the clause, takes an appositive opened by
 * such a quantifier ("storage for Breyanzi and Abecma, both from Kite"). What is said is said of each, so each is judged
 * alone. Every item must be a named therapy: a list with "or", a bare noun or a class item, or "respectively" in the
 * clause, gives none.
 */
export function distributedItemsOf(sentence: ClaimSentence, clause: Clause): Mention[] | undefined {
  const { words } = sentence;
  for (let i = clause.from; i < clause.to; i++) if (words[i]!.lower === 'respectively') return undefined;
  const floating = lexiconWords('floating-quantifiers');
  const opening = listedTherapiesAt(
    sentence,
    clause,
    words[clause.from]?.lower === 'both' ? clause.from + 1 : clause.from,
  );
  if (opening) {
    let k = opening.end;
    if (floating.has(words[k]?.lower ?? '')) k++;
    if (isVerb(words[k])) return opening.items;
  }
  for (let at = clause.from; at < clause.to; at++) {
    const list = listedTherapiesAt(sentence, clause, at);
    // A verbless appositive that ends the clause: what it says is what the clause says of the items.
    if (
      list &&
      words[list.end]?.lower === ',' &&
      floating.has(words[list.end + 1]?.lower ?? '') &&
      !words.slice(list.end + 2, clause.to).some((w) => isVerb(w))
    )
      return list.items;
  }
  return undefined;
}

/** Named therapies listed from word `at` with commas and one "and" (two or more distinct ones), and where they end. */
function listedTherapiesAt(
  sentence: ClaimSentence,
  clause: Clause,
  at: number,
): { items: Mention[]; end: number } | undefined {
  const { words } = sentence;
  const clauseIndex = sentence.clauses.indexOf(clause);
  const mentionAt = (k: number) =>
    sentence.mentions.find((m) => m.from === k && m.clause === clauseIndex && !m.mark && isTherapy(m));
  const items: Mention[] = [];
  for (let k = at, last = false; ; ) {
    const item = mentionAt(k);
    if (!item) return undefined;
    items.push(item);
    k = item.to;
    // "Abecma (ide-cel)": a renaming in brackets is the same item.
    if (words[k]?.lower === '(' && mentionAt(k + 1)?.entity === item.entity) k = closingParen(words, k) + 1;
    if (last) return new Set(items.map((m) => m.entity)).size >= 2 ? { items, end: k } : undefined;
    if (words[k]?.lower === ',') k++;
    if (words[k]?.lower === 'and') {
      last = true;
      k++;
    } else if (words[k - 1]?.lower !== ',') return undefined;
  }
}
