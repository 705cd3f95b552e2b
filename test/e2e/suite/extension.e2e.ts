import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import { readConfig, type Expectation } from './config';

// Runs inside the real extension host (code-server's VS Code 1.100.3, or Electron via @vscode/test-electron)
// against the installed package: only the public `vscode` API, as a user's editor would exercise it.
const config = readConfig();
const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const fileUri = (file: string) => vscode.Uri.joinPath(folder(), file);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'therapy-lint');
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const present = (e: Expectation) => config.rules.includes(e.code);

/** `text` as a whole word in the document (so "Kymria" is not found inside "Kymriah"). */
function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(document.getText());
  assert.ok(match, `"${text}" is in ${path.basename(document.uri.path)}`);
  return new vscode.Range(document.positionAt(match.index), document.positionAt(match.index + text.length));
}

/**
 * Polls until `check` passes (diagnostics arrive asynchronously), then returns its value; rethrows its last failure.
 */
async function eventually<T>(check: () => T, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const asKey = (
  code: string,
  r: { start: { line: number; character: number }; end: { line: number; character: number } },
) => `${code}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** The CLI's findings for a workspace file, as sorted `code@range` keys. */
const oracleKeys = (file: string, without?: string) =>
  (config.oracle[file] ?? [])
    .filter((d: LspDiagnostic) => String(d.code) !== without)
    .map((d: LspDiagnostic) => asKey(String(d.code), d.range))
    .sort();
const shownKeys = (document: vscode.TextDocument) =>
  ours(document.uri)
    .map((d) => asKey(codeOf(d), d.range))
    .sort();

async function open(file: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fileUri(file));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

describe('therapy-lint in a real VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(config.extensionId);
    assert.ok(extension, `${config.extensionId} is installed`);
    if (config.installedUnder) {
      assert.ok(
        extension.extensionPath.startsWith(config.installedUnder),
        `runs from the installed .vsix (${extension.extensionPath})`,
      );
    }
    await extension.activate();
  });

  for (const file of ['claims.md', 'claims.txt', 'claims.tex']) {
    it(`diagnostics for ${file}: expected codes on the expected text, and exactly the CLI's ranges`, async () => {
      const document = await open(file);
      assert.equal(document.languageId, { md: 'markdown', txt: 'plaintext', tex: 'latex' }[file.split('.').pop()!]);
      const shown = await eventually(() => {
        assert.deepEqual(shownKeys(document), oracleKeys(file));
        return ours(document.uri);
      });
      const checked = config.expectations.filter((e) => e.file === file && present(e));
      assert.ok(checked.length > 0, `no rule yet for any expectation of ${file}`);
      for (const expectation of checked) {
        const target = rangeOf(document, expectation.text);
        const hit = shown.find(
          (d) =>
            codeOf(d) === expectation.code &&
            (expectation.exact ? d.range.isEqual(target) : !!d.range.intersection(target)),
        );
        assert.ok(
          hit,
          `${expectation.code} on "${expectation.text}" in ${file}; shown: ${shown.map((d) => `${codeOf(d)} "${document.getText(d.range)}"`).join(', ')}`,
        );
        assert.ok(hit.message.length > 0);
      }
    });
  }

  it('findings read at a glance: one line of at most about 160 characters, at most 3 related entries', async () => {
    for (const file of ['claims.md', 'claims.txt', 'claims.tex']) {
      const document = await open(file);
      const shown = await eventually(() => {
        assert.deepEqual(shownKeys(document), oracleKeys(file));
        return ours(document.uri);
      });
      for (const d of shown) {
        assert.ok(!d.message.includes('\n'), `${file}: one line: ${d.message}`);
        assert.ok(d.message.length <= 170, `${file}: ${d.message.length} characters: ${d.message}`);
        assert.ok((d.relatedInformation ?? []).length <= 3, `${file}: ${d.relatedInformation?.length} related`);
      }
    }
  });

  it('the claim fix shows its new text in its title, one choice per approval', async () => {
    const document = await open('claims.md');
    const claim = await eventually(() => {
      const found = ours(document.uri).find(
        (d) => codeOf(d) === 'unsupported-claim' && /multiple myeloma/.test(document.getText(d.range)),
      );
      assert.ok(found, 'the claim is flagged');
      return found;
    });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      claim.range,
    );
    const replacements = actions.filter((a) => a.title.startsWith('Replace with "'));
    assert.ok(replacements.length >= 2, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    for (const action of replacements) {
      const shown = action.title.slice('Replace with "'.length, -1).replace(/…$/, '');
      const written = action.edit?.get(document.uri).find((e) => e.range.intersection(claim.range))?.newText ?? '';
      assert.ok(written.startsWith(shown), `"${action.title}" writes "${written}"`);
      assert.match(written, /\bpatients\b/, 'the population, as the label words it');
    }
  });

  it('a glossary card opens read-only: not linted, never dirty', async () => {
    await vscode.commands.executeCommand('therapyLint.showGlossaryCard', 'kymriah');
    const card = await eventually(() => {
      const found = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'therapy-lint-glossary');
      assert.ok(found, 'the card is open');
      return found;
    });
    assert.match(card.getText(), /tisagenlecleucel/);
    assert.equal(card.isDirty, false);
    assert.equal(card.isUntitled, false);
    // Give the server time it would need to publish findings for it (claims.md gets its own in well under this).
    await new Promise((resolve) => setTimeout(resolve, 3000));
    assert.deepEqual(vscode.languages.getDiagnostics(card.uri), []);
  });

  it('Check Document checks the active document; Markdown gets suggestions while typing', async () => {
    const document = await open('claims.md');
    await vscode.commands.executeCommand('therapyLint.checkDocument');
    await eventually(() => assert.deepEqual(shownKeys(document), oracleKeys('claims.md')));
    const quick = vscode.workspace
      .getConfiguration('editor', { languageId: 'markdown' })
      .get<{ other?: string }>('quickSuggestions');
    assert.equal(quick?.other, 'on');
  });

  it('hover on a product shows its card', async () => {
    const document = await open(config.hover.file);
    const target = rangeOf(document, config.hover.text);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      target.start.translate(0, 1),
    );
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(markdown, new RegExp(config.hover.card, 'i'));
    assert.ok(markdown.split('\n').length <= 25, `compact: ${markdown.split('\n').length} lines`);
    assert.match(markdown, /\[Full card\]\(command:therapyLint\.showGlossaryCard/);
    assert.ok(
      hovers.some((h) => h.range?.isEqual(target)),
      'the hover covers the whole term',
    );
  });

  it('completion offers knowledge-base terms', async () => {
    const document = await open(config.completion.file);
    const position = rangeOf(document, config.completion.prefixOf).start.translate(0, config.completion.prefixLength);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      position,
    );
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes(config.completion.label), `offered: ${labels.slice(0, 20).join(', ')}`);
  });

  it('a quick fix applied with workspace.applyEdit changes the text and its diagnostic goes away', async () => {
    // The first expectation with a known fixed text whose rule exists; else any finding and its suppression.
    const withFix = config.expectations.find((e) => e.fixedText !== undefined && present(e));
    const file = withFix?.file ?? Object.keys(config.oracle).find((f) => config.oracle[f]!.length > 0)!;
    const document = await open(file);
    const diagnostic = await eventually(() => {
      const found = ours(document.uri).find((d) =>
        withFix ? codeOf(d) === withFix.code && d.range.isEqual(rangeOf(document, withFix.text)) : true,
      );
      assert.ok(found, `a diagnostic to fix in ${file}`);
      return found;
    });
    const code = codeOf(diagnostic);
    const countSame = () =>
      ours(document.uri).filter((d) => codeOf(d) === code && d.message === diagnostic.message).length;
    const before = countSame();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
    );
    // The command's results do not carry their diagnostics: a rule's fix is the one editing the flagged range.
    const editsRange = (a: vscode.CodeAction) =>
      !!a.edit?.get(document.uri).some((e) => e.range.intersection(diagnostic.range));
    const action = withFix
      ? actions.find((a) => !a.title.startsWith('Suppress') && editsRange(a))
      : actions.find((a) => a.edit && /^Suppress \S+ (on this line|in this block) with a reason$/.test(a.title));
    assert.ok(action, `a quick fix for ${code}; offered: ${actions.map((a) => a.title).join(' | ')}`);
    const line = diagnostic.range.start.line;
    const originalLine = document.lineAt(line).text;
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    if (withFix) {
      const start = diagnostic.range.start;
      assert.equal(
        document.getText(new vscode.Range(start, start.translate(0, withFix.fixedText!.length))),
        withFix.fixedText,
      );
    } else {
      const directive = document.getText().indexOf(`${code} -- REASON`);
      assert.ok(directive >= 0, 'the suppression is inserted with its REASON placeholder');
      // The placeholder is refused: the writer types the reason.
      const reason = new vscode.WorkspaceEdit();
      const at = document.positionAt(directive + code.length + 4);
      reason.replace(document.uri, new vscode.Range(at, at.translate(0, 6)), 'quoted from the label');
      assert.ok(await vscode.workspace.applyEdit(reason));
      assert.ok(document.getText().includes(originalLine));
    }
    await eventually(() => assert.equal(countSame(), before - 1));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a settings change (a rule turned off) takes effect without reload', async function () {
    const document = await open('claims.md');
    // Settled on the file's findings first (a previous test's edit was reverted).
    await eventually(() => assert.deepEqual(shownKeys(document), oracleKeys('claims.md')));
    const code = String(config.oracle['claims.md']![0]!.code);
    // VS Code writes only settings the manifest registers: one per rule (therapyLint.rules.<code>) or one object.
    const contributed = vscode.extensions.getExtension(config.extensionId)!.packageJSON.contributes?.configuration as
      | { properties?: Record<string, unknown> }
      | { properties?: Record<string, unknown> }[]
      | undefined;
    const registered = new Set([contributed ?? []].flat().flatMap((section) => Object.keys(section.properties ?? {})));
    const key = registered.has(`therapyLint.rules.${code}`)
      ? `rules.${code}`
      : registered.has('therapyLint.rules')
        ? 'rules'
        : undefined;
    if (!key) this.skip();
    const settings = vscode.workspace.getConfiguration('therapyLint');
    const previous = settings.inspect(key)?.globalValue;
    const off = key === 'rules' ? { ...((previous as object | undefined) ?? {}), [code]: 'off' } : 'off';
    try {
      await settings.update(key, off, vscode.ConfigurationTarget.Global);
      await eventually(() =>
        assert.deepEqual(
          shownKeys(document),
          oracleKeys('claims.md', code),
          `${code} is gone, the other findings stay`,
        ),
      );
    } finally {
      await settings.update(key, previous, vscode.ConfigurationTarget.Global);
    }
    await eventually(() => assert.deepEqual(shownKeys(document), oracleKeys('claims.md'), `${code} is back`));
  });
});
