import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeIndex } from '../../kb/index';
import type { Entity } from '../../kb/types';
import type { Settings } from '../settings';
import { entityCard } from './hover';

const KIND: Record<Entity['type'], CompletionItemKind> = {
  product: CompletionItemKind.Class,
  drug: CompletionItemKind.Value,
  'therapy-class': CompletionItemKind.Module,
  antigen: CompletionItemKind.Field,
  syndrome: CompletionItemKind.Event,
  indication: CompletionItemKind.Enum,
  process: CompletionItemKind.Keyword,
  regulator: CompletionItemKind.Constant,
  grading: CompletionItemKind.Unit,
  trial: CompletionItemKind.Reference,
};

const MIN_PREFIX = 2;
const MAX_ITEMS = 100;

/** Completes knowledge-base terms from the word before the cursor. A brand also offers "generic (Brand)". */
export function computeCompletion(document: TextDocument, position: Position, index: KnowledgeIndex, settings: Settings): CompletionList {
  const offset = document.offsetAt(position);
  const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const prefix = /[\p{L}\p{N}][\p{L}\p{N}\-]*$/u.exec(before)?.[0] ?? '';
  if (prefix.length < MIN_PREFIX) return { isIncomplete: true, items: [] };
  const lower = prefix.toLowerCase();
  const range = { start: document.positionAt(offset - prefix.length), end: position };
  const items: CompletionItem[] = [];
  for (const entity of index.entities()) {
    const seen = new Set<string>();
    for (const alias of [{ text: entity.name, kind: undefined }, ...entity.aliases]) {
      if (alias.kind === 'misspelling' || alias.kind === 'deprecated' || seen.has(alias.text)) continue;
      if (!alias.text.toLowerCase().startsWith(lower)) continue;
      seen.add(alias.text);
      const documentation = { kind: MarkupKind.Markdown, value: entityCard(entity, index) };
      items.push({
        label: alias.text,
        kind: KIND[entity.type],
        detail: `${entity.type} · ${index.displayName(entity)}`,
        documentation,
        textEdit: { range, newText: alias.text },
        sortText: `${alias.text.length.toString().padStart(3, '0')}${alias.text}`,
      });
      const generic = index.generic(entity);
      if (alias.kind === 'brand' && generic) {
        const paired = settings.genericNameStyle === 'Brand (generic)' ? `${alias.text} (${generic})` : `${generic} (${alias.text})`;
        items.push({
          label: paired,
          filterText: alias.text,
          kind: KIND[entity.type],
          detail: 'generic name with brand (AMA style)',
          documentation,
          textEdit: { range, newText: paired },
          sortText: `${alias.text.length.toString().padStart(3, '0')}${alias.text}~`,
        });
      }
    }
    if (items.length >= MAX_ITEMS) break;
  }
  return { isIncomplete: items.length >= MAX_ITEMS, items };
}
