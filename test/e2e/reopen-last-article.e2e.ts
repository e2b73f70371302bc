import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-host';
import { createArticle, SEED_TEXT } from './support/annotation-page';

// A reload (or the next start) reopens the article the analyst was working on, where they had
// scrolled to, not the newest one.

function articlePaneScroll(app: Page): Promise<number> {
  return app.locator('#article-pane').evaluate((pane) => pane.scrollTop);
}

test('a reload reopens the last article at its scroll position, not the newest', async ({ app }) => {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', [SEED_TEXT, SEED_TEXT, SEED_TEXT].join('\n'));
  await createArticle(app, 'Neueste Meldung', 'Eine kurze Meldung, die zuletzt kam.');

  await app.getByRole('option', { name: /Xi empfängt Schoigu/ }).click();
  await expect(app.locator('h1')).toHaveText('Xi empfängt Schoigu in Peking');
  await app.locator('#article-pane').hover();
  await app.mouse.wheel(0, 1_200);
  await expect.poll(() => articlePaneScroll(app)).toBeGreaterThan(600);
  const scrolled = await articlePaneScroll(app);

  await app.reload();
  await expect(app.locator('h1')).toHaveText('Xi empfängt Schoigu in Peking');
  await expect(app.getByRole('option', { name: /Xi empfängt Schoigu/ })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => articlePaneScroll(app)).toBe(scrolled);

  // Once trashed, it is not reopened: the newest article is.
  await app.getByRole('button', { name: 'Move to trash' }).click();
  await expect(app.locator('h1')).toHaveText('Neueste Meldung');
  await app.reload();
  await expect(app.locator('h1')).toHaveText('Neueste Meldung');
});
