import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { KnowledgeIndex } from '../kb/index';
import type { Rule } from '../rules/types';
import type { DiagnosticData } from '../service/languageFeatures/diagnostics';
import { locate, offsetAt } from '../word/model';
import type { FileResult } from './report';

// The reviewer's report (`--format html`): one self-contained page, nothing loaded from anywhere (the
// content security policy forbids it): a summary by rule and severity with an inline SVG chart, then each
// document with its findings highlighted in place and explained beside them (message, what the knowledge
// base records and its sources as links, the fix); filters by severity and rule; a print stylesheet.

const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
type Severity = (typeof SEVERITIES)[number];
const severityOf = (d: Diagnostic): Severity => SEVERITIES[(d.severity ?? 1) - 1] ?? 'error';
const COLORS: Record<Severity, string> = { error: '#c62828', warning: '#b26a00', info: '#1565c0', hint: '#2e7d32' };

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A document as the report shows it: its text and findings, kept until the page is written. */
interface ReportFile {
  result: FileResult & { diagnostics: Diagnostic[] };
  text: string;
}

export class HtmlReport {
  private readonly files: ReportFile[] = [];

  constructor(
    private readonly rules: readonly Rule[],
    private readonly index: KnowledgeIndex,
    private readonly version: string,
  ) {}

  add(result: FileResult, text: string): void {
    this.files.push({ result: { ...result, diagnostics: [...result.diagnostics] }, text: result.word?.text ?? text });
  }

  /** The whole page. */
  render(): string {
    let next = 0;
    const documents = this.files.map((file) => this.document(file, () => next++));
    const all = this.files.flatMap((f) => f.result.diagnostics);
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>therapy-lint report</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>therapy-lint report</h1><p class="meta">${this.files.length} document${this.files.length === 1 ? '' : 's'} · ${all.length} finding${all.length === 1 ? '' : 's'} · therapy-lint ${escape(this.version)} · knowledge base as of ${escape(this.index.kb.meta.asOf)}</p></header>
${this.summary(all)}
${this.filters(all)}
<main>${documents.join('\n')}</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
  }

  private summary(all: readonly Diagnostic[]): string {
    const byRule = new Map<string, Record<Severity, number>>();
    for (const d of all) {
      const counts = byRule.get(String(d.code)) ?? { error: 0, warning: 0, info: 0, hint: 0 };
      counts[severityOf(d)]++;
      byRule.set(String(d.code), counts);
    }
    const rows = [...byRule].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
    if (rows.length === 0) return '<section id="summary"><h2>Summary</h2><p>No findings.</p></section>';
    const max = Math.max(...rows.map(([, c]) => total(c)));
    const rowHeight = 22;
    const labelWidth = 190;
    const barWidth = 300;
    const bars = rows
      .map(([rule, counts], i) => {
        let x = labelWidth;
        const y = i * rowHeight;
        const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => {
          const width = (counts[s] / max) * barWidth;
          const rect = `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="${rowHeight - 8}" fill="${COLORS[s]}"><title>${rule}: ${counts[s]} ${s}</title></rect>`;
          x += width;
          return rect;
        });
        return `<text x="${labelWidth - 8}" y="${y + rowHeight - 7}" text-anchor="end">${escape(rule)}</text>${parts.join('')}<text x="${(x + 6).toFixed(1)}" y="${y + rowHeight - 7}">${total(counts)}</text>`;
      })
      .join('');
    const chart = `<svg class="chart" role="img" aria-label="Findings by rule and severity" width="${labelWidth + barWidth + 40}" height="${rows.length * rowHeight}" viewBox="0 0 ${labelWidth + barWidth + 40} ${rows.length * rowHeight}">${bars}</svg>`;
    const describe = (rule: string) => this.rules.find((r) => r.meta.id === rule)?.meta.description ?? '';
    const table = `<table><thead><tr><th>Rule</th>${SEVERITIES.map((s) => `<th class="sev-${s}">${s}</th>`).join('')}<th>Total</th></tr></thead><tbody>${rows
      .map(
        ([rule, counts]) =>
          `<tr><td><code>${escape(rule)}</code><div class="rule-description">${escape(describe(rule))}</div></td>${SEVERITIES.map((s) => `<td>${counts[s] || ''}</td>`).join('')}<td>${total(counts)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
    const legend = SEVERITIES.map(
      (s) => `<span class="legend"><i style="background:${COLORS[s]}"></i>${s}</span>`,
    ).join(' ');
    return `<section id="summary"><h2>Summary</h2><div class="summary">${chart}<div>${legend}</div></div>${table}</section>`;
  }

  private filters(all: readonly Diagnostic[]): string {
    if (all.length === 0) return '';
    const present = SEVERITIES.filter((s) => all.some((d) => severityOf(d) === s));
    const rules = [...new Set(all.map((d) => String(d.code)))].sort();
    return `<nav id="filters" aria-label="Filters"><fieldset><legend>Severity</legend>${present
      .map(
        (s) =>
          `<label><input type="checkbox" name="severity" value="${s}" checked> <span class="sev-${s}">${s}</span></label>`,
      )
      .join(
        '',
      )}</fieldset><fieldset><legend>Rule</legend>${rules.map((r) => `<label><input type="checkbox" name="rule" value="${escape(r)}" checked> <code>${escape(r)}</code></label>`).join('')}</fieldset><p id="shown" aria-live="polite"></p></nav>`;
  }

  /** One document: its paragraphs, each finding highlighted in place, its card after the paragraph. */
  private document(file: ReportFile, nextId: () => number): string {
    const { result, text } = file;
    const word = result.word;
    const offset = (position: Position) => (word ? offsetAt(word, position) : offsetIn(text, position));
    const textAt = (range: Range) => text.slice(offset(range.start), offset(range.end));
    const findings = result.diagnostics.map((d) => {
      const start = offset(d.range.start);
      const end = offset(d.range.end);
      return { d, start, end: Math.max(end, start), id: `f${nextId()}` };
    });
    const blocks = paragraphsOf(text);
    const html = blocks.map((block) => {
      const inside = findings.filter((f) => f.start < block.end && f.end > block.start);
      const starting = findings.filter(
        (f) => f.start >= block.start && (f.start < block.end || (f.start === block.end && f.end === f.start)),
      );
      const label = word ? locate(word, block.start, block.start).label : `line ${lineOf(text, block.start)}`;
      const cards = starting.map((f) =>
        this.card(f.d, f.id, word ? locate(word, f.start, f.end).label : undefined, textAt),
      );
      const shown = word ? wordMarkup(text, block) : [];
      const heading = shown.some((m) => m.heading);
      return `<div class="para${heading ? ' heading' : ''}"><span class="where">${escape(label)}</span><p>${highlight(text, block, inside, shown)}</p>${cards.join('')}</div>`;
    });
    return `<article><h2 class="file">${escape(result.file)}</h2>${html.join('\n')}</article>`;
  }

  private card(d: Diagnostic, id: string, where: string | undefined, textAt: (range: Range) => string): string {
    const data = d.data as DiagnosticData | undefined;
    const severity = severityOf(d);
    const sources = (data?.sources ?? []).flatMap((sourceId) => {
      const source = this.index.source(sourceId);
      if (!source) return [];
      const title = escape(source.title);
      const link =
        source.url && /^https?:\/\//.test(source.url) ? `<a href="${escape(source.url)}">${title}</a>` : title;
      const when = source.published ? `, ${escape(source.published)}` : '';
      return [
        `<li>${escape(source.publisher)}: ${link}${when}${source.knownErrors ? ` <em>(known errors: ${escape(source.knownErrors)})</em>` : ''}</li>`,
      ];
    });
    // A one-edit fix says what changes ("Replace “cures” with “may induce remissions in”"): its title alone
    // repeats or cuts short the new text.
    const fixes = (data?.fixes ?? []).map((fix) => {
      const edit = fix.edits?.length === 1 ? fix.edits[0]! : undefined;
      const replaced = edit ? textAt(edit.range).trim() : '';
      const replacement = edit?.newText.trim() ?? '';
      if (!replacement) return `<li>${escape(fix.title)}</li>`;
      return `<li>${replaced ? `Replace “<del>${quoted(replaced)}</del>” with` : 'Insert'} “<ins>${quoted(replacement)}</ins>”</li>`;
    });
    return `<aside class="finding sev-${severity}" id="${id}-card" data-severity="${severity}" data-rule="${escape(String(d.code))}"><div class="head"><span class="badge sev-${severity}">${severity}</span> <code>${escape(String(d.code))}</code>${where ? ` <span class="where-inline">${escape(where)}</span>` : ''}</div><p class="message">${escape(d.message)}</p>${sources.length ? `<div class="kb"><strong>The knowledge base records this from:</strong><ul>${sources.join('')}</ul></div>` : ''}${fixes.length ? `<div class="fix"><strong>Fix:</strong><ul>${fixes.join('')}</ul></div>` : ''}</aside>`;
  }
}

/** Text quoted in a fix row, escaped and cut to 240 characters. */
const quoted = (text: string) => escape(text.length > 240 ? `${text.slice(0, 239)}…` : text);

const total = (counts: Record<Severity, number>) => SEVERITIES.reduce((n, s) => n + counts[s], 0);

function offsetIn(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Paragraphs: runs of non-blank lines. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  const BLOCK = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let m = BLOCK.exec(text); m; m = BLOCK.exec(text)) blocks.push({ start: m.index, end: m.index + m[0].length });
  return blocks;
}

/** Markdown a Word file was read into, shown as Word shows it: markers hidden, superscripts raised. */
interface Markup {
  start: number;
  end: number;
  kind: 'hide' | 'sup' | 'note';
  heading?: boolean;
}

function wordMarkup(text: string, block: { start: number; end: number }): Markup[] {
  const markup: Markup[] = [];
  const content = text.slice(block.start, block.end);
  const lead = /^(#{1,6} )|^\[\^e?\d+\]: /.exec(content);
  if (lead) markup.push({ start: block.start, end: block.start + lead[0].length, kind: 'hide', heading: !!lead[1] });
  const INLINE = /<sup>([^<]*)<\/sup>|\[\^(cite)?(e?\d+)\]/g;
  for (let m = INLINE.exec(content); m; m = INLINE.exec(content)) {
    const at = block.start + m.index;
    if (m[1] !== undefined) {
      markup.push({ start: at, end: at + 5, kind: 'hide' });
      markup.push({ start: at + 5, end: at + 5 + m[1].length, kind: 'sup' });
      markup.push({ start: at + 5 + m[1].length, end: at + m[0].length, kind: 'hide' });
    } else if (m[2]) markup.push({ start: at, end: at + m[0].length, kind: 'hide' });
    else {
      markup.push({ start: at, end: at + 2, kind: 'hide' });
      markup.push({ start: at + 2, end: at + m[0].length - 1, kind: 'note' });
      markup.push({ start: at + m[0].length - 1, end: at + m[0].length, kind: 'hide' });
    }
  }
  return markup;
}

/** The block's text with each finding's span in a <mark> (overlapping spans split where they meet). */
function highlight(
  text: string,
  block: { start: number; end: number },
  findings: readonly { d: Diagnostic; start: number; end: number; id: string }[],
  markup: readonly Markup[] = [],
): string {
  const cuts = new Set([block.start, block.end]);
  for (const m of markup) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  for (const f of findings) {
    cuts.add(Math.max(block.start, Math.min(f.start, block.end)));
    cuts.add(Math.max(block.start, Math.min(f.end, block.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const covering = findings.filter((f) => f.start < to && f.end > from);
    const kind = markup.find((m) => m.start <= from && to <= m.end)?.kind;
    if (kind === 'hide') continue;
    const escaped = escape(text.slice(from, to));
    const piece = kind === 'sup' || kind === 'note' ? `<sup>${escaped}</sup>` : escaped;
    if (!covering.length) {
      out += piece;
      continue;
    }
    const worst = covering.reduce((a, b) => ((a.d.severity ?? 1) <= (b.d.severity ?? 1) ? a : b));
    out += `<mark class="sev-${severityOf(worst.d)}" data-findings="${covering.map((f) => f.id).join(' ')}" data-severities="${covering.map((f) => severityOf(f.d)).join(' ')}" data-rules="${escape(covering.map((f) => String(f.d.code)).join(' '))}" title="${escape(covering.map((f) => f.d.message).join('\n'))}">${piece}</mark>`;
  }
  return out;
}

const STYLE = `
:root { --error: ${COLORS.error}; --warning: ${COLORS.warning}; --info: ${COLORS.info}; --hint: ${COLORS.hint}; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; color: #1f2328; }
h1 { margin: 0.2rem 0; font-size: 1.5rem; }
.meta { color: #59636e; margin: 0; }
h2 { font-size: 1.15rem; border-bottom: 1px solid #d1d9e0; padding-bottom: 0.2rem; }
.summary { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.chart text { font-size: 12px; fill: #1f2328; font-family: ui-monospace, monospace; }
.legend { display: inline-flex; align-items: center; gap: 0.3rem; margin-right: 0.6rem; font-size: 0.85rem; }
.legend i { width: 0.8rem; height: 0.8rem; display: inline-block; border-radius: 2px; }
table { border-collapse: collapse; margin-top: 0.8rem; font-size: 0.9rem; }
th, td { border: 1px solid #d1d9e0; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
td:not(:first-child) { text-align: right; }
.rule-description { color: #59636e; font-size: 0.8rem; max-width: 28rem; }
th.sev-error, span.sev-error { color: var(--error); } th.sev-warning, span.sev-warning { color: var(--warning); }
th.sev-info, span.sev-info { color: var(--info); } th.sev-hint, span.sev-hint { color: var(--hint); }
html { scroll-padding-top: 8rem; }
nav#filters { position: sticky; top: 0; background: #f6f8fa; border: 1px solid #d1d9e0; border-radius: 6px; padding: 0.4rem 0.8rem; margin: 1rem 0; z-index: 1; }
fieldset { border: 0; display: inline; margin: 0 1rem 0 0; padding: 0; }
legend { font-weight: 600; float: left; margin-right: 0.5rem; }
fieldset label { margin-right: 0.6rem; white-space: nowrap; }
#shown { margin: 0.2rem 0 0; color: #59636e; font-size: 0.85rem; }
article h2.file { font-family: ui-monospace, monospace; }
.para { position: relative; padding-left: 4.5rem; }
.where { position: absolute; left: 0; width: 4rem; text-align: right; color: #8c959f; font-size: 0.8rem; top: 0.15rem; }
.para p { white-space: pre-wrap; margin: 0.4rem 0; }
mark { background: transparent; border-bottom: 2px solid; padding: 0 1px; }
mark.sev-error { background: #ffebe9; border-color: var(--error); }
mark.sev-warning { background: #fff8c5; border-color: var(--warning); }
mark.sev-info { background: #ddf4ff; border-color: var(--info); }
mark.sev-hint { background: #dafbe1; border-color: var(--hint); }
mark.off { background: transparent; border-color: transparent; }
.finding { border-left: 4px solid; background: #f6f8fa; border-radius: 4px; padding: 0.35rem 0.7rem; margin: 0.3rem 0 0.8rem; font-size: 0.9rem; }
.finding.sev-error { border-color: var(--error); } .finding.sev-warning { border-color: var(--warning); }
.finding.sev-info { border-color: var(--info); } .finding.sev-hint { border-color: var(--hint); }
.finding.hidden { display: none; }
.finding .message { margin: 0.2rem 0; }
.finding ul { margin: 0.1rem 0 0.2rem; padding-left: 1.2rem; }
.fix del { text-decoration: none; background: #ffebe9; }
.fix ins { text-decoration: none; background: #dafbe1; }
.para.heading p { font-weight: 600; font-size: 1.05rem; }
.badge, span.badge { color: #fff; border-radius: 3px; padding: 0 0.35rem; font-size: 0.75rem; text-transform: uppercase; }
.badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); }
.badge.sev-info { background: var(--info); } .badge.sev-hint { background: var(--hint); }
.where-inline { color: #59636e; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav#filters { display: none; }
  .finding { break-inside: avoid; background: none; border: 1px solid #999; border-left-width: 4px; }
  .finding.hidden { display: block; }
  mark.off { border-bottom: 2px solid; }
  a { color: inherit; }
  a[href]::after { content: " <" attr(href) ">"; font-size: 0.8em; word-break: break-all; }
  h2 { break-after: avoid; }
}
`;

// Filters: a finding shows when its severity and its rule are both ticked; a highlight stays while any of
// its findings shows.
const SCRIPT = `
(() => {
  const boxes = [...document.querySelectorAll('#filters input')];
  const ticked = (name) => new Set(boxes.filter((b) => b.name === name && b.checked).map((b) => b.value));
  const update = () => {
    const severities = ticked('severity');
    const rules = ticked('rule');
    let shown = 0;
    const cards = [...document.querySelectorAll('.finding')];
    for (const card of cards) {
      const on = severities.has(card.dataset.severity) && rules.has(card.dataset.rule);
      card.classList.toggle('hidden', !on);
      if (on) shown++;
    }
    for (const mark of document.querySelectorAll('mark')) {
      const ids = mark.dataset.findings.split(' ');
      mark.classList.toggle('off', !ids.some((id) => !document.getElementById(id + '-card').classList.contains('hidden')));
    }
    const status = document.getElementById('shown');
    if (status) status.textContent = shown + ' of ' + cards.length + ' findings shown';
  };
  for (const box of boxes) box.addEventListener('change', update);
  update();
  // A jump (a link to a finding, find in page, scrollIntoView) stops below the sticky filter bar, not under it.
  const bar = document.getElementById('filters');
  if (bar) {
    const clear = () => { document.documentElement.style.scrollPaddingTop = bar.offsetHeight + 24 + 'px'; };
    new ResizeObserver(clear).observe(bar);
    clear();
  }
})();
`;
