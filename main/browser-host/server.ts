import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keepCompiledCode } from '../startup/compiled-code-cache';
import type * as Host from './host';
import { readHostOptions } from './host-options';

/*
 * The browser host's entry point (bundled to out/browser-host/server.mjs, beside the renderer and
 * the workers). It reads the command line and turns on the compiled-code cache before it loads the
 * host itself (host.mjs), the bundle that cache is for.
 */

const here = dirname(fileURLToPath(import.meta.url));
const options = readHostOptions(process.argv.slice(2), process.env);
const flushCompiledCode = keepCompiledCode(join(options.dataDir, 'compiled-code'));
const host = (await import(pathToFileURL(join(here, 'host.mjs')).href)) as typeof Host;
await host.runHost(options, join(here, '..'));
flushCompiledCode();
