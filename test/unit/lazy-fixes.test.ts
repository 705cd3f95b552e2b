import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/rules/all.generated';
import type { Fix, Report, Rule, RuleContext } from '../../server/src/rules/types';
import type { DiagnosticData } from '../../server/src/service/languageFeatures/diagnostics';
import { REPO_ROOT } from '../helpers/repo';
import { doc, service } from '../helpers/service';

/**
 * The real rules, each report's fixes counted as they are built: fixes a rule gives as an array were built
 * with the finding; fixes given as a function are counted when an output calls it.
 */
function countingRules(): { rules: Rule[]; built: Map<string, number> } {
  const built = new Map<string, number>();
  const count = (id: string, n: number) => built.set(id, (built.get(id) ?? 0) + n);
  const counted = <T extends Report>(id: string, report: T): T => {
    const { fixes } = report;
    if (!fixes) return report;
    if (typeof fixes !== 'function') {
      count(id, fixes.length);
      return report;
    }
    return {
      ...report,
      fixes: (): Fix[] => {
        const computed = fixes();
        count(id, computed.length);
        return computed;
      },
    };
  };
  const rules = RULES.map(
    (rule): Rule => ({
      meta: rule.meta,
      check: (context) =>
        rule.check({
          ...context,
          report: (report) => context.report(counted(rule.meta.id, report)),
          forEachSentence: (check, dependsOn, finish, contextOf) =>
            context.forEachSentence(
              (sentence, report) => check(sentence, (r) => report(counted(rule.meta.id, r))),
              dependsOn,
              finish &&
                ((finding) => {
                  const finished = finish(finding);
                  return finished && counted(rule.meta.id, finished);
                }),
              contextOf,
            ),
        } satisfies RuleContext),
    }),
  );
  return { rules, built };
}

const total = (built: Map<string, number>) => [...built.values()].reduce((a, b) => a + b, 0);

describe('fixes are computed only when an output shows them', () => {
  // Real manuscripts with false claims, citations and terminology findings: most rules' fixes are offered.
  const text = ['car-t-review.md', 'manuscript-citations.md']
    .map((f) => fs.readFileSync(path.join(REPO_ROOT, 'examples', f), 'utf8'))
    .join('\n\n');

  it('builds no fix for an output without fixes (CLI text), and every offered fix for one with edits', () => {
    const none = countingRules();
    const diagnostics = service({ rules: none.rules }).diagnostics(doc(text), { fixEdits: false, fixTitles: false });
    assert.ok(
      diagnostics.some((d) => d.code === 'unsupported-claim'),
      'the manuscript has claim findings',
    );
    assert.equal(total(none.built), 0, `fixes built: ${JSON.stringify([...none.built])}`);

    const all = countingRules();
    const withEdits = service({ rules: all.rules }).diagnostics(doc(text), { fixEdits: true });
    const offered = withEdits.reduce((n, d) => n + (d.data as DiagnosticData).fixes.length, 0);
    assert.ok((all.built.get('unsupported-claim') ?? 0) > 0, 'claim fixes are built for JSON');
    assert.ok(total(all.built) >= offered && offered > 0, `${total(all.built)} built, ${offered} offered`);
  });

  it('builds fixes only for the diagnostics an editor is sent (capped)', () => {
    const max = 5;
    const capped = countingRules();
    const published = service({ rules: capped.rules, settings: { maxDiagnostics: max } }).diagnostics(doc(text), {
      fixEdits: false,
      capped: true,
    });
    const offered = published.reduce((n, d) => n + (d.data as DiagnosticData).fixes.length, 0);
    assert.equal(published.length, max);
    assert.ok(offered > 0, 'the published diagnostics carry fix titles');
    assert.equal(total(capped.built), offered, `fixes built: ${JSON.stringify([...capped.built])}`);
  });
});
