// Writes docs/rules/<code>.md and the README's rule table from each rule's `meta` and its test table,
// so the docs (the diagnostics' codeDescription links) never drift from the rules.
// test/unit/rule-docs.test.ts fails when they differ: run `node scripts/rule-docs.mjs` after changing a rule.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'out', 'rule-docs.cjs');
await esbuild.build({
  stdin: {
    contents:
      "export { RULES } from './server/src/rules/all.generated'; export { TABLES } from './server/src/rules/tests.generated';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'warning',
});
const { RULES, TABLES } = createRequire(import.meta.url)(out);
const rules = [...RULES].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

const text = (c) => (typeof c === 'string' ? c : c.text);
/** Each message id (what a finding's messageId, and SARIF's, names) with its template. */
const messageLines = (messages) => Object.entries(messages).map(([id, template]) => `- \`${id}\`: ${template}`);
const fence = (s) => '```markdown\n' + s.trim() + '\n```';

mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
for (const { meta } of rules) {
  const table = TABLES[meta.id] ?? { valid: [], invalid: [] };
  const lines = [
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    `- Default severity: **${meta.defaultSeverity}** (setting \`therapyLint.rules.${meta.id}\`: \`off\`, \`error\`, \`warning\`, \`information\`, \`hint\`)`,
    `- Quick fixes: ${meta.fixable ? 'yes' : 'no'}; every finding can also be suppressed by a comment that says why (without a reason, or with the placeholder "REASON", it is refused):`,
    `  \`<!-- therapy-lint-disable-next-line ${meta.id} -- quoted from the label -->\` before the line, \`disable-next-block\` before a paragraph, table or list, \`% therapy-lint-disable-line ${meta.id} -- why\` in LaTeX`,
    '',
    '## Messages',
    '',
    ...messageLines(meta.messages),
    '',
    '## Flagged',
    '',
    ...table.invalid.slice(0, 5).flatMap((c) => [fence(c.text), '']),
    '## Not flagged',
    '',
    ...table.valid.slice(0, 5).flatMap((c) => [fence(text(c)), '']),
    `The full tables are in \`server/src/rules/${meta.id}/tests.ts\`.`,
    '',
  ];
  writeFileSync(join(root, 'docs', 'rules', `${meta.id}.md`), lines.join('\n'));
}

const readme = join(root, 'README.md');
const table = rules
  .map(({ meta }) => `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.defaultSeverity} | ${meta.description} |`)
  .join('\n');
const current = readFileSync(readme, 'utf8');
const updated = current.replace(/(\|---\|---\|---\|\n)(?:\|.*\|\n)*(<!-- rules-table -->)/, `$1${table}\n$2`);
writeFileSync(readme, updated);
console.log(`docs/rules: ${rules.length} rules`);
