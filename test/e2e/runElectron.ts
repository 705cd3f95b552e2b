import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests, SilentReporter } from '@vscode/test-electron';
import { REPO_ROOT } from '../helpers/repo';
import { copyWorkspace, prepareSuite, removeSuite, type SuiteResults } from './prepare';

// `npm run test:electron`: the extension-host suite in desktop VS Code (Electron), where it can be downloaded.
const VSCODE_VERSION = '1.100.3';

async function main(): Promise<number> {
  let vscodeExecutablePath: string;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({
      version: VSCODE_VERSION,
      reporter: new SilentReporter(),
      timeout: 10_000,
    });
  } catch (error) {
    const reason = String((error as Error).message ?? error).split('\n')[0];
    console.log(
      `test:electron skipped: VS Code ${VSCODE_VERSION} cannot be downloaded here (${reason}); npm run test:e2e runs the same suite in code-server.`,
    );
    return 0;
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'therapy-lint-electron-'));
  const workspace = copyWorkspace(home);
  const resultsFile = path.join(home, 'results.json');
  const suite = prepareSuite(workspace, { resultsFile });
  const exitCode = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: suite,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--user-data-dir',
      path.join(home, 'user-data'),
    ],
  });
  removeSuite(suite);
  if (fs.existsSync(resultsFile)) {
    const { outcomes } = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as SuiteResults;
    for (const outcome of outcomes)
      console.log(
        `${outcome.state === 'passed' ? '✔' : outcome.state === 'pending' ? '-' : '✖'} ${outcome.title}${outcome.error ? `\n${outcome.error}` : ''}`,
      );
  }
  return exitCode;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
