import type { DocumentAnalysis } from '../document/analysis';
import type { KnowledgeIndex } from '../kb/index';
import type { TermMatch } from '../terms/matcher';
import { maskedOf } from '../text/prose';
import type { Sentence } from '../text/sentences';
import { isNamed, misspelledTherapy } from './discourse';
import { lexicon, lexiconWords } from './lexicon';
import type { Period } from './period';
import { titleElsewhere } from './place';
import type { ClaimFinding } from './relations/types';
import { type Column, checkStatement, columnNamed, isNotAValue, slotStatement } from './tables';
import { findPhrase, wordsOf } from './words';
import { isYear, MONTHS } from '../util/text';

// Terse notation outside lists and tables, read into the statements a table row makes (claims/tables.ts):
//   "Yescarta sponsor -> Novartis", "Aucatzyl: REMS = true"          → the slot the key names, of the subject before it
//   "carvykti:\n  sponsor: Kite Pharma", {"product": "Kymriah", …}, "Row 4: Abecma | sponsor = Novartis"
//                                                                     → each key line of the record its name field opens
//   "/* sponsor map: Abecma -> Novartis */", "Sponsors -> Kite -> Yescarta, Tecartus"
//                                                                     → a title naming the key over subject and value
//   "Cell therapies -> CAR-T -> Tecelra"                              → a tree's leaf is a kind of its class node
// An arrow or "=" alone says nothing ("apheresis -> manufacture -> infusion", "ICE score = 10 points",
// "target BCMA -> CD19"): only a key the table headers name (data/lexicon/table-headers-*), or a class node in a tree
// path, makes one a relation, and the value must end its line.

/** A statement a notation line makes, on the line's words (document offsets). */
export interface NotationStatement {
  text: string;
  start: number;
  end: number;
}

/** A piece of a line between separators, with its document offsets. */
interface Node {
  text: string;
  start: number;
  end: number;
  /** The separator after it: an arrow, an equals sign or a colon (none at the line's end). */
  joint?: 'arrow' | 'equals' | 'colon';
}

// Fields of a record written on one line ("Row 4: Abecma | sponsor = Novartis"): lines, spaced pipes, semicolons.
const FIELD_SEPARATOR = /\n|\s\|\s|;\s/g;
// Between a key and its value, or the nodes of a path: arrows, "=", and a colon before a space or the line's end.
const NODE_SEPARATOR = /\s*(?:-{1,2}>|=>|[→⇒])\s*|\s*={1,2}\s*|:(?=\s|$)\s*/gu;
const ARROW = /[>→⇒]/u;
// A line's wrapping marks: comment openers and closers, brackets, quotes, bullets.
const OPENING_MARKS = /^[\s/*#{[("'“‘•]+/u;
const CLOSING_MARKS = new Set([' ', '\t', '/', '*', '}', ']', ')', '"', "'", '”', '’', '.', ',']);
const OPENERS: Record<string, string> = { ')': '(', ']': '[' };
// A record subject's own note ("Tecelra (synovial sarcoma)") is no part of its name.
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;
// Between the names of a node that only lists therapies ("Yescarta, Tecartus + Breyanzi", "Gilead/Kite").
const NAME_LINKS = /^(?:[\s,/+&]|and\b)*$/i;
// A JSON object's pairs quote their keys and values; elsewhere a quotation mark quotes someone's words.
const JSON_OBJECT = /^\s*\{/;
const QUOTES = /["“”]/u;
const MAP_NOUNS = lexiconWords('notation-map-nouns');
const OPEN_MARKERS = lexicon('notation-open-markers');
const SUBJECT_KEYS = new Set([...lexicon('table-headers-subject'), ...lexicon('record-name-labels')]);

const BOUNDS = lexiconWords('date-bound-words');

/**
 * "Before June 2025: Kymriah: REMS = yes", "yes (until June 2025)": a year, a month or a word bounding a period, which
 * would be lost from the statement written out.
 */
function dated(text: string): boolean {
  return wordsOf(text).some(
    (w) =>
      isYear(w.text) ||
      MONTHS.includes(w.lower) ||
      MONTHS.some((m) => m.slice(0, 3) === w.lower) ||
      BOUNDS.has(w.lower),
  );
}

/** `text` without its wrapping marks (comment marks, brackets, quotes), but for a bracket closing one inside it. */
function unwrapped(text: string): string {
  const inner = text.replace(OPENING_MARKS, '');
  let end = inner.length;
  while (end > 0 && CLOSING_MARKS.has(inner[end - 1]!)) {
    const mark = inner[end - 1]!;
    const opener = OPENERS[mark];
    const before = inner.slice(0, end - 1);
    if (opener && before.split(opener).length > before.split(mark).length) break;
    end--;
  }
  return inner.slice(0, end);
}

/** The findings of the statements a paragraph's or a bullet's notation lines make (none when it has none). */
export function checkNotation(
  document: DocumentAnalysis,
  sentence: Sentence,
  index: KnowledgeIndex,
  frame?: Period,
): { finding: ClaimFinding; start: number; end: number }[] {
  if ((sentence.block !== 'paragraph' && sentence.block !== 'list-item') || !mayHaveNotation(sentence.text)) return [];
  if (titleElsewhere(document.prose, index)) return [];
  return notationStatements(document, sentence, index).flatMap((statement) =>
    checkStatement({ text: statement.text }, index, frame).map((finding) => ({
      finding,
      start: statement.start,
      end: statement.end,
    })),
  );
}

const mayHaveNotation = (text: string) => /[=>→⇒]|:\s/u.test(text);

/** The statements the notation lines of `sentence` make, each on its line. */
export function notationStatements(
  document: DocumentAnalysis,
  sentence: Sentence,
  index: KnowledgeIndex,
): NotationStatement[] {
  const masked = maskedOf(document.prose).slice(sentence.start, sentence.end);
  const mentions = document.mentionsIn(sentence.start, sentence.end);
  const statements: NotationStatement[] = [];
  let subject: string[] | undefined;
  const json = JSON_OBJECT.test(masked);
  for (const field of fieldsOf(masked, sentence.start)) {
    const nodes = nodesOf(field);
    if (nodes.length < 2 && !field.text.trimEnd().endsWith(':')) continue;
    // A task, a question, or someone's words quoted ('("Tecelra = CAR-T", row 173)') asserts nothing of the writer's.
    if (
      findPhrase(wordsOf(field.text.toLowerCase()), OPEN_MARKERS) ||
      field.text.includes('?') ||
      (!json && QUOTES.test(field.text))
    ) {
      subject = undefined;
      continue;
    }
    // "carvykti:", "product: Breyanzi", "Row 4: Abecma": a line that only names one therapy opens a record.
    const named = recordSubject(nodes, mentions) ?? lowerCaseName(nodes, index);
    if (named) {
      subject = named;
      continue;
    }
    const read = keyed(nodes, mentions, subject) ?? kindOf(nodes, mentions) ?? equated(nodes, mentions);
    if (!read) continue;
    for (const name of read.subjects) {
      const statement = read.statement(name);
      if (statement) statements.push({ text: statement, start: field.start, end: field.end });
    }
  }
  return statements;
}

interface Reading {
  subjects: string[];
  statement: (subject: string) => string | undefined;
}

/** The record's fields: its lines, or the cells of a line; a JSON object's pairs as "key: value". */
function fieldsOf(text: string, offset: number): Node[] {
  const fields: Node[] = [];
  const push = (raw: string, at: number) => {
    const trimmed = raw.trim();
    if (trimmed) fields.push({ text: trimmed, start: offset + at + raw.indexOf(trimmed), end: 0 });
    const last = fields.at(-1);
    if (last && !last.end) last.end = last.start + last.text.length;
  };
  if (JSON_OBJECT.test(text)) {
    // {"product": "Kymriah", "vector": "gamma-retroviral"}: each pair as written, its quotes wrapping its nodes.
    for (const pair of text.matchAll(/"[^"]+"\s*:\s*(?:"[^"]*"|true|false|yes|no|\d[\w.-]*)/g))
      fields.push({ text: pair[0], start: offset + pair.index, end: offset + pair.index + pair[0].length });
    return fields;
  }
  let from = 0;
  for (const m of text.matchAll(FIELD_SEPARATOR)) {
    push(text.slice(from, m.index), from);
    from = m.index + m[0].length;
  }
  push(text.slice(from), from);
  return fields;
}

/** A field's nodes between its separators, each without its wrapping marks. */
function nodesOf(field: Node): Node[] {
  const nodes: Node[] = [];
  let from = 0;
  const push = (to: number, joint?: Node['joint']) => {
    const raw = field.text.slice(from, to);
    const text = unwrapped(raw);
    if (!text) return;
    const start = field.start + from + raw.indexOf(text);
    nodes.push({ text, start, end: start + text.length, ...(joint ? { joint } : {}) });
  };
  for (const m of field.text.matchAll(NODE_SEPARATOR)) {
    push(m.index, ARROW.test(m[0]) ? 'arrow' : m[0].includes('=') ? 'equals' : 'colon');
    from = m.index + m[0].length;
  }
  push(field.text.length);
  return nodes;
}

/** The therapies a node only names ("Yescarta, Tecartus", "[Kymriah]", "Tecelra (synovial sarcoma)"), else none. */
function namesOf(node: Node, mentions: readonly TermMatch[]): string[] | undefined {
  const text = node.text.replace(TRAILING_NOTE, '');
  const end = node.start + text.length;
  const inside = mentions.filter((m) => m.start >= node.start && m.end <= end);
  if (!inside.length || !inside.every(isNamed)) return undefined;
  let at = node.start;
  const names: string[] = [];
  for (const m of inside) {
    if (m.start >= end) break;
    if (!NAME_LINKS.test(node.text.slice(at - node.start, m.start - node.start))) return undefined;
    names.push(node.text.slice(m.start - node.start, m.end - node.start));
    at = m.end;
  }
  return names.length && at >= end ? names : undefined;
}

/** The lower-case words of a key, its underscores and camel case spaced ("first_approval", "costimDomain"). */
function keyWords(text: string): string {
  return wordsOf(text.replace(/_/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
    .filter((w) => !w.punct)
    .map((w) => w.lower)
    .join(' ');
}

/** The slot a key names ("sponsor", "co-stim", "Sponsors", "sponsor map"), if it names one. */
function columnOf(text: string): Column | undefined {
  let key = keyWords(text);
  const last = key.split(' ').at(-1)!;
  if (MAP_NOUNS.has(last)) key = key.slice(0, -last.length).trim();
  return key ? (columnNamed(key) ?? (key.endsWith('s') ? columnNamed(key.slice(0, -1)) : undefined)) : undefined;
}

/** "Yescarta sponsor": a node that names therapies and then the slot's key. */
function namedKey(node: Node, mentions: readonly TermMatch[]): { names: string[]; column: Column } | undefined {
  const inside = mentions.filter((m) => m.start >= node.start && m.end <= node.end);
  const last = inside.at(-1);
  if (!last || last.end >= node.end) return undefined;
  const head: Node = { text: node.text.slice(0, last.end - node.start), start: node.start, end: last.end };
  const names = namesOf(head, inside);
  const key = node.text.slice(last.end - node.start).replace(/^['’]s\b/, '');
  const column = names && columnOf(key);
  return column ? { names: names!, column } : undefined;
}

/** A field that names one therapy as its record's subject, after labels that name nothing or a subject key. */
function recordSubject(nodes: readonly Node[], mentions: readonly TermMatch[]): string[] | undefined {
  const last = nodes.at(-1)!;
  const names = namesOf(last, mentions);
  if (names?.length !== 1) return undefined;
  const labels = nodes.slice(0, -1);
  const unnamed = (n: Node) => !mentions.some((m) => m.start >= n.start && m.end <= n.end);
  if (!labels.every((n) => unnamed(n) && (SUBJECT_KEYS.has(keyWords(n.text)) || !columnOf(n.text)))) return undefined;
  return names;
}

/**
 * "carvykti:" over "  sponsor: Kite Pharma": a record's key written as a brand in lower case, as configuration files
 * write keys, names that brand (the matcher reads a brand only in its own case or in capitals).
 */
function lowerCaseName(nodes: readonly Node[], index: KnowledgeIndex): string[] | undefined {
  const word = nodes.length === 1 ? nodes[0]!.text : '';
  if (!/^\p{Ll}{5,}$/u.test(word)) return undefined;
  const brand = misspelledTherapy(word, index)?.aliases?.find(
    (a) => a.kind === 'brand' && a.text.toLowerCase() === word,
  );
  return brand ? [brand.text] : undefined;
}

/**
 * "Yescarta sponsor -> Novartis", "Aucatzyl: REMS = true", "vector: gamma-retroviral" in a record about Kymriah,
 * "sponsor map: Abecma -> Novartis", "Sponsors -> Gilead/Kite -> Yescarta, Tecartus": the first node that names a key,
 * its subject (in the node, right before it, in one of the two nodes after it, or the record's) and its value, which
 * ends the line. Nodes before the subject are labels naming nothing ("data:", "Row 4:").
 */
function keyed(
  nodes: readonly Node[],
  mentions: readonly TermMatch[],
  record: string[] | undefined,
): Reading | undefined {
  const named = (n: Node) => mentions.some((m) => m.start >= n.start && m.end <= n.end);
  for (let i = 0; i < nodes.length - 1; i++) {
    const own = namedKey(nodes[i]!, mentions);
    const column = own?.column ?? columnOf(nodes[i]!.text);
    if (!column) {
      // A label that names something is not one before the key ("Abecma: …" is the key's subject at most).
      if (named(nodes[i]!) && i < nodes.length - 2 && !namesOf(nodes[i]!, mentions)) return undefined;
      continue;
    }
    const after = nodes.slice(i + 1);
    const before = nodes.slice(0, own ? i : Math.max(0, i - 1));
    if (before.some(named) || nodes.slice(0, i + 1).some((n) => dated(n.text))) return undefined;
    const reading = (subjects: string[] | undefined, value: Node) =>
      subjects && !namesOf(value, mentions) ? { subjects, statement: statementOf(column, value) } : undefined;
    if (after.length === 1) {
      const previous = i > 0 ? namesOf(nodes[i - 1]!, mentions) : undefined;
      if (i > 0 && !own && !previous && named(nodes[i - 1]!)) return undefined;
      return reading(own?.names ?? previous ?? record, after[0]!);
    }
    // A title over a pair: whichever of the two only names therapies is the subject.
    if (after.length === 2 && !own) {
      const [first, second] = after as [Node, Node];
      return reading(namesOf(first, mentions), second) ?? reading(namesOf(second, mentions), first);
    }
    return undefined;
  }
  return undefined;
}

/** The statement of a subject and a value under a key; a value's own note goes unless it hedges, negates or dates. */
const statementOf = (column: Column, value: Node) => (subject: string) => {
  const note = TRAILING_NOTE.exec(value.text);
  const plain = note && !isNotAValue(note[0]) && !dated(note[0]) ? value.text.slice(0, note.index) : value.text;
  return slotStatement(column, subject, plain)?.text;
};

/**
 * "Cell therapies -> CAR-T -> Tecelra (synovial sarcoma)": in a tree path of two arrows or more, a last node that only
 * names therapies under a node that names one therapy class (after its modifiers) says each is of that class.
 */
function kindOf(nodes: readonly Node[], mentions: readonly TermMatch[]): Reading | undefined {
  if (nodes.length < 3 || !nodes.slice(0, -1).every((n) => n.joint === 'arrow')) return undefined;
  const parent = nodes.at(-2)!;
  const inside = mentions.filter((m) => m.start >= parent.start && m.end <= parent.end);
  const classes = inside.filter((m) => m.entity.type === 'therapy-class');
  // "CAR-T", "FDA-approved CAR-T": the class ends the node, after its modifiers (a regulator's name at most).
  if (classes.length !== 1 || classes[0]!.end !== parent.end) return undefined;
  if (inside.some((m) => m !== classes[0] && m.entity.type !== 'regulator')) return undefined;
  const subjects = namesOf(nodes.at(-1)!, mentions);
  if (!subjects) return undefined;
  // "an FDA-approved CAR-T": an initialism read from a letter whose name opens with a vowel.
  const article = /^(?:[aeiouAEIOU]|[FHLMNRSX][A-Z])/.test(parent.text) ? 'an' : 'a';
  return { subjects, statement: (s) => `${s} is ${article} ${parent.text}.` };
}

/**
 * "Tecelra = CAR-T vs MAGE-A4": an equals sign between one therapy's name and what it is, with nothing else on the
 * line, is the copula ("Tecelra is CAR-T vs MAGE-A4"); the value is judged as a predicate noun is.
 */
function equated(nodes: readonly Node[], mentions: readonly TermMatch[]): Reading | undefined {
  if (nodes.length !== 2 || nodes[0]!.joint !== 'equals') return undefined;
  const subjects = namesOf(nodes[0]!, mentions);
  const value = nodes[1]!;
  if (subjects?.length !== 1 || namesOf(value, mentions) || isNotAValue(value.text)) return undefined;
  return { subjects, statement: (s) => `${s} is ${value.text}.` };
}
