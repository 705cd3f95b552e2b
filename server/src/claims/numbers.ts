// Cardinal number words the claim relations read ("seven CAR-Ts", "for two weeks", "a 15-year follow-up"). A Map, not
// an object literal, so that words like "constructor" are not numbers.
const CARDINALS = new Map<string, number>([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['fifteen', 15],
  ['twenty', 20],
]);

/** The value of `word` (lower case) when it is a cardinal number word from `min` to `max`. */
export function cardinal(word: string, min = 1, max = Number.POSITIVE_INFINITY): number | undefined {
  const value = CARDINALS.get(word);
  return value !== undefined && value >= min && value <= max ? value : undefined;
}
