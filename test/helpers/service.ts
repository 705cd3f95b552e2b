import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { loadKnowledgeBase } from '../../server/src/kb/load';
import type { FileSystem } from '../../server/src/document/citations/types';
import type { KnowledgeBase } from '../../server/src/kb/types';
import { createLanguageService, normalizeSettings, type LanguageService } from '../../server/src/service/index';
import type { Rule } from '../../server/src/rules/types';
import type { DocumentLanguage } from '../../server/src/text/prose';

let builtIn: KnowledgeBase | undefined;

/** The built-in knowledge base, loaded once per test run; a data problem fails loudly. */
export function builtInKnowledgeBase(): KnowledgeBase {
  if (!builtIn) {
    const { kb, problems } = loadKnowledgeBase();
    if (problems.length)
      throw new Error(
        `built-in data problems:\n${problems.map((p) => `${p.file} ${p.pointer}: ${p.message}`).join('\n')}`,
      );
    builtIn = kb;
  }
  return builtIn;
}

export function service(
  options: { settings?: unknown; rules?: readonly Rule[]; fileSystem?: FileSystem } = {},
): LanguageService {
  return createLanguageService({
    knowledgeBase: builtInKnowledgeBase(),
    settings: normalizeSettings(options.settings).settings,
    rules: options.rules,
    fileSystem: options.fileSystem,
  });
}

/** A file system holding only `files`, by path relative to `document`. */
export function filesBeside(document: TextDocument, files: Record<string, string>): FileSystem {
  const byUri = new Map(Object.entries(files).map(([name, text]) => [new URL(name, document.uri).href, text]));
  return { readFile: (uri) => byUri.get(uri) };
}

const EXTENSION: Record<DocumentLanguage, string> = { markdown: 'md', latex: 'tex', plaintext: 'txt' };
let counter = 0;

export function doc(text: string, language: DocumentLanguage = 'markdown'): TextDocument {
  return TextDocument.create(`file:///test/doc${++counter}.${EXTENSION[language]}`, language, 1, text);
}

/**
 * The edits a workspace edit makes to one document, from its versioned document changes (fixes name the
 * version they were computed for).
 */
export function documentEdits(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] | undefined {
  const changes = edit?.documentChanges?.filter(
    (c): c is TextDocumentEdit => 'edits' in c && c.textDocument.uri === uri,
  );
  return changes?.length ? changes.flatMap((c) => c.edits as TextEdit[]) : undefined;
}

/** Applies LSP text edits to a document's text (edits must not overlap). */
export function applyEdits(
  document: TextDocument,
  edits: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
  }[],
): string {
  return TextDocument.applyEdits(document, edits);
}

/** The claim findings on a Markdown text: "messageId: flagged text" (`at`) and the message. */
export function claimFindings(lint: LanguageService, text: string, uri: string): { at: string; message: string }[] {
  const document = TextDocument.create(uri, 'markdown', 1, text);
  return lint
    .diagnostics(document)
    .filter((d) => d.code === 'unsupported-claim')
    .map((d) => ({
      at: `${(d.data as { messageId?: string } | undefined)?.messageId}: ${document.getText(d.range)}`,
      message: d.message,
    }));
}

/** The claim findings on a Markdown text, each as "messageId: flagged text". */
export function claimIdsAndTexts(lint: LanguageService, text: string, uri: string): string[] {
  return claimFindings(lint, text, uri).map((f) => f.at);
}

/**
 * Table tests of claim findings on fresh documents under `file:///<folder>/`: each invalid text flagged once, as
 * contradicted, on the words given (the whole text when a row is a string); each valid text not at all.
 */
export function contradictionTable(lint: LanguageService, folder: string) {
  let version = 0;
  const findings = (text: string) => claimIdsAndTexts(lint, text, `file:///${folder}/${++version}.md`);
  return (invalid: (string | [string, string])[], valid: string[]) => {
    for (const row of invalid) {
      const [text, at] = typeof row === 'string' ? [row, row] : row;
      it(`invalid: ${text}`, () => {
        assert.deepEqual(findings(text), [`contradicted: ${at}`]);
      });
    }
    for (const text of valid)
      it(`valid: ${text}`, () => {
        assert.deepEqual(findings(text), []);
      });
  };
}
