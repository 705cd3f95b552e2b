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

/** The placeholder names of a template, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]!))];
}
