// The frames a document's table cells and bullets fill, for scripts/claims-explain.mjs: what the claim check read
// from each unit (subject, slot, value, qualifiers) and the statement it judged, or what it did not understand.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../document/analysis';
import { KnowledgeIndex } from '../kb/index';
import { loadKnowledgeBase } from '../kb/load';
import { unitContext } from './bullets';
import { type CellFrame, tableCellFrame } from './tables';

export interface UnitFrame extends Partial<CellFrame> {
  line: number;
  kind: 'table-cell' | 'list-item';
  text: string;
}

let index: KnowledgeIndex | undefined;

/** Each table body cell's frame and each bullet's statement (none when it makes none), in document order. */
export function explainDocument(text: string, uri = 'file:///explain.md'): UnitFrame[] {
  index ??= new KnowledgeIndex(loadKnowledgeBase().kb);
  const document = TextDocument.create(uri, uri.endsWith('.txt') ? 'plaintext' : 'markdown', 1, text);
  const analysis = analyze(document, index);
  const frames: UnitFrame[] = [];
  for (const sentence of analysis.sentences) {
    const line = document.positionAt(sentence.start).line + 1;
    const written = text.slice(sentence.start, sentence.end).trim();
    if (sentence.block === 'table-cell') {
      const frame = tableCellFrame(analysis, sentence);
      if (frame) frames.push({ line, kind: 'table-cell', text: written, ...frame });
    } else if (sentence.block === 'list-item') {
      const statement = unitContext(analysis, sentence, index) || undefined;
      frames.push({ line, kind: 'list-item', text: written, statement });
    }
  }
  return frames;
}
