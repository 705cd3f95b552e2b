import type { DocumentAnalysis } from '../service/analysis';
import { suppressionComment } from '../service/languageFeatures/codeActions';
import type { Fix } from '../rules/types';
import { citationMarker, withCitation } from './citation';

/** "Replace with the supported statement": the sentence rewritten, with a citation marker for its first source. */
export function correctionFix(document: DocumentAnalysis, start: number, end: number, correction: string, sources: readonly string[]): Fix {
  const marker = sources[0] ? citationMarker(sources[0], document.prose.language, document.text) : '';
  return {
    title: 'Replace with the supported statement',
    isPreferred: true,
    edits: [{ start, end, newText: marker ? withCitation(correction, marker) : correction }],
  };
}

/** "Mark as reviewed": an inline suppression with a reason above the sentence's line. */
export function reviewedFix(document: DocumentAnalysis, start: number, code: string): Fix {
  const lineStart = document.text.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(document.text.slice(lineStart))?.[0] ?? '';
  const comment = suppressionComment(document.prose.language, code, 'reviewed: REASON');
  return { title: 'Mark as reviewed', edits: [{ start: lineStart, end: lineStart, newText: `${indent}${comment}\n` }] };
}
