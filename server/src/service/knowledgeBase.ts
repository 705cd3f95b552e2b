// The knowledge base as a thing to maintain (the CLI's `kb` command): is it sound and current, what does it hold,
// and its glossary as spell checkers' vocabularies. Editor-agnostic: hosts only print what these return.
import type { DataProblem } from '../kb/load';
import { type Entity, type KnowledgeBase, type Quantity, SOURCE_KINDS, type SourceKind } from '../kb/types';
import { isEnglishWord } from '../terms/english';

export interface KbCheckItem {
  severity: 'error' | 'warning';
  /** The data file, when known. */
  file?: string;
  /** Where in the knowledge base: a JSON pointer (/entities/kymriah/approvals/0). */
  pointer: string;
  message: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** "2021", "2021-03" or "2021-03-05" as the last day it can mean (a year-only date is not stale before its end). */
function latestDay(date: string): number | undefined {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || Number.isNaN(y)) return undefined;
  if (d) return Date.UTC(y, m! - 1, d);
  if (m) return Date.UTC(y, m, 0);
  return Date.UTC(y, 11, 31);
}

/**
 * Soundness and currency: the loader's problems (schema, unknown source ids, unknown entity ids), facts without
 * sources, approvals whose newest source is more than a year older than the knowledge base's date, and decisions
 * still recorded as pending after their date. A source's date is its publication date, or for a living record
 * without one (a label database, a list) the date it was checked.
 */
export function checkKnowledgeBase(kb: KnowledgeBase, problems: readonly DataProblem[]): KbCheckItem[] {
  const items: KbCheckItem[] = problems
    .filter((p) => p.severity !== 'information')
    .map((p) => ({ severity: 'error', file: p.file, pointer: p.pointer, message: p.message }));
  const asOf = latestDay(kb.meta.asOf);
  const sourceDay = (id: string) => {
    const source = kb.sources.get(id);
    const date = source?.published ?? source?.date ?? source?.accessed;
    return date ? latestDay(date) : undefined;
  };
  for (const entity of kb.entities.values()) {
    const file = kb.origins.get(`entity:${entity.id}`)?.file;
    const at = (pointer: string) => `/entities/${entity.id}${pointer}`;
    forEachSourced(entity, '', (pointer, sources) => {
      if (!sources.length)
        items.push({ severity: 'error', file, pointer: at(pointer), message: 'a fact without sources' });
    });
    for (const [pointer, message] of quantityConflicts(entity.quantities ?? []))
      items.push({ severity: 'error', file, pointer: at(pointer), message });
    if (asOf === undefined) continue;
    (entity.approvals ?? []).forEach((approval, i) => {
      const days = approval.sources.map(sourceDay).filter((d): d is number => d !== undefined);
      const newest = days.length ? Math.max(...days) : undefined;
      if (newest === undefined || asOf - newest > 365 * DAY)
        items.push({
          severity: 'warning',
          file,
          pointer: at(`/approvals/${i}`),
          message: `stale: the ${approval.regulator} approval for ${approval.indication} (${approval.date}) rests on sources ${
            newest === undefined ? 'without dates' : `last dated ${new Date(newest).toISOString().slice(0, 10)}`
          }, more than a year before the knowledge base's date ${kb.meta.asOf}`,
        });
    });
    (entity.regulatoryEvents ?? []).forEach((event, i) => {
      const due = event.status === 'under-review' && event.decisionDate ? latestDay(event.decisionDate) : undefined;
      if (due !== undefined && due < asOf)
        items.push({
          severity: 'warning',
          file,
          pointer: at(`/regulatoryEvents/${i}`),
          message: `past its date: a ${event.regulator} decision expected by ${event.decisionDate} is still recorded as under review (knowledge base date ${kb.meta.asOf})`,
        });
    });
  }
  return items;
}

/**
 * Amounts that cannot all hold: a period that ends before it starts, or two amounts of one measure for the same
 * therapies on the same days (the engine could not tell which one a claim is judged by).
 */
function quantityConflicts(quantities: readonly Quantity[]): [string, string][] {
  const found: [string, string][] = [];
  const overlap = (a: Quantity, b: Quantity) =>
    (a.since ?? '') < (b.until ?? '9999') && (b.since ?? '') < (a.until ?? '9999');
  const sameScope = (a: Quantity, b: Quantity) =>
    !a.appliesTo || !b.appliesTo || a.appliesTo.some((id) => b.appliesTo!.includes(id));
  quantities.forEach((q, i) => {
    if (q.since && q.until && q.until <= q.since) {
      found.push([`/quantities/${i}`, `${q.measure}: ends (${q.until}) before it starts (${q.since})`]);
      return;
    }
    quantities.slice(0, i).forEach((other, k) => {
      if (other.measure !== q.measure || other.unverified || q.unverified || !overlap(other, q) || !sameScope(other, q))
        return;
      if (other.value !== q.value || other.unit !== q.unit)
        found.push([
          `/quantities/${i}`,
          `${q.measure}: ${q.value} ${q.unit} holds on the same days as /quantities/${k} (${other.value} ${other.unit})`,
        ]);
    });
  });
  return found;
}

/** Calls `visit` for every sourced object inside an entity, with its JSON pointer. */
function forEachSourced(value: unknown, pointer: string, visit: (pointer: string, sources: string[]) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => forEachSourced(item, `${pointer}/${i}`, visit));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.sources)) visit(pointer, record.sources as string[]);
  for (const [key, child] of Object.entries(record))
    if (key !== 'sources') forEachSourced(child, `${pointer}/${key}`, visit);
}

export interface KbStats {
  asOf: string;
  entitiesByType: Record<string, number>;
  /** Sourced items by what they are (approvals, boxedWarnings, facts …). */
  factsByKind: Record<string, number>;
  sourcesByKind: Record<string, number>;
  /** Each sourced item by its most authoritative source's kind. */
  factsByBestSource: Record<string, number>;
  unverified: number;
}

export function knowledgeBaseStats(kb: KnowledgeBase): KbStats {
  const count = (record: Record<string, number>, key: string) => {
    record[key] = (record[key] ?? 0) + 1;
  };
  const kindOf = (id: string): SourceKind => kb.sources.get(id)?.kind ?? 'other';
  const rank = (kind: SourceKind) => SOURCE_KINDS.indexOf(kind);
  const stats: KbStats = {
    asOf: kb.meta.asOf,
    entitiesByType: {},
    factsByKind: {},
    sourcesByKind: Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])),
    factsByBestSource: Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])),
    unverified: 0,
  };
  for (const source of kb.sources.values()) count(stats.sourcesByKind, source.kind ?? 'other');
  const sourced = (kind: string, item: { sources: string[]; unverified?: string }) => {
    count(stats.factsByKind, kind);
    if (item.unverified !== undefined) stats.unverified++;
    const best = item.sources.map(kindOf).sort((a, b) => rank(a) - rank(b))[0];
    if (best) count(stats.factsByBestSource, best);
  };
  for (const entity of kb.entities.values()) {
    count(stats.entitiesByType, entity.type);
    // The entity's own sources back its definition.
    sourced('definitions', entity);
    forEachSourcedKind(entity, sourced);
  }
  for (const declaration of kb.completeness ?? []) sourced('completeness', declaration);
  return stats;
}

/** Each sourced item below an entity, named by the key it sits under (approvals, aliases, design …). */
function forEachSourcedKind(
  entity: Entity,
  visit: (kind: string, item: { sources: string[]; unverified?: string }) => void,
): void {
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.sources)) visit(key, record as { sources: string[]; unverified?: string });
    for (const [k, child] of Object.entries(record)) if (k !== 'sources') walk(child, k);
  };
  for (const [key, value] of Object.entries(entity)) if (key !== 'sources') walk(value, key);
}

export const VOCABULARY_FORMATS = ['cspell', 'vale', 'ltex', 'harper'] as const;
export type VocabularyFormat = (typeof VOCABULARY_FORMATS)[number];

/**
 * The glossary's words a spell checker would not know: every word of every name and alias (not misspellings) that is
 * not an ordinary English word, as written ("Kymriah", "tisagenlecleucel", "CAR-T"'s "CAR").
 */
export function glossaryWords(kb: KnowledgeBase): { word: string; caseSensitive: boolean }[] {
  const words = new Map<string, { word: string; caseSensitive: boolean }>();
  for (const entity of kb.entities.values()) {
    const names = [
      { text: entity.name, case: undefined as string | undefined },
      ...entity.aliases.filter((a) => a.kind !== 'misspelling'),
    ];
    for (const name of names) {
      for (const word of name.text.match(/[\p{L}][\p{L}\p{N}]*/gu) ?? []) {
        if (word.length < 3 || isEnglishWord(word.toLowerCase())) continue;
        const caseSensitive = name.case === 'exact' || (name.case === undefined && word !== word.toLowerCase());
        const key = caseSensitive ? word : word.toLowerCase();
        if (!words.has(key)) words.set(key, { word: caseSensitive ? word : word.toLowerCase(), caseSensitive });
      }
    }
  }
  return [...words.values()].sort((a, b) => a.word.localeCompare(b.word));
}

/** The glossary as a vocabulary file for `format`: text to write to the file that tool reads. */
export function exportVocabulary(kb: KnowledgeBase, format: VocabularyFormat): string {
  const words = glossaryWords(kb);
  switch (format) {
    // A cspell dictionary file (one word per line; "dictionaryDefinitions" in cspell.json points at it).
    // Harper's user dictionary has the same shape.
    case 'cspell':
    case 'harper':
      return `${words.map((w) => w.word).join('\n')}\n`;
    // Vale: styles/config/vocabularies/<Name>/accept.txt, one regular expression per line.
    case 'vale':
      return `${words
        .map((w) => `${w.caseSensitive ? '' : '(?i)'}${w.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
        .join('\n')}\n`;
    // LTeX: the "ltex.dictionary" setting, for the languages it checks in English.
    case 'ltex':
      return `${JSON.stringify({ 'ltex.dictionary': { 'en-US': words.map((w) => w.word) } }, null, 2)}\n`;
  }
}
