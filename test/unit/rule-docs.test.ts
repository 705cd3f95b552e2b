import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/rules/all.generated';
import { DIAGNOSTIC_CODES } from '../../server/src/service/settings';

// Docs come from the rules' meta (node scripts/rule-docs.mjs): the diagnostics link to them.
const root = path.join(__dirname, '..', '..', '..');

describe('rule metadata and docs', () => {
  it('every rule id is a published diagnostic code and codes are unique', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.ok((DIAGNOSTIC_CODES as readonly string[]).includes(id), id);
  });

  for (const rule of RULES) {
    it(`${rule.meta.id}: docs page and README row match its meta`, () => {
      const page = fs.readFileSync(path.join(root, 'docs', 'rules', `${rule.meta.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${rule.meta.id}\n\n${rule.meta.description}\n`), 'run node scripts/rule-docs.mjs');
      assert.match(page, new RegExp(`Default severity: \\*\\*${rule.meta.defaultSeverity}\\*\\*`));
      for (const [id, template] of Object.entries(rule.meta.messages))
        assert.ok(
          page.includes(`- \`${id}\`: ${template}\n`),
          `message ${id} not listed: run node scripts/rule-docs.mjs`,
        );
      const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
      assert.ok(
        readme.includes(`| ${rule.meta.defaultSeverity} | ${rule.meta.description} |`),
        'README rule table is stale: run node scripts/rule-docs.mjs',
      );
    });
  }
});
