import { expect, test } from './support/browser-host';
import { recordCallNames } from '../support/call-names';
import { createArticle, openSchema, SEED_TEXT, searchAndSelect } from './support/annotation-page';

test('undo and redo repaint from their change set without reading the article, annotations or entities again', async ({
  app,
}) => {
  await createArticle(app, 'Peking überall', SEED_TEXT);
  await searchAndSelect(app, 'TASS');
  await app.keyboard.press('2');
  await expect(app.locator('.ann')).toHaveText(['TASS']);

  const recorded = await recordCallNames(app);
  await app.keyboard.press('Control+z');
  await expect(app.locator('.ann')).toHaveCount(0);
  await app.keyboard.press('Control+Shift+z');
  await expect(app.locator('.ann')).toHaveText(['TASS']);

  const calls = await recorded();
  expect(calls).toContain('history.undo');
  expect(calls).toContain('history.redo');
  const reads = calls.filter((call) =>
    ['article.get', 'annotation.list', 'annotation.columns', 'relation.list', 'entity.list'].includes(call),
  );
  expect(reads, 'reads after undo and redo').toEqual([]);
});

test('a second window on the same project sees a label added in the first without reloading', async ({ app, host }) => {
  const second = await app.context().newPage();
  await second.goto(host.startUrl);
  await expect(second.getByTestId('status-project')).not.toBeEmpty();
  const watching = await openSchema(second);

  const schema = await openSchema(app);
  await schema.getByRole('textbox', { name: 'New entity type' }).fill('Vessel');
  await schema.getByRole('button', { name: 'Add entity type' }).click();

  await expect(watching.getByRole('textbox', { name: 'Name of Vessel' })).toBeVisible();
  await second.close();
});
