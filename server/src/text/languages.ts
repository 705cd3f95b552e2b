export type DocumentLanguage = 'markdown' | 'latex' | 'plaintext';

/** The one extension → language map: which files are checked (CLI, Lint Workspace) and how they are read. */
export const LANGUAGE_BY_EXTENSION: ReadonlyMap<string, DocumentLanguage> = new Map([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.txt', 'plaintext'],
  ['.tex', 'latex'],
  ['.latex', 'latex'],
]);

/** The language of a file name, path or URI by its extension; undefined when it is not one we check. */
export function languageOfPath(name: string): DocumentLanguage | undefined {
  const dot = name.lastIndexOf('.');
  if (dot < 0 || dot < name.lastIndexOf('/') || dot < name.lastIndexOf('\\')) return undefined;
  return LANGUAGE_BY_EXTENSION.get(name.slice(dot).toLowerCase());
}

/** An editor's language id wins for its own language; otherwise the extension decides (Markdown first). */
export function languageOf(languageId: string, uri = ''): DocumentLanguage {
  const id = languageId.toLowerCase();
  const byExtension = languageOfPath(uri);
  if (id === 'markdown' || byExtension === 'markdown') return 'markdown';
  if (id === 'latex' || id === 'tex' || byExtension === 'latex') return 'latex';
  return 'plaintext';
}
