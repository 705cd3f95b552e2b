import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { FileSystem } from '../document/citations/types';
import { type DataProblem, builtInDataDir, loadKnowledgeBase } from '../kb/load';
import { languageOfPath } from '../text/languages';
import type { WordDocument } from '../word/model';
import { isWordPath, unsupportedDocument, wordModule } from '../word/load';
import { type OnFileProblem, lintableFiles } from './files';
import { type LanguageService, createLanguageService } from './index';
import type { DiagnosticStream } from './languageFeatures/diagnostics';
import type { KnowledgeBase } from '../kb/types';
import {
  type ConfigProblem,
  type ProjectConfigFile,
  globToRegExp,
  projectConfigsFor,
  readProjectConfig,
} from './projectConfig';
import { DEFAULT_SETTINGS, type Settings, type SettingsLayer, applyLayers, readSettingsLayer } from './settings';

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
  /** Each file is checked once (the CLI): see LanguageServiceOptions.oneShot. */
  oneShot?: boolean;
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

/** A document's settings: the project files that apply to it and the editor's (or --config) on top. */
interface Resolved {
  service: LanguageService;
  settings: Settings;
  /** The ignorePaths of its project files, each relative to its file's folder. */
  ignores: { folder: string; pattern: RegExp }[];
}

export class Workspace {
  private current: { service: LanguageService; settings: Settings } | undefined;
  /**
   * What the service was last built from. VS Code sends the same configuration twice at start-up (pulled
   * after initialized, pushed as a change): neither reloads the knowledge base.
   */
  private loadedFrom: string | undefined;
  private problemFiles = new Set<string>();
  /** The editor's settings (or the CLI's --config): personal overrides over the project files. */
  private editorLayer: SettingsLayer = {};
  /** Project files by folder, and services by what they are built from; emptied when a project file changes. */
  private configsByFolder = new Map<string, ProjectConfigFile[]>();
  private services = new Map<string, LanguageService>();
  private knowledgeBases = new Map<string, { kb: KnowledgeBase; problems: DataProblem[] }>();
  /** Each project file read (undefined: none there), by path. */
  private configFiles = new Map<string, ProjectConfigFile | undefined>();
  /** Problems of project files and data files met since they were last taken (the server publishes them). */
  private pendingProblems = new Map<string, ConfigProblem[]>();
  private dataProblems: DataProblem[] = [];

  constructor(private readonly options: WorkspaceOptions) {}

  /** Undefined until the first configure. The service for documents under no project file. */
  get service(): LanguageService | undefined {
    return this.current?.service;
  }

  get settings(): Settings {
    return this.current?.settings ?? DEFAULT_SETTINGS;
  }

  /**
   * (Re)builds settings, the knowledge base and the service from raw settings (as the editor or a config
   * file sent them); unless nothing they depend on changed (`force`: a knowledge-base or project file did).
   */
  configure(rawSettings: unknown, force = false): Configured {
    const { layer, warnings } = readSettingsLayer(rawSettings);
    // "default" is how an editor shows a rule nobody set: it leaves the project's choice alone.
    if (layer.rules)
      layer.rules = Object.fromEntries(Object.entries(layer.rules).filter(([, level]) => level !== 'default'));
    const roots = this.options.roots ?? [];
    const workspaceFolders = this.options.trusted ? roots.map((root) => pathToFileURL(root).href) : undefined;
    const inputs = JSON.stringify([layer, workspaceFolders]);
    if (!force && inputs === this.loadedFrom)
      return { changed: false, warnings, problems: [], dataDiagnostics: new Map() };
    this.loadedFrom = inputs;
    this.editorLayer = layer;
    this.projectFilesChanged();
    this.services.clear();
    this.knowledgeBases.clear();
    this.dataProblems = [];
    const settings = applyLayers(DEFAULT_SETTINGS, [this.editorLayerFor()]);
    const service = this.build(settings, this.knowledgeBaseFolders(settings));
    this.current = { service, settings };
    const problems = this.dataProblems;
    this.dataProblems = [];
    return { changed: true, warnings, problems, dataDiagnostics: this.dataDiagnostics(problems) };
  }

  /** The editor's layer, its relative knowledge-base folders resolved against each workspace folder. */
  private editorLayerFor(): SettingsLayer {
    const roots = this.options.roots ?? [];
    const layer = { ...this.editorLayer };
    if (layer.knowledgeBasePaths)
      layer.knowledgeBasePaths = layer.knowledgeBasePaths.flatMap((p) =>
        path.isAbsolute(p) ? [p] : roots.map((root) => path.join(root, p)),
      );
    return layer;
  }

  /**
   * The service for a document (a path or a file: URI), built from the project files that apply to it;
   * undefined when one of their `ignorePaths` matches it.
   */
  serviceFor(document: string): LanguageService | undefined {
    const resolved = this.resolve(document);
    if (!resolved) return undefined;
    return resolved.ignores.some(({ folder, pattern }) => pattern.test(relativeTo(folder, filePath(document))))
      ? undefined
      : resolved.service;
  }

  /** The settings a document is checked with. */
  settingsFor(document: string): Settings {
    return this.resolve(document)?.settings ?? this.settings;
  }

  /** The project files that apply to a document, the farthest first. */
  projectConfigsFor(document: string): readonly ProjectConfigFile[] {
    const folder = path.dirname(filePath(document));
    const fileSystem = this.options.fileSystem;
    let configs = this.configsByFolder.get(folder);
    if (!configs) {
      // Each file is read once (until a project file changes), whichever folders it applies to.
      const read = (file: string, boundary: string) => {
        if (this.configFiles.has(file)) return this.configFiles.get(file);
        const config = fileSystem && readProjectConfig(file, fileSystem, boundary);
        this.configFiles.set(file, config);
        if (config?.problems.length) this.pendingProblems.set(file, config.problems);
        return config;
      };
      configs = fileSystem ? projectConfigsFor(folder, this.options.roots ?? [], fileSystem, read) : [];
      this.configsByFolder.set(folder, configs);
    }
    return configs;
  }

  /** A project file changed on disk: documents get their settings again. */
  projectFilesChanged(): void {
    this.configsByFolder.clear();
    // Problems published before are cleared, unless reading the file again finds them again.
    for (const [file, config] of this.configFiles) if (config?.problems.length) this.pendingProblems.set(file, []);
    this.configFiles.clear();
  }

  /**
   * Problems of project files (bad JSON, unknown keys) and of data folders they name, met since the last
   * call; an empty list for a file whose problems are gone. Undefined when there is nothing new.
   */
  takeProblems(): { config: Map<string, ConfigProblem[]>; data: DataProblem[] } | undefined {
    if (this.pendingProblems.size === 0 && this.dataProblems.length === 0) return undefined;
    const taken = { config: this.pendingProblems, data: this.dataProblems };
    this.pendingProblems = new Map();
    this.dataProblems = [];
    return taken;
  }

  private resolve(document: string): Resolved | undefined {
    if (!this.current) return undefined;
    const configs = this.projectConfigsFor(document);
    if (configs.length === 0) return { ...this.current, ignores: [] };
    const trusted = this.options.trusted && this.options.workspaceData;
    const layers = configs.map(({ folder, layer }) => ({
      ...layer,
      // Untrusted: no knowledge-base folder from the workspace is read.
      knowledgeBasePaths: trusted ? (layer.knowledgeBasePaths ?? []).map((p) => path.resolve(folder, p)) : [],
      ignorePaths: [],
    }));
    const settings = applyLayers(DEFAULT_SETTINGS, [...layers, this.editorLayerFor()]);
    const ignores = configs.flatMap(({ folder, layer }) =>
      (layer.ignorePaths ?? []).map((glob) => ({ folder, pattern: globToRegExp(glob) })),
    );
    return { service: this.build(settings, this.knowledgeBaseFolders(settings)), settings, ignores };
  }

  /** A service for these settings and folders, built once. */
  private build(settings: Settings, folders: string[]): LanguageService {
    const roots = this.options.roots ?? [];
    const workspaceFolders = this.options.trusted ? roots.map((root) => pathToFileURL(root).href) : undefined;
    const key = JSON.stringify([settings, folders]);
    let service = this.services.get(key);
    if (service) return service;
    const kbKey = JSON.stringify(folders);
    let loaded = this.knowledgeBases.get(kbKey);
    if (!loaded) {
      loaded = loadKnowledgeBase(folders);
      this.knowledgeBases.set(kbKey, loaded);
      // The first knowledge base's problems are configure's to report; later ones are taken with the rest.
      if (this.knowledgeBases.size > 1) {
        const first = [...this.knowledgeBases.values()][0]!;
        const known = new Set(first.problems.map((p) => JSON.stringify(p)));
        this.dataProblems.push(...loaded.problems.filter((p) => !known.has(JSON.stringify(p))));
      } else this.dataProblems.push(...loaded.problems);
    }
    service = createLanguageService({
      knowledgeBase: loaded.kb,
      settings,
      fileSystem: this.options.fileSystem,
      workspaceFolders,
      oneShot: this.options.oneShot,
    });
    this.services.set(key, service);
    return service;
  }

  /** Built-in (or --db) folders, then the configured ones, then each workspace folder's `.therapy-lint`. */
  private knowledgeBaseFolders(settings: Settings): string[] {
    const base = this.options.dataDirs ?? [builtInDataDir()];
    if (!(this.options.trusted && this.options.workspaceData)) return [...base];
    const roots = this.options.roots ?? [];
    const workspace = roots.map((root) => path.join(root, '.therapy-lint')).filter(isDirectory);
    return [...new Set([...base, ...settings.knowledgeBasePaths, ...workspace])];
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
    if (!this.service) return { files: 0, findings: 0 };
    const files = lintableFiles(this.options.roots ?? [], { limit: WORKSPACE_FILE_LIMIT, onProblem });
    let findings = 0;
    const options = { open, fixEdits: false, capped: true, onProblem, keepGoing: true };
    for (const result of lintFiles(this, files, options)) {
      if (result.skipped || result.ignored) continue;
      findings += result.diagnostics.length;
      publish(result.uri, result.diagnostics);
    }
    return { files: files.length, findings };
  }
}

/** Project-file problems as diagnostics on the file (the server publishes them). */
export function configDiagnostics(problems: readonly ConfigProblem[]): Diagnostic[] {
  return problems.map((problem) => ({
    range: { start: { line: problem.line, character: 0 }, end: { line: problem.line, character: 1000 } },
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'therapy-lint',
    code: 'invalid-project-config',
    message: problem.message,
  }));
}

function filePath(document: string): string {
  return path.resolve(document.startsWith('file:') ? fileURLToPath(document) : document);
}

function relativeTo(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}

/** `D`: the diagnostics as an array, or (lintFiles' `streamed`) built as they are read. */
export interface LintedFile<D extends Iterable<Diagnostic> = Diagnostic[]> {
  file: string;
  uri: string;
  diagnostics: D;
  /** Why the file was not checked (too large, binary). */
  skipped?: string;
  /** Left out by an `ignorePaths` pattern: not read. */
  ignored?: boolean;
  /** What was checked, and with which service (a checked file only). */
  document?: TextDocument;
  service?: LanguageService;
  /** Why a document could not be checked at all (a damaged or encrypted .docx, a .doc): the run fails. */
  failed?: string;
  /** A Word file: its Markdown projection (what was checked) and the map back to its paragraphs. */
  word?: WordDocument;
  /** The text checked (a Word file's projection). */
  text?: string;
}

/** A .docx larger than this is not read (its text is a small part of it; the rest is media). */
const MAX_WORD_FILE_BYTES = 256 * 1024 * 1024;

export interface LintFilesOptions {
  /** The editor's copy of a document, when it has one open. */
  open?: (uri: string) => TextDocument | undefined;
  /** False: fixes carry titles only (the editor asks for edits through code actions). */
  fixEdits?: boolean;
  /** False: no fixes at all (an output that shows none), so none is computed. */
  fixTitles?: boolean;
  /** At most settings.maxDiagnostics per file, with a note on the rest (what an editor is sent). */
  capped?: boolean;
  /** A file that cannot be read, or (with `keepGoing`) a failure while checking one: reported, then on to the next. */
  onProblem?: OnFileProblem;
  keepGoing?: boolean;
  /** Each file's diagnostics built only as they are read, once (see LanguageService.diagnosticStream). */
  streamed?: boolean;
}

/**
 * Reads and checks files one by one: the loop shared by the CLI and Lint Workspace. From a workspace, each
 * file is checked with its own settings (its project files); one that their `ignorePaths` leave out is not read.
 */
export function lintFiles(
  source: Pick<Workspace, 'serviceFor'> | LanguageService,
  files: readonly string[],
  options: LintFilesOptions & { streamed: true },
): Generator<LintedFile<DiagnosticStream>>;
export function lintFiles(
  source: Pick<Workspace, 'serviceFor'> | LanguageService,
  files: readonly string[],
  options?: LintFilesOptions,
): Generator<LintedFile>;
export function* lintFiles(
  source: Pick<Workspace, 'serviceFor'> | LanguageService,
  files: readonly string[],
  options: LintFilesOptions = {},
): Generator<LintedFile<DiagnosticStream>> {
  const report = options.onProblem ?? (() => {});
  // One service for every file (tests, tools), or each file's own.
  const workspace = 'serviceFor' in source ? source : { serviceFor: () => source };
  for (const file of files) {
    const uri = pathToFileURL(path.resolve(file)).href;
    const service = workspace.serviceFor(file);
    if (!service) {
      yield { file, uri, diagnostics: [], ignored: true };
      continue;
    }
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
    let diagnostics: DiagnosticStream;
    try {
      const diagnosticsOptions = {
        fixEdits: options.fixEdits ?? true,
        fixTitles: options.fixTitles,
        capped: options.capped,
      };
      diagnostics = options.streamed
        ? service.diagnosticStream(document, diagnosticsOptions)
        : service.diagnostics(document, diagnosticsOptions);
    } catch (error) {
      if (!options.keepGoing) throw error;
      report({ path: file, message: `internal error: ${(error as Error).stack ?? error}` });
      continue;
    }
    yield { file, uri, diagnostics, document, service, text: document.getText(), ...(word ? { word } : {}) };
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
