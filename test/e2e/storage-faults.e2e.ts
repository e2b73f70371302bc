import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/browser-host';
import { storageFault } from './support/test-control';
import {
  articleDetails,
  createArticle,
  drawnAnnotationTexts,
  SEED_TEXT,
  selectInArticle,
} from './support/annotation-page';

// A write that fails (a full disk, a read-only project file) in the real UI: the status bar says the
// change is not saved and why, an error says so in plain words, the refused change is not shown as
// if it were saved, and everything saved before it is still there after a reload.

const TITLE = 'Xi empfängt Schoigu in Peking';
const PROJECT = 'My Project';
const SENTENCES = {
  'disk-full': `The disk holding "${PROJECT}" is full. The last change was not saved; everything saved before it is intact. Free some space and try again.`,
  'read-only': `"${PROJECT}" is read-only, so the change was not saved. Use File › Save project as… to continue in a copy.`,
} as const;
type Fault = keyof typeof SENTENCES;

function saveStatus(app: Page): Locator {
  return app.getByTestId('status-save');
}

function errorToasts(app: Page): Locator {
  return app.getByRole('region', { name: 'Notifications' }).getByRole('alert');
}

async function label(app: Page, text: string): Promise<void> {
  await selectInArticle(app, text);
  await app.keyboard.press('1');
}

/** An article with one saved annotation, "Xi Jinping". */
async function savedStart(app: Page): Promise<void> {
  await createArticle(app, TITLE, SEED_TEXT);
  await label(app, 'Xi Jinping');
  await expect.poll(() => drawnAnnotationTexts(app)).toEqual(['Xi Jinping']);
  await expect(saveStatus(app)).toHaveText('All changes saved');
}

/** Under the fault: a new annotation and a new title are both refused, visibly, and neither is shown as saved. */
async function expectWritesRefused(app: Page, fault: Fault): Promise<void> {
  const sentence = SENTENCES[fault];
  await label(app, 'Schoigu');
  await expect(saveStatus(app)).toHaveText(`Not saved: ${sentence}`);
  await expect(saveStatus(app)).toHaveAttribute('data-state', 'failed');
  await expect(errorToasts(app).filter({ hasText: sentence })).toBeVisible();
  // The refused annotation is not drawn: what is on screen is what is in the file.
  await expect.poll(() => drawnAnnotationTexts(app)).toEqual(['Xi Jinping']);

  const details = await articleDetails(app);
  const title = details.getByLabel('Title', { exact: true });
  await title.fill('Ein neuer Titel');
  await title.press('Enter');
  await expect(details.getByRole('alert').filter({ hasText: sentence })).toBeVisible();
  await expect(saveStatus(app)).toHaveText(`Not saved: ${sentence}`);
  await expect(app.locator('h1')).toHaveText(TITLE);
}

/** After the fault is gone and the page reloaded: exactly what was saved before it, and writing works again. */
async function expectSavedWorkIntact(app: Page): Promise<void> {
  await app.reload();
  const articles = app.getByRole('listbox', { name: 'Articles' });
  await expect(articles.getByRole('option')).toHaveCount(1);
  await articles.getByRole('option', { name: new RegExp(TITLE) }).click();
  await expect(app.locator('h1')).toHaveText(TITLE);
  await expect.poll(() => drawnAnnotationTexts(app)).toEqual(['Xi Jinping']);
  await expect(saveStatus(app)).toHaveText('All changes saved');

  await label(app, 'Schoigu');
  await expect.poll(() => drawnAnnotationTexts(app)).toEqual(['Xi Jinping', 'Schoigu']);
  await expect(saveStatus(app)).toHaveText('All changes saved');
}

test('on a full disk a new annotation and a title edit are refused and shown as not saved; saved work survives', async ({
  app,
  host,
  request,
}) => {
  await savedStart(app);
  await storageFault(request, host, 'disk-full');
  await expectWritesRefused(app, 'disk-full');

  await storageFault(request, host, null);
  await expectSavedWorkIntact(app);
});

test('a read-only project refuses writes with its own message and keeps what was saved', async ({
  app,
  host,
  request,
}) => {
  await savedStart(app);
  await storageFault(request, host, 'read-only');
  await expectWritesRefused(app, 'read-only');

  await storageFault(request, host, null);
  await expectSavedWorkIntact(app);
});
