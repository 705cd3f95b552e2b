#!/usr/bin/env node
// Scores the claim check on a labelled probe through the command-line tool, the way a user runs it:
//   node scripts/claims-probe.mjs [PROBE.tsv] [--cli path/to/cli.js] [--verbose] [--markdown]
// Probe rows: id <TAB> flag|ok <TAB> kind <TAB> sentence [<TAB> genre <TAB> fact]; "\n" in a sentence is a line
// break. Each row is linted as its own Markdown file, so a heading never gives context to another row. A row
// counts as flagged when any unsupported-claim or overstated-claim finding is raised in its file.
// Prints precision, recall and F1 overall, then per kind (capability) and per genre. A measurement, not a test:
// it exits 0 whatever the figures (2 when the tool does not run).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const cli = resolve(option('--cli') ?? join(root, 'dist', 'cli.js'));
const verbose = args.includes('--verbose');
const markdown = args.includes('--markdown');
const probe = resolve(
  args.find((a) => !a.startsWith('--')) ?? join(root, 'test', 'fixtures', 'blind-probes', 'writers-genres.tsv'),
);
const CLAIM_CODES = new Set(['unsupported-claim', 'overstated-claim']);

const rows = readFileSync(probe, 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [id, expect, kind, sentence, genre = 'plain', fact = ''] = line.split('\t');
    if (!['flag', 'ok'].includes(expect) || !sentence) throw new Error(`${basename(probe)}: bad row ${line}`);
    return { id, expect, kind, text: sentence.replaceAll('\\n', '\n'), genre, fact };
  });

const dir = mkdtempSync(join(tmpdir(), 'claims-probe-'));
const files = rows.map((r) => {
  const file = join(dir, `${r.id}.md`);
  writeFileSync(file, `${r.text}\n`);
  return file;
});
let out;
try {
  out = execFileSync(process.execPath, [cli, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 << 20 });
} catch (e) {
  out = e.stdout;
  if (!out) {
    console.log(`therapy-lint did not run: ${String(e.stderr || e.message).slice(0, 300)}`);
    process.exit(2);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const flaggedFiles = new Map();
for (const result of JSON.parse(out)) {
  const claims = (result.diagnostics ?? []).filter((d) => CLAIM_CODES.has(String(d.code)));
  if (claims.length) flaggedFiles.set(resolve(result.file), claims);
}

const tally = () => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const overall = tally();
const byKind = new Map();
const byGenre = new Map();
const add = (map, key, field) => {
  if (!map.has(key)) map.set(key, tally());
  map.get(key)[field]++;
};
rows.forEach((r, i) => {
  const got = flaggedFiles.has(resolve(files[i]));
  const want = r.expect === 'flag';
  const field = got ? (want ? 'tp' : 'fp') : want ? 'fn' : 'tn';
  overall[field]++;
  add(byKind, r.kind, field);
  add(byGenre, r.genre, field);
  if (verbose && got !== want) {
    const why = got ? ` — raised: ${flaggedFiles.get(resolve(files[i]))[0].message.slice(0, 160)}` : '';
    console.log(
      `${want ? 'missed     ' : 'false alarm'}  ${r.id} [${r.kind}/${r.genre}] ${JSON.stringify(r.text)}${why}`,
    );
  }
});

const scores = ({ tp, fp, fn }) => {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
};
const s = scores(overall);
console.log(
  `${basename(probe)}: ${rows.length} cases (${overall.tp + overall.fn} flag, ${overall.fp + overall.tn} ok), ${basename(cli)}`,
);
console.log(
  `precision ${s.p.toFixed(3)}  recall ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (TP ${overall.tp}, FP ${overall.fp}, FN ${overall.fn}, TN ${overall.tn})`,
);
const section = (title, map) => {
  const lines = [
    '',
    markdown ? `| ${title} | cases | false caught | ok kept clean | accuracy |` : title,
    ...(markdown ? ['| --- | ---: | ---: | ---: | ---: |'] : []),
  ];
  for (const [key, t] of [...map].sort(([a], [b]) => a.localeCompare(b))) {
    const n = t.tp + t.fp + t.fn + t.tn;
    const cells = [key, String(n), `${t.tp}/${t.tp + t.fn}`, `${t.tn}/${t.tn + t.fp}`, ((t.tp + t.tn) / n).toFixed(3)];
    lines.push(markdown ? `| ${cells.join(' | ')} |` : `  ${cells[0].padEnd(16)} ${cells.slice(1).join('\t')}`);
  }
  console.log(lines.join('\n'));
};
section('capability (kind)', byKind);
section('genre', byGenre);
