/**
 * Memory: V8 lets the old generation grow to up to 4× what survived its last full collection. Growing it by 15% at
 * most, a 15 MB claim-dense document peaks at 513 MB instead of 719 (CLI text) for a sixth more time (a third more
 * CPU, its collector's threads); a 1 MB one at 167 MB instead of 204, in the same time.
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

/**
 * The language server's memory flag, set only while its open documents are large. Under it, garbage collection was
 * about half of a 1 MB document's edit (108–120 ms CPU per edit against 61–65 ms without it); on a 15 MB one it keeps
 * the peak at ~790 MB instead of ~945.
 */
export const SERVER_LARGE_TEXT_V8_FLAGS = MEMORY_V8_FLAGS;
/** Resets it: 0 is V8's own growth policy. */
export const SERVER_DEFAULT_V8_FLAGS = '--heap-growing-percent=0';
/** Open documents' characters above which the server trades edit speed for memory. */
export const SERVER_LARGE_TEXT_CHARS = 4_000_000;
