// `node dist/server.js --stdio`: the language server bundle, loaded with the code cache.
import * as path from 'node:path';
import { runBundle } from './codeCache';

runBundle(path.join(__dirname, 'server.main.js'));
