import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-host';
import { answerDialogs, menuCommand } from './support/test-control';
import { createArticle, drawnAnnotationTexts, invoke, SEED_TEXT, selectInArticle } from './support/annotation-page';

// Export (dialog, progress, report, the files on disk) and annotation import (all or nothing).

const BRAT_EXAMPLE = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'standards',
  'brat-standoff',
  'news-tutorial',
  '040-text_span_annotation',
);

async function annotateSeed(app: Page): Promise<void> {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  await selectInArticle(app, 'Schoigu');
  await app.keyboard.press('1');
  await expect(app.locator('.ann')).toHaveText(['Schoigu']);
  await selectInArticle(app, 'Peking');
  await app.keyboard.press('3');
  await expect.poll(() => drawnAnnotationTexts(app)).toEqual(expect.arrayContaining(['Schoigu', 'Peking']));
}

let outDir = '';
test.beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'workbench-interchange-'));
});
test.afterEach(() => {
  rmSync(outDir, { recursive: true, force: true });
});

test('exports CSV tables to a new folder and the native bundle of the open article to a file', async ({
  app,
  host,
  request,
}) => {
  await annotateSeed(app);

  // CSV, all articles, from the toolbar's Project menu.
  const folder = join(outDir, 'tables');
  await answerDialogs(request, host, [folder]);
  await app.getByRole('button', { name: 'Project' }).click();
  await app.getByRole('menuitem', { name: 'Export…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /CSV/ }).check();
  await expect(dialog.getByText('offsets in code points').first()).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Byte-order mark for spreadsheet programs' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'All articles' }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();

  const report = app.getByRole('dialog', { name: 'Export finished' });
  await expect(report).toBeVisible();
  await expect(report).toContainText(folder);
  await expect(report.getByTestId('report-annotations')).toContainText('2');
  const csv = readFileSync(join(folder, 'annotations.csv'), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = csv.slice(1).split('\r\n');
  expect(header).toContain('start_codepoint');
  expect(rows.some((row) => row.includes('Peking'))).toBe(true);
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();

  // The native bundle of "This article", from the File menu (Ctrl+E in the desktop app).
  const file = join(outDir, 'seed.awb.json');
  await answerDialogs(request, host, [file]);
  await menuCommand(request, host, 'export');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /bundle/ }).check();
  await expect(dialog.getByRole('radio', { name: /This article/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Byte-order mark for spreadsheet programs' })).toBeHidden();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(report).toBeVisible();
  await expect(report).toContainText(file);
  const bundle = readFileSync(file, 'utf8');
  expect(bundle).toContain('Schoigu');
  expect(JSON.parse(bundle)).toBeTruthy();
});

test('a cancelled save dialog exports nothing', async ({ app, host, request }) => {
  await annotateSeed(app);
  await answerDialogs(request, host, [null]);
  await menuCommand(request, host, 'export');
  const dialog = app.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('dialog', { name: 'Export finished' })).toBeHidden();
});

test('imports a brat .ann/.txt pair, skipping a README beside it, and refuses one whose offsets do not match', async ({
  app,
  host,
  request,
}) => {
  // A file whose offsets point at other text: the report names the line and nothing comes in.
  const badText = join(outDir, 'bad.txt');
  const badAnn = join(outDir, 'bad.ann');
  writeFileSync(badText, 'Angela Merkel met Emmanuel Macron in Paris.\n');
  writeFileSync(badAnn, 'T1\tPerson 0 13\tAngela Merkel\nT2\tPerson 18 26\tMacron X\n');
  await answerDialogs(request, host, [[badAnn, badText]]);
  await menuCommand(request, host, 'import-annotations');
  const refused = app.getByRole('dialog', { name: 'Annotations not imported' });
  await expect(refused).toBeVisible();
  await expect(refused).toContainText('bad.ann:2');
  await expect(refused).toContainText('Nothing was imported.');
  expect(await invoke<unknown[]>(app, 'article.list')).toEqual([]);
  await refused.getByRole('button', { name: 'Close' }).click();

  // The brat tutorial's example, through the toolbar's Import menu, with the README a corpus ships.
  const ann = join(outDir, 'example.ann');
  const txt = join(outDir, 'example.txt');
  const readme = join(outDir, 'README');
  copyFileSync(`${BRAT_EXAMPLE}.ann`, ann);
  copyFileSync(`${BRAT_EXAMPLE}.txt`, txt);
  writeFileSync(readme, 'The brat news tutorial.\n');
  expect(existsSync(ann)).toBe(true);
  await answerDialogs(request, host, [[ann, txt, readme]]);
  await app.getByRole('button', { name: 'Import' }).click();
  await app.getByRole('menuitem', { name: /Import annotations…/ }).click();
  const report = app.getByRole('dialog', { name: 'Annotations imported' });
  await expect(report).toBeVisible();
  await expect(report.getByTestId('report-annotations')).toContainText('4');
  await expect(report.getByTestId('report-articles')).toContainText('1');
  await expect(report).toContainText('Left out (1)');
  await expect(report).toContainText(/README.*not an annotation file/);
  await report.getByRole('button', { name: 'Close' }).click();

  await expect(app.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(1);
  await expect.poll(() => drawnAnnotationTexts(app)).toEqual(['Google', 'Larry Page', 'Sergey Brin', 'California']);
});
