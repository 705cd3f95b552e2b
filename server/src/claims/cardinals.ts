// Cardinal number words, apart from numbers.ts so the lexicon build (scripts/inflect.ts) reads them without the
// lexicons they help build. A Map, not an object literal, so that words like "constructor" are not numbers.
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map([
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
