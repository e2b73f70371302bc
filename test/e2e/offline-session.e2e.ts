import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type RunningHost } from './support/browser-host';
import { answerDialogs, menuCommand } from './support/test-control';
import { drawnAnnotationTexts, selectInArticle } from './support/annotation-page';
import { HOSTILE_HTML } from './support/hostile-page';

// A whole session on hostile material, offline: import a page built to run script and phone home,
// read it, annotate it by keyboard, export it twice. Nothing may run and nothing may be fetched.

/** Exports the open article in the format whose radio button matches `format`, to `file`. */
async function exportArticle(app: Page, request: APIRequestContext, host: RunningHost, format: RegExp, file: string) {
  await answerDialogs(request, host, [file]);
  await menuCommand(request, host, 'export');
  const dialog = app.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: format }).check();
  await expect(dialog.getByRole('radio', { name: /This article/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const report = app.getByRole('dialog', { name: 'Export finished' });
  await expect(report).toContainText(file);
  await expect(report.getByTestId('report-annotations')).toContainText('2');
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();
}

let outDir = '';
test.beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'workbench-offline-'));
});
test.afterEach(() => {
  rmSync(outDir, { recursive: true, force: true });
});

test('a session on a hostile page — import, annotate, export — runs nothing and fetches nothing', async ({
  app,
  host,
  request,
  foreignRequests,
}) => {
  const page = join(outDir, 'hostile.html');
  writeFileSync(page, HOSTILE_HTML);
  await answerDialogs(request, host, [page]);
  await menuCommand(request, host, 'import');
  const imported = app.getByRole('dialog', { name: 'Import finished' });
  await expect(imported.getByTestId('import-imported')).toContainText('1');
  await imported.getByRole('button', { name: 'Close' }).click();
  await expect(imported).toBeHidden();
  await expect(app.locator('.ProseMirror')).toContainText('First paragraph of the hostile page.');

  // Two spans, labelled by keyboard as an analyst does: 1 and 3 are the default schema's hotkeys.
  await selectInArticle(app, 'First paragraph');
  await app.keyboard.press('1');
  await selectInArticle(app, 'Last paragraph');
  await app.keyboard.press('3');
  await expect
    .poll(() => drawnAnnotationTexts(app))
    .toEqual(expect.arrayContaining(['First paragraph', 'Last paragraph']));

  const w3c = join(outDir, 'hostile.jsonld');
  await exportArticle(app, request, host, /W3C/, w3c);
  const collection = JSON.parse(readFileSync(w3c, 'utf8')) as unknown;
  expect(JSON.stringify(collection)).toContain('First paragraph');

  const reportFile = join(outDir, 'hostile-report.html');
  await exportArticle(app, request, host, /HTML report/, reportFile);
  const html = readFileSync(reportFile, 'utf8');
  expect(html).toContain('Last paragraph');
  expect(html).not.toMatch(/<script/i);
  // No attribute may point anywhere but inside the report itself.
  const remote = [...html.matchAll(/\b(?:src|href|action|data)\s*=\s*["']?([^"'\s>]*)/gi)]
    .map((match) => match[1] ?? '')
    .filter((url) => !url.startsWith('#'));
  expect(remote).toEqual([]);
  expect(html).not.toMatch(/url\(\s*["']?(?:https?:|\/\/)/i);
  expect(html).not.toContain('evil.example');

  expect(await app.evaluate(() => (window as unknown as { __hostileRan?: unknown }).__hostileRan)).toBeUndefined();
  expect(app.url()).toBe(`${host.origin}/`);
  expect(foreignRequests).toEqual([]);
});
