import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeIndex } from '../../kb/index';
import { computeCitationHover } from './citationHover';
import type { Entity, Source } from '../../kb/types';
import type { AnalysisCache } from '../analysis';

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

export function computeHover(document: TextDocument, position: Position, index: KnowledgeIndex, cache: AnalysisCache): Hover | null {
  // On a citation or a reference entry, the reference is what the reader wants.
  const citation = computeCitationHover(document, position, index, cache);
  if (citation) return citation;
  const analysis = cache.get(document);
  const offset = document.offsetAt(position);
  const mention = analysis.mentionAt(offset);
  if (!mention) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: entityCard(mention.entity, index) },
    range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
  };
}

/** The glossary card for an entity, in Markdown: shared by hover and completion documentation. */
export function entityCard(entity: Entity, index: KnowledgeIndex): string {
  const lines: string[] = [];
  lines.push(`### ${escape(index.displayName(entity))}`);
  const badges = [`\`${TYPE_LABEL[entity.type]}\``];
  if (entity.status) badges.push(`\`${entity.status}\``);
  if (entity.modality) badges.push(`\`${entity.modality}\``);
  lines.push(badges.join(' '), '');
  const aliases = [...new Set(entity.aliases.map((a) => a.text))].filter((a) => a !== entity.name);
  if (aliases.length) lines.push(`*Also:* ${aliases.map(escape).join(', ')}`, '');
  lines.push(escape(entity.definition), '');
  if (entity.deprecated) {
    const current = index.entity(entity.deprecated.replacedBy);
    lines.push(`**Deprecated term:** use *${escape(current?.name ?? entity.deprecated.replacedBy)}* (${escape(entity.deprecated.by)}). ${escape(entity.deprecated.reason)}`, '');
  }
  const design = entity.design;
  if (design) {
    const targets = design.targets.map((t) => index.entity(t)?.name ?? t).join(', ');
    const facts = [
      targets && `**Target:** ${escape(targets)}`,
      design.costimulatory && `**Co-stimulation:** ${design.costimulatory}`,
      design.vector && `**Vector:** ${design.vector}${design.vectorUnverified ? ' ⚠ unverified' : ''}`,
      `**Origin:** ${design.origin}`,
      entity.sponsor && `**Sponsor:** ${escape(entity.sponsor)}`,
    ].filter(Boolean);
    lines.push(facts.join(' · '), '');
  } else if (entity.sponsor) {
    lines.push(`**Sponsor:** ${escape(entity.sponsor)}`, '');
  }
  if (entity.mechanism) lines.push(`**Mechanism:** ${escape(entity.mechanism.text)}`, '');
  if (entity.approvals?.length) {
    lines.push('| Regulator | Indication | Date | Population | Line | Type |', '|---|---|---|---|---|---|');
    for (const a of [...entity.approvals].sort((x, y) => x.date.localeCompare(y.date))) {
      lines.push(
        `| ${a.regulator} | ${escape(a.label)} | ${a.date} | ${escape(a.population.text)} | ${escape(a.lineText ?? '—')} | ${a.approvalType ?? '—'}${a.unverified ? ' ⚠' : ''} |`,
      );
    }
    lines.push('');
  }
  for (const event of entity.regulatoryEvents ?? []) lines.push(`- ${escape(event.text)}${event.unverified ? ' ⚠' : ''}`);
  for (const use of entity.uses ?? []) lines.push(`- ${escape(use.text)}${use.unverified ? ' ⚠' : ''}`);
  for (const warning of entity.boxedWarnings ?? []) lines.push(`- **Boxed warning:** ${escape(warning.text)}`);
  if (entity.rems) lines.push(`- **REMS:** ${escape(entity.rems.text)}`);
  for (const fact of (entity.facts ?? []).slice(0, 6)) lines.push(`- ${escape(fact.text)}${fact.unverified ? ' ⚠ unverified' : ''}`);
  if (lines[lines.length - 1] !== '') lines.push('');
  const sources = collectSources(entity, index);
  if (sources.length) {
    lines.push(`**Sources:** ${sources.slice(0, 8).map(sourceLink).join(' · ')}${sources.length > 8 ? ` · +${sources.length - 8} more` : ''}`, '');
  }
  lines.push(`*therapy-lint knowledge base, as of ${index.asOf}*`);
  return lines.join('\n');
}

function collectSources(entity: Entity, index: KnowledgeIndex): Source[] {
  const ids = new Set<string>(entity.sources);
  for (const a of entity.approvals ?? []) a.sources.forEach((s) => ids.add(s));
  if (entity.design) entity.design.sources.forEach((s) => ids.add(s));
  return [...ids].map((id) => index.source(id)).filter((s): s is Source => !!s);
}

function sourceLink(source: Source): string {
  return source.url ? `[${escape(source.title)}](${source.url})` : escape(source.citation ?? source.title);
}

/** Escapes Markdown in data text: pipes break tables, stars and brackets start markup. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, '\\$1');
}
