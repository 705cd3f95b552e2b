import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { nodeFileSystem } from './citations/nodeFileSystem';
import { builtInDataDir, loadKnowledgeBase } from './kb/load';
import { createLanguageService, normalizeSettings, skipReason } from './service/index';

// CLI wiring only: files in, the language service's diagnostics out.
const USAGE = `Usage: therapy-lint [--format text|json|sarif] [--db DIR]... [--config FILE] PATH...

Checks Markdown (.md), plain-text (.txt) and LaTeX (.tex) files or folders against the knowledge base.

Options:
  -f, --format FORMAT   text (default): file:line:col severity code message
                        json: [{ "file", "diagnostics": [LSP Diagnostic] }]
  --db DIR              use this knowledge-base folder instead of the built-in one (repeatable)
  --config FILE         JSON settings (same keys as the editor's therapyLint.* settings)
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 no errors, 1 an error-severity finding, 2 bad usage or a bad data file.`;

const EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.tex', '.latex']);
const SEVERITY_NAME = ['', 'error', 'warning', 'info', 'hint'];

class UsageError extends Error {}

interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        db: { type: 'string', multiple: true },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  const format = values.format!;
  if (!['text', 'json'].includes(format)) throw new UsageError(`unknown format "${format}" (text or json)`);
  if (positionals.length === 0) throw new UsageError('no files or folders given');

  const rawSettings = values.config ? readJson(values.config) : undefined;
  const { settings, warnings } = normalizeSettings(rawSettings);
  for (const warning of warnings) process.stderr.write(`therapy-lint: ${warning}\n`);

  const dbDirs = values.db?.length ? values.db : [builtInDataDir()];
  for (const dir of dbDirs) if (!isDirectory(dir)) throw new UsageError(`--db ${dir}: not a folder`);
  const { kb, problems } = loadKnowledgeBase(dbDirs);
  if (problems.length) {
    for (const p of problems) process.stderr.write(`therapy-lint: ${p.file}${p.line !== undefined ? `:${p.line + 1}` : ''} ${p.pointer}: ${p.message}\n`);
    return 2;
  }
  const service = createLanguageService({ knowledgeBase: kb, settings, fileSystem: nodeFileSystem });

  const results: FileResult[] = [];
  for (const file of collectFiles(positionals)) {
    const text = fs.readFileSync(file, 'utf8');
    const reason = skipReason(text, settings);
    if (reason) {
      process.stderr.write(`therapy-lint: ${file}: ${reason}\n`);
      results.push({ file, diagnostics: [] });
      continue;
    }
    const document = TextDocument.create(pathToFileURL(path.resolve(file)).href, languageIdOf(file), 1, text);
    results.push({ file, diagnostics: service.diagnostics(document) });
  }

  if (format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else process.stdout.write(formatText(results));
  return results.some((r) => r.diagnostics.some((d) => d.severity === 1)) ? 1 : 0;
}

function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      lines.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAME[d.severity ?? 1]} ${d.code} ${d.message}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function collectFiles(inputs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new UsageError(`${input}: no such file or folder`);
    }
    if (stat.isDirectory()) walk(input);
    else files.push(input);
  }
  return files;
}

function languageIdOf(file: string): string {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : ext === '.tex' || ext === '.latex' ? 'latex' : 'plaintext';
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--config ${file}: ${(error as Error).message}`);
  }
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function readVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`therapy-lint: ${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`therapy-lint: internal error: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
