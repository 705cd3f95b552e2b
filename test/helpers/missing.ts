/**
 * A test whose input (a data set beside the repository, an installed client) is missing. Under CI=true the
 * run fails with `what` and how to provide it; locally the test is skipped with one line saying so.
 */
export function missingInput(context: Mocha.Context, what: string): void {
  if (process.env.CI === 'true') throw new Error(`missing under CI=true: ${what}`);
  console.log(`      skipped: ${what}`);
  context.skip();
}
