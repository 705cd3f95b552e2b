// Pass rates of CheckList cases per capability and per fact kind, the report written beside the test run, and
// the ratchet of floors the rates may not drop below.
import type { Case } from './generate';

export interface Outcome {
  case: Case;
  passed: boolean;
  /** The claim findings raised (empty when none). */
  findings: string[];
}

export interface Row {
  key: string;
  test: string;
  cases: number;
  passed: number;
  rate: number;
}

/** Rows keyed `capability/expect` and `fact:kind/expect`, sorted by key. */
export function passRates(outcomes: readonly Outcome[]): Row[] {
  const rows = new Map<string, Row>();
  const count = (key: string, test: string, passed: boolean) => {
    const row = rows.get(key) ?? { key, test, cases: 0, passed: 0, rate: 0 };
    row.cases++;
    if (passed) row.passed++;
    row.rate = row.passed / row.cases;
    rows.set(key, row);
  };
  for (const o of outcomes) {
    count(`${o.case.capability}/${o.case.expect}`, o.case.test, o.passed);
    count(`fact:${o.case.fact}/${o.case.expect}`, '', o.passed);
  }
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** A rate as the floor it records: rounded down to three places, so the same run always meets it. */
export const asFloor = (rate: number) => Math.floor(rate * 1000 + 1e-9) / 1000;

export function table(rows: readonly Row[], floors: Record<string, number>): string {
  const lines = [
    '| capability / expected | test | cases | passed | rate | floor |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.key} | ${r.test} | ${r.cases} | ${r.passed} | ${r.rate.toFixed(3)} | ${floors[r.key]?.toFixed(3) ?? '—'} |`,
    );
  return lines.join('\n');
}

export function markdownReport(outcomes: readonly Outcome[], rows: readonly Row[], floors: Record<string, number>) {
  const passed = outcomes.filter((o) => o.passed).length;
  const failures = outcomes.filter((o) => !o.passed);
  const examples = new Map<string, Outcome[]>();
  for (const o of failures) {
    const key = `${o.case.capability}/${o.case.expect}`;
    const list = examples.get(key) ?? [];
    if (list.length < 5) list.push(o);
    examples.set(key, list);
  }
  return [
    '# Claim check: CheckList behavioural cases from the knowledge base',
    '',
    `${outcomes.length} cases, ${passed} passed (${(passed / outcomes.length).toFixed(3)}).`,
    '"clean" cases must raise no unsupported-claim or overstated-claim finding; "flag" cases must raise one.',
    '',
    table(rows, floors),
    '',
    '## Failing examples (up to 5 per capability)',
    '',
    ...[...examples].flatMap(([key, list]) => [
      `### ${key}`,
      '',
      ...list.map(
        (o) =>
          `- ${JSON.stringify(o.case.text)} — ${o.case.basis}${o.findings.length ? ` — raised: ${o.findings.join(' / ')}` : ''}`,
      ),
      '',
    ]),
  ].join('\n');
}
