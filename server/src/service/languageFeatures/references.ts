import type { Location, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../../document/analysis';
import { locationOf } from './definition';

/**
 * Find references: from an entry (or from any citation of it) to every citation key that cites it,
 * plus the entry itself when the client asks for the declaration.
 */
export function computeReferences(
  document: TextDocument,
  position: Position,
  includeDeclaration: boolean,
  cache: AnalysisCache,
): Location[] {
  const model = cache.get(document).citations;
  const offset = document.offsetAt(position);
  const entry = model.entryAt(offset) ?? model.useAt(offset)?.entry;
  if (!entry) return [];
  const locations = model.usesOf(entry).map((use) => ({
    uri: document.uri,
    range: { start: document.positionAt(use.key.start), end: document.positionAt(use.key.end) },
  }));
  return includeDeclaration ? [locationOf(entry, document), ...locations] : locations;
}
