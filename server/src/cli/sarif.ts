import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Rule } from '../rules/types';
import { placeholdersOf, sarifMessageString } from '../util/messages';
import { RULE_DOCS_BASE, type DiagnosticData } from '../service/languageFeatures/diagnostics';
import type { SeverityName } from '../service/settings';
import type { WordDocument } from '../word/model';
import { hasLargeFix, jsonPieces } from './jsonPieces';
import { wordLocation } from './report';

export const INFORMATION_URI = 'https://github.com/therapy-lint/therapy-lint';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<SeverityName, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};
const LEVEL_OF_SEVERITY: Sarif.Result.level[] = ['error', 'error', 'warning', 'note', 'note'];

/**
 * A SARIF 2.1.0 log (one run) for GitHub code scanning and other viewers, written as it goes: `head` and
 * `tail` surround the results, which `results` writes one by one (`,` between two). Rule metadata comes
 * from the rules' `meta`; paths are relative to `baseDir` under %SRCROOT%; columns are UTF-16 code units,
 * as in LSP, so a diagnostic's range maps one to one.
 */
export class SarifWriter {
  readonly head: string;
  readonly tail: string;
  private readonly ruleIndex: Map<string, number>;

  constructor(
    private readonly rules: readonly Rule[],
    version: string,
    private readonly baseDir: string,
  ) {
    this.ruleIndex = new Map(rules.map((rule, i) => [rule.meta.id as string, i]));
    const log: Sarif.Log = {
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'therapy-lint',
              version,
              semanticVersion: version,
              informationUri: INFORMATION_URI,
              rules: rules.map(toRuleDescriptor),
            },
          },
          originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(baseDir + path.sep).href } },
          columnKind: 'utf16CodeUnits',
          results: [],
        },
      ],
    };
    // `results` is the run's last member and the run the log's last: what follows it closes them.
    const whole = JSON.stringify(log);
    const at = whole.lastIndexOf('"results":[]') + '"results":['.length;
    this.head = whole.slice(0, at);
    this.tail = `${whole.slice(at)}\n`;
  }

  /** One file's results, each as its JSON text in one piece or, with a large fix, in many (see jsonPieces). */
  *results(file: string, diagnostics: Iterable<Diagnostic>, word?: WordDocument): Generator<Iterable<string>> {
    const artifactLocation = artifactLocationOf(file, this.baseDir);
    for (const diagnostic of diagnostics) {
      const large = !word && hasLargeFix(diagnostic);
      const result = toResult(diagnostic, artifactLocation, this.rules, this.ruleIndex, large);
      if (word) inWordFile(result, word, diagnostic);
      yield large ? jsonPieces(result) : [JSON.stringify(result)];
    }
  }
}

function toRuleDescriptor(rule: Rule): Sarif.ReportingDescriptor {
  return {
    id: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    messageStrings: Object.fromEntries(
      Object.entries(rule.meta.messages).map(([id, template]) => [id, { text: sarifMessageString(template) }]),
    ),
    helpUri: `${RULE_DOCS_BASE}${rule.meta.id}.md`,
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { fixable: rule.meta.fixable, tags: ['medical-writing'] },
  };
}

function toResult(
  diagnostic: Diagnostic,
  artifactLocation: Sarif.ArtifactLocation,
  rules: readonly Rule[],
  ruleIndex: Map<string, number>,
  large = false,
): Sarif.Result {
  const ruleId = String(diagnostic.code);
  const data = diagnostic.data as DiagnosticData | undefined;
  const result: Sarif.Result = {
    ruleId,
    level: LEVEL_OF_SEVERITY[diagnostic.severity ?? 1],
    message: messageOf(diagnostic, data, rules[ruleIndex.get(ruleId) ?? -1]),
    locations: [{ physicalLocation: { artifactLocation, region: toRegion(diagnostic.range) } }],
  };
  const index = ruleIndex.get(ruleId);
  if (index !== undefined) result.ruleIndex = index;
  if (data?.fixes.length) {
    result.fixes = data.fixes.map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [
        {
          artifactLocation,
          // A large fix's replacements are made one by one as jsonPieces writes them.
          replacements: (large ? lazyMap : eagerMap)(fix.edits ?? [], (edit) => ({
            deletedRegion: toRegion(edit.range),
            insertedContent: { text: edit.newText },
          })) as Sarif.Replacement[],
        },
      ],
    }));
  }
  if (data?.sources.length) result.properties = { sources: data.sources };
  return result;
}

const eagerMap = <T, U>(items: readonly T[], f: (item: T) => U): U[] => items.map(f);

function* lazyMap<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/**
 * The text, and the rule's message id with the placeholders' values as arguments (SARIF 2.1.0 §3.11.10–11:
 * `id` names one of the rule's `messageStrings`). Without the values, the id alone would be an incomplete message.
 */
function messageOf(diagnostic: Diagnostic, data: DiagnosticData | undefined, rule: Rule | undefined): Sarif.Message {
  const text = diagnostic.message;
  const template = data?.messageId !== undefined ? rule?.meta.messages[data.messageId] : undefined;
  if (template === undefined) return { text };
  const values = placeholdersOf(template).map((name) => data?.messageData?.[name]);
  if (values.some((value) => value === undefined)) return { text };
  return { text, id: data!.messageId, ...(values.length ? { arguments: values.map(String) } : {}) };
}

/**
 * A .docx has no lines and its fixes edit a projection, not the file: its result's region is the
 * paragraph (startLine is the paragraph number, which code scanning requires) with the flagged text as its
 * snippet, its logical location the paragraph under its heading, and it carries no fixes.
 */
function inWordFile(result: Sarif.Result, word: WordDocument, diagnostic: Diagnostic): void {
  const { label, paragraph, heading, snippet } = wordLocation(word, diagnostic);
  const location = result.locations![0]!;
  location.physicalLocation!.region = { startLine: Math.max(1, paragraph), snippet: { text: snippet } };
  location.logicalLocations = [
    { name: label, fullyQualifiedName: heading ? `${heading} › ${label}` : label, kind: 'element' },
  ];
  delete result.fixes;
  result.properties = { ...result.properties, paragraph: label, ...(heading ? { heading } : {}) };
}

/** LSP ranges are 0-based; SARIF regions are 1-based with an exclusive end column. */
function toRegion(range: Diagnostic['range']): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** Relative to %SRCROOT% when the file is below it (what code scanning needs), else an absolute file URI. */
function artifactLocationOf(file: string, baseDir: string): Sarif.ArtifactLocation {
  const relative = path.relative(baseDir, path.resolve(file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(path.resolve(file)).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
