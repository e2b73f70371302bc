import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-host';
import { createArticle, SEED_TEXT, selectInArticle } from './support/annotation-page';

// The command palette lists what the typed words start, best first, as VS Code's does, and leaves
// out what merely contains the letters somewhere in its keywords.

async function paletteOptions(app: Page, query: string): Promise<string[]> {
  const palette = app.getByRole('dialog', { name: 'Commands' });
  if (!(await palette.isVisible())) await app.keyboard.press('Control+Shift+P');
  const input = palette.getByRole('combobox');
  await input.fill(query);
  await expect(input).toHaveValue(query);
  return palette.locator('.picker-option-label').allTextContents();
}

test('the palette lists commands whose words start with what is typed, best first', async ({ app }) => {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  await selectInArticle(app, 'Lawrow');
  await app.keyboard.press('1');
  await expect(app.locator('.ann')).toHaveText(['Lawrow']);

  // "entit": the commands named so, then the one with "entity types" among its keywords; not every
  // "Label the selection as …".
  expect(await paletteOptions(app, 'entit')).toEqual([
    'Link the selected annotation to an entity…',
    'Show the Entity index analysis',
    'Show the Entities tab',
    'Annotation schema…',
  ]);
  // Letters inside a keyword ("fragment") are no match.
  expect(await paletteOptions(app, 'agment')).toEqual([]);
  await expect(app.getByRole('dialog', { name: 'Commands' })).toContainText('No command matches.');
  // A keyword's start still finds its command, after the commands named so.
  const deleting = await paletteOptions(app, 'delete');
  expect(deleting[0]).toBe('Delete the selected annotation');
  expect(deleting).toContain('Move the article to the trash');
  // A name starting with the words comes before one that has them inside a word.
  const labelling = await paletteOptions(app, 'label');
  expect(labelling.indexOf('Pick a label for the selection…')).toBeLessThan(
    labelling.indexOf('Relabel the selected annotation…'),
  );
  expect(labelling[0]).toMatch(/^Label the selection as /);
});
