import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { buildCitationModel } from '../../server/src/document/citations/model';
import { sourceMatcher } from '../../server/src/document/citations/sources';
import type { CitationModel } from '../../server/src/document/citations/types';
import type { KnowledgeIndex } from '../../server/src/kb/index';
import type { LanguageService } from '../../server/src/service/index';
import type { DiagnosticData } from '../../server/src/service/languageFeatures/diagnostics';
import { extractProse } from '../../server/src/text/extract';
import { MarkdownChunks } from '../../server/src/text/markdown';
import { languageOf, type ProseDocument } from '../../server/src/text/prose';

// Applies every quick fix offered on a document, each alone, re-lints, and says what the fix damaged.

/** Fixes whose job is the citations and the reference list: they may edit citations and the list anywhere. */
const CITATION_CODES = new Set(['missing-citation', 'unknown-reference', 'uncited-reference']);
const SUPPRESS = /^Suppress /;
/** What a writer types for the suppression's placeholder before applying it. */
export const WRITTEN_REASON = 'quoted from the 2017 label';

export interface FixCheck {
  /** Fixes applied and re-linted. */
  applied: number;
  /** One line per broken promise: the fix, the document and what went wrong. */
  failures: string[];
}

export function verifyFixes(lint: LanguageService, document: TextDocument, name = document.uri): FixCheck {
  const result: FixCheck = { applied: 0, failures: [] };
  const before = lint.diagnostics(document);
  const ours = before.filter((d) => d.source === 'therapy-lint');
  // The structure of each fixed version is read with its Markdown chunks parsed once: a fix changes one or two.
  const markdown = new MarkdownChunks();
  const shape = structure(document, lint.index, markdown);
  // The editor's copy of the document, from the first fix on: each fix is applied to it as its next version, the last
  // fix undone first, as an editor applies and undoes a quick fix, so the service analyzes again what the fix changed
  // (the other blocks are those of its last version), not the whole document as for a document object it has not seen.
  const original = document.getText();
  let live: TextDocument | undefined;
  const edited = (text: string): TextDocument => {
    if (!live) return (live = TextDocument.create(document.uri, document.languageId, document.version + 1, text));
    // Undone and checked (as an editor would, without fix edits): the next version differs from it in one fix only.
    TextDocument.update(live, [{ text: original }], live.version + 1);
    lint.diagnostics(live, { fixEdits: false });
    TextDocument.update(live, [{ text }], live.version + 1);
    return live;
  };
  for (const diagnostic of ours) {
    for (const action of lint.codeActions(document, diagnostic.range, { diagnostics: [diagnostic] })) {
      if (!action.diagnostics?.includes(diagnostic)) continue;
      result.applied++;
      const fail = (problem: string) =>
        result.failures.push(
          `${name} line ${diagnostic.range.start.line + 1} ${diagnostic.code} "${action.title}": ${problem}`,
        );
      const edits = editsOf(action, document, fail);
      if (!edits) continue;
      const suppression = SUPPRESS.test(action.title);
      let text = TextDocument.applyEdits(document, edits);
      if (suppression) {
        if (!text.includes('REASON')) fail('the suppression has no REASON placeholder to fill in');
        text = text.replace('REASON', WRITTEN_REASON);
      }
      const fixed = edited(text);
      const after = lint.diagnostics(fixed);
      const fixedShape = structure(fixed, lint.index, markdown);
      for (const problem of [
        ...outsideSpan(document, diagnostic, edits, shape, fixedShape, suppression),
        ...structureChanges(shape, fixedShape, suppression),
        ...newErrors(document, before, after, edits),
        ...notFixed(document, diagnostic, before, fixed, after, action, edits),
      ])
        fail(problem);
    }
  }
  return result;
}

/** The action's edits to this document, which must name the version they were computed for. */
function editsOf(action: CodeAction, document: TextDocument, fail: (problem: string) => void): TextEdit[] | undefined {
  if (action.edit?.changes) {
    fail('unversioned edit (WorkspaceEdit.changes): a stale fix would be applied to newer text');
    return action.edit.changes[document.uri];
  }
  const own = (action.edit?.documentChanges ?? []).filter(
    (c) => 'textDocument' in c && c.textDocument.uri === document.uri,
  ) as { textDocument: { version: number | null }; edits: TextEdit[] }[];
  if (!own.length) {
    fail('no edit to the document');
    return undefined;
  }
  for (const change of own)
    if (change.textDocument.version !== document.version)
      fail(`edit for version ${change.textDocument.version}, document is at ${document.version}`);
  return own.flatMap((c) => c.edits);
}

interface Structure {
  prose: ProseDocument;
  citations: CitationModel;
  /** Every key cited (namespace:key), sorted; read once per document. */
  citedKeys(): string[];
  /** Block kinds outside reference lists, in order, and the front matter. */
  outline: string;
  comments: number;
}

function structure(document: TextDocument, index: KnowledgeIndex, markdown: MarkdownChunks): Structure {
  const prose = extractProse(document.getText(), languageOf(document.languageId, document.uri), markdown);
  const citations = buildCitationModel(prose, document.uri, sourceMatcher(index));
  // Plain text has no heading markup: "heading" is the extractor's guess from a line's length and punctuation,
  // which a fix that expands an abbreviation in a title rightly changes.
  const blocks = prose.blocks
    .filter((b) => !citations.inReferenceRegion(b.start))
    .map((b) => (prose.language === 'plaintext' && b.kind === 'heading' ? 'paragraph' : b.kind));
  let keys: string[] | undefined;
  return {
    prose,
    citations,
    citedKeys: () => (keys ??= citations.citations.flatMap((c) => c.keys.map((k) => `${c.namespace}:${k.key}`)).sort()),
    outline: `${prose.frontMatter ? 'front-matter ' : ''}${blocks.join(' ')}`,
    comments: prose.comments.length,
  };
}

function structureChanges(before: Structure, after: Structure, suppression: boolean): string[] {
  const problems: string[] = [];
  if (before.outline !== after.outline)
    problems.push(`structure changed: [${before.outline}] became [${after.outline}]`);
  if (suppression && after.comments !== before.comments + 1)
    problems.push(`the suppression is not read as one comment (${before.comments} → ${after.comments} comments)`);
  return problems;
}

/**
 * Each edit must change only the flagged span. Citation fixes may also change citations and the reference
 * list; a claim fix may replace the sentence's own citations (keeping the author's keys); a suppression
 * inserts whole lines.
 */
function outsideSpan(
  document: TextDocument,
  diagnostic: Diagnostic,
  edits: readonly TextEdit[],
  before: Structure,
  after: Structure,
  suppression: boolean,
): string[] {
  const { citations } = before;
  const text = document.getText();
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const code = String(diagnostic.code);
  const problems: string[] = [];
  for (const edit of edits) {
    let from = document.offsetAt(edit.range.start);
    let to = document.offsetAt(edit.range.end);
    const old = text.slice(from, to);
    // Only what the edit really changes: trim what it rewrites to itself.
    let newText = edit.newText;
    let prefix = 0;
    while (prefix < old.length && prefix < newText.length && old[prefix] === newText[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < old.length - prefix &&
      suffix < newText.length - prefix &&
      old[old.length - 1 - suffix] === newText[newText.length - 1 - suffix]
    )
      suffix++;
    from += prefix;
    to -= suffix;
    newText = newText.slice(prefix, newText.length - suffix);
    if (suppression) {
      const lineStart = from === 0 || text[from - 1] === '\n';
      if (from !== to || !lineStart || !newText.endsWith('\n'))
        problems.push(`the suppression is not a whole inserted line: ${JSON.stringify(edit)}`);
      continue;
    }
    if (from >= start && to <= end) continue;
    // A citation with the blanks before it ("approved~\\cite{x}" loses "~\\cite{x}").
    const inCitation = (offset: number) =>
      citations.citations.some((c) => {
        let from = c.start;
        while (from > 0 && /[ \t~]/.test(text[from - 1]!)) from--;
        return from <= offset && offset <= c.end;
      });
    const inReferences = (offset: number) => citations.inReferenceRegion(offset) || inCitation(offset);
    const own = code === 'unsupported-claim' && from >= start && ownCitationsEnd(text, end, citations) >= to;
    const reference =
      (CITATION_CODES.has(code) || code === 'unsupported-claim') &&
      ((from === to && (from === text.length || citations.lists.some((l) => from === l.end))) ||
        (CITATION_CODES.has(code) && everyVisible(text, from, to, inReferences)));
    if (!own && !reference)
      problems.push(
        `edits outside the flagged span [${start}, ${end}): ${JSON.stringify(old)} → ${JSON.stringify(newText)} at ${from}`,
      );
  }
  // Every key the author cited is still cited (a sentence citing [1] twice may become one [1]). `after` is the fixed
  // text (the edits applied; a suppression's, which this does not judge, with its reason written in).
  if (!suppression && (code === 'unsupported-claim' || !CITATION_CODES.has(code))) {
    const kept = new Set(after.citedKeys());
    const missing = [...new Set(before.citedKeys())].filter((k) => !kept.has(k));
    if (missing.length) problems.push(`removes the author's citations ${missing.join(', ')}`);
  }
  return problems;
}

/** Whether `test` holds at every non-blank character of [from, to) (an insertion: at `from`). */
function everyVisible(text: string, from: number, to: number, test: (offset: number) => boolean): boolean {
  if (from === to) return test(from);
  for (let i = from; i < to; i++) if (/\S/.test(text[i]!) && !test(i)) return false;
  return true;
}

/** The end of the citations right after a sentence (its own), through blanks between them. */
function ownCitationsEnd(text: string, end: number, citations: CitationModel): number {
  let at = end;
  for (;;) {
    let next = at;
    while (next < text.length && /[ \t~]/.test(text[next]!)) next++;
    const citation = citations.citations.find((c) => c.start === next || (c.start < next && c.end > next));
    if (!citation) return at;
    at = citation.end;
    if (text[at] === '.') at++;
  }
}

// A finding is its rule, message id and data (ESLint's messageId + data), not its wording. A claim's data is its
// relation, verdict and what identifies it (the rendered `claim` shortens its context to stay one line, so a longer
// name written by a fix changes it; a rendered `….gloss` quotes the glossary entry of the name as written, so
// expanding "CARs" can drop it). Numbers in data are counts and reference numbers that a fix may rightly change
// ("the list has 5 entries").
// A numbered citation that pointed to no reference before a fix wrote the first reference list still points to
// none after it: the same error, although the message now describes the new list (noReferenceList becomes
// beyondReferenceList).
const UNRESOLVED_NUMBER = new Set(['noReferenceList', 'beyondReferenceList']);
const key = (d: Diagnostic, wording: readonly string[] = []) => {
  const data = (d.data ?? {}) as DiagnosticData;
  const unresolved = d.code === 'unknown-reference' && UNRESOLVED_NUMBER.has(data.messageId ?? '');
  const messageId = unresolved ? 'unresolvedNumber' : data.messageId;
  const values = Object.entries(data.messageData ?? {})
    .filter(([name]) => !(d.code === 'unsupported-claim' && (name === 'claim' || name.endsWith('.gloss'))))
    .filter(([name]) => !unresolved || name === 'key')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${wording.reduce((text, words) => text.split(words).join('…'), String(value))}`);
  return `${d.code}\0${messageId}\0${values.join('\0').replace(/\d+/g, '#')}`;
};

/**
 * Errors after the fix that were not there before. Messages quote the document's wording, so the words the
 * fix replaced and wrote are left out of the comparison ("No CAR T is …" and "No CAR-T is …" are one error).
 */
function newErrors(
  before: TextDocument,
  old: readonly Diagnostic[],
  now: readonly Diagnostic[],
  edits: readonly TextEdit[],
): string[] {
  const words = new Set<string>();
  for (const edit of edits) {
    for (const text of [before.getText(edit.range), edit.newText])
      for (const part of [text, ...text.split(/[()]/)]) if (part.trim().length > 1) words.add(part.trim());
  }
  const wording = [...words].sort((a, b) => b.length - a.length);
  const known = old.filter((d) => d.severity === 1).map((d) => key(d, wording));
  const problems: string[] = [];
  for (const d of now) {
    if (d.severity !== 1) continue;
    const i = known.indexOf(key(d, wording));
    if (i >= 0) known.splice(i, 1);
    else problems.push(`new error ${d.code} at line ${d.range.start.line + 1}: ${d.message.split('\n')[0]}`);
  }
  return problems;
}

/** Idempotence: the fixed finding is gone, and the same fix is not offered again on the text it wrote. */
function notFixed(
  before: TextDocument,
  diagnostic: Diagnostic,
  old: readonly Diagnostic[],
  after: TextDocument,
  now: readonly Diagnostic[],
  action: CodeAction,
  edits: readonly TextEdit[],
): string[] {
  // Another finding the fix only moved or renumbered ("Reference 2 is never cited" becoming reference 1's).
  const moved = (document: TextDocument, d: Diagnostic) =>
    `${key(d)}\0${document.getText(d.range).replace(/\d+/g, '#')}`;
  const others = new Set(old.filter((d) => d !== diagnostic).map((d) => moved(before, d)));
  // The same words flagged at another place, new there: the finding moved to their next use (an abbreviation written
  // out inside another's full name is still undefined where it is used next).
  const flagged = before.getText(diagnostic.range);
  const movedOn = (d: Diagnostic) => after.getText(d.range) === flagged && !others.has(moved(after, d));
  const count = (list: readonly Diagnostic[], document: TextDocument) =>
    list.filter((d) => d.code === diagnostic.code && (document === before || !movedOn(d))).length;
  const problems: string[] = [];
  if (count(now, after) >= count(old, before))
    problems.push(`still flagged: ${count(old, before)} ${diagnostic.code} before, ${count(now, after)} after`);
  // Where each edit's text landed in the fixed document.
  const written: [number, number][] = [];
  let shift = 0;
  for (const edit of [...edits].sort((a, b) => before.offsetAt(a.range.start) - before.offsetAt(b.range.start))) {
    const start = before.offsetAt(edit.range.start) + shift;
    written.push([start, start + edit.newText.length]);
    shift += edit.newText.length - (before.offsetAt(edit.range.end) - before.offsetAt(edit.range.start));
  }
  const again = now.find((d) => {
    if (d.code !== diagnostic.code || others.has(moved(after, d))) return false;
    if (!(d.data as { fixes?: { title: string }[] } | undefined)?.fixes?.some((f) => f.title === action.title))
      return false;
    const [start, end] = [after.offsetAt(d.range.start), after.offsetAt(d.range.end)];
    return written.some(([from, to]) => start < to && from < end);
  });
  if (again) problems.push(`the same fix is offered again at line ${again.range.start.line + 1}`);
  return problems;
}
