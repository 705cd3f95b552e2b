#!/usr/bin/env node
// Prints the frame each table cell and bullet of a document fills for the claim check — subject, slot, value, place,
// indication — and the statement judged, or what was not understood (header, subject or value); then how many table
// cells filled every slot and which slot was missing in the others. A measurement, not a test.
//   node scripts/claims-explain.mjs FILE... [--json]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireTs } from './ts-module.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  console.error('usage: node scripts/claims-explain.mjs FILE... [--json]');
  process.exit(2);
}
const { explainDocument } = requireTs(root, 'server/src/claims/explain.ts');
const tally = { filled: 0, header: 0, subject: 0, value: 0 };
const all = [];
for (const file of files) {
  const frames = explainDocument(readFileSync(file, 'utf8'), pathToFileURL(resolve(file)).href);
  all.push({ file, frames });
  for (const f of frames) {
    if (f.kind === 'table-cell') tally[f.missing ?? 'filled']++;
    if (json) continue;
    const where = `${file}:${f.line}`;
    if (f.kind === 'list-item') {
      console.log(`${where} bullet "${f.text}" → ${f.statement ? `"${f.statement}"` : 'no statement'}`);
      continue;
    }
    const parts = [
      `subject=${f.subject ?? '?'}`,
      `slot=${f.slot ?? '?'}`,
      `value="${f.value}"`,
      f.place && `place=${f.place}`,
      f.indication && `indication=${f.indication}`,
    ].filter(Boolean);
    const verdict = f.statement ? `"${f.statement}"` : `not judged: ${f.missing} not understood`;
    console.log(`${where} [${f.header}] ${parts.join(' ')} → ${verdict}`);
  }
}
if (json) console.log(JSON.stringify(all, null, 2));
else
  console.log(
    `table cells: ${tally.filled} filled every slot; missing: header ${tally.header}, subject ${tally.subject}, value ${tally.value}`,
  );
