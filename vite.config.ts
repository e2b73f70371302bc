import { defineConfig } from 'vite';

// The renderer is served from app://workbench/ in Electron and from the browser host in tests;
// both serve out/renderer at the origin root.
export default defineConfig({
  root: 'renderer',
  base: '/',
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // Inline assets would need data: in the CSP for more than images; keep every asset a file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
