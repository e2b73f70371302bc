import { expect, test } from './support/browser-host';
import { SEED_TEXT, createArticle, selectInArticle } from './support/annotation-page';

test('entity mentions link, list, rename, merge, and the annotation list filters and jumps', async ({ app }) => {
  const errors: string[] = [];
  app.on('pageerror', (error) => errors.push(String(error)));

  await app.getByRole('button', { name: 'New article' }).click();
  const newArticle = app.getByRole('dialog', { name: 'New article' });
  await newArticle.getByLabel('Title').fill('Treffen in Peking');
  await newArticle.getByLabel('Text').fill(SEED_TEXT);
  await newArticle.getByRole('button', { name: 'Create' }).click();
  await expect(app.locator('h1')).toHaveText('Treffen in Peking');

  // "Xi Jinping" is new: it becomes an entity at once. "Xi" is proposed to be the same person.
  await selectInArticle(app, 'Xi Jinping');
  await app.keyboard.press('1');
  await expect(app.locator('.ann')).toHaveCount(1);
  await selectInArticle(app, 'Xi', { occurrence: 1 });
  await app.keyboard.press('1');
  const picker = app.getByRole('dialog', { name: 'Which person is “Xi”?' });
  await expect(picker.getByRole('option').first()).toContainText('Xi Jinping');
  await app.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(app.locator('.ann')).toHaveCount(2);

  // Two more people to merge, and a place to filter by.
  await selectInArticle(app, 'Schoigu', { occurrence: 1 });
  await app.keyboard.press('1');
  await selectInArticle(app, 'Sergei Schoigu');
  await app.keyboard.press('1');
  await selectInArticle(app, 'Peking');
  await app.keyboard.press('3');
  await expect(app.locator('.ann')).toHaveCount(5);

  // The registry: Xi Jinping with both mentions.
  await app.getByRole('tab', { name: 'Entities' }).click();
  const panel = app.locator('.entity-panel');
  const xiRow = panel.getByRole('button', { name: /^Xi Jinping/ });
  await expect(xiRow).toContainText('2 mentions');
  await xiRow.click();
  const mentions = panel.locator('.entity-mention-open');
  await expect(mentions).toHaveCount(2);
  await expect(mentions.nth(1).locator('mark')).toHaveText('Xi');
  await mentions.nth(1).click();
  await expect(app.locator('.ann-focus-selected').first()).toHaveText('Xi');

  // Rename in place, keeping the old name as an alias.
  const name = panel.getByLabel('Name', { exact: true });
  await name.fill('Xi Jinping (Präsident)');
  await name.press('Enter');
  await app
    .getByRole('alertdialog', { name: 'Keep the old name?' })
    .getByRole('button', { name: 'Keep as alias' })
    .click();
  await panel.getByRole('button', { name: '← All entities' }).click();
  await expect(panel.getByRole('button', { name: /^Xi Jinping \(Präsident\)/ })).toContainText('2 mentions');

  // Merge "Schoigu" into "Sergei Schoigu": its mention moves over.
  await panel.getByRole('button', { name: /^Schoigu/ }).click();
  await panel.getByRole('button', { name: 'Merge into…' }).click();
  const mergePicker = app.getByRole('dialog', { name: 'Merge “Schoigu” into…' });
  await mergePicker.getByRole('combobox').fill('Sergei');
  await app.keyboard.press('Enter');
  await app.getByRole('alertdialog', { name: 'Merge entities' }).getByRole('button', { name: 'Merge' }).click();
  await expect(panel.getByLabel('Name', { exact: true })).toHaveValue('Sergei Schoigu');
  await expect(panel.locator('.entity-mention-open')).toHaveCount(2);
  await panel.getByRole('button', { name: '← All entities' }).click();
  await expect(panel.getByRole('button', { name: /^Schoigu/ })).toHaveCount(0);

  // The Annotations tab: filter by label, Enter jumps to the span and focus returns to the text.
  await app.getByRole('tab', { name: 'Annotations' }).click();
  const list = app.getByRole('listbox', { name: 'Annotations of this article' });
  await expect(list.getByRole('option')).toHaveCount(5);
  await app.locator('.annotation-list-tab select[name="label"]').selectOption({ label: 'Location' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(app.locator('.annotation-list-tab .side-list-count')).toHaveText('1 of 5 annotations');
  await list.focus();
  await app.keyboard.press('Home');
  await app.keyboard.press('Enter');
  await expect(app.locator('.ann-focus-selected').first()).toHaveText('Peking');
  await expect(app.locator('.article-body')).toBeFocused();
  await expect(list.getByRole('option', { selected: true })).toContainText('Peking');

  expect(errors).toEqual([]);
});

test('renaming an entity keeps its aliases and external ids, also after a reload', async ({ app }) => {
  await createArticle(app, 'Treffen in Peking', SEED_TEXT);
  await selectInArticle(app, 'Xi Jinping');
  await app.keyboard.press('1');
  await expect(app.locator('.ann')).toHaveCount(1);

  await app.getByRole('tab', { name: 'Entities' }).click();
  const panel = app.locator('.entity-panel');
  await panel.getByRole('button', { name: /^Xi Jinping/ }).click();
  const aliases = panel.locator('.tag-chip-text');
  const externalIds = panel.locator('.entity-external-value');
  await panel.getByLabel('Aliases').fill('Xi');
  await panel.getByLabel('Aliases').press('Enter');
  await expect(aliases).toHaveText(['Xi']);
  await panel.getByLabel('Where the id is from').selectOption({ label: 'Wikidata' });
  await panel.getByRole('textbox', { name: 'External id' }).fill('Q15031');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(externalIds).toHaveText(['Q15031']);
  await expect(aliases).toHaveText(['Xi']);

  const name = panel.getByLabel('Name', { exact: true });
  await name.fill('Xi Jinping (Präsident)');
  await name.press('Enter');
  await app
    .getByRole('alertdialog', { name: 'Keep the old name?' })
    .getByRole('button', { name: 'Rename only' })
    .click();
  await panel.getByRole('button', { name: '← All entities' }).click();
  await expect(panel.getByRole('button', { name: /^Xi Jinping \(Präsident\)/ })).toBeVisible();

  await app.reload();
  await app.getByRole('tab', { name: 'Entities' }).click();
  await panel.getByRole('button', { name: /^Xi Jinping \(Präsident\)/ }).click();
  await expect(panel.getByLabel('Name', { exact: true })).toHaveValue('Xi Jinping (Präsident)');
  await expect(aliases).toHaveText(['Xi']);
  await expect(externalIds).toHaveText(['Q15031']);
});
