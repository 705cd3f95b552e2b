import * as assert from 'node:assert/strict';
import { checkClaims } from '../../server/src/claims/engine';
import { RELATIONS } from '../../server/src/claims/relations/all.generated';
import { TABLES } from '../../server/src/claims/relations/tests.generated';
import type { RelationTests } from '../../server/src/claims/relations/types';
import { analyze } from '../../server/src/document/analysis';
import { doc, service } from '../helpers/service';

// The relation tester: every relation folder's tests.ts table runs here, against that relation alone.
describe('claim relations (valid/invalid tables)', () => {
  const index = service().index;
  const findings = (text: string, relation: (typeof RELATIONS)[number]) =>
    checkClaims(analyze(doc(text), index), index, [relation]).flatMap((r) => r.findings);

  for (const relation of RELATIONS) {
    const table = (TABLES as Record<string, RelationTests>)[relation.meta.id];
    describe(relation.meta.id, () => {
      it('has a test table', () =>
        assert.ok(table, `server/src/claims/relations/${relation.meta.id}/tests.ts is missing`));
      if (!table) return;
      for (const text of table.valid) {
        it(`valid: ${text.slice(0, 90)}`, () =>
          assert.deepEqual(
            findings(text, relation).map((f) => f.message),
            [],
          ));
      }
      for (const invalid of table.invalid) {
        it(`invalid: ${invalid.text.slice(0, 90)}`, () => {
          const found = findings(invalid.text, relation);
          assert.ok(found.length > 0, 'expected a finding');
          const message = found.map((f) => f.message).join(' ');
          if (typeof invalid.message === 'string')
            assert.ok(message.includes(invalid.message), `message "${message}" lacks "${invalid.message}"`);
          else if (invalid.message) assert.match(message, invalid.message);
          for (const f of found) assert.ok(f.sources.length > 0, `finding without sources: ${f.message}`);
        });
      }
    });
  }
});
