import type { CodeDescription, Diagnostic } from 'vscode-languageserver-types';
import type { KnowledgeIndex } from '../kb/index';
import type { Source } from '../kb/types';
import type { DiagnosticData } from '../service/languageFeatures/diagnostics';
import type { Rule } from '../rules/types';
import type { FileResult } from './report';
import { textLine, wordLocation } from './report';
import { HtmlReport } from './html';
import { hasLargeFix, jsonPieces } from './jsonPieces';
import { SarifWriter } from './sarif';

export const FORMATS = ['text', 'json', 'sarif', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

/**
 * An output format written file by file and finding by finding, so that nothing holds the whole output:
 * `head`, then each file's pieces (`between` before a file's first piece when something came before), then `tail`.
 */
export interface OutputFormat {
  readonly head: string;
  readonly between: string;
  /** One file's output in pieces of about one finding each; nothing for a file that prints nothing. */
  file(result: FileResult): Iterable<string>;
  /** `any`: whether a file printed something. */
  tail(any: boolean): string;
}

export function outputFormat(
  name: FormatName,
  rules: readonly Rule[],
  index: KnowledgeIndex,
  sarif: SarifInfo,
): OutputFormat {
  if (name === 'json') return jsonFormat(index);
  if (name === 'sarif') return sarifFormat(new SarifWriter(rules, sarif.version, sarif.baseDir));
  if (name === 'html') return htmlFormat(new HtmlReport(rules, index, sarif.version));
  return textFormat;
}

export interface SarifInfo {
  version: string;
  baseDir: string;
}

const textFormat: OutputFormat = {
  head: '',
  between: '',
  *file({ file, diagnostics, word }) {
    for (const d of diagnostics) yield textLine(file, d, word);
  },
  tail: () => '',
};

/** A source as the JSON's `sources` table shows it (curation notes are never shown). */
export interface SourceEntry {
  title: string;
  publisher: string;
  kind?: Source['kind'];
  url?: string;
  citation?: string;
  published?: string;
  accessed?: string;
  knownErrors?: string;
}

function sourceEntry(source: Source): SourceEntry {
  const { title, publisher, kind, url, citation, published, accessed, knownErrors } = source;
  return { title, publisher, kind, url, citation, published, accessed, knownErrors };
}

/**
 * `[{ "file", "diagnostics": [LSP Diagnostic], "sources": { id: entry }, "rules": { code: { codeDescription } } }]`,
 * compact, one diagnostic a line: each diagnostic names its sources by id (`data.sources`) and the file's table
 * describes each once; a rule's `codeDescription`, the same in each of its diagnostics (a tenth of a claim-dense
 * file's JSON), is in the file's `rules` table instead.
 */
function jsonFormat(index: KnowledgeIndex): OutputFormat {
  return {
    head: '[',
    between: ',',
    *file({ file, diagnostics, word }) {
      const sources = new Map<string, SourceEntry>();
      const rules = new Map<string, { codeDescription: CodeDescription }>();
      yield `\n{"file":${JSON.stringify(file)},"diagnostics":[`;
      let first = true;
      for (const d of diagnostics) {
        const inTable = ruleEntry(rules, d);
        // A Word file's ranges are in its projection; `location` says where the finding is in the document.
        // Its fixes keep their titles: their edits would change the projection, not the file.
        const shown = word ? { ...inTable, data: withoutEdits(d.data), location: wordLocation(word, d) } : inTable;
        if (hasLargeFix(d)) {
          yield first ? '\n' : ',\n';
          yield* jsonPieces(shown);
        } else yield `${first ? '' : ','}\n${JSON.stringify(shown)}`;
        first = false;
        for (const id of (d.data as DiagnosticData | undefined)?.sources ?? []) {
          const source = sources.has(id) ? undefined : index.source(id);
          if (source) sources.set(id, sourceEntry(source));
        }
      }
      yield `],"sources":${JSON.stringify(Object.fromEntries(sources))},"rules":${JSON.stringify(Object.fromEntries(rules))}}`;
    },
    tail: (any) => (any ? '\n]\n' : ']\n'),
  };
}

/**
 * The diagnostic without its `codeDescription` once the file's rules table has it for the diagnostic's code; with it
 * when the table has another (a diagnostic's own link is never lost).
 */
function ruleEntry(rules: Map<string, { codeDescription: CodeDescription }>, d: Diagnostic): Diagnostic {
  const { codeDescription, ...rest } = d;
  if (!codeDescription || typeof d.code !== 'string') return d;
  const known = rules.get(d.code);
  if (!known) rules.set(d.code, { codeDescription });
  else if (known.codeDescription.href !== codeDescription.href) return d;
  return rest;
}

function withoutEdits(data: unknown): unknown {
  const d = data as DiagnosticData | undefined;
  return d && { ...d, fixes: d.fixes.map(({ title, isPreferred }) => ({ title, isPreferred })) };
}

/** The reviewer's report: the page needs every file's findings for its summary, so it is written at the end. */
function htmlFormat(report: HtmlReport): OutputFormat {
  return {
    head: '',
    between: '',
    file(result) {
      report.add(result, result.text ?? '');
      return [];
    },
    tail: () => report.render(),
  };
}

function sarifFormat(writer: SarifWriter): OutputFormat {
  return {
    head: writer.head,
    between: ',',
    *file({ file, diagnostics, word }) {
      let first = true;
      for (const pieces of writer.results(file, diagnostics, word)) {
        yield first ? '\n' : ',\n';
        yield* pieces;
        first = false;
      }
    },
    tail: () => writer.tail,
  };
}
