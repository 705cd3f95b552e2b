import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type TextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import type { KnowledgeIndex } from '../../kb/index';
import type { Finding, Rule } from '../../rules/types';
import type { AnalysisCache } from '../analysis';
import type { SeverityName, Settings } from '../settings';
import { isSuppressed, readSuppressions } from '../suppressions';
import { skipReason } from '../skip';

export const DIAGNOSTIC_SOURCE = 'therapy-lint';
export const RULE_DOCS_BASE = 'https://github.com/therapy-lint/therapy-lint/blob/main/docs/rules/';

/** What a therapy-lint diagnostic carries in `data`, for code actions and tools. */
export interface DiagnosticData {
  sources: string[];
  fixes: { title: string; edits: TextEdit[]; isPreferred?: boolean }[];
}

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function severityOf(rule: Rule, settings: Settings): DiagnosticSeverity | undefined {
  const setting = settings.rules[rule.meta.id];
  if (setting === 'off') return undefined;
  return SEVERITY[!setting || setting === 'default' ? rule.meta.defaultSeverity : setting];
}

export function computeDiagnostics(
  document: TextDocument,
  rules: readonly Rule[],
  index: KnowledgeIndex,
  settings: Settings,
  cache: AnalysisCache,
): Diagnostic[] {
  if (skipReason(document.getText(), settings)) return [];
  const analysis = cache.get(document);
  const suppressions = readSuppressions(analysis, (offset) => document.positionAt(offset).line);
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = severityOf(rule, settings);
    if (severity === undefined) continue;
    const findings: Finding[] = [];
    const report = (finding: Finding) => findings.push(finding);
    const codeDescription = { href: RULE_DOCS_BASE + rule.meta.id + '.md' };
    rule.check({
      document: analysis,
      index,
      settings,
      report,
      forEachSentence: (check, dependsOn = '') =>
        cache.sentenceFindings.forEach(rule.meta.id, analysis.text, analysis.prose.masked, analysis.sentences, check, dependsOn, report),
    });
    for (const finding of findings) {
      if (!rule.meta.checksReferenceLists && analysis.citations.inReferenceRegion(finding.start)) continue;
      const range = { start: document.positionAt(finding.start), end: document.positionAt(finding.end) };
      if (isSuppressed(suppressions, range.start.line, rule.meta.id)) continue;
      const data: DiagnosticData = {
        sources: finding.sources ?? [],
        fixes: (finding.fixes ?? []).map((fix) => ({
          title: fix.title,
          isPreferred: fix.isPreferred,
          edits: fix.edits.map((e) => ({
            range: { start: document.positionAt(e.start), end: document.positionAt(e.end) },
            newText: e.newText,
          })),
        })),
      };
      const configured = settings.rules[rule.meta.id];
      const diagnostic: Diagnostic = {
        range,
        severity: finding.severity && (!configured || configured === 'default') ? SEVERITY[finding.severity] : severity,
        code: rule.meta.id,
        codeDescription,
        source: DIAGNOSTIC_SOURCE,
        message: finding.message,
        data,
      };
      const related = relatedSources(finding.sources ?? [], index);
      if (related.length) diagnostic.relatedInformation = related;
      diagnostics.push(diagnostic);
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Each source as a link to its entry in the knowledge-base file, with its title and URL as the message. */
function relatedSources(ids: readonly string[], index: KnowledgeIndex): DiagnosticRelatedInformation[] {
  const related: DiagnosticRelatedInformation[] = [];
  for (const id of ids) {
    const information = relatedSource(id, index);
    if (information) related.push(information);
  }
  return related;
}

// Built once per source and shared by every diagnostic that cites it (a long document cites few sources many times).
const relatedBySource = new WeakMap<KnowledgeIndex, Map<string, DiagnosticRelatedInformation | null>>();

function relatedSource(id: string, index: KnowledgeIndex): DiagnosticRelatedInformation | null {
  let built = relatedBySource.get(index);
  if (!built) relatedBySource.set(index, (built = new Map()));
  let information = built.get(id);
  if (information === undefined) {
    const source = index.source(id);
    const origin = index.kb.origins.get(`source:${id}`);
    const position = { line: origin?.line ?? 0, character: 0 };
    information =
      source && origin
        ? {
            location: { uri: pathToFileURL(origin.file).href, range: { start: position, end: position } },
            message: `${source.title} — ${source.publisher}, ${source.date}${source.url ? ` — ${source.url}` : source.citation ? ` — ${source.citation}` : ''}`,
          }
        : null;
    built.set(id, information);
  }
  return information;
}
