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
 * `[{ "file", "diagnostics": [LSP Diagnostic], "sources": { id: entry } }]`, compact, one diagnostic a line:
 * each diagnostic names its sources by id (`data.sources`) and the file's table describes each once.
 */
function jsonFormat(index: KnowledgeIndex): OutputFormat {
  return {
    head: '[',
    between: ',',
    *file({ file, diagnostics, word }) {
      const sources = new Map<string, SourceEntry>();
      yield `\n{"file":${JSON.stringify(file)},"diagnostics":[`;
      let first = true;
      for (const d of diagnostics) {
        // A Word file's ranges are in its projection; `location` says where the finding is in the document.
        // Its fixes keep their titles: their edits would change the projection, not the file.
        const shown = word ? { ...d, data: withoutEdits(d.data), location: wordLocation(word, d) } : d;
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
      yield `],"sources":${JSON.stringify(Object.fromEntries(sources))}}`;
    },
    tail: (any) => (any ? '\n]\n' : ']\n'),
  };
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
