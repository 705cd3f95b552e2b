/**
 * Memory: V8 lets the old generation grow to up to 4× what survived its last full collection. Growing it by 15% at
 * most, a 15 MB claim-dense document peaks at 513 MB instead of 719 (CLI text) for a sixth more time (a third more
 * CPU, its collector's threads); a 1 MB one at 167 MB instead of 204, in the same time.
 */
const MEMORY_V8_FLAGS = '--heap-growing-percent=15';

/**
 * Start-up: nearly all the knowledge base and matchers a run allocates first survive, and V8's young generation starts
 * at 1 MB and doubles only after a collection that finds most of it alive, so a call on a one-line file copied the same
 * objects in five scavenges. Grown 16-fold at once (to its usual 16 MB cap), it needs two.
 */
const YOUNG_V8_FLAGS = '--semi-space-growth-factor=16';

/**
 * Regular expressions: V8 first compiles each to bytecode (with a peephole pass), interprets it once, and compiles it
 * to machine code at its second use: each of the rules' and lexicons' large alternations used twice is compiled
 * twice. Compiled once to machine code, a CLI call on a 1 kB file takes 13 ms less CPU (148 → 135 ms, medians of 15
 * alternating runs; bare Node 60 ms); a claim-dense 1 MB file is unchanged.
 */
const REGEXP_V8_FLAGS = '--no-regexp-tier-up';

/**
 * The V8 flags the CLI sets before it compiles its bundle. A run lasts seconds: with V8's default tier-up, its
 * compiler threads spent more CPU optimising functions than the checking of a claim-dense 1 MB file did, and each
 * worker thread optimises them again. A budget 15 times the default leaves only the hottest functions to optimise
 * (a third less CPU on that file, the same output). They are part of the code cache's check: a cache made under
 * other flags is rejected.
 */
export const CLI_V8_FLAGS = `--interrupt-budget=1000000 ${REGEXP_V8_FLAGS} ${MEMORY_V8_FLAGS} ${YOUNG_V8_FLAGS}`;
