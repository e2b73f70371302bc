// Bundles the Node-side entry points: the Electron main process, the sandboxed preload,
// the `npm start` launcher, the command-line program and the browser host (npm start's fallback when
// Electron cannot be had, and what the end-to-end tests drive).
import { build } from 'esbuild';

const common = { bundle: true, sourcemap: 'linked', logLevel: 'warning', legalComments: 'none' };
// Bundled CommonJS dependencies call require() for Node built-ins, which ESM output lacks.
const nodeEsm = {
  platform: 'node',
  format: 'esm',
  target: 'node22',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};

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
  build({ ...common, ...nodeEsm, entryPoints: ['main/launcher/start-app.ts'], outfile: 'out/launcher/start-app.mjs' }),
  // The worker threads (Electron main, browser host): every connection to the open project lives in
  // a store worker, import parsing and exports run in workers of their own. One ESM build with shared
  // chunks, so a worker loads at start what its entry imports, and the file readers it imports on
  // first use (pdf.js, mammoth, linkedom: most of the bundle) from chunks only when a file needs
  // them. Store workers start with every project, so this is much of the start-up time.
  build({
    ...common,
    ...nodeEsm,
    entryPoints: {
      'store-worker': 'main/store-host/store-worker.ts',
      'import-worker': 'main/library/import-jobs/import-worker.ts',
      'export-worker': 'main/interchange/export-jobs/export-worker.ts',
    },
    outdir: 'out/workers',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
  // The command-line program: plain Node, same services as the app.
  build({
    ...common,
    ...nodeEsm,
    entryPoints: ['main/cli/awb.ts'],
    outfile: 'out/cli/awb.mjs',
    banner: { js: `#!/usr/bin/env node\n${nodeEsm.banner.js}` },
  }),
  // The browser host: a second shell, plain Node, serving the renderer over loopback HTTP. Its entry
  // point turns the compiled-code cache on, then loads the host, so the host's bundle is cached too.
  build({
    ...common,
    ...nodeEsm,
    entryPoints: { server: 'main/browser-host/server.ts', host: 'main/browser-host/host.ts' },
    outdir: 'out/browser-host',
    outExtension: { '.js': '.mjs' },
  }),
  // Playwright drives Chromium for the browser benchmarks; it is loaded from node_modules, not bundled.
  build({
    ...common,
    ...nodeEsm,
    entryPoints: ['test/bench/run-bench.ts'],
    outfile: 'out/bench/run-bench.mjs',
    external: ['@playwright/test'],
  }),
  // Its stand-in for the preload, loaded by the page before the renderer.
  build({
    ...common,
    entryPoints: ['main/browser-host/page/bridge.ts'],
    outfile: 'out/browser-host/bridge.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  }),
]);
