import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '../helpers/cli';
import { missingInput } from '../helpers/missing';
import { REPO_ROOT } from '../helpers/repo';
import { MANUSCRIPT, tempDir, wordFile } from '../helpers/word';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO_ROOT, '.test-cache', 'artifacts');

// The reviewer's report (--format html) opened in headless Chromium (Debian's, through playwright-core),
// as a reviewer opens the file: nothing is fetched, findings are highlighted in place, the filters work,
// and the print layout shows every finding without the filters.
describe('CLI --format html: the reviewer’s report in Chromium', function () {
  this.timeout(120_000);
  let dir: string;
  let report: string;
  let json: { file: string; diagnostics: { code: string; severity: number }[] }[];
  let browser: Browser | undefined;
  let page: Page;
  const requests: string[] = [];

  before(async function () {
    if (!fs.existsSync(CHROMIUM))
      missingInput(this, `Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    dir = tempDir();
    fs.writeFileSync(path.join(dir, 'paper.docx'), await wordFile(MANUSCRIPT));
    fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'car-t-review.md'), path.join(dir, 'review.md'));
    const run = runCli(['--format', 'html', 'paper.docx', 'review.md'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    report = path.join(dir, 'report.html');
    fs.writeFileSync(report, run.stdout);
    json = JSON.parse(runCli(['--format', 'json', 'paper.docx', 'review.md'], { cwd: dir }).stdout);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      headless: true,
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${report}`);
  });
  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is one file that loads nothing: no request beyond the page itself', async () => {
    assert.deepEqual(requests, [`file://${report}`]);
    const html = fs.readFileSync(report, 'utf8');
    assert.doesNotMatch(html, /<(?:link|img|iframe)\b|\bsrc=|url\(/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  it('summarises by rule and severity with an inline chart', async () => {
    const total = json.reduce((n, f) => n + f.diagnostics.length, 0);
    assert.equal((await page.locator('svg.chart rect').count()) > 0, true);
    assert.match((await page.locator('header .meta').textContent())!, new RegExp(`2 documents · ${total} findings`));
    const rules = new Set(json.flatMap((f) => f.diagnostics.map((d) => d.code)));
    assert.equal(await page.locator('#summary tbody tr').count(), rules.size);
    assert.equal(await page.locator('.finding').count(), total);
  });

  it('highlights each finding in place, with its message, sources as links and fix', async () => {
    const word = page.locator('article').first();
    const claim = word.locator('mark.sev-error', { hasText: 'Kymriah is approved for multiple myeloma.' });
    assert.equal(await claim.count(), 1);
    const misspelling = word.locator('mark.sev-warning', { hasText: /^tisagenlecleucal$/ });
    assert.equal(await misspelling.count(), 1);
    const card = word.locator('.finding[data-rule="unsupported-claim"]', {
      hasText: 'Kymriah is not approved for multiple myeloma',
    });
    assert.equal(await card.count(), 1);
    assert.ok((await card.locator('.kb a[href^="https://"]').count()) > 0, 'the knowledge base’s sources, linked');
    assert.match((await card.locator('.fix').textContent())!, /Replace with "Kymriah is approved for /);
    assert.match(
      (await page
        .locator('.para', { hasText: 'Kymriah is approved for multiple myeloma.' })
        .locator('.where')
        .first()
        .textContent())!,
      /¶4/,
    );
    // Word's markup is not shown: superscripts are raised, not written as tags.
    assert.equal(await word.getByText('<sup>').count(), 0);
    assert.equal(
      await word.locator('sup', { hasText: /^1$/ }).count(),
      2,
      'the superscript citation and the note mark',
    );
  });

  it('says what a fix changes, without repeating its text', async () => {
    const review = page.locator('article').nth(1);
    const card = review.locator('.finding[data-rule="generic-name-missing"]', { hasText: '"Abecma"' });
    assert.equal(
      (await card.locator('.fix li').textContent())!,
      'Replace “Abecma” with “Idecabtagene vicleucel (Abecma)”',
    );
    // The overstated-claim rewrite, which the row used to give twice ('Write "…": "…"').
    const leaflet = runCli(['--format', 'html', path.join(REPO_ROOT, 'examples', 'patient-leaflet.txt')]);
    assert.match(
      leaflet.stdout,
      /<li>Replace “<del>completely safe<\/del>” with “<ins>not without serious risks<\/ins>”<\/li>/,
    );
    assert.doesNotMatch(leaflet.stdout, /Write "[^"]*": /);
  });

  it('stops a jump below the sticky filter bar: the highlight and its finding are not covered', async () => {
    await page.setViewportSize({ width: 1100, height: 700 });
    // Boxes relative to the viewport: the sticky bar's and the jumped-to element's.
    const uncovered = async (selector: string) => {
      const bar = (await page.locator('#filters').boundingBox())!;
      const box = (await page.locator(selector).first().boundingBox())!;
      return { barBottom: bar.y + bar.height, top: box.y };
    };
    // A highlight brought into view (as find in page does).
    const mark = 'article:nth-of-type(2) mark.sev-error';
    await page
      .locator(mark)
      .first()
      .evaluate((m) => m.scrollIntoView());
    const highlight = await uncovered(mark);
    assert.ok(
      highlight.top >= highlight.barBottom,
      `highlight at ${highlight.top} px, bar ends at ${highlight.barBottom}`,
    );
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report-jump.png') });
    // A link to a finding.
    const id = await page.locator('article:nth-of-type(2) .finding').nth(3).getAttribute('id');
    await page.evaluate(`location.hash = '#${id}'`);
    const finding = await uncovered(`#${id}`);
    assert.ok(finding.top >= finding.barBottom, `finding at ${finding.top} px, bar ends at ${finding.barBottom}`);
    await page.setViewportSize({ width: 1100, height: 1400 });
  });

  it('filters by severity and by rule', async () => {
    const total = await page.locator('.finding').count();
    const errors = await page.locator('.finding[data-severity="error"]').count();
    await page.locator('#filters input[name="severity"][value="error"]').uncheck();
    assert.equal(await page.locator('.finding[data-severity="error"]:visible').count(), 0);
    assert.equal(await page.locator('.finding:visible').count(), total - errors);
    const word = page.locator('article').first();
    assert.equal(await word.locator('mark.off', { hasText: 'Kymriah is approved for multiple myeloma.' }).count(), 1);
    assert.equal((await page.locator('#shown').textContent())!, `${total - errors} of ${total} findings shown`);
    await page.locator('#filters input[name="rule"][value="misspelled-term"]').uncheck();
    assert.equal(await page.locator('.finding[data-rule="misspelled-term"]:visible').count(), 0);
    assert.equal(await word.locator('mark.off', { hasText: /^tisagenlecleucal$/ }).count(), 1);
    await page.locator('#filters input[name="severity"][value="error"]').check();
    await page.locator('#filters input[name="rule"][value="misspelled-term"]').check();
    assert.equal(await page.locator('.finding:visible').count(), total);
  });

  it('saves a screenshot of the report, and prints without the filters and with every finding', async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report.png') });
    await page
      .locator('article')
      .first()
      .evaluate((a) => a.scrollIntoView());
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report-document.png') });
    assert.ok(fs.statSync(path.join(ARTIFACTS, 'html-report.png')).size > 10_000);
    await page.locator('#filters input[name="severity"][value="hint"]').uncheck();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#filters').isVisible(), false);
    assert.equal(await page.locator('.finding[data-severity="hint"]').first().isVisible(), true);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'it prints');
  });
});
