import { expect, test } from './support/browser-host';
import { createArticle, SEED_TEXT, searchAndSelect, selectInArticle } from './support/annotation-page';

test('annotate all offers the selected annotation’s label first, else the label used last', async ({ app }) => {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);

  // Just labelled and still selected: Shift+Enter on its text, then Enter, annotates every other
  // "Peking" as a Location.
  await searchAndSelect(app, 'Peking');
  await app.keyboard.press('3');
  await expect(app.locator('.ann')).toHaveText(['Peking']);
  await selectInArticle(app, 'Peking');
  await app.keyboard.press('Shift+Enter');
  await app.getByRole('dialog', { name: /Annotate every “Peking”/ }).waitFor();
  await app.keyboard.press('Enter');
  const locationPreview = app.getByRole('dialog', { name: 'Annotate “Peking” as Location' });
  await expect(locationPreview).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(locationPreview).toBeHidden();

  // Nothing selected: the label used last (Organisation, for TASS) comes first.
  await searchAndSelect(app, 'TASS');
  await app.keyboard.press('2');
  await expect(app.locator('.ann', { hasText: 'TASS' })).toHaveCount(1);
  await app.keyboard.press('Escape');
  await searchAndSelect(app, 'Russland');
  await app.keyboard.press('Shift+Enter');
  await app.getByRole('dialog', { name: /Annotate every “Russland”/ }).waitFor();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('dialog', { name: 'Annotate “Russland” as Organisation' })).toBeVisible();
});
