import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keepCompiledCode } from '../startup/compiled-code-cache';
import { EarlyServer } from './early-server';
import type * as Host from './host';
import { newLaunchSecrets, startUrl } from './host-auth';
import { readHostOptions, type HostOptions } from './host-options';
import { listenOnLastingPort } from './lasting-port';

/*
 * The browser host's entry point (bundled to out/browser-host/server.mjs, beside the renderer and
 * the workers). It is small on purpose: it listens and says where, so the browser can open its tab,
 * and turns the compiled-code cache on, all before it loads the host itself (host.mjs), the bundle
 * that cache is for and most of the start.
 */

const here = dirname(fileURLToPath(import.meta.url));

// Ctrl+C or SIGTERM while the host loads is honoured once it runs: the project finishes opening
// and is closed cleanly, as it would be a moment later.
let hostRuns: (host: Host.RunningHost) => void = () => undefined;
const running = new Promise<Host.RunningHost>((resolve) => (hostRuns = resolve));
let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  running
    .then((host) => host.shutdown())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[browser-host] The host could not close cleanly:', error);
        process.exit(1);
      },
    );
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** A start the user's command line or machine prevents: said in one line, without a stack. */
function cannotStart(error: unknown): never {
  console.error(`Annotation Workbench could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

let options: HostOptions;
try {
  options = readHostOptions(process.argv.slice(2), process.env);
} catch (error) {
  cannotStart(error);
}
const flushCompiledCode = keepCompiledCode(join(options.dataDir, 'compiled-code'));
const secrets = newLaunchSecrets();
const server = new EarlyServer();
const origin = await listenOnLastingPort((port) => server.listen(port), options.port, options.dataDir).catch(
  cannotStart,
);
const url = startUrl(origin, secrets);
if (options.dev) {
  console.log(
    `Annotation Workbench keeps its projects in ${options.dataDir}.\nOpen ${url} in Chromium. Ctrl+C stops it.`,
  );
} else {
  // Tests read this first line to find the host.
  console.log(JSON.stringify({ origin, startUrl: url, token: secrets.token }));
}
const { runHost } = (await import(pathToFileURL(join(here, 'host.mjs')).href)) as typeof Host;
const host = runHost({ options, server, origin, secrets, outRoot: join(here, '..') });
hostRuns(host);
await host.started;
flushCompiledCode();
