import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RULES } from '../../server/src/rules/all.generated';
import { RULE_DOCS_BASE } from '../../server/src/service/languageFeatures/diagnostics';
import { configWith, runCli, runJson, type JsonResult } from '../helpers/cli';

// The bundled CLI as a pipeline step: formats, exit codes, --quiet, --max-warnings, stdin lists, globs, summary.
const FINDINGS = ['notes/findings.md', 'notes/findings.txt'].map((f) => path.normalize(f));
const CLEAN = path.normalize('drafts/clean.md');
const ruleIds = RULES.map((rule) => rule.meta.id);
const count = (results: JsonResult[]) => results.reduce((n, r) => n + r.diagnostics.length, 0);
/** What a finding is, without the pointers into data files (those move whenever the data is edited). */
const findingsOf = (results: JsonResult[]) =>
  results.map((r) => ({
    file: r.file,
    diagnostics: r.diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message, severity: d.severity })),
  }));

describe('CLI in pipelines (dist/cli.js)', () => {
  let findings: JsonResult[];
  let asErrors: string;
  let asWarnings: string;

  before(function () {
    findings = runJson(FINDINGS);
    if (count(findings) === 0)
      throw new Error('the fixtures in test/fixtures/cli/notes produce no finding: every test below needs some');
    asErrors = configWith(ruleIds, 'error');
    asWarnings = configWith(ruleIds, 'warning');
  });

  describe('formats', () => {
    it('text: one `file:line:col severity code message` line per finding, as in JSON', () => {
      const run = runCli(FINDINGS);
      const lines = run.stdout.trimEnd().split('\n');
      const expected = findings.flatMap((r) =>
        r.diagnostics.map(
          (d) =>
            `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${['', 'error', 'warning', 'info', 'hint'][d.severity!]} ${d.code} ${d.message}`,
        ),
      );
      assert.deepEqual(lines, expected);
    });

    it('json: every diagnostic as the server publishes it', () => {
      for (const result of findings) {
        for (const d of result.diagnostics) {
          assert.equal(d.source, 'therapy-lint');
          assert.equal(typeof d.code, 'string');
          assert.ok(ruleIds.includes(d.code as never), `code ${d.code} belongs to a rule`);
          assert.ok([1, 2, 3, 4].includes(d.severity!));
        }
      }
      assert.deepEqual(
        findings.map((r) => r.file),
        FINDINGS,
      );
    });

    it("json: compact, one diagnostic a line, each source described once in the file's table", () => {
      const run = runCli(['--format', 'json', ...FINDINGS]);
      const lines = run.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 2 + FINDINGS.length + count(findings), 'one line per file entry and diagnostic');
      assert.ok(!lines.some((line) => /^\s/.test(line)), 'no indentation');
      let named = 0;
      for (const result of findings) {
        const ids = new Set(result.diagnostics.flatMap((d) => d.data.sources as string[]));
        assert.deepEqual(
          Object.keys(result.sources).sort(),
          [...ids].sort(),
          `${result.file}: its table lists what it names`,
        );
        for (const [id, source] of Object.entries(result.sources)) {
          assert.ok(source.title && source.publisher, `${id} is described`);
          assert.ok(!('curationNote' in source), 'curation notes are never shown');
        }
        for (const d of result.diagnostics) assert.equal(d.relatedInformation, undefined, 'no source rows repeated');
        // Each rule's documentation link once per file, not in each of its diagnostics.
        assert.deepEqual(
          Object.keys(result.rules).sort(),
          [...new Set(result.diagnostics.map((d) => String(d.code)))].sort(),
          `${result.file}: its rules table lists the codes it has`,
        );
        for (const d of result.diagnostics) {
          assert.equal(d.codeDescription, undefined, 'no documentation link repeated');
          assert.equal(result.rules[String(d.code)]!.codeDescription.href, `${RULE_DOCS_BASE}${d.code}.md`);
        }
        named += ids.size;
      }
      assert.ok(named > 0, 'the fixtures name sources');
    });

    it('an unknown format is bad usage', () => {
      const run = runCli(['--format', 'xml', CLEAN]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /unknown format "xml"/);
    });
  });

  describe('exit codes', () => {
    it('0 for a clean file, with nothing on stdout', () => {
      const run = runCli([CLEAN]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
    });

    it('1 when a finding has error severity, 0 when all are warnings', () => {
      assert.equal(runCli(['--config', asErrors, ...FINDINGS]).status, 1);
      assert.equal(runCli(['--config', asWarnings, ...FINDINGS]).status, 0);
    });

    it('2 with one line saying what is wrong, never a stack trace', () => {
      for (const [args, reason] of [
        [[], /no files or folders given/],
        [['--no-such-option', CLEAN], /unknown option --no-such-option/],
        [['--max-warning', '0', CLEAN], /unknown option --max-warning; did you mean --max-warnings\?/],
        [['--max-warnings', 'many', CLEAN], /--max-warnings many: expected a whole number/],
        [['--shard', '3/2', CLEAN], /--shard 3\/2: expected I\/N with 1 ≤ I ≤ N/],
        [['--shard', 'x', CLEAN], /--shard x/],
        [['--config'], /--config needs a value/],
      ] as [string[], RegExp][]) {
        const run = runCli(args);
        assert.equal(run.status, 2, `therapy-lint ${args.join(' ')}`);
        assert.match(run.stderr, /^therapy-lint: [^\n]+ \(therapy-lint --help shows the usage\)\n$/, run.stderr);
        assert.match(run.stderr, reason);
      }
    });

    it('2 for a path that does not exist, after checking the other paths', () => {
      for (const missing of ['missing-file.md', 'no-match/**/*.md']) {
        const run = runCli(['--format', 'json', '--config', asErrors, FINDINGS[0]!, missing, CLEAN]);
        assert.equal(run.status, 2, `${missing}: ${run.stderr}`);
        const checked = (JSON.parse(run.stdout) as JsonResult[]).map((r) => r.file);
        assert.deepEqual(checked, [FINDINGS[0], CLEAN], 'the other paths are checked, in order');
        assert.match(
          run.stderr,
          new RegExp(`^therapy-lint: ${missing.replace(/\*/g, '\\*')}: (no such file|no \\.md)`, 'm'),
        );
        assert.match(run.stderr, /^therapy-lint: 2 files, /m, 'the missing path is not counted');
        assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      }
    });
  });

  describe('--max-warnings and --quiet', () => {
    it('--max-warnings N fails only when there are more than N warnings', () => {
      const warnings = count(runJson(['--config', asWarnings, ...FINDINGS]));
      const atLimit = runCli(['--config', asWarnings, '--max-warnings', String(warnings), ...FINDINGS]);
      assert.equal(atLimit.status, 0, atLimit.stderr);
      const overLimit = runCli(['--config', asWarnings, '--max-warnings', String(warnings - 1), ...FINDINGS]);
      assert.equal(overLimit.status, 1);
      assert.match(overLimit.stderr, new RegExp(`${warnings} warnings, more than --max-warnings ${warnings - 1}`));
    });

    it('--quiet reports errors only', () => {
      const quietWarnings = runCli(['--quiet', '--config', asWarnings, ...FINDINGS]);
      assert.equal(quietWarnings.stdout, '');
      assert.equal(quietWarnings.status, 0);
      assert.equal(count(runJson(['--quiet', '--config', asErrors, ...FINDINGS])), count(findings));
    });
  });

  describe('inputs', () => {
    it('- reads one path per line from stdin', () => {
      const fromStdin = runJson(['-'], { input: `${FINDINGS[0]}\n\n${FINDINGS[1]}\n` });
      assert.deepEqual(findingsOf(fromStdin), findingsOf(findings));
    });

    it('a path from stdin that does not exist is reported, the others checked, exit 2', () => {
      const run = runCli(['--format', 'json', '-'], { input: `nowhere.md\n${CLEAN}\n` });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /nowhere\.md: no such file or folder \(read from stdin\)/);
      assert.deepEqual(
        (JSON.parse(run.stdout) as JsonResult[]).map((r) => r.file),
        [CLEAN],
      );
    });

    it('a quoted glob pattern matches supported files only', () => {
      assert.deepEqual(
        runJson(['**/*.md']).map((r) => r.file),
        [CLEAN, FINDINGS[0]],
      );
      assert.deepEqual(
        runJson(['notes/*']).map((r) => r.file),
        FINDINGS,
      );
      assert.deepEqual(
        runJson(['drafts/*']).map((r) => r.file),
        [CLEAN],
        'drafts/ignored.json is not prose',
      );
    });

    it('a file named twice (folder, glob, file) is checked once', () => {
      assert.deepEqual(
        runJson(['notes', 'notes/*.md', FINDINGS[0]!]).map((r) => r.file),
        FINDINGS,
      );
    });
  });

  describe('--shard I/N', () => {
    it('deals the sorted file list out in turn: every file in exactly one shard, the same on every run', () => {
      const all = runJson(['notes', 'drafts']).map((r) => r.file);
      assert.equal(all.length, 3);
      const shards = [1, 2].map((i) => runJson(['--shard', `${i}/2`, 'notes', 'drafts']).map((r) => r.file));
      const sorted = [...all].sort((a, b) => (a.split(path.sep).join('/') < b.split(path.sep).join('/') ? -1 : 1));
      assert.deepEqual(shards, [[sorted[0], sorted[2]], [sorted[1]]]);
      assert.deepEqual(
        runJson(['--shard', '2/2', 'drafts', 'notes']).map((r) => r.file),
        shards[1],
        'input order does not matter',
      );
      const empty = runCli(['--shard', '4/4', 'notes', 'drafts']);
      assert.equal(empty.status, 0, 'an empty shard is no error');
      assert.match(empty.stderr, /^therapy-lint: 0 files, /m);
    });
  });

  describe('summary line on stderr', () => {
    it('names files, findings by severity and time, matching the findings', () => {
      const run = runCli(['--config', asWarnings, ...FINDINGS, CLEAN]);
      const summary = run.stderr.trimEnd().split('\n').pop()!;
      const total = count(findings);
      assert.match(summary, /^therapy-lint: 3 files, 0 errors, (\d+) warnings?, 0 info, 0 hints \(\d+ ms\)$/);
      assert.equal(Number(/, (\d+) warnings?/.exec(summary)![1]), total);
    });

    it('a file that is not checked (binary) is not counted as checked', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-skip-'));
      fs.writeFileSync(path.join(dir, 'binary.md'), 'PK\u0000\u0003 not prose');
      const run = runCli([CLEAN, path.join(dir, 'binary.md')]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /binary\.md: skipped: the file looks binary/);
      assert.match(run.stderr.trimEnd().split('\n').pop()!, /^therapy-lint: 1 file \(1 more skipped\), /);
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
});
