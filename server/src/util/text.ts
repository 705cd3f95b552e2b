/** The text with its first character upper-cased ("tocilizumab" → "Tocilizumab"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text with a capitalised first word lower-cased for use inside a sentence ("Large B-cell lymphoma" → "large …"); "BCMA" and "B-ALL" stay. */
export function lowerInitial(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A calendar year as writers give it in this domain: "2017", "1998". */
export function isYear(word: string): boolean {
  return /^(19|20)\d\d$/.test(word);
}

/** The months' English names, lower case, January first; their first three letters are the abbreviations. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
