import { expect, test } from './support/browser-host';
import { invoke, labelId } from './support/annotation-page';

test('the merge picker lists same-type, similar names first, and a rename keeps the old name as an alias', async ({
  app,
}) => {
  const person = await labelId(app, 'Person');
  const location = await labelId(app, 'Location');
  for (const [name, typeLabelId] of [
    ['Anna', person],
    ['Schoigu-Allee', location],
    ['Schoigu', person],
    ['Shoigu', person],
    ['Sergej Schoigu', person],
  ] as const) {
    await invoke(app, 'entity.create', { name, typeLabelId });
  }

  await app.getByRole('tab', { name: 'Entities' }).click();
  const panel = app.locator('.entity-panel');
  await panel.getByRole('button', { name: /^Schoigu(?!-)/ }).click();
  await panel.getByRole('button', { name: 'Merge into…' }).click();
  const mergePicker = app.getByRole('dialog', { name: 'Merge “Schoigu” into…' });
  await expect(mergePicker.locator('.picker-option-label')).toHaveText([
    'Sergej Schoigu',
    'Shoigu',
    'Anna',
    'Schoigu-Allee',
  ]);
  await app.keyboard.press('Escape');
  await expect(mergePicker).toBeHidden();

  // Renamed: asked whether the old name stays as an alias, and Enter at once says yes.
  const name = panel.getByLabel('Name', { exact: true });
  await name.fill('Sergej K. Schoigu');
  await name.press('Enter');
  const question = app.getByRole('alertdialog', { name: 'Keep the old name?' });
  await expect(question.getByRole('button', { name: 'Keep as alias' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(panel.locator('.tag-chip-text')).toHaveText(['Schoigu']);
  const entities = await invoke<{ name: string; aliases: string[] }[]>(app, 'entity.list');
  expect(entities.find((entity) => entity.name === 'Sergej K. Schoigu')?.aliases).toEqual(['Schoigu']);

  // "Rename only" leaves the aliases as they are.
  await name.fill('Sergej Kuschugetowitsch Schoigu');
  await name.press('Enter');
  await question.getByRole('button', { name: 'Rename only' }).click();
  await expect(panel.locator('.tag-chip-text')).toHaveText(['Schoigu']);
  await expect(name).toHaveValue('Sergej Kuschugetowitsch Schoigu');
});
