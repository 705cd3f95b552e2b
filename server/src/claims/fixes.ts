import type { Fix } from '../rules/types';
import { citationMarker, withCitation, type CitationStyle } from './citation';

/** "Replace with the supported statement": the sentence rewritten, with a citation marker for its first source. */
export function correctionFix(style: CitationStyle, start: number, end: number, correction: string, sources: readonly string[]): Fix {
  const marker = sources[0] ? citationMarker(sources[0], style) : '';
  return {
    title: 'Replace with the supported statement',
    isPreferred: true,
    edits: [{ start, end, newText: marker ? withCitation(correction, marker) : correction }],
  };
}
