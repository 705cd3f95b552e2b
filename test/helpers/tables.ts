import * as assert from 'node:assert/strict';
import type { Messages } from '../../server/src/util/messages';

/** What a table's invalid case expects of one finding, for both testers (rules and claim relations). */
export interface Expected {
  messageId?: unknown;
  message?: string | RegExp;
  text?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** A finding as a tester sees it: 1-based positions, as ESLint's RuleTester reports them. */
export interface Actual {
  messageId: string | undefined;
  message: string;
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * The table's shape, as ESLint's RuleTester demands it: at least one valid and one invalid case, and every
 * message id exercised by an invalid case unless `untested` says why not.
 */
export function assertTableShape(
  where: string,
  table: { valid: unknown[]; invalid: { errors: Expected[] }[]; untested?: Record<string, string> },
  messages: Messages,
): void {
  assert.ok(table.valid.length > 0, `${where}: no valid case`);
  assert.ok(table.invalid.length > 0, `${where}: no invalid case`);
  const used = new Set(table.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
  for (const [id, why] of Object.entries(table.untested ?? {})) {
    assert.ok(Object.hasOwn(messages, id), `${where}: untested lists "${id}", which is not in meta.messages`);
    assert.ok(!used.has(id), `${where}: "${id}" is exercised, so it is not untested`);
    assert.ok(why.trim(), `${where}: untested "${id}" needs a reason`);
  }
  const missing = Object.keys(messages).filter((id) => !used.has(id) && !table.untested?.[id]);
  assert.deepEqual(missing, [], `${where}: message ids no invalid case exercises`);
}

/** The findings match the expected ones, in order; each expectation must name its message id and its range. */
export function assertFindings(actual: readonly Actual[], expected: readonly Expected[], messages: Messages): void {
  assert.equal(
    actual.length,
    expected.length,
    `expected ${expected.length} finding(s), got: ${JSON.stringify(actual.map((a) => `${a.messageId}: ${a.message}`))}`,
  );
  expected.forEach((want, i) => {
    const got = actual[i]!;
    const label = `finding ${i + 1} ("${got.message}")`;
    assert.ok(typeof want.messageId === 'string', `${label}: the table must assert its messageId`);
    assert.ok(Object.hasOwn(messages, want.messageId), `${label}: "${want.messageId}" is not in meta.messages`);
    assert.ok(
      want.text !== undefined || (want.line !== undefined && want.column !== undefined),
      `${label}: the table must assert its range (text, or line and column)`,
    );
    assert.equal(got.messageId, want.messageId, `${label}: message id`);
    if (want.text !== undefined) assert.equal(got.text, want.text, `${label}: covered text`);
    for (const key of ['line', 'column', 'endLine', 'endColumn'] as const)
      if (want[key] !== undefined) assert.equal(got[key], want[key], `${label}: ${key}`);
    if (typeof want.message === 'string')
      assert.ok(got.message.includes(want.message), `${label}: message lacks "${want.message}"`);
    else if (want.message) assert.match(got.message, want.message, `${label}: message`);
  });
}
