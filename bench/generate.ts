import type { Entity, KnowledgeBase, Source } from '../server/src/kb/types';
import { capitalize } from '../server/src/util/text';

/** Deterministic PRNG (mulberry32) so every run benchmarks the same manuscripts. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Vocabulary {
  products: Entity[];
  others: Entity[];
  facts: string[];
  sources: Source[];
}

function vocabulary(kb: KnowledgeBase): Vocabulary {
  const entities = [...kb.entities.values()];
  const products = entities.filter((e) => e.type === 'product' || e.type === 'drug');
  const others = entities.filter((e) => e.type !== 'product' && e.type !== 'drug');
  const facts: string[] = [];
  for (const e of entities) {
    for (const f of e.facts ?? []) facts.push(f.text);
    for (const a of e.approvals ?? [])
      facts.push(`${e.name} is approved by the ${a.regulator} for ${a.label.toLowerCase()} (${a.date}).`);
    if (e.mechanism) facts.push(`${e.name} is ${e.mechanism.text}.`);
  }
  return {
    products: products.length ? products : entities,
    others: others.length ? others : entities,
    facts,
    sources: [...kb.sources.values()],
  };
}

const FILLER = [
  'In the pivotal cohort, {n} patients were infused and followed for a median of {m} months',
  'Responses were assessed by an independent review committee using the Lugano criteria',
  'Grade 3 or higher events occurred in {p}% of patients, most within the first {m} days',
  'Manufacturing succeeded for {p}% of enrolled patients, with a median turnaround of {m} days',
  'Patients received lymphodepleting chemotherapy before the infusion',
  'Bridging therapy was permitted at the investigator’s discretion',
  'Quality-of-life scores returned to baseline by month {m}',
  'Long-term follow-up continues for {m} years, as required for gene therapies',
];

/**
 * A Markdown manuscript of about `bytes` characters whose prose is built from the knowledge base's
 * own names, aliases and facts, with numeric citations, a reference list, code blocks, lists,
 * headings, a table and quotes. `lineWidth` hard-wraps paragraphs (0 keeps one line per paragraph).
 */
export function generateManuscript(
  kb: KnowledgeBase,
  bytes: number,
  options: { seed?: number; lineWidth?: number } = {},
): string {
  const rand = random(options.seed ?? 1);
  const vocab = vocabulary(kb);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  // About one reference per 2 kB, as in a review article, capped at 400.
  const referenceCount = Math.max(5, Math.min(400, Math.round(bytes / 2000)));
  const cite = () => `[${int(1, referenceCount)}${rand() < 0.2 ? `, ${int(1, referenceCount)}` : ''}]`;
  const alias = (e: Entity) => {
    const usable = e.aliases.filter((a) => a.kind !== 'misspelling' && a.kind !== 'deprecated');
    return rand() < 0.5 || usable.length === 0 ? e.name : pick(usable).text;
  };
  const filler = () =>
    pick(FILLER)
      .replace('{n}', String(int(20, 400)))
      .replace('{m}', String(int(2, 36)))
      .replace('{p}', String(int(3, 95)));
  const sentence = (): string => {
    const r = rand();
    if (r < 0.25 && vocab.facts.length) return pick(vocab.facts).replace(/\.?$/, ` ${cite()}.`);
    if (r < 0.55) {
      const product = pick(vocab.products);
      const other = pick(vocab.others);
      return `${alias(product)} was studied in patients with ${alias(other)}, and ${filler().toLowerCase()} ${cite()}.`;
    }
    if (r < 0.8) return `${filler()} after ${alias(pick(vocab.products))} ${cite()}.`;
    return `${capitalize(alias(pick(vocab.others)))} was reported with ${alias(pick(vocab.others))} in ${int(2, 60)}% of cases.`;
  };
  const paragraph = () => wrap(Array.from({ length: int(3, 7) }, sentence).join(' '), options.lineWidth ?? 0);

  const out: string[] = ['# Chimeric antigen receptor T-cell therapy: a review', ''];
  let size = out.join('\n').length;
  let section = 0;
  const push = (block: string) => {
    out.push(block, '');
    size += block.length + 2;
  };
  const referencesSize = referenceCount * 120;
  while (size < bytes - referencesSize) {
    const r = rand();
    if (r < 0.05) push(`## ${++section}. ${capitalize(alias(pick(vocab.others)))} and ${alias(pick(vocab.products))}`);
    else if (r < 0.12) push(Array.from({ length: int(2, 5) }, () => `- ${sentence()}`).join('\n'));
    else if (r < 0.15)
      push(
        '```json\n{ "product": "' + pick(vocab.products).id + '", "dose": ' + int(1, 9) + 'e8, "cells": "CD3+" }\n```',
      );
    else if (r < 0.17) push(`> ${sentence()}`);
    else if (r < 0.19) {
      const rows = Array.from(
        { length: int(2, 4) },
        () => `| ${alias(pick(vocab.products))} | ${alias(pick(vocab.others))} | ${int(10, 90)}% |`,
      );
      push(['| Product | Indication | ORR |', '|---|---|---|', ...rows].join('\n'));
    } else push(paragraph());
  }
  out.push('## References', '');
  for (let i = 1; i <= referenceCount; i++) {
    const source = vocab.sources.length ? vocab.sources[(i - 1) % vocab.sources.length]! : undefined;
    out.push(
      source
        ? `${i}. ${source.publisher}. ${source.title}. ${source.published ?? source.accessed}.${source.url ? ` ${source.url}` : ''}`
        : `${i}. Anonymous. Untitled. 2024.`,
    );
  }
  return out.join('\n') + '\n';
}

/**
 * A whole manuscript (its reference list included, so that its citations resolve) of at least `lines`
 * lines: the smallest size, in 2% steps, that reaches it.
 */
export function generateLines(kb: KnowledgeBase, lines: number, seed = 7): string {
  let text = '';
  for (let bytes = lines * 40; text.split('\n').length < lines; bytes *= 1.02)
    text = generateManuscript(kb, bytes, { seed, lineWidth: 80 });
  return text;
}

function wrap(text: string, width: number): string {
  if (width <= 0) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * A claim-dense manuscript of about `bytes` characters: most sentences state something the knowledge base
 * contradicts (a product's wrong target, an approval for a disease it is not approved for, absolute
 * language), each with a numbered citation, and a reference list that cites the knowledge base's sources.
 */
export function generateClaimDense(kb: KnowledgeBase, bytes: number, seed = 5): string {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const entities = [...kb.entities.values()];
  const products = entities.filter((e) => e.type === 'product' && e.design?.targets?.length);
  const antigens = entities.filter((e) => e.type === 'antigen');
  const indications = entities.filter((e) => e.type === 'indication');
  const sources = [...kb.sources.values()];
  const referenceCount = Math.max(5, Math.min(sources.length, Math.round(bytes / 5000)));
  const cite = () => `[${1 + Math.floor(rand() * referenceCount)}]`;
  const wrongTarget = (p: Entity) => pick(antigens.filter((a) => !p.design!.targets!.includes(a.id)));
  const notApprovedFor = (p: Entity) =>
    pick(indications.filter((i) => !p.approvals?.some((a) => a.indication === i.id)));
  const sentence = (): string => {
    const product = pick(products);
    const r = rand();
    // About half the sentences are false claims: some 6,000 findings per MB, as in the manuscript issue 16 measured.
    if (r < 0.2) return `${capitalize(product.name)} targets ${wrongTarget(product).name} ${cite()}.`;
    if (r < 0.4) return `${capitalize(product.name)} is FDA-approved for ${notApprovedFor(product).name} ${cite()}.`;
    if (r < 0.5) return `${capitalize(product.name)} cures cancer in every patient ${cite()}.`;
    return `In the pivotal cohort, patients treated with ${product.name} were followed for a median of ${1 + Math.floor(rand() * 36)} months ${cite()}.`;
  };
  const out: string[] = ['# CAR T-cell therapy: a claim-dense review', ''];
  let size = out[0]!.length;
  const referencesSize = referenceCount * 120;
  while (size < bytes - referencesSize) {
    const paragraph = Array.from({ length: 4 + Math.floor(rand() * 4) }, sentence).join(' ');
    out.push(paragraph, '');
    size += paragraph.length + 2;
  }
  out.push('## References', '');
  for (let i = 1; i <= referenceCount; i++) {
    const source = sources[i - 1]!;
    out.push(
      `${i}. ${source.publisher}. ${source.title}. ${source.published ?? source.accessed}.${source.url ? ` ${source.url}` : ''}`,
    );
  }
  return out.join('\n') + '\n';
}

/**
 * A large document of about `bytes` characters: runs of a claim-dense manuscript's paragraphs alternating
 * with `texts` (real documents, repeated when they run out), then the claim-dense reference list.
 */
export function generateMixed(kb: KnowledgeBase, bytes: number, texts: readonly string[]): string {
  const dense = generateClaimDense(kb, bytes / 2);
  const referencesAt = dense.lastIndexOf('## References');
  const references = dense.slice(referencesAt);
  const paragraphs = dense.slice(0, referencesAt).split('\n\n');
  const RUN = 50;
  const out: string[] = [];
  let size = 0;
  for (let i = 0, run = 0; size < bytes - references.length; i++) {
    const from = (run * RUN) % paragraphs.length;
    const piece = i % 2 === 0 ? paragraphs.slice(from, from + RUN).join('\n\n') : texts[run++ % texts.length]!;
    out.push(piece.trim());
    size += piece.length + 2;
  }
  out.push(references);
  return out.join('\n\n');
}

/**
 * A short text citing a few entries of a reference list of `count` entries (the rest uncited, each a finding):
 * a numbered Markdown "References" list, or a LaTeX thebibliography of \bibitem entries.
 */
export function generateReferenceList(count: number, language: 'markdown' | 'latex'): string {
  const cited = [2, 5, 3, 40, 17];
  const title = (i: number) =>
    `Author ${i}, Coauthor ${i % 97}. Chimeric antigen receptor T cells in trial ${i}. J Example. 2020;${i % 50}:1-9.`;
  if (language === 'markdown') {
    const text = cited.map((n) => `Kymriah is approved for large B-cell lymphoma [${n}].`).join(' ');
    const entries = Array.from({ length: count }, (_, i) => `${i + 1}. ${title(i + 1)}`);
    return `# Review\n\n${text}\n\n## References\n\n${entries.join('\n')}\n`;
  }
  const text = cited.map((n) => `Kymriah is approved for large B-cell lymphoma \\cite{ref${n}}.`).join(' ');
  const entries = Array.from({ length: count }, (_, i) => `\\bibitem{ref${i + 1}} ${title(i + 1)}`);
  return `\\section{Review}\n${text}\n\n\\begin{thebibliography}{99999}\n${entries.join('\n')}\n\\end{thebibliography}\n`;
}
