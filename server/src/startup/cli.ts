// `therapy-lint` (dist/cli.js): the CLI bundle, loaded with the code cache.
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { runBundle } from './codeCache';
import { CLI_V8_FLAGS } from './flags';

// Process-wide: set once, before a worker thread starts or the bundle is compiled.
if (isMainThread) v8.setFlagsFromString(CLI_V8_FLAGS);

runBundle(path.join(__dirname, 'cli.main.js'));
