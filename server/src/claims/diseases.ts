// Disease names the knowledge base does not know. A longer name whose head it knows ("Hodgkin lymphoma" when only
// "lymphoma" is known, "non-X lymphoma") is another disease, not its head; an unknown name with no known part
// ("bladder cancer", "glioblastoma" in a knowledge base without them) still fills a claim's disease slot. Either way
// relations must not judge the claim as if it named the head, or named no disease at all.
import { isEnglishWord } from '../terms/english';
import type { TermMatch } from '../terms/matcher';
import { lexicon, lexiconWords } from './lexicon';
import type { WordSpan } from './negation';
import { isVerb, nounPhrasesOf } from './phrases';
import { phraseStartingAt, type Word } from './words';
import { wordClass } from './word-classes';

// The word lists are data (data/lexicon/disease-*.json and not-diseases.json): qualifiers that can stand before a
// disease name without naming another disease, the generic heads that end one, and so on.
const QUALIFIERS = lexiconWords('disease-qualifiers');
// Verbs that take a disease as their object ("cure lymphoma", "treats NETs"), in every form.
const VERBS = new Set(
  lexicon('disease-verbs').flatMap((verb) => [
    verb,
    `${verb}s`,
    `${verb.replace(/e$/, '')}ing`,
    `${verb.replace(/e$/, '')}ed`,
  ]),
);
const QUALIFYING_PARTS = lexiconWords('disease-qualifying-parts');
const SPEECH_VERBS = new Set([...lexicon('reporting-verbs'), ...lexicon('sponsor-report-speech-verbs')]);
const PHRASE_BOUNDARIES = lexiconWords('noun-phrase-boundaries');
// Nouns that end a disease name. The generic ones need a name before them ("bladder cancer", not "relapsed disease").
const GENERIC_HEADS = lexiconWords('disease-heads');
// "-oma" words other than diseases.
const NOT_DISEASES = lexiconWords('not-diseases');
const SPECIFIC_HEAD = /^[a-z]{3,}omas?$/;
// Heads of diseases that are never a cancer ("psoriasis", "ulcerative colitis"): a disease name by themselves.
const NON_CANCER_HEADS = lexiconWords('non-cancer-disease-heads');

// Words that may follow a disease name in its slot ("breast cancer patients", "bladder cancer in adults").
const AFTER_NAME = lexiconWords('disease-name-followers');
// "-associated", "-induced": a participle that makes the name before it a modifier (data/lexicon/cause-participles).
const CAUSES = lexiconWords('cause-participles');
const SUBTYPE_HEADS = lexiconWords('disease-subtype-heads');
// Words whose object is the disease a claim is about ("approved for …", "to treat …"; data/lexicon).
const OBJECT_LINKS = lexiconWords('condition-object-links');
// Endings of medical nouns for a disease or state ("amyloidosis", "vasculitis", "thalassemia", "neuropathy").
const DISEASE_ENDING = /^[a-z]{3,}(itis|osis|emia|aemia|pathy|philia|iasis)$/;

/**
 * Whether the uncovered noun phrase [from, to) is a name the knowledge base does not know: it has a word no English
 * word list has ("neuromyelitis optica", "HIV", "NMOSD") or a disease noun's ending.
 */
function namesUnknownThing(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = words[k]!;
    if (word.punct || /\d/.test(word.lower)) continue;
    if (DISEASE_ENDING.test(word.lower) && !NOT_DISEASES.has(word.lower)) return true;
    if (word.lower.length >= 2 && /^[a-z]+$/.test(word.lower) && !isEnglishWord(word.lower)) return true;
  }
  return false;
}

export interface ResolvedConditions {
  /** The matches that stand for themselves: a condition inside a longer unknown name is left out. */
  known: boolean[];
  /** Disease names the knowledge base does not know, as word spans. */
  unknown: WordSpan[];
  /** Per match: a site after it or a marker before it narrows the disease ("NETs of the lung", "SSTR-negative NETs"). */
  narrowed: boolean[];
}

const TREATMENT_HISTORY = lexiconWords('therapy-modifier-adjectives');
// "not for other solid tumors": the kind less the ones named before it.
const OTHER = wordClass('other-determiners');

/** "tocilizumab-refractory CRS", "steroid-refractory ICANS": a hyphen joins a treatment-history adjective before it. */
function treatmentHistoryBefore(words: readonly Word[], at: number): boolean {
  const adjective = words[at - 1];
  return !!adjective && !!adjective.hyphenBefore && TREATMENT_HISTORY.has(adjective.lower);
}

/** Is the word before a disease name part of a longer name ("Hodgkin", "X-type", "non-")? */
function namesMore(words: readonly Word[], at: number, inMention: (i: number) => boolean): boolean {
  const word = words[at];
  if (!word || word.punct || inMention(at)) return false;
  // "type 1 diabetes": a number is part of a name after a name word ("grade 3", "stage 4" qualify instead).
  if (/\d/.test(word.lower)) return /^\d+$/.test(word.lower) && at > 0 && namesMore(words, at - 1, inMention);
  if (QUALIFIERS.has(word.lower) || VERBS.has(word.lower)) return false;
  // "He said marginal zone lymphoma is …": a verb or a word that ends a noun phrase is not part of a name.
  if (isVerb(word) || SPEECH_VERBS.has(word.lower) || PHRASE_BOUNDARIES.has(word.lower)) return false;
  // "to shrink NETs": a verb after "to" (a capitalized word there is a name: "extended to Hodgkin lymphoma").
  if (words[at - 1]?.lower === 'to' && word.text === word.lower) return false;
  if (words[at + 1]?.hyphenBefore && word.lower === 'non') return true;
  // "CD19-positive", "high-risk": a hyphenated modifier that qualifies.
  return !(word.hyphenBefore && QUALIFYING_PARTS.has(word.lower));
}

/** The start of the name that ends just before `at`: the words before it that are not qualifiers. */
function nameStart(words: readonly Word[], at: number, inMention: (i: number) => boolean): number {
  let from = at;
  while (from > 0 && namesMore(words, from - 1, inMention)) from--;
  return from;
}

const SITES = lexicon('disease-site-nouns');

/** Where "of (the) <site>" right after a disease name ends, or undefined. */
function siteAfter(words: readonly Word[], at: number): number | undefined {
  if (words[at]?.lower !== 'of') return undefined;
  const from = words[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  const site = phraseStartingAt(words, from, SITES);
  return site ? from + site.length : undefined;
}

/** "SSTR-negative" right before word `at`: a marker the knowledge base knows, joined to one of `parts`. */
function markerBefore(
  words: readonly Word[],
  at: number,
  spans: readonly (WordSpan & { match: TermMatch })[],
  parts: ReadonlySet<string> = MARKER_PARTS,
): boolean {
  const part = words[at - 1];
  return (
    !!part?.hyphenBefore &&
    parts.has(part.lower) &&
    spans.some((s) => s.to === at - 1 && s.match.entity.type !== 'indication')
  );
}
const MARKER_PARTS = new Set(['positive', 'negative', 'expressing']);
// A label's population is often marker-positive ("SSTR-positive GEP-NETs"); a marker-negative subset is one no
// approval of the disease need cover.
const EXCLUDING_MARKER_PARTS = new Set(['negative']);

/**
 * "SSTR-negative tumours", "CD19-positive cancers": a generic disease head defined by a marker the knowledge base
 * knows (not a disease) names tumours it does not resolve, not no disease at all.
 */
function markerDefined(
  words: readonly Word[],
  object: WordSpan,
  spans: readonly (WordSpan & { match: TermMatch })[],
  coveredByCondition: Uint8Array,
): boolean {
  if (!GENERIC_HEADS.has(words[object.to - 1]!.lower)) return false;
  for (let k = object.from; k < object.to; k++) if (coveredByCondition[k]) return false;
  for (let k = object.from + 2; k < object.to; k++) if (markerBefore(words, k, spans)) return true;
  return false;
}

/**
 * Splits a sentence's matches (as word spans) into conditions named as such and unknown disease names: a known
 * indication preceded by a name word, and disease nouns no match covers.
 */
export function resolveConditions(
  words: readonly Word[],
  spans: readonly (WordSpan & { match: TermMatch })[],
): ResolvedConditions {
  const covered = new Uint8Array(words.length);
  const coveredByCondition = new Uint8Array(words.length);
  for (const span of spans) {
    covered.fill(1, span.from, span.to);
    if (span.match.entity.type === 'indication') coveredByCondition.fill(1, span.from, span.to);
  }
  const inMention = (i: number) => covered[i] === 1;
  const unknown: WordSpan[] = [];
  const known = spans.map((span) => {
    if (span.match.entity.type !== 'indication') return true;
    // "melanoma-associated antigen A4", "lymphoma-related deaths": joined to a cause participle, the disease modifies
    // the noun after it and fills no disease slot.
    if (words[span.to]?.hyphenBefore && CAUSES.has(words[span.to]!.lower)) return false;
    // "this rare non-Hodgkin lymphoma subtype": a narrower disease the knowledge base does not resolve.
    if (SUBTYPE_HEADS.has(words[span.to]?.lower ?? '')) {
      unknown.push({ from: span.from, to: span.to + 1 });
      return false;
    }
    const from = nameStart(words, span.from, inMention);
    if (from === span.from) return true;
    unknown.push({ from, to: span.to });
    return false;
  });
  // "NETs of the lung", "SSTR-negative NETs": a site after the name or a marker's absence before it narrows the disease.
  // So does a treatment history joined to it ("tocilizumab-refractory CRS", "BTKi-exposed MCL"): the patients who
  // failed or had a therapy, a subset no approval record names; and "other" ("not for other solid tumors").
  const narrowed = spans.map(
    (span) =>
      (span.match.entity.type === 'indication' &&
        (siteAfter(words, span.to) !== undefined || markerBefore(words, span.from, spans, EXCLUDING_MARKER_PARTS))) ||
      treatmentHistoryBefore(words, span.from) ||
      OTHER.has(words[span.from - 1]?.lower ?? ''),
  );
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (covered[i] || word.punct) continue;
    const generic = GENERIC_HEADS.has(word.lower);
    const specific =
      (SPECIFIC_HEAD.test(word.lower) && !NOT_DISEASES.has(word.lower)) || NON_CANCER_HEADS.has(word.lower);
    if (!generic && !specific) continue;
    // "cancer cells", "tumor microenvironment": the disease word modifies the noun after it.
    const next = words[i + 1];
    if (next && !next.punct && !QUALIFIERS.has(next.lower) && !AFTER_NAME.has(next.lower) && !covered[i + 1]) continue;
    const from = nameStart(words, i, inMention);
    if (generic && from === i) continue;
    unknown.push({ from, to: i + 1 });
  }
  // The object of "approved for …" or "treats …" that no match covers and that names something unknown: a disease the
  // knowledge base does not know, not no disease at all.
  const phrases = nounPhrasesOf(words);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!OBJECT_LINKS.has(words[i]!.lower)) continue;
    const object = phrases.at(i + 1);
    if (!object || object.from !== i + 1 || unknown.some((u) => u.from < object.to && object.from < u.to)) continue;
    let covers = false;
    for (let k = object.from; k < object.to; k++) if (covered[k]) covers = true;
    if (
      (!covers && namesUnknownThing(words, object.from, object.to)) ||
      markerDefined(words, object, spans, coveredByCondition)
    )
      unknown.push(object);
  }
  return { known, unknown: unknown.sort((a, b) => a.from - b.from), narrowed };
}
