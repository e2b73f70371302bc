import { expect, test } from './support/browser-host';
import { createArticle, drawnAnnotationTexts, SEED_TEXT, selectInArticle } from './support/annotation-page';

test('a new annotation brings the Annotation tab forward unless the analyst pinned the shown tab', async ({ app }) => {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  const panel = app.getByRole('complementary', { name: 'Details' });
  const tab = (name: string) => panel.getByRole('tab', { name, exact: true });

  await tab('Entities').click();
  await selectInArticle(app, 'Peking');
  await app.keyboard.press('3');
  await expect(tab('Annotation')).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('group', { name: 'Selected annotation' })).toContainText('Peking');

  // Pinned from the keyboard, the Entities tab stays in front while the analyst labels on.
  await tab('Entities').click();
  const pin = panel.getByRole('button', { name: 'Pin the tab' });
  await pin.focus();
  await app.keyboard.press('Enter');
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  await selectInArticle(app, 'TASS');
  await app.keyboard.press('2');
  await expect.poll(() => drawnAnnotationTexts(app)).toEqual(['Peking', 'TASS']);
  await expect(tab('Entities')).toHaveAttribute('aria-selected', 'true');

  // The window remembers the pin across a reload.
  await app.reload();
  await expect(panel.getByRole('button', { name: 'Pin the tab' })).toHaveAttribute('aria-pressed', 'true');
});
