// Knowledge-base statistics: entities by type, sourced facts by kind, sources by kind, unverified items.
// Usage: node scripts/kb-stats.mjs [data folder]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ORDER = ['label', 'regulator', 'guideline', 'peer-reviewed', 'news', 'other'];
const dir = process.argv[2] ?? 'data';
const files = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')));
const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
const entities = new Map();
const facts = new Map();
const sources = new Map();
const citedKinds = new Map();
const kindOf = new Map();
let unverified = 0;
for (const file of files) for (const s of file.sources ?? []) kindOf.set(s.id, s.kind ?? 'other');
for (const file of files) {
  for (const s of file.sources ?? []) count(sources, s.kind ?? 'other');
  for (const e of file.entities ?? []) {
    count(entities, e.type);
    // Every object with a sources array is a sourced fact; its key names its kind.
    const visit = (value, key) => {
      if (Array.isArray(value)) return value.forEach((v) => visit(v, key));
      if (!value || typeof value !== 'object') return;
      if (Array.isArray(value.sources) && key) {
        count(facts, key);
        if (value.unverified) unverified++;
        const best = value.sources.map((id) => kindOf.get(id) ?? 'other').sort(byAuthority)[0];
        count(citedKinds, best);
      }
      for (const [k, v] of Object.entries(value)) if (k !== 'sources') visit(v, k);
    };
    visit(e, undefined);
  }
  for (const _ of file.completeness ?? []) count(facts, 'completeness');
}
function byAuthority(a, b) {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
const show = (title, map, order) =>
  console.log(
    `${title}: ${[...map]
      .sort((a, b) => (order ? byAuthority(a[0], b[0]) : b[1] - a[1]))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
show('entities by type', entities);
show('sourced facts by kind', facts);
show('sources by kind', sources, true);
show('facts by their most authoritative source', citedKinds, true);
console.log(`unverified facts: ${unverified}`);
