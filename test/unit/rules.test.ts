import * as assert from 'node:assert/strict';
import { RULES } from '../../server/src/rules/all.generated';
import { TABLES } from '../../server/src/rules/tests.generated';
import type { RuleTests, ValidCase } from '../../server/src/rules/types';
import type { DiagnosticData } from '../../server/src/service/languageFeatures/diagnostics';
import { applyEdits, doc, filesBeside, service } from '../helpers/service';
import { assertFindings, assertTableShape } from '../helpers/tables';

// The ESLint-style rule tester: every rule folder's tests.ts table runs here, against that rule alone.
describe('rules (valid/invalid tables)', () => {
  for (const rule of RULES) {
    const table = (TABLES as Record<string, RuleTests>)[rule.meta.id];
    const where = `server/src/rules/${rule.meta.id}/tests.ts`;
    describe(rule.meta.id, () => {
      it('has a test table that exercises every message', () => {
        assert.ok(table, `${where} is missing`);
        assertTableShape(where, table, rule.meta.messages);
      });
      if (!table) return;
      const normalize = (c: ValidCase) => (typeof c === 'string' ? { text: c } : c);
      for (const valid of table.valid.map(normalize)) {
        it(`valid: ${valid.text.slice(0, 90)}`, () => {
          const settings = { ...(valid.settings ?? {}), rules: { [rule.meta.id]: 'default' } };
          const document = doc(valid.text, valid.language);
          const fileSystem = valid.files && filesBeside(document, valid.files);
          const found = service({ rules: [rule], settings, fileSystem }).diagnostics(document);
          assert.deepEqual(
            found.filter((d) => d.code === rule.meta.id).map((d) => d.message),
            [],
          );
        });
      }
      for (const invalid of table.invalid) {
        it(`invalid: ${invalid.text.slice(0, 90)}`, () => {
          const document = doc(invalid.text, invalid.language);
          const fileSystem = invalid.files && filesBeside(document, invalid.files);
          const found = service({ rules: [rule], settings: invalid.settings, fileSystem }).diagnostics(document);
          for (const d of found) {
            assert.equal(d.code, rule.meta.id);
            assert.equal(d.source, 'therapy-lint');
          }
          const actual = found.map((d) => ({
            messageId: (d.data as DiagnosticData).messageId,
            message: d.message,
            text: document.getText(d.range),
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
          }));
          assertFindings(actual, invalid.errors, rule.meta.messages);
          if (invalid.output === null)
            assert.deepEqual((found[0]!.data as DiagnosticData).fixes, [], 'expected no fix on the first finding');
          else if (invalid.output !== undefined) {
            const fix = (found[0]!.data as DiagnosticData).fixes[0];
            assert.ok(fix, 'expected a fix on the first finding');
            assert.ok(fix.edits, 'expected the fix to carry its edits');
            assert.equal(applyEdits(document, fix.edits), invalid.output);
          }
        });
      }
    });
  }
});
