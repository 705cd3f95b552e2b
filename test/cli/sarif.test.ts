import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { RULES } from '../../server/src/rules/all.generated';
import { runCli, runJson, type JsonResult } from '../helpers/cli';
import { sarifValidator } from '../helpers/sarif';

const FILES = ['notes/findings.md', 'notes/findings.txt', 'drafts/clean.md'].map((f) => path.normalize(f));

describe('CLI --format sarif', () => {
  let log: Sarif.Log;
  let json: JsonResult[];
  let run: Sarif.Run;

  before(() => {
    const sarif = runCli(['--format', 'sarif', ...FILES]);
    assert.ok(sarif.status === 0 || sarif.status === 1, sarif.stderr);
    log = JSON.parse(sarif.stdout) as Sarif.Log;
    run = log.runs[0]!;
    json = runJson(FILES);
  });

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
  });

  it('the schema check catches a broken log', () => {
    const validate = sarifValidator();
    const broken = structuredClone(log) as unknown as { runs: { results: { message: unknown }[] }[] };
    broken.runs[0]!.results.push({ message: 42 });
    assert.equal(validate(broken), false);
  });

  it('describes every rule from its meta: id, description, help URI, default level', () => {
    const rules = run.tool.driver.rules!;
    assert.deepEqual(
      rules.map((r) => r.id),
      RULES.map((r) => r.meta.id),
    );
    RULES.forEach((rule, i) => {
      assert.equal(rules[i]!.shortDescription!.text, rule.meta.description);
      assert.match(
        rules[i]!.helpUri!,
        new RegExp(`^https://github\\.com/therapy-lint/therapy-lint/.+/${rule.meta.id}\\.md$`),
      );
      const level = { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[
        rule.meta.defaultSeverity
      ];
      assert.equal(rules[i]!.defaultConfiguration!.level, level);
    });
    assert.equal(run.tool.driver.name, 'therapy-lint');
    assert.match(run.tool.driver.version!, /^\d+\.\d+\.\d+/);
  });

  it("lists each rule's messages as SARIF message strings, and each result names its message with arguments", () => {
    const rules = run.tool.driver.rules!;
    RULES.forEach((rule, i) =>
      assert.deepEqual(Object.keys(rules[i]!.messageStrings ?? {}), Object.keys(rule.meta.messages)),
    );
    const withId = run.results!.filter((r) => r.message.id !== undefined);
    assert.equal(withId.length, run.results!.length, 'every result names its message');
    for (const result of withId) {
      const format = rules[result.ruleIndex!]!.messageStrings![result.message.id!]!.text;
      // SARIF 2.1.0 §3.11.5: {n} is the nth argument, {{ and }} are literal braces.
      const rendered = format.replace(/\{\{|\}\}|\{(\d+)\}/g, (token, n?: string) =>
        n === undefined ? token[0]! : result.message.arguments![Number(n)]!,
      );
      assert.equal(rendered, result.message.text);
    }
  });

  it('has one result per diagnostic, at the same place, relative to %SRCROOT%', () => {
    const expected = json.flatMap((r) => r.diagnostics.map((d) => ({ file: r.file.split(path.sep).join('/'), d })));
    assert.ok(expected.length > 0, 'the fixtures produce findings');
    assert.equal(run.results!.length, expected.length);
    run.results!.forEach((result, i) => {
      const { file, d } = expected[i]!;
      assert.equal(result.ruleId, d.code);
      assert.equal(run.tool.driver.rules![result.ruleIndex!]!.id, d.code);
      assert.equal(result.message.text, d.message);
      const location = result.locations![0]!.physicalLocation!;
      assert.deepEqual(location.artifactLocation, { uri: file, uriBaseId: '%SRCROOT%' });
      assert.deepEqual(location.region, {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      });
      assert.equal(result.level, ['', 'error', 'warning', 'note', 'note'][d.severity!]);
    });
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.originalUriBaseIds!['%SRCROOT%']!.uri!.endsWith('/fixtures/cli/'), true);
  });
});
