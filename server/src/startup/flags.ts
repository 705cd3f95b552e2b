/**
 * Memory: V8 lets the old generation grow to up to 4× what survived its last full collection, so a 15 MB document's
 * 300 MB of live heap peaked at 840 MB (CLI text). Growing it by 15% at most: 490 MB, for about a tenth more CPU on
 * that document. Small documents stay under V8's minimum limit, so they are collected no more often.
 */
const MEMORY_V8_FLAGS = '--heap-growing-percent=15';

/**
 * The V8 flags the CLI sets before it compiles its bundle. A run lasts seconds: with V8's default tier-up, its
 * compiler threads spent more CPU optimising functions than the checking of a claim-dense 1 MB file did, and each
 * worker thread optimises them again. A budget 15 times the default leaves only the hottest functions to optimise
 * (a third less CPU on that file, the same output). They are part of the code cache's check: a cache made under
 * other flags is rejected.
 */
export const CLI_V8_FLAGS = `--interrupt-budget=1000000 ${MEMORY_V8_FLAGS}`;

/** The language server's, set the same way: its memory only (it runs for hours, and its tier-up pays off). */
export const SERVER_V8_FLAGS = MEMORY_V8_FLAGS;
