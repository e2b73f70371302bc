import { expect, test } from './support/browser-host';
import { createArticle, SEED_TEXT, selectInArticle } from './support/annotation-page';

// Counts read as English does: "1 mention", "2 mentions", in the pickers as in the lists.

test('the entity and merge pickers and the lists say “1 mention”, not “1 mentions”', async ({ app }) => {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  for (const name of ['Xi Jinping', 'Sergei Schoigu', 'Lawrow']) {
    await selectInArticle(app, name);
    await app.keyboard.press('1');
    await expect(app.locator('.ann', { hasText: name })).toHaveCount(1);
  }

  // Linking Lawrow's mention to another person: each is listed with its one mention.
  await app.keyboard.press('e');
  const linkPicker = app.getByRole('dialog', { name: /Lawrow/ });
  await expect(linkPicker.getByRole('option', { name: /Xi Jinping/ })).toContainText(/1 mention$/);
  await expect(linkPicker).not.toContainText('1 mentions');
  await app.keyboard.press('Escape');
  await expect(linkPicker).toBeHidden();

  const panel = app.locator('.entity-panel');
  await app.getByRole('tab', { name: 'Entities' }).click();
  await expect(app.locator('.entity-panel .side-list-count')).toHaveText('3 entities');
  const xi = panel.getByRole('button', { name: /^Xi Jinping/ });
  await expect(xi).toContainText('1 mention');
  await expect(xi).toContainText('1 article');
  await expect(xi).not.toContainText(/1 (mentions|articles)/);

  await xi.click();
  await panel.getByRole('button', { name: 'Merge into…' }).click();
  const mergePicker = app.getByRole('dialog', { name: 'Merge “Xi Jinping” into…' });
  await expect(mergePicker.getByRole('option', { name: /Sergei Schoigu/ })).toContainText(/Person · 1 mention$/);
  await expect(mergePicker).not.toContainText('1 mentions');
});
