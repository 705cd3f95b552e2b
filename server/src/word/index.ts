// The Word module: its own bundle (dist/word.js), loaded only when a .docx is checked (see load.ts).
export { readWordDocument } from './document';
export { locate, type WordDocument, type WordLocation, type WordParagraph } from './model';
export { annotateWordDocument, type WordComment } from './annotate';
export { WordFileError } from './zip';
