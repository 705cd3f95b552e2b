import { lexiconWords } from './lexicon';
import type { Word } from './words';

// A mass number, with "m" for a metastable isomer: "111", "99m".
const MASS_NUMBER = /^\d{1,3}m?$/;
// An isotope written as one word, its symbol capitalised: "111In", "68Ga", "99mTc", or "Lu177" ("1L" is no element).
const ISOTOPE_WORD = /^(?:\d{1,3}m?([A-Z][a-z]?)|([A-Z][a-z]?)\d{1,3}m?)$/;
// A labelled analogue's prefix is short: "68Ga-DOTA-", "Ga-68-labelled", "indium-111".
const MAX_PREFIX_WORDS = 4;
// A hyphenated conjugate name is read back this far at most.
const MAX_CHAIN_WORDS = 8;

const ELEMENTS = () => lexiconWords('radionuclides');

/**
 * "111In", "Lu177", or a mass number after its element: hyphenated to a symbol ("Ga-68"), or after a name
 * ("indium 111"); "In 2 patients" is no isotope.
 */
function isIsotope(words: readonly Word[], at: number): boolean {
  const word = words[at]!;
  const joined = ISOTOPE_WORD.exec(word.text);
  if (joined) return ELEMENTS().has((joined[1] ?? joined[2]!).toLowerCase());
  const element = words[at - 1];
  return (
    MASS_NUMBER.test(word.lower) &&
    !!element &&
    ELEMENTS().has(element.lower) &&
    (word.hyphenBefore || element.lower.length > 2)
  );
}

/**
 * "111In-octreotide", "68Ga-DOTA-octreotide", "indium-111 octreotide", "Ga-68-labelled octreotide": the drug named at
 * `from` is carried by a radionuclide, a conjugate with its own status and uses, not the drug itself. Read from the
 * words before it: a hyphen-joined prefix, or one word right before it (data/lexicon radionuclides,
 * radiolabel-participles).
 */
export function isRadiolabelled(words: readonly Word[], from: number): boolean {
  // A chelator and peptide joined by hyphens are one name however long ("90Y DOTA-D-Phe1-Tyr3-octreotide"): the prefix
  // is read back to the chain's start, and one word before it.
  let start = from;
  while (start > 0 && from - start < MAX_CHAIN_WORDS && words[start]!.hyphenBefore && !words[start - 1]!.punct) start--;
  for (let k = from - 1; k >= 0 && (from - k <= MAX_PREFIX_WORDS || k >= start - 1); k--) {
    const word = words[k]!;
    if (word.punct) return false;
    if (lexiconWords('radiolabel-participles').has(word.lower) || isIsotope(words, k)) return true;
    // Further back only along a hyphenated prefix or an isotope's own two words ("indium-111 octreotide").
    const joinedToNext = words[k + 1]!.hyphenBefore;
    if (!joinedToNext && k < from - 1) return false;
  }
  return false;
}

/**
 * "Everolimus-eluting stents", "tocilizumab-refractory CRS", "a tocilizumab biosimilar": the name ending at word `last`
 * is part of a longer name, joined by a hyphen to a participle after it (data/lexicon/compound-name-participles) or
 * followed by the noun that heads the phrase (data/lexicon/compound-name-heads), so the phrase names something else.
 */
export function isCompoundPart(words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  if (!next || next.punct) return false;
  return next.hyphenBefore
    ? lexiconWords('compound-name-participles').has(next.lower) || lexiconWords('compound-name-heads').has(next.lower)
    : lexiconWords('compound-name-heads').has(next.lower);
}
