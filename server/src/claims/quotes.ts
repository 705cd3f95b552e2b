import { afterCitationMarkers } from '../text/citation-markers';
import { lexicon, lexiconWords } from './lexicon';
import { placePhraseEnd } from './phrases';
import { phraseStartingAt, type Word } from './words';
import { wordClass } from './word-classes';

/** A quotation: the index of its opening mark and the index after its closing mark. */
export interface QuoteSpan {
  from: number;
  to: number;
}

const QUOTE_MARKS = wordClass('quote-marks');

/**
 * The quotations of a sentence: a mark written against the word after it opens one ("'Kymriah"), a mark written
 * against the word before it closes it ("CD19'"). A possessive's apostrophe ("patients' data") opens nothing.
 */
export function quotationsIn(words: readonly Word[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let k = 0; k < words.length; k++) {
    if (!QUOTE_MARKS.has(words[k]!.lower)) continue;
    const opens = words[k + 1] !== undefined && words[k + 1]!.start === words[k]!.end && !words[k + 1]!.punct;
    const closes = k > 0 && words[k - 1]!.end === words[k]!.start;
    if (open >= 0 && closes) {
      if (k - open > 1) spans.push({ from: open, to: k + 1 });
      open = -1;
    } else if (opens) open = k;
  }
  return spans;
}

const EDIT_OLD = lexiconWords('edit-old-verbs');
const VERDICTS = lexicon('rejecting-verdicts');
// A bare "not" after the copula ("'P' is not …") negates what follows it and rejects nothing.
const REJECTIONS = lexicon('rejection-predicates').filter((p) => p !== 'not');
const COPULAS = wordClass('be-finite');
const ARTICLES = wordClass('articles');
const WORDING_NOUNS = lexiconWords('wording-nouns');
const WORDING_VERBS = lexiconWords('wording-verbs');
const NEGATIONS = lexiconWords('negation-cues');
// A reviewer's label before a verdict is short: "Reviewer:", "MLR:", "Medical review:".
const MAX_LABEL_WORDS = 3;

/**
 * The quotations the writer mentions without asserting them: the old wording an edit verb takes out ("Replace 'P'
 * with 'Q'", "Delete the phrase 'P'", "'P' replaced by 'Q'", data/lexicon/edit-old-verbs), a draft wording a
 * verdict after it rejects ("'P' Reviewer: reject", "Claim 'P' rejected", "'P' is wrong", data/lexicon/rejecting-verdicts
 * and rejection-predicates), in the same sentence or, when the quotation ends its sentence, at the opening of `next`
 * (the next sentence of its block), and one a noun before it labels false ("the wrong claim 'P'"). The 'that' clause of
 * such a noun ("the myth that P") is mentioned the same way, and given as a span from its "that". The new wording of
 * an edit and an endorsed quotation stay the writer's.
 */
export function unassertedQuotations(words: readonly Word[], next?: () => readonly Word[]): QuoteSpan[] {
  const quoted = quotationsIn(words).filter(
    (span) =>
      editedOut(words, span) ||
      labelledFalse(words, span.from) ||
      rejectingLabelBefore(words, span.from) ||
      rejectedAt(words, afterCitationMarkers(words, span.to)) ||
      (endsSentence(words, span) && !!next && rejectedAt(next(), 0)),
  );
  const clauses = falseLabelledClauses(words);
  return clauses.length ? [...quoted, ...clauses].sort((a, b) => a.from - b.from) : quoted;
}

const FALSEHOOD_NOUNS = lexiconWords('falsehood-nouns');
const PREPOSITIONS = lexiconWords('prepositions');
const FALSEHOOD_ADJECTIVES = lexiconWords('falsehood-adjectives');
const PROPOSITION_NOUNS = lexiconWords('proposition-nouns');
// Words between a labelling adjective and its quotation: the noun and one modifier ("the false press claim 'P'").
const MAX_LABELLED_NOUN_WORDS = 2;
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '.', '?', '!']);

/**
 * Whether the words right before `at` (a quotation's opening mark or a "that") label what follows false: a noun of
 * falsehood ("the myth", "an error:", data/lexicon/falsehood-nouns), or an adjective of falsehood
 * (data/lexicon/falsehood-adjectives) and one or two words naming it ("the wrong claim"; before "that" only a noun of a
 * proposition, data/lexicon/proposition-nouns: "the mistaken belief that").
 */
function labelledFalse(words: readonly Word[], at: number, clause = false): boolean {
  let k = at - 1;
  if (!clause && words[k]?.lower === ':') k--;
  if (FALSEHOOD_NOUNS.has(words[k]?.lower ?? '')) return true;
  for (let n = 1; n <= MAX_LABELLED_NOUN_WORDS && k - n >= 0; n++) {
    const noun = words[k - n + 1]!;
    if (noun.punct || (clause && n === 1 && !PROPOSITION_NOUNS.has(noun.lower))) return false;
    if (FALSEHOOD_ADJECTIVES.has(words[k - n]!.lower)) return true;
  }
  return false;
}

/** The 'that' clauses a noun before them labels false ("the myth that P"): from the "that" to the clause's end. */
function falseLabelledClauses(words: readonly Word[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let k = 1; k < words.length; k++) {
    if (words[k]!.lower !== 'that' || !(labelledFalse(words, k, true) || falsehoodSubjectBefore(words, k))) continue;
    let end = k + 1;
    while (end < words.length && !CLAUSE_ENDS.has(words[end]!.lower)) end++;
    if (end > k + 1) spans.push({ from: k, to: end });
    k = end;
  }
  return spans;
}

// A subject noun phrase after its head is short: "error on this exam", "mistake in the leaflets".
const MAX_SUBJECT_TAIL = 4;

/**
 * "A frequent mistake is to say that P", "The most common error on this exam is that P": a noun of falsehood
 * (data/lexicon/falsehood-nouns) heads the subject of a copula whose complement is the 'that' clause at `that`, directly
 * or through an infinitive of saying or thinking ("is to say", "is to assume").
 */
function falsehoodSubjectBefore(words: readonly Word[], that: number): boolean {
  let k = that - 1;
  if (words[k - 1]?.lower === 'to' && !words[k]!.punct) k -= 2;
  if (!COPULAS.has(words[k]?.lower ?? '')) return false;
  for (let head = k - 1; head >= 0 && k - 1 - head <= MAX_SUBJECT_TAIL; head--) {
    const word = words[head]!;
    if (word.punct) return false;
    if (FALSEHOOD_NOUNS.has(word.lower)) return head === k - 1 || PREPOSITIONS.has(words[head + 1]!.lower);
  }
  return false;
}

/**
 * "Replace 'P'", "Strike the phrase 'P'", "'P' replaced by …": the quotation is an edit verb's old wording; "Do not
 * write 'P'": a negated verb of wording (data/lexicon/wording-verbs) forbids it.
 */
function editedOut(words: readonly Word[], span: QuoteSpan): boolean {
  let k = span.from - 1;
  if (WORDING_NOUNS.has(words[k]?.lower ?? '')) k--;
  if (ARTICLES.has(words[k]?.lower ?? '')) k--;
  if (EDIT_OLD.has(words[k]?.lower ?? '')) return true;
  // "Do not write 'P'", "Never use 'P'": a negated verb of wording forbids it.
  if (WORDING_VERBS.has(words[k]?.lower ?? '') && NEGATIONS.has(words[k - 1]?.lower ?? '')) return true;
  const after = words[span.to]?.lower ?? '';
  if (EDIT_OLD.has(after) && after.endsWith('ed') && words[span.to + 1]?.lower === 'by') return true;
  return editedInPassive(words, span.to) || editedInRelative(words, span.to);
}

// "was", "has been", "will be", "should be": the auxiliaries before a passive participle.
const PASSIVE_AUXILIARIES = lexiconWords('auxiliaries');
const EDIT_NOUNS = lexiconWords('edit-old-nouns');
// A relative's subject and verb group before its verb are short: "which we have since", "which the editor".
const MAX_RELATIVE_WORDS = 6;

/**
 * "'P' was removed from the leaflet", "'P' has since been deleted": a passive whose subject is the quotation and whose
 * participle is an edit verb's takes it out. Only auxiliaries and adverbs stand between.
 */
function editedInPassive(words: readonly Word[], at: number): boolean {
  let k = at;
  let auxiliary = false;
  for (; k < words.length; k++) {
    const lower = words[k]!.lower;
    if (PASSIVE_AUXILIARIES.has(lower)) auxiliary = true;
    else if (!DEGREE.test(lower) && lower !== 'since') break;
  }
  return auxiliary && isEditParticiple(words[k]?.lower ?? '');
}

// A participle of an edit verb: "removed", "rewritten", "struck"; not its base form, which is also its 3rd-person
// stem ("correct", "corrects": "'P' is correct" judges it).
const isEditParticiple = (verb: string) =>
  EDIT_OLD.has(verb) && (/(?:ed|en)$/.test(verb) || !EDIT_OLD.has(`${verb}s`)) && !verb.endsWith('ing');
// Before an edit verb's base form in a relative, what makes it an edit to come: "which we will remove".
const BASE_FORM_MARKERS = new Set(['will', 'to', 'shall', 'must', 'should']);

/**
 * "'P', which we have marked for deletion", "'P', which the editor removed": a relative on the quotation whose verb edits
 * it out, or that marks it for an edit (data/lexicon/edit-old-nouns).
 */
function editedInRelative(words: readonly Word[], at: number): boolean {
  if (words[at]?.lower !== ',' || words[at + 1]?.lower !== 'which') return false;
  for (let k = at + 2; k < words.length && k <= at + 2 + MAX_RELATIVE_WORDS; k++) {
    const word = words[k]!;
    if (word.punct || NEGATIONS.has(word.lower)) return false;
    if (isEditParticiple(word.lower) || (EDIT_NOUNS.has(word.lower) && words[k - 1]?.lower === 'for')) return true;
    if (EDIT_OLD.has(word.lower) && BASE_FORM_MARKERS.has(words[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * Whether a verdict rejecting what was quoted opens at `at`, past punctuation, a short label and a copula, or past a
 * prepositional phrase placing the quotation ("'P' in the lead is incorrect", "'P' for Breyanzi was wrong").
 */
function rejectedAt(words: readonly Word[], at: number): boolean {
  let k = at;
  while (k < words.length && words[k]!.punct && !QUOTE_MARKS.has(words[k]!.lower)) k++;
  if (verdictAt(words, k)) return true;
  const placed = placeEnd(words, at);
  if (placed !== undefined && verdictAt(words, placed)) return true;
  let colon = k;
  while (colon < words.length && colon - k < MAX_LABEL_WORDS && !words[colon]!.punct) colon++;
  return colon > k && words[colon]?.lower === ':' && (verdictAt(words, colon + 1) || labelVerdictAt(words, colon + 1));
}

/**
 * After a reviewer's label, a judgement alone is its verdict: "Reviewer: inaccurate.", "MLR: false; …", "Note: obsolete
 * wording." (data/lexicon/rejection-predicates, closed by punctuation or by a noun of wording). "Reviewer: false
 * positive" judges something else.
 */
function labelVerdictAt(words: readonly Word[], k: number): boolean {
  const judgement = phraseStartingAt(words, k, REJECTIONS);
  if (!judgement) return false;
  let end = k + judgement.length;
  if (WORDING_NOUNS.has(words[end]?.lower ?? '')) end++;
  const closing = words[end];
  return !closing || (closing.punct && closing.lower !== '?');
}

// A degree adverb between the copula and the verdict: "'P' is just wrong", "'P' is plainly obsolete".
const DEGREE = /^(?:just|simply|plainly|clearly|now|already|[a-z]{3,}ly)$/;
const verdictAt = (words: readonly Word[], k: number) =>
  phraseStartingAt(words, k, VERDICTS) !== undefined ||
  (COPULAS.has(words[k]?.lower ?? '') &&
    (phraseStartingAt(words, k + 1, REJECTIONS) !== undefined ||
      (DEGREE.test(words[k + 1]?.lower ?? '') && phraseStartingAt(words, k + 2, REJECTIONS) !== undefined)));

/**
 * After a quotation ending at `at`, the index after a phrase placing it ("in the lead", "on page 3", "for Breyanzi", "in
 * the German deck") that a copula or a verdict closes.
 */
const placeEnd = (words: readonly Word[], at: number) =>
  placePhraseEnd(
    words,
    at,
    (k) => k < words.length && (COPULAS.has(words[k]!.lower) || phraseStartingAt(words, k, VERDICTS) !== undefined),
  );

/**
 * "Rejected: 'P'", "MLR query: 'P'": a short label opening the sentence with a verdict that rejects (as after a
 * quotation), then a colon right before the quotation.
 */
function rejectingLabelBefore(words: readonly Word[], from: number): boolean {
  if (words[from - 1]?.lower !== ':') return false;
  const colon = from - 1;
  let start = colon;
  while (start > 0 && colon - start < MAX_LABEL_WORDS && !words[start - 1]!.punct) start--;
  if (start > 0 || start === colon) return false;
  for (let k = start; k < colon; k++) {
    const verdict = phraseStartingAt(words, k, VERDICTS);
    if (verdict && k + verdict.length === colon) return true;
  }
  return false;
}

/** Only punctuation and citation markers after the quotation: its sentence ends with it. */
const endsSentence = (words: readonly Word[], span: QuoteSpan) =>
  words.slice(afterCitationMarkers(words, span.to)).every((w) => w.punct);
