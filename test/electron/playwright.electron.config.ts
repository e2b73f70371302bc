import { defineConfig } from '@playwright/test';

// End-to-end tests of the real Electron shell (out/main/app.cjs in an unpacked Electron). Started by
// test/electron/run-electron-tests.mjs, which finds the Electron binary and provides a display.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
  use: { trace: 'retain-on-failure' },
});
