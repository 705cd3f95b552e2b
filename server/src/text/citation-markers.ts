// A citation marker after a sentence or a quotation ("[14]", "[3, 5–7]", "^2", "<sup>1</sup>"), defined once: the
// sentence splitter (sentences.ts) and the title test (plaintext.ts) read it on characters, the claim layer
// (claims/quotes.ts) on a sentence's words. The citation scanner (document/citations/scan.ts) reads more (footnotes,
// Pandoc keys, labels up to 300 characters) to resolve citations, not to step over them.
import type { Word } from './words';

/** The most characters a marker's label holds between its brackets or tags: "[3, 5–7]", "<sup>1,2</sup>". */
export const MAX_CITATION_LABEL_CHARS = 40;

/**
 * A citation marker on characters, as a regular expression's source (no capturing group): a bracketed label ("[14]",
 * "[3, 5–7]", "[Smith 2020]"; no "]" and no line break in it), a caret's number, list or range ("^2", "^2,3", "^4–6"),
 * a superscript (plain text keeps its tags: "<sup>1</sup>").
 */
export const CITATION_MARKER = String.raw`\[[^\]\n]{1,${MAX_CITATION_LABEL_CHARS}}\]|\^\d+(?:[,–-]\d+)*|<sup>[^<\n]{1,${MAX_CITATION_LABEL_CHARS}}<\/sup>`;

/**
 * The index after the citation markers at `at` in a sentence's words ("'P' [14] Reviewer: reject"): a citation a writer
 * or a fix adds after a quotation changes nothing about what the quotation says or who rejects it. It reads the
 * markers of CITATION_MARKER as words show them, and fewer of them, as it always has: a caret takes the one word after
 * it when that word starts with a digit ("^2"; of "^4–6" it takes "^4"); a bracketed label must hold a word and no
 * second "[" ("[[3]" is none), and may cross a line break; a superscript's tags are not read.
 */
export function afterCitationMarkers(words: readonly Word[], at: number): number {
  let k = at;
  for (;;) {
    const open = words[k];
    if (open?.lower === '^' && /^\d/.test(words[k + 1]?.lower ?? '')) {
      k += 2;
      continue;
    }
    if (open?.lower !== '[') return k;
    let close = k + 1;
    while (close < words.length && words[close]!.lower !== ']' && words[close]!.lower !== '[') close++;
    const marker = words[close];
    if (marker?.lower !== ']' || close === k + 1 || marker.end - open.start > MAX_CITATION_LABEL_CHARS + 2) return k;
    k = close + 1;
  }
}
