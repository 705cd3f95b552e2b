import type { DocumentAnalysis } from '../document/analysis';
import { capitalize } from '../util/text';

/**
 * What a fix writes at `start`, capitalised when it starts a sentence: "tisagenlecleucel (Kymriah) is …" at
 * a sentence start would read as the previous sentence's continuation (and the claim checks would read it so).
 */
export function sentenceCase(document: DocumentAnalysis, start: number, text: string): string {
  if (document.sentenceAt(start)?.start !== start || !/^\p{Ll}/u.test(text)) return text;
  return capitalize(text);
}
