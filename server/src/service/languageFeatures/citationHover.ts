import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type KnowledgeIndex, sourceDate } from '../../kb/index';
import type { ReferenceEntry } from '../../citations/index';
import type { AnalysisCache } from '../../document/analysis';
import { positionIn } from './definition';

/** Hover on a citation: the full reference entry. Hover on an in-document entry: where it is cited. */
export function computeCitationHover(
  document: TextDocument,
  position: Position,
  index: KnowledgeIndex,
  cache: AnalysisCache,
): Hover | null {
  const model = cache.get(document).citations;
  const offset = document.offsetAt(position);
  const use = model.useAt(offset);
  if (use) {
    const cited = document.getText().slice(use.key.start, use.key.end);
    const lines = use.entry
      ? [
          `**${escape(cited)}** ${escape(use.entry.text)}`,
          '',
          `*${where(use.entry, document)}*`,
          ...sourceLine(use.entry, index),
        ]
      : [`**${escape(cited)}** resolves to no reference entry.`];
    return {
      contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
      range: { start: document.positionAt(use.citation.start), end: document.positionAt(use.citation.end) },
    };
  }
  const entry = model.entryAt(offset);
  if (!entry) return null;
  const uses = model.usesOf(entry).filter((u) => !u.citation.silent);
  const text = document.getText();
  const list = uses.map(
    (u) =>
      `- line ${document.positionAt(u.citation.start).line + 1}: \`${text.slice(u.citation.start, u.citation.end).replace(/`/g, "'")}\``,
  );
  const lines = [
    uses.length
      ? `**Cited ${uses.length === 1 ? 'once' : `${uses.length} times`}**`
      : '**Never cited** in this document',
    '',
    ...list,
    ...sourceLine(entry, index),
  ];
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
    range: { start: document.positionAt(entry.label.start), end: document.positionAt(entry.label.end) },
  };
}

function where(entry: ReferenceEntry, document: TextDocument): string {
  if (entry.file) return `${entry.file.path}, line ${positionIn(entry.file.text ?? '', entry.label.start).line + 1}`;
  if (entry.namespace === 'footnote') return `Footnote, line ${document.positionAt(entry.start).line + 1}`;
  return `Reference list, line ${document.positionAt(entry.start).line + 1}`;
}

function sourceLine(entry: ReferenceEntry, index: KnowledgeIndex): string[] {
  const source = entry.sourceId ? index.source(entry.sourceId) : undefined;
  if (!source) return [];
  const title = escape(source.title);
  return [
    '',
    `Knowledge-base source \`${source.id}\`: ${source.url ? `[${title}](${source.url})` : title} — ${escape(source.publisher)}, ${sourceDate(source)}`,
  ];
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, '\\$1');
}
