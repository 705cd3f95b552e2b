import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';

/** What the outer runner hands the extension-host suite, in a file beside the suite's bundle. */
export interface E2eConfig {
  /** Where the suite writes its results (the runner waits for this file). */
  resultsFile: string;
  /** The id the packaged extension has, and the folder it must have been installed into (when a .vsix was). */
  extensionId: string;
  installedUnder?: string;
  expectations: Expectation[];
  hover: { file: string; text: string; card: string };
  completion: { file: string; prefixOf: string; prefixLength: number; label: string };
  /** Rule ids of the bundled server (from the CLI's SARIF rule metadata). */
  rules: string[];
  /** The CLI's diagnostics for each workspace file: what the editor must show, range for range. */
  oracle: Record<string, Diagnostic[]>;
}

export interface Expectation {
  file: string;
  code: string;
  text: string;
  exact?: boolean;
  fixedText?: string;
}

export const CONFIG_FILE = 'e2e-config.json';

export function readConfig(): E2eConfig {
  return JSON.parse(fs.readFileSync(path.join(__dirname, CONFIG_FILE), 'utf8')) as E2eConfig;
}
