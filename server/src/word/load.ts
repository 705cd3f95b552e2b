// Reading Word files needs a zip and an XML parser that plain-text checks never use: the product
// bundles keep that code in dist/word.js (scripts/build.mjs maps './index' here to it), loaded on first use.
export type WordModule = typeof import('./index');

let loaded: WordModule | undefined;

export function wordModule(): WordModule {
  loaded ??= require('./index') as WordModule;
  return loaded;
}

/** Files checked as Word documents. */
export const isWordPath = (file: string): boolean => /\.docx$/i.test(file);

/** Word lock files (`~$paper.docx`, written while Word has the file open) are not documents. */
export const isWordLockFile = (file: string): boolean => /(?:^|[\\/])~\$[^\\/]*$/.test(file);

/** Document formats that are not checked, with what to do instead; undefined for any other file. */
export function unsupportedDocument(file: string): string | undefined {
  const extension = /\.(doc|dot|odt|rtf|pdf|pages)$/i.exec(file)?.[1]?.toLowerCase();
  if (!extension) return undefined;
  if (extension === 'pdf') return 'a PDF cannot be checked: check the .docx (or Markdown) it was made from';
  const kind = {
    doc: 'a Word 97–2003 document',
    dot: 'a Word 97–2003 template',
    odt: 'an OpenDocument text',
    rtf: 'a Rich Text file',
    pages: 'a Pages document',
  }[extension];
  return `${kind} cannot be checked: save it as .docx (Word: File › Save As › Word Document) and check that`;
}
