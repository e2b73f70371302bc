// Bundles the Node-side entry points: the Electron main process, the sandboxed preload,
// the `npm start` launcher, the command-line program and the browser host used by the end-to-end tests.
import { build } from 'esbuild';

const common = { bundle: true, sourcemap: 'linked', logLevel: 'warning', legalComments: 'none' };

await Promise.all([
  build({
    ...common,
    entryPoints: ['main/shell/app.ts'],
    outfile: 'out/main/app.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
  }),
  // Sandboxed preloads may only require('electron') and a few polyfilled modules: one CJS file.
  build({
    ...common,
    entryPoints: ['main/shell/preload.ts'],
    outfile: 'out/preload/preload.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
  }),
  // `npm start`: finds or fetches Electron, else falls back to the browser host. Plain Node, no Electron.
  build({
    ...common,
    entryPoints: ['main/launcher/start-app.ts'],
    outfile: 'out/launcher/start-app.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node22',
  }),
  build({
    ...common,
    entryPoints: ['test/browser-host/server.ts'],
    outfile: 'out/browser-host/server.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node22',
  }),
  build({
    ...common,
    entryPoints: ['test/browser-host/bridge.ts'],
    outfile: 'out/browser-host/bridge.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  }),
]);
