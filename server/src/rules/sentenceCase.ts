import type { DocumentAnalysis } from '../document/analysis';
import { capitalize } from '../util/text';

/**
 * What a fix writes at `start`, capitalised when it starts a sentence, or a line that starts with a capital:
 * "tisagenlecleucel (Kymriah) is …" at a sentence start would read as the previous sentence's continuation, and a
 * lower-case line start reads as hard-wrapped prose, which joins a pasted table's rows into one sentence (the claim
 * checks would read either so).
 */
export function sentenceCase(document: DocumentAnalysis, start: number, text: string): string {
  if (!/^\p{Ll}/u.test(text)) return text;
  if (document.sentenceAt(start)?.start !== start && !startsCapitalisedLine(document.text, start)) return text;
  return capitalize(text);
}

/** Whether `start` is the first non-blank character of its line and a capital (see text/plaintext continuesBlock). */
function startsCapitalisedLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, start)) && /^\p{Lu}/u.test(text.slice(start, start + 1));
}
