import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type KnowledgeIndex, sourceDate } from '../../kb/index';
import { modalityLabel } from '../../kb/modalities';
import { computeCitationHover } from './citationHover';
import { shortName } from '../../claims/knowledge';
import type { Alias, Approval, Entity, Population, Source } from '../../kb/types';
import { headline } from '../../terms/terminology';
import type { TermMatch } from '../../terms/matcher';
import type { AnalysisCache, DocumentAnalysis } from '../../document/analysis';
import { compareIsoDates } from '../../util/sorted';

const TYPE_LABEL: Record<Entity['type'], string> = {
  product: 'Product',
  drug: 'Drug',
  'therapy-class': 'Therapy class',
  antigen: 'Antigen',
  syndrome: 'Syndrome / toxicity',
  indication: 'Indication',
  process: 'Process term',
  regulator: 'Regulator',
  grading: 'Grading system',
  trial: 'Trial',
};

export function computeHover(
  document: TextDocument,
  position: Position,
  index: KnowledgeIndex,
  cache: AnalysisCache,
): Hover | null {
  // On a citation or a reference entry, the reference is what the reader wants.
  const citation = computeCitationHover(document, position, index, cache);
  if (citation) return citation;
  const analysis = cache.get(document);
  const offset = document.offsetAt(position);
  const mention = analysis.mentionAt(offset) ?? possessiveOwner(analysis, offset);
  if (!mention) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: compactCard(mention.entity, index) },
    range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
  };
}

/** On the "'s" of "Kymriah's", the term it belongs to (the mention itself ends before the apostrophe). */
function possessiveOwner(analysis: DocumentAnalysis, offset: number): TermMatch | undefined {
  for (const at of [offset, offset - 1]) {
    if (/['’]/.test(analysis.text[at] ?? '') && /^s\b/.test(analysis.text.slice(at + 1, at + 3)))
      return analysis.mentionAt(at);
  }
  return undefined;
}

const STATUS_LABEL: Record<NonNullable<Entity['status']>, string> = {
  'fda-approved': 'FDA-approved',
  'approved-outside-us': 'approved outside the US',
  'under-review': 'under review',
  investigational: 'investigational',
  preclinical: 'preclinical',
  'not-approved': 'not approved',
  'deprecated-term': 'outdated term',
};

const ALIAS_LABEL: Record<NonNullable<Alias['kind']> | 'other', string | undefined> = {
  brand: 'Brand',
  inn: 'Generic',
  short: 'Short',
  code: 'Code',
  abbreviation: 'Abbreviation',
  synonym: 'Also',
  other: 'Also',
  deprecated: 'Outdated',
  misspelling: undefined,
};

/**
 * The glossary card for an entity, in Markdown: shared by hover, completion documentation and the
 * Show Glossary command. Headline (AMA "generic (Brand)"), badges, aliases by kind, definition, a facts
 * table, approvals, notes, sources and the knowledge base's "as of" date.
 */
export function entityCard(entity: Entity, index: KnowledgeIndex): string {
  const lines: string[] = [];
  lines.push(`### ${escape(headline(entity, index))}`, '');
  const badges = [TYPE_LABEL[entity.type]];
  if (entity.status) badges.push(STATUS_LABEL[entity.status]);
  const modality = entity.modality ?? entity.classModality;
  if (modality) badges.push(modality);
  lines.push(badges.map((b) => `\`${b}\``).join(' · '), '');
  const aliasLine = aliasesByKind(entity);
  if (aliasLine) lines.push(aliasLine, '');
  lines.push(escape(entity.definition), '');
  if (entity.deprecated) {
    const current = index.entity(entity.deprecated.replacedBy);
    lines.push(
      `**Outdated term:** write *${escape(current?.name ?? entity.deprecated.replacedBy)}* instead (${escape(entity.deprecated.by)}). ${escape(entity.deprecated.reason)}`,
      '',
    );
  }
  const facts = factRows(entity, index);
  if (facts.length) lines.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| **${k}** | ${v} |`), '');
  if (entity.approvals?.length) {
    lines.push(
      '**Approvals**',
      '',
      '| Regulator | Indication | Date | Population | Line | Type |',
      '|---|---|---|---|---|---|',
    );
    for (const a of [...entity.approvals].sort((x, y) => compareIsoDates(x.date, y.date))) {
      lines.push(
        `| ${a.regulator} | ${escape(a.label)} | ${a.date} | ${escape(a.population.text)} | ${escape(a.lineText ?? '—')} | ${approvalType(a)}${a.unverified ? ' ⚠' : ''} |`,
      );
    }
    lines.push('');
  }
  const notes: string[] = [];
  for (const event of entity.regulatoryEvents ?? []) notes.push(`- ${escape(event.text)}${flag(event)}`);
  for (const use of entity.uses ?? []) notes.push(`- ${escape(use.text)}${flag(use)}`);
  for (const warning of entity.boxedWarnings ?? [])
    notes.push(`- **Boxed warning:** ${escape(warning.text)}${flag(warning)}`);
  if (entity.rems) notes.push(`- **REMS:** ${escape(entity.rems.text)}${flag(entity.rems)}`);
  for (const first of entity.firsts ?? [])
    notes.push(
      `- **First:** ${escape(first.text)}${first.date ? ` (${first.date})` : ''}${first.sense ? ` (${escape(first.sense)})` : ''}${flag(first)}`,
    );
  for (const fact of (entity.facts ?? []).slice(0, 6)) notes.push(`- ${escape(fact.text)}${flag(fact)}`);
  if (notes.length) lines.push(...notes, '');
  const sources = collectSources(entity, index);
  if (sources.length) {
    lines.push(
      `**Sources:** ${sources.slice(0, 8).map(sourceLink).join(' · ')}${sources.length > 8 ? ` · +${sources.length - 8} more` : ''}`,
      '',
    );
  }
  lines.push(`*therapy-lint knowledge base, as of ${index.asOf}*`);
  return lines.join('\n');
}

/** The command that opens an entity's full card (Show Glossary's read-only view), for the hover's link. */
export const SHOW_CARD_COMMAND = 'therapyLint.showGlossaryCard';
/** How many approvals and sources the hover lists; the full card has them all. */
const HOVER_APPROVALS = 5;
const HOVER_SOURCES = 3;

/**
 * The hover card: about 15 lines at most. Headline, badges and aliases, the definition's first sentence, an
 * approvals table (short names), an outdated term's replacement, the top sources, and a link to the full card.
 * Internal ids (entity and source ids) are never shown: badges and rows use names.
 */
export function compactCard(entity: Entity, index: KnowledgeIndex): string {
  const lines: string[] = [`### ${escape(headline(entity, index))}`, ''];
  const badges = [TYPE_LABEL[entity.type]];
  if (entity.status) badges.push(STATUS_LABEL[entity.status]);
  const modality = entity.modality ?? entity.classModality;
  // An open therapy type has no label: its words ("dendritic-cell-vaccine" → "dendritic cell vaccine").
  if (modality) badges.push(index.entity(modality)?.name ?? modalityLabel(modality));
  const aliasLine = aliasesByKind(entity);
  lines.push([badges.map((b) => `\`${b}\``).join(' · '), aliasLine].filter(Boolean).join(' · '), '');
  lines.push(escape(firstSentence(entity.definition)), '');
  if (entity.deprecated) {
    const current = index.entity(entity.deprecated.replacedBy);
    lines.push(
      `**Outdated term:** write *${escape(current?.name ?? entity.deprecated.replacedBy)}* instead (${escape(entity.deprecated.by)}).`,
      '',
    );
  }
  const approvals = [...(entity.approvals ?? [])].sort((x, y) => compareIsoDates(x.date, y.date));
  if (approvals.length) {
    lines.push('| Approval | Date | Population |', '|---|---|---|');
    for (const a of approvals.slice(0, HOVER_APPROVALS))
      lines.push(
        `| ${a.regulator}: ${escape(shortName(index, a.indication))}${a.unverified ? ' ⚠' : ''} | ${a.date.slice(0, 7)} | ${escape(populationWords(a.population))} |`,
      );
    if (approvals.length > HOVER_APPROVALS) lines.push(`| +${approvals.length - HOVER_APPROVALS} more | | |`);
    lines.push('');
  }
  const sources = collectSources(entity, index);
  if (sources.length)
    lines.push(
      `**Sources:** ${sources.slice(0, HOVER_SOURCES).map(sourceLink).join(' · ')}${sources.length > HOVER_SOURCES ? ` · +${sources.length - HOVER_SOURCES} more` : ''}`,
      '',
    );
  const link = `command:${SHOW_CARD_COMMAND}?${encodeURIComponent(JSON.stringify([entity.id]))}`;
  lines.push(`[Full card](${link}) · *knowledge base as of ${index.asOf}*`);
  return lines.join('\n');
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s+\p{Lu}|$)/su.exec(text.trim())?.[0] ?? text;
}

/** "Adults", "Up to 25 y", "Adults and children". */
function populationWords(population: Population): string {
  if (!population.pediatric) return 'Adults';
  if (population.maxAge !== undefined) return `Up to ${population.maxAge} y`;
  return population.adults ? 'Adults and children' : 'Children';
}

/** "**Brand** Kymriah · **Short** tisa-cel · **Code** CTL019": every alias but the headline's and misspellings. */
function aliasesByKind(entity: Entity): string {
  const groups = new Map<string, string[]>();
  for (const alias of entity.aliases) {
    const label = ALIAS_LABEL[alias.kind ?? 'other'];
    if (!label || alias.text === entity.name) continue;
    const group = groups.get(label) ?? [];
    if (!group.includes(alias.text)) group.push(alias.text);
    groups.set(label, group);
  }
  return [...groups].map(([label, texts]) => `**${label}:** ${texts.map(escape).join(', ')}`).join(' · ');
}

function factRows(entity: Entity, index: KnowledgeIndex): [string, string][] {
  const rows: [string, string | undefined][] = [];
  const design = entity.design;
  if (design) {
    rows.push(['Target', design.targets.map((t) => escape(index.entity(t)?.name ?? t)).join(', ') || undefined]);
    rows.push(['Co-stimulation', design.costimulatory]);
    rows.push(['Vector', design.vector && `${design.vector}${design.vectorUnverified ? ' ⚠ unverified' : ''}`]);
    rows.push(['Origin', design.origin]);
    rows.push(['Gene-edited', design.geneEdited ? 'yes' : 'no (gene-modified by a viral vector)']);
    rows.push(['Administration', design.administration && escape(design.administration)]);
  }
  rows.push(['Sponsor', sponsorText(entity)]);
  rows.push(['Dosing', entity.dosing && `${escape(entity.dosing.text)}${flag(entity.dosing)}`]);
  const studied = (entity.trial?.products ?? []).map((p) => escape(index.entity(p)?.name ?? p));
  rows.push(['Products studied', studied.join(', ') || undefined]);
  rows.push(['Mechanism', entity.mechanism && `${escape(entity.mechanism.text)}${flag(entity.mechanism)}`]);
  const parents = (entity.parents ?? []).map((p) => escape(index.entity(p)?.name ?? p));
  rows.push(['Kind of', parents.join(', ') || undefined]);
  return rows.filter((r): r is [string, string] => !!r[1]);
}

/** The type at approval, and what it became: "accelerated → regular (2025-11-19)". */
function approvalType(approval: Approval): string {
  const conversion = approval.history?.find((h) => h.change === 'converted-to-regular' && !h.unverified);
  return `${approval.approvalType ?? '—'}${conversion ? ` → regular (${conversion.date})` : ''}`;
}

/** Sponsors as dated facts where recorded ("US WorldMeds (sponsor, since 2025-07)"), else the older text. */
function sponsorText(entity: Entity): string | undefined {
  if (!entity.sponsors?.length) return entity.sponsor && escape(entity.sponsor);
  return entity.sponsors
    .filter((s) => !s.until)
    .map(
      (s) =>
        `${escape(s.name)} (${s.role.replaceAll('-', ' ')}${s.regulator ? `, ${s.regulator}` : ''}${s.from ? `, since ${s.from}` : ''})${flag(s)}`,
    )
    .join('; ');
}

function flag(item: { unverified?: string }): string {
  return item.unverified ? ` ⚠ unverified: ${escape(item.unverified)}` : '';
}

/** Every source the card's facts cite, labels and regulators first. */
function collectSources(entity: Entity, index: KnowledgeIndex): Source[] {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(child)) child.forEach((id) => typeof id === 'string' && ids.add(id));
        else visit(child);
      }
    }
  };
  visit(entity);
  return index
    .byAuthority([...ids])
    .map((id) => index.source(id))
    .filter((s): s is Source => !!s);
}

function sourceLink(source: Source): string {
  const label = `${escape(source.title)} (${escape(source.publisher)}, ${sourceDate(source)})`;
  return source.url ? `[${label}](${source.url})` : `${label}: ${escape(source.citation ?? '')}`;
}

/** Escapes Markdown in data text: pipes break tables, stars and brackets start markup. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, '\\$1');
}
