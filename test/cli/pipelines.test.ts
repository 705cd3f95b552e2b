import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { RULES } from '../../server/src/rules/all.generated';
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

    it('2 with a one-line reason and the usage, never a stack trace', () => {
      for (const args of [
        [],
        ['missing-file.md'],
        ['--no-such-option', CLEAN],
        ['--max-warnings', 'many', CLEAN],
        ['no-match/**/*.md'],
      ]) {
        const run = runCli(args);
        assert.equal(run.status, 2, `therapy-lint ${args.join(' ')}`);
        assert.match(run.stderr, /^therapy-lint: .+\n\nUsage: therapy-lint/);
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

    it('a path from stdin that does not exist is bad usage', () => {
      const run = runCli(['-'], { input: 'nowhere.md\n' });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /nowhere\.md: no such file or folder \(read from stdin\)/);
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

  describe('summary line on stderr', () => {
    it('names files, findings by severity and time, matching the findings', () => {
      const run = runCli(['--config', asWarnings, ...FINDINGS, CLEAN]);
      const summary = run.stderr.trimEnd().split('\n').pop()!;
      const total = count(findings);
      assert.match(summary, /^therapy-lint: 3 files, 0 errors, (\d+) warnings?, 0 info, 0 hints \(\d+ ms\)$/);
      assert.equal(Number(/, (\d+) warnings?/.exec(summary)![1]), total);
    });
  });
});
