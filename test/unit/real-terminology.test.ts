import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from '../helpers/service';

// Issue 14: every undefined-abbreviation and inconsistent-term finding on the real-text corpora (the development
// corpus and held-out sets 1 and 2) with a human verdict, like the claim judgements of test/helpers/realTextCorpus.ts.
// A finding nobody judged fails (judge it); a judged true finding that disappears fails (a recall regression).
// The message is part of what is judged: a finding whose advice changes ("write …") is judged again. Findings no
// longer raised stay as a record. REAL_TERMS_UPDATE=1 appends unjudged findings for judging.

const CORPORA = ['real-corpus', 'real-heldout', 'real-heldout-2'];
const CODES = new Set(['undefined-abbreviation', 'inconsistent-term']);
const VERDICTS = new Set(['true', 'false', 'unsure']);
const JUDGEMENTS = join(process.cwd(), 'test', 'fixtures', 'terminology-judgements.tsv');
const HEADER = 'corpus\tfile\tline\tcolumn\tcode\ttext\tverdict\tmessage\treason';
const UPDATE = process.env.REAL_TERMS_UPDATE === '1';

interface Row {
  corpus: string;
  file: string;
  line: number;
  column: number;
  code: string;
  text: string;
  verdict: string;
  message: string;
  reason: string;
}

const cell = (s: string) => s.replace(/\s+/g, ' ').trim();
const keyOf = (r: Omit<Row, 'verdict' | 'reason'>) =>
  [r.corpus, r.file, r.line, r.column, r.code, r.text, r.message].join('\t');

function docsOf(corpus: string): { file: string; text: string }[] {
  const root = join(process.cwd(), 'test', 'fixtures', corpus);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true }))
      if (d.isDirectory()) walk(join(dir, d.name));
      else if (d.name.endsWith('.md')) files.push(join(dir, d.name));
  };
  walk(join(root, 'docs'));
  return files.sort().map((path) => ({ file: relative(root, path), text: readFileSync(path, 'utf8') }));
}

function findings(): Omit<Row, 'verdict' | 'reason'>[] {
  const lint = service();
  const out: Omit<Row, 'verdict' | 'reason'>[] = [];
  for (const corpus of CORPORA)
    for (const { file, text } of docsOf(corpus)) {
      const document = TextDocument.create(`file:///corpus/${corpus}/${file}`, 'markdown', 1, text);
      for (const d of lint.diagnostics(document)) {
        const code = String(d.code);
        if (!CODES.has(code)) continue;
        out.push({
          corpus,
          file,
          line: d.range.start.line + 1,
          column: d.range.start.character + 1,
          code,
          text: cell(text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end))),
          message: cell(d.message),
        });
      }
    }
  return out;
}

function readRows(): Row[] {
  const [header, ...body] = readFileSync(JUDGEMENTS, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  assert.equal(header, HEADER, 'terminology-judgements.tsv header');
  return body.map((row, i) => {
    const [corpus, file, line, column, code, text, verdict, message, reason] = row.split('\t');
    assert.ok(corpus && file && code && text && verdict && message, `row ${i + 2} is incomplete: ${row}`);
    return {
      corpus,
      file,
      line: Number(line),
      column: Number(column),
      code,
      text,
      verdict,
      message,
      reason: reason ?? '',
    };
  });
}

describe('terminology findings on real prose (test/fixtures/terminology-judgements.tsv)', () => {
  it('every undefined-abbreviation and inconsistent-term finding is judged, and no judged true finding is lost', function () {
    this.timeout(120_000);
    const current = findings();
    const rows = readRows();
    const judged = new Map(rows.map((r) => [keyOf(r), r]));
    const unjudged = current.filter((f) => !judged.has(keyOf(f)));
    if (UPDATE && unjudged.length) {
      const lines = unjudged.map((f) =>
        [f.corpus, f.file, f.line, f.column, f.code, f.text, 'unjudged', f.message, ''].join('\t'),
      );
      writeFileSync(JUDGEMENTS, `${readFileSync(JUDGEMENTS, 'utf8').replace(/\n*$/, '\n')}${lines.join('\n')}\n`);
    }
    const live = new Set(current.map(keyOf));
    // Lost: no finding at all where a true one was (a finding whose message changed is judged again, not lost).
    const at = (r: Omit<Row, 'verdict' | 'reason' | 'message'>) =>
      [r.corpus, r.file, r.line, r.column, r.code, r.text].join('\t');
    const raised = new Set(current.map(at));
    const lost = rows.filter((r) => r.verdict === 'true' && !raised.has(at(r)));
    const bad = rows.filter((r) => !VERDICTS.has(r.verdict));
    for (const code of CODES) {
      const mine = rows.filter((r) => r.code === code && live.has(keyOf(r)));
      const count = (v: string) => mine.filter((r) => r.verdict === v).length;
      const rate = mine.length ? ((100 * count('false')) / mine.length).toFixed(1) : '0.0';
      console.log(
        `      ${code}: ${mine.length} findings: ${count('true')} true, ${count('false')} false, ` +
          `${count('unsure')} unsure; ${rate}% false alarms`,
      );
    }
    const show = (r: Omit<Row, 'verdict' | 'reason'>) =>
      `  ${r.corpus}/${r.file}:${r.line}:${r.column} ${r.code} "${r.text}": ${r.message}`;
    assert.ok(
      !unjudged.length,
      `${unjudged.length} findings have no verdict (REAL_TERMS_UPDATE=1 appends them):\n${unjudged.map(show).join('\n')}`,
    );
    assert.ok(!bad.length, `${bad.length} rows have no verdict (true, false or unsure):\n${bad.map(show).join('\n')}`);
    assert.ok(!lost.length, `${lost.length} judged true findings are no longer raised:\n${lost.map(show).join('\n')}`);
  });
});
