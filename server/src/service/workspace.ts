import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { FileSystem } from '../document/citations/types';
import { type DataProblem, builtInDataDir, loadKnowledgeBase } from '../kb/load';
import { languageOfPath } from '../text/languages';
import type { WordDocument } from '../word/model';
import { isWordPath, unsupportedDocument, wordModule } from '../word/load';
import { type OnFileProblem, lintableFiles } from './files';
import { type LanguageService, createLanguageService } from './index';
import { DEFAULT_SETTINGS, type Settings, normalizeSettings } from './settings';

// What the hosts share about a workspace: settings, the knowledge base (built-in + workspace data when
// trusted), the language service built from them, and checking files from disk.

export interface WorkspaceOptions {
  /**
   * Workspace folders (file-system paths): the files (bibliographies) a document may name, where
   * workspace data is found and where Lint Workspace looks.
   */
  roots?: readonly string[];
  /**
   * False in an untrusted workspace: a document reads files in its own folder only, and no knowledge-base
   * file is read from the workspace or written to it ("Add to workspace glossary").
   */
  trusted: boolean;
  /**
   * Whether knowledge-base files from the workspace are read (`.therapy-lint/*.json`,
   * `knowledgeBasePaths`), when trusted: not in the CLI (which reads the built-in data or --db folders).
   */
  workspaceData: boolean;
  /** Knowledge-base folders that replace the built-in one (the CLI's --db). */
  dataDirs?: readonly string[];
  /** Reads bibliographies beside documents and the workspace glossary. */
  fileSystem?: FileSystem;
}

export interface Configured {
  /** False when nothing the service depends on changed (then it is not rebuilt). */
  changed: boolean;
  /** Settings that were dropped, one sentence each. */
  warnings: string[];
  /**
   * Data files that did not load (the rest of the knowledge base works), and (severity 'information')
   * what a later folder's data replaces or adds in an earlier one's.
   */
  problems: DataProblem[];
  /** Diagnostics per data-file URI, including an empty list for a file whose problems are gone. */
  dataDiagnostics: Map<string, Diagnostic[]>;
}

/** Lint Workspace stops after this many files. */
const WORKSPACE_FILE_LIMIT = 10_000;

export class Workspace {
  private current: { service: LanguageService; settings: Settings } | undefined;
  /**
   * What the service was last built from. VS Code sends the same configuration twice at start-up (pulled
   * after initialized, pushed as a change): neither reloads the knowledge base.
   */
  private loadedFrom: string | undefined;
  private problemFiles = new Set<string>();

  constructor(private readonly options: WorkspaceOptions) {}

  /** Undefined until the first configure. */
  get service(): LanguageService | undefined {
    return this.current?.service;
  }

  get settings(): Settings {
    return this.current?.settings ?? DEFAULT_SETTINGS;
  }

  /**
   * (Re)builds settings, the knowledge base and the service from raw settings (as the editor or a config
   * file sent them); unless nothing they depend on changed (`force`: a knowledge-base file did).
   */
  configure(rawSettings: unknown, force = false): Configured {
    const { settings, warnings } = normalizeSettings(rawSettings);
    const folders = this.knowledgeBaseFolders(settings);
    const roots = this.options.roots ?? [];
    const workspaceFolders = this.options.trusted ? roots.map((root) => pathToFileURL(root).href) : undefined;
    const inputs = JSON.stringify([settings, folders, workspaceFolders]);
    if (!force && inputs === this.loadedFrom)
      return { changed: false, warnings, problems: [], dataDiagnostics: new Map() };
    this.loadedFrom = inputs;
    const { kb, problems } = loadKnowledgeBase(folders);
    const service = createLanguageService({
      knowledgeBase: kb,
      settings,
      fileSystem: this.options.fileSystem,
      workspaceFolders,
    });
    this.current = { service, settings };
    return { changed: true, warnings, problems, dataDiagnostics: this.dataDiagnostics(problems) };
  }

  /** Built-in (or --db) folders, then the configured ones, then each workspace folder's `.therapy-lint`. */
  private knowledgeBaseFolders(settings: Settings): string[] {
    const base = this.options.dataDirs ?? [builtInDataDir()];
    if (!(this.options.trusted && this.options.workspaceData)) return [...base];
    const roots = this.options.roots ?? [];
    const configured = settings.knowledgeBasePaths.flatMap((p) =>
      path.isAbsolute(p) ? [p] : roots.map((root) => path.join(root, p)),
    );
    const workspace = roots.map((root) => path.join(root, '.therapy-lint')).filter(isDirectory);
    return [...base, ...configured, ...workspace];
  }

  /** A bad data file is a diagnostic on that file, and so is what workspace data changes in the built-in data. */
  private dataDiagnostics(problems: readonly DataProblem[]): Map<string, Diagnostic[]> {
    const byFile = new Map<string, Diagnostic[]>();
    for (const problem of problems) {
      const line = problem.line ?? 0;
      const list = byFile.get(problem.file) ?? [];
      list.push({
        range: { start: { line, character: 0 }, end: { line, character: 1000 } },
        severity: problem.severity === 'information' ? DiagnosticSeverity.Information : DiagnosticSeverity.Error,
        source: 'therapy-lint',
        code: problem.severity === 'information' ? 'knowledge-base-override' : 'invalid-knowledge-base',
        message: `${problem.pointer ? `${problem.pointer}: ` : ''}${problem.message}`,
      });
      byFile.set(problem.file, list);
    }
    const published = new Map<string, Diagnostic[]>();
    for (const file of this.problemFiles) if (!byFile.has(file)) published.set(pathToFileURL(file).href, []);
    this.problemFiles = new Set(byFile.keys());
    for (const [file, diagnostics] of byFile) published.set(pathToFileURL(file).href, diagnostics);
    return published;
  }

  /**
   * Lint Workspace: every checked file under the workspace folders, open documents as the editor has
   * them; `publish` gets each checked file's diagnostics.
   */
  lint(
    open: (uri: string) => TextDocument | undefined,
    publish: (uri: string, diagnostics: Diagnostic[]) => void,
    onProblem: OnFileProblem,
  ): { files: number; findings: number } {
    const service = this.service;
    if (!service) return { files: 0, findings: 0 };
    const files = lintableFiles(this.options.roots ?? [], { limit: WORKSPACE_FILE_LIMIT, onProblem });
    let findings = 0;
    const options = { open, fixEdits: false, capped: true, onProblem, keepGoing: true };
    for (const result of lintFiles(service, files, options)) {
      if (result.skipped) continue;
      findings += result.diagnostics.length;
      publish(result.uri, result.diagnostics);
    }
    return { files: files.length, findings };
  }
}

export interface LintedFile {
  file: string;
  uri: string;
  diagnostics: Diagnostic[];
  /** Why the file was not checked (too large, binary). */
  skipped?: string;
  /** Why a document could not be checked at all (a damaged or encrypted .docx, a .doc): the run fails. */
  failed?: string;
  /** A Word file: its Markdown projection (what was checked) and the map back to its paragraphs. */
  word?: WordDocument;
}

/** A .docx larger than this is not read (its text is a small part of it; the rest is media). */
const MAX_WORD_FILE_BYTES = 256 * 1024 * 1024;

export interface LintFilesOptions {
  /** The editor's copy of a document, when it has one open. */
  open?: (uri: string) => TextDocument | undefined;
  /** False: fixes carry titles only (the editor asks for edits through code actions). */
  fixEdits?: boolean;
  /** At most settings.maxDiagnostics per file, with a note on the rest (what an editor is sent). */
  capped?: boolean;
  /** A file that cannot be read, or (with `keepGoing`) a failure while checking one: reported, then on to the next. */
  onProblem?: OnFileProblem;
  keepGoing?: boolean;
}

/** Reads and checks files one by one: the loop shared by the CLI and Lint Workspace. */
export function* lintFiles(
  service: LanguageService,
  files: readonly string[],
  options: LintFilesOptions = {},
): Generator<LintedFile> {
  const report = options.onProblem ?? (() => {});
  for (const file of files) {
    const uri = pathToFileURL(path.resolve(file)).href;
    const unsupported = unsupportedDocument(file);
    if (unsupported) {
      yield { file, uri, diagnostics: [], failed: unsupported };
      continue;
    }
    let word: WordDocument | undefined;
    let document = options.open?.(uri);
    if (isWordPath(file)) {
      const read = readWord(file);
      if ('failed' in read) {
        yield { file, uri, diagnostics: [], failed: read.failed };
        continue;
      }
      word = read.word;
      // Checked as Markdown: the projection is Markdown (see word/document.ts).
      document = TextDocument.create(uri, 'markdown', 1, word.text);
    } else if (!document) {
      try {
        document = TextDocument.create(uri, languageOfPath(file) ?? 'plaintext', 1, fs.readFileSync(file, 'utf8'));
      } catch (error) {
        report({ path: file, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? error}` });
        continue;
      }
    }
    const skipped = service.skipReason(document);
    if (skipped) {
      yield { file, uri, diagnostics: [], skipped };
      continue;
    }
    let diagnostics: Diagnostic[];
    try {
      diagnostics = service.diagnostics(document, {
        fixEdits: options.fixEdits ?? true,
        capped: options.capped,
      });
    } catch (error) {
      if (!options.keepGoing) throw error;
      report({ path: file, message: `internal error: ${(error as Error).stack ?? error}` });
      continue;
    }
    yield { file, uri, diagnostics, ...(word ? { word } : {}) };
  }
}

/** A .docx read into its projection, or why it cannot be (said for the writer). */
function readWord(file: string): { word: WordDocument } | { failed: string } {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_WORD_FILE_BYTES)
      return { failed: `over ${MAX_WORD_FILE_BYTES / 1048576} MB, too large to read as a Word file` };
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { failed: `cannot read: ${(error as NodeJS.ErrnoException).code ?? error}` };
  }
  const word = wordModule();
  try {
    return { word: word.readWordDocument(bytes) };
  } catch (error) {
    if (error instanceof word.WordFileError) return { failed: `cannot be checked: ${error.message}` };
    throw error;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
