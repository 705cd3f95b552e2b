/**
 * The V8 flags the CLI sets before it compiles its bundle. A run lasts seconds: with V8's default tier-up, its
 * compiler threads spent more CPU optimising functions than the checking of a claim-dense 1 MB file did, and each
 * worker thread optimises them again. A budget 15 times the default leaves only the hottest functions to optimise
 * (a third less CPU on that file, the same output). They are part of the code cache's check: a cache made under
 * other flags is rejected.
 */
export const CLI_V8_FLAGS = '--interrupt-budget=1000000';
