import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DataProblem } from '../kb/load';
import { fixUntilDone } from '../service/languageFeatures/fixAll';
import type { DiagnosticStream } from '../service/languageFeatures/diagnostics';
import type { LintedFile, Workspace } from '../service/workspace';
import { writeAnnotatedCopy } from './annotate';
import { unifiedDiff } from './diff';
import type { OutputFormat } from './formats';
import { type Counts, countFinding, counted, errorsOnly, noCounts } from './report';

/**
 * What one file adds to a run, in the order it is written: the same whether the file was checked on the
 * main thread or in a worker, so that both write the same bytes.
 */
export interface FileOutcome {
  /** The problems of the project files first read for this file, for stderr. */
  configLines: string[];
  /** Lines for stderr. */
  messages: string[];
  /** Written to stdout as they are (a --fix-dry-run diff). */
  raw: string[];
  /** The file's output pieces (the format's `between` goes before the first when something came before). */
  pieces: Iterable<string>;
  /** Its findings' counts are complete once `pieces` has been read: each is counted as it is written. */
  counts: Counts;
  /** The document could not be checked: the run exits 2. */
  failed: boolean;
  /** A project file (or a data folder it names) has errors: the run exits 2. */
  badConfiguration: boolean;
}

export interface OutcomeOptions {
  output: OutputFormat;
  quiet: boolean;
  /** Text output prints no fixes: their edits are computed only for the formats that show them. */
  fixEdits: boolean;
  /** False: no fix is computed at all (text output, unless an annotated .docx shows their titles). */
  fixTitles: boolean;
  fixMode?: 'write' | 'dry-run';
  annotate?: string;
}

/** One line per data-file problem, as the CLI prints them. */
export function dataProblemLines(problems: readonly DataProblem[]): string[] {
  return problems.map(
    (p) => `therapy-lint: ${p.file}${p.line !== undefined ? `:${p.line + 1}` : ''} ${p.pointer}: ${p.message}\n`,
  );
}

/** The project-file and data problems the workspace found since last asked, as lines and whether any is an error. */
export function takeConfigProblems(workspace: Workspace): { lines: string[]; bad: boolean } {
  const taken = workspace.takeProblems();
  if (!taken) return { lines: [], bad: false };
  const lines: string[] = [];
  let bad = false;
  for (const list of taken.config.values())
    for (const p of list) {
      bad ||= p.severity === 'error';
      lines.push(`therapy-lint: ${path.relative(process.cwd(), p.file)}:${p.line + 1}: ${p.severity}: ${p.message}\n`);
    }
  lines.push(...dataProblemLines(taken.data));
  bad ||= taken.data.some((p) => p.severity !== 'information');
  return { lines, bad };
}

/** An outcome that prints nothing on stdout. */
export function quietOutcome(messages: string[], counts: Counts, failed = false): FileOutcome {
  return { configLines: [], messages, raw: [], pieces: [], counts, failed, badConfiguration: false };
}

/** What a checked (or skipped, or failed) file writes and counts. */
export function outcomeOf(checked: LintedFile<DiagnosticStream>, options: OutcomeOptions): FileOutcome {
  const { file, skipped, failed: why, word } = checked;
  const counts = noCounts();
  if (skipped) {
    // Not checked, so not counted as checked.
    counts.skipped++;
    return quietOutcome([`therapy-lint: ${file}: ${skipped}\n`], counts);
  }
  if (why) {
    // Never a silent pass: a document that could not be read fails the run.
    counts.skipped++;
    return quietOutcome([`therapy-lint: ${file}: ${why}\n`], counts, true);
  }
  const messages: string[] = [];
  const raw: string[] = [];
  let text = checked.text;
  let all: DiagnosticStream = checked.diagnostics;
  const { fixMode } = options;
  // Word files are never changed: only their findings are reported.
  if (fixMode && !word && checked.document && checked.service) {
    const fixed = fixUntilDone(checked.service, checked.document);
    for (const change of fixed.changes)
      messages.push(
        `therapy-lint: ${file}:${change.line + 1}:${change.character + 1} ${fixMode === 'write' ? 'fixed' : 'would fix'} ${change.code}: ${change.title}\n`,
      );
    if (fixed.document !== checked.document) {
      if (fixMode === 'write') fs.writeFileSync(file, fixed.document.getText());
      else raw.push(unifiedDiff(file.split(path.sep).join('/'), checked.document.getText(), fixed.document.getText()));
      all = checked.service.diagnostics(fixed.document, { fixEdits: options.fixEdits, fixTitles: options.fixTitles });
      text = fixed.document.getText();
    }
    if (fixMode === 'dry-run') {
      counts.files++;
      for (const d of options.quiet ? errorsOnly(all) : all) countFinding(counts, d);
      return { configLines: [], messages, raw, pieces: [], counts, failed: false, badConfiguration: false };
    }
  }
  counts.files++;
  let diagnostics: Iterable<Diagnostic> = counted(options.quiet ? errorsOnly(all) : all, counts);
  if (options.annotate !== undefined && word && checked.service) {
    // The copy and the output both need them.
    const shown = [...diagnostics];
    messages.push(`therapy-lint: ${writeAnnotatedCopy(file, options.annotate, word, shown, checked.service.index)}\n`);
    diagnostics = shown;
  }
  const pieces = options.output.file({ file, diagnostics, word, text });
  return { configLines: [], messages, raw, pieces, counts, failed: false, badConfiguration: false };
}
