/** Message templates by id, ESLint's `meta.messages`: `{{name}}` placeholders filled from a finding's data. */
export type Messages = Readonly<Record<string, string>>;
export type MessageData = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * The message `id` of `owner` (a rule or relation id, for the error) with its placeholders filled in. An
 * unknown id or a placeholder without data is a bug in the rule, thrown as ESLint does: every id is
 * exercised by the rule's test table, so tests find it.
 */
export function formatMessage(owner: string, messages: Messages, id: string, data: MessageData = {}): string {
  const template = Object.hasOwn(messages, id) ? messages[id] : undefined;
  if (template === undefined) throw new Error(`${owner}: unknown message id "${id}"`);
  const parts = partsOf(template);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = Object.hasOwn(data, name) ? data[name] : undefined;
    if (value === undefined) throw new Error(`${owner}: message "${id}" has no data for {{${name}}}`);
    text += String(value) + parts[i + 1]!;
  }
  // A value cut with "…" before the template's full stop ends the sentence already.
  return text.includes('…') ? text.replace(/…\./g, '…') : text;
}

/** Whether message `id` is one placeholder and nothing else: formatting it is reading its value. */
export function isOnePlaceholder(messages: Messages, id: string): boolean {
  const template = Object.hasOwn(messages, id) ? messages[id] : undefined;
  if (template === undefined) return false;
  const parts = partsOf(template);
  return parts.length === 3 && parts[0] === '' && parts[2] === '';
}

// Templates split once at their placeholders: literal, name, literal, … (each finding formats its message, some
// several times to fit one line).
const templateParts = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (!parts) {
    const split: string[] = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      split.push(template.slice(last, match.index), match[1]!);
      last = match.index + match[0].length;
    }
    split.push(template.slice(last));
    templateParts.set(template, (parts = split));
  }
  return parts;
}

/**
 * The template as a SARIF message string (SARIF 2.1.0 §3.11.5): `{{name}}` becomes `{i}`, `i` being the name's
 * place in `placeholdersOf`, and literal braces are doubled.
 */
export function sarifMessageString(template: string): string {
  const names = placeholdersOf(template);
  let out = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    out += escapeBraces(template.slice(last, match.index)) + `{${names.indexOf(match[1]!)}}`;
    last = match.index + match[0].length;
  }
  return out + escapeBraces(template.slice(last));
}

const escapeBraces = (text: string) => text.replace(/[{}]/g, (brace) => brace + brace);

/** The placeholder names of a template, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]!))];
}

/** Findings are read in one line of a Problems panel: messages stay within about this many characters. */
export const MESSAGE_MAX = 160;

/**
 * "A, B and C", or "A, B and 3 more" when writing them all would pass `max` characters: a message names
 * what fits and counts the rest (the hover card has them all).
 */
export function listWithin(items: readonly string[], max: number, separator = ', '): string {
  const all = joinAnd(items, separator);
  if (all.length <= max || items.length < 2) return all;
  for (let shown = items.length - 1; shown >= 1; shown--) {
    const text = `${items.slice(0, shown).join(separator)} and ${items.length - shown} more`;
    if (text.length <= max || shown === 1) return text;
  }
  return all;
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: readonly string[], separator = ', '): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(separator)} and ${items[items.length - 1]}`;
}

/**
 * The gist of a recorded statement for a one-line message: its first sentence, cut at a clause boundary
 * (or a word, with "…") when longer than `max`, without its final full stop.
 */
export function gist(text: string, max: number): string {
  const first = (/^.*?[.!?](?=\s+[A-Z]|$)/.exec(text.trim())?.[0] ?? text.trim()).replace(/[.!?]$/, '');
  if (first.length <= max) return first;
  const head = first.slice(0, max);
  // Clause boundaries outside parentheses only: a cut never leaves one open ("(e.g. tocilizumab, …").
  let clause = -1;
  let depth = 0;
  let open = -1;
  for (let k = 0; k < head.length; k++) {
    const c = head[k];
    if (c === '(') {
      if (depth++ === 0) {
        open = k;
        if (head[k - 1] === ' ') clause = k - 1;
      }
    } else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ';' || c === ',' || c === ':') && head[k + 1] === ' ') clause = k;
  }
  if (clause > max / 2) return head.slice(0, clause);
  let word = head.lastIndexOf(' ');
  if (depth > 0 && open >= 0 && open < word) word = open;
  return (
    head
      .slice(0, word)
      .trimEnd()
      .replace(/[,;:]$/, '') + '…'
  );
}

/**
 * The first of `candidates` (the message's data, most informative first) whose message fits in MESSAGE_MAX
 * characters, else the last: optional parts of a message ("It is approved for …") give way to a one-line message.
 */
export function fitting(
  owner: string,
  messages: Messages,
  id: string,
  candidates: readonly MessageData[],
): MessageData {
  const chosen =
    candidates.find((data) => formatMessage(owner, messages, id, data).length <= MESSAGE_MAX) ??
    candidates[candidates.length - 1]!;
  const varying = new Set(
    candidates.flatMap((data) => Object.keys(data).filter((key) => data[key] !== candidates[0]![key])),
  );
  if (varying.size) fitted.set(chosen, varying);
  return chosen;
}

const fitted = new WeakMap<MessageData, ReadonlySet<string>>();

/**
 * The data without what `fitting` shortened to keep the message on one line: what identifies the finding (its
 * subject and verdict), whatever the length of the words around it.
 */
export function identifyingData(data: MessageData): MessageData {
  const varying = fitted.get(data);
  return varying ? Object.fromEntries(Object.entries(data).filter(([key]) => !varying.has(key))) : data;
}
