import type { Settings } from './settings';

/** Why a document is not checked at all (too large, binary), or undefined when it is checked. */
export function skipReason(text: string, settings: Settings): string | undefined {
  if (text.length > settings.maxFileSize) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    return `skipped: ${mb(text.length)} MB is over the maxFileSize limit of ${mb(settings.maxFileSize)} MB`;
  }
  if (text.slice(0, 8192).includes('\u0000')) return 'skipped: the file looks binary (it contains NUL bytes)';
  return undefined;
}
