// Regenerates the README screenshots from the browser host: `node test/screenshots/take-readme-screenshots.mjs`
// (after `npm run build`). Not part of `npm test`: it rewrites tracked images.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'workbench-shots-'));
const host = spawn(process.execPath, [join(root, 'out/browser-host/server.mjs'), '--data-dir', dataDir], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const lines = createInterface({ input: host.stdout });
const { value: firstLine } = await lines[Symbol.asyncIterator]().next();
const { startUrl } = JSON.parse(firstLine);
const seed = readFileSync(join(root, '..', 'shared', 'corpus', '000_5d407fa9e5e9a813.txt'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme });
    await page.goto(startUrl);
    if (colorScheme === 'light') {
      await page.getByRole('button', { name: 'New article' }).click();
      const dialog = page.getByRole('dialog', { name: 'New article' });
      await dialog.getByLabel('Title').fill('Xi empfängt Schoigu in Peking');
      await dialog.getByLabel('Text').fill(seed);
      await dialog.getByRole('button', { name: 'Create' }).click();
    } else {
      await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();
    }
    await page.locator('.ProseMirror p').first().waitFor();
    await page.screenshot({ path: join(root, 'resources', 'screenshots', `workbench-${colorScheme}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
  host.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
