import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Mocha from 'mocha';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '../helpers/repo';
import { CodeServer, launchBrowser, openFromExplorer } from '../e2e/codeServer';
import { CODE_SERVER_VERSION, ensureCodeServer } from '../e2e/installCodeServer';
import {
  copyWorkspace,
  EXTENSION_ID,
  packageVsix,
  prepareSuite,
  removeSuite,
  waitForResults,
  type SuiteResults,
} from '../e2e/prepare';
import { missingInput } from '../helpers/missing';

// The packaged .vsix installed into a real VS Code 1.100.3 (code-server) and driven two ways: the
// extension-host suite (test/e2e/suite, the same one @vscode/test-electron runs) and a browser UI check.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(REPO_ROOT, '.test-cache', 'artifacts');
const SCREENSHOT = path.join(ARTIFACTS, 'vscode-problems.png');
const log = (line: string) => console.log(`      ${line}`);

describe(`VS Code ${CODE_SERVER_VERSION.replace(/^4\./, '1.')} (code-server ${CODE_SERVER_VERSION}) with the packaged .vsix`, function () {
  // Packaging, installing and starting VS Code took over 300 s at a load of 20: the limit catches a hang.
  this.timeout(600_000);
  let home: string;
  let workspace: string;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let results: SuiteResults | undefined;
  let suiteBundle: string | undefined;

  before(async function () {
    const missing = [
      process.platform === 'linux' && process.arch === 'x64' ? undefined : 'a linux-x64 machine',
      fs.existsSync(CHROMIUM) ? undefined : `Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
    ].filter(Boolean);
    if (missing.length) missingInput(this, `the VS Code client suite needs ${missing.join(' and ')}`);
    const started = Date.now();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-e2e-'));
    workspace = copyWorkspace(home);
    const resultsFile = path.join(home, 'results.json');
    suiteBundle = prepareSuite(workspace, { resultsFile, installedUnder: CodeServer.dirs(home).extensions });
    const entry = ensureCodeServer(path.join(REPO_ROOT, '.test-cache'), log);
    const vsix = packageVsix(home);
    const installed = CodeServer.installExtension(entry, home, vsix, EXTENSION_ID);
    server = await CodeServer.start(entry, home, workspace);
    browser = await launchBrowser(CHROMIUM);
    const page = await browser.newPage();
    // The installed extension folder doubles as the development path, so the suite runs against the .vsix's contents.
    await page.goto(
      server.workbenchUrl(workspace, [
        ['extensionDevelopmentPath', server.remoteUri(installed)],
        ['extensionTestsPath', server.remoteUri(suiteBundle)],
      ]),
      // The workbench page loads slowly on a busy machine: the suite's own timeouts bound the run.
      { timeout: 120_000 },
    );
    results = await waitForResults(resultsFile, 180_000, () => server!.problem());
    await page.close();
    log(`extension-host suite ran in ${Math.round((Date.now() - started) / 1000)} s (including install and packaging)`);
    const suite = this.test!.parent!.suites.find((s) => s.title === 'extension-host suite')!;
    for (const outcome of results.outcomes) {
      const test = new Mocha.Test(outcome.title.replace(/^therapy-lint in a real VS Code /, ''), () => {
        if (outcome.state === 'failed') throw new Error(outcome.error);
      });
      if (outcome.state === 'pending') {
        test.pending = true;
        log(`skipped in the extension host: ${outcome.title}`);
      }
      suite.addTest(test);
    }
  });

  after(async () => {
    await browser?.close();
    server?.stop();
    if (suiteBundle) removeSuite(suiteBundle);
    if (home && !process.env.THERAPY_LINT_KEEP_E2E) fs.rmSync(home, { recursive: true, force: true });
  });

  describe('extension-host suite', () => {
    it('ran its tests', () => {
      assert.ok(results, 'no results');
      assert.ok(results.outcomes.length >= 7, `only ${results.outcomes.length} tests ran`);
    });
  });

  it('UI: the squiggle and the Problems panel entry are visible (screenshot saved)', async () => {
    const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server!.workbenchUrl(workspace), { timeout: 120_000 });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await openFromExplorer(page, 'claims.md').catch(async (error) => {
      await page.screenshot({ path: path.join(ARTIFACTS, 'vscode-failure.png') });
      throw error;
    });
    const squiggle = page
      .locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info')
      .first();
    await squiggle.waitFor({ state: 'attached', timeout: 30_000 });
    const box = await squiggle.boundingBox();
    assert.ok(box && box.width > 0, 'the squiggle has a size on screen');
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(ARTIFACTS, 'vscode-squiggles.png') });
    // The status bar: the document's counts and the knowledge base's date.
    const status = page.locator('.statusbar-item', { hasText: 'Therapy Lint' }).first();
    await status.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(
      "[...document.querySelectorAll('.statusbar-item')].some((e) => /Therapy Lint.*KB \\d{4}-\\d{2}-\\d{2}/.test(e.textContent))",
    );
    await status.screenshot({ path: path.join(ARTIFACTS, 'vscode-statusbar.png') });
    log(`status bar: ${(await status.textContent())?.trim()}`);
    // The hover on the claim's first word (the product): the finding and the compact card.
    // Mouse hover depends on timing in a busy browser; the Show Hover keybinding at the cursor does not.
    await page.mouse.click(box.x + 12, box.y + box.height / 2);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    // The editor's content hover, not another widget's (a busy browser may show a workbench tooltip first). Its own
    // scrolled element (.monaco-hover-content) is measured: the outer .monaco-hover is only as tall as the part shown.
    // Polled in the page until the product card (a heading) has come: the findings' part renders first, the card after,
    // and a located element can be replaced between finding it and measuring it.
    const height = await page
      .waitForFunction(
        `(() => {
          const cards = [...document.querySelectorAll('.monaco-hover:not(.hidden) .monaco-hover-content')].filter(
            (card) => card.querySelector('.hover-contents h1, .hover-contents h2, .hover-contents h3, .hover-contents h4'),
          );
          const card = cards.at(-1);
          return card && { shown: card.clientHeight, content: card.scrollHeight };
        })()`,
        undefined,
        { timeout: 30_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<{ shown: number; content: number }>)
      .catch(async (error) => {
        await page.screenshot({ path: path.join(ARTIFACTS, 'vscode-failure.png') });
        throw new Error(`no editor hover card (.monaco-hover-content) appeared: ${error}`);
      });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(ARTIFACTS, 'vscode-hover.png') });
    log(`hover height: ${Math.round(height.shown)} px shown, ${height.content} px of content`);
    assert.ok(height.content <= 700, `the hover is ${height.content} px tall`);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    // The quick-fix menu on the claim: one choice per approval, each showing its text.
    await page.mouse.click(box.x + 12, box.y + box.height / 2 - 6);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget').first();
    await menu.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(ARTIFACTS, 'vscode-quickfix.png') });
    assert.match((await menu.textContent()) ?? '', /Replace with "Kymriah is approved for/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    const entry = page.locator('.markers-panel .monaco-list-row', { hasText: 'therapy-lint' }).first();
    await entry.waitFor({ state: 'visible', timeout: 30_000 });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    log(`screenshot: ${path.relative(REPO_ROOT, SCREENSHOT)}`);
    assert.match((await entry.textContent()) ?? '', /therapy-lint/);
    await page.close();
  });
});
