// Disease names the knowledge base does not know. A longer name whose head it knows ("Hodgkin lymphoma" when only
// "lymphoma" is known, "non-X lymphoma") is another disease, not its head; an unknown name with no known part
// ("bladder cancer", "glioblastoma" in a knowledge base without them) still fills a claim's disease slot. Either way
// relations must not judge the claim as if it named the head, or named no disease at all.
import type { TermMatch } from '../terms/matcher';
import type { WordSpan } from './negation';
import type { Word } from './words';

// Words that can stand before a disease name without naming another disease: clinical state, line, population,
// quantity and grammar. Any other word there is read as part of a longer name the knowledge base does not know.
const QUALIFIERS = new Set([
  // clinical state
  'relapsed',
  'relapsing',
  'refractory',
  'r',
  'rr',
  'recurrent',
  'resistant',
  'sensitive',
  'advanced',
  'metastatic',
  'unresectable',
  'resectable',
  'locally',
  'progressive',
  'progressing',
  'aggressive',
  'indolent',
  'untreated',
  'treated',
  'pretreated',
  'heavily',
  'previously',
  'newly',
  'diagnosed',
  'early',
  'late',
  'stage',
  'high',
  'low',
  'risk',
  'poor',
  'bulky',
  'active',
  'severe',
  'persistent',
  'residual',
  'measurable',
  'chemorefractory',
  'chemo',
  'primary',
  'secondary',
  'positive',
  'negative',
  'expressing',
  'naive',
  'naïve',
  'eligible',
  'ineligible',
  'transplant',
  'grade',
  'difficult',
  'hard',
  'common',
  'rare',
  'certain',
  'specific',
  'other',
  'various',
  'different',
  'same',
  'similar',
  'related',
  'underlying',
  'confirmed',
  'documented',
  'established',
  'acute',
  'chronic',
  'human',
  'own',
  'functional',
  'nonfunctional',
  'functioning',
  'nonfunctioning',
  'well',
  'poorly',
  'moderately',
  'differentiated',
  'symptomatic',
  // line of therapy
  'first',
  'second',
  'third',
  'fourth',
  'later',
  'earlier',
  'line',
  'frontline',
  'prior',
  'subsequent',
  'initial',
  // population
  'adult',
  'adults',
  'pediatric',
  'paediatric',
  'childhood',
  'young',
  'older',
  'elderly',
  'patients',
  'patient',
  // quantity and grammar
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'all',
  'any',
  'every',
  'each',
  'both',
  'either',
  'neither',
  'no',
  'not',
  'some',
  'most',
  'many',
  'several',
  'few',
  'more',
  'less',
  'such',
  'only',
  'also',
  'even',
  'still',
  'now',
  'new',
  'and',
  'or',
  'nor',
  'but',
  'for',
  'with',
  'in',
  'of',
  'to',
  'by',
  'from',
  'as',
  'than',
  'like',
  'into',
  'on',
  'at',
  'after',
  'before',
  'against',
  'across',
  'without',
  'within',
  'including',
  'include',
  'includes',
  'included',
  'versus',
  'vs',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'can',
  'may',
  'could',
  'will',
  'would',
  'treat',
  'treats',
  'treating',
  'approved',
  'indicated',
  'labeled',
  'labelled',
  'licensed',
  'authorized',
  'authorised',
  'used',
  'given',
  'cleared',
]);

// Verbs that take a disease as their object ("cure lymphoma", "treats NETs").
const VERBS = new Set(
  ['treat', 'cure', 'shrink', 'control', 'manage', 'fight', 'target', 'attack', 'kill', 'eliminate', 'eradicate']
    .concat(['prevent', 'reduce', 'slow', 'halt', 'combat', 'beat', 'address', 'improve', 'extend', 'prolong'])
    .flatMap((verb) => [verb, `${verb}s`, `${verb.replace(/e$/, '')}ing`, `${verb.replace(/e$/, '')}ed`]),
);

// Last parts of a hyphenated modifier that qualify rather than name ("CD19-positive", "chemo-refractory").
const QUALIFYING_PARTS = new Set([
  'positive',
  'negative',
  'refractory',
  'relapsed',
  'resistant',
  'sensitive',
  'risk',
  'naive',
  'naïve',
  'expressing',
  'directed',
  'eligible',
  'ineligible',
  'line',
  'stage',
  'grade',
  'treat',
]);

// Nouns that end a disease name. The generic ones need a name before them ("bladder cancer", not "relapsed disease").
const GENERIC_HEADS = new Set([
  'cancer',
  'cancers',
  'carcinoma',
  'carcinomas',
  'tumor',
  'tumors',
  'tumour',
  'tumours',
  'neoplasm',
  'neoplasms',
  'malignancy',
  'malignancies',
  'disease',
  'diseases',
  'disorder',
  'disorders',
]);
// "-oma" words other than diseases.
const NOT_DISEASES = new Set(['diploma', 'diplomas', 'aroma', 'aromas', 'coma', 'stoma', 'stomas', 'soma', 'chroma']);
const SPECIFIC_HEAD = /^[a-z]{3,}omas?$/;

// Words that may follow a disease name in its slot ("breast cancer patients", "bladder cancer in adults").
const AFTER_NAME = new Set(['patients', 'patient', 'cases', 'setting', 'settings', 'indication', 'indications']);

export interface ResolvedConditions {
  /** The matches that stand for themselves: a condition inside a longer unknown name is left out. */
  known: boolean[];
  /** Disease names the knowledge base does not know, as word spans. */
  unknown: WordSpan[];
}

/** Is the word before a disease name part of a longer name ("Hodgkin", "X-type", "non-")? */
function namesMore(words: readonly Word[], at: number, inMention: (i: number) => boolean): boolean {
  const word = words[at];
  if (!word || word.punct || inMention(at) || /\d/.test(word.lower)) return false;
  if (QUALIFIERS.has(word.lower) || VERBS.has(word.lower)) return false;
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

/**
 * Splits a sentence's matches (as word spans) into conditions named as such and unknown disease names: a known
 * indication preceded by a name word, and disease nouns no match covers.
 */
export function resolveConditions(
  words: readonly Word[],
  spans: readonly (WordSpan & { match: TermMatch })[],
): ResolvedConditions {
  const covered = new Uint8Array(words.length);
  for (const span of spans) covered.fill(1, span.from, span.to);
  const inMention = (i: number) => covered[i] === 1;
  const unknown: WordSpan[] = [];
  const known = spans.map((span) => {
    if (span.match.entity.type !== 'indication') return true;
    const from = nameStart(words, span.from, inMention);
    if (from === span.from) return true;
    unknown.push({ from, to: span.to });
    return false;
  });
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (covered[i] || word.punct) continue;
    const generic = GENERIC_HEADS.has(word.lower);
    if (!generic && !(SPECIFIC_HEAD.test(word.lower) && !NOT_DISEASES.has(word.lower))) continue;
    // "cancer cells", "tumor microenvironment": the disease word modifies the noun after it.
    const next = words[i + 1];
    if (next && !next.punct && !QUALIFIERS.has(next.lower) && !AFTER_NAME.has(next.lower) && !covered[i + 1]) continue;
    const from = nameStart(words, i, inMention);
    if (generic && from === i) continue;
    unknown.push({ from, to: i + 1 });
  }
  return { known, unknown: unknown.sort((a, b) => a.from - b.from) };
}
