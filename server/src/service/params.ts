import type { CodeActionContext, Diagnostic, Position, Range } from 'vscode-languageserver-types';

// Shape checks for what an LSP client sends, before any of it is used: a message that fails one is
// ignored (a request gets an empty answer), never allowed to throw deep inside a feature or to corrupt a
// document's text.

type Shape<T> = (value: unknown) => value is T;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';

const isInteger = (value: unknown): value is number => Number.isSafeInteger(value);

/** LSP's uinteger. */
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

export function isPosition(value: unknown): value is Position {
  return isObject(value) && isCount(value.line) && isCount(value.character);
}

export function isRange(value: unknown): value is Range {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

function has<T>(value: unknown, fields: { [K in keyof T]: Shape<T[K]> }): value is T {
  if (!isObject(value)) return false;
  for (const [key, shape] of Object.entries(fields) as [string, Shape<unknown>][]) if (!shape(value[key])) return false;
  return true;
}

const optional =
  <T>(shape: Shape<T>): Shape<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || shape(value);

const listOf =
  <T>(shape: Shape<T>): Shape<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.every(shape);

const isDocumentId: Shape<{ uri: string }> = (value): value is { uri: string } => has(value, { uri: isString });

export interface DocumentParams {
  textDocument: { uri: string };
}
export interface PositionParams extends DocumentParams {
  position: Position;
}

export const isDocumentParams: Shape<DocumentParams> = (value): value is DocumentParams =>
  has(value, { textDocument: isDocumentId });

export const isPositionParams: Shape<PositionParams> = (value): value is PositionParams =>
  has(value, { textDocument: isDocumentId, position: isPosition });

export const isReferenceParams: Shape<PositionParams & { context: { includeDeclaration: boolean } }> = (
  value,
): value is PositionParams & { context: { includeDeclaration: boolean } } =>
  isPositionParams(value) &&
  has((value as unknown as Record<string, unknown>).context, {
    includeDeclaration: (v): v is boolean => typeof v === 'boolean',
  });

/** The editor's diagnostics in a code action request: range and message are required; code and data are checked where read. */
const isDiagnostic = (value: unknown): value is Diagnostic => has(value, { range: isRange, message: isString });

export const isCodeActionParams = (
  value: unknown,
): value is DocumentParams & { range: Range; context: CodeActionContext } =>
  has(value, {
    textDocument: isDocumentId,
    range: isRange,
    context: (context): context is CodeActionContext =>
      has(context, { diagnostics: listOf(isDiagnostic), only: optional(listOf(isString)) }),
  });

export const isCompletionItem = (value: unknown): value is { label: string } => has(value, { label: isString });

export const isDidOpen = (
  value: unknown,
): value is { textDocument: { uri: string; languageId: string; version: number; text: string } } =>
  has(value, {
    textDocument: (d): d is { uri: string; languageId: string; version: number; text: string } =>
      has(d, { uri: isString, languageId: isString, version: isInteger, text: isString }),
  });

export const isDidChange = (
  value: unknown,
): value is { textDocument: { uri: string; version: number }; contentChanges: { text: string; range?: Range }[] } =>
  has(value, {
    textDocument: (d): d is { uri: string; version: number } => has(d, { uri: isString, version: isInteger }),
    contentChanges: listOf((change): change is { text: string; range?: Range } =>
      has(change, { text: isString, range: optional(isRange) }),
    ),
  });

export const isWatchedFilesChange = (value: unknown): value is { changes: { uri: string }[] } =>
  has(value, { changes: listOf(isDocumentId) });

export const isGlossaryCardParams = (value: unknown): value is { id: string } => has(value, { id: isString });

export const isInsertTermParams = (value: unknown): value is { uri: string; position: Position; id: string } =>
  has(value, { uri: isString, position: isPosition, id: isString });

/**
 * Initialize params as vscode-languageserver reads them before our handler sees them: an object, a
 * `processId` it can watch (a garbage one would make it exit within seconds) and capability groups that
 * are objects. The rest is checked by our handler.
 */
export function wellFormedInitialize(value: unknown): Record<string, unknown> {
  const init = isObject(value) ? { ...value } : {};
  if (!(isCount(init.processId) && init.processId > 0)) init.processId = null;
  const capabilities = isObject(init.capabilities) ? { ...init.capabilities } : {};
  for (const group of ['workspace', 'textDocument', 'window', 'general', 'notebookDocument'])
    if (group in capabilities && !isObject(capabilities[group])) delete capabilities[group];
  init.capabilities = capabilities;
  return init;
}
