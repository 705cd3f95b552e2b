import type { Location, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReferenceEntry } from '../../citations/index';
import type { AnalysisCache } from '../../document/analysis';

/** Go to definition: from a citation key to its entry (in the document or in a bibliography file). */
export function computeDefinition(document: TextDocument, position: Position, cache: AnalysisCache): Location[] {
  const use = cache.get(document).citations.useAt(document.offsetAt(position));
  return use?.entry ? [locationOf(use.entry, document)] : [];
}

/** Where an entry's label is: this document, or the bibliography file it came from. */
export function locationOf(entry: ReferenceEntry, document: TextDocument): Location {
  if (entry.file) {
    const text = entry.file.text ?? '';
    return {
      uri: entry.file.uri,
      range: { start: positionIn(text, entry.label.start), end: positionIn(text, entry.label.end) },
    };
  }
  return {
    uri: document.uri,
    range: { start: document.positionAt(entry.label.start), end: document.positionAt(entry.label.end) },
  };
}

/** Line and character of `offset` in `text` (for files that are not open documents). */
export function positionIn(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
