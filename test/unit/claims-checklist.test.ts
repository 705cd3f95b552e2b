// CheckList behavioural cases for the claim check, generated from the knowledge base (see test/checklist).
// Each capability's pass rate may not drop below the floor recorded in test/checklist/floors.json; the table is
// printed and written to out/reports/claims-checklist.md. After an improvement, raise the floors with
// `npm run checklist:ratchet` (it never lowers one). After changing the cases (templates, or knowledge-base facts
// that add cases), `CHECKLIST_RATCHET=reset` records the new rates: a reviewed change, like lowering a floor.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateCases } from '../checklist/generate';
import { readKnowledge } from '../checklist/knowledge';
import { asFloor, markdownReport, type Outcome, passRates, table } from '../checklist/report';
import { REPO_ROOT } from '../helpers/repo';
import { doc, service } from '../helpers/service';

const FLOORS = path.join(REPO_ROOT, 'test', 'checklist', 'floors.json');
const REPORT = path.join(REPO_ROOT, 'out', 'reports', 'claims-checklist.md');
// '1' raises floors to the current rates; 'reset' records the current rates as they are, for a reviewed change
// of the cases themselves (a new template or new knowledge-base facts change what each row measures).
const RATCHET = process.env.CHECKLIST_RATCHET;
const CLAIM_CODES = new Set(['unsupported-claim', 'overstated-claim']);

describe('claim check: CheckList cases from the knowledge base', function () {
  // Over 20,000 cases; a guard against a hang on a loaded machine (over 300 s at a load of 25 on 2 cores), not a speed
  // target.
  this.timeout(900_000);
  const cases = generateCases(readKnowledge());
  let outcomes: Outcome[] = [];

  before(() => {
    const lint = service();
    outcomes = cases.map((c) => {
      const findings = lint
        .diagnostics(doc(c.text))
        .filter((d) => CLAIM_CODES.has(String(d.code)))
        .map((d) => d.message);
      return { case: c, findings, passed: c.expect === 'flag' ? findings.length > 0 : findings.length === 0 };
    });
  });

  it('generates true and false cases for every capability', () => {
    const capabilities = new Set(cases.map((c) => c.capability));
    for (const capability of capabilities)
      for (const expect of ['clean', 'flag'] as const)
        if (capability !== 'question')
          assert.ok(
            cases.some((c) => c.capability === capability && c.expect === expect),
            `${capability} has no ${expect} case`,
          );
    assert.ok(cases.length >= 500, `only ${cases.length} cases`);
  });

  it('names each modality by its therapy class (fact:modality)', () => {
    for (const expect of ['clean', 'flag'] as const)
      assert.ok(
        cases.some((c) => c.fact === 'modality' && c.expect === expect && /\bis a CAR T-cell therapy\b/.test(c.text)),
        `no ${expect} modality case names the CAR-T class`,
      );
  });

  it('keeps every capability at or above its recorded floor', () => {
    const rows = passRates(outcomes);
    const floors = JSON.parse(fs.readFileSync(FLOORS, 'utf8')) as Record<string, number>;
    if (RATCHET === '1' || RATCHET === 'reset') {
      if (RATCHET === 'reset') for (const key of Object.keys(floors)) delete floors[key];
      for (const r of rows) floors[r.key] = Math.max(floors[r.key] ?? 0, asFloor(r.rate));
      const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => a.localeCompare(b)));
      fs.writeFileSync(FLOORS, `${JSON.stringify(sorted, null, 2)}\n`);
    }
    fs.mkdirSync(path.dirname(REPORT), { recursive: true });
    fs.writeFileSync(REPORT, markdownReport(outcomes, rows, floors));
    console.log(`\n${table(rows, floors)}\n(report: ${path.relative(REPO_ROOT, REPORT)})\n`);

    const byKey = new Map(rows.map((r) => [r.key, r]));
    const below = Object.entries(floors)
      .filter(([key, floor]) => (byKey.get(key)?.rate ?? -1) + 1e-9 < floor)
      .map(([key, floor]) => `${key}: ${byKey.get(key)?.rate.toFixed(3) ?? 'no cases'} < floor ${floor.toFixed(3)}`);
    const unrecorded = rows.filter((r) => !(r.key in floors)).map((r) => r.key);
    assert.deepEqual(
      below,
      [],
      'capabilities below their floor (see the report for failing examples; if the cases changed, see the header)',
    );
    assert.deepEqual(unrecorded, [], 'capabilities without a floor: run `npm run checklist:ratchet`');
  });
});
