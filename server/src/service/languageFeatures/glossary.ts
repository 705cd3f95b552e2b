import {
  CodeActionKind,
  DocumentHighlightKind,
  type CodeAction,
  type Diagnostic,
  type DocumentHighlight,
  type Position,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeIndex } from '../../kb/index';
import type { Entity, KnowledgeBaseFile } from '../../kb/types';
import { fullName, genericOf, headline, pairGenericAndBrand } from '../../terms/terminology';
import { isEnglishWord, vocabularyOf } from '../../terms/vocabulary';
import type { AnalysisCache, DocumentAnalysis } from '../../document/analysis';
import type { Settings } from '../settings';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { entityCard } from './hover';

/** What the service needs from the workspace for glossary edits: its folders and a way to read a file. */
export interface GlossaryWorkspace {
  /** Workspace folder URIs (file:). */
  folders: readonly string[];
  /** A file's current text, or undefined when it does not exist. */
  readFile(uri: string): string | undefined;
}

export interface GlossaryEntry {
  id: string;
  /** The card's headline: "tisagenlecleucel (Kymriah)". */
  label: string;
  /** Type and status. */
  description: string;
  /** Aliases, for the quick pick's filter. */
  detail: string;
}

export const WORKSPACE_GLOSSARY = '.therapy-lint/glossary.json';

/** Every entity, for the Show Glossary and Insert Term quick picks, sorted by headline. */
export function glossaryEntries(index: KnowledgeIndex): GlossaryEntry[] {
  return [...index.entities()]
    .map((entity) => ({
      id: entity.id,
      label: headline(entity, index),
      description: [entity.type, entity.status].filter(Boolean).join(' · '),
      detail: [...new Set(entity.aliases.filter((a) => a.kind !== 'misspelling').map((a) => a.text))].join(', '),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
}

export function glossaryCard(index: KnowledgeIndex, id: string): string | undefined {
  const entity = index.entity(id);
  return entity && entityCard(entity, index);
}

/**
 * The text Insert Term writes at a position: a brand as "generic (Brand)" (per settings) and an
 * abbreviation as "Full name (ABBR)" when the document has not used the term before; else the short form.
 */
export function insertText(
  document: TextDocument,
  position: Position,
  id: string,
  index: KnowledgeIndex,
  settings: Settings,
  cache: AnalysisCache,
): string | undefined {
  const entity = index.entity(id);
  if (!entity) return undefined;
  const offset = document.offsetAt(position);
  const firstUse = !cache
    .get(document)
    .mentionsIn(0, offset)
    .some((m) => m.entity.id === id);
  const brand = index.brand(entity);
  const generic = genericOf(entity, index);
  if (brand && generic) return firstUse ? pairGenericAndBrand(generic, brand, settings.genericNameStyle) : brand;
  const abbreviation = entity.aliases.find((a) => a.kind === 'abbreviation')?.text;
  const full = abbreviation ? fullName(entity, abbreviation) : undefined;
  if (abbreviation && full) return firstUse ? `${full} (${abbreviation})` : abbreviation;
  return entity.name;
}

/** The other mentions of the term under the cursor (any alias), for the editor's highlight. */
export function documentHighlights(
  document: TextDocument,
  position: Position,
  cache: AnalysisCache,
): DocumentHighlight[] {
  const analysis = cache.get(document);
  const at = analysis.mentionAt(document.offsetAt(position));
  if (!at) return [];
  return analysis.mentions
    .filter((m) => m.entity.id === at.entity.id)
    .map((m) => ({
      range: { start: document.positionAt(m.start), end: document.positionAt(m.end) },
      kind: DocumentHighlightKind.Text,
    }));
}

// A product-like word: a capitalized name (not just a sentence's first word), a code ("CHM-2101"), or an INN stem.
const PRODUCT_SUFFIX = /(?:leucel|cel|mab|cept|tinib|lisib)$/i;
const WORD_AT = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;

/** The unknown product-like word at an offset, or undefined. */
export function unknownProductWord(
  analysis: DocumentAnalysis,
  offset: number,
  index: KnowledgeIndex,
): { start: number; end: number; text: string } | undefined {
  const { masked } = analysis.prose;
  const lineStart = masked.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = masked.indexOf('\n', offset);
  const line = masked.slice(lineStart, lineEnd < 0 ? masked.length : lineEnd);
  WORD_AT.lastIndex = 0;
  for (let m = WORD_AT.exec(line); m; m = WORD_AT.exec(line)) {
    const start = lineStart + m.index;
    const end = start + m[0].length;
    if (offset < start || offset > end) continue;
    const text = m[0].replace(/-+$/, '');
    if (
      text.length < 3 ||
      analysis.mentionAt(start) ||
      vocabularyOf(index).isKnown(text.toLowerCase()) ||
      isEnglishWord(text.toLowerCase())
    )
      return undefined;
    const code = /^[A-Z]{2,}-?\d+/.test(text);
    const sentenceStart = analysis.sentenceAt(start)?.start === start;
    const capitalized = /^\p{Lu}\p{Ll}/u.test(text) && !sentenceStart;
    return code || capitalized || PRODUCT_SUFFIX.test(text) ? { start, end: start + text.length, text } : undefined;
  }
  return undefined;
}

/** "Add to workspace glossary" for an unknown product-like word in the range (as cSpell does for words). */
export function glossaryActions(
  document: TextDocument,
  range: Range,
  diagnostics: readonly Diagnostic[],
  analysis: DocumentAnalysis,
  index: KnowledgeIndex,
  workspace: GlossaryWorkspace | undefined,
): CodeAction[] {
  const folder = workspace && folderOf(document.uri, workspace.folders);
  if (!workspace || !folder) return [];
  const word = unknownProductWord(analysis, document.offsetAt(range.start), index);
  if (!word) return [];
  const uri = `${folder.replace(/\/$/, '')}/${WORKSPACE_GLOSSARY}`;
  const edit = glossaryEdit(uri, workspace.readFile(uri), word.text);
  if (!edit) return [];
  const related = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'misspelled-term');
  return [
    {
      title: `Add "${word.text}" to the workspace glossary`,
      kind: CodeActionKind.QuickFix,
      diagnostics: related.length ? related : undefined,
      edit,
    },
  ];
}

function folderOf(uri: string, folders: readonly string[]): string | undefined {
  const containing = folders
    .filter((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`))
    .sort((a, b) => b.length - a.length);
  return containing[0] ?? folders[0];
}

/**
 * Creates .therapy-lint/glossary.json or extends it with a product entity; undefined when the file is not valid JSON.
 */
export function glossaryEdit(
  uri: string,
  existing: string | undefined,
  word: string,
  today = new Date().toISOString().slice(0, 10),
): WorkspaceEdit | undefined {
  let data: KnowledgeBaseFile = {};
  if (existing?.trim()) {
    try {
      data = JSON.parse(existing) as KnowledgeBaseFile;
    } catch {
      return undefined;
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  }
  // Each term gets its own source entry for the writer to complete (the knowledge base sources every fact): ids as
  // the shipped schema wants them (upper-case source ids, kebab-case entity ids).
  const slug = word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const sourceId = `WS-${slug.toUpperCase() || 'TERM'}`;
  const sources = [
    ...(data.sources ?? []).filter((s) => s.id !== sourceId),
    {
      id: sourceId,
      title: `${word}: source to be completed`,
      publisher: 'to be completed',
      kind: 'other' as const,
      // The schema wants a url, a citation or a curation note: the note says what to write in.
      curationNote:
        'Added from the editor: replace the title and publisher, and add the url or citation of the label, article or page that supports this entry.',
      accessed: today,
    },
  ];
  const entity: Entity = {
    id: `workspace-${slug || 'term'}`,
    type: 'product',
    name: word,
    aliases: /^\p{Lu}/u.test(word) ? [{ text: word, kind: 'brand' }] : [],
    definition: `${word}: added to the workspace glossary; describe it here.`,
    sources: [sourceId],
  };
  const entities = [...(data.entities ?? []).filter((e) => e.id !== entity.id), entity];
  const text = JSON.stringify({ ...data, sources, entities }, null, 2) + '\n';
  const lines = (existing ?? '').split('\n');
  const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      {
        textDocument: { uri, version: null },
        edits: [{ range: { start: { line: 0, character: 0 }, end }, newText: text }],
      },
    ],
  };
}
