import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/browser-host';
import { createArticle, openSchema, SEED_TEXT, selectInArticle } from './support/annotation-page';

async function addEntityType(dialog: Locator, name: string): Promise<Locator> {
  await dialog.getByRole('textbox', { name: 'New entity type' }).fill(name);
  await dialog.getByRole('button', { name: 'Add entity type' }).click();
  const row = dialog
    .locator('.schema-row')
    .filter({ has: dialog.page().getByRole('textbox', { name: `Name of ${name}` }) });
  await expect(row).toBeVisible();
  return row;
}

/** The id a schema row's label has; the article's highlights are found by it. */
async function labelIdOf(row: Locator): Promise<string> {
  const id = await row.getAttribute('data-label-id');
  if (id === null) throw new Error('The schema row carries no label id.');
  return id;
}

async function runCommand(app: Page, name: string): Promise<void> {
  await app.keyboard.press('Control+Shift+P');
  const palette = app.getByRole('dialog', { name: 'Commands' });
  await expect(palette).toBeVisible();
  await app.keyboard.type(name);
  await expect(palette.getByRole('option').first()).toContainText(name);
  await app.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

test('schema settings add a label with colour and key, removal asks, the palette and help list the commands', async ({
  app,
}) => {
  const errors: string[] = [];
  app.on('pageerror', (error) => errors.push(String(error)));
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);

  // A new entity type with a colour and key 8; a second one without a key.
  let schema = await openSchema(app);
  const role = await addEntityType(schema, 'Role');
  const roleId = await labelIdOf(role);
  await role.getByLabel('Colour of Role').fill('#8e44ad');
  await role.getByRole('textbox', { name: /^Key for Role/ }).fill('8');
  await role.getByRole('textbox', { name: /^Key for Role/ }).press('Enter');
  const topic = await addEntityType(schema, 'Topic');
  const topicId = await labelIdOf(topic);
  // A key another label holds is refused with the store's message, and the field shows the stored value again.
  await topic.getByRole('textbox', { name: /^Key for Topic/ }).fill('8');
  await topic.getByRole('textbox', { name: /^Key for Topic/ }).press('Enter');
  await expect(schema.getByRole('status')).toContainText('The key 8 is already used by “Role”');
  await expect(topic.getByRole('textbox', { name: /^Key for Topic/ })).toHaveValue('');
  await schema.getByRole('button', { name: 'Close' }).click();
  await expect(schema).toBeHidden();
  // The colour reaches the article's stylesheet at once.
  await expect
    .poll(() =>
      app.evaluate((id) => {
        const probe = document.createElement('span');
        probe.className = `ann-c${id}`;
        document.body.append(probe);
        const colour = getComputedStyle(probe).getPropertyValue('--ann-color').trim();
        probe.remove();
        return colour;
      }, roleId),
    )
    .toBe('#8e44ad');

  // Key 8 labels the selection as Role.
  await selectInArticle(app, 'Präsident');
  await app.keyboard.press('8');
  await expect(app.locator(`.ann.ann-c${roleId}`)).toHaveText('Präsident');

  // A Person mention relabelled as Topic through the palette (which opens the label picker in turn).
  await selectInArticle(app, 'Peking');
  await app.keyboard.press('1');
  await expect(app.locator('.ann', { hasText: 'Peking' })).toHaveCount(1);
  await runCommand(app, 'Relabel the selected annotation');
  const picker = app.getByRole('dialog', { name: 'Relabel the annotation as' });
  await expect(picker).toBeVisible();
  await app.keyboard.type('Topic');
  await app.keyboard.press('Enter');
  await expect(app.locator(`.ann.ann-c${topicId}`)).toHaveText('Peking');

  // "Next annotation" by name, from the start of the text.
  await app.keyboard.press('Escape');
  await expect(app.locator('.ann-focus-selected')).toHaveCount(0);
  await selectInArticle(app, 'Der', { collapse: true });
  await runCommand(app, 'Next annotation');
  await expect(app.locator('.ann-focus-selected')).toHaveText('Präsident');

  // Removing a used label asks what to do; nothing is pre-selected.
  schema = await openSchema(app);
  await schema.getByRole('button', { name: 'Remove Topic' }).click();
  const question = app.getByRole('alertdialog', { name: 'Remove “Topic”?' });
  await expect(question).toContainText('used by 1 annotation');
  await expect(question.getByRole('button', { name: 'Remove label' })).toBeDisabled();
  await question.getByRole('radio', { name: 'Delete them' }).check();
  await question.getByRole('button', { name: 'Remove label' }).click();
  await expect(question).toBeHidden();
  await expect(schema.getByRole('textbox', { name: 'Name of Topic' })).toHaveCount(0);
  await expect(app.locator(`.ann.ann-c${topicId}`)).toHaveCount(0);
  await expect(app.locator('.ann', { hasText: 'Peking' })).toHaveCount(0);

  // Role has an entity: its mentions can only move, and cancelling keeps everything.
  await schema.getByRole('button', { name: 'Remove Role' }).click();
  const roleQuestion = app.getByRole('alertdialog', { name: 'Remove “Role”?' });
  await expect(roleQuestion.getByRole('radio', { name: 'Delete them' })).toBeDisabled();
  await expect(roleQuestion.getByRole('radio', { name: 'Move them to' })).toBeEnabled();
  await roleQuestion.getByRole('button', { name: 'Cancel' }).click();
  await expect(schema.getByRole('textbox', { name: 'Name of Role' })).toBeVisible();

  // Export downloads the schema; importing a file adds what the project lacks.
  const download = app.waitForEvent('download');
  await schema.getByRole('button', { name: 'Export schema…' }).click();
  expect((await download).suggestedFilename()).toBe('annotation-schema.json');
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    entityTypes: { name: string; hotkey?: string }[];
  };
  expect(exported.entityTypes).toContainEqual({ name: 'Role', color: '#8e44ad', hotkey: '8' });
  exported.entityTypes.push({ name: 'Weapon', color: '#112233' } as { name: string });
  await schema.locator('input[type=file]').setInputFiles({
    name: 'schema.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(schema.getByRole('status')).toHaveText('Added 1 label.');
  await expect(schema.getByRole('textbox', { name: 'Name of Weapon' })).toBeVisible();
  await schema.locator('input[type=file]').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"entityTypes": '),
  });
  await expect(schema.getByRole('status')).toContainText('“broken.json” is not a schema file');
  await app.keyboard.press('Escape');
  await expect(schema).toBeHidden();

  // The help lists the annotating keys.
  await app.keyboard.press('?');
  const help = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('heading', { name: 'Annotating' })).toBeVisible();
  await expect(help).toContainText('Command palette: every action by name');
  expect(errors).toEqual([]);
});
