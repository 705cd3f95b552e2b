import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { extractProse } from '../../server/src/text/extract';
import { splitSentences } from '../../server/src/text/sentences';
import { service } from './service';

// Real published prose about cell therapy with a human verdict for every claim finding on it (issue 12): a finding
// nobody judged fails (judge it), and a judged true finding that disappears fails (a recall regression). Judged false
// alarms may stay: they are the known defects. REAL_CORPUS_UPDATE=1 rewrites manifest.tsv and appends unjudged
// findings to judgements.tsv for judging. Used by the development corpus and the held-out one alike.

const CLAIM_CODES = new Set(['unsupported-claim', 'overstated-claim']);
// 'EMA reuse': EU product information, which EMA lets anyone reproduce with the source acknowledged.
const LICENSES = new Set(['public-domain', 'CC BY-SA 4.0', 'CC BY 4.0', 'EMA reuse', 'short-quote']);
const GENRES = new Set([
  'regulator',
  'government',
  'encyclopedia',
  'abstract',
  'press-release',
  'news',
  'leaflet',
  'article',
]);
const VERDICTS = new Set(['true', 'false', 'unsure']);
const UPDATE = process.env.REAL_CORPUS_UPDATE === '1';

interface CorpusDoc {
  file: string;
  meta: Record<string, string>;
  text: string;
  sentences: number;
}

interface Finding {
  file: string;
  line: number;
  code: string;
  sentence: string;
  message: string;
}

interface Judgement {
  file: string;
  line: number;
  code: string;
  verdict: string;
  sentence: string;
  reason: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const tsvCell = (s: string) => s.replace(/\s+/g, ' ').trim();

function readDocs(root: string): CorpusDoc[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true }))
      if (d.isDirectory()) walk(join(dir, d.name));
      else if (d.name.endsWith('.md')) files.push(join(dir, d.name));
  };
  walk(join(root, 'docs'));
  return files.sort().map((path) => {
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    const fm = FRONT_MATTER.exec(text);
    const meta: Record<string, string> = {};
    for (const line of fm?.[1]?.split('\n') ?? []) {
      const m = /^(\w+): (.*)$/.exec(line);
      if (m) meta[m[1]!] = m[2]!.replace(/^"(.*)"$/, '$1');
    }
    return { file, meta, text, sentences: splitSentences(extractProse(text, 'markdown')).length };
  });
}

/** Claim findings, one per (file, code, sentence): the sentence is what a human judges. */
function claimFindings(docs: readonly CorpusDoc[]): Finding[] {
  const lint = service();
  const findings = new Map<string, Finding>();
  for (const { file, text } of docs) {
    const document = TextDocument.create(`file:///corpus/${file}`, 'markdown', 1, text);
    const sentences = splitSentences(extractProse(text, 'markdown'));
    for (const d of lint.diagnostics(document)) {
      const code = String(d.code);
      if (!CLAIM_CODES.has(code)) continue;
      const at = document.offsetAt(d.range.start);
      const owner = sentences.find((s) => s.start <= at && at < s.end);
      const sentence = tsvCell(owner ? owner.text : text.slice(at, document.offsetAt(d.range.end)));
      const key = `${file}\t${code}\t${sentence}`;
      if (!findings.has(key))
        findings.set(key, { file, line: d.range.start.line + 1, code, sentence, message: tsvCell(d.message) });
    }
  }
  return [...findings.values()];
}

function readJudgements(path: string): Judgement[] {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const [header, ...body] = rows;
  assert.equal(header, 'file\tline\tcode\tverdict\tsentence\treason', 'judgements.tsv header');
  return body.map((row, i) => {
    const [file, line, code, verdict, sentence, reason] = row.split('\t');
    assert.ok(file && code && verdict && sentence, `judgements.tsv row ${i + 2} is incomplete: ${row}`);
    return { file, line: Number(line), code, verdict, sentence, reason: reason ?? '' };
  });
}

const keyOf = (x: { file: string; code: string; sentence: string }) => `${x.file}\t${x.code}\t${x.sentence}`;
const show = (x: { file: string; line: number; code: string; sentence: string }) =>
  `  ${x.file}:${x.line} ${x.code}: ${x.sentence.length > 160 ? `${x.sentence.slice(0, 157)}...` : x.sentence}`;

/** The test suite of one corpus: `test/fixtures/<folder>` with `docs/`, `manifest.tsv` and `judgements.tsv`. */
export function describeRealTextCorpus(folder: string): void {
  const root = join(process.cwd(), 'test', 'fixtures', folder);
  const MANIFEST = join(root, 'manifest.tsv');
  const JUDGEMENTS = join(root, 'judgements.tsv');

  describe(`real-text corpus (test/fixtures/${folder})`, () => {
    const docs = readDocs(root);

    it('documents declare their source, publisher, license and genre', () => {
      assert.ok(docs.length > 0, `no documents under test/fixtures/${folder}/docs`);
      const bad = docs.flatMap(({ file, meta }) => {
        const problems: string[] = [];
        if (!/^https?:\/\//.test(meta.url ?? '')) problems.push('url');
        if (!meta.title) problems.push('title');
        if (!meta.publisher) problems.push('publisher');
        if (!LICENSES.has(meta.license ?? '')) problems.push(`license "${meta.license}"`);
        if (!GENRES.has(meta.genre ?? '')) problems.push(`genre "${meta.genre}"`);
        else if (!file.startsWith(`docs/${meta.genre}/`)) problems.push(`genre ${meta.genre} but folder ${file}`);
        return problems.length ? [`${file}: ${problems.join(', ')}`] : [];
      });
      assert.deepEqual(bad, []);
    });

    it('manifest.tsv lists every document with its sentence count', () => {
      const lines = docs.map((d) =>
        [d.file, d.meta.genre, d.meta.license, d.sentences, tsvCell(d.meta.publisher ?? ''), d.meta.url].join('\t'),
      );
      const manifest = `file\tgenre\tlicense\tsentences\tpublisher\turl\n${lines.join('\n')}\n`;
      if (UPDATE) writeFileSync(MANIFEST, manifest);
      assert.equal(
        readFileSync(MANIFEST, 'utf8'),
        manifest,
        `manifest.tsv is out of date: run REAL_CORPUS_UPDATE=1 npx mocha --no-config out/test/unit/${folder}.test.js`,
      );
    });

    it('every claim finding is judged, and no judged true finding is lost', function () {
      this.timeout(60000);
      const findings = claimFindings(docs);
      let judgements = readJudgements(JUDGEMENTS);
      const judged = new Map(judgements.map((j) => [keyOf(j), j]));
      const unjudged = findings.filter((f) => !judged.has(keyOf(f)));
      if (UPDATE && unjudged.length) {
        const rows = unjudged.map((f) =>
          [f.file, f.line, f.code, 'unjudged', f.sentence, `engine: ${f.message}`].join('\t'),
        );
        writeFileSync(JUDGEMENTS, `${readFileSync(JUDGEMENTS, 'utf8').trimEnd()}\n${rows.join('\n')}\n`);
        judgements = readJudgements(JUDGEMENTS);
      }
      const badVerdicts = judgements.filter((j) => !VERDICTS.has(j.verdict));
      const current = new Set(findings.map(keyOf));
      const lost = judgements.filter((j) => j.verdict === 'true' && !current.has(keyOf(j)));
      const fixed = judgements.filter((j) => j.verdict !== 'true' && VERDICTS.has(j.verdict) && !current.has(keyOf(j)));

      const sentences = docs.reduce((n, d) => n + d.sentences, 0);
      const live = judgements.filter((j) => current.has(keyOf(j)));
      const count = (v: string) => live.filter((j) => j.verdict === v).length;
      const falseAlarms = count('false');
      console.log(
        `      ${docs.length} documents, ${sentences} sentences; ${findings.length} claim findings: ` +
          `${count('true')} true, ${falseAlarms} false alarms, ${count('unsure')} unsure; ` +
          `${((1000 * falseAlarms) / Math.max(1, sentences)).toFixed(1)} false alarms per 1,000 sentences` +
          (fixed.length ? `; ${fixed.length} judged false alarms no longer raised` : ''),
      );

      // REAL_CORPUS_SHOW=1 lists the findings raised now with their verdicts (to judge a change's effect).
      if (process.env.REAL_CORPUS_SHOW === '1')
        for (const j of live) console.log(`      ${j.verdict}\t${show(j).trim()}\n        ${j.reason.slice(0, 200)}`);
      const report = [
        unjudged.length &&
          `${unjudged.length} claim findings have no verdict in judgements.tsv (judge each: true, false or unsure; ` +
            `REAL_CORPUS_UPDATE=1 appends them):\n${unjudged.map(show).join('\n')}`,
        badVerdicts.length &&
          `${badVerdicts.length} judgements have no verdict (true, false or unsure):\n${badVerdicts.map(show).join('\n')}`,
        lost.length &&
          `${lost.length} judged true findings are no longer raised (recall regression):\n${lost.map(show).join('\n')}`,
      ].filter(Boolean);
      assert.ok(report.length === 0, report.join('\n'));
    });
  });
}
