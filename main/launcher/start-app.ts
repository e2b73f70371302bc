// `npm start`: runs the built app in Electron, downloading Electron first if needed, and falls back to
// the browser host when Electron cannot be had (for example on a machine without internet access).
// Plain Node on purpose: it runs before any Electron exists.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronExecutable } from './electron-binary';

// Bundled to out/launcher/start-app.mjs, two levels below the project root.
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs a child with our terminal, passes Ctrl+C and termination on, and exits with its exit code. */
function runAndExit(command: string, args: readonly string[], env: NodeJS.ProcessEnv): void {
  const child = spawn(command, args, { stdio: 'inherit', env, cwd: projectRoot });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal !== null) console.error(`${command} was stopped by ${signal}.`);
    process.exit(code ?? 1);
  });
}

function ensureElectron(env: NodeJS.ProcessEnv): string | null {
  const installed = findElectronExecutable(projectRoot, env);
  if (installed !== null) return installed;
  // The electron package fetches its binary lazily (see .npmrc); its installer downloads and unpacks it.
  const install = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'electron', 'install.js')], {
    stdio: 'inherit',
    env,
  });
  return install.status === 0 ? findElectronExecutable(projectRoot, env) : null;
}

// Inherited from a VS Code terminal this would make Electron behave as plain Node and ignore the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;

const electron = ensureElectron(env);
if (electron === null) {
  console.error('Electron could not be downloaded, so Annotation Workbench is starting in the browser host instead.');
  runAndExit(process.execPath, [join(projectRoot, 'out', 'browser-host', 'server.mjs'), '--dev'], env);
} else {
  runAndExit(electron, [join(projectRoot, 'out', 'main', 'app.cjs')], env);
}
