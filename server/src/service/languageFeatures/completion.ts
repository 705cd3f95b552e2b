import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeIndex } from '../../kb/index';
import type { Alias, Entity } from '../../kb/types';
import type { Settings } from '../settings';
import { distance } from 'fastest-levenshtein';
import { fullName, genericOf, headline, pairGenericAndBrand } from '../../terms/terminology';
import type { AnalysisCache, DocumentAnalysis } from '../../document/analysis';
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

/**
 * How well an alias matches the typed prefix: 0 prefix, 1 a later word's prefix, 2 in-order letters, 3 one typo;
 * undefined: no match.
 */
export function matchScore(typed: string, alias: string): number | undefined {
  const a = alias.toLowerCase();
  return scoreLowered(typed.toLowerCase(), a, aliasWords(a));
}

function scoreLowered(t: string, a: string, words: readonly string[]): number | undefined {
  if (a.startsWith(t)) return 0;
  if (words.some((word) => word.startsWith(t))) return 1;
  if (a[0] === t[0] && isSubsequence(t, a)) return 2;
  if (t.length >= 4 && distance(t, a.slice(0, t.length)) <= 1) return 3;
  return undefined;
}

const aliasWords = (lowered: string) => lowered.split(/[\s\-‐‑–—/(]+/);

interface CompletableAlias {
  entity: Entity;
  text: string;
  kind: Alias['kind'] | undefined;
  lower: string;
  words: string[];
}

const completable = new WeakMap<KnowledgeIndex, CompletableAlias[]>();

/** Every name and alias a writer may be offered, lower-cased and split once per knowledge base. */
function completableAliases(index: KnowledgeIndex): CompletableAlias[] {
  let table = completable.get(index);
  if (!table) {
    table = [];
    for (const entity of index.entities()) {
      for (const alias of [{ text: entity.name, kind: undefined }, ...entity.aliases]) {
        if (alias.kind === 'misspelling' || alias.kind === 'deprecated') continue;
        const lower = alias.text.toLowerCase();
        table.push({ entity, text: alias.text, kind: alias.kind, lower, words: aliasWords(lower) });
      }
    }
    completable.set(index, table);
  }
  return table;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; i < needle.length && j < haystack.length; j++) if (needle[i] === haystack[j]) i++;
  return i === needle.length;
}

/**
 * Completes knowledge-base terms from the word before the cursor, by prefix and fuzzily. A brand also
 * offers "generic (Brand)", an abbreviation not yet used in the document "Full name (ABBR)", preselected.
 */
export function computeCompletion(
  document: TextDocument,
  position: Position,
  index: KnowledgeIndex,
  settings: Settings,
  cache: AnalysisCache,
): CompletionList {
  const offset = document.offsetAt(position);
  const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const prefix = /[\p{L}\p{N}][\p{L}\p{N}-]*$/u.exec(before)?.[0] ?? '';
  if (prefix.length < MIN_PREFIX) return { isIncomplete: true, items: [] };
  const range = { start: document.positionAt(offset - prefix.length), end: position };
  const firstMentions = firstMentionOf(cache.get(document));
  const typed = prefix.toLowerCase();
  // Items are built only for the candidates returned: a two-letter prefix matches hundreds of aliases.
  const candidates: { label: string; score: number; preferred: boolean; detail: string | undefined; entity: Entity }[] =
    [];
  let seen = new Set<string>();
  let seenFor: Entity | undefined;
  for (const alias of completableAliases(index)) {
    const score = scoreLowered(typed, alias.lower, alias.words);
    if (score === undefined) continue;
    const { entity } = alias;
    // Labels are unique per entity.
    if (seenFor !== entity) [seen, seenFor] = [new Set(), entity];
    const first = firstMentions.get(entity.id);
    const firstUse = first === undefined || first >= offset - prefix.length;
    const add = (label: string, detail: string | undefined, preferred: boolean) => {
      if (seen.has(label)) return;
      seen.add(label);
      candidates.push({ label, score, preferred, detail, entity });
    };
    // The alias's own detail (type · headline) is filled in below, only for the items returned.
    add(alias.text, undefined, false);
    const generic = genericOf(entity, index);
    if (alias.kind === 'brand' && generic) {
      add(
        pairGenericAndBrand(generic, alias.text, settings.genericNameStyle),
        'generic name with brand (AMA style)',
        firstUse,
      );
    }
    const full = alias.kind === 'abbreviation' ? fullName(entity, alias.text) : undefined;
    if (full && firstUse) add(`${full} (${alias.text})`, 'first use: full name with abbreviation', true);
  }
  // Preferred first, then by score, shorter labels, then the label itself.
  candidates.sort(
    (a, b) =>
      Number(b.preferred) - Number(a.preferred) ||
      a.score - b.score ||
      a.label.length - b.label.length ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  const items: CompletionItem[] = candidates
    .slice(0, MAX_ITEMS)
    .map(({ label, score, preferred, detail, entity }, i) => ({
      label,
      // Fuzzy hits keep the typed word as filter text so the editor's own prefix filter keeps them.
      filterText: score === 0 ? undefined : prefix,
      kind: KIND[entity.type],
      detail: detail ?? `${entity.type} · ${headline(entity, index)}`,
      // The glossary card is rendered on completionItem/resolve, for the item the editor shows.
      data: { entity: entity.id } satisfies CompletionData,
      textEdit: { range, newText: label },
      preselect: preferred || undefined,
      sortText: i.toString().padStart(4, '0'),
    }));
  // Fuzzy results depend on every typed letter: ask again as the word grows.
  return { isIncomplete: true, items };
}

/** What a term completion item carries for completionItem/resolve. */
interface CompletionData {
  entity: string;
}

/** Adds the entity's glossary card to a term completion item. */
export function resolveCompletion(item: CompletionItem, index: KnowledgeIndex): CompletionItem {
  const id = (item.data as Partial<CompletionData> | undefined)?.entity;
  const entity = typeof id === 'string' ? index.entity(id) : undefined;
  if (!entity || item.documentation) return item;
  const documentation: MarkupContent = { kind: MarkupKind.Markdown, value: entityCard(entity, index) };
  return { ...item, documentation };
}

const firstMentions = new WeakMap<DocumentAnalysis, Map<string, number>>();

/** Where each entity is first mentioned in the document, computed once per document version. */
function firstMentionOf(analysis: DocumentAnalysis): Map<string, number> {
  let first = firstMentions.get(analysis);
  if (!first) {
    first = new Map();
    for (const mention of analysis.mentions)
      if (!first.has(mention.entity.id)) first.set(mention.entity.id, mention.start);
    firstMentions.set(analysis, first);
  }
  return first;
}
