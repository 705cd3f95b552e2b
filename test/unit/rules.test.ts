import * as assert from 'node:assert/strict';
import { RULES } from '../../server/src/rules/all.generated';
import { TABLES } from '../../server/src/rules/tests.generated';
import type { RuleTests, ValidCase } from '../../server/src/rules/types';
import type { DiagnosticData } from '../../server/src/service/languageFeatures/diagnostics';
import { applyEdits, doc, service } from '../helpers/service';

// The ESLint-style rule tester: every rule folder's tests.ts table runs here, against that rule alone.
describe('rules (valid/invalid tables)', () => {
  for (const rule of RULES) {
    const table = (TABLES as Record<string, RuleTests>)[rule.meta.id];
    describe(rule.meta.id, () => {
      it('has a test table', () => assert.ok(table, `server/src/rules/${rule.meta.id}/tests.ts is missing`));
      if (!table) return;
      const normalize = (c: ValidCase) => (typeof c === 'string' ? { text: c } : c);
      for (const valid of table.valid.map(normalize)) {
        it(`valid: ${valid.text.slice(0, 90)}`, () => {
          const settings = { ...(valid.settings ?? {}), rules: { [rule.meta.id]: 'default' } };
          const found = service({ rules: [rule], settings }).diagnostics(doc(valid.text, valid.language));
          assert.deepEqual(
            found.map((d) => d.message),
            [],
          );
        });
      }
      for (const invalid of table.invalid) {
        it(`invalid: ${invalid.text.slice(0, 90)}`, () => {
          const document = doc(invalid.text, invalid.language);
          const found = service({ rules: [rule], settings: invalid.settings }).diagnostics(document);
          assert.equal(
            found.length,
            invalid.errors.length,
            `expected ${invalid.errors.length} finding(s), got: ${JSON.stringify(found.map((d) => d.message))}`,
          );
          invalid.errors.forEach((expected, i) => {
            const d = found[i]!;
            assert.equal(d.code, rule.meta.id);
            assert.equal(d.source, 'therapy-lint');
            if (typeof expected.message === 'string')
              assert.ok(d.message.includes(expected.message), `message "${d.message}" lacks "${expected.message}"`);
            else if (expected.message) assert.match(d.message, expected.message);
            if (expected.text !== undefined) assert.equal(document.getText(d.range), expected.text);
          });
          if (invalid.output !== undefined) {
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
