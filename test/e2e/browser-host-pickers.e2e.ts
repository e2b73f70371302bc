import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { createArticle, drawnAnnotationTexts, SEED_TEXT, selectInArticle } from './support/annotation-page';
import { expect, test } from './support/browser-host';

// npm start's fallback is the whole app: without test control, the browser host imports through
// the browser's own file and folder pickers and hands exports and Save as over as downloads.

// The host's own temporary folder, to see that uploads and exports do not stay behind.
const hostTemp = mkdtempSync(join(tmpdir(), 'workbench-pickers-host-'));
test.use({ testControl: false, hostEnv: { ...process.env, TMPDIR: hostTemp } });
test.afterAll(() => rmSync(hostTemp, { recursive: true, force: true }));

/** Files the host has left in its temporary folder. */
function leftInTemp(): string[] {
  return readdirSync(hostTemp, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

let workDir = '';
test.beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'workbench-pickers-'));
});
test.afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

async function closeDialog(app: Page, name: string): Promise<void> {
  const dialog = app.getByRole('dialog', { name });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** Runs an entry of a toolbar menu and answers the file picker it opens with `paths`. */
async function pickThroughMenu(app: Page, menu: string, item: string, paths: string | string[]): Promise<void> {
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: menu, exact: true }).click();
  await app.getByRole('menuitem', { name: item }).click();
  await (await chooser).setFiles(paths);
}

/** Exports through the Export dialog and returns the download the browser received. */
async function exportAsDownload(app: Page, format: RegExp) {
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Project', exact: true }).click();
  await app.getByRole('menuitem', { name: 'Export…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByRole('radio', { name: 'All articles' }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const report = app.getByRole('dialog', { name: 'Export finished' });
  await expect(report).toContainText('downloaded by the browser');
  await closeDialog(app, 'Export finished');
  return download;
}

test('Import files… and Import folder… read what the browser’s pickers chose', async ({ app }) => {
  const lawrow = join(workDir, 'Lawrow in Teheran.txt');
  writeFileSync(lawrow, 'Lawrow besucht Teheran\n\nDer russische Außenminister ist eingetroffen.\n');
  const report = join(workDir, 'Bericht.md');
  writeFileSync(report, '# Bericht aus Genf\n\nDie Gespräche dauern an.\n');
  await pickThroughMenu(app, 'Import', 'Import files…', [lawrow, report]);
  const imported = app.getByRole('dialog', { name: 'Import finished' });
  await expect(imported.getByTestId('import-imported')).toContainText('2');
  await expect(imported).toContainText('Lawrow in Teheran.txt');
  await expect(imported).toContainText('Bericht.md');
  await closeDialog(app, 'Import finished');

  const folder = join(workDir, 'Presse');
  mkdirSync(join(folder, 'Archiv'), { recursive: true });
  writeFileSync(join(folder, 'Kyjiw.txt'), 'Treffen in Kyjiw\n\nDie Delegationen sprachen über Getreide.\n');
  writeFileSync(
    join(folder, 'Archiv', 'Peking.html'),
    '<!doctype html><title>Schoigu in Peking</title><p>Xi empfängt Schoigu in Peking.</p>',
  );
  await pickThroughMenu(app, 'Import', 'Import folder…', folder);
  await expect(imported.getByTestId('import-imported')).toContainText('2');
  // Named inside the chosen folder, subfolders included, as when Electron's dialog chose it.
  await expect(imported).toContainText('Archiv/Peking.html');
  await expect(imported).toContainText('Kyjiw.txt');
  await closeDialog(app, 'Import finished');

  const articles = app.getByRole('listbox', { name: 'Articles' });
  for (const title of ['Lawrow besucht Teheran', 'Bericht aus Genf', 'Treffen in Kyjiw', 'Schoigu in Peking']) {
    await expect(articles).toContainText(title);
  }
  // The uploaded copies go once the import has read them.
  await expect.poll(leftInTemp).toEqual([]);
});

test('exports, Save as and Open project go through downloads and the browser’s picker', async ({ app }) => {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  await selectInArticle(app, 'Schoigu');
  await app.keyboard.press('1');
  await expect.poll(() => drawnAnnotationTexts(app)).toEqual(['Schoigu']);

  // A single-file format downloads as that file.
  const bundle = await exportAsDownload(app, /bundle/);
  expect(bundle.suggestedFilename()).toMatch(/\.awb\.json$/);
  expect(readFileSync(await bundle.path(), 'utf8')).toContain('Schoigu');

  // A multi-file format downloads as one ZIP of its folder.
  const tables = await exportAsDownload(app, /CSV/);
  expect(tables.suggestedFilename()).toMatch(/\.zip$/);
  const entries = unzipSync(new Uint8Array(readFileSync(await tables.path())));
  const csvName = Object.keys(entries).find((name) => name.endsWith('/annotations.csv'));
  expect(csvName).toBeDefined();
  expect(strFromU8(entries[csvName ?? ''] ?? new Uint8Array())).toContain('Schoigu');

  // Save as: the work continues in the copy, and the browser downloads it.
  const saved = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Project', exact: true }).click();
  await app.getByRole('menuitem', { name: 'Save as…' }).click();
  const copy = await saved;
  expect(copy.suggestedFilename()).toBe('My Project copy.awb');
  await expect(app.getByTestId('status-project')).toContainText('My Project copy');

  // The downloaded project opens again through the picker (as a copy beside the open project).
  const archived = join(workDir, 'Archiv.awb');
  copyFileSync(await copy.path(), archived);
  await pickThroughMenu(app, 'Project', 'Open project…', archived);
  await expect(app.getByTestId('status-project')).toContainText('Archiv');
  await expect(app.getByRole('listbox', { name: 'Articles' })).toContainText('Xi empfängt Schoigu in Peking');
  // Exports and copies go once the browser has downloaded them.
  await expect.poll(leftInTemp).toEqual([]);
});
