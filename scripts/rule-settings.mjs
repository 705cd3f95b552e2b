// Writes the per-rule settings (therapyLint.rules.<code>) into package.json from each rule's `meta`,
// so the settings UI never drifts from the rules. test/unit/glossary-settings.test.ts fails when they differ:
// run `node scripts/rule-settings.mjs` after adding a rule or changing its meta.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'out', 'rule-meta.cjs');
await esbuild.build({
  entryPoints: [join(root, 'server/src/rules/all.generated.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'warning',
});
const { RULES } = createRequire(import.meta.url)(out);

const SEVERITIES = ['default', 'off', 'error', 'warning', 'information', 'hint'];
export function ruleSetting(meta) {
  return {
    type: 'string',
    enum: SEVERITIES,
    default: 'default',
    markdownDescription: `${meta.description} Default severity: \`${meta.defaultSeverity}\`; \`off\` disables the rule. Messages: ${Object.entries(
      meta.messages,
    )
      .map(([id, template]) => `\`${id}\` (${template})`)
      .join('; ')}.`,
  };
}

const file = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(file, 'utf8'));
const configuration = (pkg.contributes.configuration ??= { title: 'Therapy Lint', properties: {} });
const kept = Object.entries(configuration.properties).filter(([key]) => !key.startsWith('therapyLint.rules.'));
const rules = [...RULES]
  .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
  .map((r) => [`therapyLint.rules.${r.meta.id}`, ruleSetting(r.meta)]);
configuration.properties = Object.fromEntries([...kept, ...rules]);
writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
console.log(`package.json: ${rules.length} rule settings`);
