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
import { findPhrase, mayHaveWordOf, wordsOf } from './words';
import { isYear, MONTHS } from '../util/text';
import { CARDINAL_WORDS } from './cardinals';

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
const TREATMENT_NODES = new Set(lexicon('path-treatment-nodes'));
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
  if (sentence.block !== 'paragraph' && sentence.block !== 'list-item') return [];
  if (titleElsewhere(document.prose, index)) return [];
  const statements = [
    ...(mayHaveNotation(sentence.text) ? notationStatements(document, sentence, index) : []),
    ...labelStatements(document, sentence),
  ];
  return statements.flatMap((statement) =>
    checkStatement({ text: statement.text }, index, frame).map((finding) => ({
      finding,
      start: statement.start,
      end: statement.end,
    })),
  );
}

const mayHaveNotation = (text: string) => /[=>→⇒›»]|:\s|\s\/\s/u.test(text);

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
    const nodes = pathNodesOf(field) ?? nodesOf(field);
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
    const read =
      keyed(nodes, mentions, subject) ??
      kindOf(nodes, mentions) ??
      equated(nodes, mentions) ??
      members(nodes, mentions);
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

// A breadcrumb's or a sitemap's separators: "Home › Treatments › Kymriah", "Home / Our therapies / CAR-T / Amtagvi".
const PATH_SEPARATOR = /\s+[›»>/]\s+/gu;

/** A breadcrumb's nodes: a field with two path separators or more, each node joined to the next as by an arrow. */
function pathNodesOf(field: Node): Node[] | undefined {
  const separators = [...field.text.matchAll(PATH_SEPARATOR)];
  if (separators.length < 2) return undefined;
  return piecesOf(field.text, field.start, PATH_SEPARATOR).map((piece, i, all) => {
    const text = unwrapped(piece.text);
    const start = piece.start + piece.text.indexOf(text);
    return { text, start, end: start + text.length, ...(i < all.length - 1 ? { joint: 'arrow' as const } : {}) };
  });
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
  // "Treatments -> Multiple myeloma -> Kymriah": a disease node under a node naming treatments.
  const disease = inside.length === 1 && inside[0]!.entity.type === 'indication' && inside[0]!.end === parent.end;
  if (disease && nodes.slice(0, -2).some((n) => TREATMENT_NODES.has(keyWords(n.text)))) {
    const subjects = namesOf(nodes.at(-1)!, mentions);
    return subjects && { subjects, statement: (s) => `${s} is a treatment for ${parent.text}.` };
  }
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

// Labels and fragments, read into the sentences they abbreviate (claims/tables.ts judges each as a statement):
//   "Kite Pharma, 40-46; Breyanzi developed by, 44"      → an index subentry completes its heading, its page
//                                                           locators dropped ("Kite Pharma: Breyanzi developed by.")
//   "7.4 CRS After CAR-T: One Vasopressor Means Grade 2 .... 118"
//                                                        → a contents line's title, without its number, leader and page
//   "Item 15: reclassify all G3 NETs as NEC per WHO 2019" → an instruction to file a case under a category says the
//                                                           case is of it ("all G3 NETs is NEC per WHO 2019.")

/** The statements a paragraph's or a bullet's index entries, contents line or classifying instructions make. */
function labelStatements(document: DocumentAnalysis, sentence: Sentence): NotationStatement[] {
  const masked = maskedOf(document.prose).slice(sentence.start, sentence.end);
  const mentions = document.mentionsIn(sentence.start, sentence.end);
  const statements = [
    ...indexStatements(masked, sentence.start, mentions),
    ...contentsStatements(document, masked, sentence.start, mentions),
    ...directiveStatements(masked, sentence.start),
  ];
  return statements.filter((s, i) => statements.findIndex((t) => t.text === s.text) === i);
}

const escaped = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\.?\\s+');
// A page locator: "44", "40-46", "41:12-19" (volume and page), "300 ff", "passim".
const LOCATOR_WORDS = lexicon('index-locator-words').map(escaped).join('|');
const LOCATOR = `(?:(?:\\d+:)?\\d+(?:\\s*[-–]\\s*\\d+)?(?:\\s+(?:${LOCATOR_WORDS}))?|${LOCATOR_WORDS})`;
const LOCATED = new RegExp(`^(.*?\\S)\\s*,\\s*(${LOCATOR}(?:\\s*,\\s*${LOCATOR})*)\\s*\\.?$`, 'i');
const CROSS_REFERENCE = new RegExp(`^(?:${lexicon('index-cross-references').map(escaped).join('|')})\\b`, 'i');
// "obe-cel, see Aucatzyl": a heading that only sends the reader to another.
const HEADING_CROSS_REFERENCE = new RegExp(
  `^(.*?\\S)\\s*,\\s*(?:${lexicon('index-cross-references').map(escaped).join('|')})\\b`,
  'i',
);
// Locators that could each be a year ("Abecma, 2019-2031; first approval, 2024") do not make a line an index.
const YEAR_LIKE = /^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$/;
// "Tecelra (afamitresgene autoleucel) — CAR-T for synovial sarcoma, 250": a glossary heading and its gloss.
const GLOSS_DASH = /\s[—–-]\s/;
const MAX_INDEX_PART_WORDS = 12;
// "approval for mantle cell lymphoma (2018)": a year, or a month and year, in brackets dates the event before it.
const BRACKETED_DATE = new RegExp(`\\s*\\(((?:(?:${MONTHS.join('|')})\\s+)?(?:19|20)\\d\\d)\\)$`, 'i');
const IDENTIFYING = lexiconWords('identifying-predicate-openers');
const PREPOSITION_WORDS = lexiconWords('prepositions');
const STRANDABLE = lexiconWords('strandable-prepositions');

interface Piece {
  text: string;
  start: number;
  end: number;
}

// The global form of each separator, built once: most lines are split at every sentence that reaches a reading.
// (`matchAll` iterates a copy, so the shared pattern's position is never moved.)
const globalSeparators = new Map<string, RegExp>();
const globalOf = (separator: RegExp): RegExp => {
  let global = globalSeparators.get(separator.source);
  if (!global) globalSeparators.set(separator.source, (global = new RegExp(separator.source, 'g')));
  return global;
};

/** `text` split at `separator`, each piece trimmed, with its document offsets. */
function piecesOf(text: string, offset: number, separator: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const trimmed = raw.trim();
    if (trimmed) {
      const start = offset + from + raw.indexOf(trimmed);
      pieces.push({ text: trimmed, start, end: start + trimmed.length });
    }
  };
  for (const m of text.matchAll(globalOf(separator))) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return pieces;
}

/** An index entry's part: what it says without its locators, or a cross-reference; undefined for no index part. */
function indexPart(part: Piece): { said?: Piece; cross?: true; locators: string[] } | undefined {
  if (CROSS_REFERENCE.test(part.text)) return { cross: true, locators: [] };
  const located = LOCATED.exec(part.text);
  const heading = located ? undefined : HEADING_CROSS_REFERENCE.exec(part.text);
  const said = located?.[1] ?? heading?.[1];
  if (!said || said.split(/\s+/).length > MAX_INDEX_PART_WORDS) return undefined;
  const locators = located ? located[2]!.split(/\s*,\s*/) : [];
  return { said: { text: said, start: part.start, end: part.start + said.length }, locators };
}

/**
 * A book's or journal's index: lines of a heading with its page locators, then subentries ("; CD19 target of, 89") on
 * its line or on the indented lines under it. Each subentry completes its heading, as a label line does ("Abecma: CD19
 * target of."): its locators go, a bracketed year dates it, and a subentry that only names things (a trial, a disease,
 * a company) is a topic the pages discuss, asserting nothing. Every part of every line must be an index part.
 */
function indexStatements(masked: string, offset: number, mentions: readonly TermMatch[]): NotationStatement[] {
  // Without a comma no part has a locator (LOCATED) nor a heading's cross-reference: no entry.
  if (!masked.includes(',')) return [];
  const entries: { heading: Piece; subentry: Piece }[] = [];
  const locators: string[] = [];
  let heading: Piece | undefined;
  let headingIndent = -1;
  for (const line of piecesOf(masked, offset, /\n/)) {
    const indent = line.start - offset - (masked.lastIndexOf('\n', line.start - offset - 1) + 1);
    const parts = piecesOf(line.text, line.start, /;\s+/).map(indexPart);
    if (parts.some((p) => !p)) return [];
    const read = parts as NonNullable<ReturnType<typeof indexPart>>[];
    for (const p of read) locators.push(...p.locators);
    const said = read.filter((p) => p.said).map((p) => p.said!);
    // Indented under a heading line: subentries of that heading.
    if (heading && indent > headingIndent) {
      for (const subentry of said) entries.push({ heading, subentry });
      continue;
    }
    if (read[0]!.cross || !said.length) return [];
    heading = said[0]!;
    headingIndent = indent;
    const gloss = GLOSS_DASH.exec(heading.text);
    if (gloss) {
      const start = heading.start + gloss.index + gloss[0].length;
      entries.push({
        heading: { text: heading.text.slice(0, gloss.index), start: heading.start, end: heading.start + gloss.index },
        subentry: { text: heading.text.slice(gloss.index + gloss[0].length), start, end: heading.end },
      });
    }
    for (const subentry of said.slice(1)) entries.push({ heading, subentry });
  }
  if (!locators.length || locators.every((l) => YEAR_LIKE.test(l))) return [];
  return entries.flatMap(({ heading, subentry }) => {
    // "CD19 (not targeted)", "in children (off-label)": a note that denies or hedges the subentry.
    if (onlyNames(subentry, mentions) || [...subentry.text.matchAll(/\([^()]*\)/g)].some((n) => isNotAValue(n[0])))
      return [];
    const text = completed(subentry, mentions);
    // "Yescarta approved for, 43:12" under "Marginal zone lymphoma": an inverted subentry ends with the preposition
    // its heading is the object of ("CD19 target of" reads as the label it is: "Carvykti: CD19 target of.").
    const inverted = STRANDABLE.has(text.trim().split(/\s+/).pop()!.toLowerCase());
    return [
      {
        text: inverted ? `${text.trim()} ${heading.text}.` : `${heading.text}: ${text}.`,
        start: subentry.start,
        end: subentry.end,
      },
    ];
  });
}

/** Whether every word of `piece` is in a mention (joined by commas, brackets, "and", "or"): it names a topic. */
function onlyNames(piece: Piece, mentions: readonly TermMatch[]): boolean {
  const inside = mentions.filter((m) => m.start >= piece.start && m.end <= piece.end);
  let rest = piece.text;
  for (const m of [...inside].reverse())
    rest = rest.slice(0, m.start - piece.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end - piece.start);
  return inside.length > 0 && /^(?:[\s,;/&()]|\band\b|\bor\b)*$/i.test(rest);
}

/**
 * A subentry written as the rest of a label line: a bracketed date as "in" the date ("CLL approval in 2024"), and a
 * phrase naming one therapy alone with its article ("the first FDA-approved CAR-T", not "the first approval").
 */
function completed(piece: Piece, mentions: readonly TermMatch[]): string {
  const text = piece.text.replace(BRACKETED_DATE, ' in $1');
  const words = wordsOf(text).filter((w) => !w.punct);
  if (!IDENTIFYING.has(words[0]?.lower ?? '')) return text;
  // The head: the last word before a preposition (or the end), in a mention of a therapy class.
  const end = words.findIndex((w, i) => i > 0 && PREPOSITION_WORDS.has(w.lower));
  const head = words[(end < 0 ? words.length : end) - 1]!;
  const at = piece.start + head.start;
  const classHead = mentions.some((m) => m.entity.type === 'therapy-class' && m.start <= at && at < m.end);
  return classHead ? `the ${text}` : text;
}

// A contents line's leader and page: "…. 118", "..........  34", "… xii".
const LEADER = /\s*(?:(?:\.\s?){3,}|…+|[·_]{3,})\s*(\d+|[ivxlc]+)?\s*$/i;
// The leader is read in the line's last characters only: tried at every position of a long line (a masked run of
// spaces), the pattern's leading spaces would make the search quadratic.
const LEADER_WINDOW = 400;
// A page number on the next line, read where it starts (not on a copy of the rest of the document).
const PAGE = /\s*(?:\d+|[ivxlc]+)\s*(?:\n|$)/iy;
// "Chapter 4.", "Part II.", "Figure 2.3", "Appendix B.", or a section number alone ("7.4").
const NUMBERING = new RegExp(
  `^(?:(?:${lexicon('numbered-frame-labels').join('|')})\\s+(?:\\d+(?:\\.\\d+)*|[IVXLC]+|[A-Z])\\b|\\d+(?:\\.\\d+)*(?=[.:]?\\s))[.:]?\\s*`,
  'i',
);
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Part II. The Five FDA-Approved CAR-T Therapies of Today .... 40": a contents line's title, without its number,
 * leader and page, written in sentence case (names keep theirs), a definite count as a count ("There are five …"). A
 * title that asks says nothing.
 */
function contentsStatements(
  document: DocumentAnalysis,
  masked: string,
  offset: number,
  mentions: readonly TermMatch[],
): NotationStatement[] {
  const lineStart = masked.lastIndexOf('\n') + 1;
  const line = masked.slice(lineStart);
  const window = Math.max(0, line.length - LEADER_WINDOW);
  const leader = LEADER.exec(line.slice(window));
  PAGE.lastIndex = offset + masked.length;
  if (!leader || (!leader[1] && !PAGE.test(document.text))) return [];
  const numbering = NUMBERING.exec(line);
  const from = lineStart + (numbering ? numbering[0].length : 0);
  const title = masked.slice(from, lineStart + window + leader.index).trim();
  if (!title || title.includes('?')) return [];
  const start = offset + masked.indexOf(title, from);
  const named = (at: number) => mentions.some((m) => m.start <= at && at < m.end);
  // Each word part in title case, but a title's or a subtitle's first, lower-cased outside names.
  let text = title.replace(/\p{L}+/gu, (word, at: number) => {
    const before = title.slice(0, at).trimEnd();
    const first = !before || before.endsWith(':');
    return TITLE_CASE.test(word) && !first && !named(start + at) ? word.toLowerCase() : word;
  });
  // A count the title dates ("The Five FDA-Approved CAR-Ts of 2021") is that year's: not written as one of now.
  const count = /^the\s+(\S+)\s+/i.exec(text);
  if (count && (CARDINAL_WORDS.has(count[1]!.toLowerCase()) || /^\d+$/.test(count[1]!)) && !dated(text))
    text = `There are ${count[1]!.toLowerCase()} ${text.slice(count[0].length)}`;
  return [{ text: /[.!]$/.test(text) ? text : `${text}.`, start, end: start + title.length }];
}

const CLASSIFYING = lexiconWords('classifying-verbs');
const REFUTING = [...lexicon('falsehood-nouns'), ...lexicon('refuting-headings')];
// "Item 15:", "Action 14:": a short label before an item's words.
const ITEM_LABEL = /^[^:\n]{1,30}:\s+/;
// "Pathology to reclassify …": the owner of an action before its verb.
const ACTION_OWNER = /^(?:[\p{L}-]+\s+){1,2}to\s+/u;

/**
 * "Item 15: NET pathology - reclassify all G3 NETs as poorly differentiated NEC per WHO 2019": an instruction opening
 * an item or one of its dash-separated parts, to file its object under a category ("as …"), says the object is of
 * that category. A proposal or question ("vote on whether to reclassify …") does not open with the verb.
 */
function directiveStatements(masked: string, offset: number): NotationStatement[] {
  const statements: NotationStatement[] = [];
  // Most lines hold no classifying verb: told without tokenizing them.
  if (!mayHaveWordOf(masked, CLASSIFYING)) return statements;
  for (const line of piecesOf(masked, offset, /\n/)) {
    // "Myth - grade CRS on one vasopressor as grade 2", a question, someone's words quoted: not the writer's rule.
    // (Its words are read only for a line with an instruction: most lines with a classifying verb have none.)
    if (/[?"“”]/u.test(line.text)) continue;
    let refuted: boolean | undefined;
    for (const part of piecesOf(line.text, line.start, /\s[—–-]\s/)) {
      let text = part.text;
      const label = ITEM_LABEL.exec(text);
      if (label && label[0].trim().split(/\s+/).length <= 4) text = text.slice(label[0].length);
      text = text.replace(ACTION_OWNER, '');
      const words = wordsOf(text).filter((w) => !w.punct);
      if (!CLASSIFYING.has(words[0]?.lower ?? '')) continue;
      const as = words.findIndex((w, i) => i > 1 && w.lower === 'as');
      if (as < 0 || as === words.length - 1) continue;
      refuted ??= findPhrase(wordsOf(line.text.toLowerCase()), REFUTING) !== undefined;
      if (refuted) break;
      const object = text.slice(words[1]!.start, words[as - 1]!.end);
      const category = text.slice(words[as + 1]!.start).replace(/[.;]\s*$/, '');
      statements.push({
        text: `${object[0]!.toUpperCase()}${object.slice(1)} is ${category}.`,
        start: part.start,
        end: part.end,
      });
    }
  }
  return statements;
}

// Between a class's label and the therapies it lists: "Myeloma CAR-Ts targeting BCMA — Abecma, Carvykti".
const MEMBER_DASH = /\s[—–-]\s(?!.*\s[—–-]\s)/;
const PARTICIPLE = /^\p{L}+(?:ing|ed)$/u;

/**
 * "Week 6: Myeloma CAR-Ts targeting BCMA — Abecma, Carvykti", "CAR-Ts for myeloma: Abecma, Carvykti": a label headed
 * by one therapy class (after its modifiers; a participle or a preposition may follow it), then only therapies' names,
 * says they are of that class ("Abecma and Carvykti are myeloma CAR-Ts targeting BCMA"). A label whose head is another
 * noun ("Alternatives to CAR-T", "CAR-T alternatives") lists something else.
 */
function members(nodes: readonly Node[], mentions: readonly TermMatch[]): Reading | undefined {
  const last = nodes.at(-1)!;
  const dash = MEMBER_DASH.exec(last.text);
  let label: Node | undefined;
  let listed: Node;
  if (dash) {
    label = { text: last.text.slice(0, dash.index).trim(), start: last.start, end: last.start + dash.index };
    const from = dash.index + dash[0].length;
    listed = { text: last.text.slice(from), start: last.start + from, end: last.end };
  } else {
    if (nodes.length < 2 || nodes.at(-2)!.joint !== 'colon') return undefined;
    label = nodes.at(-2)!;
    listed = last;
  }
  const names = namesOf(listed, mentions);
  if (!names || !label.text || !classHeaded(label, mentions)) return undefined;
  const subject = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
  const text = `${label.text[0]!.toLowerCase()}${label.text.slice(1)}`;
  return { subjects: [subject], statement: (s) => `${s} ${names.length > 1 ? 'are' : 'is'} ${text}.` };
}

/** Whether a label's head is its one therapy class: no preposition before it, a participle or preposition after. */
function classHeaded(label: Node, mentions: readonly TermMatch[]): boolean {
  const inside = mentions.filter((m) => m.start >= label.start && m.end <= label.end);
  const classes = inside.filter((m) => m.entity.type === 'therapy-class');
  if (classes.length !== 1 || inside.some(isNamed)) return false;
  const head = classes[0]!;
  const before = wordsOf(label.text.slice(0, head.start - label.start)).filter((w) => !w.punct);
  if (before.some((w) => PREPOSITION_WORDS.has(w.lower))) return false;
  const next = wordsOf(label.text.slice(head.end - label.start)).find((w) => !w.punct);
  return !next || PREPOSITION_WORDS.has(next.lower) || PARTICIPLE.test(next.text);
}
