import { maskExcept, type Comment, type ProseBlock, type ProseDocument, type Span } from './prose';
import { lineBlocks } from './plaintext';

// Environments whose whole body is not prose.
const VERBATIM_ENVIRONMENTS = new Set([
  'equation',
  'equation*',
  'align',
  'align*',
  'gather',
  'gather*',
  'multline',
  'multline*',
  'math',
  'displaymath',
  'verbatim',
  'lstlisting',
  'minted',
  'comment',
  'tikzpicture',
  'thebibliography',
]);
// Environments that print a "%" as it is: no comments inside.
const LITERAL_ENVIRONMENTS = new Set(['verbatim', 'lstlisting', 'minted', 'comment']);
// A \begin's environment name, read where the command ends; it stops at a second '{' so a brace never closed is
// not read to the end of the document from every \begin.
const ENVIRONMENT = /\{([^{}]*)\}/y;

/** The `%` comments in [from, to) of an environment that is not prose. */
function commentsIn(source: string, from: number, to: number, into: Comment[]): void {
  const body = source.slice(from, to);
  if (!body.includes('%')) return;
  for (const m of body.matchAll(/(?<!\\)%[^\n]*/g)) {
    const start = from + m.index;
    into.push({ start, end: start + m[0].length, text: m[0].slice(1).trim() });
  }
}

// Commands whose first braced argument is a key, a path or a name, never prose.
const KEY_COMMANDS = new Set([
  'cite',
  'citep',
  'citet',
  'citeauthor',
  'citeyear',
  'parencite',
  'textcite',
  'autocite',
  'footcite',
  'nocite',
  'ref',
  'eqref',
  'autoref',
  'cref',
  'Cref',
  'pageref',
  'label',
  'usepackage',
  'documentclass',
  'input',
  'include',
  'includegraphics',
  'bibliography',
  'bibliographystyle',
  'addbibresource',
  'url',
  'begin',
  'end',
  'hypersetup',
  'newcommand',
  'renewcommand',
  'setlength',
  'color',
  'textcolor',
  'vspace',
  'hspace',
]);
const HEADING_COMMANDS = new Set([
  'part',
  'chapter',
  'section',
  'subsection',
  'subsubsection',
  'paragraph',
  'title',
  'caption',
]);

/** LaTeX: command names, comments, math and key arguments are masked; \section titles are headings. */
export function extractLatex(source: string): ProseDocument {
  const prose: Span[] = [];
  const comments: Comment[] = [];
  const headings: Span[] = [];
  let textStart = 0;
  const flush = (end: number) => {
    if (end > textStart) prose.push({ start: textStart, end });
  };
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (c === '%') {
      flush(i);
      let e = source.indexOf('\n', i);
      if (e < 0) e = n;
      comments.push({ start: i, end: e, text: source.slice(i + 1, e).trim() });
      i = textStart = e;
    } else if (c === '$') {
      flush(i);
      const display = source[i + 1] === '$';
      const close = display ? source.indexOf('$$', i + 2) : findUnescaped(source, '$', i + 1);
      i = textStart = close < 0 ? n : close + (display ? 2 : 1);
    } else if (c === '\\') {
      flush(i);
      const next = source[i + 1];
      if (next === '(' || next === '[') {
        const close = source.indexOf(next === '(' ? '\\)' : '\\]', i + 2);
        i = textStart = close < 0 ? n : close + 2;
        continue;
      }
      const name = /^[A-Za-z@]+\*?/.exec(source.slice(i + 1, i + 40))?.[0];
      if (!name) {
        // Escaped character such as \% or \&: the character itself is prose.
        textStart = i + 1;
        i += 2;
        continue;
      }
      let j = i + 1 + name.length;
      const bare = name.replace(/\*$/, '');
      if (bare === 'begin') {
        ENVIRONMENT.lastIndex = j;
        const env = ENVIRONMENT.exec(source);
        if (env && VERBATIM_ENVIRONMENTS.has(env[1]!)) {
          const endTag = `\\end{${env[1]}}`;
          const close = source.indexOf(endTag, j);
          // Math, pictures and thebibliography still have comments (a suppression before a \bibitem).
          if (!LITERAL_ENVIRONMENTS.has(env[1]!)) commentsIn(source, j, close < 0 ? n : close, comments);
          i = textStart = close < 0 ? n : close + endTag.length;
          continue;
        }
      }
      if (KEY_COMMANDS.has(bare)) {
        j = skipOptionalArgs(source, j);
        if (source[j] === '{') j = matchBrace(source, j);
        if (bare === 'href' || bare === 'url') j = skipOptionalArgs(source, j);
      } else if (bare === 'href') {
        if (source[j] === '{') j = matchBrace(source, j);
      } else {
        j = skipOptionalArgs(source, j);
        if (HEADING_COMMANDS.has(bare) && source[j] === '{') {
          const close = matchBrace(source, j);
          headings.push({ start: j + 1, end: close - 1 });
        }
      }
      i = textStart = j;
    } else if (c === '{' || c === '}' || c === '~' || c === '&') {
      flush(i);
      i = textStart = i + 1;
    } else {
      i++;
    }
  }
  flush(n);
  const masked = maskExcept(source, prose);
  const blocks: ProseBlock[] = lineBlocks(source, masked).map((block) => ({ ...block, kind: 'paragraph' }));
  for (const heading of headings) {
    const block = blocks.find((b) => b.start < heading.end && b.end > heading.start);
    if (block) block.kind = 'heading';
  }
  return { language: 'latex', source, masked, blocks: mergeWrapped(blocks, source, masked), comments };
}

/**
 * LaTeX paragraphs are separated by blank lines: join hard-wrapped lines into one block. A line holding only
 * a comment does not end a paragraph (its `%` swallows the line break).
 */
function mergeWrapped(blocks: ProseBlock[], source: string, masked: string): ProseBlock[] {
  const merged: ProseBlock[] = [];
  const blankLine = /\n[ \t]*(?=\n)/g;
  const separated = (from: number, to: number) => {
    blankLine.lastIndex = from;
    for (let m = blankLine.exec(masked); m && m.index < to; m = blankLine.exec(masked))
      if (!/^\n[ \t]*%/.test(source.slice(m.index, m.index + m[0].length + 1))) return true;
    return false;
  };
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'paragraph' && block.kind === 'paragraph' && !separated(last.end, block.start)) {
      last.end = block.end;
    } else {
      merged.push({ ...block });
    }
  }
  return merged;
}

function findUnescaped(source: string, ch: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ch) return i;
  }
  return -1;
}

function skipOptionalArgs(source: string, j: number): number {
  while (source[j] === '[') {
    const close = source.indexOf(']', j);
    if (close < 0) return source.length;
    j = close + 1;
  }
  return j;
}

/** From an opening brace, returns the offset after its matching closing brace. */
function matchBrace(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return source.length;
}
