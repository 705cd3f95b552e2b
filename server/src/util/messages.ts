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
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.hasOwn(data, name) ? data[name] : undefined;
    if (value === undefined) throw new Error(`${owner}: message "${id}" has no data for {{${name}}}`);
    return String(value);
  });
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
