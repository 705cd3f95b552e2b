// `therapy-lint` (dist/cli.js): the CLI bundle, loaded with the code cache.
import * as path from 'node:path';
import { runBundle } from './codeCache';

runBundle(path.join(__dirname, 'cli.main.js'));
