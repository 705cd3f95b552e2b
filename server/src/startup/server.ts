// `node dist/server.js --stdio`: the language server bundle, loaded with the code cache.
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { runBundle } from './codeCache';
import { SERVER_V8_FLAGS } from './flags';

// Before the bundle is compiled: the code cache is checked against V8's flags.
v8.setFlagsFromString(SERVER_V8_FLAGS);

runBundle(path.join(__dirname, 'server.main.js'));
